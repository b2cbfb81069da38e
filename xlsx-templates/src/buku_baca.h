/*
 * buku_baca.h - reading a filled workbook back into the plan.
 *
 * Staff fill the workbooks kinerja-template wrote (in Calc or Excel) and
 * save them as .xlsx or .ods.  This reads what they entered into the input
 * cells back into the plan the workbooks were written from, so the next
 * document starts from it without retyping:
 *
 *   Pengukuran Kinerja   realisasi of each indicator; a program's
 *                        realisasi (what the office reports for it)
 *   Triwulan             the quarters (tw_1..tw_4) and quarterly targets
 *   Realisasi Anggaran   pagu and realisasi of each budget line, its
 *                        uraian and Induk retyped, lines staff added
 *   Ringkasan            an indicator's realisasi changed there
 *   Pemeriksaan          the totals of belanja operasi and modal
 *   Perbandingan         this year's realisasi of a kinerja lainnya
 *   Perbandingan Daerah  the other regions' realisasi
 *   PK, PK Murni,        the signatories' names, titles, ranks and NIP,
 *   PK Perubahan         the dates; PK Murni's program pagu the plan
 *                        did not know
 *
 * A figure shown on two sheets, or a name in two places of a PK, is
 * taken from the cell staff changed (it differs from what was written);
 * two cells changed to different values are refused.  A revised pagu
 * keeps the plan's as the murni pagu when the plan had none.
 *
 * Columns of the table sheets are found only through the sheet layouts
 * (tata.h, by their names), so the writer and the reader cannot drift
 * apart (Perbandingan, Perbandingan Daerah and the PK letters, declared
 * by no layout, by the labels their writers put beside them); each column's
 * header is checked against its declared title first, so a workbook the
 * generator did not write is refused with the file, the sheet and the cell.
 * Rows are found by their kode (Realisasi Anggaran) or by the indicator's
 * name (the indicator sheets carry no kode column), never by position:
 * rows staff inserted or moved still map, empty inserted rows are ignored.
 *
 * The rest of the plan (names, targets, links, identitas) comes from the
 * plan the workbooks were written from: a workbook shows those as locked
 * labels, often shortened or merged, and is not their source.  A cell left
 * blank means "not reported" (the value is removed); a formula cell is the
 * generator's own and is not an input.  Numbers typed as text are read in
 * either notation ("96,25", "1.000.000", "96.25").
 */
#ifndef KINERJA_BUKU_BACA_H
#define KINERJA_BUKU_BACA_H

#include <stdbool.h>
#include <stddef.h>

#include "galat.h"
#include "rencana.h"

/*
 * Reads the entered values of the workbook at `jalur`, or of every .xlsx
 * and .ods file in the folder `jalur`, into plan r (already read), then
 * recomputes its totals.  A single file must hold at least one input
 * sheet; in a folder, files without one (the RKT workbook) are
 * skipped, but the folder must hold at least one, and each input sheet in
 * one workbook only (a copy beside the original is refused, not resolved
 * by file name).  *jumlah_lembar
 * (may be NULL) receives the number of input sheets read.  On failure
 * every problem found is in g ("berkas: lembar 'X', sel F12: ...") and
 * false is returned; r may then be partly updated and should be freed.
 */
bool buku_baca_isian(const char *jalur, rencana *r, size_t *jumlah_lembar,
                     galat_rencana *g);

#endif
