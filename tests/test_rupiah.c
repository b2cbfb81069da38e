/*
 * test_rupiah.c - exact rupiah: conversion from cell doubles, sums that
 * never drift or wrap, and the seed's budget cross-checks to the rupiah
 * (docs/aturan.md, "Finance cross-checks"; docs/laporan-contoh.md).
 */
#include "uji.h"

#include "core/rupiah.h"
#include "data_seed.h"

#define TIDAK_DIUBAH INT64_C(-7777777)
#define DUA_PANGKAT_53 INT64_C(9007199254740992)

/* ------------------------------------------------------------------ */
/* rupiah_dari_double                                                   */

UJI_BARIS(kasus_double, double angka; kinerja_status status; int64_t rupiah;);

static const kasus_double tabel_double[] = {
    {"19.133.884.991,0 -> 19133884991", 19133884991.0, KINERJA_OK,
     INT64_C(19133884991)},
    {"0 -> 0", 0.0, KINERJA_OK, 0},
    {"-0.0 -> 0", -0.0, KINERJA_OK, 0},
    {"-5 -> -5 (a correction may be negative)", -5.0, KINERJA_OK, -5},
    {"2^53 -> 2^53", 9007199254740992.0, KINERJA_OK, DUA_PANGKAT_53},
    {"-2^53 -> -2^53", -9007199254740992.0, KINERJA_OK, -DUA_PANGKAT_53},
    {"2^53 - 1 -> 2^53 - 1", 9007199254740991.0, KINERJA_OK,
     DUA_PANGKAT_53 - 1},
    {"1,5 (sen) -> ARGUMEN", 1.5, KINERJA_GALAT_ARGUMEN, 0},
    {"905.000,01 -> ARGUMEN", 905000.01, KINERJA_GALAT_ARGUMEN, 0},
    {"0,5 -> ARGUMEN", 0.5, KINERJA_GALAT_ARGUMEN, 0},
    {"1e-300 -> ARGUMEN", 1e-300, KINERJA_GALAT_ARGUMEN, 0},
    {"2^53 + 2 -> ARGUMEN", 9007199254740994.0, KINERJA_GALAT_ARGUMEN, 0},
    {"-(2^53 + 2) -> ARGUMEN", -9007199254740994.0, KINERJA_GALAT_ARGUMEN, 0},
    {"1e19 (beyond int64) -> ARGUMEN", 1e19, KINERJA_GALAT_ARGUMEN, 0},
    {"1e300 -> ARGUMEN", 1e300, KINERJA_GALAT_ARGUMEN, 0},
    {"NaN -> ARGUMEN", NAN, KINERJA_GALAT_ARGUMEN, 0},
    {"+inf -> ARGUMEN", INFINITY, KINERJA_GALAT_ARGUMEN, 0},
    {"-inf -> ARGUMEN", -INFINITY, KINERJA_GALAT_ARGUMEN, 0},
};

static void uji_double(void **state)
{
    const kasus_double *k = *state;
    int64_t rp = TIDAK_DIUBAH;
    assert_status(rupiah_dari_double(k->angka, &rp), k->status);
    if (k->status == KINERJA_OK)
        assert_int_equal(rp, k->rupiah);
    else
        assert_int_equal(rp, TIDAK_DIUBAH);
}

/* ------------------------------------------------------------------ */
/* rupiah_jumlah: edges and overflow                                    */

UJI_BARIS(kasus_jumlah, size_t n; int64_t rupiah[4]; kinerja_status status;
          int64_t total;);

