/*
 * test_indeks_spbe.c - the weighted SPBE / PEMDI index (docs/aturan.md,
 * "Indeks SPBE", "Indeks Pemerintah Digital"): sum(value x weight) /
 * sum(weight), the official PermenPANRB 59/2020 weights for 4 domains, 8
 * aspects or 47 indicators, and the 2026 PEMDI framework's 7 aspects.
 */
#include "uji.h"

#include "core/indeks_spbe.h"

/* The regulations' weights, transcribed (docs/aturan.md). */
static const double domain4[4] = {13, 25, 16.5, 45.5};
static const double aspek8[8] = {13, 10, 10, 5, 12, 4.5, 27.5, 18};
static const double pemdi7[7] = {10, 10, 15, 15, 10, 15, 25};
/* PermenPANRB 8/2026's indicator weights I1..I20, and the aspect (0-based,
 * in pemdi7's order) each indicator belongs to. */
static const double pemdi20[20] = {5, 5, 5, 5, 5, 3, 3, 4, 4,  4,
                                   3, 4, 5, 5, 4, 4, 4, 3, 10, 15};
static const int aspek_pemdi[20] = {0, 0, 1, 1, 2, 2, 2, 2, 3, 3,
                                    3, 3, 4, 4, 5, 5, 5, 5, 6, 6};
/* Aspect of each indicator (1-based indicator numbers in the comments). */
static const int aspek_indikator[47] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /*  1-10 Kebijakan Internal, 1.30 each */
    1, 1, 1, 1,                   /* 11-14 Perencanaan Strategis, 2.50 */
    2, 2, 2, 2,                   /* 15-18 TIK, 2.50 */
    3, 3,                         /* 19-20 Penyelenggara, 2.50 */
    4, 4, 4, 4, 4, 4, 4, 4,       /* 21-28 Penerapan Manajemen, 1.50 */
    5, 5, 5,                      /* 29-31 Audit TIK, 1.50 */
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, /* 32-41 Layanan Administrasi, 2.75 */
    7, 7, 7, 7, 7, 7              /* 42-47 Layanan Publik, 3.00 */
};
static const int domain_aspek[8] = {0, 1, 1, 1, 2, 2, 3, 3};

static double bobot_indikator(int i)
{
    static const double per_aspek[8] = {1.30, 2.50, 2.50, 2.50,
                                        1.50, 1.50, 2.75, 3.00};
    return per_aspek[aspek_indikator[i]];
}

/* ------------------------------------------------------------------ */
/* The official weight tables.                                          */

static void periksa_bobot(const double *bobot, const double *acuan, size_t n)
{
    assert_non_null(bobot);
    double jumlah = 0;
    for (size_t i = 0; i < n; i++) {
        if (bobot[i] != acuan[i])
            fail_msg("weight %zu is %.17g, the regulation %.17g", i + 1,
                     bobot[i], acuan[i]);
        jumlah += bobot[i];
    }
    assert_double_dekat(jumlah, 100.0, 1e-12);
}

static void bobot_resmi_4_domain(void **state)
{
    (void)state;
    periksa_bobot(indeks_spbe_bobot_resmi(4, INDEKS_SPBE_KERANGKA_SPBE),
                  domain4, 4);
}

static void bobot_resmi_8_aspek(void **state)
{
    (void)state;
    periksa_bobot(indeks_spbe_bobot_resmi(8, INDEKS_SPBE_KERANGKA_SPBE), aspek8,
                  8);
}

static void bobot_resmi_47_indikator(void **state)
{
    (void)state;
    double acuan[47];
    for (int i = 0; i < 47; i++)
        acuan[i] = bobot_indikator(i);
    periksa_bobot(indeks_spbe_bobot_resmi(47, INDEKS_SPBE_KERANGKA_SPBE), acuan,
                  47);
}

static void bobot_resmi_pemdi_7(void **state)
{
    (void)state;
    periksa_bobot(indeks_spbe_bobot_resmi(7, INDEKS_SPBE_KERANGKA_PEMDI),
                  pemdi7, 7);
}

