/*
 * tata.h - a sheet's layout declared as data, and the one engine that
 * writes it.
 *
 * Every table sheet of the templates is a row of column declarations
 * (tata_kolom): the name a program looks the column up by, the header
 * staff read, its width, what the cell holds (a label, an input, a
 * formula), and for an input the prompt that says what to type.  The
 * engine writes the widths, the header (one row, or a group row above the
 * titles), the "(1)", "(2)" numbering row, the input validation and
 * prompt, and at the end the row heights, the page setup (how the sheet
 * prints, from its tata_cetak and the rows written) and the protection;
 * the writers only fill the body rows.
 *
 * The same declarations are meant for reading a filled workbook back: a
 * reader finds "which column holds the realisasi" with tata_kolom_cari
 * instead of a column letter, so the writer and the reader cannot drift
 * apart.  Keep them plain static data.
 */
#ifndef KINERJA_TATA_H
#define KINERJA_TATA_H

#include <stdbool.h>
#include <xlsxwriter.h>

#include "cetak.h"
#include "gaya.h"
#include "lembar.h"

/* What a column's body cells hold. */
typedef enum tata_isi {
    TATA_LABEL,      /* text or a figure from the plan: locked */
    TATA_ISIAN,      /* staff type a number: unlocked, shaded, validated >= 0,
                        prompted */
    TATA_ISIAN_TEKS, /* staff type text (a kode, a name): unlocked,
                        prompted */
    TATA_RUMUS       /* a formula built by rumus.c, with its cached value */
} tata_isi;

/* What the printed sheet is for. */
typedef enum tata_peran {
    TATA_RESMI, /* an official page of the report, handed in */
    TATA_BANTU  /* a working aid (quarters, cross-checks): not handed in;
                   every printed page's footer says "Lembar kerja - bukan
                   dokumen resmi" (halaman_atur.bantu) */
} tata_peran;

typedef struct tata_kolom {
    /* for programs: "realisasi", unique in its sheet (a repeated run's
     * columns once in the declaration: tata_ulang) */
    const char *nama;
    /* headers over a run of neighbouring columns: grup on the first header
     * row, subgrup (within one grup) on the next; NULL: none.  A "%d" in
     * any header stands for the plan's year. */
    const char *grup;
    const char *subgrup;
    const char *judul; /* the column's own header, on the last header row */
    double lebar;      /* width in characters */
    tata_isi isi;
    /* an input's prompt (at most 255 bytes), what to type and how; NULL
     * for other columns */
    const char *petunjuk;
} tata_kolom;

/*
 * A column guarded so that a row inserted on the protected sheet can be
 * completed there (tata_jaga), declared by names:
 *  - a computed column every body row carries (a row's capaian, its
 *    kategori), with `ikut` the input column of the same row it computes
 *    from: unlocked, but no typed entry, so that the new row gets its
 *    formula by filling down from the row above;
 *  - a label from the plan that a row inserted for a new item types (a
 *    new indicator's name and target), with `tutup` the computed column
 *    whose formula closes it: unlocked, but a typed entry is refused while
 *    that cell of the row holds its formula, so the plan's rows keep the
 *    plan's labels.
 */
typedef struct tata_jaga_kolom {
    const char *kolom;
    const char *ikut;  /* a computed column: the input it follows */
    const char *tutup; /* a label: the computed column that closes it */
    /* a label's prompt and refusal (NULL: a plan's label, changed in the
     * plan's files) */
    const char *pesan;
    /* a new row's target: the column of its indicator's name, whose
     * "Persentase" refuses a target between 0 and 1 as well
     * (rumus_aturan_belum_rumus_persen); NULL: none */
    const char *persen;
} tata_jaga_kolom;

/* How a sheet prints across (cetak.h), by column names: the rest of its
 * page setup (paper, scale, repeated header rows, row breaks) follows
 * from the layout and the rows written. */
typedef struct tata_cetak {
    /* the column repeated on every page across (the one a reader needs to
     * know which row a figure belongs to); NULL: none */
    const char *kunci;
    /* columns a page across best starts at (a group of columns kept
     * together; a repeated column, each repeat's), NULL-terminated */
    const char *awal_halaman[4];
} tata_cetak;

