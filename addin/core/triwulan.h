/*
 * triwulan.h - rolling quarterly (triwulan I-IV) figures up to the year.
 *
 * e-SAKIP systems track targets and realisasi per quarter.  How a year's
 * figure follows from its quarters depends on what the indicator measures:
 *
 *   JUMLAH  a flow (documents produced, people served): the sum of the
 *           quarters filled in so far;
 *   AKHIR   a level, index or percentage (Indeks SPBE, % serapan): the last
 *           quarter filled in.
 *
 * A quarter not filled in is not a zero: it is skipped, and a year with no
 * quarter filled in has no value.
 */
#ifndef KINERJA_TRIWULAN_H
#define KINERJA_TRIWULAN_H

#include <stdbool.h>
#include <stddef.h>

#include "kinerja_status.h"

typedef enum triwulan_jenis {
    TRIWULAN_JUMLAH = 1, /* flows: sum of the filled quarters */
    TRIWULAN_AKHIR = 2   /* levels, indices, percentages: last filled */
} triwulan_jenis;

/* "JUMLAH" or "AKHIR" (case-insensitive), or "1" / "2". */
kinerja_status triwulan_jenis_dari_nama(const char *nama,
                                        triwulan_jenis *jenis);

/* 1 JUMLAH, 2 AKHIR; anything else KINERJA_GALAT_ARGUMEN. */
kinerja_status triwulan_jenis_dari_angka(double angka, triwulan_jenis *jenis);

/*
 * The year's figure from n quarters (1..4, in order), terisi[i] telling
 * whether quarter i is filled in.  No quarter filled -> KINERJA_KOSONG;
 * n outside 1..4, a non-finite filled value or an unknown jenis ->
 * KINERJA_GALAT_ARGUMEN.
 */
kinerja_status triwulan_rekap(const double *nilai, const bool *terisi, size_t n,
                              triwulan_jenis jenis, double *hasil);

#endif
