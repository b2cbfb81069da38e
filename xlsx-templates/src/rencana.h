/*
 * rencana.h - the plan of one organisation for one budget year: the
 * in-memory model every workbook writer reads.
 *
 *   kinerja (performance)           anggaran (budget)
 *   Tujuan                          Program        (kode 2.16.01)
 *     Sasaran  <------ sasaran ----   Kegiatan     (kode 2.16.01.2.01)
 *   Kinerja lainnya                     Sub Kegiatan (kode 2.16.01.2.01.0001)
 *   Indikator: under any of the above (tujuan, sasaran, lainnya, program,
 *              kegiatan or sub kegiatan), with target and realisasi
 *
 * Rows are linked by kode, never by name: the seed names one program two
 * ways ("PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK" in Tabel 3.5, "Program
 * Pengelolaan Informasi dan Komunikasi Publik" in its PK).  A kode is
 * unique across the whole plan.
 *
 * Budget amounts are exact integer rupiah.  A node's totals are computed
 * from the sub kegiatan up (rencana_hitung, with the core's exact sums);
 * an amount typed on a row that has children is kept as what the plan
 * *reported* for it (dilaporkan), because the seed's own kegiatan and
 * program totals do not always equal the sums of their parts and the
 * cross-check must be able to show both.
 *
 * The model is built by rencana_baca.c and is read-only afterwards.
 */
#ifndef KINERJA_RENCANA_H
#define KINERJA_RENCANA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/capaian.h"
#include "core/triwulan.h"
#include "csv_baca.h"
#include "galat.h"
#include "tanggal.h"

#define TIDAK_ADA ((size_t)-1)

/* A number as typed: present or not, and with how many decimals. */
typedef struct isian_angka {
    bool ada;
    double nilai;
    int desimal;
} isian_angka;

/* An amount of whole rupiah, present or not. */
typedef struct isian_rupiah {
    bool ada;
    int64_t nilai;
} isian_rupiah;

typedef enum kelompok_jenis {
    KELOMPOK_TUJUAN,
    KELOMPOK_SASARAN, /* sasaran strategis: PK table 1, Ringkasan */
    KELOMPOK_LAINNYA  /* "kinerja lainnya" of the PK (not in the Renstra) */
} kelompok_jenis;

typedef struct kelompok {
    kelompok_jenis jenis;
    char *kode;
    char *uraian;
    size_t induk; /* a sasaran's tujuan (index into kelompok) or TIDAK_ADA */
    size_t baris; /* line in kinerja.csv */
} kelompok;

typedef enum induk_jenis {
    INDUK_KELOMPOK, /* index into rencana.kelompok */
    INDUK_SIMPUL    /* index into rencana.simpul */
} induk_jenis;

typedef struct indikator {
    char *kode;
    char *uraian;
    char *formulasi;          /* how it is computed (Lampiran 4), may be "" */
    char *satuan;             /* shown after the number: "%", "Inovasi"; "" */
    char *predikat;           /* shown after the target: "A" -> 86 (A); "" */
    char *predikat_realisasi; /* shown after the realisasi; "" */
    char *skala;              /* KATEGORI scale of the realisasi, "" if none */
    isian_angka target;       /* required */
    isian_angka target_murni; /* the original PK's target, if it differed */
    isian_angka realisasi;    /* not yet reported: ada == false; computed
                                 from the quarters when triwulan is set */
    capaian_rumus arah;       /* NAIK (rumus 1) unless stated */
    /* Quarterly monitoring (triwulan I-IV): set when the plan names how
     * the year follows from the quarters (rekap JUMLAH or AKHIR, core
     * triwulan.h); the quarters themselves may still be empty. */
    bool triwulan;
    triwulan_jenis rekap;
    isian_angka tw[4];
    /* Quarterly targets (target_tw1..4), may be empty: capaian per quarter
     * and a check that they roll up to the year's target. */
    isian_angka target_tw[4];
    induk_jenis jenis_induk;
    size_t induk;
    size_t baris;
} indikator;

