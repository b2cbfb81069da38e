/*
 * gaya.c - shared cell styles (gaya.h).
 */
#include "gaya.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rumus.h"
#include "teks.h"

static lxw_format *baru(gaya *g)
{
    lxw_format *f = workbook_add_format(g->wb);
    if (f) {
        format_set_font_name(f, "Arial");
        format_set_font_size(f, 10);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    return f;
}

static lxw_format *sel_tabel(gaya *g)
{
    lxw_format *f = baru(g);
    if (f) {
        format_set_border(f, LXW_BORDER_THIN);
        format_set_text_wrap(f);
    }
    return f;
}

/* A table cell with a number format (NULL: none), centred or not, bold
 * or not: the shapes most of the tables' cells take. */
static lxw_format *sel_bentuk(gaya *g, const char *format_angka, bool tengah,
                              bool tebal)
{
    lxw_format *f = sel_tabel(g);
    if (f && format_angka)
        format_set_num_format(f, format_angka);
    if (f && tengah)
        format_set_align(f, LXW_ALIGN_CENTER);
    if (f && tebal)
        format_set_bold(f);
    return f;
}

/* The array `larik` of `jumlah` elements of `ukuran` bytes with room for
 * one more, *kapasitas doubling: the array, perhaps moved; NULL if memory
 * ran out, with the old array and *kapasitas untouched. */
static void *ruang(void *larik, size_t *kapasitas, size_t jumlah, size_t ukuran)
{
    if (jumlah < *kapasitas)
        return larik;
    size_t kap = *kapasitas ? 2 * *kapasitas : 32;
    void *baru_larik = realloc(larik, kap * ukuran);
    if (baru_larik)
        *kapasitas = kap;
    return baru_larik;
}

/* An input: unlocked, and noted for gaya_isian_tandai (no fill of its
 * own: the shade is conditional on the cell being empty).  A failure to
 * note it only loses the shade. */
static lxw_format *isian(gaya *g, lxw_format *f)
{
    if (!f)
        return f;
    format_set_unlocked(f);
    lxw_format **daftar =
        ruang(g->isian, &g->kapasitas_isian, g->jumlah_isian, sizeof *daftar);
    if (daftar) {
        g->isian = daftar;
        g->isian[g->jumlah_isian++] = f;
    }
    return f;
}

static lxw_format *jumlah(lxw_format *f)
{
    if (f) {
        format_set_bold(f);
        format_set_bg_color(f, WARNA_JUMLAH);
    }
    return f;
}

bool gaya_buat(gaya *g, lxw_workbook *wb)
{
    memset(g, 0, sizeof *g);
    g->wb = wb;

    g->judul = baru(g);
    format_set_bold(g->judul);
    format_set_font_size(g->judul, 13);
    format_set_align(g->judul, LXW_ALIGN_CENTER);
    format_set_align(g->judul, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(g->judul);

    g->subjudul = baru(g);
    format_set_bold(g->subjudul);
    format_set_font_size(g->subjudul, 11);
    format_set_align(g->subjudul, LXW_ALIGN_CENTER);
    format_set_text_wrap(g->subjudul);

    g->biasa = baru(g);
    format_set_text_wrap(g->biasa);
    format_set_align(g->biasa, LXW_ALIGN_JUSTIFY);
    g->biasa_tengah = baru(g);
    format_set_align(g->biasa_tengah, LXW_ALIGN_CENTER);
    format_set_text_wrap(g->biasa_tengah);
    g->biasa_tebal = baru(g);
    format_set_bold(g->biasa_tebal);
    format_set_align(g->biasa_tebal, LXW_ALIGN_CENTER);
    format_set_text_wrap(g->biasa_tebal);

    g->biasa_kanan = baru(g);
    format_set_align(g->biasa_kanan, LXW_ALIGN_RIGHT);

    g->kepala = sel_tabel(g);
    format_set_bold(g->kepala);
    format_set_align(g->kepala, LXW_ALIGN_CENTER);
    format_set_align(g->kepala, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(g->kepala, WARNA_KEPALA);

    g->nomor_kolom = sel_tabel(g);
    format_set_italic(g->nomor_kolom);
    format_set_font_size(g->nomor_kolom, 8);
    format_set_align(g->nomor_kolom, LXW_ALIGN_CENTER);
    format_set_bg_color(g->nomor_kolom, WARNA_KEPALA);

    g->teks = sel_bentuk(g, NULL, false, false);
    g->teks_tengah = sel_bentuk(g, NULL, true, false);
    g->teks_tebal = sel_bentuk(g, NULL, false, true);

    g->rupiah = sel_bentuk(g, FORMAT_RUPIAH, false, false);
    g->rupiah_tebal = sel_bentuk(g, FORMAT_RUPIAH, false, true);
    g->persen = sel_bentuk(g, FORMAT_PERSEN, true, false);
    g->persen_tebal = sel_bentuk(g, FORMAT_PERSEN, true, true);
    g->kategori = sel_bentuk(g, NULL, true, false);
    g->kategori_tebal = sel_bentuk(g, NULL, true, true);
    g->persen_hitung = sel_bentuk(g, FORMAT_PERSEN, true, false);
    g->kategori_hitung = sel_bentuk(g, NULL, true, false);
    if (!g->persen_hitung || !g->kategori_hitung)
        return false;
    format_set_unlocked(g->persen_hitung);
    format_set_unlocked(g->kategori_hitung);

    g->isian_rupiah = isian(g, sel_bentuk(g, FORMAT_RUPIAH, false, false));
    g->isian_rupiah_tebal = isian(g, sel_bentuk(g, FORMAT_RUPIAH, false, true));
    g->isian_teks = isian(g, sel_tabel(g));
    /* the PK letter's inputs (names, NIP, the date): no border */
    g->isian_tanggal = isian(g, baru(g));
    format_set_num_format(g->isian_tanggal, FORMAT_TANGGAL);
    format_set_align(g->isian_tanggal, LXW_ALIGN_LEFT);
    g->isian_biasa = isian(g, baru(g));
    format_set_align(g->isian_biasa, LXW_ALIGN_CENTER);
    format_set_text_wrap(g->isian_biasa);
    g->isian_biasa_tebal = isian(g, baru(g));
    format_set_bold(g->isian_biasa_tebal);
    format_set_align(g->isian_biasa_tebal, LXW_ALIGN_CENTER);
    format_set_text_wrap(g->isian_biasa_tebal);
    g->isian_biasa_kiri = isian(g, baru(g));
    format_set_text_wrap(g->isian_biasa_kiri);
    g->isian_biasa_garis = isian(g, baru(g));
    format_set_bold(g->isian_biasa_garis);
    format_set_underline(g->isian_biasa_garis, LXW_UNDERLINE_SINGLE);
    format_set_align(g->isian_biasa_garis, LXW_ALIGN_CENTER);

    g->teks_bebas = isian(g, sel_tabel(g));
    g->nomor_bebas = isian(g, sel_bentuk(g, NULL, true, false));
    for (int t = 0; t < 3; t++)
        for (int i = 0; i < 2; i++) {
            lxw_format *f = sel_tabel(g);
            if (!f)
                return false;
            if (t == 0)
                format_set_bold(f);
            format_set_indent(f, (uint8_t)t);
            g->uraian[t][i] = i ? isian(g, f) : f;
        }

    /* conditional formats carry only what changes */
    g->tanda_lebih = workbook_add_format(wb);
    format_set_bg_color(g->tanda_lebih, 0xF8CBAD);
    format_set_font_color(g->tanda_lebih, 0x9C0006);
    g->tanda_selisih = workbook_add_format(wb);
    format_set_bg_color(g->tanda_selisih, 0xFFE699);
    format_set_italic(g->tanda_selisih);
    g->tanda_revisi = workbook_add_format(wb);
    format_set_bg_color(g->tanda_revisi, 0xDDEBF7);
    format_set_font_color(g->tanda_revisi, 0x1F4E79);
    g->tanda_isian = workbook_add_format(wb);
    format_set_bg_color(g->tanda_isian, WARNA_ISIAN);

    g->bagian = sel_tabel(g);
    format_set_bold(g->bagian);
    format_set_bg_color(g->bagian, WARNA_JUMLAH);
    g->selisih = sel_bentuk(g, FORMAT_SELISIH, false, false);

    g->jumlah_teks = jumlah(sel_bentuk(g, NULL, true, false));
    g->jumlah_rupiah = jumlah(sel_bentuk(g, FORMAT_RUPIAH, false, false));
    g->jumlah_persen = jumlah(sel_bentuk(g, FORMAT_PERSEN, true, false));
    g->jumlah_kategori = jumlah(sel_bentuk(g, NULL, true, false));

    return g->judul && g->subjudul && g->biasa && g->biasa_tengah &&
           g->biasa_tebal && g->biasa_kanan && g->isian_biasa_kiri &&
           g->kepala && g->nomor_kolom && g->teks && g->teks_tengah &&
           g->teks_tebal && g->rupiah && g->rupiah_tebal && g->persen &&
           g->persen_tebal && g->kategori && g->kategori_tebal &&
           g->isian_rupiah && g->isian_rupiah_tebal && g->isian_teks &&
           g->isian_tanggal && g->isian_biasa && g->isian_biasa_tebal &&
           g->isian_biasa_garis && g->teks_bebas && g->nomor_bebas &&
           g->tanda_lebih && g->tanda_selisih && g->tanda_revisi &&
           g->tanda_isian && g->bagian && g->selisih && g->jumlah_teks &&
           g->jumlah_rupiah && g->jumlah_persen && g->jumlah_kategori;
}

/* FNV-1a: keys are short texts. */
static size_t sidik(const char *s)
{
    size_t h = (size_t)14695981039346656037ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * (size_t)1099511628211ULL;
    return h;
}

static gaya_angka_entri *cari_slot(gaya_angka_entri *t, size_t kap,
                                   const char *kunci)
{
    size_t i = sidik(kunci) & (kap - 1);
    while (t[i].kunci && strcmp(t[i].kunci, kunci) != 0)
        i = (i + 1) & (kap - 1);
    return &t[i];
}

static lxw_format *cari(gaya *g, const char *kunci)
{
    if (!g->angka)
        return NULL;
    gaya_angka_entri *e = cari_slot(g->angka, g->kapasitas_angka, kunci);
    return e->kunci ? e->format : NULL;
}

/* Remembers f under kunci (a copy); a failure only loses the cache. */
static void simpan(gaya *g, const char *kunci, lxw_format *f)
{
    if ((g->jumlah_angka + 1) * 2 > g->kapasitas_angka) {
        size_t kap = g->kapasitas_angka ? g->kapasitas_angka * 2 : 64;
        gaya_angka_entri *t = calloc(kap, sizeof *t);
        if (!t)
            return;
        for (size_t i = 0; i < g->kapasitas_angka; i++)
            if (g->angka[i].kunci)
                *cari_slot(t, kap, g->angka[i].kunci) = g->angka[i];
        free(g->angka);
        g->angka = t;
        g->kapasitas_angka = kap;
    }
    gaya_angka_entri *e = cari_slot(g->angka, g->kapasitas_angka, kunci);
    e->kunci = strdup(kunci);
    if (e->kunci) {
        e->format = f;
        g->jumlah_angka++;
    }
}

void gaya_bebas(gaya *g)
{
    for (size_t i = 0; i < g->kapasitas_angka; i++)
        free(g->angka[i].kunci);
    free(g->angka);
    g->angka = NULL;
    g->kapasitas_angka = g->jumlah_angka = 0;
    free(g->isian);
    g->isian = NULL;
    g->kapasitas_isian = g->jumlah_isian = 0;
}

/* The texts bagian[0..n) one after another into buf (n bytes); false if
 * they do not fit. */
static bool susun(char *buf, size_t n, const char *const *bagian, size_t jumlah)
{
    size_t j = 0;
    for (size_t i = 0; i < jumlah; i++) {
        size_t l = strlen(bagian[i]);
        if (j + l >= n)
            return false;
        memcpy(buf + j, bagian[i], l);
        j += l;
    }
    buf[j] = 0;
    return true;
}

/* What a figure's cell is: a label (locked), an input (unlocked,
 * shaded), or a label a new row types (unlocked, not shaded). */
typedef enum jenis_angka {
    ANGKA_LABEL,
    ANGKA_ISIAN,
    ANGKA_TERBUKA
} jenis_angka;

static lxw_format *angka_jenis(gaya *g, int desimal, const char *satuan,
                               const char *predikat, jenis_angka jenis)
{
    if (desimal < 0)
        desimal = 0;
    if (desimal > 10)
        desimal = 10;
    bool ada_satuan = satuan && *satuan, ada_predikat = predikat && *predikat;
    /* the key below built on the stack first: most calls find their
     * format made already (one per row and figure), and two teks_cetak
     * cost 2 700 instructions a call */
    char d[3] = {(char)('0' + desimal % 10)}, j[2] = {(char)('0' + jenis)};
    if (desimal >= 10)
        d[0] = (char)('0' + desimal / 10), d[1] = (char)('0' + desimal % 10);
    const char *bagian[] = {d,
                            "|",
                            ada_satuan && strcmp(satuan, "%") != 0 ? " " : "",
                            ada_satuan ? satuan : "",
                            ada_predikat ? " (" : "",
                            ada_predikat ? predikat : "",
                            ada_predikat ? ")" : "",
                            "|",
                            j};
    char kunci_cepat[256];
    lxw_format *ada = susun(kunci_cepat, sizeof kunci_cepat, bagian,
                            sizeof bagian / sizeof bagian[0])
                          ? cari(g, kunci_cepat)
                          : NULL;
    if (ada)
        return ada;
    char *akhiran = teks_cetak(
        "%s%s%s%s%s", ada_satuan && strcmp(satuan, "%") != 0 ? " " : "",
        ada_satuan ? satuan : "", ada_predikat ? " (" : "",
        ada_predikat ? predikat : "", ada_predikat ? ")" : "");
    char *kunci =
        akhiran ? teks_cetak("%d|%s|%d", desimal, akhiran, (int)jenis) : NULL;
    lxw_format *f = kunci ? cari(g, kunci) : NULL;
    if (f || !kunci) {
        free(akhiran);
        free(kunci);
        return f ? f : g->teks;
    }

    /* "[$-421]#,##0.00" then the suffix as a quoted literal */
    char nol[16] = "";
    for (int i = 0; i < desimal; i++)
        nol[i] = '0';
    char *fmt =
        teks_cetak("[$-421]#,##0%s%s%s%s%s", desimal > 0 ? "." : "", nol,
                   *akhiran ? "\"" : "", akhiran, *akhiran ? "\"" : "");
    free(akhiran);
    f = fmt ? sel_tabel(g) : NULL;
    if (!f) {
        free(fmt);
        free(kunci);
        return g->teks;
    }
    /* the reader keeps satuan and predikat short enough; were one longer,
     * the figure shows without them rather than with a suffix cut in the
     * middle of a character */
    if (strlen(fmt) > GAYA_FORMAT_MAKS)
        fmt[strcspn(fmt, "\"")] = 0;
    format_set_num_format(f, fmt);
    free(fmt);
    format_set_align(f, LXW_ALIGN_CENTER);
    if (jenis == ANGKA_ISIAN)
        isian(g, f);
    else if (jenis == ANGKA_TERBUKA)
        format_set_unlocked(f);
    simpan(g, kunci, f);
    free(kunci);
    return f;
}

lxw_format *gaya_angka(gaya *g, int desimal, const char *satuan,
                       const char *predikat, bool isian_sel)
{
    return angka_jenis(g, desimal, satuan, predikat,
                       isian_sel ? ANGKA_ISIAN : ANGKA_LABEL);
}

lxw_format *gaya_angka_terbuka(gaya *g, int desimal, const char *satuan,
                               const char *predikat)
{
    return angka_jenis(g, desimal, satuan, predikat, ANGKA_TERBUKA);
}

lxw_format *gaya_hitung(gaya *g, lxw_format *f)
{
    return f == g->persen     ? g->persen_hitung
           : f == g->kategori ? g->kategori_hitung
           : f == g->teks     ? g->teks_bebas
                              : f;
}

lxw_format *gaya_selisih(gaya *g, int desimal)
{
    if (desimal <= 0)
        return g->selisih;
    if (desimal > 10)
        desimal = 10;
    char kunci[32];
    snprintf(kunci, sizeof kunci, "selisih|%d", desimal);
    lxw_format *f = cari(g, kunci);
    if (f)
        return f;
    char nol[16] = "0.", fmt[96];
    for (int i = 0; i < desimal; i++)
        strcat(nol, "0");
    snprintf(fmt, sizeof fmt, "[$-421]+#,##%s;-#,##%s;%s", nol, nol, nol);
    f = sel_tabel(g);
    if (!f)
        return g->selisih;
    format_set_num_format(f, fmt);
    simpan(g, kunci, f);
    return f;
}

lxw_format *gaya_isian_bila(gaya *g, const char *teks)
{
    return teks && *teks ? g->isian_biasa : g->biasa_tengah;
}

/* ---- input cells shaded while empty ---------------------------------- */

static int banding_format(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t) * (lxw_format *const *)a;
    uintptr_t y = (uintptr_t) * (lxw_format *const *)b;
    return (x > y) - (x < y);
}

/* The walk over one sheet's cells: the input formats sorted, and the
 * smallest rectangle holding every input cell met. */
typedef struct penanda {
    lxw_format **urut;
    size_t jumlah_urut;
    bool ada;
    lxw_row_t r1, r2;
    lxw_col_t c1, c2;
} penanda;

/* libxlsxwriter keeps a row's cells in a red-black tree by column (its
 * public lxw_cell); the order does not matter here. */
static void jalan_sel(penanda *p, const lxw_cell *c)
{
    if (!c)
        return;
    jalan_sel(p, c->tree_pointers.rbe_left);
    if (c->format && bsearch(&c->format, p->urut, p->jumlah_urut,
                             sizeof *p->urut, banding_format)) {
        if (!p->ada) {
            p->r1 = p->r2 = c->row_num;
            p->c1 = p->c2 = c->col_num;
            p->ada = true;
        }
        p->r1 = c->row_num < p->r1 ? c->row_num : p->r1;
        p->r2 = c->row_num > p->r2 ? c->row_num : p->r2;
        p->c1 = c->col_num < p->c1 ? c->col_num : p->c1;
        p->c2 = c->col_num > p->c2 ? c->col_num : p->c2;
    }
    jalan_sel(p, c->tree_pointers.rbe_right);
}

/* ... and its rows in a red-black tree by row number. */
static void jalan_baris(penanda *p, const lxw_row *r)
{
    if (!r)
        return;
    jalan_baris(p, r->tree_pointers.rbe_left);
    if (r->cells)
        jalan_sel(p, r->cells->rbh_root);
    jalan_baris(p, r->tree_pointers.rbe_right);
}

lxw_error gaya_isian_tandai(gaya *g)
{
    if (!g->jumlah_isian)
        return LXW_NO_ERROR;
    penanda p = {.urut = malloc(g->jumlah_isian * sizeof *p.urut),
                 .jumlah_urut = g->jumlah_isian};
    if (!p.urut)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    memcpy(p.urut, g->isian, g->jumlah_isian * sizeof *p.urut);
    qsort(p.urut, p.jumlah_urut, sizeof *p.urut, banding_format);
    lxw_error e = LXW_NO_ERROR;
    lxw_worksheet *ws;
    LXW_FOREACH_WORKSHEET(ws, g->wb)
    {
        p.ada = false;
        jalan_baris(&p, ws->table ? ws->table->rbh_root : NULL);
        if (!p.ada)
            continue;
        /* one rule over the rectangle: the cells in it that are unlocked
         * are the inputs (every other cell is locked), and a row inserted
         * anywhere inside it is inside the rule too */
        char sel[LXW_MAX_CELL_NAME_LENGTH];
        lxw_rowcol_to_cell(sel, p.r1, p.c1);
        rumus_aturan a;
        rumus_aturan_isian_kosong(&a, sel);
        lxw_conditional_format cf;
        memset(&cf, 0, sizeof cf);
        cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
        cf.value_string = a.teks;
        cf.format = g->tanda_isian;
        e = worksheet_conditional_format_range(ws, p.r1, p.c1, p.r2, p.c2, &cf);
        if (e != LXW_NO_ERROR)
            break;
    }
    free(p.urut);
    return e;
}

/* ---- one object per set of properties ------------------------------- */

/* A format with what is not a property blanked: its place in the
 * workbook's list.  The fields libxlsxwriter's own comparison also
 * blanks (the workbook's tables) are the same in every format of one
 * workbook, so formats equal here are equal for it too. */
typedef struct format_kunci {
    lxw_format sifat;
    size_t urutan;
    lxw_format *asli;
} format_kunci;

static int banding_kunci(const void *a, const void *b)
{
    const format_kunci *x = *(const format_kunci *const *)a;
    const format_kunci *y = *(const format_kunci *const *)b;
    int c = memcmp(&x->sifat, &y->sifat, sizeof x->sifat);
    return c ? c : (x->urutan > y->urutan) - (x->urutan < y->urutan);
}

/* Later identical formats and the first of theirs, by address (open
 * addressing, at most half full). */
typedef struct ganti_format {
    lxw_format **dari, **ke;
    size_t kapasitas;
} ganti_format;

static size_t ganti_slot(const ganti_format *t, const lxw_format *f)
{
    size_t i = (size_t)(((uintptr_t)f >> 4) * 0x9E3779B97F4A7C15u) &
               (t->kapasitas - 1);
    while (t->dari[i] && t->dari[i] != f)
        i = (i + 1) & (t->kapasitas - 1);
    return i;
}

static lxw_format *ganti(const ganti_format *t, lxw_format *f)
{
    if (!f)
        return f;
    size_t i = ganti_slot(t, f);
    return t->dari[i] ? t->ke[i] : f;
}

static void ganti_sel(const ganti_format *t, lxw_cell *c)
{
    if (!c)
        return;
    ganti_sel(t, c->tree_pointers.rbe_left);
    c->format = ganti(t, c->format);
    ganti_sel(t, c->tree_pointers.rbe_right);
}

static void ganti_baris(const ganti_format *t, lxw_row *r)
{
    if (!r)
        return;
    ganti_baris(t, r->tree_pointers.rbe_left);
    r->format = ganti(t, r->format);
    if (r->cells)
        ganti_sel(t, r->cells->rbh_root);
    ganti_baris(t, r->tree_pointers.rbe_right);
}

/* The table of wb's later identical formats; false if there are none or
 * memory ran out. */
static bool ganti_buat(lxw_workbook *wb, ganti_format *t)
{
    size_t n = 0;
    lxw_format *f;
    STAILQ_FOREACH(f, wb->formats, list_pointers)
    n++;
    format_kunci *kunci = calloc(n ? n : 1, sizeof *kunci);
    format_kunci **urut = calloc(n ? n : 1, sizeof *urut);
    *t = (ganti_format){.kapasitas = 16};
    while (t->kapasitas < 2 * n)
        t->kapasitas *= 2;
    t->dari = calloc(t->kapasitas, sizeof *t->dari);
    t->ke = calloc(t->kapasitas, sizeof *t->ke);
    bool ada = false;
    if (kunci && urut && t->dari && t->ke) {
        size_t i = 0;
        STAILQ_FOREACH(f, wb->formats, list_pointers)
        {
            kunci[i].sifat = *f;
            memset(&kunci[i].sifat.list_pointers, 0,
                   sizeof kunci[i].sifat.list_pointers);
            kunci[i].urutan = i;
            kunci[i].asli = f;
            urut[i] = &kunci[i];
            i++;
        }
        qsort(urut, n, sizeof *urut, banding_kunci);
        /* each run of equal formats, the first made first */
        for (size_t a = 0, b; a < n; a = b)
            for (b = a + 1; b < n && memcmp(&urut[a]->sifat, &urut[b]->sifat,
                                            sizeof urut[a]->sifat) == 0;
                 b++) {
                size_t s = ganti_slot(t, urut[b]->asli);
                t->dari[s] = urut[b]->asli;
                t->ke[s] = urut[a]->asli;
                ada = true;
            }
    }
    free(kunci);
    free(urut);
    if (!ada) {
        free(t->dari);
        free(t->ke);
    }
    return ada;
}

void gaya_satukan(lxw_workbook *wb)
{
    ganti_format t;
    if (!ganti_buat(wb, &t))
        return;
    lxw_worksheet *ws;
    LXW_FOREACH_WORKSHEET(ws, wb)
    {
        ganti_baris(&t, ws->table ? ws->table->rbh_root : NULL);
        for (size_t i = 0; i < ws->col_formats_max; i++)
            ws->col_formats[i] = ganti(&t, ws->col_formats[i]);
        for (size_t i = 0; i < ws->col_options_max; i++)
            if (ws->col_options[i])
                ws->col_options[i]->format =
                    ganti(&t, ws->col_options[i]->format);
    }
    free(t.dari);
    free(t.ke);
}
