/*
 * keluaran.c - atomic, non-clobbering output files (keluaran.h).
 */
#include "keluaran.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The temporary files this process has reserved and not yet placed or
 * removed, for the signal handler: process-wide because signals are.  A
 * slot holds a pointer or NULL, atomic and lock-free (checked below) so
 * that the handler never reads half a pointer.  A run
 * reserves one file per workbook (five); more than the slots only means
 * that a signal may leave the extra ones behind. */
#define SEMENTARA_SLOT 16
static _Atomic(char *) sementara_terdaftar[SEMENTARA_SLOT];
_Static_assert(ATOMIC_POINTER_LOCK_FREE == 2,
               "the signal handler reads the slots: they must be lock-free");

static void daftar_sementara(char *jalur)
{
    for (size_t i = 0; i < SEMENTARA_SLOT; i++) {
        char *kosong = NULL;
        if (atomic_compare_exchange_strong(&sementara_terdaftar[i], &kosong,
                                           jalur))
            return;
    }
}

static void lupakan_sementara(const char *jalur)
{
    for (size_t i = 0; i < SEMENTARA_SLOT; i++) {
        char *ada = (char *)jalur;
        if (atomic_compare_exchange_strong(&sementara_terdaftar[i], &ada, NULL))
            return;
    }
}

/* Only async-signal-safe calls: unlink, signal, raise. */
static void hapus_sementara(int sinyal)
{
    int simpan = errno;
    for (size_t i = 0; i < SEMENTARA_SLOT; i++) {
        char *jalur = atomic_load(&sementara_terdaftar[i]);
        if (jalur)
            unlink(jalur);
    }
    errno = simpan;
    (void)signal(sinyal, SIG_DFL);
    (void)raise(sinyal);
}

void keluaran_tangkap_sinyal(void)
{
    static const int sinyal[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sinyal / sizeof sinyal[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = hapus_sementara;
        sigemptyset(&sa.sa_mask);
        /* a second signal while the first is handled waits for it */
        for (size_t j = 0; j < sizeof sinyal / sizeof sinyal[0]; j++)
            sigaddset(&sa.sa_mask, sinyal[j]);
        /* a run started with a signal ignored (nohup) keeps it ignored */
        struct sigaction lama;
        if (sigaction(sinyal[i], NULL, &lama) == 0 &&
            lama.sa_handler == SIG_IGN)
            continue;
        (void)sigaction(sinyal[i], &sa, NULL);
    }
}

static char *gabung(const char *folder, const char *awalan, const char *nama,
                    const char *akhiran)
{
    size_t n =
        strlen(folder) + strlen(awalan) + strlen(nama) + strlen(akhiran) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s%s%s%s", folder,
                 *folder && folder[strlen(folder) - 1] != '/' ? "/" : "",
                 awalan, nama, akhiran);
    return p;
}

/* rmdir of jalur, then of its parents, up to and including atas; stops at
 * the first that is not empty (or not there). */
static void hapus_sampai(char *jalur, size_t panjang_atas)
{
    for (;;) {
        if (rmdir(jalur) != 0)
            return;
        size_t n = strlen(jalur);
        if (n <= panjang_atas)
            return;
        char *garis = strrchr(jalur, '/');
        if (!garis || garis == jalur)
            return;
        while (garis > jalur && garis[-1] == '/')
            garis--; /* "a//b" */
        *garis = 0;
        if (strlen(jalur) < panjang_atas)
            return;
    }
}