typedef enum simpul_tingkat {
    TINGKAT_PROGRAM = 1,
    TINGKAT_KEGIATAN = 2,
    TINGKAT_SUB_KEGIATAN = 3
} simpul_tingkat;

typedef struct simpul {
    simpul_tingkat tingkat;
    char *kode;
    char *uraian;
    size_t induk;   /* TIDAK_ADA for a program */
    size_t sasaran; /* programs: the kelompok it serves, or TIDAK_ADA */
    /* As typed on this row.  On a row with children these are what the
     * plan reported for it (dilaporkan); the totals below are computed. */
    isian_rupiah pagu_murni, pagu, realisasi;
    /* programs: the number the signed Perjanjian Kinerja gives it, when
     * that differs from the file's order (the seed's PK puts Persandian
     * before Statistik, its Tabel 3.5 after); a whole number >= 1 */
    isian_angka urutan_pk;
    size_t *anak; /* children, in file order */
    size_t jumlah_anak;
    size_t baris;
    /* Computed by rencana_hitung, exact. */
    int64_t jumlah_pagu;      /* leaf: its pagu; parent: sum of children */
    bool ada_murni;           /* some murni figure exists at or below */
    int64_t jumlah_murni;     /* children's murni sum, or this row's own */
    bool ada_realisasi;       /* some leaf below has realisasi entered */
    int64_t jumlah_realisasi; /* sum over the leaves with realisasi */
    size_t daun_terisi;       /* leaves below with realisasi entered */
    size_t jumlah_daun;       /* leaves below (1 for a leaf) */
} simpul;

typedef struct renstra_isian {
    size_t indikator; /* index into rencana.indikator */
    int tahun;
    isian_angka target, realisasi;
    /* The realisasi as a report printed it where that differs from the
     * one used (the seed's Tabel 3.2 prints 96,23 for 96,25): checked on
     * the Pemeriksaan sheet. */
    isian_angka realisasi_dilaporkan;
    char *predikat, *predikat_realisasi;
    /* An indicator the Renstra used in earlier years only, not in
     * kinerja.csv (Tabel 3.2 still lists its years): its name, its sasaran
     * strategis and its unit as this row writes them ("" otherwise), and
     * its index into rencana.indikator_lama (else TIDAK_ADA; indikator is
     * then TIDAK_ADA). */
    char *uraian, *sasaran, *satuan;
    size_t lama;
    size_t baris;
} renstra_isian;

/* An indicator of earlier Renstra years only, named in renstra.csv: the
 * Perbandingan sheet shows its years before the plan's own indicators.
 * Its texts are those of its first row (rencana.renstra[renstra]). */
typedef struct indikator_lama {
    char *kode;
    size_t renstra;
} indikator_lama;

/* Tabel 3.4: another region's (or the ministry's) realisasi of one of the
 * plan's indicators in the plan's year, from pembanding.csv. */
typedef struct pembanding_isian {
    size_t indikator; /* index into rencana.indikator */
    char *pemda;      /* "Kabupaten Jombang", "Kementerian Kominfo" */
    isian_angka realisasi;
    char *keterangan; /* may be "" */
    /* The row names the plan's own kabupaten: it carries only the
     * Keterangan of the own row (the seed's Tabel 3.4 explains its own
     * 4,16), whose realisasi is the plan's. */
    bool sendiri;
    size_t baris;
} pembanding_isian;

/* A signatory.  Names, titles and the 18-digit NIP are text. */
typedef struct penandatangan {
    char *nama;
    char *jabatan; /* e.g. "Plt. Kepala Dinas ..." */
    char *pangkat; /* "" where the signatory has none (a Bupati) */
    char *nip;     /* "" where the signatory has none */
} penandatangan;

