/*
 * buku_baca_tanpa.c - buku_baca_isian (buku_baca.h) where the workbook
 * reader is not built: kinerja-template.exe, whose static MinGW build has
 * no libzip and expat yet.  The option exists and says so, loudly, rather
 * than being unknown.
 */
#include "buku_baca.h"

bool buku_baca_isian(const char *jalur, rencana *r, size_t *jumlah_lembar,
                     galat_rencana *g)
{
    (void)r;
    if (jumlah_lembar)
        *jumlah_lembar = 0;
    galat_tambah(g, jalur, 0, 0,
                 "membaca buku kerja belum tersedia di build ini (pembaca "
                 ".xlsx/.ods perlu libzip dan expat); pakai kinerja-template "
                 "untuk Linux");
    return false;
}
