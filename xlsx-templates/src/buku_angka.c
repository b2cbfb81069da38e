/*
 * buku_angka.c - the numbers libxlsxwriter's "%.16G" would write
 * inexactly, noted from the workbook's cells and corrected in the written
 * file (buku_angka.h).  Not built when libxlsxwriter has emyg_dtoa.
 */
/* RTLD_NEXT and memmem */
#define _GNU_SOURCE
#include "buku_angka.h"

#include <dlfcn.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "keluaran.h"

/* The walk over one workbook's cells: where the noted cells go, the
 * sheet walked, and the last number checked with its verdict (a figure
 * is often shown in several cells in a row: a total, its share). */
typedef struct pencatat {
    buku_angka *d;
    unsigned lembar;
    bool ada_terakhir, terakhir_tepat;
    double terakhir;
    char teks_terakhir[ANGKA_TEPAT_MAKS];
} pencatat;

/* The workbook workbook_close is writing: its noted cells (NULL: none),
 * d->sel[i..akhir) those of the sheet being written and not yet met, the
 * opening of cell i, and the bytes held back for it. */
typedef struct penulis {
    buku_angka *d;
    size_t i, akhir;
    char cari[LXW_MAX_CELL_NAME_LENGTH + 8];
    size_t panjang_cari;
    char *sisa;
    size_t jumlah_sisa, kapasitas_sisa;
} penulis;

static penulis jalan;

/* No workbook being written any more. */
static void jalan_lepas(void)
{
    free(jalan.sisa);
    jalan = (penulis){0};
}

static bool tambah(buku_angka *d, unsigned lembar, const lxw_cell *c,
                   const char *teks)
{
    /* doubling: n cells cost O(n) copies; on failure the caller frees d */
    buku_angka_sel *baru =
        d->jumlah < d->kapasitas
            ? d->sel
            : realloc(d->sel,
                      (d->kapasitas = 2 * d->kapasitas + 64) * sizeof *d->sel);
    if (!baru)
        return false;
    d->sel = baru;
    buku_angka_sel *s = &d->sel[d->jumlah++];
    s->lembar = lembar;
    s->baris = c->row_num;
    s->kolom = c->col_num;
    s->selesai = false;
    snprintf(s->teks, sizeof s->teks, "%s", teks);
    return true;
}

/* One cell: its number as libxlsxwriter will write it against the
 * shortest exact text. */
static bool catat_sel(pencatat *p, const lxw_cell *c)
{
    double v;
    if (c->type == NUMBER_CELL)
        v = c->u.number;
    else if ((c->type == FORMULA_CELL && !c->user_data2) ||
             c->type == ARRAY_FORMULA_CELL ||
             c->type == DYNAMIC_ARRAY_FORMULA_CELL)
        v = c->formula_result; /* (user_data2: a text result) */
    else
        return true;
    /* whole numbers below 1E+15 (rupiah, counts, years: most cells) are
     * exact and shortest in any notation */
    if (fabs(v) < 1e15 && v == (double)(int64_t)v && (v != 0 || !signbit(v)))
        return true;
    /* the same bits as the last number checked: the same verdict */
    if (!p->ada_terakhir || memcmp(&v, &p->terakhir, sizeof v) != 0) {
        char ditulis[LXW_ATTR_32];
        lxw_sprintf_dbl(ditulis, v);
        p->terakhir = v;
        p->ada_terakhir = true;
        p->terakhir_tepat = angka_tepat_periksa(v, ditulis, p->teks_terakhir,
                                                sizeof p->teks_terakhir);
    }
    return p->terakhir_tepat || tambah(p->d, p->lembar, c, p->teks_terakhir);
}

/* The cells of a row's tree (tree.h's red-black tree), in column order:
 * the order of the sheet's XML.  The depth is the tree's height, at most
 * about 2 log2 of the row's cells. */
static bool catat_sel_pohon(pencatat *p, lxw_cell *c)
{
    return !c ||
           (catat_sel_pohon(p, RB_LEFT(c, tree_pointers)) && catat_sel(p, c) &&
            catat_sel_pohon(p, RB_RIGHT(c, tree_pointers)));
}

static bool catat_baris_pohon(pencatat *p, lxw_row *r)
{
    return !r || (catat_baris_pohon(p, RB_LEFT(r, tree_pointers)) &&
                  catat_sel_pohon(p, RB_ROOT(r->cells)) &&
                  catat_baris_pohon(p, RB_RIGHT(r, tree_pointers)));
}