typedef struct identitas {
    char *instansi;  /* "Dinas Komunikasi dan Informatika" */
    char *singkatan; /* "Diskominfo", may be "" */
    char *kabupaten; /* "Kabupaten Mojokerto" */
    char *tempat;    /* place of signing, "Mojokerto" */
    int tahun;
    bool ada_tanggal_pk, ada_tanggal_pk_perubahan;
    tanggal tanggal_pk, tanggal_pk_perubahan;
    penandatangan kepala;       /* pihak pertama (PK perubahan, current) */
    penandatangan atasan;       /* pihak kedua: Bupati / Wali Kota */
    penandatangan kepala_murni; /* the original PK's, defaults to kepala */
    penandatangan atasan_murni;
    char *keterangan_pk;           /* "APBD 2024" */
    char *keterangan_pk_perubahan; /* "P APBD 2024" */
    /* The organisation's totals as the report printed them. */
    isian_rupiah pagu_dilaporkan, realisasi_dilaporkan;
    /* ... and as its executive summary (Ikhtisar Eksekutif) printed them. */
    isian_rupiah pagu_ikhtisar, realisasi_ikhtisar;
    /* The totals by kind of spending (belanja operasi, belanja modal),
     * which must add up to the organisation's total. */
    isian_rupiah pagu_operasi, pagu_modal, realisasi_operasi, realisasi_modal;
} identitas;

/* Years a plan's Renstra may span up to the plan's year: the column groups
 * of the Perbandingan sheet (tulis.h). */
#define PERBANDINGAN_TAHUN_MAKS 64

typedef struct rencana {
    identitas id;
    kelompok *kelompok;
    size_t jumlah_kelompok;
    indikator *indikator;
    size_t jumlah_indikator;
    simpul *simpul;
    size_t jumlah_simpul;
    renstra_isian *renstra;
    size_t jumlah_renstra;
    indikator_lama *indikator_lama; /* in order of first appearance */
    size_t jumlah_indikator_lama;
    pembanding_isian *pembanding;
    size_t jumlah_pembanding;
    /* Organisation totals, computed over the programs. */
    int64_t jumlah_pagu;
    bool ada_murni;
    int64_t jumlah_murni;
    bool ada_realisasi;
    int64_t jumlah_realisasi;
    /* The indicators grouped by parent, in file order (a counting sort
     * built once by rencana_bangun): those of kelompok k are
     * indikator_urut[indikator_awal[k] .. indikator_awal[k + 1]), those of
     * simpul s the same at slot jumlah_kelompok + s.  Every writer asks
     * for a row's indicators; a scan of all indicators per row made the
     * generator quadratic in the plan's size. */
    size_t *indikator_urut;
    size_t *indikator_awal;
    /* The same for the programs of each kelompok (by simpul.sasaran), the
     * Renstra rows of each indicator (ascending by year, then file order)
     * and the pembanding rows of each indicator (file order). */
    size_t *program_urut, *program_awal; /* slot jumlah_kelompok: none */
    /* sasaran by tujuan (slot jumlah_kelompok: those without a tujuan) */
    size_t *sasaran_urut, *sasaran_awal;
    size_t *renstra_urut, *renstra_awal;
    size_t *pembanding_urut, *pembanding_awal;
} rencana;

/* The plan's CSV files, already read. renstra may be NULL (optional). */
typedef struct rencana_berkas {
    const csv_tabel *identitas;
    const csv_tabel *kinerja;
    const csv_tabel *anggaran;
    const csv_tabel *renstra;
} rencana_berkas;

/* Optional files added to the format after the first four; kept apart so
 * that code filling rencana_berkas positionally stays valid. */
typedef struct rencana_tambahan {
    const csv_tabel *pembanding; /* pembanding.csv (Tabel 3.4), or NULL */
} rencana_tambahan;

/*
 * Builds the plan from its files: every field checked, every kode link
 * resolved, totals computed.  On failure every problem found is in g (as
 * `file:line:column: message`), *r is left empty and false is returned.
 */
bool rencana_bangun(const rencana_berkas *b, rencana *r, galat_rencana *g);

/* The same with the optional later files (t may be NULL). */
bool rencana_bangun_tambahan(const rencana_berkas *b, const rencana_tambahan *t,
                             rencana *r, galat_rencana *g);

