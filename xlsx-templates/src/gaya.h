/*
 * gaya.h - the cell styles every workbook shares, made once per workbook
 * (libxlsxwriter formats belong to one workbook).
 *
 * Numbers carry a locale tag, [$-421] (Indonesian), so that Calc shows
 * 19.133.884.991 and 110,93 whatever the viewer's locale (docs/);
 * Excel applies the system's separators.  Cells staff fill in are unlocked;
 * everything else is locked, so a protected sheet keeps its labels and
 * formulas.  An input cell is shaded yellow while it is empty, by a
 * conditional format (gaya_isian_tandai), not by its own fill: yellow
 * means "still to fill" on screen, and a completed official table prints
 * white (Calc prints every cell background and has no option to leave
 * them out).
 */
#ifndef KINERJA_GAYA_H
#define KINERJA_GAYA_H

#include <stdbool.h>
#include <xlsxwriter.h>

#define FORMAT_RUPIAH "[$-421]#,##0"
#define FORMAT_PERSEN "[$-421]#,##0.00"
#define FORMAT_TANGGAL "[$-421]d mmmm yyyy"
/* A difference shows its sign: +60, -4.901.022, 0. */
#define FORMAT_SELISIH "[$-421]+#,##0;-#,##0;0"

/* Fill of an empty cell staff fill in (light yellow), and of headers. */
#define WARNA_ISIAN 0xFFF2CC
#define WARNA_KEPALA 0xDDEBF7
#define WARNA_JUMLAH 0xF2F2F2

/* The longest number format libxlsxwriter keeps whole: it copies one into
 * a fixed field and cuts anything longer by bytes. */
#define GAYA_FORMAT_MAKS (LXW_FORMAT_FIELD_LEN - 1)

/* The longest satuan, and the longest predikat, in bytes, that fits a
 * number format together with the other: "[$-421]#,##0." with ten
 * decimals, the quotes, a space and " ()" take 28 of GAYA_FORMAT_MAKS.
 * The plan reader refuses longer ones with their place. */
#define GAYA_AKHIRAN_MAKS_BITA 48

typedef struct gaya_angka_entri {
    char *kunci; /* owned; NULL: a free slot */
    lxw_format *format;
} gaya_angka_entri;

typedef struct gaya {
    lxw_workbook *wb;
    lxw_format *judul;    /* sheet title */
    lxw_format *subjudul; /* second title line */
    lxw_format *biasa;    /* paragraph text, wrapped, no border */
    lxw_format *biasa_tengah;
    lxw_format *biasa_tebal;
    lxw_format *biasa_kanan;
    lxw_format *kepala;      /* table header */
    lxw_format *nomor_kolom; /* "(1)", "(2)" under the header */
    lxw_format *teks;        /* table text, wrapped */
    lxw_format *teks_tengah;
    lxw_format *teks_tebal;
    lxw_format *rupiah;
    lxw_format *rupiah_tebal;
    lxw_format *persen; /* percent numbers: 110,93 */
    lxw_format *persen_tebal;
    lxw_format *kategori; /* a label computed by KATEGORI */
    lxw_format *kategori_tebal;
    /* persen and kategori unlocked, for the computed cells a row inserted
     * on a protected sheet must be able to take by filling down
     * (gaya_hitung) */
    lxw_format *persen_hitung;
    lxw_format *kategori_hitung;
    lxw_format *isian_rupiah; /* unlocked: an input (shaded while empty) */
    /* bold, unlocked and noted as an input: a parent row's totals.  A row
     * inserted below a parent takes its attributes (Calc and Excel copy
     * the row above's), so a parent's cells are unlocked input formats
     * (the shade's range then covers that row; a parent's cells are
     * never empty, so never shaded) and its validation refuses typing on
     * the parent row itself. */
    lxw_format *isian_rupiah_tebal;
    lxw_format *isian_teks;
    lxw_format *isian_tanggal; /* unlocked date, no border */
    lxw_format *isian_biasa;   /* unlocked paragraph text (names, NIP) */
    lxw_format *isian_biasa_tebal;
    lxw_format *isian_biasa_kiri;
    lxw_format *isian_biasa_garis; /* underlined (a signatory's name) */
    lxw_format *teks_bebas;        /* unlocked table text (a tree row's kode) */
    lxw_format *nomor_bebas;       /* the same, centred: a leaf row's No, which
                                      right-aligned would run into its kode */
    /* Program / Kegiatan / Sub Kegiatan names: [tingkat-1][isian] */
    lxw_format *uraian[3][2];
    lxw_format *tanda_lebih;   /* conditional: realisasi above pagu */
    lxw_format *tanda_selisih; /* conditional: reported != summed */
    lxw_format *tanda_revisi;  /* conditional: a budget revision (info) */
    lxw_format *tanda_isian;   /* conditional: an input cell still empty */
    lxw_format *bagian;        /* a section heading inside a table */
    lxw_format *selisih;       /* a signed rupiah difference */
    lxw_format *jumlah_teks;   /* the totals row */
    lxw_format *jumlah_rupiah;
    lxw_format *jumlah_persen;
    lxw_format *jumlah_kategori;
    /* number formats with satuan/predikat: a hash table by key (open
     * addressing), so that a plan with many distinct satuan stays linear */
    gaya_angka_entri *angka;
    size_t kapasitas_angka, jumlah_angka;
    /* every input format made (unlocked), for gaya_isian_tandai */
    lxw_format **isian;
    size_t kapasitas_isian, jumlah_isian;
} gaya;