bool buku_angka_catat(lxw_workbook *wb, buku_angka *d)
{
    *d = (buku_angka){0};
    lxw_worksheet *ws;
    pencatat p = {.d = d};
    /* The worksheets in the order libxlsxwriter numbers their files,
     * xl/worksheets/sheet1.xml on (chartsheets apart).  Every row is still
     * in its table: the generator never uses constant_memory, which
     * writes rows out as they are finished. */
    LXW_FOREACH_WORKSHEET(ws, wb)
    {
        p.lembar++;
        if (!catat_baris_pohon(&p, RB_ROOT(ws->table))) {
            buku_angka_bebas(d);
            return false;
        }
    }
    jalan_lepas();
    jalan.d = d->jumlah ? d : NULL;
    return true;
}

void buku_angka_bebas(buku_angka *d)
{
    if (jalan.d == d)
        jalan_lepas();
    free(d->sel);
    *d = (buku_angka){0};
}

/* ---- while workbook_close writes the file --------------------------------
 *
 * libxlsxwriter hands every part of the package to minizip in pieces:
 * zipOpenNewFileInZip4_64 with its name, zipWriteInFileInZip with the
 * bytes, zipCloseFileInZip.  On Debian minizip is a shared library of its
 * own (libminizip.so.1), and libxlsxwriter's calls to it are bound by the
 * dynamic linker, which binds them to a program's own functions of those
 * names first (ELF symbol interposition: the program is first in the
 * search order).  So this file defines the three: each passes its call on
 * to minizip's function (dlsym RTLD_NEXT), and on the way the <v> texts of
 * the noted cells of the sheet being written are replaced, each cell
 * marked `selesai`.  The file is then deflated once, by libxlsxwriter,
 * instead of read back, inflated and deflated again.  Where the
 * interposition does not happen (a libxlsxwriter with minizip built in, a
 * static link) nothing is marked and buku_angka_perbaiki corrects the file
 * afterwards. */

/* minizip's zip.h is not installed with libxlsxwriter's headers: its types
 * are spelled out below (zipFile is a void *, uInt unsigned, uLong
 * unsigned long). */

#define ZIP_GALAT_DALAM (-104) /* minizip's ZIP_INTERNALERROR */

/* minizip's own function `nama` (NULL if there is none). */
static void *asli(const char *nama)
{
    return dlsym(RTLD_NEXT, nama);
}

/* The next noted cell's opening, `<c r="E7"`: the closing quote, so that
 * E7 is not the start of E70. */
