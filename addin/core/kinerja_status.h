/*
 * kinerja_status.h - the outcome of every core computation.
 *
 * The core never prints and never aborts: each function returns one of these
 * values and writes its result through an out-parameter only on KINERJA_OK.
 * The Calc glue maps each status to one Calc error value (see
 * kinerja_status_galat_calc), the generator to a message.
 */
#ifndef KINERJA_STATUS_H
#define KINERJA_STATUS_H

#include <math.h>

typedef enum kinerja_status {
    KINERJA_OK = 0,
    /* An input that is not filled in yet (realisasi belum diisi): the result
     * is "no value", shown blank, never 0 % and never 100 %. */
    KINERJA_KOSONG,
    /* A division by zero: target 0, pagu 0, capaian anggaran 0, all-zero
     * weights.  Calc shows #DIV/0!. */
    KINERJA_GALAT_BAGI_NOL,
    /* A bad argument value: a negative target, an unknown name, a value
     * outside a scale's domain, a non-finite number, shapes that do not
     * match.  Calc shows Err:502, as its own functions do. */
    KINERJA_GALAT_ARGUMEN,
    /* Text where a number belongs.  Calc shows #VALUE!. */
    KINERJA_GALAT_TIPE,
    /* No answer exists: a value below the lowest bound of a custom scale,
     * an incomplete SPBE assessment.  Calc shows #N/A. */
    KINERJA_GALAT_TIDAK_TERSEDIA,
    /* Memory could not be had.  Calc shows Err:502 rather than crash. */
    KINERJA_GALAT_MEMORI
    /* A new status goes here, last, with its row in kinerja_status.c's
     * table (whose size check counts up to the last status). */
} kinerja_status;

/* A short English description for messages and test output; never NULL. */
const char *kinerja_status_teks(kinerja_status status);

/* The Calc error code (include/formula/errorcodes.hxx) that the add-in
 * returns for a failed status: 532 #DIV/0!, 502 Err:502, 519 #VALUE!,
 * 32767 #N/A.  0 for KINERJA_OK and KINERJA_KOSONG (not errors). */
int kinerja_status_galat_calc(kinerja_status status);

/* A computed result: finite, it is written to *hasil (KINERJA_OK); an
 * overflow to infinity or a NaN is KINERJA_GALAT_ARGUMEN, never a made-up
 * infinity in a cell.  Inline: every formula's result passes here. */
static inline kinerja_status kinerja_hasil(double nilai, double *hasil)
{
    if (!isfinite(nilai))
        return KINERJA_GALAT_ARGUMEN;
    *hasil = nilai;
    return KINERJA_OK;
}

#endif
