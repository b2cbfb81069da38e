/*
 * lembar.h - what every worksheet of the templates does the same way:
 * page setup, protection, input validation, and writing a formula with
 * its cached result.
 */
#ifndef KINERJA_LEMBAR_H
#define KINERJA_LEMBAR_H

#include <stdbool.h>
#include <xlsxwriter.h>

#include "gaya.h"
#include "rumus.h"

/* The paper the sheets print on: A4, or F4 (folio, 215 x 330 mm, the
 * common paper of Indonesian offices). */
typedef enum kertas_jenis { KERTAS_A4, KERTAS_F4 } kertas_jenis;

typedef struct tulis_opsi {
    rumus_mode rumus;
    bool proteksi;       /* protect sheets (no password) */
    kertas_jenis kertas; /* the paper every sheet's page setup is for */
    /* The sheets are written into one workbook per organisation and year
     * (kinerja-TAHUN.xlsx): a figure typed on one sheet is referenced by
     * formula on every other sheet that shows it.  false: a document
     * written alone (-b pk), which keeps its own input cells, having no
     * other sheet to refer to. */
    bool satu_buku;
} tulis_opsi;

/* Keeps the first libxlsxwriter error of a sequence of calls. */
#define CATAT(galat, panggilan)                                                \
    do {                                                                       \
        lxw_error e_ = (panggilan);                                            \
        if (e_ != LXW_NO_ERROR && (galat) == LXW_NO_ERROR)                     \
            (galat) = e_;                                                      \
    } while (0)

/*
 * Protects the sheet without a password (if o->proteksi): locked cells
 * (labels, formulas) cannot be changed; unlocked input cells can; rows may
 * be inserted and deleted and columns and rows resized.
 */
void lembar_lindungi(lxw_worksheet *ws, const tulis_opsi *o);

/* The input prompt Calc and Excel show when a cell of the range is
 * selected: `judul` (cut to the 32 characters a prompt title holds, on a
 * UTF-8 boundary) and `petunjuk` (cut to 255 bytes), both required: an
 * input says what it wants (LXW_ERROR_PARAMETER_VALIDATION when either is
 * missing or empty).  angka: numbers >= 0 only, blank allowed; otherwise
 * any text (the prompt alone). */
lxw_error lembar_validasi_isian(lxw_worksheet *ws, unsigned r1, unsigned c1,
                                unsigned r2, unsigned c2, const char *judul,
                                const char *petunjuk, bool angka);

/* Whether a satuan is the percent sign: the cell shows `96,25%` through
 * its number format, and holds 96,25. */
bool lembar_satuan_persen(const char *satuan);

/* What an indicator's input is typed in and compared with: the prompt
 * names the unit and the target, and the percent rule reads the target. */
typedef struct lembar_indikator {
    const char *satuan; /* "%", "Inovasi", "" (an index, a score) */
    double target;      /* the plan's target of the year */
    int desimal;        /* its decimals, as the prompt shows it */
    /* the column holding the target on each row of the range, which the
     * percent rule reads (a target changed on the sheet changes the
     * rule); -1: none, the rule is settled by `target` when written */
    int kolom_target;
} lembar_indikator;

/* The prompt of an indicator's realisasi of the year, wherever it is
 * typed (lembar_validasi_indikator adds its unit and target). */
#define LEMBAR_PETUNJUK_REALISASI                                              \
    "Ketik realisasi tahun ini, angka saja tanpa titik ribuan; kosongkan "     \
    "bila belum ada."

/*
 * The inputs of an indicator on rows r1..r2 of columns c1..c2 (a
 * realisasi, a quarter's realisasi or target, another region's figure),
 * prompted with `judul` and `petunjuk` followed by what the unit asks
 * ("Persen tanpa tanda %: ketik 96,25 untuk 96,25%", "Dalam satuan
 * Inovasi") and the target.  A percent indicator's inputs (satuan "%")
 * accept numbers >= 0 and none between 0 and 1 when the target is 1 or
 * more: typed with its sign, "96,25%" is read by Calc, Excel and
 * Gnumeric as 0,9625 (the percent sign divides by 100), which the cell
 * would then show as 0,96%; refused with a message that says to type
 * 96,25.  Other inputs: numbers >= 0.
 */
lxw_error lembar_validasi_indikator(lxw_worksheet *ws, unsigned r1, unsigned c1,
                                    unsigned r2, unsigned c2,
                                    const lembar_indikator *ind,
                                    const char *judul, const char *petunjuk);

