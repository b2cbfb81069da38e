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

/* The general prompt of a number input. */
#define PETUNJUK_ANGKA                                                         \
    "Ketik angka 0 atau lebih, tanpa titik ribuan (contoh 1250000 atau "       \
    "96,25); kosongkan bila belum ada realisasi."

lxw_error lembar_validasi_angka(lxw_worksheet *ws, unsigned r1, unsigned c1,
                                unsigned r2, unsigned c2)
{
    return lembar_validasi_isian(ws, r1, c1, r2, c2, "Isian angka", NULL, true);
}

/* The input prompt of v: `judul` cut into kepala (a prompt title holds 32
 * characters, the xlsx limit libxlsxwriter refuses past; cut on a UTF-8
 * boundary) and `petunjuk`, or the general prompt of a number. */
static void isi_petunjuk(lxw_data_validation *v,
                         char kepala[JUDUL_PETUNJUK_MAKS + 1],
                         const char *judul, const char *petunjuk)
{
    size_t n = judul ? strlen(judul) : 0;
    if (n > JUDUL_PETUNJUK_MAKS) {
        n = JUDUL_PETUNJUK_MAKS;
        while (n > 0 && ((unsigned char)judul[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(kepala, judul ? judul : "", n);
    kepala[n] = 0;
    memset(v, 0, sizeof *v);
    v->input_title = kepala;
    v->input_message = (char *)(petunjuk ? petunjuk : PETUNJUK_ANGKA);
}

lxw_error lembar_validasi_isian(lxw_worksheet *ws, unsigned r1, unsigned c1,
                                unsigned r2, unsigned c2, const char *judul,
                                const char *petunjuk, bool angka)
{
    char kepala[JUDUL_PETUNJUK_MAKS + 1];
    lxw_data_validation v;
    isi_petunjuk(&v, kepala, judul, petunjuk);
    if (!angka) {
        v.validate = LXW_VALIDATION_TYPE_ANY;
        return worksheet_data_validation_range(ws, r1, (lxw_col_t)c1, r2,
                                               (lxw_col_t)c2, &v);
    }
    v.validate = LXW_VALIDATION_TYPE_DECIMAL;
    v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
    v.value_number = 0;
    v.error_title = "Isian tidak sah";
    v.error_message = "Isi dengan angka 0 atau lebih (kosongkan bila belum "
                      "ada realisasi).";
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    return worksheet_data_validation_range(ws, r1, (lxw_col_t)c1, r2,
                                           (lxw_col_t)c2, &v);
}

bool lembar_satuan_persen(const char *satuan)
{
    return satuan && !strcmp(satuan, "%");
}

lxw_error lembar_validasi_persen(lxw_worksheet *ws, unsigned baris,
                                 unsigned kolom, unsigned kolom_target,
                                 const char *judul, const char *petunjuk)
{
    char kepala[JUDUL_PETUNJUK_MAKS + 1];
    lxw_data_validation v;
    isi_petunjuk(&v, kepala, judul, petunjuk);
    char x[16], t[16], rumus_valid[128];
    lxw_rowcol_to_cell(x, baris, (lxw_col_t)kolom);
    lxw_rowcol_to_cell(t, baris, (lxw_col_t)kolom_target);
    /* relative to the cell itself, so that it follows inserted rows */
    snprintf(rumus_valid, sizeof rumus_valid,
             "=AND(ISNUMBER(%s),%s>=0,OR(%s=0,%s>=1,%s<1))", x, x, x, x, t);
    v.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
    v.value_formula = rumus_valid;
    v.error_title = "Ketik tanpa tanda %";
    v.error_message =
        "Ketik angka persennya saja, 0 atau lebih: 96,25 untuk 96,25%. "
        "Dengan tanda %, 96,25% tersimpan sebagai 0,9625 dan capaiannya "
        "salah; karena itu angka di antara 0 dan 1 ditolak bila targetnya "
        "1% atau lebih.";
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    return worksheet_data_validation_cell(ws, baris, (lxw_col_t)kolom, &v);
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
static const unsigned short lebar_arial[95] = {
    278, 278, 355, 556, 556,  889, 667, 191, 333, 333, 389, 584, 278, 333,
    278, 278, 556, 556, 556,  556, 556, 556, 556, 556, 556, 556, 278, 278,
    584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
    500, 667, 556, 833, 722,  778, 667, 778, 722, 667, 611, 722, 667, 944,
    667, 667, 611, 278, 278,  278, 469, 556, 333, 556, 556, 500, 556, 556,
    278, 556, 556, 222, 222,  500, 222, 833, 556, 556, 556, 556, 333, 500,
    278, 556, 500, 722, 500,  500, 500, 334, 260, 334, 584};

/* Width in points of one character of Arial 10 (another script's
 * character as a wide letter), a tenth over, for bold text. */
static double lebar_huruf(unsigned char c)
{
    double w = c >= 32 && c < 127 ? lebar_arial[c - 32] : 722;
    return w * 10.0 / 1000.0 * 1.1;
}

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
    double spasi = lebar_huruf(' ');
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
        while (*p && *p != ' ' && *p != '\n') {
            if ((*p & 0xC0) != 0x80) /* one per UTF-8 character */
                kata += lebar_huruf(*p);
            p++;
        }
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

void lembar_perlu(lembar_tinggi_peta *t, unsigned r1, unsigned r2,
                  const char *teks, double lebar)
{
    if (!teks || !*teks || r2 < r1)
        return;
    if (!peta_tumbuh(t, r2))
        return; /* heights are cosmetic: keep the defaults */
    double per_baris = lembar_tinggi(teks, lebar) / (double)(r2 - r1 + 1);
    for (unsigned r = r1; r <= r2; r++)
        if (per_baris > t->tinggi[r])
            t->tinggi[r] = per_baris;
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
    t->label[t->jumlah_label++] =
        (lembar_label_t){r1, r2, kolom, salin, 0, f, lebar};
    lembar_perlu(t, r1, r2, teks, lebar);
    return true;
}

bool lembar_label_angka(lembar_tinggi_peta *t, unsigned r1, unsigned r2,
                        unsigned kolom, double nilai, lxw_format *f)
{
    if (!label_tumbuh(t))
        return false;
    t->label[t->jumlah_label++] =
        (lembar_label_t){r1, r2, kolom, NULL, nilai, f, 0};
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
