/*
 * rencana_kolom.h - the plan format's CSV files declared as data: each
 * file's columns, in the order the writer writes them, with the kind of
 * value each holds (which says how it is checked, read and written) and
 * where that value goes in the file's row record.
 *
 * One reader loop (rencana_baca.c) reads any declared file by these
 * tables, and one writer (rencana_tulis.c) writes a plan back by the same
 * tables, so that the two cannot drift apart: a column the reader knows is
 * a column the writer writes, in the notation the reader expects.
 *
 * A row of a file is first read into its record (isian_*), then turned
 * into the plan model (rencana.h) by the reader's step for that file; the
 * writer fills the same record from the model.  Strings in a record the
 * reader filled are owned; in one the writer filled they are borrowed.
 */
#ifndef KINERJA_RENCANA_KOLOM_H
#define KINERJA_RENCANA_KOLOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "rencana.h"

/* What a column holds: how its text is checked and read, and written. */
typedef enum kolom_jenis {
    KOLOM_TEKS,        /* char *: text, spaces around it dropped */
    KOLOM_TEKS_FORMAT, /* char *: text shown inside a number format ("86
                          (A)", "19 Inovasi"): short, no double quote */
    KOLOM_KODE,        /* kode_tautan: another row's kode */
    KOLOM_ANGKA,       /* isian_angka, not negative */
    KOLOM_RUPIAH,      /* isian_rupiah, whole rupiah, not negative */
    KOLOM_TAHUN,       /* int: four digits, 1900-9999; 0 when empty */
    KOLOM_TANGGAL,     /* isian_tanggal */
    KOLOM_NIP,         /* char *: 18 digits, spaces allowed */
    KOLOM_TINGKAT,     /* int: index into the file's tingkat names */
    KOLOM_ARAH,        /* capaian_rumus: NAIK (rumus 1) unless stated */
    KOLOM_SKALA,       /* char *: a KATEGORI preset's name, "" when empty */
    KOLOM_REKAP,       /* isian_rekap: how quarters make the year */
    KOLOM_CATATAN      /* notes for people: read past, written empty */
} kolom_jenis;

/* Where a column stands in a row of `jumlah` tingkat: a bit per tingkat. */
#define TINGKAT_SEMUA (~0u)
#define TINGKAT_BIT(t) (1u << (t))

typedef struct kolom_rencana {
    const char *nama; /* header (compared ignoring case, ' ', '_', '-', '.') */
    kolom_jenis jenis;
    bool judul_wajib; /* the header must be there (identitas: the key) */
    unsigned wajib;   /* tingkat where a value is required (0: none) */
    unsigned boleh;   /* tingkat where a value may stand */
    /* A value where it may not stand: this whole message, or NULL for
     * "<kolom> diisi pada baris <tingkat>: <the file's alasan>". */
    const char *pesan_tak_boleh;
    size_t letak; /* offset of the value in the file's record */
    /* Text the workbooks write with something in front of it in one cell
     * (a number, "Sasaran: ", "NIP ", the kode): that many characters
     * fewer than a cell holds, plus the length of column `cadangan_kolom`
     * and a space when that is not KOLOM_TANPA; `depan` names what stands
     * in front, for the message. */
    size_t cadangan;
    size_t cadangan_kolom;
    const char *depan;
    const char *arti; /* what it means, for the README's tables (Indonesian) */
} kolom_rencana;

#define KOLOM_TANPA ((size_t)-1)

/* Columns a file may declare (the reader maps them on the stack). */
#define KOLOM_MAKS 64

/* A value of the tingkat column, with what a row of it must point to. */
typedef struct tingkat_rencana {
    const char *nama;      /* as written: "sub kegiatan" */
    const char *nama_lain; /* another accepted spelling, or NULL */
    /* When its induk is required and empty: what to write there. */
    const char *petunjuk_induk;
} tingkat_rencana;

