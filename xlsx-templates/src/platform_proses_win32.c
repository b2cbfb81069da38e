/*
 * platform_proses_win32.c - platform_proses.h on Windows: a console control
 * handler instead of signals, and the jobs of --massal one after another.
 *
 * Windows has no fork.  Running each plan as a child process would mean
 * starting this program again with a hidden option and passing the options
 * over, for a speed-up that matters only for dozens of organisations at
 * once; offices that make their own templates on Windows make one or a
 * few.  So the plans run one after another in this process: the result,
 * the report and the files are the same, only -j has no effect.
 */
#include "platform_proses.h"

#include <windows.h>

static void (*bersihkan_terpasang)(void);
/* Held while a set of files is renamed; the control handler takes it
 * before cleaning up, so it waits for the set to be decided. */
static SRWLOCK kunci = SRWLOCK_INIT;

/* Runs in a thread the console starts for the event.  Returning FALSE
 * passes the event on to the default handler, which ends the process as
 * it would have without this one. */
static BOOL WINAPI tangani(DWORD jenis)
{
    switch (jenis) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        AcquireSRWLockExclusive(&kunci);
        if (bersihkan_terpasang)
            bersihkan_terpasang();
        /* the lock stays held: nothing may rename anything any more */
        return FALSE;
    default:
        return FALSE;
    }
}

void platform_tangkap_henti(void (*bersihkan)(void))
{
    bersihkan_terpasang = bersihkan;
    (void)SetConsoleCtrlHandler(tangani, TRUE);
}

void platform_henti_tunda(void)
{
    AcquireSRWLockExclusive(&kunci);
}

void platform_henti_lanjut(void)
{
    ReleaseSRWLockExclusive(&kunci);
}

unsigned platform_jumlah_inti(void)
{
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    return si.dwNumberOfProcessors > 0 ? (unsigned)si.dwNumberOfProcessors : 1u;
}

const char *platform_nama_sinyal(int sinyal)
{
    (void)sinyal;
    return "?"; /* no job ends by a signal here */
}

void platform_jalankan_kerja(size_t n, unsigned jobs, platform_kerja_fn kerja,
                             platform_selesai_fn selesai, void *ctx)
{
    (void)jobs;
    for (size_t i = 0; i < n; i++) {
        platform_akhir a = {0};
        a.teks = kerja(ctx, i, &a.status);
        selesai(ctx, i, &a);
    }
}
