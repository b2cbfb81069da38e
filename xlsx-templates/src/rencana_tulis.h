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
 * not keep, may differ).  kinerja.csv lists the kelompok and indicators
 * in the order of their lines (baris); a plan built elsewhere, with every
 * baris 0, gets its kelompok first and then its indicators, which reads
 * back the same since rows are linked by kode.
 */
#ifndef KINERJA_RENCANA_TULIS_H
#define KINERJA_RENCANA_TULIS_H

#include <stdbool.h>

#include "galat.h"
#include "generator.h"
#include "rencana.h"

/*
 * Writes plan r as the five files into `folder` (created if missing),
 * renstra.csv and pembanding.csv with their header alone when the plan has
 * no such rows.  All or nothing, as the workbooks are (keluaran.h): an
 * existing file is replaced only with `timpa` (else HASIL_SUDAH_ADA), and
 * on a failure (HASIL_GAGAL_TULIS, the reason in g) nothing is left.
 */
generator_hasil rencana_tulis_csv(const rencana *r, const char *folder,
                                  bool timpa, galat_rencana *g);

#endif
