/*
 * mode_biner.c - kinerja-template.exe opens every file in binary mode, as
 * POSIX does: a file opened without "b" or O_BINARY is not translated, so
 * "\n" is written as one byte (the CSV files --tulis-csv and --baca-buku
 * write are byte for byte the Linux program's) and reading does not stop
 * at a Ctrl-Z byte.
 *
 * The C runtime takes the mode of such a file from its _fmode variable.
 * MinGW-w64's binmode.o is meant to set it, but the one Debian 12's
 * mingw-w64 ships defines nothing, so the program sets it itself, before
 * main and before any file is opened.  The console's stdout and stderr are
 * open already and keep their text mode (CR LF, as a console shows it).
 */
#include <fcntl.h>
#include <stdlib.h>

__attribute__((constructor)) static void mode_biner(void)
{
    _fmode = _O_BINARY;
}