/* Creates the shared styles in wb; false if libxlsxwriter ran out of
 * memory. */
bool gaya_buat(gaya *g, lxw_workbook *wb);

/* Frees what gaya_buat and gaya_angka kept (not the formats: the workbook
 * owns those). */
void gaya_bebas(gaya *g);

/*
 * The format of a figure with `desimal` decimals followed by its satuan and
 * predikat, e.g. 86 (A), 95,45%, 19 Inovasi, 29 Orang/14 Bulan: the cell
 * stays a number (formulas can use it), the text is only how it shows.
 * isian: unlocked and shaded (a cell staff fill in).  tebal: bold.
 */
lxw_format *gaya_angka(gaya *g, int desimal, const char *satuan,
                       const char *predikat, bool isian);

/*
 * The unlocked twin of a computed cell's format f (persen, kategori;
 * teks for a label a new row types):
 * a row inserted on a protected sheet copies the row above's formats,
 * locked flag included, and filling a formula down into a locked cell is
 * refused.  Any other format is returned as it is.
 */
lxw_format *gaya_hitung(gaya *g, lxw_format *f);

/* As gaya_angka, unlocked but not shaded: a figure from the plan that a
 * row inserted for a new item types (a new indicator's target). */
lxw_format *gaya_angka_terbuka(gaya *g, int desimal, const char *satuan,
                               const char *predikat);

/* A signed difference with `desimal` decimals: +0,02, -0,02, 0,00. */
lxw_format *gaya_selisih(gaya *g, int desimal);

/* A signatory's rank or NIP line: an input (isian_biasa) where the plan
 * has one; where it has none (a Bupati has neither) plain centred text,
 * locked, so the empty cell is not shaded as still to fill. */
lxw_format *gaya_isian_bila(gaya *g, const char *teks);

/*
 * Marks every input cell of every sheet of the workbook (a cell written
 * with one of this gaya's input formats, on any sheet, by any writer):
 * one conditional format per sheet over the rectangle holding its input
 * cells, "=AND(ISBLANK(cell),CELL("protect",cell)=0)", shading an empty
 * unlocked cell WARNA_ISIAN.  Call it once, after the last cell is
 * written and before workbook_close.  Conditional formats are kept by
 * Calc and Excel alike through xlsx, and a row inserted inside the
 * rectangle (copying its neighbour's unlocked format) is shaded too.
 * Returns the first libxlsxwriter error.
 */
lxw_error gaya_isian_tandai(gaya *g);

/*
 * Points every cell, row and column of wb that uses a format identical to
 * one made before it (every property the same) at that earlier format.
 * libxlsxwriter gives each set of properties one style index, but keeps
 * it only in the first format object it meets; a cell with an identical
 * later object costs a hash of the whole format (about 3 500
 * instructions) each time workbook_close writes it.  The styles written
 * stay the same.  To be called once nothing else will look at the cells'
 * format objects (gaya_isian_tandai tells inputs by them), just before
 * workbook_close.  Out of memory, nothing is changed.
 */
void gaya_satukan(lxw_workbook *wb);

#endif
