/*
 * The official category scales, as data.  Sources and the use of each are in
 * docs/aturan.md ("Kategori"); bands are listed bottom-up (ascending lower
 * bound).  To add a scale: add its bands and one row to `preset`.
 */
#include <math.h>

#include "nama.h"
#include "skala.h"

#define LEBIH(b, label)                                                        \
    {                                                                          \
        (b), true, (label)                                                     \
    } /* value >  b */
#define MINIMAL(b, label)                                                      \
    {                                                                          \
        (b), false, (label)                                                    \
    } /* value >= b */
#define TERBUKA(label)                                                         \
    {                                                                          \
        -INFINITY, false, (label)                                              \
    }

/* Inpres 7/1999 ordinal scale used by the seed for budget absorption. */
static const skala_pita pita_tingkat[] = {
    TERBUKA("Sangat Rendah"), LEBIH(50, "Rendah"),        LEBIH(65, "Sedang"),
    LEBIH(75, "Tinggi"),      LEBIH(90, "Sangat Tinggi"),
};

/* Predikat capaian kinerja in LKjIP conclusions. */
static const skala_pita pita_berhasil[] = {
    TERBUKA("Kurang Berhasil"),
    MINIMAL(55, "Cukup Berhasil"),
    MINIMAL(75, "Berhasil"),
    MINIMAL(100, "Sangat Berhasil"),
};

static const skala_pita pita_efisiensi[] = {
    TERBUKA("Tidak Efisien"),
    MINIMAL(1, "Efisien"),
};

static const skala_pita pita_efisiensi_selisih[] = {
    TERBUKA("Tidak Efisien"),
    MINIMAL(-5, "Cukup Efisien"),
    LEBIH(5, "Efisien"),
};

/* PermenPANRB 59/2020. */
static const skala_pita pita_spbe[] = {
    MINIMAL(0, "Kurang"),      MINIMAL(1.8, "Cukup"),
    MINIMAL(2.6, "Baik"),      MINIMAL(3.5, "Sangat Baik"),
    MINIMAL(4.2, "Memuaskan"),
};

/* Indeks Pemerintah Digital, PermenPANRB 8/2026 (the bands come from
 * secondary sources that agree: docs/aturan.md). */
static const skala_pita pita_pemdi[] = {
    MINIMAL(1.0, "Kurang"),    MINIMAL(1.5, "Cukup"),
    MINIMAL(2.5, "Baik"),      MINIMAL(3.5, "Sangat Baik"),
    MINIMAL(4.0, "Memuaskan"),
};

/* PermenPANRB 88/2021. */
static const skala_pita pita_sakip[] = {
    MINIMAL(0, "D"), LEBIH(30, "C"), LEBIH(50, "CC"), LEBIH(60, "B"),
    LEBIH(70, "BB"), LEBIH(80, "A"), LEBIH(90, "AA"),
};

/* Indeks Profesionalitas ASN (PermenPANRB 38/2018; bounds from practice). */
static const skala_pita pita_ip_asn[] = {
    MINIMAL(0, "Sangat Rendah"), LEBIH(60, "Rendah"),
    LEBIH(70, "Sedang"),         LEBIH(80, "Tinggi"),
    LEBIH(90, "Sangat Tinggi"),
};

#define JUMLAH(a) (sizeof(a) / sizeof((a)[0]))
#define PRESET(nama, pita, min, maks)                                          \
    {                                                                          \
        (nama), (pita), JUMLAH(pita), (min), (maks)                            \
    }

static const skala preset[] = {
    PRESET("TINGKAT", pita_tingkat, -INFINITY, INFINITY),
    PRESET("BERHASIL", pita_berhasil, -INFINITY, INFINITY),
    PRESET("EFISIENSI", pita_efisiensi, -INFINITY, INFINITY),
    PRESET("EFISIENSI_SELISIH", pita_efisiensi_selisih, -INFINITY, INFINITY),
    PRESET("SPBE", pita_spbe, 0, 5),
    PRESET("PEMDI", pita_pemdi, 1, 5),
    PRESET("SAKIP", pita_sakip, 0, 100),
    PRESET("IP_ASN", pita_ip_asn, 0, 100),
};

const skala *skala_preset_cari(const char *nama)
{
    for (size_t i = 0; i < JUMLAH(preset); i++)
        if (nama_sama(nama, preset[i].nama))
            return &preset[i];
    return NULL;
}

const skala *skala_preset_bawaan(void)
{
    return &preset[0];
}

const skala *skala_preset_semua(size_t *jumlah)
{
    *jumlah = JUMLAH(preset);
    return preset;
}
