/*
 * rupiah.h - exact sums of whole-rupiah amounts.
 *
 * Budget totals must agree to the rupiah.  Amounts are held as int64_t; a
 * spreadsheet cell is a double, exact for integers up to 2^53 (about 9e15,
 * far above any APBD), so the conversion checks that the double really holds
 * a whole number in that range.  Sums detect overflow instead of wrapping.
 */
#ifndef KINERJA_RUPIAH_H
#define KINERJA_RUPIAH_H

#include <stddef.h>
#include <stdint.h>

#include "kinerja_status.h"

/* The largest amount a double holds exactly: 2^53. */
#define RUPIAH_MAKS_EKSAK ((int64_t)1 << 53)

/*
 * `angka` as whole rupiah.  KINERJA_GALAT_ARGUMEN if it is not finite, has a
 * fraction (sen other than ,00), or exceeds +-2^53.
 */
kinerja_status rupiah_dari_double(double angka, int64_t *rupiah);

/*
 * The exact sum of n amounts.  KINERJA_GALAT_ARGUMEN if the sum (or any
 * partial sum) leaves +-2^53, where it could no longer be written to a cell
 * exactly.  The sum of no amounts is 0.
 */
kinerja_status rupiah_jumlah(const int64_t *rupiah, size_t n, int64_t *total);

/*
 * total - sum(bagian): 0 when a total agrees with its parts; otherwise the
 * rupiah by which the printed total exceeds (positive) or falls short of
 * (negative) the sum of its parts.
 */
kinerja_status rupiah_selisih(int64_t total, const int64_t *bagian, size_t n,
                              int64_t *selisih);

#endif
