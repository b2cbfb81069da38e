/*
 * batas.h - whether a plan fits the worksheets it will be written to.
 *
 * A worksheet has 1 048 576 rows (the xlsx format's and every office
 * suite's limit).  Each sheet of the five workbooks lays the plan out in
 * its own way, so the rows each sheet will take are counted from the
 * plan's sizes, with the layout's fixed rows, before anything is written:
 * a plan larger than a sheet is refused while reading (also under
 * --periksa), quickly and with a message, instead of failing after minutes
 * of writing.  The counts are upper bounds (a block is never shorter than
 * its rows and indicators together), so a plan they accept always fits.
 */
#ifndef KINERJA_BATAS_H
#define KINERJA_BATAS_H

#include <stdbool.h>
#include <stddef.h>

#include "galat.h"
#include "rencana.h"

/* Rows of one worksheet. */
#define BATAS_BARIS_LEMBAR 1048576u

/* The fixed rows (titles, headers, totals, notes) counted for each sheet
 * but the Perjanjian Kinerja, a letter. */
#define BATAS_BARIS_TETAP 32u

typedef struct batas_lembar {
    const char *buku;   /* the workbook's file name, before the year */
    const char *lembar; /* the sheet's name */
    size_t baris;       /* rows it will take at most */
} batas_lembar;

/* The sheets counted, in the order the workbooks are written. */
#define BATAS_JUMLAH_LEMBAR 11

/* Fills `hasil` with each sheet's row count for plan r (built and summed);
 * false when memory runs out. */
bool batas_hitung(const rencana *r, batas_lembar hasil[BATAS_JUMLAH_LEMBAR]);

/* True if every sheet fits; otherwise records, for each sheet that does
 * not, what it would take and how to split the plan, and returns false. */
bool batas_periksa(const rencana *r, galat_rencana *g);

#endif