static void cari_berikut(void)
{
    const buku_angka_sel *s = &jalan.d->sel[jalan.i];
    char ref[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(ref, s->baris, s->kolom);
    jalan.panjang_cari =
        (size_t)snprintf(jalan.cari, sizeof jalan.cari, "<c r=\"%s\"", ref);
}

int zipOpenNewFileInZip4_64(void *file, const char *nama, const void *info,
                            const void *ekstra_lokal, unsigned n_lokal,
                            const void *ekstra_global, unsigned n_global,
                            const char *komentar, int metode, int tingkat,
                            int mentah, int bit_jendela, int memori,
                            int strategi, const char *sandi,
                            unsigned long crc_sandi, unsigned long versi,
                            unsigned long bendera, int zip64)
{
    static int (*buka)(void *, const char *, const void *, const void *,
                       unsigned, const void *, unsigned, const char *, int, int,
                       int, int, int, int, const char *, unsigned long,
                       unsigned long, unsigned long, int);
    if (!buka)
        *(void **)&buka = asli("zipOpenNewFileInZip4_64");
    if (!buka)
        return ZIP_GALAT_DALAM;
    /* the noted cells of xl/worksheets/sheetN.xml, if this is one */
    unsigned lembar;
    char akhir;
    jalan.i = jalan.akhir = jalan.jumlah_sisa = 0;
    if (jalan.d &&
        sscanf(nama, "xl/worksheets/sheet%u.xm%c", &lembar, &akhir) == 2 &&
        akhir == 'l') {
        const buku_angka *d = jalan.d;
        while (jalan.i < d->jumlah && d->sel[jalan.i].lembar != lembar)
            jalan.i++;
        for (jalan.akhir = jalan.i;
             jalan.akhir < d->jumlah && d->sel[jalan.akhir].lembar == lembar;
             jalan.akhir++)
            ;
        if (jalan.i < jalan.akhir)
            cari_berikut();
    }
    return buka(file, nama, info, ekstra_lokal, n_lokal, ekstra_global,
                n_global, komentar, metode, tingkat, mentah, bit_jendela,
                memori, strategi, sandi, crc_sandi, versi, bendera, zip64);
}

/* n bytes on to minizip; its result. */
static int teruskan(void *file, const char *p, size_t n)
{
    static int (*tulis)(void *, const void *, unsigned);
    if (!tulis)
        *(void **)&tulis = asli("zipWriteInFileInZip");
    if (!tulis)
        return ZIP_GALAT_DALAM;
    return n ? tulis(file, p, (unsigned)n) : 0;
}

/* The bytes held back, then buf[0..n): each noted cell found whole has
 * its <v> text replaced, and everything is passed on but what may still
 * be the start of the next noted cell, or that cell unfinished. */
static int olah(void *file, const char *buf, size_t n)
{
    if (jalan.jumlah_sisa + n > jalan.kapasitas_sisa) {
        size_t kap = 2 * (jalan.jumlah_sisa + n);
        char *baru = realloc(jalan.sisa, kap);
        if (!baru)
            return ZIP_GALAT_DALAM;
        jalan.sisa = baru;
        jalan.kapasitas_sisa = kap;
    }
    memcpy(jalan.sisa + jalan.jumlah_sisa, buf, n);
    const char *p = jalan.sisa, *akhir = p + jalan.jumlah_sisa + n;
    int e = 0;
    while (!e && jalan.i < jalan.akhir) {
        const char *sel =
            memmem(p, (size_t)(akhir - p), jalan.cari, jalan.panjang_cari);
        if (!sel) { /* its start may be at the end */
            size_t tahan = jalan.panjang_cari - 1;
            const char *batas =
                akhir - p > (ptrdiff_t)tahan ? akhir - tahan : p;
            e = teruskan(file, p, (size_t)(batas - p));
            p = batas;
            break;
        }
        const char *tutup = memmem(sel, (size_t)(akhir - sel), "</c>", 4);
        if (!tutup) { /* the rest of it comes next */
            e = teruskan(file, p, (size_t)(sel - p));
            p = sel;
            break;
        }
        const char *v = memmem(sel, (size_t)(tutup - sel), "<v>", 3);
        const char *v_akhir =
            v ? memmem(v, (size_t)(tutup - v), "</v>", 4) : NULL;
        buku_angka_sel *s = &jalan.d->sel[jalan.i];
        if (v_akhir) {
            v += 3;
            e = teruskan(file, p, (size_t)(v - p));
            if (!e)
                e = teruskan(file, s->teks, strlen(s->teks));
            s->selesai = !e;
            p = v_akhir;
        } /* else not where libxlsxwriter writes it: buku_angka_perbaiki
           * says so */
        if (++jalan.i < jalan.akhir)
            cari_berikut();
    }
    if (!e && jalan.i == jalan.akhir) {
        e = teruskan(file, p, (size_t)(akhir - p));
        p = akhir;
    }
    jalan.jumlah_sisa = (size_t)(akhir - p);
    memmove(jalan.sisa, p, jalan.jumlah_sisa);
    return e;
}

int zipWriteInFileInZip(void *file, const void *buf, unsigned len)
{
    if (jalan.i < jalan.akhir || jalan.jumlah_sisa)
        return olah(file, buf, len);
    return teruskan(file, buf, len);
}

int zipCloseFileInZip(void *file)
{
    static int (*tutup)(void *);
    if (!tutup)
        *(void **)&tutup = asli("zipCloseFileInZip");
    if (!tutup)
        return ZIP_GALAT_DALAM;
    /* what was held back for a cell not found */
    int e = teruskan(file, jalan.sisa, jalan.jumlah_sisa);
    jalan.i = jalan.akhir = jalan.jumlah_sisa = 0;
    free(jalan.sisa);
    jalan.sisa = NULL;
    jalan.kapasitas_sisa = 0;
    int t = tutup(file);
    return e ? e : t;
}

/* ---- the written file ----------------------------------------------------
 */

/* Entry i of z, whole, with a 0 after it (malloc'd; NULL on failure). */
static char *baca_isi(zip_t *z, zip_uint64_t i, zip_uint64_t *panjang)
{
    zip_stat_t st;
    if (zip_stat_index(z, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        st.size >= SIZE_MAX)
        return NULL;
    char *isi = malloc((size_t)st.size + 1);
    zip_file_t *f = isi ? zip_fopen_index(z, i, 0) : NULL;
    zip_uint64_t dibaca = 0;
    while (f && dibaca < st.size) {
        zip_int64_t n = zip_fread(f, isi + dibaca, st.size - dibaca);
        if (n <= 0)
            break;
        dibaca += (zip_uint64_t)n;
    }
    if (f)
        zip_fclose(f);
    if (!f || dibaca != st.size) {
        free(isi);
        return NULL;
    }
    isi[dibaca] = 0;
    *panjang = dibaca;
    return isi;
}

/* The sheet XML `lama` with the <v> texts of cells s[0..n) replaced, into
 * `baru` (room for every replacement); its length, or 0 if a cell is not
 * where libxlsxwriter writes it: <c r="REF" ...>[<f>..</f>]<v>..</v></c>,
 * the cells in row and column order. */
static size_t ganti_nilai(const char *lama, size_t panjang,
                          const buku_angka_sel *s, size_t n, char *baru,
                          char *ref_salah)
{
    const char *p = lama;
    char *q = baru;
    for (size_t i = 0; i < n; i++) {
        char ref[LXW_MAX_CELL_NAME_LENGTH], cari[LXW_MAX_CELL_NAME_LENGTH + 8];
        lxw_rowcol_to_cell(ref, s[i].baris, s[i].kolom);
        /* the closing quote: E7 is not the start of E70 */
        snprintf(cari, sizeof cari, "<c r=\"%s\"", ref);
        const char *sel = strstr(p, cari);
        const char *akhir_sel = sel ? strstr(sel, "</c>") : NULL;
        const char *v = sel ? strstr(sel, "<v>") : NULL;
        const char *akhir_v = v ? strstr(v, "</v>") : NULL;
        if (!akhir_sel || !akhir_v || akhir_v > akhir_sel) {
            strcpy(ref_salah, ref);
            return 0;
        }
        v += 3;
        memcpy(q, p, (size_t)(v - p));
        q += v - p;
        size_t nt = strlen(s[i].teks);
        memcpy(q, s[i].teks, nt);
        q += nt;
        p = akhir_v;
    }
    size_t sisa = panjang - (size_t)(p - lama);
    memcpy(q, p, sisa);
    return (size_t)(q - baru) + sisa;
}

/* Replaces sheet `lembar`'s corrected cells s[0..n) in z. */
static bool ganti_lembar(zip_t *z, unsigned lembar, const buku_angka_sel *s,
                         size_t n, const char *nama, galat_rencana *g)
{
    char entri[48];
    snprintf(entri, sizeof entri, "xl/worksheets/sheet%u.xml", lembar);
    zip_int64_t i = zip_name_locate(z, entri, 0);
    zip_stat_t st;
    zip_uint64_t panjang = 0;
    char *lama = i >= 0 && zip_stat_index(z, (zip_uint64_t)i, 0, &st) == 0
                     ? baca_isi(z, (zip_uint64_t)i, &panjang)
                     : NULL;
    if (!lama) {
        galat_tambah(g, nama, 0, 0, "%s tidak terbaca kembali: %s", entri,
                     zip_strerror(z));
        return false;
    }
    char *baru = malloc((size_t)panjang + n * ANGKA_TEPAT_MAKS + 1);
    char ref_salah[LXW_MAX_CELL_NAME_LENGTH] = "";
    size_t nb =
        baru ? ganti_nilai(lama, (size_t)panjang, s, n, baru, ref_salah) : 0;
    free(lama);
    if (!nb) {
        free(baru);
        if (*ref_salah)
            galat_tambah(g, nama, 0, 0,
                         "%s: sel %s tidak ada di tempat libxlsxwriter "
                         "menulisnya",
                         entri, ref_salah);
        else
            galat_tambah(g, nama, 0, 0, "memori tidak cukup");
        return false;
    }
    zip_source_t *src = zip_source_buffer(z, baru, nb, 1);
    if (!src) {
        free(baru);
        galat_tambah(g, nama, 0, 0, "memori tidak cukup");
        return false;
    }
    if (zip_file_replace(z, (zip_uint64_t)i, src, ZIP_FL_ENC_UTF_8) != 0) {
        zip_source_free(src);
        galat_tambah(g, nama, 0, 0, "%s tidak dapat diganti: %s", entri,
                     zip_strerror(z));
        return false;
    }
    /* deflate at zlib's level 3, its fastest kind (no lazy matching):
     * these sheets are deflated a second time, and at libxlsxwriter's
     * level 6 that took 65 M instructions of 1 000 rows (the
     * Realisasi Anggaran sheet); at 3 it takes about 30 M, for a workbook
     * 4 % larger (289 KB -> 300 KB), the XML the same.  libzip would use
     * 9 (and keeps its own level for ZIP_CM_DEFLATE, the entry's method
     * already, so the level goes with ZIP_CM_DEFAULT: deflate) */
    (void)zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_DEFAULT, 3);
    /* libxlsxwriter dates every entry 1980-01-01, as Excel does: the file
     * stays the same for the same plan */
    if (st.valid & ZIP_STAT_MTIME)
        (void)zip_file_set_mtime(z, (zip_uint64_t)i, st.mtime, 0);
    return true;
}

/* The file `jalur` whole (malloc'd), or NULL with errno set. */
static char *baca_berkas(const char *jalur, size_t *panjang)
{
    FILE *f = fopen(jalur, "rb");
    if (!f)
        return NULL;
    char *isi = NULL;
    long n = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    if (n >= 0 && fseek(f, 0, SEEK_SET) == 0)
        isi = malloc((size_t)n + 1);
    if (isi && fread(isi, 1, (size_t)n, f) != (size_t)n) {
        free(isi);
        isi = NULL;
    }
    fclose(f);
    *panjang = isi ? (size_t)n : 0;
    return isi;
}

/* The archive libzip wrote into `src` over the file `jalur`; 0 or the
 * system error (errno). */
static int tulis_sumber(zip_source_t *src, const char *jalur)
{
    if (zip_source_open(src) != 0)
        return EIO;
    FILE *f = fopen(jalur, "wb");
    int sebab = f ? 0 : errno;
    char buf[65536];
    zip_int64_t n;
    while (!sebab && (n = zip_source_read(src, buf, sizeof buf)) > 0)
        if (fwrite(buf, 1, (size_t)n, f) != (size_t)n)
            sebab = errno ? errno : EIO;
    if (!sebab && n < 0)
        sebab = EIO;
    if (f && fclose(f) != 0 && !sebab)
        sebab = errno ? errno : EIO;
    zip_source_close(src);
    return sebab;
}

/* Corrects the cells of d in the file `jalur` (buku_angka_perbaiki). */
static bool perbaiki_berkas(const char *jalur, const buku_angka *d,
                            const char *nama, galat_rencana *g)
{
    /* The archive is rewritten in memory and written back over the
     * temporary file: libzip's own way, a new file beside it renamed
     * over, draws that file's name from OpenSSL's RAND_bytes, whose
     * start-up costs more than finding the cells (7.8 M instructions).
     * The temporary file is keluaran.h's, which a stop removes. */
    size_t panjang;
    char *isi = baca_berkas(jalur, &panjang);
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src =
        isi ? zip_source_buffer_create(isi, panjang, 1, &ze) : NULL;
    zip_t *z = NULL;
    if (src) {
        zip_source_keep(src);
        z = zip_open_from_source(src, 0, &ze);
    }
    if (!z) {
        if (!isi)
            galat_tambah(g, nama, 0, 0, "tidak terbaca kembali: %s",
                         strerror(errno));
        else
            galat_tambah(g, nama, 0, 0, "tidak terbaca kembali: %s",
                         zip_error_strerror(&ze));
        if (src)
            zip_source_free(src);
        else
            free(isi);
        zip_error_fini(&ze);
        return false;
    }
    zip_error_fini(&ze);
    bool ok = true;
    for (size_t i = 0; ok && i < d->jumlah;) {
        size_t j = i;
        while (j < d->jumlah && d->sel[j].lembar == d->sel[i].lembar)
            j++;
        ok = ganti_lembar(z, d->sel[i].lembar, &d->sel[i], j - i, nama, g);
        i = j;
    }
    if (ok && zip_close(z) != 0) {
        galat_tambah(g, nama, 0, 0, "gagal ditulis: %s", zip_strerror(z));
        ok = false;
    }
    if (!ok)
        zip_discard(z);
    int sebab = ok ? tulis_sumber(src, jalur) : 0;
    if (sebab) {
        keluaran_galat_tulis(g, nama, strerror(sebab), sebab);
        ok = false;
    }
    zip_source_free(src);
    return ok;
}

bool buku_angka_perbaiki(const char *jalur, const buku_angka *d,
                         const char *nama, galat_rencana *g)
{
    if (jalan.d == d)
        jalan_lepas();
    /* the cells workbook_close could not correct as it wrote them */
    buku_angka sisa = {0};
    for (size_t i = 0; i < d->jumlah; i++)
        sisa.jumlah += !d->sel[i].selesai;
    if (sisa.jumlah == 0)
        return true;
    sisa.sel = malloc(sisa.jumlah * sizeof *sisa.sel);
    if (!sisa.sel) {
        galat_tambah(g, nama, 0, 0, "memori tidak cukup");
        return false;
    }
    for (size_t i = 0, j = 0; i < d->jumlah; i++)
        if (!d->sel[i].selesai)
            sisa.sel[j++] = d->sel[i];
    bool ok = perbaiki_berkas(jalur, &sisa, nama, g);
    free(sisa.sel);
    return ok;
}
