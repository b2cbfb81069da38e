/*
 * generator.h - one run of kinerja-template: the plan in, the workbooks
 * out, all or none of them.
 */
#ifndef KINERJA_GENERATOR_H
#define KINERJA_GENERATOR_H

#include <stdbool.h>
#include <stddef.h>

#include <xlsxwriter.h>

#include "galat.h"
#include "keluaran.h"
#include "lembar.h"
#include "rencana.h"

/*
 * The workbooks, as a set of bits.  BUKU_SATU, the default, is one
 * workbook per organisation and year holding every sheet, each figure
 * typed once (kinerja-TAHUN.xlsx); the others are the documents written
 * alone, each keeping its own input cells (the PK alone, for signing).
 * BUKU_SEMUA is every document, each as its own file.
 */
typedef enum buku {
    BUKU_RKT = 1u << 0,
    BUKU_PK = 1u << 1,
    BUKU_PENGUKURAN = 1u << 2,
    BUKU_REALISASI = 1u << 3,
    BUKU_RINGKASAN = 1u << 4,
    BUKU_SEMUA = (1u << 5) - 1,
    BUKU_SATU = 1u << 5
} buku;

/* Exit statuses of the command (README, "Kode keluar"). */
typedef enum generator_hasil {
    HASIL_OK = 0,
    HASIL_RENCANA_SALAH = 1, /* the plan has errors; nothing written */
    HASIL_PEMAKAIAN = 2,     /* bad command line */
    HASIL_SUDAH_ADA = 3,     /* an output exists and --timpa was not given */
    HASIL_GAGAL_TULIS = 4,   /* I/O failure; nothing left behind */
    HASIL_SEBAGIAN_GAGAL = 5 /* --massal: one or more plans failed */
} generator_hasil;

typedef struct generator_opsi {
    const char *folder; /* output folder */
    unsigned buku;      /* which workbooks (BUKU_*) */
    tulis_opsi tulis;
    bool timpa; /* replace existing files */
} generator_opsi;

/* The file name of a workbook for the plan's year, "kinerja-2024.xlsx",
 * "rkt-2024.xlsx". */
void generator_nama_berkas(buku b, int tahun, char *buf, size_t n);

/* The set named by a comma-separated list ("rkt,pk", "satu", "semua");
 * 0 if a name is unknown. */
unsigned generator_buku_dari_nama(const char *daftar);

/*
 * Writes the chosen workbooks of r into o->folder.  On HASIL_OK, *ditulis
 * (if not NULL) receives the written paths (free each, then the array) and
 * *jumlah their count; otherwise nothing is left in the folder and g says
 * why.
 */
generator_hasil generator_tulis(const rencana *r, const generator_opsi *o,
                                char ***ditulis, size_t *jumlah,
                                galat_rencana *g);

/* Copies the built-in example's CSV files into `folder` (never replacing
 * a file unless timpa), so staff can start their own plan from it. */
generator_hasil generator_salin_contoh(const char *folder, bool timpa,
                                       galat_rencana *g);

/*
 * A new workbook in k's temporary file (libxlsxwriter's own temporary
 * files in `folder`), its properties saying what it is (`judul`), whose
 * (`perusahaan`, may be NULL) and what wrote it.  NULL (and a message in
 * g) if it cannot be made.
 */
lxw_workbook *generator_buku_baru(const keluaran *k, const char *folder,
                                  const char *judul, const char *perusahaan,
                                  galat_rencana *g);

/* Closes wb after its writers returned e: true when both the writing and
 * the closing succeeded; otherwise the cause as staff can act on it (a
 * full disk, a sheet too large) in g, naming k's final path. */
bool generator_buku_tutup(lxw_workbook *wb, lxw_error e, const keluaran *k,
                          galat_rencana *g);

/*
 * The end every writer of a set shares.  generator_pasang puts the files
 * reserved in k[0..n) in place, all or nothing, if every one was written
 * (hasil == HASIL_OK), and says how that went.  generator_selesai then
 * removes what is left of the temporaries and keeps the folders this run
 * made (success) or removes them if empty (failure).
 */
generator_hasil generator_pasang(keluaran *k, size_t n, generator_hasil hasil,
                                 bool timpa, galat_rencana *g);
void generator_selesai(keluaran *k, size_t n, generator_hasil hasil,
                       const char *folder, char *folder_baru);

#endif
