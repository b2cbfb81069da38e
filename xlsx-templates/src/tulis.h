/*
 * tulis.h - the workbook writers: one per document of the seed report.
 *
 * Each adds its sheet(s) to an open workbook from the plan model; they
 * never read files and never decide file names (generator.c does).  Every
 * formula is written with its cached result (rumus.h).
 */
#ifndef KINERJA_TULIS_H
#define KINERJA_TULIS_H

#include <xlsxwriter.h>

#include "cetak.h"
#include "gaya.h"
#include "lembar.h"
#include "pemeriksaan.h"
#include "rencana.h"
#include "tata.h"
#include "teks.h"

/* Tabel 3.5: the program / kegiatan / sub kegiatan tree with pagu,
 * realisasi (filled in), serapan and its category; parent rows are SUMIF
 * formulas over their children, beside the figures the plan reported. */
lxw_error tulis_realisasi(lxw_workbook *wb, gaya *g, const rencana *r,
                          const tulis_opsi *o);

/* Where the Realisasi Anggaran sheet puts each figure, for the sheet
 * itself and for the sheets that reference it. */
typedef struct peta_anggaran {
    const char *lembar;     /* its sheet name */
    unsigned baris_total;   /* row I, the organisation */
    unsigned *baris_simpul; /* row of each simpul (by index) */
    unsigned baris_akhir;   /* the last row written */
    /* the last row of the ranges that sum the table, below its last row:
     * rows appended at the end are still counted */
    unsigned baris_cadangan;
    unsigned kolom[4]; /* column of each anggaran_kolom */
} peta_anggaran;

/* The rows of plan r's Realisasi Anggaran sheet: the organisation, then
 * every simpul in tree order.  False when memory ran out; free with
 * peta_anggaran_bebas. */
bool peta_anggaran_susun(const rencana *r, peta_anggaran *p);
void peta_anggaran_bebas(peta_anggaran *p);

/* Where the Pengukuran Kinerja sheet (and its Triwulan sheet) put each
 * figure, for the sheet itself and the sheets that reference it. */
typedef struct peta_pengukuran {
    unsigned *baris_indikator; /* row of each indicator (0: not there) */
    unsigned *baris_simpul;    /* row of each program (0: not there) */
    unsigned *baris_triwulan;  /* Triwulan row of each quarterly indicator */
    size_t jumlah_triwulan;
    unsigned baris_jumlah; /* the JUMLAH row below the table */
} peta_pengukuran;

/* The rows of plan r's Pengukuran Kinerja and Triwulan sheets.  False
 * when memory ran out; free with peta_pengukuran_bebas. */
bool peta_pengukuran_susun(const rencana *r, peta_pengukuran *p);
void peta_pengukuran_bebas(peta_pengukuran *p);

/* The reference to column `kolom` (by its layout name) of the row where
 * sheet t puts a figure: the one cell a figure shown on several sheets is
 * typed or computed in (tulis_opsi.satu_buku). */
rujukan_sel tulis_rujuk(const tata_lembar *t, unsigned baris, const char *kolom,
                        kinerja_sel nilai);

/* Writes at (baris, kolom) a formula that shows the cell `sumber` of
 * another sheet (blank while it is blank), in format f, with its cached
 * value. */
lxw_error tulis_salinan(lxw_worksheet *ws, unsigned baris, unsigned kolom,
                        const rujukan_sel *sumber, lxw_format *f);

/* The Pemeriksaan sheet (pemeriksaan.h) beside the Realisasi Anggaran
 * sheet of the same workbook: every cross-check, mismatches marked with
 * their difference in rupiah. */
lxw_error tulis_pemeriksaan(lxw_workbook *wb, gaya *g, const rencana *r,
                            const tulis_opsi *o, const peta_anggaran *peta);

/* Lampiran 4: sasaran / indikator / target / realisasi / capaian beside
 * program / pagu / realisasi / serapan. */