static void bobot_resmi_pemdi_20(void **state)
{
    (void)state;
    periksa_bobot(indeks_spbe_bobot_resmi(20, INDEKS_SPBE_KERANGKA_PEMDI),
                  pemdi20, 20);
}

/* The weights of the members of each group (peta[i]: the group of member
 * i) sum to the group's weight: an indicator's to its aspect's, an aspect's
 * to its domain's. */
static void periksa_jumlah_kelompok(const double *anggota, size_t n_anggota,
                                    const int *peta, const double *kelompok,
                                    size_t n_kelompok)
{
    assert_non_null(anggota);
    assert_non_null(kelompok);
    double jumlah[8] = {0};
    assert_true(n_kelompok <= UJI_JUMLAH(jumlah));
    for (size_t i = 0; i < n_anggota; i++)
        jumlah[peta[i]] += anggota[i];
    for (size_t j = 0; j < n_kelompok; j++)
        assert_double_dekat(jumlah[j], kelompok[j], 1e-12);
}

/* PEMDI's indicators sum to their aspects. */
static void bobot_resmi_pemdi_bertingkat(void **state)
{
    (void)state;
    periksa_jumlah_kelompok(
        indeks_spbe_bobot_resmi(20, INDEKS_SPBE_KERANGKA_PEMDI), 20,
        aspek_pemdi, indeks_spbe_bobot_resmi(7, INDEKS_SPBE_KERANGKA_PEMDI), 7);
}

/* Indicators sum to their aspects, aspects to their domains. */
static void bobot_resmi_bertingkat(void **state)
{
    (void)state;
    const double *d = indeks_spbe_bobot_resmi(4, INDEKS_SPBE_KERANGKA_SPBE);
    const double *a = indeks_spbe_bobot_resmi(8, INDEKS_SPBE_KERANGKA_SPBE);
    const double *k = indeks_spbe_bobot_resmi(47, INDEKS_SPBE_KERANGKA_SPBE);
    periksa_jumlah_kelompok(k, 47, aspek_indikator, a, 8);
    periksa_jumlah_kelompok(a, 8, domain_aspek, d, 4);
}

static void bobot_resmi_tanpa_tingkat_null(void **state)
{
    (void)state;
    static const size_t spbe[] = {0, 1, 2, 3, 5, 7, 9, 20, 46, 48, 100};
    static const size_t pemdi[] = {0, 1, 4, 6, 8, 19, 21, 47};
    for (size_t i = 0; i < UJI_JUMLAH(spbe); i++)
        if (indeks_spbe_bobot_resmi(spbe[i], INDEKS_SPBE_KERANGKA_SPBE) != NULL)
            fail_msg("SPBE has official weights for %zu values", spbe[i]);
    for (size_t i = 0; i < UJI_JUMLAH(pemdi); i++)
        if (indeks_spbe_bobot_resmi(pemdi[i], INDEKS_SPBE_KERANGKA_PEMDI) !=
            NULL)
            fail_msg("PEMDI has official weights for %zu values", pemdi[i]);
}

/* ------------------------------------------------------------------ */
/* The index with official weights.                                     */

UJI_BARIS(kasus_resmi, indeks_spbe_kerangka kerangka; size_t n;
          double nilai[20]; kinerja_status status; double hasil;);