static const kasus_jumlah tabel_jumlah[] = {
    {"no amounts -> 0", 0, {0}, KINERJA_OK, 0},
    {"one amount -> itself", 1, {19133884991}, KINERJA_OK, 19133884991},
    {"negatives cancel", 3, {5, -7, 2}, KINERJA_OK, 0},
    {"2^53 - 1 + 1 -> 2^53 (still exact)",
     2,
     {DUA_PANGKAT_53 - 1, 1},
     KINERJA_OK,
     DUA_PANGKAT_53},
    {"-2^53 + 0 -> -2^53",
     2,
     {-DUA_PANGKAT_53, 0},
     KINERJA_OK,
     -DUA_PANGKAT_53},
    {"2^53 + 1 -> ARGUMEN", 2, {DUA_PANGKAT_53, 1}, KINERJA_GALAT_ARGUMEN, 0},
    {"-2^53 - 1 -> ARGUMEN",
     2,
     {-DUA_PANGKAT_53, -1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"a partial sum beyond 2^53 -> ARGUMEN even if the total is back",
     3,
     {DUA_PANGKAT_53, 1, -1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"one amount beyond 2^53 -> ARGUMEN",
     1,
     {DUA_PANGKAT_53 + 1},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"INT64_MAX + INT64_MAX -> ARGUMEN, no wrap",
     2,
     {INT64_MAX, INT64_MAX},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"INT64_MIN + INT64_MIN -> ARGUMEN, no wrap",
     2,
     {INT64_MIN, INT64_MIN},
     KINERJA_GALAT_ARGUMEN,
     0},
    {"INT64_MAX + INT64_MIN -> ARGUMEN (parts beyond 2^53)",
     2,
     {INT64_MAX, INT64_MIN},
     KINERJA_GALAT_ARGUMEN,
     0},
};

static void uji_jumlah(void **state)
{
    const kasus_jumlah *k = *state;
    int64_t total = TIDAK_DIUBAH;
    assert_status(rupiah_jumlah(k->n ? k->rupiah : NULL, k->n, &total),
                  k->status);
    if (k->status == KINERJA_OK)
        assert_int_equal(total, k->total);
    else
        assert_int_equal(total, TIDAK_DIUBAH);
}

/* ------------------------------------------------------------------ */
/* 100 000 lines of at most 9e10: exact, and doubles agree below 2^53.  */

#define JUMLAH_BARIS 100000
#define MAKS_BARIS INT64_C(90000000000) /* 9e10 */

static uint64_t splitmix64(uint64_t *keadaan)
{
    uint64_t z = (*keadaan += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static void isi_acak(int64_t *rp, size_t n, uint64_t benih)
{
    for (size_t i = 0; i < n; i++)
        rp[i] = (int64_t)(splitmix64(&benih) % (uint64_t)(MAKS_BARIS + 1));
}

static void jumlah_100000_baris_eksak(void **state)
{
    (void)state;
    int64_t *rp = malloc(JUMLAH_BARIS * sizeof *rp);
    assert_non_null(rp);
    for (uint64_t benih = 1; benih <= 3; benih++) {
        isi_acak(rp, JUMLAH_BARIS, benih * UINT64_C(20240206));
        unsigned __int128 acuan = 0;
        double naif = 0.0;
        for (size_t i = 0; i < JUMLAH_BARIS; i++) {
            acuan += (unsigned __int128)(uint64_t)rp[i];
            naif += (double)rp[i];
        }
        int64_t total = TIDAK_DIUBAH;
        assert_status(rupiah_jumlah(rp, JUMLAH_BARIS, &total), KINERJA_OK);
        assert_true(acuan <= (unsigned __int128)DUA_PANGKAT_53);
        if ((unsigned __int128)(uint64_t)total != acuan)
            fail_msg("seed %llu: rupiah_jumlah %lld, exact sum %llu",
                     (unsigned long long)benih, (long long)total,
                     (unsigned long long)acuan);
        /* Every partial sum is below 2^53, so a plain double sum is exact
         * too: cells and cached values may hold these totals. */
        assert_double_sama(naif, (double)total);
        assert_true((int64_t)naif == total);
    }
    free(rp);
}

/* 100 000 lines of exactly 9e10 make 9e15, just below 2^53 (9.007e15);
 * 100 100 lines pass it and must be refused, not rounded. */
static void jumlah_melewati_2_pangkat_53_ditolak(void **state)
{
    (void)state;
    size_t n = 100100;
    int64_t *rp = malloc(n * sizeof *rp);
    assert_non_null(rp);
    for (size_t i = 0; i < n; i++)
        rp[i] = MAKS_BARIS;
    int64_t total = TIDAK_DIUBAH;
    assert_status(rupiah_jumlah(rp, JUMLAH_BARIS, &total), KINERJA_OK);
    assert_int_equal(total, INT64_C(9000000000000000));
    total = TIDAK_DIUBAH;
    assert_status(rupiah_jumlah(rp, n, &total), KINERJA_GALAT_ARGUMEN);
    assert_int_equal(total, TIDAK_DIUBAH);
    free(rp);
}

/* Every double of a random whole amount converts and sums back exactly. */
static void dari_double_lalu_jumlah(void **state)
{
    (void)state;
    uint64_t benih = 77;
    int64_t rp[1000], balik[1000];
    for (size_t i = 0; i < 1000; i++) {
        rp[i] = (int64_t)(splitmix64(&benih) % (uint64_t)(MAKS_BARIS + 1));
        assert_status(rupiah_dari_double((double)rp[i], &balik[i]), KINERJA_OK);
        assert_int_equal(balik[i], rp[i]);
    }
    int64_t a = 0, b = 1;
    assert_status(rupiah_jumlah(rp, 1000, &a), KINERJA_OK);
    assert_status(rupiah_jumlah(balik, 1000, &b), KINERJA_OK);
    assert_int_equal(a, b);
}

/* ------------------------------------------------------------------ */
/* rupiah_selisih                                                       */

static void selisih_dasar(void **state)
{
    (void)state;
    const int64_t bagian[3] = {10, 20, 30};
    int64_t s = TIDAK_DIUBAH;
    assert_status(rupiah_selisih(60, bagian, 3, &s), KINERJA_OK);
    assert_int_equal(s, 0);
    assert_status(rupiah_selisih(65, bagian, 3, &s), KINERJA_OK);
    assert_int_equal(s, 5);
    assert_status(rupiah_selisih(55, bagian, 3, &s), KINERJA_OK);
    assert_int_equal(s, -5);
    assert_status(rupiah_selisih(7, NULL, 0, &s), KINERJA_OK);
    assert_int_equal(s, 7);
}

static void selisih_luapan_ditolak(void **state)
{
    (void)state;
    const int64_t bagian[2] = {DUA_PANGKAT_53, 1};
    int64_t s = TIDAK_DIUBAH;
    assert_status(rupiah_selisih(0, bagian, 2, &s), KINERJA_GALAT_ARGUMEN);
    assert_int_equal(s, TIDAK_DIUBAH);
    const int64_t satu[1] = {DUA_PANGKAT_53};
    assert_status(rupiah_selisih(INT64_MIN, satu, 1, &s),
                  KINERJA_GALAT_ARGUMEN);
    assert_int_equal(s, TIDAK_DIUBAH);
}

/* ------------------------------------------------------------------ */
/* The seed's Tabel 3.5: every total against the rows one level below.  */

/* The rows one level below row i, until the next row at i's level. */
static size_t anak(size_t i, int64_t *pagu, int64_t *realisasi)
{
    size_t n = 0;
    seed_tingkat t = seed_tabel_3_5[i].tingkat;
    for (size_t j = i + 1; j < SEED_TABEL_3_5_JUMLAH; j++) {
        if (seed_tabel_3_5[j].tingkat <= t)
            break;
        if (seed_tabel_3_5[j].tingkat == t + 1) {
            pagu[n] = seed_tabel_3_5[j].pagu;
            realisasi[n] = seed_tabel_3_5[j].realisasi;
            n++;
        }
    }
    return n;
}

static void uji_silang_3_5(void **state)
{
    const seed_anggaran *b = *state;
    size_t i = (size_t)(b - seed_tabel_3_5);
    int64_t pagu[SEED_TABEL_3_5_JUMLAH], realisasi[SEED_TABEL_3_5_JUMLAH];
    size_t n = anak(i, pagu, realisasi);
    if (b->tingkat == TINGKAT_SUB) {
        assert_int_equal(n, 0); /* a leaf: nothing to check against */
        return;
    }
    assert_true(n > 0);
    int64_t s = TIDAK_DIUBAH;
    assert_status(rupiah_selisih(b->pagu, pagu, n, &s), KINERJA_OK);
    assert_int_equal(s, 0);
    s = TIDAK_DIUBAH;
    assert_status(rupiah_selisih(b->realisasi, realisasi, n, &s), KINERJA_OK);
    if (s != b->selisih_realisasi)
        fail_msg("realisasi %lld minus its parts: %lld, the report %lld",
                 (long long)b->realisasi, (long long)s,
                 (long long)b->selisih_realisasi);
}

static const seed_anggaran *baris(const char *awalan)
{
    for (size_t i = 0; i < SEED_TABEL_3_5_JUMLAH; i++)
        if (strncmp(seed_tabel_3_5[i].nama, awalan, strlen(awalan)) == 0)
            return &seed_tabel_3_5[i];
    fail_msg("no Tabel 3.5 row %s", awalan);
    return NULL;
}

/* A Tabel 3.5 realisasi against the sum of its sub kegiatan as Lampiran 4
 * prints them: the sum, and the difference the cross-check shows. */
typedef struct kasus_rincian {
    const char *nama;
    const char *baris; /* the Tabel 3.5 row */
    int64_t sub[5];
    size_t n;
    int64_t jumlah;
    int64_t selisih;
} kasus_rincian;

static const kasus_rincian tabel_rincian[] = {
    {"Administrasi Umum: 81.487.214 printed, sub kegiatan 83.548.236",
     "Tabel 3.5 A.3 ",
     {16705000, 15300370, 20760750, 905000, 29877116},
     5,
     INT64_C(83548236),
     -INT64_C(2061022)},
    {"Pemeliharaan Barang Milik Daerah: 132.256.669 printed, sub kegiatan "
     "135.096.669",
     "Tabel 3.5 A.5 ",
     {71720220, 44181500, 19194949},
     3,
     INT64_C(135096669),
     -INT64_C(2840000)},
};

static void uji_rincian(void **state)
{
    const kasus_rincian *k = *state;
    int64_t jumlah = TIDAK_DIUBAH, s = TIDAK_DIUBAH;
    assert_status(rupiah_jumlah(k->sub, k->n, &jumlah), KINERJA_OK);
    assert_int_equal(jumlah, k->jumlah);
    assert_status(rupiah_selisih(baris(k->baris)->realisasi, k->sub, k->n, &s),
                  KINERJA_OK);
    assert_int_equal(s, k->selisih);
}

/* Program A: 4.080.018.663 in Tabel 3.5 (its kegiatan), 4.084.919.685 in
 * Lampiran 4 (its sub kegiatan): 4.901.022 apart. */
static void seed_program_a_dua_versi(void **state)
{
    (void)state;
    const int64_t kegiatan[5] = {11900000, 3743038658, 81487214, 111336122,
                                 132256669};
    const int64_t sub[13] = {5950000,  5950000,  3743038658, 16705000, 15300370,
                             20760750, 905000,   29877116,   69336122, 42000000,
                             71720220, 44181500, 19194949};
    int64_t a = 0, b = 0, s = 0;
    assert_status(rupiah_jumlah(kegiatan, 5, &a), KINERJA_OK);
    assert_int_equal(a, INT64_C(4080018663));
    assert_int_equal(a, baris("Tabel 3.5 A ")->realisasi);
    assert_status(rupiah_jumlah(sub, 13, &b), KINERJA_OK);
    assert_int_equal(b, SEED_PROGRAM_A_LAMPIRAN_4);
    const int64_t tabel_3_5[1] = {INT64_C(4080018663)};
    assert_status(rupiah_selisih(SEED_PROGRAM_A_LAMPIRAN_4, tabel_3_5, 1, &s),
                  KINERJA_OK);
    assert_int_equal(s, INT64_C(4901022));
}

/* The five programs sum to 18.412.065.095; the printed total is
 * 18.416.966.117: 4.901.022 = 2.061.022 + 2.840.000. */
static void seed_total_4_901_022(void **state)
{
    (void)state;
    const int64_t program[5] = {4080018663, 6826128330, 7263616680, 195486344,
                                46815078};
    int64_t jumlah = 0, s = 0;
    assert_status(rupiah_jumlah(program, 5, &jumlah), KINERJA_OK);
    assert_int_equal(jumlah, INT64_C(18412065095));
    assert_status(rupiah_selisih(SEED_REALISASI_TOTAL, program, 5, &s),
                  KINERJA_OK);
    assert_int_equal(s, INT64_C(4901022));
    assert_int_equal(s, INT64_C(2061022) + INT64_C(2840000));
    /* With Lampiran 4's Program A the programs do sum to the total. */
    const int64_t lampiran_4[5] = {4084919685, 6826128330, 7263616680,
                                   195486344, 46815078};
    assert_status(rupiah_selisih(SEED_REALISASI_TOTAL, lampiran_4, 5, &s),
                  KINERJA_OK);
    assert_int_equal(s, 0);
}

/* The Ikhtisar prints 18.416.966.177, 60 more than Tabel 3.5 and 3.7. */
static void seed_ikhtisar_60(void **state)
{
    (void)state;
    const int64_t tabel[1] = {SEED_REALISASI_TOTAL};
    int64_t s = 0;
    assert_status(rupiah_selisih(SEED_REALISASI_IKHTISAR, tabel, 1, &s),
                  KINERJA_OK);
    assert_int_equal(s, 60);
}

/* Pagu: the programs sum to 19.133.884.991, as printed. */
static void seed_pagu_program(void **state)
{
    (void)state;
    const int64_t program[5] = {4706741900, 6894237591, 7284905500, 200000000,
                                48000000};
    int64_t s = TIDAK_DIUBAH;
    assert_status(rupiah_selisih(SEED_PAGU_TOTAL, program, 5, &s), KINERJA_OK);
    assert_int_equal(s, 0);
}

/* Belanja operasi + belanja modal = the total, for pagu and realisasi
 * (text around Tabel 3.5). */
static void seed_belanja_operasi_modal(void **state)
{
    (void)state;
    const int64_t pagu[2] = {SEED_BELANJA_OPERASI_PAGU,
                             SEED_BELANJA_MODAL_PAGU};
    const int64_t realisasi[2] = {SEED_BELANJA_OPERASI_REALISASI,
                                  SEED_BELANJA_MODAL_REALISASI};
    int64_t s = TIDAK_DIUBAH;
    assert_status(rupiah_selisih(SEED_PAGU_TOTAL, pagu, 2, &s), KINERJA_OK);
    assert_int_equal(s, 0);
    assert_status(rupiah_selisih(SEED_REALISASI_TOTAL, realisasi, 2, &s),
                  KINERJA_OK);
    assert_int_equal(s, 0);
}

int main(void)
{
    const struct CMUnitTest tunggal[] = {
        cmocka_unit_test(jumlah_100000_baris_eksak),
        cmocka_unit_test(jumlah_melewati_2_pangkat_53_ditolak),
        cmocka_unit_test(dari_double_lalu_jumlah),
        cmocka_unit_test(selisih_dasar),
        cmocka_unit_test(selisih_luapan_ditolak),
        cmocka_unit_test(seed_program_a_dua_versi),
        cmocka_unit_test(seed_total_4_901_022),
        cmocka_unit_test(seed_ikhtisar_60),
        cmocka_unit_test(seed_pagu_program),
        cmocka_unit_test(seed_belanja_operasi_modal),
    };
    int gagal = 0;
    gagal += UJI_TABEL("rupiah_dari_double", tabel_double, uji_double);
    gagal += UJI_TABEL("rupiah_jumlah", tabel_jumlah, uji_jumlah);
    gagal += cmocka_run_group_tests_name("rupiah", tunggal, NULL, NULL);
    gagal += UJI_TABEL("rupiah: seed totals against their sub kegiatan",
                       tabel_rincian, uji_rincian);
    gagal += uji_per_baris("rupiah: Tabel 3.5 totals against their parts",
                           seed_tabel_3_5, sizeof seed_tabel_3_5[0],
                           SEED_TABEL_3_5_JUMLAH, uji_silang_3_5);
    return gagal;
}
