#include "triwulan.h"

#include <math.h>

#include "nama.h"
#include "terisi.h"

#define TRIWULAN_MAKS 4

/* triwulan_jenis_dari_nama and triwulan_jenis_dari_angka */
NAMA_PILIHAN_BACA(triwulan_jenis, TRIWULAN_JUMLAH, "JUMLAH", TRIWULAN_AKHIR,
                  "AKHIR")

kinerja_status triwulan_rekap(const double *nilai, const bool *terisi, size_t n,
                              triwulan_jenis jenis, double *hasil)
{
    if (jenis != TRIWULAN_JUMLAH && jenis != TRIWULAN_AKHIR)
        return KINERJA_GALAT_ARGUMEN;
    if (n == 0 || n > TRIWULAN_MAKS || nilai == NULL || terisi == NULL)
        return KINERJA_GALAT_ARGUMEN;

    terisi_rekap r;
    kinerja_status st = terisi_hitung(nilai, terisi, n, &r);
    if (st != KINERJA_OK)
        return st;
    /* Finite quarters can still sum past DBL_MAX: no made-up infinity. */
    if (!isfinite(r.jumlah))
        return KINERJA_GALAT_ARGUMEN;
    *hasil = jenis == TRIWULAN_JUMLAH ? r.jumlah : r.akhir;
    return KINERJA_OK;
}
