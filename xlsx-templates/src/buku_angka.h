/*
 * buku_angka.h - every number of a written workbook reads back as the
 * same double.
 *
 * libxlsxwriter writes each number cell and each formula's cached number
 * with its lxw_sprintf_dbl.  Built with its emyg_dtoa (USE_DTOA_LIBRARY,
 * as the Windows build compiles it: windows/pustaka) that is the shortest
 * text that reads back.  Built without it, as Debian builds the system
 * library the Linux generator links, it is printf's "%.16G", and sixteen
 * digits do not always read back: 110.9333333333333 for the capaian
 * 110.93333333333332 (angka_tepat.h).
 *
 * So, without emyg_dtoa, the cells whose text would differ from the
 * shortest exact one (angka_tepat_teks) are noted from the workbook's own
 * cells just before workbook_close, by sheet and cell, whichever writer
 * wrote them.  While workbook_close writes the file, their <v> texts are
 * replaced in the sheets' XML on its way to the zip (libxlsxwriter hands
 * it to minizip, a shared library of its own on Debian; see
 * buku_angka.c); a cell that could not be replaced so is replaced after
 * workbook_close has written the file, and before it is put in place
 * (keluaran.h), in the sheets' XML inside the zip (libzip).  A workbook
 * with no such cell left is not opened again.  With emyg_dtoa both steps
 * are nothing.
 */
#ifndef KINERJA_BUKU_ANGKA_H
#define KINERJA_BUKU_ANGKA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <xlsxwriter.h>

#include "angka_tepat.h"
#include "galat.h"

/* One cell to correct: its worksheet (1 for xl/worksheets/sheet1.xml, in
 * the order the sheets were added), row and column (from 0), the text its
 * <v> must hold, and whether it was corrected already while
 * workbook_close wrote the file (see buku_angka_catat). */
typedef struct buku_angka_sel {
    unsigned lembar;
    uint32_t baris;
    uint16_t kolom;
    bool selesai;
    char teks[ANGKA_TEPAT_MAKS];
} buku_angka_sel;

/* The cells of one workbook to correct, in the order of the file: by
 * sheet, row, column. */
typedef struct buku_angka {
    buku_angka_sel *sel;
    size_t jumlah, kapasitas;
} buku_angka;

#ifdef USE_DTOA_LIBRARY
/* emyg_dtoa writes every number exactly: nothing to note or correct. */
static inline bool buku_angka_catat(lxw_workbook *wb, buku_angka *d)
{
    (void)wb;
    *d = (buku_angka){0};
    return true;
}
static inline bool buku_angka_perbaiki(const char *jalur, const buku_angka *d,
                                       const char *nama, galat_rencana *g)
{
    (void)jalur, (void)d, (void)nama, (void)g;
    return true;
}
static inline void buku_angka_bebas(buku_angka *d)
{
    (void)d;
}
#else
/*
 * Notes in d every number cell and formula with a number result of wb whose
 * text libxlsxwriter would write differs from the shortest exact one.  To
 * be called just before workbook_close, which frees the cells; d must stay
 * where it is until buku_angka_perbaiki or buku_angka_bebas, since the
 * next workbook_close corrects its cells as it writes them (one workbook
 * closes at a time).  False if memory ran out (d is then empty).
 */
bool buku_angka_catat(lxw_workbook *wb, buku_angka *d);

/*
 * Replaces the noted cells' <v> texts that workbook_close could not in the
 * workbook file `jalur` as it wrote it; with none left the file is not
 * touched.  False
 * (and a message about `nama`, the file's final name, in g) if the file
 * cannot be read or written, or a noted cell is not where libxlsxwriter
 * writes it.
 */
bool buku_angka_perbaiki(const char *jalur, const buku_angka *d,
                         const char *nama, galat_rencana *g);

/* Frees what buku_angka_catat noted. */
void buku_angka_bebas(buku_angka *d);
#endif

#endif
