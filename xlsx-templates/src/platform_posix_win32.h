/*
 * platform_posix_win32.h - the few POSIX names that the plan reader
 * (csv_baca.c, rencana_baca.c) uses and MinGW-w64 lacks, given their
 * meaning on Windows.  The Windows sub-build (windows/) includes it first
 * in every generator file (-include); the Linux build never sees it.
 *
 *  - O_NONBLOCK: opening a file by name never blocks on Windows (named
 *    pipes are not in the file system's namespace), so it is 0, and
 *    fcntl(F_SETFL) that clears it again has nothing to do.
 *  - O_CLOEXEC: the nearest is _O_NOINHERIT (not passed to a child).
 *  - S_ISSOCK: Windows files are never sockets.
 *  - lstat: MinGW has stat only; the reader asks whether a file exists.
 */
#ifndef KINERJA_PLATFORM_POSIX_WIN32_H
#define KINERJA_PLATFORM_POSIX_WIN32_H

#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>

#ifndef O_NONBLOCK
#define O_NONBLOCK 0
#endif
#ifndef O_CLOEXEC
#define O_CLOEXEC _O_NOINHERIT
#endif
#ifndef S_ISSOCK
#define S_ISSOCK(m) 0
#endif
#ifndef F_GETFL
#define F_GETFL 3
#define F_SETFL 4
#endif

static inline int fcntl(int fd, int perintah, ...)
{
    (void)fd;
    (void)perintah;
    return 0;
}

#define lstat stat

#endif
