/*
 * keluaran.c - atomic, non-clobbering output files (keluaran.h).
 */
#include "keluaran.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

bool keluaran_folder(const char *folder, bool *dibuat, galat_daftar *g)
{
    *dibuat = false;
    struct stat st;
    if (stat(folder, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return true;
        galat_tambah(g, folder, 0, 0, "bukan folder");
        return false;
    }
    /* mkdir -p, one component at a time */
    char *jalur = strdup(folder);
    if (!jalur) {
        galat_tambah(g, folder, 0, 0, "memori tidak cukup");
        return false;
    }
    for (char *p = jalur + 1;; p++) {
        if (*p == '/' || *p == 0) {
            char simpan = *p;
            *p = 0;
            if (mkdir(jalur, 0777) != 0 && errno != EEXIST) {
                galat_tambah(g, jalur, 0, 0, "folder tidak dapat dibuat: %s",
                             strerror(errno));
                free(jalur);
                return false;
            }
            *p = simpan;
            if (!simpan)
                break;
        }
    }
    free(jalur);
    *dibuat = true;
    return true;
}

keluaran_hasil keluaran_siapkan(keluaran *k, const char *folder,
                                const char *nama, bool timpa, galat_daftar *g)
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
    return KELUARAN_OK;
}

static bool pasang_satu(keluaran *k, bool timpa, galat_daftar *g,
                        keluaran_hasil *hasil)
{
    if (timpa) {
        struct stat st;
        k->menimpa = lstat(k->akhir, &st) == 0;
        if (rename(k->sementara, k->akhir) != 0) {
            galat_tambah(g, k->akhir, 0, 0, "tidak dapat ditulis: %s",
                         strerror(errno));
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
    free(k->sementara);
    k->sementara = NULL;
    k->dipasang = true;
    return true;
}

keluaran_hasil keluaran_pasang(keluaran *k, size_t n, bool timpa,
                               galat_daftar *g)
{
    keluaran_hasil hasil = KELUARAN_OK;
    size_t i = 0;
    for (; i < n; i++)
        if (!pasang_satu(&k[i], timpa, g, &hasil))
            break;
    if (i < n) {
        /* all or nothing: take back what this run placed */
        for (size_t j = 0; j < i; j++)
            if (k[j].dipasang && !k[j].menimpa) {
                unlink(k[j].akhir);
                k[j].dipasang = false;
            }
    }
    return hasil;
}

void keluaran_buang(keluaran *k)
{
    if (k->sementara)
        unlink(k->sementara);
    free(k->sementara);
    free(k->akhir);
    memset(k, 0, sizeof *k);
}
