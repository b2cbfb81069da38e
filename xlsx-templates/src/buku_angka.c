/*
 * buku_angka.c - the numbers libxlsxwriter's "%.16G" would write
 * inexactly, noted from the workbook's cells and corrected in the written
 * file (buku_angka.h).  Not built when libxlsxwriter has emyg_dtoa.
 */
#include "buku_angka.h"

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
    return true;
}

void buku_angka_bebas(buku_angka *d)
{
    free(d->sel);
    *d = (buku_angka){0};
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

bool buku_angka_perbaiki(const char *jalur, const buku_angka *d,
                         const char *nama, galat_rencana *g)
{
    if (d->jumlah == 0)
        return true;
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