static const kasus_resmi tabel_resmi[] = {
    /* (3x13 + 4x25 + 5x16.5 + 2x45.5) / 100 = 312.5 / 100 */
    {"4 domains 3,4,5,2 -> 3.125",
     INDEKS_SPBE_KERANGKA_SPBE,
     4,
     {3, 4, 5, 2},
     KINERJA_OK,
     3.125},
    {"4 domains all 4.16 -> 4.16",
     INDEKS_SPBE_KERANGKA_SPBE,
     4,
     {4.16, 4.16, 4.16, 4.16},
     KINERJA_OK,
     4.16},
    {"4 domains all 0 -> 0",
     INDEKS_SPBE_KERANGKA_SPBE,
     4,
     {0, 0, 0, 0},
     KINERJA_OK,
     0},
    {"4 domains all 5 -> 5",
     INDEKS_SPBE_KERANGKA_SPBE,
     4,
     {5, 5, 5, 5},
     KINERJA_OK,
     5},
    /* (65 + 40 + 30 + 10 + 12 + 0 + 27.5 + 36) / 100 */
    {"8 aspects 5,4,3,2,1,0,1,2 -> 2.205",
     INDEKS_SPBE_KERANGKA_SPBE,
     8,
     {5, 4, 3, 2, 1, 0, 1, 2},
     KINERJA_OK,
     2.205},
    /* (50 + 40 + 45 + 30 + 10 + 30 + 75) / 100 */
    {"PEMDI 7 aspects 5,4,3,2,1,2,3 -> 2.8",
     INDEKS_SPBE_KERANGKA_PEMDI,
     7,
     {5, 4, 3, 2, 1, 2, 3},
     KINERJA_OK,
     2.8},
    {"PEMDI 7 aspects all 1 -> 1",
     INDEKS_SPBE_KERANGKA_PEMDI,
     7,
     {1, 1, 1, 1, 1, 1, 1},
     KINERJA_OK,
     1},
    {"PEMDI 7 aspects all 5 -> 5",
     INDEKS_SPBE_KERANGKA_PEMDI,
     7,
     {5, 5, 5, 5, 5, 5, 5},
     KINERJA_OK,
     5},
    /* I1-I2 4,3: 20+15; I3-I4 5,2: 25+10; I5-I8 3,4,2,5: 15+12+6+20;
     * I9-I12 1,3,5,2: 4+12+15+8; I13-I14 4,1: 20+5; I15-I18 2,5,3,4:
     * 8+20+12+12; I19-I20 3,4: 30+60.  35+35+53+39+25+52+90 = 329. */
    {"PEMDI 20 indicators -> 3.29",
     INDEKS_SPBE_KERANGKA_PEMDI,
     20,
     {4, 3, 5, 2, 3, 4, 2, 5, 1, 3, 5, 2, 4, 1, 2, 5, 3, 4, 3, 4},
     KINERJA_OK,
     3.29},
    /* Kepuasan Pengguna's second indicator weighs 15: (85 + 5x15) / 100. */
    {"PEMDI 20 indicators all 1 but I20 = 5 -> 1.6",
     INDEKS_SPBE_KERANGKA_PEMDI,
     20,
     {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5},
     KINERJA_OK,
     1.6},
    /* I6 weighs 3: (97 + 5x3) / 100. */
    {"PEMDI 20 indicators all 1 but I6 = 5 -> 1.12",
     INDEKS_SPBE_KERANGKA_PEMDI,
     20,
     {1, 1, 1, 1, 1, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
     KINERJA_OK,
     1.12},
    {"PEMDI 20 indicators, I14 = 0.5 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_PEMDI,
     20,
     {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5, 1, 1, 1, 1, 1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"SPBE 20 values (PEMDI's count) -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     20,
     {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"PEMDI 19 values -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_PEMDI,
     19,
     {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"SPBE value 5.01 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     4,
     {5.01, 4, 4, 4},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"SPBE value -0.01 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     4,
     {4, 4, 4, -0.01},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"SPBE value NaN -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     4,
     {4, NAN, 4, 4},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"SPBE value +inf -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     4,
     {4, 4, INFINITY, 4},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"PEMDI value 0.99 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_PEMDI,
     7,
     {0.99, 1, 1, 1, 1, 1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"PEMDI value 0 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_PEMDI,
     7,
     {1, 1, 1, 0, 1, 1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"PEMDI value 5.01 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_PEMDI,
     7,
     {1, 1, 1, 1, 1, 1, 5.01},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"SPBE 5 values (no such level) -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     5,
     {1, 2, 3, 4, 5},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"SPBE 7 values (PEMDI's count) -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     7,
     {1, 1, 1, 1, 1, 1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"PEMDI 4 values -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_PEMDI,
     4,
     {1, 1, 1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"PEMDI 8 values -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_PEMDI,
     8,
     {1, 1, 1, 1, 1, 1, 1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"no values -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     0,
     {0},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"unknown kerangka 3 -> ARGUMEN",
     (indeks_spbe_kerangka)3,
     4,
     {1, 1, 1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
};

static void uji_resmi(void **state)
{
    const kasus_resmi *k = *state;
    double hasil = UJI_TIDAK_DIUBAH;
    kinerja_status s = indeks_spbe_resmi(k->nilai, k->n, k->kerangka, &hasil);
    uji_hasil_periksa(s, hasil, k->status, k->hasil, 1e-12);
}

/* The index of members that each carry their group's value (peta[i]: the
 * group of member i) equals the index of the group values: the official
 * weights of a group are the sum of its members' (see the tests above).
 * Returns that index. */
static double indeks_dari_kelompok(const double *kelompok, size_t n_kelompok,
                                   const int *peta, size_t n_anggota,
                                   indeks_spbe_kerangka kerangka)
{
    double anggota[47], dari_kelompok = 0, dari_anggota = 0;
    assert_true(n_anggota <= UJI_JUMLAH(anggota));
    for (size_t i = 0; i < n_anggota; i++)
        anggota[i] = kelompok[peta[i]];
    assert_status(
        indeks_spbe_resmi(kelompok, n_kelompok, kerangka, &dari_kelompok),
        KINERJA_OK);
    assert_status(
        indeks_spbe_resmi(anggota, n_anggota, kerangka, &dari_anggota),
        KINERJA_OK);
    assert_double_dekat(dari_anggota, dari_kelompok, 1e-12);
    return dari_anggota;
}

/* 47 indicator levels equal within each aspect give the index of the 8
 * aspect values; 47 levels 1,2,3,4,5 by domain give
 * (13x1 + 25x2 + 16.5x3 + 27.5x4 + 18x5) / 100 = 3.125. */
static void indikator_47_sama_dengan_aspek(void **state)
{
    (void)state;
    const double aspek[8] = {4.5, 3.2, 2.1, 5, 0.7, 3.3, 4.1, 2.6};
    indeks_dari_kelompok(aspek, 8, aspek_indikator, 47,
                         INDEKS_SPBE_KERANGKA_SPBE);
    static const double per_kelompok[8] = {1, 2, 2, 2, 3, 3, 4, 5};
    assert_double_dekat(indeks_dari_kelompok(per_kelompok, 8, aspek_indikator,
                                             47, INDEKS_SPBE_KERANGKA_SPBE),
                        3.125, 1e-12);
}

/* 20 PEMDI indicator levels equal within each aspect give the index of the
 * 7 aspect values: (10x4.5 + 10x3.2 + 15x2.1 + 15x5 + 10x1.7 + 15x3.3 +
 * 25x4.1) / 100 = (45 + 32 + 31.5 + 75 + 17 + 49.5 + 102.5) / 100. */
static void pemdi_20_sama_dengan_aspek(void **state)
{
    (void)state;
    const double aspek[7] = {4.5, 3.2, 2.1, 5, 1.7, 3.3, 4.1};
    assert_double_dekat(indeks_dari_kelompok(aspek, 7, aspek_pemdi, 20,
                                             INDEKS_SPBE_KERANGKA_PEMDI),
                        3.525, 1e-12);
}

/* 8 aspect values equal within each domain give the index of the 4 domain
 * values. */
static void aspek_8_sama_dengan_domain(void **state)
{
    (void)state;
    const double domain[4] = {3.9, 4.4, 2.8, 4.6};
    indeks_dari_kelompok(domain, 4, domain_aspek, 8, INDEKS_SPBE_KERANGKA_SPBE);
}

/* ------------------------------------------------------------------ */
/* Explicit weights.                                                    */

/* Percents and fractions give the same index. */
static void bobot_persen_dan_pecahan_sama(void **state)
{
    (void)state;
    const double nilai[5] = {4.16, 3.5, 2.25, 5, 0.5};
    const double persen[5] = {13, 25, 16.5, 27.5, 18};
    double pecahan[5], ribuan[5];
    for (int i = 0; i < 5; i++) {
        pecahan[i] = persen[i] / 100.0;
        ribuan[i] = persen[i] * 1000.0;
    }
    double a = 0, b = 0, c = 0;
    assert_status(
        indeks_spbe_hitung(nilai, persen, 5, INDEKS_SPBE_KERANGKA_SPBE, &a),
        KINERJA_OK);
    assert_status(
        indeks_spbe_hitung(nilai, pecahan, 5, INDEKS_SPBE_KERANGKA_SPBE, &b),
        KINERJA_OK);
    assert_status(
        indeks_spbe_hitung(nilai, ribuan, 5, INDEKS_SPBE_KERANGKA_SPBE, &c),
        KINERJA_OK);
    /* (54.08 + 87.5 + 37.125 + 137.5 + 9) / 100 */
    assert_double_dekat(a, 3.25205, 1e-12);
    assert_double_dekat(b, a, 1e-12);
    assert_double_dekat(c, a, 1e-12);
}

/* Explicit official weights, as percents or as fractions, give the same
 * index as indeks_spbe_resmi. */
static void bobot_eksplisit_resmi_sama(void **state)
{
    (void)state;
    const double nilai[8] = {4.5, 3.2, 2.1, 5, 0.7, 3.3, 4.1, 2.6};
    double pecahan[8], r = 0, p = 0, f = 0;
    for (int j = 0; j < 8; j++)
        pecahan[j] = aspek8[j] / 100.0;
    assert_status(indeks_spbe_resmi(nilai, 8, INDEKS_SPBE_KERANGKA_SPBE, &r),
                  KINERJA_OK);
    assert_status(
        indeks_spbe_hitung(nilai, aspek8, 8, INDEKS_SPBE_KERANGKA_SPBE, &p),
        KINERJA_OK);
    assert_status(
        indeks_spbe_hitung(nilai, pecahan, 8, INDEKS_SPBE_KERANGKA_SPBE, &f),
        KINERJA_OK);
    /* (58.5+32+21+25+8.4+14.85+112.75+46.8)/100 */
    assert_double_dekat(r, 3.193, 1e-12);
    assert_double_dekat(p, r, 1e-12);
    assert_double_dekat(f, r, 1e-12);
}

UJI_BARIS(kasus_eksplisit, indeks_spbe_kerangka kerangka; size_t n;
          double nilai[4]; double bobot[4]; kinerja_status status;
          double hasil;);

static const kasus_eksplisit tabel_eksplisit[] = {
    {"weights 1,3 -> (2 + 12) / 4 = 3.5",
     INDEKS_SPBE_KERANGKA_SPBE,
     2,
     {2, 4},
     {1, 3},
     KINERJA_OK,
     3.5},
    {"one value, one weight -> the value",
     INDEKS_SPBE_KERANGKA_SPBE,
     1,
     {4.16},
     {7},
     KINERJA_OK,
     4.16},
    {"a zero weight leaves its value out",
     INDEKS_SPBE_KERANGKA_SPBE,
     2,
     {1, 5},
     {0, 1},
     KINERJA_OK,
     5},
    {"SPBE ends 0 and 5 are in range",
     INDEKS_SPBE_KERANGKA_SPBE,
     2,
     {0, 5},
     {1, 1},
     KINERJA_OK,
     2.5},
    {"PEMDI ends 1 and 5 are in range",
     INDEKS_SPBE_KERANGKA_PEMDI,
     2,
     {1, 5},
     {1, 1},
     KINERJA_OK,
     3},
    {"all weights zero -> BAGI_NOL",
     INDEKS_SPBE_KERANGKA_SPBE,
     3,
     {1, 2, 3},
     {0, 0, 0},
     KINERJA_GALAT_BAGI_NOL,
     0},
    {"negative weight -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     3,
     {1, 2, 3},
     {50, -10, 60},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"NaN weight -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     2,
     {1, 2},
     {1, NAN},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"+inf weight -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     2,
     {1, 2},
     {INFINITY, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"SPBE value 5.01 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     2,
     {5.01, 2},
     {1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"SPBE value -0.01 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     2,
     {-0.01, 2},
     {1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"SPBE value out of range even with weight 0 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     2,
     {7, 2},
     {0, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"PEMDI value 0.99 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_PEMDI,
     2,
     {0.99, 2},
     {1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"value NaN -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     2,
     {NAN, 2},
     {1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"value -inf -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     2,
     {2, -INFINITY},
     {1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"n 0 -> ARGUMEN",
     INDEKS_SPBE_KERANGKA_SPBE,
     0,
     {0},
     {0},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"unknown kerangka 0 -> ARGUMEN",
     (indeks_spbe_kerangka)0,
     2,
     {1, 2},
     {1, 1},
     KINERJA_GALAT_ARGUMEN,
     0},
};

static void uji_eksplisit(void **state)
{
    const kasus_eksplisit *k = *state;
    double hasil = UJI_TIDAK_DIUBAH;
    kinerja_status s =
        indeks_spbe_hitung(k->nilai, k->bobot, k->n, k->kerangka, &hasil);
    uji_hasil_periksa(s, hasil, k->status, k->hasil, 1e-12);
}

/* ------------------------------------------------------------------ */
/* Framework names.                                                     */

/* Lower and upper case are read as well. */
static const uji_pilihan kerangka_diterima[] = {
    {"SPBE", INDEKS_SPBE_KERANGKA_SPBE},
    {"Spbe", INDEKS_SPBE_KERANGKA_SPBE},
    {"PEMDI", INDEKS_SPBE_KERANGKA_PEMDI},
};
static const char *const kerangka_ditolak[] = {"X", "", "SPB", "SPBE2020",
                                               "TINGKAT"};
UJI_PEMBACA_NAMA(uji_kerangka, indeks_spbe_kerangka,
                 indeks_spbe_kerangka_dari_nama, kerangka_diterima,
                 kerangka_ditolak)

int main(void)
{
    const struct CMUnitTest tunggal[] = {
        cmocka_unit_test(bobot_resmi_4_domain),
        cmocka_unit_test(bobot_resmi_8_aspek),
        cmocka_unit_test(bobot_resmi_47_indikator),
        cmocka_unit_test(bobot_resmi_pemdi_7),
        cmocka_unit_test(bobot_resmi_pemdi_20),
        cmocka_unit_test(bobot_resmi_pemdi_bertingkat),
        cmocka_unit_test(bobot_resmi_bertingkat),
        cmocka_unit_test(bobot_resmi_tanpa_tingkat_null),
        cmocka_unit_test(indikator_47_sama_dengan_aspek),
        cmocka_unit_test(aspek_8_sama_dengan_domain),
        cmocka_unit_test(pemdi_20_sama_dengan_aspek),
        cmocka_unit_test(bobot_persen_dan_pecahan_sama),
        cmocka_unit_test(bobot_eksplisit_resmi_sama),
    };
    int gagal = 0;
    gagal += cmocka_run_group_tests_name("indeks_spbe: bobot resmi", tunggal,
                                         NULL, NULL);
    gagal += UJI_TABEL("indeks_spbe_resmi", tabel_resmi, uji_resmi);
    gagal += UJI_TABEL("indeks_spbe_hitung", tabel_eksplisit, uji_eksplisit);
    gagal += uji_kerangka();
    return gagal;
}
