/*
 * efisiensi.h - efficiency of spending: performance achieved per budget
 * achieved.
 *
 * RASIO (default):  capaian kinerja / capaian anggaran   (110,93 / 96,25 =
 *                   1,15 "Efisien" in the seed)
 * SELISIH:          capaian kinerja - capaian anggaran, in points (used by
 *                   some regions with the EFISIENSI_SELISIH scale)
 */
#ifndef KINERJA_EFISIENSI_H
#define KINERJA_EFISIENSI_H

#include "kinerja_status.h"

typedef enum efisiensi_metode {
    EFISIENSI_RASIO = 1,
    EFISIENSI_SELISIH = 2
} efisiensi_metode;

/*
 * Both inputs are percents (capaian kinerja may be negative under rumus 2).
 * RASIO with capaian_anggaran 0 -> KINERJA_GALAT_BAGI_NOL; capaian_anggaran
 * < 0, a non-finite input or an unknown metode -> KINERJA_GALAT_ARGUMEN.
 */
kinerja_status efisiensi_hitung(double capaian_kinerja, double capaian_anggaran,
                                efisiensi_metode metode, double *hasil);

/* "RASIO" or "SELISIH" (case-insensitive), or "1" / "2". */
kinerja_status efisiensi_metode_dari_nama(const char *nama,
                                          efisiensi_metode *metode);

/* 1 RASIO, 2 SELISIH; anything else KINERJA_GALAT_ARGUMEN. */
kinerja_status efisiensi_metode_dari_angka(double angka,
                                           efisiensi_metode *metode);

#endif
