/*
 * csv_baca.h - reading a CSV file of a plan into rows of text fields.
 *
 * Parsing (quotes, separators inside quotes, line breaks inside quotes,
 * CRLF) is libcsv's, in strict mode; this module adds what staff files
 * need around it:
 *  - UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8" writes
 *    one); anything that is not UTF-8 is an error that says how to save the
 *    file, rather than garbled names in a signed document;
 *  - the separator is taken from the first line (the header): `;` means
 *    Indonesian number notation, `,` international (see angka.h);
 *  - each row remembers the line it starts on, for `file:line:column`
 *    messages; empty lines are skipped.
 */
#ifndef KINERJA_CSV_BACA_H
#define KINERJA_CSV_BACA_H

#include <stdbool.h>
#include <stddef.h>

#include "angka.h"
#include "galat.h"

typedef struct csv_baris {
    size_t nomor;  /* line in the file where the row starts, from 1 */
    size_t jumlah; /* fields */
    char **kolom;  /* fields, NUL-terminated UTF-8, in the table's blocks */
} csv_baris;

typedef struct csv_blok csv_blok;

typedef struct csv_tabel {
    char *nama;       /* the file name used in messages, owned */
    char pemisah;     /* ';' or ',' */
    notasi notasi;    /* implied by the separator */
    csv_baris *baris; /* baris[0] is the header */
    size_t jumlah;
    /* the fields' text, owned: a few large blocks instead of one
     * allocation per field (most fields are a few bytes) */
    csv_blok *blok;
} csv_tabel;

/*
 * Reads `n` bytes of CSV named `nama` (for messages).  On success returns
 * true and fills *t (free with csv_tabel_bebas); on failure records every
 * problem in g, returns false and leaves *t empty.
 */
bool csv_baca_data(const char *nama, const unsigned char *data, size_t n,
                   csv_tabel *t, galat_rencana *g);

/* The same for a file on disk; `nama` is what messages call it.  Only a
 * regular file is read (a FIFO, device or folder is refused). */
bool csv_baca_berkas(const char *jalur, const char *nama, csv_tabel *t,
                     galat_rencana *g);

/*
 * The rows below the header of the CSV file at `jalur` (non-empty lines; a
 * line break inside quotes does not end one), counted in one streaming
 * pass without parsing or keeping the file: enough to refuse a file too
 * large for the sheet it fills before spending seconds and gigabytes on
 * it.  False (and *baris 0) if the file cannot be opened or is not a
 * regular file; reading it properly then says why.
 */
bool csv_hitung_baris(const char *jalur, size_t *baris);

void csv_tabel_bebas(csv_tabel *t);

#endif
