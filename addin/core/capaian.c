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
    return kinerja_hasil(nilai, hasil);
}

/* capaian_rumus_dari_nama and capaian_rumus_dari_angka */
NAMA_PILIHAN_BACA(capaian_rumus, CAPAIAN_RUMUS_NAIK, "NAIK",
                  CAPAIAN_RUMUS_TURUN, "TURUN")
