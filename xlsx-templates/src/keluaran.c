/*
 * keluaran.c - atomic, non-clobbering output files (keluaran.h).
 */
#include "keluaran.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "platform_berkas.h"
#include "platform_proses.h"

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

/* Runs in a signal handler (POSIX) or the console's control thread
 * (Windows): only async-signal-safe calls (platform_proses.h). */
static void hapus_sementara(void)
{
    for (size_t i = 0; i < SEMENTARA_SLOT; i++) {
        char *jalur = atomic_load(&sementara_terdaftar[i]);
        if (jalur)
            (void)platform_hapus_berkas(jalur);
    }
}

void keluaran_tangkap_sinyal(void)
{
    platform_tangkap_henti(hapus_sementara);
}

static char *gabung(const char *folder, const char *awalan, const char *nama,
                    const char *akhiran)
{
    size_t n =
        strlen(folder) + strlen(awalan) + strlen(nama) + strlen(akhiran) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s%s%s%s", folder,
                 *folder && !platform_pemisah(folder[strlen(folder) - 1])
                     ? platform_pemisah_baku
                     : "",
                 awalan, nama, akhiran);
    return p;
}

/* The last separator in jalur, or NULL. */
static char *pemisah_akhir(char *jalur)
{
    char *akhir = NULL;
    for (char *p = jalur; *p; p++)
        if (platform_pemisah(*p))
            akhir = p;
    return akhir;
}

/* rmdir of jalur, then of its parents, up to and including atas; stops at
 * the first that is not empty (or not there). */
static void hapus_sampai(char *jalur, size_t panjang_atas)
{
    for (;;) {
        if (platform_hapus_folder(jalur) != 0)
            return;
        size_t n = strlen(jalur);
        if (n <= panjang_atas)
            return;
        char *garis = pemisah_akhir(jalur);
        if (!garis || garis == jalur)
            return;
        while (garis > jalur && platform_pemisah(garis[-1]))
            garis--; /* "a//b" */
        *garis = 0;
        if (strlen(jalur) < panjang_atas)
            return;
    }
}

