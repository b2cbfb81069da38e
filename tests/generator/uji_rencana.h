/*
 * uji_rencana.h - a plan built from the texts of its CSV files, the way
 * the generator's tests describe small plans inline.
 */
#ifndef KINERJA_UJI_RENCANA_H
#define KINERJA_UJI_RENCANA_H

#include <stdbool.h>

#include "rencana.h"

/* How many files a plan may have, in the order of uji_rencana_nama. */
#define UJI_RENCANA_BERKAS 5

/* identitas.csv, kinerja.csv, anggaran.csv, renstra.csv, pembanding.csv:
 * the names the messages in g carry. */
extern const char *const uji_rencana_nama[UJI_RENCANA_BERKAS];

/*
 * Builds *r from the files' texts (isi[i] the content of
 * uji_rencana_nama[i]; NULL: the file is absent).  The first three files
 * are required.  On failure false, every problem in g, *r left empty.
 */
bool uji_rencana_dari_teks(const char *const isi[UJI_RENCANA_BERKAS],
                           rencana *r, galat_rencana *g);

/* The built-in example in *r, g initialised for the test's own messages
 * (free both); the reading asserted to succeed. */
void uji_rencana_contoh(rencana *r, galat_rencana *g);

#endif
