/*
 * sel.h - spreadsheet values as the function layer sees them.
 *
 * The Calc glue turns each UNO argument into a kinerja_matriks of
 * kinerja_sel, and each result back; the generator builds them from its plan
 * to compute cached values.  Neither side needs to know the other.
 */
#ifndef KINERJA_SEL_H
#define KINERJA_SEL_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/kinerja_status.h"

typedef enum sel_jenis {
    SEL_ANGKA,  /* a number (Calc passes TRUE() as 1 and a lone empty cell as 0)
                 */
    SEL_TEKS,   /* non-empty text */
    SEL_KOSONG, /* empty text: an empty cell inside a range, or a formula's ""
                 */
    SEL_TIADA,  /* an omitted argument (Calc passes VOID) */
    SEL_GALAT   /* results only: an error status */
} sel_jenis;

typedef struct kinerja_sel {
    sel_jenis jenis;
    double angka;         /* SEL_ANGKA */
    const char *teks;     /* SEL_TEKS: UTF-8, NUL-terminated, not owned */
    kinerja_status galat; /* SEL_GALAT */
} kinerja_sel;

/*
 * A grid of cells, row-major.  `rentang` is true when the value came as a
 * range or array (even 1x1); a function whose per-cell arguments include a
 * range returns a range of the same shape, otherwise a single value.
 */
typedef struct kinerja_matriks {
    size_t baris;
    size_t kolom;
    kinerja_sel *sel;
    bool rentang;
} kinerja_matriks;

static inline kinerja_sel sel_angka(double angka)
{
    kinerja_sel s = {SEL_ANGKA, angka, NULL, KINERJA_OK};
    return s;
}

static inline kinerja_sel sel_teks(const char *teks)
{
    kinerja_sel s = {SEL_TEKS, 0.0, teks, KINERJA_OK};
    return s;
}

static inline kinerja_sel sel_kosong(void)
{
    kinerja_sel s = {SEL_KOSONG, 0.0, NULL, KINERJA_OK};
    return s;
}

static inline kinerja_sel sel_tiada(void)
{
    kinerja_sel s = {SEL_TIADA, 0.0, NULL, KINERJA_OK};
    return s;
}

static inline kinerja_sel sel_galat(kinerja_status galat)
{
    kinerja_sel s = {SEL_GALAT, 0.0, NULL, galat};
    return s;
}

/* A scalar argument (not a range) viewing one cell the caller owns. */
static inline kinerja_matriks matriks_skalar(kinerja_sel *sel)
{
    kinerja_matriks m = {1, 1, sel, false};
    return m;
}

/* Frees the cells of a result built by fungsi_panggil and empties it. */
void kinerja_matriks_bebas(kinerja_matriks *m);

#endif
