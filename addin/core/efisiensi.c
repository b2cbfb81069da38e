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

/* The option numbers are the enum's values (the 1 and 2 a user types). */
_Static_assert(EFISIENSI_RASIO == 1 && EFISIENSI_SELISIH == 2,
               "efisiensi_metode: 1 and 2");

/* efisiensi_metode_dari_nama and efisiensi_metode_dari_angka */
NAMA_PILIHAN_BACA(efisiensi_metode, "RASIO", "SELISIH")