lxw_error tulis_pengukuran(lxw_workbook *wb, gaya *g, const rencana *r,
                           const tulis_opsi *o);

/* Ikhtisar, Tabel 3.1, 3.7, 3.8 (and 3.2, 3.3 when the plan carries the
 * Renstra's years): capaian, serapan, efisiensi and their categories. */
lxw_error tulis_ringkasan(lxw_workbook *wb, gaya *g, const rencana *r,
                          const tulis_opsi *o);

/* One year of one indicator on the Perbandingan sheet (Tabel 3.2). */
typedef struct sel_perbandingan {
    bool ada;                               /* the year has figures (not "-") */
    kinerja_sel target, realisasi, capaian; /* the cells' cached values */
    int desimal_target, desimal_realisasi;  /* as shown */
} sel_perbandingan;

/* Where the Perbandingan sheet put each indicator's years, for the chart
 * and Tabel 3.4 sheets that reference it. */
typedef struct peta_perbandingan {
    int tahun[PERBANDINGAN_TAHUN_MAKS]; /* the year columns, ascending */
    size_t jumlah_tahun;
    unsigned *baris;       /* row of each indicator, 0 if not on the sheet */
    sel_perbandingan *sel; /* [indikator * jumlah_tahun + t] */
} peta_perbandingan;

/* An indicator with Renstra rows and its group (a sasaran, or the kinerja
 * lainnya). */
typedef struct tulis_renstra {
    size_t kelompok, indikator;
} tulis_renstra;

/* The indicators with Renstra rows in the order Tabel 3.2 lists them: by
 * group (tulis_kelompok_urut), each group's in the plan's order; the
 * Perbandingan sheet's rows and Grafik Kinerja's charts.  malloc'd, *n of
 * them; NULL if memory ran out. */
tulis_renstra *tulis_renstra_urut(const rencana *r, size_t *n);

/* Tabel 3.2 as charts: per indicator, its years (target, realisasi,
 * capaian referenced from the Perbandingan sheet) and a column chart of
 * target against realisasi. */
lxw_error tulis_grafik_kinerja(lxw_workbook *wb, gaya *g, const rencana *r,
                               const tulis_opsi *o,
                               const peta_perbandingan *peta);

/* Tabel 3.4: the plan's indicator against other regions' (pembanding.csv),
 * with the predikat, the rank and a bar chart.  baris_ringkasan[i] is the
 * Ringkasan row of indicator i (0 if none). */
lxw_error tulis_perbandingan_daerah(lxw_workbook *wb, gaya *g, const rencana *r,
                                    const tulis_opsi *o,
                                    const peta_perbandingan *peta,
                                    const unsigned *baris_ringkasan);

/* Lampiran 2: the RKT matrix, hierarchy shown by merged cells. */
lxw_error tulis_rkt(lxw_workbook *wb, gaya *g, const rencana *r,
                    const tulis_opsi *o);

/* Lampiran 3 and Tabel 2.4: the Perjanjian Kinerja, and its revision when
 * the plan carries one. */
lxw_error tulis_pk(lxw_workbook *wb, gaya *g, const rencana *r,
                   const tulis_opsi *o);

/* The PK lampiran's tables (sasaran strategis, kinerja lainnya, programs
 * with their anggaran), each on the letter's columns with spans: for the
 * writer and for the reader of the PK Murni's pagu murni. */
extern const tata_lembar tata_pk_sasaran;
extern const tata_lembar tata_pk_lainnya;
extern const tata_lembar tata_pk_program;
/* The PK letter's parts on the same columns, by name (no header): the
 * list of parties ("label", "isi") and the place, date and signature
 * blocks ("pihak_kedua", "tempat", "pihak_pertama"). */
extern const tata_lembar tata_pk_pihak;
extern const tata_lembar tata_pk_ttd;

