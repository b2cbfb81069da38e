#include "triwulan.h"

#include <math.h>

#include "nama.h"

#define TRIWULAN_MAKS 4

kinerja_status triwulan_jenis_dari_nama(const char *nama, triwulan_jenis *jenis)
{
    if (nama_sama(nama, "JUMLAH") || nama_sama(nama, "1")) {
        *jenis = TRIWULAN_JUMLAH;
        return KINERJA_OK;
    }
    if (nama_sama(nama, "AKHIR") || nama_sama(nama, "2")) {
        *jenis = TRIWULAN_AKHIR;
        return KINERJA_OK;
    }
    return KINERJA_GALAT_ARGUMEN;
}

kinerja_status triwulan_jenis_dari_angka(double angka, triwulan_jenis *jenis)
{
    if (angka == 1.0) {
        *jenis = TRIWULAN_JUMLAH;
        return KINERJA_OK;
    }
    if (angka == 2.0) {
        *jenis = TRIWULAN_AKHIR;
        return KINERJA_OK;
    }
    return KINERJA_GALAT_ARGUMEN;
}

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
