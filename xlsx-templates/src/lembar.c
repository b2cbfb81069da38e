/*
 * lembar.c - common worksheet setup (lembar.h).
 */
#include "lembar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void lembar_lindungi(lxw_worksheet *ws, const tulis_opsi *o)
{
    if (!o->proteksi)
        return;
    lxw_protection p;
    memset(&p, 0, sizeof p);
    p.insert_rows = 1;
    p.delete_rows = 1;
    p.format_columns = 1;
    p.format_rows = 1;
    worksheet_protect(ws, NULL, &p);
}

/* Bytes of a prompt title: xlsx allows 32 characters, and 32 bytes are
 * never more characters than that. */
#define JUDUL_PETUNJUK_MAKS 32
/* Bytes of a prompt: xlsx allows 255 characters (libxlsxwriter refuses
 * more). */
#define PETUNJUK_MAKS 255

/* Copies at most `maks` bytes of `teks` into `ke` (maks + 1 bytes), cut
 * on a UTF-8 boundary so that no character is split. */
static void salin_potong(char *ke, const char *teks, size_t maks)
{
    size_t n = strlen(teks);
    if (n > maks) {
        n = maks;
        while (n > 0 && ((unsigned char)teks[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(ke, teks, n);
    ke[n] = 0;
}

/* The validation v of an input prompted with `judul` (cut into kepala)
 * and `petunjuk` (cut into isi); false when either is missing: an input
 * without a prompt does not say what it wants. */
static bool isi_petunjuk(lxw_data_validation *v,
                         char kepala[JUDUL_PETUNJUK_MAKS + 1],
                         char isi[PETUNJUK_MAKS + 1], const char *judul,
                         const char *petunjuk)
{
    memset(v, 0, sizeof *v);
    if (!judul || !*judul || !petunjuk || !*petunjuk)
        return false;
    salin_potong(kepala, judul, JUDUL_PETUNJUK_MAKS);
    salin_potong(isi, petunjuk, PETUNJUK_MAKS);
    v->input_title = kepala;
    v->input_message = isi;
    return true;
}

/* Numbers >= 0 (blank allowed), refused otherwise. */
static void batas_angka(lxw_data_validation *v)
{
    v->validate = LXW_VALIDATION_TYPE_DECIMAL;
    v->criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
    v->value_number = 0;
    v->error_title = "Isian tidak sah";
    v->error_message = "Isi dengan angka 0 atau lebih (kosongkan bila belum "
                       "ada realisasi).";
    v->error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
}

lxw_error lembar_validasi_isian(lxw_worksheet *ws, unsigned r1, unsigned c1,
                                unsigned r2, unsigned c2, const char *judul,
                                const char *petunjuk, bool angka)
{
    char kepala[JUDUL_PETUNJUK_MAKS + 1], isi[PETUNJUK_MAKS + 1];
    lxw_data_validation v;
    if (!isi_petunjuk(&v, kepala, isi, judul, petunjuk))
        return LXW_ERROR_PARAMETER_VALIDATION;
    if (angka)
        batas_angka(&v);
    else
        v.validate = LXW_VALIDATION_TYPE_ANY;
    return worksheet_data_validation_range(ws, r1, (lxw_col_t)c1, r2,
                                           (lxw_col_t)c2, &v);
}

bool lembar_satuan_persen(const char *satuan)
{
    return satuan && !strcmp(satuan, "%");
}

/* `nilai` with `desimal` decimals as staff type it: a decimal comma, no
 * thousands separator ("3,75", "19"). */
static void angka_ketik(char *buf, size_t n, double nilai, int desimal)
{
    snprintf(buf, n, "%.*f",
             desimal < 0   ? 0
             : desimal > 6 ? 6
                           : desimal,
             nilai);
    char *titik = strchr(buf, '.'); /* the C locale's decimal point */
    if (titik)
        *titik = ',';
}

lxw_error lembar_validasi_indikator(lxw_worksheet *ws, unsigned r1, unsigned c1,
                                    unsigned r2, unsigned c2,
                                    const lembar_indikator *ind,
                                    const char *judul, const char *petunjuk)
{
    if (!petunjuk || !*petunjuk)
        return LXW_ERROR_PARAMETER_VALIDATION;
    bool persen = lembar_satuan_persen(ind->satuan);
    char target[48], lengkap[512];
    angka_ketik(target, sizeof target, ind->target, ind->desimal);
    if (persen)
        snprintf(lengkap, sizeof lengkap,
                 "%s Persen tanpa tanda %%: ketik 96,25 untuk 96,25%% "
                 "(target %s%%).",
                 petunjuk, target);
    else if (ind->satuan && *ind->satuan)
        snprintf(lengkap, sizeof lengkap,
                 "%s Dalam satuan %s, angkanya saja (target %s).", petunjuk,
                 ind->satuan, target);
    else
        snprintf(lengkap, sizeof lengkap,
                 "%s Angka dengan koma desimal (target %s).", petunjuk, target);
    char kepala[JUDUL_PETUNJUK_MAKS + 1], isi[PETUNJUK_MAKS + 1];
    lxw_data_validation v;
    if (!isi_petunjuk(&v, kepala, isi, judul, lengkap))
        return LXW_ERROR_PARAMETER_VALIDATION;
    /* the percent rule where a target of 1 % or more can tell 96,25 from
     * 0,9625; a target below 1 % (settled when written) cannot */
    if (!persen || (ind->kolom_target < 0 && ind->target < 1)) {
        batas_angka(&v);
        return worksheet_data_validation_range(ws, r1, (lxw_col_t)c1, r2,
                                               (lxw_col_t)c2, &v);
    }
    char x[16], t[16], rumus_valid[160];
    /* relative to the range's first cell, so that it applies to every
     * cell of the range and follows inserted rows; the target's column
     * fixed, so every column of the range reads the same target */
    lxw_rowcol_to_cell(x, r1, (lxw_col_t)c1);
    if (ind->kolom_target >= 0) {
        lxw_rowcol_to_cell_abs(t, r1, (lxw_col_t)ind->kolom_target, 0, 1);
        snprintf(rumus_valid, sizeof rumus_valid,
                 "=AND(ISNUMBER(%s),%s>=0,OR(%s=0,%s>=1,%s<1))", x, x, x, x, t);
    } else {
        snprintf(rumus_valid, sizeof rumus_valid,
                 "=AND(ISNUMBER(%s),%s>=0,OR(%s=0,%s>=1))", x, x, x, x);
    }
    v.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
    v.value_formula = rumus_valid;
    v.error_title = "Ketik tanpa tanda %";
    v.error_message =
        "Ketik angka persennya saja, 0 atau lebih: 96,25 untuk 96,25%. "
        "Dengan tanda %, 96,25% tersimpan sebagai 0,9625 dan capaiannya "
        "salah; karena itu angka di antara 0 dan 1 ditolak bila targetnya "
        "1% atau lebih.";
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    return worksheet_data_validation_range(ws, r1, (lxw_col_t)c1, r2,
                                           (lxw_col_t)c2, &v);
}

lxw_error lembar_rumus(lxw_worksheet *ws, unsigned baris, unsigned kolom,
                       const rumus *r, lxw_format *f)
{
    switch (r->hasil.jenis) {
    case SEL_ANGKA:
        return worksheet_write_formula_num(ws, baris, (lxw_col_t)kolom, r->teks,
                                           f, r->hasil.angka);
    case SEL_TEKS:
        return worksheet_write_formula_str(ws, baris, (lxw_col_t)kolom, r->teks,
                                           f, r->hasil.teks);
    case SEL_GALAT:
        return worksheet_write_formula_str(ws, baris, (lxw_col_t)kolom, r->teks,
                                           f, rumus_teks_galat(r->hasil.galat));
    default:
        return worksheet_write_formula_str(ws, baris, (lxw_col_t)kolom, r->teks,
                                           f, "");
    }
}

lxw_error lembar_angka(lxw_worksheet *ws, unsigned baris, unsigned kolom,
                       bool ada, double nilai, lxw_format *f)
{
    if (ada)
        return worksheet_write_number(ws, baris, (lxw_col_t)kolom, nilai, f);
    return worksheet_write_blank(ws, baris, (lxw_col_t)kolom, f);
}

lxw_error lembar_gabung(lxw_worksheet *ws, unsigned r1, unsigned c1,
                        unsigned r2, unsigned c2, const char *teks,
                        lxw_format *f)
{
    if (!teks) /* text that could not be built: memory ran out */
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (r1 == r2 && c1 == c2)
        return worksheet_write_string(ws, r1, (lxw_col_t)c1, teks, f);
    return worksheet_merge_range(ws, r1, (lxw_col_t)c1, r2, (lxw_col_t)c2, teks,
                                 f);
}

lxw_error lembar_gabung_angka(lxw_worksheet *ws, unsigned r1, unsigned c1,
                              unsigned r2, unsigned c2, double nilai,
                              lxw_format *f)
{
    if (r1 != r2 || c1 != c2) {
        /* merge first, then the value into the first cell: libxlsxwriter's
         * way for a merged number */
        lxw_error e = worksheet_merge_range(ws, r1, (lxw_col_t)c1, r2,
                                            (lxw_col_t)c2, "", f);
        if (e != LXW_NO_ERROR)
            return e;
    }
    return worksheet_write_number(ws, r1, (lxw_col_t)c1, nilai, f);
}

/* Advance widths of Arial (and of Liberation Sans, which LibreOffice
 * prints in its place with the same metrics), in thousandths of the font
 * size, for the printable ASCII characters ' ' .. '~'. */
#define ARIAL_ASCII(L)                                                         \
    L(278), L(278), L(355), L(556), L(556), L(889), L(667), L(191), L(333),    \
        L(333), L(389), L(584), L(278), L(333), L(278), L(278), L(556),        \
        L(556), L(556), L(556), L(556), L(556), L(556), L(556), L(556),        \
        L(556), L(278), L(278), L(584), L(584), L(584), L(556), L(1015),       \
        L(667), L(667), L(722), L(722), L(667), L(611), L(778), L(722),        \
        L(278), L(500), L(667), L(556), L(833), L(722), L(778), L(667),        \
        L(778), L(722), L(667), L(611), L(722), L(667), L(944), L(667),        \
        L(667), L(611), L(278), L(278), L(278), L(469), L(556), L(333),        \
        L(556), L(556), L(500), L(556), L(556), L(278), L(556), L(556),        \
        L(222), L(222), L(500), L(222), L(833), L(556), L(556), L(556),        \
        L(556), L(333), L(500), L(278), L(556), L(500), L(722), L(500),        \
        L(500), L(500), L(334), L(260), L(334), L(584)

/* Width in points of one character of Arial 10, a tenth over, for bold
 * text: w thousandths of the size times 10 points, times 1.1 (folded by
 * the compiler with the same IEEE rounding as at run time). */
#define TITIK(w) ((w)*10.0 / 1000.0 * 1.1)
#define LEBAR_LAIN TITIK(722) /* another script's character: a wide letter */
#define LAIN4 LEBAR_LAIN, LEBAR_LAIN, LEBAR_LAIN, LEBAR_LAIN
#define LAIN16 LAIN4, LAIN4, LAIN4, LAIN4
#define NOL4 0.0, 0.0, 0.0, 0.0
#define NOL16 NOL4, NOL4, NOL4, NOL4

/* The width each byte of UTF-8 text adds, looked up instead of computed
 * per character (row heights are measured for every label and text cell
 * of every sheet): a character's first byte adds its width, a
 * continuation byte (10xxxxxx) nothing, adding 0.0 leaving a sum exactly
 * as it was.  The terminating NUL, spaces and newlines never reach the
 * sum. */
static const double lebar_bita[256] = {
    /* 0x00-0x1F: controls */
    LAIN16, LAIN16,
    /* ' ' .. '~', then DEL */
    ARIAL_ASCII(TITIK), LEBAR_LAIN,
    /* 0x80-0xBF: continuation bytes */
    NOL16, NOL16, NOL16, NOL16,
    /* 0xC0-0xFF: first bytes of other characters */
    LAIN16, LAIN16, LAIN16, LAIN16};

double lembar_tinggi(const char *teks, double lebar)
{
    /* The text's lines in Arial 10 wrapped as the spreadsheet does, word
     * by word, in the column's printable width: LibreOffice prints a
     * column of width w as 7w + 5 points (cetak.h), less about 3 points
     * of padding on each side; 12.75 points per line. */
    if (!teks)
        teks = "";
    double per_baris = 7.0 * lebar + 5.0 - 6.0;
    if (per_baris < 10)
        per_baris = 10;
    double spasi = lebar_bita[' '];
    unsigned baris = 1;
    double di_baris = 0;
    const unsigned char *p = (const unsigned char *)teks;
    while (*p) {
        if (*p == '\n') {
            baris++;
            di_baris = 0;
            p++;
            continue;
        }
        double kata = 0;
        for (; *p && *p != ' ' && *p != '\n'; p++)
            kata += lebar_bita[*p];
        if (di_baris > 0 && di_baris + spasi + kata > per_baris) {
            baris++;
            di_baris = 0;
        }
        while (kata > per_baris) { /* a word longer than the line */
            kata -= per_baris;
            baris++;
        }
        di_baris += (di_baris > 0 ? spasi : 0) + kata;
        while (*p == ' ')
            p++;
    }
    /* 409 points is the tallest row a worksheet has (Excel's limit; a
     * taller one is a format error there): longer text scrolls in it */
    double tinggi = 12.75 * (double)baris + 3.0;
    return tinggi > 409.0 ? 409.0 : tinggi;
}

/* Grows the map to hold row r2; false if memory ran out. */
static bool peta_tumbuh(lembar_tinggi_peta *t, unsigned r2)
{
    if (r2 >= t->jumlah) {
        /* geometric growth: rows are noted one after another, and
         * growing by a constant would copy the map once per 64 rows */
        unsigned n = r2 + 64;
        if (n < t->jumlah * 2u)
            n = t->jumlah * 2u;
        double *baru = realloc(t->tinggi, n * sizeof *baru);
        if (!baru)
            return false;
        for (unsigned i = t->jumlah; i < n; i++)
            baru[i] = 0;
        t->tinggi = baru;
        t->jumlah = n;
    }
    return true;
}

void lembar_perlu_baris(lembar_tinggi_peta *t, unsigned r, double tinggi)
{
    if (peta_tumbuh(t, r) && tinggi > t->tinggi[r])
        t->tinggi[r] = tinggi;
}

/* Shares a text's height `tinggi` (lembar_tinggi) among rows r1..r2. */
static void perlu_tinggi(lembar_tinggi_peta *t, unsigned r1, unsigned r2,
                         double tinggi)
{
    if (r2 < r1 || !peta_tumbuh(t, r2))
        return; /* heights are cosmetic: keep the defaults */
    double per_baris = tinggi / (double)(r2 - r1 + 1);
    for (unsigned r = r1; r <= r2; r++)
        if (per_baris > t->tinggi[r])
            t->tinggi[r] = per_baris;
}

void lembar_perlu(lembar_tinggi_peta *t, unsigned r1, unsigned r2,
                  const char *teks, double lebar)
{
    if (!teks || !*teks || r2 < r1)
        return;
    perlu_tinggi(t, r1, r2, lembar_tinggi(teks, lebar));
}

void lembar_label_perlu(lembar_tinggi_peta *t, const lembar_label_t *l,
                        unsigned r1, unsigned r2)
{
    if (l->teks && *l->teks)
        perlu_tinggi(t, r1, r2, l->tinggi);
}

/* Room for one more label; false if memory ran out. */
static bool label_tumbuh(lembar_tinggi_peta *t)
{
    if (t->jumlah_label < t->kapasitas_label)
        return true;
    size_t n = t->kapasitas_label ? 2 * t->kapasitas_label : 16;
    lembar_label_t *baru = realloc(t->label, n * sizeof *baru);
    if (!baru)
        return false;
    t->label = baru;
    t->kapasitas_label = n;
    return true;
}

bool lembar_label(lembar_tinggi_peta *t, unsigned r1, unsigned r2,
                  unsigned kolom, const char *teks, lxw_format *f, double lebar)
{
    if (!label_tumbuh(t))
        return false;
    char *salin = strdup(teks ? teks : "");
    if (!salin)
        return false;
    /* measured once: lembar_halaman notes it again for each printed
     * piece, in every round of its page planning */
    lembar_label_t *l = &t->label[t->jumlah_label++];
    *l = (lembar_label_t){r1, r2, kolom, salin,
                          0,  f,  lebar, lembar_tinggi(salin, lebar)};
    lembar_label_perlu(t, l, r1, r2);
    return true;
}

bool lembar_label_angka(lembar_tinggi_peta *t, unsigned r1, unsigned r2,
                        unsigned kolom, double nilai, lxw_format *f)
{
    if (!label_tumbuh(t))
        return false;
    t->label[t->jumlah_label++] =
        (lembar_label_t){r1, r2, kolom, NULL, nilai, f, 0, 0};
    return true;
}

lxw_error lembar_label_tulis(lxw_worksheet *ws, const lembar_label_t *l,
                             unsigned r1, unsigned r2)
{
    if (l->teks)
        return lembar_gabung(ws, r1, l->kolom, r2, l->kolom, l->teks, l->f);
    lxw_error e = LXW_NO_ERROR;
    if (r2 > r1)
        e = worksheet_merge_range(ws, r1, (lxw_col_t)l->kolom, r2,
                                  (lxw_col_t)l->kolom, "", l->f);
    lxw_error e2 =
        worksheet_write_number(ws, r1, (lxw_col_t)l->kolom, l->nilai, l->f);
    return e != LXW_NO_ERROR ? e : e2;
}

lxw_error lembar_tinggi_terapkan(lembar_tinggi_peta *t, lxw_worksheet *ws)
{
    lxw_error e = LXW_NO_ERROR;
    for (size_t i = 0; i < t->jumlah_label; i++) {
        const lembar_label_t *l = &t->label[i];
        lxw_error el = lembar_label_tulis(ws, l, l->r1, l->r2);
        if (el != LXW_NO_ERROR && e == LXW_NO_ERROR)
            e = el;
        free(l->teks);
    }
    free(t->label);
    t->label = NULL;
    t->jumlah_label = t->kapasitas_label = 0;
    for (unsigned r = 0; r < t->jumlah; r++)
        if (t->tinggi[r] > 15.5 && e == LXW_NO_ERROR)
            e = worksheet_set_row(ws, r, t->tinggi[r], NULL);
    free(t->tinggi);
    t->tinggi = NULL;
    t->jumlah = 0;
    return e;
}
