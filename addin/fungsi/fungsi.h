/*
 * fungsi.h - the one table of spreadsheet functions, and the generic call.
 *
 * Every Calc function of the add-in is one row of fungsi_tabel
 * (fungsi_tabel.c): its name (the Calc name in every locale and the UNO
 * method name), Indonesian and English help, its arguments, and the kernel that
 * computes one result cell.  The UNO dispatcher, the generated
 * CalcAddIns.xcu, the IDL check and the README's function reference all read
 * this table; adding a function is one row, one kernel, one IDL method.
 *
 * fungsi_panggil implements the spreadsheet semantics shared by every
 * function, so no kernel repeats them:
 *  - per-cell arguments that are ranges are walked element by element and
 *    the result has their shape (a 1x1 argument is used for every element;
 *    other shapes that differ -> Err:502); a per-row argument of N rows
 *    gives N x 1;
 *  - a required number that is empty text gives an empty result cell, so
 *    blanks propagate; text where a number belongs gives #VALUE!;
 *  - an omitted required argument gives Err:502.
 */
#ifndef KINERJA_FUNGSI_H
#define KINERJA_FUNGSI_H

#include <stdbool.h>
#include <stddef.h>

#include "sel.h"

#define FUNGSI_ARGUMEN_MAKS 4

typedef enum argumen_jenis {
    ARG_ANGKA,   /* per cell: a number; checked by fungsi_panggil */
    ARG_PILIHAN, /* per cell: a name or its number code (arah, metode) */
    ARG_UTUH,    /* the whole value: a name or a range (skala, bobot) */
    ARG_BARIS    /* per row: each row of a range is one element (the four
                  * quarters of an indicator); a single column is one row */
} argumen_jenis;

typedef struct fungsi_argumen {
    const char *nama_id; /* argument name shown in the Function Wizard */
    const char *nama_en;
    const char *uraian_id; /* argument help */
    const char *uraian_en;
    argumen_jenis jenis;
    bool opsional;
} fungsi_argumen;

/*
 * Work done once per call before the cells are walked (parse a scale, check
 * a weight range).  On failure the whole result is that error.  *konteks may
 * be set to memory that `lepas` frees.
 */
typedef kinerja_status (*fungsi_siapkan)(const kinerja_matriks *arg,
                                         void **konteks);
typedef void (*fungsi_lepas)(void *konteks);

/*
 * One result cell: element `i` of the result, reading per-cell arguments
 * with fungsi_arg_sel(&arg[k], i).  Writes SEL_ANGKA, SEL_TEKS (pointing to
 * static or argument-owned text), SEL_KOSONG or SEL_GALAT.
 */
typedef void (*fungsi_hitung)(const kinerja_matriks *arg, size_t i,
                              const void *konteks, kinerja_sel *hasil);

typedef struct fungsi_info {
    /* The Calc name, the same in every locale, and also the UNO method
     * name: Calc stores a call as SERVICE.METHOD upper-cased
     * (ID.KINERJA.FUNGSI.CAPAIAN), so file and display names agree. */
    const char *nama;
    const char *uraian_id; /* Function Wizard description */
    const char *uraian_en;
    size_t jumlah_argumen;
    fungsi_argumen argumen[FUNGSI_ARGUMEN_MAKS];
    fungsi_siapkan siapkan; /* may be NULL */
    fungsi_lepas lepas;     /* may be NULL */
    fungsi_hitung hitung;
} fungsi_info;

/* The Function Wizard category of every function. */
#define FUNGSI_KATEGORI "Add-In"

extern const fungsi_info fungsi_tabel[];
extern const size_t fungsi_jumlah;

/* The row whose UNO method name (its `nama`, exact case) is the first
 * `panjang` bytes of `metode`. */
const fungsi_info *fungsi_cari_metode(const char *metode, size_t panjang);

/* The row whose Calc name is `nama` (case-insensitive). */
const fungsi_info *fungsi_cari_nama(const char *nama);

/*
 * Calls f with exactly f->jumlah_argumen arguments (omitted ones as
 * SEL_TIADA scalars).  On KINERJA_OK, *hasil holds a result the caller frees
 * with kinerja_matriks_bebas: a range of the per-cell arguments' shape, or a
 * 1x1 non-range.  A failed call (bad shapes, a failed `siapkan`, no memory)
 * returns that status and leaves *hasil empty: the caller shows it as one
 * error value.
 */
kinerja_status fungsi_panggil(const fungsi_info *f, const kinerja_matriks *arg,
                              size_t jumlah_argumen, kinerja_matriks *hasil);

/* Row i of an ARG_BARIS argument: *jumlah cells.  A single column (the
 * quarters written downwards) is one row whatever i is. */
static inline const kinerja_sel *fungsi_arg_baris(const kinerja_matriks *m,
                                                  size_t i, size_t *jumlah)
{
    if (m->kolom == 1) {
        *jumlah = m->baris;
        return m->sel;
    }
    *jumlah = m->kolom;
    return m->baris == 1 ? m->sel : &m->sel[i * m->kolom];
}

/* Element i of a per-cell argument: its only cell if it is 1x1. */
static inline const kinerja_sel *fungsi_arg_sel(const kinerja_matriks *m,
                                                size_t i)
{
    return (m->baris == 1 && m->kolom == 1) ? &m->sel[0] : &m->sel[i];
}

#endif
