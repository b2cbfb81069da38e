/*
 * platform_berkas_posix.c - platform_berkas.h on Linux and other POSIX
 * systems.
 */
#include "platform_berkas.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

platform_jenis platform_jenis_jalur(const char *jalur)
{
    struct stat st;
    if (lstat(jalur, &st) != 0)
        return PLATFORM_TIDAK_ADA;
    return S_ISDIR(st.st_mode) ? PLATFORM_FOLDER : PLATFORM_BUKAN_FOLDER;
}

platform_jenis platform_jenis_tujuan(const char *jalur)
{
    struct stat st;
    if (stat(jalur, &st) != 0)
        return PLATFORM_TIDAK_ADA;
    return S_ISDIR(st.st_mode) ? PLATFORM_FOLDER : PLATFORM_BUKAN_FOLDER;
}

const char platform_pemisah_baku[] = "/";

bool platform_pemisah(char c)
{
    return c == '/';
}

int platform_buat_folder(const char *jalur)
{
    return mkdir(jalur, 0777) == 0 ? 0 : errno;
}

int platform_hapus_folder(const char *jalur)
{
    return rmdir(jalur) == 0 ? 0 : errno;
}

/* unlink(2) is async-signal-safe: the stop handler calls this. */
int platform_hapus_berkas(const char *jalur)
{
    return unlink(jalur) == 0 ? 0 : errno;
}

int platform_buat_sementara(char *pola)
{
    int fd = mkstemp(pola);
    if (fd < 0)
        return errno;
    /* mkstemp makes it 0600; an output file is an ordinary document */
    mode_t mask = umask(0);
    umask(mask);
    (void)fchmod(fd, 0666 & ~mask);
    close(fd);
    return 0;
}

int platform_tautan(const char *lama, const char *baru)
{
    return link(lama, baru) == 0 ? 0 : errno;
}

int platform_ganti_nama(const char *lama, const char *baru)
{
    return rename(lama, baru) == 0 ? 0 : errno;
}

int platform_sinkron_berkas(const char *jalur)
{
    int fd = open(jalur, O_RDONLY);
    if (fd < 0)
        return errno;
    int sebab = fsync(fd) == 0 ? 0 : errno;
    close(fd);
    return sebab;
}

void platform_sinkron_folder(const char *jalur)
{
    /* some file systems cannot (EINVAL); the files are in place by then */
    int fd = open(jalur, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
}

bool platform_disk_penuh(int sebab)
{
    return sebab == ENOSPC || sebab == EDQUOT;
}