typedef struct berkas_rencana {
    const char *nama; /* "kinerja.csv" */
    const kolom_rencana *kolom;
    size_t jumlah_kolom;
    /* identitas.csv lists key;value rows: each "column" above is a key,
     * the file's own columns are kunci, nilai and catatan. */
    bool kunci_nilai;
    const tingkat_rencana *tingkat; /* NULL: no tingkat column */
    size_t jumlah_tingkat;
    const char *alasan_tak_boleh; /* see pesan_tak_boleh */
} berkas_rencana;

/* Another row's kode, with where it was written, for messages. */
typedef struct kode_tautan {
    char *kode; /* "" when not given */
    size_t baris, kolom;
} kode_tautan;

typedef struct isian_tanggal {
    bool ada;
    tanggal nilai;
} isian_tanggal;

typedef struct isian_rekap {
    bool ada;
    triwulan_jenis jenis;
} isian_rekap;

/* ---- the row records ---------------------------------------------------- */

/* identitas.csv: the model's identitas, and what the reader turns into it
 * (dates, the original PK's signatories, which default to the current). */
typedef struct isian_identitas {
    identitas id;
    isian_tanggal tanggal_pk, tanggal_pk_perubahan;
    penandatangan kepala_murni, atasan_murni; /* as written, may be empty */
} isian_identitas;

enum { KN_TUJUAN, KN_SASARAN, KN_LAINNYA, KN_INDIKATOR };

/* kinerja.csv: an indicator, or a kelompok (its kode and uraian only). */
typedef struct isian_kinerja {
    int tingkat; /* KN_* */
    kode_tautan induk;
    isian_rekap rekap;
    indikator d;
} isian_kinerja;

/* anggaran.csv: tingkat 0, 1, 2 are program, kegiatan, sub kegiatan. */
typedef struct isian_anggaran {
    int tingkat;
    kode_tautan induk, sasaran;
    simpul s;
} isian_anggaran;

typedef struct isian_renstra {
    kode_tautan indikator;
    renstra_isian e;
} isian_renstra;

typedef struct isian_pembanding {
    kode_tautan indikator;
    pembanding_isian e;
} isian_pembanding;

/* The five files, in the order they are read. */
enum {
    BERKAS_IDENTITAS,
    BERKAS_KINERJA,
    BERKAS_ANGGARAN,
    BERKAS_RENSTRA,
    BERKAS_PEMBANDING,
    JUMLAH_BERKAS_RENCANA
};

/* The first three must be there; renstra.csv and pembanding.csv may not. */
#define BERKAS_RENCANA_WAJIB 3

extern const berkas_rencana berkas_rencana_semua[JUMLAH_BERKAS_RENCANA];

/* The column of file `b` named `nama` (exactly as declared), or NULL. */
const kolom_rencana *berkas_rencana_kolom(const berkas_rencana *b,
                                          const char *nama);

/*
 * Reads every row of t, a file declared by d (a file outside the plan, such
 * as the region's pemda.csv), through the one reader loop: each row's
 * values are checked and read by their declared kinds into a zeroed record
 * of `ukuran` bytes, then handed to terima with the row's line, the
 * 1-based column of each declared column (0: absent) and whether every
 * value read cleanly.  The record's strings are terima's to keep or free.
 * False when any problem was found (each in g as `file:line:column:
 * message`).
 */
typedef void (*berkas_terima)(void *ctx, const csv_tabel *t, size_t baris,
                              const size_t *kolom, void *rekaman, bool ok);
bool berkas_rencana_baca(const csv_tabel *t, const berkas_rencana *d,
                         size_t ukuran, berkas_terima terima, void *ctx,
                         galat_rencana *g);

/* The Markdown table of file b's columns (or keys): name, required where,
 * what it holds (the kind its validator checks), what it means; adjacent
 * columns that differ only by name share a row. */
void rencana_kolom_tulis_md(FILE *f, const berkas_rencana *b);

#endif
