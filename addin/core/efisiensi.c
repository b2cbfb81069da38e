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
    return kinerja_hasil(nilai, hasil);
}

/* efisiensi_metode_dari_nama and efisiensi_metode_dari_angka */
NAMA_PILIHAN_BACA(efisiensi_metode, EFISIENSI_RASIO, "RASIO", EFISIENSI_SELISIH,
                  "SELISIH")
