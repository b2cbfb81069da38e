/*
 * platform_proses.h - process-level services the generator needs, for
 * Linux (POSIX) and Windows:
 *
 *  - cleaning up when the user stops a run (Ctrl-C, SIGTERM, SIGHUP; on
 *    Windows Ctrl-C, Ctrl-Break and closing the console window), and
 *    holding that cleanup off while a set of files is being renamed;
 *  - running independent jobs (the plans of --massal), several at a time.
 *
 * The POSIX implementation is platform_proses_posix.c, the Windows one
 * platform_proses_win32.c; the build compiles one of them.
 */
#ifndef KINERJA_PLATFORM_PROSES_H
#define KINERJA_PLATFORM_PROSES_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Makes a stop request run `bersihkan` before the process ends as the
 * request would end it.  On POSIX `bersihkan` runs in a signal handler: it
 * may call only async-signal-safe functions (platform_hapus_berkas is one
 * there).  On Windows it runs in the console's control thread.  A signal
 * the process was started with ignored (nohup) stays ignored.  Called once.
 */
void platform_tangkap_henti(void (*bersihkan)(void));

/* Holds a stop request (and its cleanup) off until platform_henti_lanjut;
 * the request then takes effect.  Not nested. */
void platform_henti_tunda(void);
void platform_henti_lanjut(void);

/* The number of online processors (at least 1). */
unsigned platform_jumlah_inti(void);

/* One job: runs job `indeks` and returns its report as malloc'd text (NULL:
 * no report), and its exit status in *status.  On POSIX it runs in a child
 * process. */
typedef char *(*platform_kerja_fn)(void *ctx, size_t indeks, int *status);

/* How a job ended, in the caller's process. */
typedef struct platform_akhir {
    char *teks;         /* its report (malloc'd, the receiver frees), or NULL */
    bool oleh_sinyal;   /* killed by a signal (POSIX only) */
    int sinyal;         /* which */
    int status;         /* its exit status otherwise */
    bool tidak_dimulai; /* it could not be started (sebab says why) */
    int sebab;          /* errno */
} platform_akhir;

/* A signal's description ("Killed"), for messages. */
const char *platform_nama_sinyal(int sinyal);

/* Called in the caller's process as each job ends, in completion order. */
typedef void (*platform_selesai_fn)(void *ctx, size_t indeks,
                                    platform_akhir *akhir);

/*
 * Runs jobs 0..n-1, up to `jobs` at a time.  POSIX: each in its own child
 * process (fork), reporting over a pipe, so that a job that crashes or runs
 * out of memory fails alone.  Windows: one after another in this process
 * (`jobs` is ignored; see the README's Windows section).
 */
void platform_jalankan_kerja(size_t n, unsigned jobs, platform_kerja_fn kerja,
                             platform_selesai_fn selesai, void *ctx);

#endif
