/*
 * capaian.h - achievement of a performance indicator, in percent.
 *
 * Rumus 1 (higher is better):  realisasi / target x 100
 * Rumus 2 (lower is better):   (target - (realisasi - target)) / target x 100
 *
 * No cap and no floor: the seed reports 450 % and 130,37 %.
 */
#ifndef KINERJA_CAPAIAN_H
#define KINERJA_CAPAIAN_H

#include "kinerja_status.h"

typedef enum capaian_rumus {
    CAPAIAN_RUMUS_NAIK = 1, /* rumus 1: higher realisasi is better */
    CAPAIAN_RUMUS_TURUN = 2 /* rumus 2: lower realisasi is better */
} capaian_rumus;

/*
 * Achievement of `realisasi` against `target`, in percent, full precision.
 *
 * realisasi NULL means "not entered yet": KINERJA_KOSONG, never 0 % nor the
 * 200 % that rumus 2 would give for a zero.
 * target 0 -> KINERJA_GALAT_BAGI_NOL; target < 0 or any non-finite input or
 * an unknown rumus -> KINERJA_GALAT_ARGUMEN.  *hasil is written only on
 * KINERJA_OK.
 */
kinerja_status capaian_hitung(double target, const double *realisasi,
                              capaian_rumus rumus, double *hasil);

/*
 * The rumus named by `nama` (case-insensitive "NAIK" or "TURUN", or "1" /
 * "2").  KINERJA_GALAT_ARGUMEN for anything else.
 */
kinerja_status capaian_rumus_dari_nama(const char *nama, capaian_rumus *rumus);

/* The rumus numbered 1 or 2; KINERJA_GALAT_ARGUMEN for any other number. */
kinerja_status capaian_rumus_dari_angka(double angka, capaian_rumus *rumus);

#endif
