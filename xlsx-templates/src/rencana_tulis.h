/*
 * rencana_tulis.h - writing a plan back as the plan format's CSV files.
 *
 * The files are written by the same column declarations the reader reads
 * them by (rencana_kolom.h), in the notation of the built-in example: `;`
 * between fields, Indonesian numbers (thousands dots, decimal comma), each
 * figure with as many decimals as the plan typed it, dates as 2024-09-23,
 * and a field quoted when it holds `;`, a quote or a line break.  Reading
 * the written folder back gives an equal plan (the same values, kode and
 * links; only line numbers and the catatan columns, which the model does
 * not keep, may differ).
 */
#ifndef KINERJA_RENCANA_TULIS_H
#define KINERJA_RENCANA_TULIS_H

#include <stdbool.h>

#include "galat.h"
#include "rencana.h"

/*
 * Writes plan r as identitas.csv, kinerja.csv and anggaran.csv, and
 * renstra.csv and pembanding.csv when it has such rows, into `folder`
 * (created if missing; files of those names are replaced).  False, with
 * the reason in g, when a file cannot be written.
 */
bool rencana_tulis_csv(const rencana *r, const char *folder, galat_daftar *g);

#endif