typedef struct tata_lembar {
    const char *nama; /* the sheet's name (31 characters at most) */
    const tata_kolom *kolom;
    unsigned jumlah_kolom;
    unsigned baris_kepala; /* first header row, 0-based */
    bool nomor_kolom;      /* a "(1)", "(2)" row under the header */
    double tinggi_judul;   /* height of the column-title row (0: default) */
    tata_peran peran;
    tata_cetak cetak;
    /* the columns guarded for inserted rows (none: NULL) */
    const tata_jaga_kolom *jaga;
    unsigned jumlah_jaga;
    /* the sheet columns each declared column spans, merged in its header
     * and its body cells (a table placed on the columns of a page that is
     * not a table, as the PK's lampiran tables on its letter): jumlah_kolom
     * of them, each its width over the whole span; NULL: one each */
    const unsigned *rentang;
    /* a run of columns repeated side by side once per item of a list
     * known only while writing (on Perbandingan the target, realisasi and
     * capaian under each Renstra year), declared once: its first column
     * and how many columns it holds (0: none).  tata_ulang makes the
     * layout to write from it; tata_ulang_kolom finds a repeat's column,
     * for the writer and for a reader. */
    unsigned ulang_awal, ulang_jumlah;
} tata_lembar;

/*
 * A table sheet's layout as most sheets have it: its columns (an array,
 * counted here), the header from row `kepala`, a "(1)", "(2)" row under
 * it, column titles 30 points tall, its print role and how it prints
 * across (the tata_cetak fields, e.g. .kunci = "uraian").
 */
#define TATA_LEMBAR(nama_, kolom_, kepala_, peran_, ...)                       \
    TATA_LEMBAR_JAGA(nama_, kolom_, kepala_, peran_, NULL, 0, __VA_ARGS__)

/* As TATA_LEMBAR, with the columns guarded for inserted rows: an array of
 * tata_jaga_kolom and its count. */
#define TATA_LEMBAR_JAGA(nama_, kolom_, kepala_, peran_, jaga_, n_jaga_, ...)  \
    {                                                                          \
        .nama = (nama_), .kolom = (kolom_),                                    \
        .jumlah_kolom = sizeof(kolom_) / sizeof((kolom_)[0]),                  \
        .baris_kepala = (kepala_), .nomor_kolom = true, .tinggi_judul = 30,    \
        .peran = (peran_), .cetak = {__VA_ARGS__}, .jaga = (jaga_),            \
        .jumlah_jaga = (n_jaga_)                                               \
    }

/* A layout with its header spelt out: a "(1)", "(2)" row under it or not
 * (`nomor_`), the column titles `tinggi_` points tall, and any further
 * fields designated (.cetak = {...}, .ulang_awal = ...). */
#define TATA_LEMBAR_KEPALA(nama_, kolom_, kepala_, nomor_, tinggi_, peran_,    \
                           ...)                                                \
    {                                                                          \
        .nama = (nama_), .kolom = (kolom_),                                    \
        .jumlah_kolom = sizeof(kolom_) / sizeof((kolom_)[0]),                  \
        .baris_kepala = (kepala_), .nomor_kolom = (nomor_),                    \
        .tinggi_judul = (tinggi_), .peran = (peran_), __VA_ARGS__              \
    }

/* Title rows kept for the printed page header. */
#define TATA_JUDUL_MAKS 4

/* Rows noted as a good page start (tata_putus_baik). */
#define TATA_PUTUS_MAKS 32

/* One sheet being written. */
typedef struct tata_penulis {
    lxw_worksheet *ws;
    gaya *g;
    const tata_lembar *t;
    const tulis_opsi *o;
    int tahun;       /* the plan's year, for the headers */
    lxw_error galat; /* the first error; later calls still run */
    lembar_tinggi_peta tinggi;
    double *lebar; /* the columns' widths as set (malloc'd) */
    /* the title rows (tata_judul above the header), printed in the page
     * header instead of as rows */
    char *judul[TATA_JUDUL_MAKS];
    unsigned jumlah_judul;
    /* the rows printed (tata_cetak_area); none until it is called */
    unsigned cetak_awal, cetak_akhir;
    bool ada_cetak;
    /* rows a printed page best starts at (tata_putus_baik), ascending */
    unsigned putus_baik[TATA_PUTUS_MAKS];
    unsigned jumlah_putus_baik;
} tata_penulis;

/* The index of the column named `nama`, or -1. */
int tata_kolom_cari(const tata_lembar *t, const char *nama);

/* Rows the header takes (1 to 3, plus the numbering row). */
unsigned tata_tinggi_kepala(const tata_lembar *t);

/* The first body row: below the header and its numbering row. */
unsigned tata_baris_isi(const tata_lembar *t);

/*
 * Adds the sheet to wb and writes its widths and header (`tahun` for the
 * "%d" of the headers); returns the sheet (p->ws).  On failure p->galat
 * holds the error and the sheet may be NULL: check it.
 */
lxw_worksheet *tata_buka(tata_penulis *p, lxw_workbook *wb, gaya *g,
                         const tata_lembar *t, const tulis_opsi *o, int tahun);

