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
 * uses a hard link (link(2); CreateHardLinkW on Windows), which fails
 * rather than replace a file that appeared
 * meanwhile (falling back to a checked rename on file systems without
 * hard links, such as FAT on a USB stick).  With `timpa`, all or nothing
 * holds too: each file being replaced keeps a second name (a hard link,
 * `.NAME.xlsx.XXXXXX.lama`, or the file itself moved there where links
 * are not possible) until every new file is in place; if one cannot be
 * placed, every replaced file gets its old content back, byte for byte, and
 * the backups go once the run is decided either way.  Ctrl-C, SIGTERM and
 * SIGHUP (on Windows: Ctrl-C, Ctrl-Break, closing the console window) wait
 * while the names are being changed, so the set is never left half
 * replaced by them either.  The system calls are platform_berkas.h's and
 * platform_proses.h's.
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
    char *cadangan;  /* the replaced file's second name while placing */
} keluaran;

typedef enum keluaran_hasil {
    KELUARAN_OK,
    KELUARAN_SUDAH_ADA, /* the target exists and timpa is false */
    KELUARAN_GAGAL      /* an I/O error (message in g) */
} keluaran_hasil;

/*
 * Creates `folder` (and its parents) if missing.  *dibuat is the topmost
 * folder this call created (malloc'd), or NULL if `folder` was there
 * already, so that a failed run can remove everything it made with
 * keluaran_folder_hapus.  On failure nothing it created is left.
 */
bool keluaran_folder(const char *folder, char **dibuat, galat_rencana *g);

/* Removes `folder` and its parents up to and including `dibuat` (from
 * keluaran_folder), each only if empty, then frees `dibuat`.  NULL: nothing
 * to remove. */
void keluaran_folder_hapus(const char *folder, char *dibuat);

/* Frees `dibuat` from keluaran_folder, keeping the folders. */
void keluaran_folder_simpan(char *dibuat);

/* Reserves folder/nama: checks the target and creates the empty
 * temporary file to write to. */
keluaran_hasil keluaran_siapkan(keluaran *k, const char *folder,
                                const char *nama, bool timpa, galat_rencana *g);

/* Puts every reserved file in place, or none (see above). */
keluaran_hasil keluaran_pasang(keluaran *k, size_t n, bool timpa,
                               galat_rencana *g);

/* Says in g that the file `nama` could not be written, `apa` (the
 * writer's own words) for the system error `sebab` (errno, 0 if none); a
 * full disk as what staff can act on. */
void keluaran_galat_tulis(galat_rencana *g, const char *nama, const char *apa,
                          int sebab);

/* Removes the temporary file (if any) and frees k. */
void keluaran_buang(keluaran *k);

/*
 * Makes SIGINT (Ctrl-C), SIGTERM and SIGHUP (on Windows the console's
 * Ctrl-C, Ctrl-Break and close events) remove this process's reserved
 * temporary files before it ends as the signal would end it, so that an
 * interrupted run leaves no hidden `.NAME.xlsx.XXXXXX` behind (SIGKILL
 * cannot be caught: its leftovers stay hidden; on Windows a file being
 * written at that moment is still open and stays too).  Called once by
 * main.
 */
void keluaran_tangkap_sinyal(void);

#endif
