/*
 * The weighted SPBE / PEMDI index.  The official weights are data below, in
 * percent: the SPBE ones exactly as PermenPANRB 59/2020 publishes them; the
 * PEMDI ones of PermenPANRB 8/2026 as secondary sources (summaries of the
 * regulation) give them, since its text was not available (the rules and
 * their sources: docs/aturan.md).  Adding a framework level is one array
 * and one row of `tingkat_resmi`.
 */
#include "indeks_spbe.h"

#include <math.h>

#include "nama.h"

/* 59/2020 domains: Kebijakan Internal, Tata Kelola, Manajemen, Layanan. */
static const double bobot_spbe_domain[4] = {13.0, 25.0, 16.5, 45.5};

/* 59/2020 aspects 1..8. */
static const double bobot_spbe_aspek[8] = {13.0, 10.0, 10.0, 5.0,
                                           12.0, 4.5,  27.5, 18.0};

/* 59/2020 indicators 1..47: 1-10 x 1.30, 11-20 x 2.50, 21-31 x 1.50,
 * 32-41 x 2.75, 42-47 x 3.00. */
static const double bobot_spbe_indikator[47] = {
    1.30, 1.30, 1.30, 1.30, 1.30, 1.30, 1.30, 1.30, 1.30, 1.30, /*  1-10 */
    2.50, 2.50, 2.50, 2.50, 2.50, 2.50, 2.50, 2.50, 2.50, 2.50, /* 11-20 */
    1.50, 1.50, 1.50, 1.50, 1.50, 1.50, 1.50, 1.50, 1.50, 1.50, /* 21-30 */
    1.50,                                                       /* 31 */
    2.75, 2.75, 2.75, 2.75, 2.75, 2.75, 2.75, 2.75, 2.75, 2.75, /* 32-41 */
    3.00, 3.00, 3.00, 3.00, 3.00, 3.00,                         /* 42-47 */
};

/*
 * Indeks Pemerintah Digital (PermenPANRB 8/2026, figures from secondary
 * sources): 7 aspects, each the sum of its indicators' weights (20
 * indicators).  The weights are whole percents,
 * so the sums are checked by the compiler: an indicator weight mistyped
 * here fails the build instead of shifting an index.
 */
enum bobot_pemdi {
    /* Aspects. */
    PEMDI_TATA_KELOLA = 10, /* Tata Kelola dan Manajemen */
    PEMDI_PENYELENGGARA = 10,
    PEMDI_DATA = 15,
    PEMDI_KEAMANAN = 15,
    PEMDI_TEKNOLOGI = 10,
    PEMDI_LAYANAN = 15,  /* Keterpaduan Layanan Digital */
    PEMDI_KEPUASAN = 25, /* Kepuasan Pengguna */
    /* Indicators I1..I20, in the order of their aspects. */
    PEMDI_I1 = 5,
    PEMDI_I2 = 5,
    PEMDI_I3 = 5,
    PEMDI_I4 = 5,
    PEMDI_I5 = 5,
    PEMDI_I6 = 3,
    PEMDI_I7 = 3,
    PEMDI_I8 = 4,
    PEMDI_I9 = 4,
    PEMDI_I10 = 4,
    PEMDI_I11 = 3,
    PEMDI_I12 = 4,
    PEMDI_I13 = 5,
    PEMDI_I14 = 5,
    PEMDI_I15 = 4,
    PEMDI_I16 = 4,
    PEMDI_I17 = 4,
    PEMDI_I18 = 3,
    PEMDI_I19 = 10,
    PEMDI_I20 = 15,
};

_Static_assert(PEMDI_I1 + PEMDI_I2 == PEMDI_TATA_KELOLA,
               "PEMDI: I1-I2 make Tata Kelola dan Manajemen");
_Static_assert(PEMDI_I3 + PEMDI_I4 == PEMDI_PENYELENGGARA,
               "PEMDI: I3-I4 make Penyelenggara");
_Static_assert(PEMDI_I5 + PEMDI_I6 + PEMDI_I7 + PEMDI_I8 == PEMDI_DATA,
               "PEMDI: I5-I8 make Data");
_Static_assert(PEMDI_I9 + PEMDI_I10 + PEMDI_I11 + PEMDI_I12 == PEMDI_KEAMANAN,
               "PEMDI: I9-I12 make Keamanan");
_Static_assert(PEMDI_I13 + PEMDI_I14 == PEMDI_TEKNOLOGI,
               "PEMDI: I13-I14 make Teknologi");
_Static_assert(PEMDI_I15 + PEMDI_I16 + PEMDI_I17 + PEMDI_I18 == PEMDI_LAYANAN,
               "PEMDI: I15-I18 make Keterpaduan Layanan Digital");
_Static_assert(PEMDI_I19 + PEMDI_I20 == PEMDI_KEPUASAN,
               "PEMDI: I19-I20 make Kepuasan Pengguna");
_Static_assert(PEMDI_TATA_KELOLA + PEMDI_PENYELENGGARA + PEMDI_DATA +
                       PEMDI_KEAMANAN + PEMDI_TEKNOLOGI + PEMDI_LAYANAN +
                       PEMDI_KEPUASAN ==
                   100,
               "PEMDI: the aspects make 100 percent");