/* The layouts of the table sheets (tata.h), for the writers and for
 * programs that read filled workbooks back. */
extern const tata_lembar tata_triwulan;
extern const tata_lembar tata_pengukuran;
extern const tata_lembar tata_realisasi;
extern const tata_lembar tata_pemeriksaan;
extern const tata_lembar tata_ringkasan;
/* Tabel 3.2 and 3.3: a run of columns per Renstra year (tata_ulang), each
 * year's "target", "realisasi" and "capaian" found with tata_ulang_kolom
 * by the year's place in peta_perbandingan.tahun. */
extern const tata_lembar tata_perbandingan;
extern const tata_lembar tata_perbandingan_daerah;
extern const tata_lembar tata_grafik;

/* The last row (0-based) the Perbandingan Daerah sheet of plan r can
 * reach, with room for regions added later: a bound for ranges over the
 * whole sheet (the rows without their formula, counted on Pemeriksaan). */
unsigned tulis_daerah_baris_akhir(const rencana *r);
extern const tata_lembar tata_rkt;

/* The fields every sheet writer's state starts with: the sheet, its
 * styles, the plan and the options. */
#define TULIS_PENULIS                                                          \
    lxw_worksheet *ws;                                                         \
    gaya *g;                                                                   \
    const rencana *r;                                                          \
    const tulis_opsi *o

/* The scale of an indicator's predikat in year `tahun`: its own, except
 * that the SPBE index is read on the PEMDI scale from 2026 (the Indeks
 * Pemerintah Digital replaces it).  "" when the indicator has none. */
const char *tulis_skala_predikat(const indikator *d, int tahun);

/* What an indicator's inputs are typed in and compared with
 * (lembar_validasi_indikator): its satuan and the year's target, which
 * the percent rule reads from column kolom_target of each row (-1: none
 * on the sheet). */
lembar_indikator tulis_isian_indikator(const indikator *d, int kolom_target);

/* "DISKOMINFO KABUPATEN MOJOKERTO" (singkatan if any, else instansi),
 * malloc'd (free it; NULL if memory ran out). */
char *tulis_nama_singkat(const rencana *r);

/* The three title rows of a sheet: `judul`, the organisation in capitals,
 * and `awalan_tahun` followed by the plan's year ("TAHUN ANGGARAN 2024"). */
void tulis_kop(tata_penulis *p, const rencana *r, const char *judul,
               const char *awalan_tahun);

/*
 * A budget block's serapan and its TINGKAT category in columns k_pagu+2
 * and k_pagu+3 of `row`, from the pagu in k_pagu and the realisasi in
 * k_pagu+1 (the order of every budget block of the templates) with their
 * cached values; jumlah: the totals row's styles.  Returns the serapan's
 * cached value.
 */
kinerja_sel tulis_serapan(tata_penulis *p, unsigned row, unsigned k_pagu,
                          kinerja_sel pagu, kinerja_sel realisasi, bool jumlah);

/* The totals row of a budget block over rows awal..akhir: SUM of the pagu,
 * SUM of the realisasi (blank while none is filled), serapan, kategori. */
void tulis_jumlah_anggaran(tata_penulis *p, unsigned row, unsigned awal,
                           unsigned akhir, unsigned k_pagu, int64_t pagu,
                           bool ada, int64_t realisasi);

/* The sasaran, then the kinerja lainnya: the order every sheet lists its
 * groups in (malloc'd, *n of them; NULL if memory ran out). */
size_t *tulis_kelompok_urut(const rencana *r, size_t *n);

/* A printed page header: `judul`, then the organisation in capitals on
 * the next line, malloc'd (free it; NULL if memory ran out). */
char *tulis_judul_cetak(const rencana *r, const char *judul);

/* "INSTANSI KABUPATEN", in capitals for titles, malloc'd (free it; NULL if
 * memory ran out). */
char *tulis_nama_instansi(const rencana *r, bool kapital);

#endif
