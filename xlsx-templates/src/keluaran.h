/*
 * keluaran.h - writing output files so that a failure never leaves one
 * behind and an existing file is never silently replaced.
 *
 * Each file is first written to a temporary file in the same folder
 * (`.rkt-2024.xlsx.XXXXXX`, so that the final step is a rename within one
 * file system, which is atomic).  Only when every file of the run is
 * complete are they put in place, all together; if one cannot be, those
 * already placed by this run are removed again.  Without `timpa`, a
 * target that exists is refused before anything is written, and placing
 * uses link(2), which fails rather than replace a file that appeared
 * meanwhile (falling back to a checked rename on file systems without
 * hard links, such as FAT on a USB stick).  A file that replaced an older
 * one (timpa) is not removed when a later one fails: the older content is
 * gone by then, and an older report is better than none.
 */
#ifndef KINERJA_KELUARAN_H
#define KINERJA_KELUARAN_H

#include <stdbool.h>
#include <stddef.h>

#include "galat.h"

typedef struct keluaran {
    char *akhir;     /* the final path */
    char *sementara; /* the temporary file, NULL once placed or removed */
    bool dipasang;   /* placed by this run */
    bool menimpa;    /* it replaced a file that existed (timpa) */
} keluaran;

typedef enum keluaran_hasil {
    KELUARAN_OK,
    KELUARAN_SUDAH_ADA, /* the target exists and timpa is false */
    KELUARAN_GAGAL      /* an I/O error (message in g) */
} keluaran_hasil;

/*
 * Creates `folder` (and its parents) if missing; *dibuat tells whether
 * this run created the folder itself (so that a failed run can remove it).
 */
bool keluaran_folder(const char *folder, bool *dibuat, galat_daftar *g);

/* Reserves folder/nama: checks the target and creates the empty
 * temporary file to write to. */
keluaran_hasil keluaran_siapkan(keluaran *k, const char *folder,
                                const char *nama, bool timpa, galat_daftar *g);

/* Puts every reserved file in place, or none (see above). */
keluaran_hasil keluaran_pasang(keluaran *k, size_t n, bool timpa,
                               galat_daftar *g);

/* Removes the temporary file (if any) and frees k. */
void keluaran_buang(keluaran *k);

/*
 * Makes SIGINT (Ctrl-C), SIGTERM and SIGHUP remove this process's reserved
 * temporary files before it ends as the signal would end it, so that an
 * interrupted run leaves no hidden `.NAME.xlsx.XXXXXX` behind (SIGKILL
 * cannot be caught: its leftovers stay hidden).  Called once by main.
 */
void keluaran_tangkap_sinyal(void);

#endif