/* Writes the formula with its cached result. */
lxw_error lembar_rumus(lxw_worksheet *ws, unsigned baris, unsigned kolom,
                       const rumus *r, lxw_format *f);

/* A number if present, else an empty (but formatted) cell. */
lxw_error lembar_angka(lxw_worksheet *ws, unsigned baris, unsigned kolom,
                       bool ada, double nilai, lxw_format *f);

/*
 * Text in a block of cells: merged when it spans more than one cell
 * (libxlsxwriter cannot merge a single cell).
 */
lxw_error lembar_gabung(lxw_worksheet *ws, unsigned r1, unsigned c1,
                        unsigned r2, unsigned c2, const char *teks,
                        lxw_format *f);

/* A number (a row's "No") in a block of cells, merged when it spans more
 * than one: a number sorts, counts and aligns as a number, text "50"
 * does not. */
lxw_error lembar_gabung_angka(lxw_worksheet *ws, unsigned r1, unsigned c1,
                              unsigned r2, unsigned c2, double nilai,
                              lxw_format *f);

/* A row tall enough for `teks` wrapped in a column `lebar` characters wide
 * (libxlsxwriter does not autofit merged or wrapped cells). */
double lembar_tinggi(const char *teks, double lebar);

/*
 * Row heights a sheet needs for its wrapped text.  Calc does not grow rows
 * for wrapped or merged text in an xlsx on its own, so each writer notes
 * every text cell (or merged block) with the width it has, and the rows
 * are set once at the end: a block's text is shared among its rows.
 */
typedef struct lembar_label lembar_label_t;
typedef struct lembar_tinggi_peta {
    double *tinggi; /* by row; 0 = default height */
    unsigned jumlah;
    /* hierarchy labels written when the page breaks are known (cetak.h) */
    lembar_label_t *label;
    size_t jumlah_label, kapasitas_label;
} lembar_tinggi_peta;

/* The map with nothing noted yet. */
#define LEMBAR_TINGGI_KOSONG                                                   \
    {                                                                          \
        NULL, 0, NULL, 0, 0                                                    \
    }

/* Notes that rows r1..r2 must hold `teks` in a column `lebar` wide. */
void lembar_perlu(lembar_tinggi_peta *t, unsigned r1, unsigned r2,
                  const char *teks, double lebar);

/* Notes that row r must be at least `tinggi` points tall (a space). */
void lembar_perlu_baris(lembar_tinggi_peta *t, unsigned r, double tinggi);

/*
 * A hierarchy label (a tujuan, sasaran, program or kegiatan beside the
 * rows of its group): `teks` merged over rows r1..r2 of column `kolom`,
 * written by lembar_halaman (cetak.h) split at the page breaks, so every
 * printed page the group spans shows it (a merged block prints only on
 * the page where it starts).  Notes its height as lembar_perlu does.
 * Returns false if memory ran out.
 */
bool lembar_label(lembar_tinggi_peta *t, unsigned r1, unsigned r2,
                  unsigned kolom, const char *teks, lxw_format *f,
                  double lebar);

/* A number label (the target of the indicator a label names), written
 * like lembar_label: in every printed piece of rows r1..r2. */
bool lembar_label_angka(lembar_tinggi_peta *t, unsigned r1, unsigned r2,
                        unsigned kolom, double nilai, lxw_format *f);

/* Writes the labels still noted (whole), sets every noted row's height,
 * then frees the map. */
lxw_error lembar_tinggi_terapkan(lembar_tinggi_peta *t, lxw_worksheet *ws);

/* The label as noted (for cetak.c). */
struct lembar_label {
    unsigned r1, r2, kolom;
    char *teks; /* NULL: the number `nilai` */
    double nilai;
    lxw_format *f;
    double lebar;
    /* the text's height in a column `lebar` wide (lembar_tinggi),
     * measured once when noted: every piece shares it out */
    double tinggi;
};

/* Notes that rows r1..r2 (a printed piece of the label, or all of it)
 * must hold the label's text, as lembar_perlu does, without measuring the
 * text again.  A number label needs no more than one line: nothing. */
void lembar_label_perlu(lembar_tinggi_peta *t, const lembar_label_t *l,
                        unsigned r1, unsigned r2);

/* Writes one piece (rows r1..r2) of a label. */
lxw_error lembar_label_tulis(lxw_worksheet *ws, const lembar_label_t *l,
                             unsigned r1, unsigned r2);

#endif
