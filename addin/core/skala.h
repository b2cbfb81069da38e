/*
 * skala.h - category scales (kategori) and the look-up of a label.
 *
 * A scale is a list of bands in ascending order of their lower bound.  A
 * value belongs to the last band whose bound it meets: `value >= bound` for an
 * inclusive band, `value > bound` for an exclusive one.  Look-ups use the
 * value rounded to two decimals as Calc rounds (bulat.h), so the label always
 * agrees with the number the reader sees: an SPBE index of 4.195 shows as
 * 4,20 and is "Memuaskan".
 *
 * The official presets (TINGKAT, BERHASIL, EFISIENSI, EFISIENSI_SELISIH,
 * SPBE, PEMDI, SAKIP, IP_ASN; their sources: docs/aturan.md) are data in
 * skala_preset.c: adding a scale is one table entry.
 */
#ifndef KINERJA_SKALA_H
#define KINERJA_SKALA_H

#include <stdbool.h>
#include <stddef.h>

#include "kinerja_status.h"

typedef struct skala_pita {
    double batas;   /* lower bound; -INFINITY for an open bottom band */
    bool eksklusif; /* true: value > batas; false: value >= batas */
    const char *label;
} skala_pita;

typedef struct skala {
    const char *nama;       /* preset name, upper case; NULL if custom */
    const skala_pita *pita; /* ascending by batas */
    size_t jumlah_pita;
    /* Domain of the preset: values outside [domain_min, domain_max] are an
     * argument error, not a label.  Unbounded scales use +-INFINITY. */
    double domain_min;
    double domain_max;
} skala;

/* The preset named `nama` (case-insensitive), or NULL if there is none. */
const skala *skala_preset_cari(const char *nama);

/* The preset used when no scale is named: TINGKAT. */
const skala *skala_preset_bawaan(void);

/* Every preset, for documentation and tests: *jumlah receives the count. */
const skala *skala_preset_semua(size_t *jumlah);

/*
 * Checks a caller-supplied scale: at least one band, finite bounds (the
 * first may be -INFINITY), non-empty labels, and bounds ascending.  Two
 * bands may share a bound only as "inclusive, then exclusive" (the value
 * equal to the bound belongs to the first).  KINERJA_GALAT_ARGUMEN if not.
 */
kinerja_status skala_periksa(const skala *s);

/*
 * The label of `nilai` on `s`, looked up on nilai rounded to 2 decimals.
 * Non-finite nilai or nilai outside the scale's domain ->
 * KINERJA_GALAT_ARGUMEN; nilai below the lowest bound (custom scales) ->
 * KINERJA_GALAT_TIDAK_TERSEDIA.  *label points into the scale's own data.
 */
kinerja_status skala_cari(const skala *s, double nilai, const char **label);

#endif