/* As tata_buka, with the columns' widths `lebar` (t->jumlah_kolom of them)
 * in place of the layout's (a column widened to what the plan puts in
 * it); NULL: the layout's. */
lxw_worksheet *tata_buka_lebar(tata_penulis *p, lxw_workbook *wb, gaya *g,
                               const tata_lembar *t, const tulis_opsi *o,
                               int tahun, const double *lebar);

/* The width column k was set to. */
double tata_lebar(const tata_penulis *p, unsigned k);

/* Text merged over columns k1..k2 of row `baris` (a note under the
 * columns it explains), its row made tall enough. */
void tata_teks(tata_penulis *p, unsigned baris, unsigned k1, unsigned k2,
               const char *teks, lxw_format *f);

/*
 * A heading over columns 0..akhir of row `baris` (a section heading: the
 * whole row) that prints whole on every page across: the text in the key
 * column (tata_cetak.kunci, repeated on every page), the rest in pieces
 * that end where a page across starts (the key column,
 * tata_cetak.awal_halaman), blank in f.  One merge over the row would
 * print cut at the page edge, and its slice under the repeated key
 * column again on the next page (Calc).  Without a key column among
 * them: the text across columns 0..akhir.
 */
void tata_bagian(tata_penulis *p, unsigned baris, unsigned akhir,
                 const char *teks, lxw_format *f);

/* Text merged across every column of row `baris` (titles, instructions),
 * its row made tall enough.  A row above the header is a title: the
 * printed pages carry it in their page header (cetak.h), the row itself
 * stays outside the print area. */
void tata_judul(tata_penulis *p, unsigned baris, const char *teks,
                lxw_format *f);

/*
 * Row `baris` across every column: the sheet's instruction `biasa`
 * (possibly ""), and in add-in mode a formula that shows instead, where
 * the add-in is missing, what the #NAME? cells mean and what to do
 * (rumus_pesan_addin).  Every sheet with add-in formulas has one.
 */
void tata_pesan(tata_penulis *p, unsigned baris, const char *biasa,
                lxw_format *f);

/*
 * The input prompt of each column k1..k2 (its own title and petunjuk) on
 * rows r1..r2, and for a TATA_ISIAN column the validation (a number >= 0,
 * blank allowed).
 */
void tata_validasi(tata_penulis *p, unsigned k1, unsigned k2, unsigned r1,
                   unsigned r2);

/*
 * Columns k1..k2 of rows r1..r2 of a tree whose parent rows compute two
 * amounts (columns kj1 and kj2) and whose leaf rows take them typed:
 * each column prompts its petunjuk; a typed entry is refused on a parent
 * row (the row's other amount holds a formula: rumus_aturan_isian_daun,
 * a label's rumus_aturan_belum_rumus over kj1) with `pesan`, and an
 * amount must be a number >= 0.  A row inserted below a parent copies
 * its attributes (unlocked: its cells are written in input formats) and this
 * rule, and takes typing while its amounts are not yet formulas.
 */
void tata_validasi_daun(tata_penulis *p, unsigned k1, unsigned k2, unsigned r1,
                        unsigned r2, unsigned kj1, unsigned kj2,
                        const char *pesan);

/* The same for an indicator's inputs: the prompt also names its unit and
 * target, and a percent indicator's refuses 96,25% typed with its sign
 * (lembar_validasi_indikator). */
void tata_validasi_indikator(tata_penulis *p, unsigned k1, unsigned k2,
                             unsigned r1, unsigned r2,
                             const lembar_indikator *ind);

/*
 * The format of a body cell of column k: for a guarded column
 * (tata_lembar.jaga), f's unlocked twin (gaya_hitung), else f.
 */
lxw_format *tata_format(const tata_penulis *p, unsigned k, lxw_format *f);

/*
 * Guards rows r1..r2 of every computed column that follows an input
 * (tata_lembar.jaga), the whole block and the rows below it kept for
 * appending: a validation that takes no typed entry, with a prompt and a
 * message saying to fill the formula down from the row above; and a red
 * mark where the input holds a number but the cell holds no formula
 * (inserted and not yet filled down, or cleared with Delete).  And the
 * labels a new row types: typing refused while the row's formula is
 * there.
 */
void tata_jaga(tata_penulis *p, unsigned r1, unsigned r2);

/*
 * How many rows of rows r1..r2 of sheet t lost a formula the sheet
 * carries on every row (tata_jaga's red mark, counted: the first column
 * following each input), as a formula for another sheet; `jumlah` its
 * cached value.  false if the sheet has no such column.
 */
bool tata_rumus_hilang(rumus *r, const tata_lembar *t, unsigned r1, unsigned r2,
                       double jumlah);

