/*
 * The weighted SPBE / PEMDI index.  The official weights are data below, in
 * percent, exactly as PermenPANRB 59/2020 publishes them (domain.md): adding
 * a framework level is one array and one row of `tingkat_resmi`.
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

/* Indeks Pemerintah Digital 2026 aspects: Tata Kelola dan Manajemen,
 * Penyelenggara, Data, Keamanan, Teknologi, Keterpaduan Layanan, Kepuasan
 * Pengguna. */
static const double bobot_pemdi_aspek[7] = {10.0, 10.0, 15.0, 15.0,
                                            10.0, 15.0, 25.0};

typedef struct tingkat_resmi {
    spbe_kerangka kerangka;
    size_t jumlah;
    const double *bobot;
} tingkat_resmi;

static const tingkat_resmi tingkat_resmi_semua[] = {
    {SPBE_KERANGKA_SPBE, 4, bobot_spbe_domain},
    {SPBE_KERANGKA_SPBE, 8, bobot_spbe_aspek},
    {SPBE_KERANGKA_SPBE, 47, bobot_spbe_indikator},
    {SPBE_KERANGKA_PEMDI, 7, bobot_pemdi_aspek},
};

kinerja_status spbe_kerangka_dari_nama(const char *nama,
                                       spbe_kerangka *kerangka)
{
    if (nama_sama(nama, "SPBE")) {
        *kerangka = SPBE_KERANGKA_SPBE;
        return KINERJA_OK;
    }
    if (nama_sama(nama, "PEMDI")) {
        *kerangka = SPBE_KERANGKA_PEMDI;
        return KINERJA_OK;
    }
    return KINERJA_GALAT_ARGUMEN;
}

const double *indeks_spbe_bobot_resmi(size_t n, spbe_kerangka kerangka)
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
                                  size_t n, spbe_kerangka kerangka,
                                  double *hasil)
{
    double nilai_min;
    if (kerangka == SPBE_KERANGKA_SPBE)
        nilai_min = 0.0;
    else if (kerangka == SPBE_KERANGKA_PEMDI)
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
                                 spbe_kerangka kerangka, double *hasil)
{
    const double *bobot = indeks_spbe_bobot_resmi(n, kerangka);
    if (bobot == NULL)
        return KINERJA_GALAT_ARGUMEN;
    return indeks_spbe_hitung(nilai, bobot, n, kerangka, hasil);
}
