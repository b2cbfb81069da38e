/*
 * platform_berkas.h - the file-system calls the generator needs, for Linux
 * (POSIX) and Windows: exactly what writing a set of workbooks atomically
 * takes (keluaran.h), nothing more.
 *
 * Paths are UTF-8 on both.  The Windows implementation converts them to
 * UTF-16 and calls the wide-character API, so that a folder named with
 * any character works whatever the machine's ANSI code page is.
 *
 * Errors are returned as errno values (0: success), so that keluaran.c
 * keeps one logic and one set of messages for both systems.  The POSIX
 * implementation is platform_berkas_posix.c, the Windows one
 * platform_berkas_win32.c; the build compiles one of them.
 */
#ifndef KINERJA_PLATFORM_BERKAS_H
#define KINERJA_PLATFORM_BERKAS_H

#include <stdbool.h>

/* What is at a path, without following a final symbolic link. */
typedef enum platform_jenis {
    PLATFORM_TIDAK_ADA,   /* nothing (or it cannot be seen) */
    PLATFORM_FOLDER,      /* a folder */
    PLATFORM_BUKAN_FOLDER /* a file, a link or anything else */
} platform_jenis;

platform_jenis platform_jenis_jalur(const char *jalur);

/* The same, following symbolic links (a link to a folder is a folder). */
platform_jenis platform_jenis_tujuan(const char *jalur);

/* Whether c separates the components of a path: '/' (and '\\' on
 * Windows). */
bool platform_pemisah(char c);

/* The separator put between a folder and a name: "/" ("\\" on Windows,
 * where "/" also works but looks foreign in a message). */
extern const char platform_pemisah_baku[];

/* Creates one folder (its parent must exist).  EEXIST if something is
 * there already. */
int platform_buat_folder(const char *jalur);

/* Removes one folder if empty. */
int platform_hapus_folder(const char *jalur);

/* Removes one file. */
int platform_hapus_berkas(const char *jalur);

/* Creates a new empty file from a template ending in "XXXXXX" (replaced in
 * place), never opening one that exists, readable and writable as an
 * ordinary document would be (the umask applies on POSIX). */
int platform_buat_sementara(char *pola);

/* Gives the file `lama` the second name `baru`, failing with EEXIST if
 * `baru` exists: a hard link (link(2); CreateHardLinkW on NTFS).  Other
 * errors mean the file system has no hard links (FAT, some shares). */
int platform_tautan(const char *lama, const char *baru);

/* Renames `lama` to `baru`, atomically replacing a file at `baru`
 * (rename(2); MoveFileExW with MOVEFILE_REPLACE_EXISTING and
 * MOVEFILE_WRITE_THROUGH, which returns only once the new name is on the
 * disk). */
int platform_ganti_nama(const char *lama, const char *baru);

/* Flushes a file's content to the disk (fsync; FlushFileBuffers).  A
 * workbook's content must be durable before its final name is: otherwise a
 * power cut soon after the rename can leave that name on an empty or
 * partial file. */
int platform_sinkron_berkas(const char *jalur);

/* Flushes a folder's entries (the new names) as far as its file system
 * can.  On Windows the renames were written through already. */
void platform_sinkron_folder(const char *jalur);

/* Whether an errno value means the disk (or the user's quota) is full. */
bool platform_disk_penuh(int sebab);

#endif
