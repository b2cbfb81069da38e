/*
 * nama.h - matching the names users type (arah, skala, metode, kerangka).
 *
 * Names are ASCII and compared case-insensitively without the C locale's
 * help: strcasecmp depends on the process locale, which inside an office
 * suite is whatever the user runs (Turkish dotless i included).
 */
#ifndef KINERJA_NAMA_H
#define KINERJA_NAMA_H

#include <stdbool.h>

/* true if a and b are equal ignoring ASCII case; false if either is NULL. */
bool nama_sama(const char *a, const char *b);

/* A two-way option (arah, metode, jenis) as typed in a cell: its first
 * word or "1" gives 1, its second word or "2" gives 2, anything else 0
 * (which the caller reports as an argument error). */
int nama_pilihan(const char *nama, const char *satu, const char *dua);

/* The same option as a number in a cell: exactly 1 or 2 gives itself,
 * anything else 0. */
int nama_pilihan_angka(double angka);

#endif