/* Notes that rows r1..r2 of column `kolom` hold `teks` (row heights). */
void tata_perlu(tata_penulis *p, unsigned r1, unsigned r2, unsigned kolom,
                const char *teks);

/*
 * A hierarchy label (a sasaran, a program beside the rows of its group):
 * `teks` merged over rows r1..r2 of column `kolom`, written at
 * tata_tutup once the page breaks are known, one merged piece per
 * printed page, so every page the group spans shows it (lembar_label).
 */
void tata_label(tata_penulis *p, unsigned r1, unsigned r2, unsigned kolom,
                const char *teks, lxw_format *f);

/* A number label (a group's "No", the target of the indicator a label
 * names), written like tata_label. */
void tata_label_angka(tata_penulis *p, unsigned r1, unsigned r2, unsigned kolom,
                      double nilai, lxw_format *f);

/* The rows printed: awal..akhir (from the header, or a summary row above
 * it, to the table's last row; the instruction rows and notes outside).
 * The header rows are repeated on every page only when the area holds
 * them: a sheet that prints its charts alone (the table beside them is
 * their data, printed elsewhere) starts the area below the header. */
void tata_cetak_area(tata_penulis *p, unsigned awal, unsigned akhir);

/* Notes that a printed page best starts at row `baris` (a chart's first
 * row, so one chart is not cut across two pages); rows after the
 * TATA_PUTUS_MAKS-th are ignored.  Call in ascending order. */
void tata_putus_baik(tata_penulis *p, unsigned baris);

/* Marks rows r1..r2 of columns k1..k2 with format f where the rule
 * holds (a conditional format). */
void tata_tanda(tata_penulis *p, unsigned r1, unsigned k1, unsigned r2,
                unsigned k2, const rumus_aturan *aturan, lxw_format *f);

/* The labels, row heights, page setup (cetak.h: o->kertas, the scale
 * keeping text at 8 pt or more, header rows repeated, the kunci column
 * repeated across, row breaks at group starts, the title rows in the
 * page header) and protection; returns the first error of the whole
 * sheet. */
lxw_error tata_tutup(tata_penulis *p);

/* The first sheet column of declared column k: the columns before it
 * each take their tata_lembar.rentang. */
unsigned tata_kolom_sel(const tata_lembar *t, unsigned k);

/* The last sheet column of declared column k (tata_kolom_sel for a column
 * of one). */
unsigned tata_kolom_sel_akhir(const tata_lembar *t, unsigned k);

/* The first sheet column of the column named `nama`, or -1: where a writer
 * puts, and a reader finds, a column of a table with spans. */
int tata_sel_cari(const tata_lembar *t, const char *nama);

/*
 * Table t's header on p's sheet from row `baris` (a table whose row is
 * known only while writing, below other content, as the PK's lampiran
 * tables): groups, titles and numbering row as tata_buka writes them, each
 * declared column merged over its rentang; with no tinggi_judul, the title
 * row as tall as its titles need in their declared widths.  Returns the
 * first body row.
 */
unsigned tata_kepala(tata_penulis *p, const tata_lembar *t, unsigned baris);

/* A layout with its repeated run taken once per item (tata_ulang). */
typedef struct tata_ulangan {
    tata_lembar t;     /* the layout to write (tata_buka(..., &u.t, ...)) */
    tata_kolom *kolom; /* t's columns (malloc'd) */
    char **teks;       /* the headers made for them (malloc'd) */
    unsigned jumlah_teks;
} tata_ulangan;

/*
 * u->t: layout `pola` with its run (tata_lembar.ulang_awal, ulang_jumlah)
 * taken n times side by side, the columns after it moved along (n = 0:
 * the run left out).  In repeat i, "%s" in a run column's grup, subgrup
 * or judul stands for label[i] (a year over its repeat's columns: the
 * repeats' grups differ, so each is merged over its own run).  A repeated
 * column keeps its declared name in every repeat: tata_kolom_cari finds
 * the first, tata_ulang_kolom repeat i's, and a name in tata_cetak's
 * awal_halaman marks every repeat's.  The run cannot have spans
 * (tata_lembar.rentang).  Returns false (u empty) when memory runs out
 * or the run does not fit the layout; free u with tata_ulang_bebas.
 */
bool tata_ulang(tata_ulangan *u, const tata_lembar *pola, unsigned n,
                const char *const *label);

/* Frees what tata_ulang made. */
void tata_ulang_bebas(tata_ulangan *u);

/* The column of the run's column `nama` in repeat i (from 0) of layout t,
 * the declaration or its tata_ulang: where a writer puts, and a reader
 * finds, the figure of the list's i-th item.  -1 if the run has no
 * column `nama`. */
int tata_ulang_kolom(const tata_lembar *t, unsigned i, const char *nama);

#endif
