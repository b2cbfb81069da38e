/*
 * platform_proses_posix.c - platform_proses.h on Linux and other POSIX
 * systems: signals, and jobs in child processes.
 */
#include "platform_proses.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "teks.h"

/* ---- stopping ------------------------------------------------------------ */

static const int sinyal_henti[] = {SIGINT, SIGTERM, SIGHUP};
#define JUMLAH_SINYAL (sizeof sinyal_henti / sizeof sinyal_henti[0])

static void (*volatile bersihkan_terpasang)(void);
static sigset_t tunda_lama;

static void tangani(int sinyal)
{
    int simpan = errno;
    void (*bersihkan)(void) = bersihkan_terpasang;
    if (bersihkan)
        bersihkan();
    errno = simpan;
    (void)signal(sinyal, SIG_DFL);
    (void)raise(sinyal);
}

void platform_tangkap_henti(void (*bersihkan)(void))
{
    bersihkan_terpasang = bersihkan;
    for (size_t i = 0; i < JUMLAH_SINYAL; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = tangani;
        sigemptyset(&sa.sa_mask);
        /* a second signal while the first is handled waits for it */
        for (size_t j = 0; j < JUMLAH_SINYAL; j++)
            sigaddset(&sa.sa_mask, sinyal_henti[j]);
        /* a run started with a signal ignored (nohup) keeps it ignored */
        struct sigaction lama;
        if (sigaction(sinyal_henti[i], NULL, &lama) == 0 &&
            lama.sa_handler == SIG_IGN)
            continue;
        (void)sigaction(sinyal_henti[i], &sa, NULL);
    }
}

void platform_henti_tunda(void)
{
    sigset_t tunda;
    sigemptyset(&tunda);
    for (size_t i = 0; i < JUMLAH_SINYAL; i++)
        sigaddset(&tunda, sinyal_henti[i]);
    (void)sigprocmask(SIG_BLOCK, &tunda, &tunda_lama);
}

void platform_henti_lanjut(void)
{
    (void)sigprocmask(SIG_SETMASK, &tunda_lama, NULL);
}

unsigned platform_jumlah_inti(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1u;
}

const char *platform_nama_sinyal(int sinyal)
{
    return strsignal(sinyal);
}

/* ---- jobs in child processes ------------------------------------------------
 */

typedef struct proses {
    pid_t pid;
    int fd;
    size_t indeks;
    teks_tumbuh laporan; /* the report received so far; dropped when
                            memory ran out */
} proses;

/* Writes all of buf to fd (a pipe), retrying short writes. */
static void tulis_semua(int fd, const char *buf, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, buf, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return;
        buf += k;
        n -= (size_t)k;
    }
}

/* The child: runs the job, reports, and leaves without running the
 * parent's exit handlers or flushing its copied stdio buffers. */
static void anak(platform_kerja_fn kerja, void *ctx, size_t indeks, int fd)
{
    int status = 0;
    char *teks = kerja(ctx, indeks, &status);
    if (teks)
        tulis_semua(fd, teks, strlen(teks));
    close(fd);
    _exit(status);
}

static void terima(proses *pr, const char *buf, size_t m)
{
    (void)teks_tumbuh_tambah(&pr->laporan, buf, m);
}

/* A child has closed its pipe: collect its status. */
static void panen(proses *pr, platform_selesai_fn selesai, void *ctx)
{
    int status = 0;
    while (waitpid(pr->pid, &status, 0) < 0 && errno == EINTR)
        ;
    platform_akhir a = {0};
    a.teks = pr->laporan.isi;
    pr->laporan.isi = NULL;
    if (WIFSIGNALED(status)) {
        a.oleh_sinyal = true;
        a.sinyal = WTERMSIG(status);
    } else if (WIFEXITED(status)) {
        a.status = WEXITSTATUS(status);
    }
    selesai(ctx, pr->indeks, &a);
}

static void tidak_dimulai(size_t indeks, int sebab, platform_selesai_fn selesai,
                          void *ctx)
{
    platform_akhir a = {0};
    a.tidak_dimulai = true;
    a.sebab = sebab;
    selesai(ctx, indeks, &a);
}

void platform_jalankan_kerja(size_t n, unsigned jobs, platform_kerja_fn kerja,
                             platform_selesai_fn selesai, void *ctx)
{
    if (jobs == 0)
        jobs = 1;
    proses *aktif = calloc(jobs, sizeof *aktif);
    struct pollfd *pf = calloc(jobs, sizeof *pf);
    if (!aktif || !pf) {
        free(aktif);
        free(pf);
        for (size_t i = 0; i < n; i++)
            tidak_dimulai(i, ENOMEM, selesai, ctx);
        return;
    }
    size_t berikut = 0, n_aktif = 0, habis = 0;
    while (habis < n) {
        /* start children up to the limit */
        while (n_aktif < jobs && berikut < n) {
            size_t i = berikut++;
            int pipa[2];
            if (pipe(pipa) != 0) {
                tidak_dimulai(i, errno, selesai, ctx);
                habis++;
                continue;
            }
            fflush(NULL); /* no buffered output copied into the child */
            pid_t pid = fork();
            if (pid == 0) {
                close(pipa[0]);
                for (size_t k = 0; k < n_aktif; k++)
                    close(aktif[k].fd); /* the siblings' pipes */
                signal(SIGPIPE, SIG_DFL);
                anak(kerja, ctx, i, pipa[1]);
            }
            int sebab = errno;
            close(pipa[1]);
            if (pid < 0) {
                close(pipa[0]);
                tidak_dimulai(i, sebab, selesai, ctx);
                habis++;
                continue;
            }
            aktif[n_aktif++] = (proses){pid, pipa[0], i, {0}};
        }
        if (n_aktif == 0)
            continue;
        for (size_t k = 0; k < n_aktif; k++)
            pf[k] = (struct pollfd){aktif[k].fd, POLLIN, 0};
        if (poll(pf, (nfds_t)n_aktif, -1) < 0) {
            if (errno == EINTR)
                continue;
            break; /* cannot happen with valid descriptors */
        }
        for (size_t k = 0; k < n_aktif;) {
            if (!(pf[k].revents & (POLLIN | POLLHUP | POLLERR))) {
                k++;
                continue;
            }
            char buf[4096];
            ssize_t m = read(aktif[k].fd, buf, sizeof buf);
            if (m < 0 && errno == EINTR) {
                k++;
                continue;
            }
            if (m > 0) {
                terima(&aktif[k], buf, (size_t)m);
                k++;
                continue;
            }
            /* end of the report: the child is done */
            close(aktif[k].fd);
            panen(&aktif[k], selesai, ctx);
            habis++;
            aktif[k] = aktif[--n_aktif];
            pf[k] = pf[n_aktif];
        }
    }
    free(aktif);
    free(pf);
}