bool keluaran_folder(const char *folder, char **dibuat, galat_rencana *g)
{
    *dibuat = NULL;
    switch (platform_jenis_tujuan(folder)) {
    case PLATFORM_FOLDER:
        return true;
    case PLATFORM_BUKAN_FOLDER:
        galat_tambah(g, folder, 0, 0, "bukan folder");
        return false;
    case PLATFORM_TIDAK_ADA:
        break;
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
        if (platform_pemisah(*p) || *p == 0) {
            char simpan = *p;
            *p = 0;
            int sebab = platform_buat_folder(jalur);
            if (sebab == 0) {
                if (!panjang_atas)
                    panjang_atas = strlen(jalur);
            } else if (sebab != EEXIST &&
                       platform_jenis_tujuan(jalur) != PLATFORM_FOLDER) {
                /* (a drive, "C:", is a folder that cannot be made) */
                galat_tambah(g, jalur, 0, 0, "folder tidak dapat dibuat: %s",
                             strerror(sebab));
                /* what this call made so far goes again */
                if (panjang_atas) {
                    size_t n = strlen(jalur);
                    char *akhir = pemisah_akhir(jalur);
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
        while (n > 1 && platform_pemisah(jalur[n - 1]))
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
    platform_jenis ada = platform_jenis_jalur(k->akhir);
    if (timpa && ada == PLATFORM_FOLDER) {
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
    if (!timpa && ada != PLATFORM_TIDAK_ADA) {
        galat_tambah(g, k->akhir, 0, 0,
                     "berkas sudah ada; tidak ditimpa tanpa --timpa");
        free(k->sementara);
        k->sementara = NULL;
        keluaran_buang(k);
        return KELUARAN_SUDAH_ADA;
    }
    int sebab = platform_buat_sementara(k->sementara);
    if (sebab != 0) {
        galat_tambah(g, k->akhir, 0, 0,
                     "berkas sementara tidak dapat dibuat: %s",
                     strerror(sebab));
        free(k->sementara);
        k->sementara = NULL;
        keluaran_buang(k);
        return KELUARAN_GAGAL;
    }
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
    int sebab = platform_tautan(k->akhir, k->cadangan);
    if (sebab == 0) {
        *tautan = true;
        return true;
    }
    if (sebab != EEXIST &&
        (sebab = platform_ganti_nama(k->akhir, k->cadangan)) == 0) {
        *tautan = false;
        return true;
    }
    galat_tambah(g, k->akhir, 0, 0,
                 "berkas lama tidak dapat disimpan sementara: %s",
                 strerror(sebab));
    free(k->cadangan);
    k->cadangan = NULL;
    return false;
}

static bool pasang_satu(keluaran *k, bool timpa, galat_rencana *g,
                        keluaran_hasil *hasil)
{
    int sebab = 0;
    if (timpa) {
        platform_jenis ada = platform_jenis_jalur(k->akhir);
        k->menimpa = ada != PLATFORM_TIDAK_ADA;
        if (ada == PLATFORM_FOLDER) {
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
        sebab = platform_ganti_nama(k->sementara, k->akhir);
        if (sebab != 0) {
            galat_tambah(g, k->akhir, 0, 0, "tidak dapat ditulis: %s",
                         strerror(sebab));
            if (k->cadangan) {
                /* the old file back under its name (moved) or its extra
                 * name dropped (linked) */
                if (tautan)
                    (void)platform_hapus_berkas(k->cadangan);
                else
                    (void)platform_ganti_nama(k->cadangan, k->akhir);
                free(k->cadangan);
                k->cadangan = NULL;
            }
            k->menimpa = false;
            *hasil = KELUARAN_GAGAL;
            return false;
        }
    } else if ((sebab = platform_tautan(k->sementara, k->akhir)) == 0) {
        (void)platform_hapus_berkas(k->sementara);
    } else if (sebab == EEXIST) {
        galat_tambah(g, k->akhir, 0, 0,
                     "berkas sudah ada; tidak ditimpa tanpa --timpa");
        *hasil = KELUARAN_SUDAH_ADA;
        return false;
    } else {
        /* no hard links here (FAT, some network shares): check, then
         * rename; a file appearing in between is the only (tiny) risk */
        if (platform_jenis_jalur(k->akhir) != PLATFORM_TIDAK_ADA) {
            galat_tambah(g, k->akhir, 0, 0,
                         "berkas sudah ada; tidak ditimpa tanpa --timpa");
            *hasil = KELUARAN_SUDAH_ADA;
            return false;
        }
        if ((sebab = platform_ganti_nama(k->sementara, k->akhir)) != 0) {
            galat_tambah(g, k->akhir, 0, 0, "tidak dapat ditulis: %s",
                         strerror(sebab));
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
    int sebab = platform_sinkron_berkas(jalur);
    if (sebab != 0)
        galat_tambah(g, nama, 0, 0, "tidak dapat disimpan ke disk: %s",
                     platform_disk_penuh(sebab) ? "disk penuh"
                                                : strerror(sebab));
    return sebab == 0;
}

/* The folder of a path ("." for a bare name), into buf. */
static void folder_dari(const char *jalur, char *buf, size_t n)
{
    const char *garis = NULL;
    for (const char *p = jalur; *p; p++)
        if (platform_pemisah(*p))
            garis = p;
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
    platform_henti_tunda();

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
                int sebab = platform_ganti_nama(k[j].cadangan, k[j].akhir);
                if (sebab != 0)
                    galat_tambah(g, k[j].akhir, 0, 0,
                                 "berkas lama tidak dapat dikembalikan: %s; "
                                 "isinya ada di %s",
                                 strerror(sebab), k[j].cadangan);
                else {
                    free(k[j].cadangan);
                    k[j].cadangan = NULL;
                }
            } else if (!k[j].menimpa) {
                (void)platform_hapus_berkas(k[j].akhir);
            }
            k[j].dipasang = false;
        }
    }
    /* the run is decided: the backups of replaced files go */
    for (size_t j = 0; j < n; j++)
        if (k[j].cadangan && (i == n || !k[j].menimpa || !k[j].dipasang)) {
            if (i == n)
                (void)platform_hapus_berkas(k[j].cadangan);
            free(k[j].cadangan);
            k[j].cadangan = NULL;
        }
    platform_henti_lanjut();
    if (i == n && n > 0) {
        /* the new names themselves, durable (every file is in one folder) */
        char folder[4096];
        folder_dari(k[0].akhir, folder, sizeof folder);
        platform_sinkron_folder(folder);
    }
    return hasil;
}

void keluaran_galat_tulis(galat_rencana *g, const char *nama, const char *apa,
                          int sebab)
{
    if (sebab != 0 && platform_disk_penuh(sebab))
        galat_tambah(g, nama, 0, 0,
                     "gagal ditulis: disk penuh (%s); kosongkan ruang lalu "
                     "jalankan lagi",
                     strerror(sebab));
    else if (sebab != 0)
        galat_tambah(g, nama, 0, 0, "gagal ditulis: %s (%s)", apa,
                     strerror(sebab));
    else
        galat_tambah(g, nama, 0, 0, "gagal ditulis: %s", apa);
}

void keluaran_buang(keluaran *k)
{
    if (k->sementara) {
        (void)platform_hapus_berkas(k->sementara);
        lupakan_sementara(k->sementara);
    }
    free(k->sementara);
    free(k->akhir);
    free(k->cadangan);
    memset(k, 0, sizeof *k);
}
