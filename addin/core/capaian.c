#include "capaian.h"

#include <math.h>
#include <stddef.h>

#include "nama.h"

kinerja_status capaian_hitung(double target, const double *realisasi,
                              capaian_rumus rumus, double *hasil)
{
    if (rumus != CAPAIAN_RUMUS_NAIK && rumus != CAPAIAN_RUMUS_TURUN)
        return KINERJA_GALAT_ARGUMEN;
    if (!isfinite(target) || target < 0.0)
        return KINERJA_GALAT_ARGUMEN;
    if (realisasi == NULL)
        return KINERJA_KOSONG;
    if (!isfinite(*realisasi))
        return KINERJA_GALAT_ARGUMEN;
    if (target == 0.0)
        return KINERJA_GALAT_BAGI_NOL;

    /* Divide first, as staff write it (=realisasi/target*100), so that the
     * add-in and a hand-typed formula give the same double. */
    double nilai = rumus == CAPAIAN_RUMUS_NAIK
                       ? *realisasi / target * 100.0
                       : (target - (*realisasi - target)) / target * 100.0;
    if (!isfinite(nilai))
        return KINERJA_GALAT_ARGUMEN;
    *hasil = nilai;
    return KINERJA_OK;
}

kinerja_status capaian_rumus_dari_nama(const char *nama, capaian_rumus *rumus)
{
    if (nama_sama(nama, "NAIK") || nama_sama(nama, "1")) {
        *rumus = CAPAIAN_RUMUS_NAIK;
        return KINERJA_OK;
    }
    if (nama_sama(nama, "TURUN") || nama_sama(nama, "2")) {
        *rumus = CAPAIAN_RUMUS_TURUN;
        return KINERJA_OK;
    }
    return KINERJA_GALAT_ARGUMEN;
}

kinerja_status capaian_rumus_dari_angka(double angka, capaian_rumus *rumus)
{
    if (angka == 1.0) {
        *rumus = CAPAIAN_RUMUS_NAIK;
        return KINERJA_OK;
    }
    if (angka == 2.0) {
        *rumus = CAPAIAN_RUMUS_TURUN;
        return KINERJA_OK;
    }
    return KINERJA_GALAT_ARGUMEN;
}
