/*
 * massal.h - batch mode: every plan in a folder of plans (one subfolder
 * per organisation), each written into its own output subfolder.
 *
 * Each plan runs in its own child process (fork), up to `jobs` at a time:
 * plans are independent, a process per plan uses every core without
 * sharing any library state between workbooks, and a plan that crashes
 * the generator (or runs out of memory) fails alone instead of taking the
 * others down.  A child reports back over a pipe: its exit status, the
 * files it wrote and its messages (`file:line:column: message`).  One bad
 * plan never stops the others.  Windows has no fork: there the plans run
 * one after another in this process, with the same reports
 * (platform_proses.h).
 *
 * Nothing here prints: progress reaches the caller through a callback,
 * results through massal_laporan.
 */
#ifndef KINERJA_MASSAL_H
#define KINERJA_MASSAL_H

#include <stdbool.h>
#include <stddef.h>

#include "galat.h"
#include "generator.h"

typedef struct massal_opsi {
    const char *folder_rencana; /* the folder of plan subfolders */
    generator_opsi generator;   /* .folder: the output root */
    bool tanpa_realisasi;       /* --tanpa-realisasi for every plan */
    bool periksa;               /* only check the plans, write nothing */
    unsigned jobs;              /* processes at a time (>= 1) */
} massal_opsi;

/* The outcome of one plan. */
typedef struct massal_satu {
    char *nama;            /* the subfolder's name */
    char *folder_keluar;   /* output_root/nama */
    generator_hasil hasil; /* as the single-plan command would exit */
    char **berkas;         /* paths written */
    size_t jumlah_berkas;
    galat_rencana galat; /* its messages */
    bool selesai;        /* it has run */
} massal_satu;

typedef struct massal_laporan {
    massal_satu *rencana; /* in name order */
    size_t jumlah;
    size_t berhasil, gagal;
} massal_laporan;

/* Called in the parent each time a plan has finished (in completion
 * order): how many are done of how many, and that plan's outcome. */
typedef void (*massal_kemajuan)(void *ctx, size_t selesai, size_t jumlah,
                                const massal_satu *satu);

/*
 * The plan subfolders of `folder`, sorted by name: every subdirectory not
 * starting with '.'.  *nama receives the names (free each, then the
 * array).  False (and a message in g) if the folder cannot be read.
 */
bool massal_daftar(const char *folder, char ***nama, size_t *jumlah,
                   galat_rencana *g);

/*
 * massal_daftar, and an array of *jumlah zeroed items of `ukuran` bytes
 * for them (calloc'd: free it).  NULL with a message in g when the folder
 * cannot be read or holds no subfolder (the message `kosong`; *jumlah 0
 * either way), or when memory ran out for the array (*jumlah kept, the
 * names freed).
 */
void *massal_daftar_siapkan(const char *folder, const char *kosong,
                            size_t ukuran, char ***nama, size_t *jumlah,
                            galat_rencana *g);

/* Whether `folder` has no identitas.csv of its own but plan subfolders
 * that do: the user probably meant --massal. */
bool massal_tampak_kumpulan(const char *folder);

/*
 * Runs every plan of o->folder_rencana.  HASIL_OK when all succeeded,
 * HASIL_SEBAGIAN_GAGAL when one or more failed (lap says which and why),
 * HASIL_PEMAKAIAN when the folder holds no plan or cannot be read (g).
 * lap is filled in either way; free it with massal_laporan_bebas.
 */
generator_hasil massal_jalankan(const massal_opsi *o, massal_laporan *lap,
                                massal_kemajuan kemajuan, void *ctx,
                                galat_rencana *g);

void massal_laporan_bebas(massal_laporan *lap);

/* The number of online processors (at least 1): the default of -j. */
unsigned massal_jumlah_inti(void);

/*
 * The child's report as text, and back: one line per item, "H <status>",
 * "B <path>" per file written, "G <message>" per message (newlines in a
 * message become spaces).  Exposed for the tests.
 */
char *massal_laporan_teks(generator_hasil hasil, char *const *berkas,
                          size_t jumlah_berkas, const galat_rencana *g);
bool massal_laporan_baca(const char *teks, massal_satu *satu);

#endif
