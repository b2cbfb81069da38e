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

#include "kinerja_status.h"

/* true if a and b are equal ignoring ASCII case; false if either is NULL. */
bool nama_sama(const char *a, const char *b);

/* A two-way option (arah, metode, jenis) as typed in a cell: its first
 * word or "1" gives 1, its second word or "2" gives 2, anything else 0
 * (which the caller reports as an argument error). */
int nama_pilihan(const char *nama, const char *satu, const char *dua);

/* The same option as a number in a cell: exactly 1 or 2 gives itself,
 * anything else 0. */
int nama_pilihan_angka(double angka);

/*
 * Defines the two readers of a two-way option whose enum `tipe` numbers
 * its choices 1 and 2 (the numbers a user types; checked: `satu` and `dua`
 * are the enum's two constants):
 *   kinerja_status tipe_dari_nama(const char *nama, tipe *hasil);
 *   kinerja_status tipe_dari_angka(double angka, tipe *hasil);
 * `nama_satu` and `nama_dua` are the choices' names.  Each writes *hasil only
 * on KINERJA_OK and returns KINERJA_GALAT_ARGUMEN for anything else; the
 * option's own header declares and documents them.
 */
#define NAMA_PILIHAN_BACA(tipe, satu, nama_satu, dua, nama_dua)                \
    _Static_assert(satu == 1 && dua == 2, #tipe ": 1 and 2");                  \
    static kinerja_status tipe##_tulis(int p, tipe *hasil)                     \
    {                                                                          \
        if (p == 0)                                                            \
            return KINERJA_GALAT_ARGUMEN;                                      \
        *hasil = (tipe)p;                                                      \
        return KINERJA_OK;                                                     \
    }                                                                          \
    kinerja_status tipe##_dari_nama(const char *nama, tipe *hasil)             \
    {                                                                          \
        return tipe##_tulis(nama_pilihan(nama, nama_satu, nama_dua), hasil);   \
    }                                                                          \
    kinerja_status tipe##_dari_angka(double angka, tipe *hasil)                \
    {                                                                          \
        return tipe##_tulis(nama_pilihan_angka(angka), hasil);                 \
    }

#endif
