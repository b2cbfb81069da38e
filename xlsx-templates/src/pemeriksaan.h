/*
 * pemeriksaan.h - finance's cross-checks of one plan's budget figures,
 * as a list of rows (the model of the Pemeriksaan sheet).
 *
 * Each row compares one figure (a) with another (b) and says what finance
 * should conclude, to the rupiah:
 *
 *   A. RINCIAN     every total the plan reports for a parent row of
 *                  Tabel 3.5 (kegiatan, program, the organisation) against
 *                  the sum of its parts as the sheet computes it;
 *   B. PAGU        every sub kegiatan's realisasi against its pagu
 *                  (over-spending, nothing spent yet);
 *   C. BELANJA     belanja operasi + belanja modal against the total;
 *   D. IKHTISAR    the totals the executive summary printed;
 *   E. ANTAR_BUKU  the budget revisions (PK murni against perubahan:
 *                  shown as revisions, never as errors), and, when the
 *                  documents are written as separate files, the same
 *                  program's figures in the other files (Pengukuran
 *                  Kinerja, Ringkasan, Perjanjian Kinerja);
 *   F. KINERJA     performance figures a report printed differently from
 *                  the ones used (the seed's Tabel 3.2: 96,23 for 96,25).
 *
 * Figures of the Realisasi Anggaran sheet are referenced live on the sheet
 * (same workbook).  In the one workbook of a year (kinerja-TAHUN.xlsx)
 * every other sheet shows those figures by formula, so there are no copies
 * to compare: E keeps only the revisions, and F reads this year's
 * realisasi live from the Pengukuran Kinerja sheet.  Written as separate
 * files, the other documents' figures are the plan's values, i.e. what
 * those files were generated with (links between files break as soon as
 * one is renamed or mailed), and E compares them.
 *
 * Outcomes are computed here with the core (exact integer rupiah,
 * periksa_anggaran, Calc's ROUND): the same answers the sheet's formulas
 * give, which the tests hold against the seed's five inconsistencies.
 */
#ifndef KINERJA_PEMERIKSAAN_H
#define KINERJA_PEMERIKSAAN_H

#include <stdbool.h>
#include <stddef.h>

#include "rencana.h"

typedef enum periksa_bagian {
    BAGIAN_RINCIAN,
    BAGIAN_PAGU,
    BAGIAN_BELANJA,
    BAGIAN_IKHTISAR,
    BAGIAN_ANTAR_BUKU,
    BAGIAN_KINERJA,
    BAGIAN_JUMLAH
} periksa_bagian;

/* How a row compares a with b. */
typedef enum periksa_cara {
    CARA_SELISIH, /* a - b in exact rupiah: Cocok / Tidak cocok */
    CARA_PAGU,    /* a realisasi against b pagu (CEK_ANGGARAN) */
    CARA_REVISI,  /* a revised against b original: Tetap / Revisi */
    CARA_POIN,    /* a - b in points, rounded to the figures' decimals */
    CARA_ISIAN    /* no check: an input figure a that a later row sums */
} periksa_cara;

typedef enum periksa_temuan {
    TEMUAN_KOSONG, /* a figure is missing: nothing to conclude yet */
    TEMUAN_COCOK,
    TEMUAN_TIDAK_COCOK,
    TEMUAN_SESUAI,
    TEMUAN_MELEBIHI_PAGU,
    TEMUAN_BELUM_ADA_REALISASI,
    TEMUAN_TETAP,
    TEMUAN_REVISI
} periksa_temuan;

/* Where a figure stands. */
typedef enum periksa_sumber {
    SUMBER_TETAP,    /* the plan's value (another workbook, a report) */
    SUMBER_ANGGARAN, /* a cell of the Realisasi Anggaran sheet */
    SUMBER_RINCIAN,  /* b only: the sum of the CARA_ISIAN rows above */
    SUMBER_ISIAN,    /* a of a CARA_ISIAN row: a cell staff fill in */
    SUMBER_KINERJA   /* an indicator's realisasi on the Pengukuran Kinerja
                        sheet of the same workbook */
} periksa_sumber;

/* The columns of the Realisasi Anggaran sheet a check reads. */
typedef enum anggaran_kolom {
    KOLOM_PAGU,
    KOLOM_REALISASI,
    KOLOM_PAGU_LAPOR,
    KOLOM_REALISASI_LAPOR
} anggaran_kolom;

typedef struct periksa_nilai {
    periksa_sumber sumber;
    size_t simpul;        /* SUMBER_ANGGARAN: the row, TIDAK_ADA = total */
    anggaran_kolom kolom; /* SUMBER_ANGGARAN */
    size_t indikator;     /* SUMBER_KINERJA: the indicator (by index) */
    size_t rincian_dari;  /* SUMBER_RINCIAN: first row (index in list) */
    size_t rincian_jumlah;
    bool ada;     /* the figure exists now */
    double nilai; /* rupiah are whole and exact in a double */
    int desimal;  /* decimals shown (points) */
    char label[64];
} periksa_nilai;

typedef struct periksa_baris {
    periksa_bagian bagian;
    periksa_cara cara;
    const char *kode;   /* the plan's (or ""); valid while the plan is */
    const char *uraian; /* the plan's, or pemeriksaan.instansi */
    bool poin;          /* a figure in points or units, not rupiah */
    periksa_nilai a, b;
    bool ada_selisih;
    double selisih; /* a - b (rupiah exact; points rounded) */
    periksa_temuan temuan;
} periksa_baris;

/* Above this many budget rows (a whole province has a few thousand sub
 * kegiatan), the per-row checks (A and B) are left to the Realisasi
 * Anggaran sheet's own marks: listing them would double the workbook and
 * could pass the sheet's row limit. */
#define PERIKSA_BARIS_MAKS 50000

typedef struct pemeriksaan {
    periksa_baris *baris;
    size_t jumlah;
    size_t temuan;  /* rows that are Tidak cocok or Melebihi pagu */
    char *instansi; /* "Dinas ... Kabupaten ...", the organisation rows' */
    bool dipangkas; /* A and B left out (more than PERIKSA_BARIS_MAKS) */
    bool satu_buku; /* for the one workbook of a year (no copies) */
    size_t jumlah_simpul; /* the plan's budget rows, for the note */
} pemeriksaan;

/*
 * Lists every check of r, in sheet order (by bagian).  False only when
 * memory runs out (*p is then empty).  The rows point to r's strings: r
 * must outlive *p.
 */
bool pemeriksaan_susun(const rencana *r, pemeriksaan *p);

/* The same for the one workbook of a year when satu_buku (see above: no
 * copies to compare, this year's realisasi read live), else as
 * pemeriksaan_susun. */
bool pemeriksaan_susun_buku(const rencana *r, bool satu_buku, pemeriksaan *p);

void pemeriksaan_bebas(pemeriksaan *p);

/* The word staff read for a finding ("Cocok", "Melebihi pagu", ...); ""
 * for TEMUAN_KOSONG. */
const char *periksa_temuan_teks(periksa_temuan t);

/* Whether a finding is a mismatch finance must resolve (Tidak cocok,
 * Melebihi pagu); revisions and missing realisasi are not. */
bool periksa_temuan_salah(periksa_temuan t);

/* The heading of a section ("A. Angka yang dilaporkan ..."); satu_buku:
 * as the one workbook has it. */
const char *periksa_bagian_judul(periksa_bagian b, bool satu_buku);

#endif
