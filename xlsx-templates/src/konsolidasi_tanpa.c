/*
 * konsolidasi_tanpa.c - the consolidation mode (konsolidasi.h) where the
 * workbook reader is not built: kinerja-template.exe, whose static MinGW
 * build has no libzip and expat yet (buku_baca_tanpa.c).  Consolidating
 * means reading every office's filled workbooks, so the option exists and
 * says so, loudly, rather than being unknown.
 */
#include <string.h>

#include "konsolidasi.h"

bool konsolidasi_baca(const char *folder, konsolidasi *k, galat_rencana *g)
{
    memset(k, 0, sizeof *k);
    galat_tambah(g, folder, 0, 0,
                 "konsolidasi belum tersedia di build ini (membaca buku kerja "
                 ".xlsx/.ods perlu libzip dan expat); pakai kinerja-template "
                 "untuk Linux");
    return false;
}

void konsolidasi_bebas(konsolidasi *k)
{
    memset(k, 0, sizeof *k);
}

generator_hasil konsolidasi_tulis(const konsolidasi *k, const generator_opsi *o,
                                  char **ditulis, galat_rencana *g)
{
    (void)k, (void)o, (void)g;
    if (ditulis)
        *ditulis = NULL;
    return HASIL_RENCANA_SALAH;
}
