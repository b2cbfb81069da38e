/*
 * konsolidasi.h - one region's year over all its offices (perangkat
 * daerah): the model of the regional workbook `konsolidasi-TAHUN.xlsx`.
 *
 * The region's office that writes the Pemda's own LKjIP (Bappeda or
 * Bagian Organisasi) collects every office's figures.  A kumpulan folder
 * holds one subfolder per office, as --massal reads it: the office's plan
 * (its CSV files) and the workbooks its staff filled (any .xlsx or .ods in
 * that subfolder, read by buku_baca_isian through the sheet layouts, never
 * by file name).  An office with no workbook yet has reported nothing: its
 * plan's realisasi are ignored.  Beside the subfolders, `pemda.csv` (optional)
 * holds the Pemda's own indicators and which office indicators each one
 * is rolled up from (pemda_kolom.c declares it as data, read by the plan
 * format's one reader loop).
 *
 * A roll-up follows the indicator's kind (docs/aturan.md): JUMLAH sums the
 * offices that reported (flows: documents, people served), RATA averages
 * them (rates of comparable offices), AKHIR takes the last one that
 * reported in the mapping's order (a level measured by one office, with
 * fall-backs listed before it).  An office that has not reported is
 * skipped, never read as 0; no office reported: no value.
 *
 * Rupiah totals over the offices are exact integers (the core's
 * rupiah_jumlah): a total past 2^53, where a cell could no longer hold it
 * exactly, is an error rather than a rounded figure.
 */
#ifndef KINERJA_KONSOLIDASI_H
#define KINERJA_KONSOLIDASI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/kinerja_status.h"
#include "galat.h"
#include "generator.h"
#include "pemeriksaan.h"
#include "rencana.h"
#include "rencana_kolom.h"

/* How a Pemda indicator follows from its office indicators. */
typedef enum gabung_cara {
    GABUNG_JUMLAH, /* the sum of those reported */
    GABUNG_RATA,   /* their mean */
    GABUNG_AKHIR   /* the last one reported, in the mapping's order */
} gabung_cara;

/* "JUMLAH", "RATA" or "AKHIR" (case-insensitive); false if unknown. */
bool gabung_cara_dari_nama(const char *nama, gabung_cara *cara);

/* The name of a cara, "JUMLAH", "RATA" or "AKHIR". */
const char *gabung_cara_nama(gabung_cara cara);

/*
 * The roll-up of n values (ada[i]: value i was reported).  None reported
 * (or n == 0): KINERJA_KOSONG.  A reported value that is not finite:
 * KINERJA_GALAT_ARGUMEN.  The sum and the mean add in order, as a
 * spreadsheet's SUM does; *hasil is written only on KINERJA_OK.
 */
kinerja_status konsolidasi_gabung(gabung_cara cara, const double *nilai,
                                  const bool *ada, size_t n, double *hasil);

/* One office of the region. */
typedef struct opd {
    char *nama;    /* the subfolder's name: how pemda.csv names the office */
    char *folder;  /* its path */
    rencana r;     /* its plan, with what its workbooks hold */
    bool melapor;  /* a filled workbook was read */
    size_t lembar; /* input sheets read from its workbooks */
    pemeriksaan periksa; /* its cross-checks, as its Pemeriksaan sheet */
} opd;

/* One office indicator a Pemda indicator is rolled up from. */
typedef struct pemda_sumber {
    size_t opd;       /* index into konsolidasi.opd */
    size_t indikator; /* index into that office's rencana.indikator */
    size_t baris;     /* line in pemda.csv */
} pemda_sumber;

/* One of the Pemda's own indicators (its RPJMD's). */
typedef struct pemda_indikator {
    char *kode, *uraian, *satuan;
    isian_angka target;
    capaian_rumus arah;
    gabung_cara cara;
    pemda_sumber *sumber; /* in pemda.csv's order */
    size_t jumlah_sumber;
    size_t baris;
} pemda_indikator;

typedef struct konsolidasi {
    opd *opd; /* by name */
    size_t jumlah_opd;
    size_t melapor;         /* offices that reported */
    int tahun;              /* every office's plan has this year */
    const char *kabupaten;  /* the first office's (borrowed) */
    pemda_indikator *pemda; /* NULL without pemda.csv */
    size_t jumlah_pemda;
    /* over every office, exact */
    int64_t jumlah_pagu;
    bool ada_realisasi;
    int64_t jumlah_realisasi;
} konsolidasi;

/*
 * Reads the kumpulan `folder`: every office's plan and workbooks, then
 * pemda.csv if present; computes the totals.  On failure every problem
 * found is in g (`file:line:column: message` for a CSV file, "file:
 * lembar 'X', sel F12: ..." for a workbook), *k is left empty and false is
 * returned.
 */
bool konsolidasi_baca(const char *folder, konsolidasi *k, galat_rencana *g);

/* The totals over the offices (jumlah_pagu, jumlah_realisasi): exact, an
 * overflow past 2^53 reported in g.  konsolidasi_baca calls it. */
bool konsolidasi_hitung(konsolidasi *k, galat_rencana *g);

/* Reads `jalur` (pemda.csv) into k->pemda, resolving each mapping row's
 * office and indicator against k->opd. */
bool pemda_baca(konsolidasi *k, const char *jalur, galat_rencana *g);

/* pemda.csv's columns, as data (pemda_kolom.c). */
extern const berkas_rencana berkas_pemda;

void konsolidasi_bebas(konsolidasi *k);

/* The regional workbook's file name, "konsolidasi-2024.xlsx". */
void konsolidasi_nama_berkas(int tahun, char *buf, size_t n);

/*
 * Writes k's regional workbook into o->folder (o->tulis: formula form,
 * paper, protection; o->timpa), all or nothing, like every other output.
 * *ditulis (may be NULL) receives its path (free it).
 */
generator_hasil konsolidasi_tulis(const konsolidasi *k, const generator_opsi *o,
                                  char **ditulis, galat_rencana *g);

#endif
