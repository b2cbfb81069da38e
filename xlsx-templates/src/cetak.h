/*
 * cetak.h - how a sheet prints: paper, orientation, scale, repeated rows
 * and columns, print area, page breaks, and the hierarchy labels that must
 * show on every page their group spans.
 *
 * The rules it keeps (xlsx-templates/README.md, "Mencetak / Printing"):
 * body text at 8 pt or more at print scale, so a sheet too wide for one
 * page at that scale spans pages across with its key columns repeated
 * instead of shrinking; no last page holding a stray handful of rows; the
 * sheet's instruction rows outside the print area (the title prints in
 * the page header instead).
 */
#ifndef KINERJA_CETAK_H
#define KINERJA_CETAK_H

#include <stdbool.h>
#include <xlsxwriter.h>

#include "lembar.h"

/* "A4", "F4" (or "folio"), any case; false if neither. */
bool kertas_baca(const char *teks, kertas_jenis *k);

/* The paper's name, "A4" or "F4". */
const char *kertas_nama(kertas_jenis k);

/* Width and height of the paper in points, portrait. */
void kertas_ukuran(kertas_jenis k, double *lebar, double *tinggi);

/* A column's printed width in points at 100 % for a worksheet_set_column
 * width: LibreOffice 7.4 reads libxlsxwriter's width w as 7w + 5 points
 * (measured: 20 -> 145 pt). */
double cetak_lebar_kolom(double lebar);

/* The column width (worksheet_set_column units) a number needs to show
 * whole in Arial 10, with `desimal` decimals, grouped thousands and its
 * unit and predikat as the number format appends them (a number too wide
 * for its column shows ### on screen and on paper). */
double cetak_lebar_angka(double nilai, int desimal, const char *satuan,
                         const char *predikat);

/* How one sheet prints. */
typedef struct halaman_atur {
    bool tegak; /* portrait (the PK letter); else landscape */
    /* the title printed in the page header on every page, lines separated
     * by '\n' (NULL: none); the title rows themselves stay on screen */
    const char *judul;
    /* rows repeated on every page and frozen on screen (< 0: none) */
    int kepala_awal, kepala_akhir;
    /* columns repeated on every page across (< 0: none) */
    int kunci_awal, kunci_akhir;
    /* columns before which a page across best breaks (the start of a
     * column group), ascending; may be NULL */
    const unsigned *kolom_baik;
    size_t jumlah_kolom_baik;
    /* the print area: rows cetak_awal..cetak_akhir, columns 0..jumlah_kolom-1
     * (rows above cetak_awal or below cetak_akhir are screen aids) */
    unsigned cetak_awal, cetak_akhir;
    unsigned jumlah_kolom;
    const double *lebar; /* widths of the columns as set, jumlah_kolom */
    /* rows that must start a page (the PK's attachment), ascending; may
     * be NULL.  Group starts (the labels' first rows) are where a break
     * is best; lembar_halaman finds them itself. */
    const unsigned *putus_wajib;
    size_t jumlah_putus_wajib;
    /* more rows where a break is best (a chart's block), ascending; may
     * be NULL */
    const unsigned *putus_baik;
    size_t jumlah_putus_baik;
    /* blocks of rows kept on one page, rows utuh[i][0]..utuh[i][1] (a
     * chart's rows: a page break inside one cuts the chart): a page
     * starts at a block's first row rather than inside it, unless the
     * block is taller than the page; may be NULL */
    const unsigned (*utuh)[2];
    size_t jumlah_utuh;
    /* the largest print scale in percent (0: 100); the PK letter prints
     * larger than 100 % to reach its 11-12 pt */
    unsigned skala_maks;
    /* a document of its own (each PK, and every sheet of the one
     * workbook of a year, tulis_opsi.satu_buku): the footer counts this
     * sheet's pages as planned ("Halaman 1 dari 3"), numbering from 1;
     * otherwise the pages are numbered through the workbook (Calc's "of
     * N" counts every sheet printed) */
    bool nomor_sendiri;
    /* every printed row is as tall as noted, small spacer rows (under
     * 15 points) included: the page is planned full, without the reserve
     * kept for rows Calc sizes itself, and the rows noted shorter than
     * the default are set so (the PK letter, whose lampiran and its
     * signatures fill one page) */
    bool tinggi_tepat;
    /* a working aid (tata_peran TATA_BANTU: the quarters, the
     * cross-checks), not a page of the report: its footer says so on
     * every page ("Lembar kerja - bukan dokumen resmi"), so a printed aid
     * is not handed in as an official table */
    bool bantu;
} halaman_atur;

/* The smallest scale that keeps 10 pt body text at 8 pt or more (with a
 * margin for the measurement's rounding). */
#define CETAK_SKALA_MIN 82

/*
 * Sets up the sheet's printing on o->kertas: orientation, margins, the
 * scale (the largest up to skala_maks that fits the columns on as few
 * pages across as the minimum scale allows), repeated rows and columns,
 * print area, the page-header title, the footer "Halaman &P dari &N"
 * (see nomor_sendiri; a working aid's footer also says it is one, see
 * bantu), and the row page breaks (balanced so no
 * last page holds a stray handful of rows, at group starts where
 * possible).  Then writes every label noted with lembar_label, split at
 * the page breaks so each printed piece carries its text, and sets the
 * rows' heights from `tinggi` (which it frees).  Returns the first
 * libxlsxwriter error.
 */
lxw_error lembar_halaman(lxw_worksheet *ws, const tulis_opsi *o,
                         const halaman_atur *atur, lembar_tinggi_peta *tinggi);

/*
 * The row page breaks for rows of heights `tinggi_baris` (points at 100 %,
 * from baris 0) printed in rows awal..akhir, with rows kepala_awal..
 * kepala_akhir repeated on every page, `muat` points of rows per page:
 * greedy, moved back to a row where baik[row] (a group start) when one
 * is near, a page always started where wajib[row], never (unless a
 * block fills the page) where jangan[row] (inside a block kept whole: it
 * starts at the block's first row instead) (all indexed from row 0, may
 * be NULL), then evened out when the last page would hold under a third
 * of a page.  Writes
 * up to `maks` break rows (the first row of each page after the first)
 * into `putus`; returns their count.
 */
size_t cetak_putus_baris(const double *tinggi_baris, unsigned awal,
                         unsigned akhir, int kepala_awal, int kepala_akhir,
                         double muat, const bool *baik, const bool *wajib,
                         const bool *jangan, unsigned *putus, size_t maks);

#endif
