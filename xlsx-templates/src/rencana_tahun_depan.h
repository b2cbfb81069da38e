/*
 * rencana_tahun_depan.h - next year's plan from this year's.
 *
 * The structure carries over (sasaran, indicators, programs, kegiatan,
 * sub kegiatan, signatories): what an office plans for the next year is
 * mostly what it did this year.  The year's figures do not:
 *
 *   tahun        + 1
 *   targets      the Renstra's for the new year (renstra.csv); an
 *                indicator the Renstra gives no target for that year keeps
 *                this year's, with a note to check it
 *   realisasi    empty (indicators, quarters, budget lines, totals)
 *   pagu         each sub kegiatan keeps this year's final pagu as the
 *                starting figure: the plan format needs one on every line,
 *                and last year's final budget is what the next one is
 *                drafted from (pagu indikatif); staff type the new DPA's
 *                over it.  No murni pagu or target (no revision yet), no
 *                reported parent totals.
 *   Renstra      every row kept: this year's realisasi stays as the
 *                history the Perbandingan sheet and the charts show (a row
 *                is added for an indicator in the Renstra that had none
 *                for this year)
 *   pembanding   dropped: other regions' figures are for a year
 *   PK           no dates; the original signatories are the current ones;
 *                keterangan "APBD <tahun>" and "P APBD <tahun>"
 */
#ifndef KINERJA_RENCANA_TAHUN_DEPAN_H
#define KINERJA_RENCANA_TAHUN_DEPAN_H

#include <stdbool.h>

#include "galat.h"
#include "rencana.h"

/*
 * Turns plan r into next year's, as above, and recomputes its totals.
 * Each indicator that keeps this year's target is one message in
 * `catatan` (kinerja.csv:LINE: ...), to be shown, not an error.  False
 * (the reason in g) only when memory runs out; r should then be freed.
 */
bool rencana_tahun_depan(rencana *r, galat_rencana *catatan, galat_rencana *g);

#endif
