#include "efisiensi.h"

#include <math.h>

#include "nama.h"

kinerja_status efisiensi_hitung(double capaian_kinerja, double capaian_anggaran,
                                efisiensi_metode metode, double *hasil)
{
    if (metode != EFISIENSI_RASIO && metode != EFISIENSI_SELISIH)
        return KINERJA_GALAT_ARGUMEN;
    if (!isfinite(capaian_kinerja) || !isfinite(capaian_anggaran) ||
        capaian_anggaran < 0.0)
        return KINERJA_GALAT_ARGUMEN;

    double nilai;
    if (metode == EFISIENSI_RASIO) {
        if (capaian_anggaran == 0.0)
            return KINERJA_GALAT_BAGI_NOL;
        nilai = capaian_kinerja / capaian_anggaran;
    } else {
        nilai = capaian_kinerja - capaian_anggaran;
    }
    if (!isfinite(nilai))
        return KINERJA_GALAT_ARGUMEN;
    *hasil = nilai;
    return KINERJA_OK;
}

kinerja_status efisiensi_metode_dari_nama(const char *nama,
                                          efisiensi_metode *metode)
{
    if (nama_sama(nama, "RASIO") || nama_sama(nama, "1")) {
        *metode = EFISIENSI_RASIO;
        return KINERJA_OK;
    }
    if (nama_sama(nama, "SELISIH") || nama_sama(nama, "2")) {
        *metode = EFISIENSI_SELISIH;
        return KINERJA_OK;
    }
    return KINERJA_GALAT_ARGUMEN;
}

kinerja_status efisiensi_metode_dari_angka(double angka,
                                           efisiensi_metode *metode)
{
    if (angka == 1.0) {
        *metode = EFISIENSI_RASIO;
        return KINERJA_OK;
    }
    if (angka == 2.0) {
        *metode = EFISIENSI_SELISIH;
        return KINERJA_OK;
    }
    return KINERJA_GALAT_ARGUMEN;
}
