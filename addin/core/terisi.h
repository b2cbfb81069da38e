/*
 * terisi.h - what the filled cells of a row of figures add up to.
 *
 * A cell staff left blank is not a zero: it is skipped.  Rolling up
 * quarters (triwulan.h) and rolling office indicators up to a Pemda
 * indicator both need the same three facts of the filled figures: their
 * sum, the last of them and how many there are.
 */
#ifndef KINERJA_TERISI_H
#define KINERJA_TERISI_H

#include <stdbool.h>
#include <stddef.h>

#include "kinerja_status.h"

typedef struct terisi_rekap {
    double jumlah; /* sum of the filled figures */
    double akhir;  /* the last filled one, in index order */
    size_t banyak; /* how many are filled */
} terisi_rekap;

/*
 * The filled figures among nilai[0..n) (terisi[i] true) rolled up into
 * *r.  KINERJA_KOSONG when none is filled; KINERJA_GALAT_ARGUMEN when a
 * filled figure is not finite.  The sum itself may overflow to infinity:
 * the caller decides what that means.
 */
kinerja_status terisi_hitung(const double *nilai, const bool *terisi, size_t n,
                             terisi_rekap *r);

#endif
