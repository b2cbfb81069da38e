#include "serapan.h"

#include <math.h>
#include <stddef.h>

kinerja_status serapan_hitung(double pagu, const double *realisasi,
                              double *hasil)
{
    if (!isfinite(pagu) || pagu < 0.0)
        return KINERJA_GALAT_ARGUMEN;
    if (realisasi == NULL)
        return KINERJA_KOSONG;
    if (!isfinite(*realisasi) || *realisasi < 0.0)
        return KINERJA_GALAT_ARGUMEN;
    if (pagu == 0.0)
        return KINERJA_GALAT_BAGI_NOL;
    double nilai = *realisasi / pagu * 100.0;
    return kinerja_hasil(nilai, hasil);
}