bool keluaran_folder(const char *folder, char **dibuat, galat_rencana *g)
{
    *dibuat = NULL;
    struct stat st;
    if (stat(folder, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return true;
        galat_tambah(g, folder, 0, 0, "bukan folder");
        return false;
    }
    /* mkdir -p, one component at a time, remembering the first folder made
     * here: everything below it is this run's too */
    char *jalur = strdup(folder);
    if (!jalur) {
        galat_tambah(g, folder, 0, 0, "memori tidak cukup");
        return false;
    }
    size_t panjang_atas = 0;
    for (char *p = jalur + 1;; p++) {
        if (*p == '/' || *p == 0) {
            char simpan = *p;
            *p = 0;
            if (mkdir(jalur, 0777) == 0) {
                if (!panjang_atas)
                    panjang_atas = strlen(jalur);
            } else if (errno != EEXIST) {
                galat_tambah(g, jalur, 0, 0, "folder tidak dapat dibuat: %s",
                             strerror(errno));
                /* what this call made so far goes again */
                if (panjang_atas) {
                    size_t n = strlen(jalur);
                    char *akhir = strrchr(jalur, '/');
                    if (akhir && akhir != jalur && n > panjang_atas)
                        *akhir = 0;
                    hapus_sampai(jalur, panjang_atas);
                }
                free(jalur);
                return false;
            }
            *p = simpan;
            if (!simpan)
                break;
        }
    }
    if (panjang_atas) {
        jalur[panjang_atas] = 0;
        *dibuat = jalur;
    } else {
        free(jalur);
    }
    return true;
}

void keluaran_folder_hapus(const char *folder, char *dibuat)
{
    if (!dibuat)
        return;
    char *jalur = strdup(folder);
    if (jalur) {
        /* a trailing slash is not a component */
        size_t n = strlen(jalur);
        while (n > 1 && jalur[n - 1] == '/')
            jalur[--n] = 0;
        hapus_sampai(jalur, strlen(dibuat));
    }
    free(jalur);
    free(dibuat);
}

void keluaran_folder_simpan(char *dibuat)
{
    free(dibuat);
}

keluaran_hasil keluaran_siapkan(keluaran *k, const char *folder,
                                const char *nama, bool timpa, galat_rencana *g)
{
    memset(k, 0, sizeof *k);
    k->akhir = gabung(folder, "", nama, "");
    k->sementara = gabung(folder, ".", nama, ".XXXXXX");
    if (!k->akhir || !k->sementara) {
        galat_tambah(g, nama, 0, 0, "memori tidak cukup");
        keluaran_buang(k);
        return KELUARAN_GAGAL;
    }
    struct stat st;
    if (timpa && lstat(k->akhir, &st) == 0 && S_ISDIR(st.st_mode)) {
        /* a file cannot replace a folder: said before anything is
         * written, so that nothing is replaced either */
        galat_tambah(g, k->akhir, 0, 0,
                     "di tempat berkas ini ada folder: tidak dapat ditimpa; "
                     "pindahkan atau ganti nama folder itu");
        free(k->sementara);
        k->sementara = NULL;
        keluaran_buang(k);
        return KELUARAN_GAGAL;
    }
    if (!timpa && lstat(k->akhir, &st) == 0) {
        galat_tambah(g, k->akhir, 0, 0,
                     "berkas sudah ada; tidak ditimpa tanpa --timpa");
        free(k->sementara);
        k->sementara = NULL;
        keluaran_buang(k);
        return KELUARAN_SUDAH_ADA;
    }
    int fd = mkstemp(k->sementara);
    if (fd < 0) {
        galat_tambah(g, k->akhir, 0, 0,
                     "berkas sementara tidak dapat dibuat: %s",
                     strerror(errno));
        free(k->sementara);
        k->sementara = NULL;
        keluaran_buang(k);
        return KELUARAN_GAGAL;
    }
    /* mkstemp makes it 0600; an output file is an ordinary document */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    close(fd);
    daftar_sementara(k->sementara);
    return KELUARAN_OK;
}

/* Gives the file at k->akhir a second name, k->cadangan, so that it can be
 * put back: a hard link where the file system has them (the old file
 * stays visible under its name meanwhile), else the file itself is moved
 * there.  *tautan tells which. */
static bool simpan_lama(keluaran *k, bool *tautan, galat_rencana *g)
{
    size_t n = strlen(k->sementara) + sizeof ".lama";
    k->cadangan = malloc(n);
    if (!k->cadangan) {
        galat_tambah(g, k->akhir, 0, 0, "memori tidak cukup");
        return false;
    }
    snprintf(k->cadangan, n, "%s.lama", k->sementara);
    if (link(k->akhir, k->cadangan) == 0) {
        *tautan = true;
        return true;
    }
    if (errno != EEXIST && rename(k->akhir, k->cadangan) == 0) {
        *tautan = false;
        return true;
    }
    galat_tambah(g, k->akhir, 0, 0,
                 "berkas lama tidak dapat disimpan sementara: %s",
                 strerror(errno));
    free(k->cadangan);
    k->cadangan = NULL;
    return false;
}

static bool pasang_satu(keluaran *k, bool timpa, galat_rencana *g,
                        keluaran_hasil *hasil)
{
    if (timpa) {
        struct stat st;
        k->menimpa = lstat(k->akhir, &st) == 0;
        if (k->menimpa && S_ISDIR(st.st_mode)) {
            /* a folder appeared in the file's place since it was reserved:
             * it is not this run's to move away */
            galat_tambah(g, k->akhir, 0, 0,
                         "di tempat berkas ini ada folder: tidak dapat "
                         "ditimpa; pindahkan atau ganti nama folder itu");
            k->menimpa = false;
            *hasil = KELUARAN_GAGAL;
            return false;
        }
        bool tautan = false;
        if (k->menimpa && !simpan_lama(k, &tautan, g)) {
            k->menimpa = false;
            *hasil = KELUARAN_GAGAL;
            return false;
        }
        if (rename(k->sementara, k->akhir) != 0) {
            galat_tambah(g, k->akhir, 0, 0, "tidak dapat ditulis: %s",
                         strerror(errno));
            if (k->cadangan) {
                /* the old file back under its name (moved) or its extra
                 * name dropped (linked) */
                if (tautan)
                    unlink(k->cadangan);
                else
                    (void)rename(k->cadangan, k->akhir);
                free(k->cadangan);
                k->cadangan = NULL;
            }
            k->menimpa = false;
            *hasil = KELUARAN_GAGAL;
            return false;
        }
    } else if (link(k->sementara, k->akhir) == 0) {
        unlink(k->sementara);
    } else if (errno == EEXIST) {
        galat_tambah(g, k->akhir, 0, 0,
                     "berkas sudah ada; tidak ditimpa tanpa --timpa");
        *hasil = KELUARAN_SUDAH_ADA;
        return false;
    } else {
        /* no hard links here (FAT, some network shares): check, then
         * rename; a file appearing in between is the only (tiny) risk */
        struct stat st;
        if (lstat(k->akhir, &st) == 0) {
            galat_tambah(g, k->akhir, 0, 0,
                         "berkas sudah ada; tidak ditimpa tanpa --timpa");
            *hasil = KELUARAN_SUDAH_ADA;
            return false;
        }
        if (rename(k->sementara, k->akhir) != 0) {
            galat_tambah(g, k->akhir, 0, 0, "tidak dapat ditulis: %s",
                         strerror(errno));
            *hasil = KELUARAN_GAGAL;
            return false;
        }
    }
    lupakan_sementara(k->sementara);
    free(k->sementara);
    k->sementara = NULL;
    k->dipasang = true;
    return true;
}

/* Flushes a file to the disk.  A workbook's content must be durable before
 * its final name is: otherwise a power cut soon after the rename can leave
 * that name on an empty or partial file (ext4 and XFS allocate the blocks
 * later than the rename). */
static bool sinkron_berkas(const char *jalur, const char *nama,
                           galat_rencana *g)
{
    int fd = open(jalur, O_RDONLY);
    bool ok = fd >= 0 && fsync(fd) == 0;
    if (!ok)
        galat_tambah(g, nama, 0, 0, "tidak dapat disimpan ke disk: %s",
                     errno == ENOSPC || errno == EDQUOT ? "disk penuh"
                                                        : strerror(errno));
    if (fd >= 0)
        close(fd);
    return ok;
}

/* Flushes a folder's entries (the new names), as far as its file system
 * can: some cannot at all (EINVAL), and the files are in place by then. */
static void sinkron_folder(const char *jalur)
{
    int fd = open(jalur, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
}

/* The folder of a path ("." for a bare name), into buf. */
static void folder_dari(const char *jalur, char *buf, size_t n)
{
    const char *garis = strrchr(jalur, '/');
    if (!garis)
        (void)snprintf(buf, n, ".");
    else if (garis == jalur)
        (void)snprintf(buf, n, "/");
    else
        (void)snprintf(buf, n, "%.*s", (int)(garis - jalur), jalur);
}

keluaran_hasil keluaran_pasang(keluaran *k, size_t n, bool timpa,
                               galat_rencana *g)
{
    for (size_t i = 0; i < n; i++)
        if (!sinkron_berkas(k[i].sementara, k[i].akhir, g))
            return KELUARAN_GAGAL;
    /* The signals that remove temporary files wait until the names are
     * decided: a handler running in between would leave some files new and
     * some old, or drop a backup that is the only copy of an old file. */
    sigset_t tunda, lama;
    sigemptyset(&tunda);
    sigaddset(&tunda, SIGINT);
    sigaddset(&tunda, SIGTERM);
    sigaddset(&tunda, SIGHUP);
    (void)sigprocmask(SIG_BLOCK, &tunda, &lama);

    keluaran_hasil hasil = KELUARAN_OK;
    size_t i = 0;
    for (; i < n; i++)
        if (!pasang_satu(&k[i], timpa, g, &hasil))
            break;
    if (i < n) {
        /* all or nothing: take back what this run placed, and put back
         * what it replaced (rename over the new file: atomic) */
        for (size_t j = 0; j < i; j++) {
            if (!k[j].dipasang)
                continue;
            if (k[j].menimpa && k[j].cadangan) {
                if (rename(k[j].cadangan, k[j].akhir) != 0)
                    galat_tambah(g, k[j].akhir, 0, 0,
                                 "berkas lama tidak dapat dikembalikan: %s; "
                                 "isinya ada di %s",
                                 strerror(errno), k[j].cadangan);
                else {
                    free(k[j].cadangan);
                    k[j].cadangan = NULL;
                }
            } else if (!k[j].menimpa) {
                unlink(k[j].akhir);
            }
            k[j].dipasang = false;
        }
    }
    /* the run is decided: the backups of replaced files go */
    for (size_t j = 0; j < n; j++)
        if (k[j].cadangan && (i == n || !k[j].menimpa || !k[j].dipasang)) {
            if (i == n)
                unlink(k[j].cadangan);
            free(k[j].cadangan);
            k[j].cadangan = NULL;
        }
    (void)sigprocmask(SIG_SETMASK, &lama, NULL);
    if (i == n && n > 0) {
        /* the new names themselves, durable (every file is in one folder) */
        char folder[4096];
        folder_dari(k[0].akhir, folder, sizeof folder);
        sinkron_folder(folder);
    }
    return hasil;
}

void keluaran_buang(keluaran *k)
{
    if (k->sementara) {
        unlink(k->sementara);
        lupakan_sementara(k->sementara);
    }
    free(k->sementara);
    free(k->akhir);
    free(k->cadangan);
    memset(k, 0, sizeof *k);
}
