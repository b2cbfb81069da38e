#include "periksa_anggaran.h"

#include <stddef.h>
#include <stdint.h>

#include "rupiah.h"

kinerja_status periksa_anggaran(double pagu, const double *realisasi,
                                periksa_anggaran_temuan *temuan)
{
    int64_t pagu_rp;
    kinerja_status st = rupiah_dari_double(pagu, &pagu_rp);
    if (st != KINERJA_OK || pagu_rp < 0)
        return KINERJA_GALAT_ARGUMEN;
    if (realisasi == NULL) {
        *temuan = PERIKSA_ANGGARAN_BELUM_DIISI;
        return KINERJA_OK;
    }
    int64_t realisasi_rp;
    st = rupiah_dari_double(*realisasi, &realisasi_rp);
    if (st != KINERJA_OK || realisasi_rp < 0)
        return KINERJA_GALAT_ARGUMEN;
    if (realisasi_rp == 0)
        *temuan = PERIKSA_ANGGARAN_BELUM_DIISI;
    else if (realisasi_rp > pagu_rp)
        *temuan = PERIKSA_ANGGARAN_MELEBIHI_PAGU;
    else
        *temuan = PERIKSA_ANGGARAN_SESUAI;
    return KINERJA_OK;
}

const char *periksa_anggaran_label(periksa_anggaran_temuan temuan)
{
    static const char *const label[] = {
        [PERIKSA_ANGGARAN_SESUAI] = "Sesuai",
        [PERIKSA_ANGGARAN_MELEBIHI_PAGU] = "Melebihi pagu",
        [PERIKSA_ANGGARAN_BELUM_DIISI] = "Belum ada realisasi",
    };
    _Static_assert(sizeof label / sizeof label[0] ==
                       PERIKSA_ANGGARAN_BELUM_DIISI + 1,
                   "label: one per periksa_anggaran_temuan");
    return (unsigned)temuan < sizeof label / sizeof label[0] ? label[temuan]
                                                             : "?";
}
