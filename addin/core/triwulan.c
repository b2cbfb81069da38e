#include "triwulan.h"

#include <math.h>

#include "nama.h"

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

    bool ada = false;
    double jumlah = 0.0;
    double akhir = 0.0;
    for (size_t i = 0; i < n; i++) {
        if (!terisi[i])
            continue;
        if (!isfinite(nilai[i]))
            return KINERJA_GALAT_ARGUMEN;
        ada = true;
        jumlah += nilai[i];
        akhir = nilai[i];
    }
    if (!ada)
        return KINERJA_KOSONG;
    /* Finite quarters can still sum past DBL_MAX: no made-up infinity. */
    if (!isfinite(jumlah))
        return KINERJA_GALAT_ARGUMEN;
    *hasil = jenis == TRIWULAN_JUMLAH ? jumlah : akhir;
    return KINERJA_OK;
}