/*
 * Reads and builds the plan in `folder` (identitas.csv, kinerja.csv,
 * anggaran.csv and, if present, renstra.csv and pembanding.csv).
 */
bool rencana_baca_folder(const char *folder, rencana *r, galat_rencana *g);

/* Reads and builds the built-in example (contoh/mojokerto-2024). */
bool rencana_baca_contoh(rencana *r, galat_rencana *g);

/* Computes every node's and the organisation's totals (exact; an overflow
 * past 2^53 is reported in g).  rencana_bangun calls it. */
bool rencana_hitung(rencana *r, galat_rencana *g);

void rencana_bebas(rencana *r);

/* Frees the texts one indicator owns (not the indicator itself): for an
 * indicator held outside a plan, as one read from a workbook before it
 * joins the plan. */
void rencana_indikator_bebas(indikator *d);

/*
 * Forgets every realisasi of the plan's own year (indicators, budget
 * lines, reported totals, the year's Renstra row) and recomputes the
 * totals: the blank templates handed out at the start of a year.
 */
bool rencana_tanpa_realisasi(rencana *r, galat_rencana *g);

/* The programs, in file order: *jumlah receives their count; the caller
 * frees the array.  NULL with *jumlah 0 when there are none. */
size_t *rencana_program(const rencana *r, size_t *jumlah);

/* The programs in the Perjanjian Kinerja's order: by urutan_pk, those
 * without one after them in file order; the caller frees the array. */
size_t *rencana_program_pk(const rencana *r, size_t *jumlah);

/* Whether the plan carries an original (murni) version beside the revised
 * one: a murni pagu or target anywhere, or a date for the revised PK. */
bool rencana_ada_perubahan(const rencana *r);

/* Groups the indicators by parent (indikator_urut, indikator_awal), the
 * programs by kelompok, the Renstra and pembanding rows by indicator;
 * false when memory runs out.  rencana_bangun calls it. */
bool rencana_indeks_indikator(rencana *r);

/* The indicators whose induk is (jenis, induk), in file order: a view into
 * the plan (not to be freed), valid while the plan lives.  *jumlah is 0
 * (and the result may be NULL) when there are none. */
const size_t *rencana_indikator_dari(const rencana *r, induk_jenis jenis,
                                     size_t induk, size_t *jumlah);

/* The kelompok of a kind, in file order; the caller frees the array. */
size_t *rencana_kelompok_jenis(const rencana *r, kelompok_jenis jenis,
                               size_t *jumlah);

/* The sasaran under tujuan t (TIDAK_ADA: those without a tujuan), in file
 * order; the caller frees. */
size_t *rencana_sasaran_tujuan(const rencana *r, size_t t, size_t *jumlah);

/* The programs serving kelompok k (TIDAK_ADA: those serving none), in file
 * order; the caller frees. */
size_t *rencana_program_sasaran(const rencana *r, size_t k, size_t *jumlah);

/* The plan's pagu and realisasi for kelompok k: sums over its programs. */
void rencana_anggaran_sasaran(const rencana *r, size_t k, int64_t *pagu,
                              bool *ada_realisasi, int64_t *realisasi);

/* The same summed over every kelompok of one jenis (the sasaran
 * strategis: Ringkasan's Jumlah row). */
void rencana_anggaran_jenis(const rencana *r, kelompok_jenis jenis,
                            int64_t *pagu, bool *ada_realisasi,
                            int64_t *realisasi);

/* The Renstra rows of indicator i, ascending by year; caller frees.  An
 * indicator of earlier years only is i = jumlah_indikator + its index in
 * indikator_lama. */
size_t *rencana_renstra_indikator(const rencana *r, size_t i, size_t *jumlah);

/* Renstra row i's indicator in the numbering above, or TIDAK_ADA when it
 * names none. */
size_t rencana_renstra_kunci(const rencana *r, size_t i);

/* The pembanding rows of indicator i, in file order; caller frees. */
size_t *rencana_pembanding_indikator(const rencana *r, size_t i,
                                     size_t *jumlah);

#endif
