/*
 * tanggal.h - dates as staff type them in a plan (the date a Perjanjian
 * Kinerja is signed).
 *
 * Accepted in every file: ISO `2024-09-23` and Indonesian words
 * `23 September 2024` (month names case-insensitive, `Agustus`/`Agu`...
 * full names only).  In `;` files also `23/09/2024` (day first, as an
 * Indonesian-locale spreadsheet exports it).  `,` files do not accept
 * slashes: an English-locale export writes month first, and 09/10/2024
 * would be ambiguous.
 */
#ifndef KINERJA_TANGGAL_H
#define KINERJA_TANGGAL_H

#include <stdbool.h>

#include "angka.h"

typedef struct tanggal {
    int tahun, bulan, hari; /* bulan 1..12 */
} tanggal;

/* true and *t set if `teks` is a real calendar date in an accepted form. */
bool tanggal_baca(const char *teks, notasi n, tanggal *t);

/* The Indonesian month name of bulan 1..12 ("September"), or "?". */
const char *tanggal_nama_bulan(int bulan);

#endif
