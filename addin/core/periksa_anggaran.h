/*
 * periksa_anggaran.h - finance's check of a budget line: realisasi against
 * pagu, to the rupiah.
 */
#ifndef KINERJA_PERIKSA_ANGGARAN_H
#define KINERJA_PERIKSA_ANGGARAN_H

#include "kinerja_status.h"

typedef enum periksa_anggaran_temuan {
    PERIKSA_ANGGARAN_SESUAI,        /* 0 <= realisasi <= pagu */
    PERIKSA_ANGGARAN_MELEBIHI_PAGU, /* realisasi > pagu: over-spending */
    PERIKSA_ANGGARAN_BELUM_DIISI    /* realisasi not entered */
} periksa_anggaran_temuan;

/*
 * The finding for one line.  realisasi NULL (not entered) and realisasi 0
 * are both "no realisasi": Calc passes an empty cell as 0, and for finance
 * a line with nothing spent needs the same look either way.  Amounts must
 * be whole rupiah (rupiah_dari_double) and not negative; otherwise
 * KINERJA_GALAT_ARGUMEN.
 */
kinerja_status periksa_anggaran(double pagu, const double *realisasi,
                                periksa_anggaran_temuan *temuan);

/* The label staff read: "Sesuai", "Melebihi pagu", "Belum ada realisasi". */
const char *periksa_anggaran_label(periksa_anggaran_temuan temuan);

#endif
