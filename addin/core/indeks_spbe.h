/*
 * indeks_spbe.h - the weighted SPBE / PEMDI index.
 *
 * Index = sum(nilai x bobot) / sum(bobot).  Weights may be percents (summing
 * to 100) or fractions (summing to 1): the index is the same.  Without
 * explicit weights, the official ones are chosen by the number of values:
 *
 *   SPBE (PermenPANRB 59/2020):  4 domains, 8 aspects or 47 indicators
 *   PEMDI (PermenPANRB 8/2026):  7 aspects (10,10,15,15,10,15,25) or
 *                                20 indicators (the aspect's weight split
 *                                among its indicators)
 *
 * The weight tables are data in indeks_spbe.c.
 */
#ifndef KINERJA_INDEKS_SPBE_H
#define KINERJA_INDEKS_SPBE_H

#include <stddef.h>

#include "kinerja_status.h"

typedef enum indeks_spbe_kerangka {
    INDEKS_SPBE_KERANGKA_SPBE = 1, /* PermenPANRB 59/2020, values 0..5 */
    INDEKS_SPBE_KERANGKA_PEMDI =
        2 /* Indeks Pemerintah Digital 2026, values 1..5 */
} indeks_spbe_kerangka;

/* "SPBE" or "PEMDI", case-insensitive. */
kinerja_status indeks_spbe_kerangka_dari_nama(const char *nama,
                                              indeks_spbe_kerangka *kerangka);

/*
 * The index of n values with explicit weights.  A value outside the
 * framework's range (SPBE 0..5, PEMDI 1..5), a negative or non-finite
 * weight, n == 0 -> KINERJA_GALAT_ARGUMEN; all weights zero ->
 * KINERJA_GALAT_BAGI_NOL.
 */
kinerja_status indeks_spbe_hitung(const double *nilai, const double *bobot,
                                  size_t n, indeks_spbe_kerangka kerangka,
                                  double *hasil);

/*
 * The index of n values with the framework's official weights: n must be 4,
 * 8 or 47 for SPBE and 7 or 20 for PEMDI, otherwise KINERJA_GALAT_ARGUMEN.
 */
kinerja_status indeks_spbe_resmi(const double *nilai, size_t n,
                                 indeks_spbe_kerangka kerangka, double *hasil);

/*
 * The official weights (in percent) for n values of a framework, or NULL if
 * the framework has no level with n elements.
 */
const double *indeks_spbe_bobot_resmi(size_t n, indeks_spbe_kerangka kerangka);

#endif
