/*
 * uji_rencana.c - a plan from the texts of its CSV files (uji_rencana.h).
 */
#include "uji_rencana.h"

#include <string.h>

#include "csv_baca.h"
#include "uji.h"

const char *const uji_rencana_nama[UJI_RENCANA_BERKAS] = {
    "identitas.csv", "kinerja.csv", "anggaran.csv", "renstra.csv",
    "pembanding.csv"};

bool uji_rencana_dari_teks(const char *const isi[UJI_RENCANA_BERKAS],
                           rencana *r, galat_rencana *g)
{
    csv_tabel t[UJI_RENCANA_BERKAS];
    bool ada[UJI_RENCANA_BERKAS] = {false}, ok = true;
    memset(r, 0, sizeof *r);
    for (int i = 0; i < UJI_RENCANA_BERKAS; i++)
        if (isi[i]) {
            ada[i] = csv_baca_data(uji_rencana_nama[i],
                                   (const unsigned char *)isi[i],
                                   strlen(isi[i]), &t[i], g);
            ok &= ada[i];
        }
    if (ok && ada[0] && ada[1] && ada[2]) {
        rencana_berkas b = {&t[0], &t[1], &t[2], ada[3] ? &t[3] : NULL};
        rencana_tambahan tb = {ada[4] ? &t[4] : NULL};
        ok = rencana_bangun_tambahan(&b, &tb, r, g);
    } else {
        ok = false;
    }
    for (int i = 0; i < UJI_RENCANA_BERKAS; i++)
        if (ada[i])
            csv_tabel_bebas(&t[i]);
    return ok;
}

void uji_rencana_contoh(rencana *r, galat_rencana *g)
{
    galat_init(g);
    assert_true(rencana_baca_contoh(r, g));
}
