/*
 * serapan.h - budget absorption: realisasi anggaran / pagu x 100.
 *
 * Amounts are rupiah.  Whole rupiah are exact as doubles far beyond any APBD
 * (2^53 ~ 9e15); the function accepts sen too, since a realisasi exported
 * with ",00" is the same number.
 */
#ifndef KINERJA_SERAPAN_H
#define KINERJA_SERAPAN_H

#include "kinerja_status.h"

/*
 * Absorption of `pagu` by `realisasi`, in percent, full precision.
 * realisasi NULL: not entered yet -> KINERJA_KOSONG.
 * pagu 0 -> KINERJA_GALAT_BAGI_NOL; pagu < 0, realisasi < 0 or a non-finite
 * input -> KINERJA_GALAT_ARGUMEN.  Realisasi above pagu is computed (over
 * 100 %): flagging over-spending is the cross-check's job, not a failure.
 */
kinerja_status serapan_hitung(double pagu, const double *realisasi,
                              double *hasil);

#endif