static const double bobot_pemdi_aspek[7] = {
    PEMDI_TATA_KELOLA, PEMDI_PENYELENGGARA, PEMDI_DATA,    PEMDI_KEAMANAN,
    PEMDI_TEKNOLOGI,   PEMDI_LAYANAN,       PEMDI_KEPUASAN};

static const double bobot_pemdi_indikator[20] = {
    PEMDI_I1,  PEMDI_I2,                        /* Tata Kelola dan Manajemen */
    PEMDI_I3,  PEMDI_I4,                        /* Penyelenggara */
    PEMDI_I5,  PEMDI_I6,  PEMDI_I7,  PEMDI_I8,  /* Data */
    PEMDI_I9,  PEMDI_I10, PEMDI_I11, PEMDI_I12, /* Keamanan */
    PEMDI_I13, PEMDI_I14,                       /* Teknologi */
    PEMDI_I15, PEMDI_I16, PEMDI_I17, PEMDI_I18, /* Keterpaduan Layanan */
    PEMDI_I19, PEMDI_I20,                       /* Kepuasan Pengguna */
};

typedef struct tingkat_resmi {
    indeks_spbe_kerangka kerangka;
    size_t jumlah;
    const double *bobot;
} tingkat_resmi;

static const tingkat_resmi tingkat_resmi_semua[] = {
    {INDEKS_SPBE_KERANGKA_SPBE, 4, bobot_spbe_domain},
    {INDEKS_SPBE_KERANGKA_SPBE, 8, bobot_spbe_aspek},
    {INDEKS_SPBE_KERANGKA_SPBE, 47, bobot_spbe_indikator},
    {INDEKS_SPBE_KERANGKA_PEMDI, 7, bobot_pemdi_aspek},
    {INDEKS_SPBE_KERANGKA_PEMDI, 20, bobot_pemdi_indikator},
};

kinerja_status indeks_spbe_kerangka_dari_nama(const char *nama,
                                              indeks_spbe_kerangka *kerangka)
{
    if (nama_sama(nama, "SPBE")) {
        *kerangka = INDEKS_SPBE_KERANGKA_SPBE;
        return KINERJA_OK;
    }
    if (nama_sama(nama, "PEMDI")) {
        *kerangka = INDEKS_SPBE_KERANGKA_PEMDI;
        return KINERJA_OK;
    }
    return KINERJA_GALAT_ARGUMEN;
}

const double *indeks_spbe_bobot_resmi(size_t n, indeks_spbe_kerangka kerangka)
{
    size_t jumlah =
        sizeof(tingkat_resmi_semua) / sizeof(tingkat_resmi_semua[0]);
    for (size_t i = 0; i < jumlah; i++)
        if (tingkat_resmi_semua[i].kerangka == kerangka &&
            tingkat_resmi_semua[i].jumlah == n)
            return tingkat_resmi_semua[i].bobot;
    return NULL;
}

kinerja_status indeks_spbe_hitung(const double *nilai, const double *bobot,
                                  size_t n, indeks_spbe_kerangka kerangka,
                                  double *hasil)
{
    double nilai_min;
    if (kerangka == INDEKS_SPBE_KERANGKA_SPBE)
        nilai_min = 0.0;
    else if (kerangka == INDEKS_SPBE_KERANGKA_PEMDI)
        nilai_min = 1.0;
    else
        return KINERJA_GALAT_ARGUMEN;
    if (n == 0 || nilai == NULL || bobot == NULL)
        return KINERJA_GALAT_ARGUMEN;

    double bobot_maks = 0.0;
    for (size_t i = 0; i < n; i++) {
        /* The comparisons are false for NaN, so NaN is rejected too. */
        if (!(nilai[i] >= nilai_min && nilai[i] <= 5.0))
            return KINERJA_GALAT_ARGUMEN;
        if (!(bobot[i] >= 0.0) || !isfinite(bobot[i]))
            return KINERJA_GALAT_ARGUMEN;
        if (bobot[i] > bobot_maks)
            bobot_maks = bobot[i];
    }
    if (bobot_maks == 0.0)
        return KINERJA_GALAT_BAGI_NOL;

    /* Weights are scaled by a power of two near the largest one: exact for
     * ordinary weights (the same bits as unscaled), and it keeps tiny
     * (subnormal) weights from losing their precision in the products. */
    int eksponen;
    frexp(bobot_maks, &eksponen);
    double jumlah_kali = 0.0;
    double jumlah_bobot = 0.0;
    for (size_t i = 0; i < n; i++) {
        double b = ldexp(bobot[i], -eksponen);
        jumlah_kali += nilai[i] * b;
        jumlah_bobot += b;
    }
    if (!isfinite(jumlah_bobot) || !isfinite(jumlah_kali))
        return KINERJA_GALAT_ARGUMEN;
    if (jumlah_bobot == 0.0)
        return KINERJA_GALAT_BAGI_NOL;
    *hasil = jumlah_kali / jumlah_bobot;
    return KINERJA_OK;
}

kinerja_status indeks_spbe_resmi(const double *nilai, size_t n,
                                 indeks_spbe_kerangka kerangka, double *hasil)
{
    const double *bobot = indeks_spbe_bobot_resmi(n, kerangka);
    if (bobot == NULL)
        return KINERJA_GALAT_ARGUMEN;
    return indeks_spbe_hitung(nilai, bobot, n, kerangka, hasil);
}
