/*
 * galat.h - errors as values: the list of problems found in a plan.
 *
 * Every problem a person must fix is one message in the form
 * `file:line:column: what is wrong` (line and column counted from 1; the
 * column is the spreadsheet column, i.e. the field number, because that is
 * what staff see when they open the CSV).  Readers collect every problem
 * they can find rather than stopping at the first, so that one run shows
 * everything to fix.  Nothing here prints: the caller decides where the
 * messages go.
 */
#ifndef KINERJA_GALAT_H
#define KINERJA_GALAT_H

#include <stdbool.h>
#include <stddef.h>

/* More messages than this are counted but not kept: after a hundred, the
 * file is probably in the wrong format altogether. */
#define GALAT_MAKS 100

typedef struct galat_rencana {
    char **pesan;      /* "file:line:column: message", owned */
    size_t jumlah;     /* messages kept */
    size_t terbuang;   /* messages beyond GALAT_MAKS, counted only */
    bool memori_habis; /* a message could not be stored */
} galat_rencana;

void galat_init(galat_rencana *g);
void galat_bebas(galat_rencana *g);

/* Number of problems recorded (kept or not). */
size_t galat_hitung(const galat_rencana *g);

/*
 * Records one problem.  `berkas` may be NULL (a problem with no file);
 * `baris` 0 leaves out the line and column, `kolom` 0 leaves out the
 * column.  The message is printf-formatted.
 */
void galat_tambah(galat_rencana *g, const char *berkas, size_t baris,
                  size_t kolom, const char *format, ...)
    __attribute__((format(printf, 5, 6)));

#endif
