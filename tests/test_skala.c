/*
 * test_skala.c - the category scales: every band edge of every preset,
 * each preset's domain, names, and caller-supplied scales.
 *
 * The reference bands below are transcribed from docs/aturan.md (the
 * table under "Kategori"), in hundredths so that the expected label is
 * worked out in integer arithmetic: a value is rounded to two decimals half
 * away from zero (90.004 -> 90.00, 90.005 -> 90.01, -5.005 -> -5.01) and
 * then belongs to the last band whose bound it meets (> for an exclusive
 * bound, >= for an inclusive one).
 */
#include "uji.h"

#include <limits.h>
#include <stdbool.h>

#include "core/skala.h"

#define TANPA_BATAS INT_MIN /* the open bottom band */

typedef struct pita_acuan {
    int batas;      /* hundredths */
    bool eksklusif; /* '>' in docs/aturan.md */
    const char *label;
} pita_acuan;

typedef struct preset_acuan {
    const char *nama;
    bool berdomain; /* SPBE 0-5, PEMDI 1-5, SAKIP and IP_ASN 0-100 */
    int domain_min; /* hundredths */
    int domain_maks;
    size_t jumlah;
    pita_acuan pita[8];
} preset_acuan;

static const preset_acuan acuan[] = {
    {"TINGKAT",
     false,
     0,
     0,
     5,
     {{TANPA_BATAS, false, "Sangat Rendah"},
      {5000, true, "Rendah"},
      {6500, true, "Sedang"},
      {7500, true, "Tinggi"},
      {9000, true, "Sangat Tinggi"}}},
    {"BERHASIL",
     false,
     0,
     0,
     4,
     {{TANPA_BATAS, false, "Kurang Berhasil"},
      {5500, false, "Cukup Berhasil"},
      {7500, false, "Berhasil"},
      {10000, false, "Sangat Berhasil"}}},
    {"EFISIENSI",
     false,
     0,
     0,
     2,
     {{TANPA_BATAS, false, "Tidak Efisien"}, {100, false, "Efisien"}}},
    {"EFISIENSI_SELISIH",
     false,
     0,
     0,
     3,
     {{TANPA_BATAS, false, "Tidak Efisien"},
      {-500, false, "Cukup Efisien"},
      {500, true, "Efisien"}}},
    {"SPBE",
     true,
     0,
     500,
     5,
     {{TANPA_BATAS, false, "Kurang"},
      {180, false, "Cukup"},
      {260, false, "Baik"},
      {350, false, "Sangat Baik"},
      {420, false, "Memuaskan"}}},
    {"PEMDI",
     true,
     100,
     500,
     5,
     {{TANPA_BATAS, false, "Kurang"},
      {150, false, "Cukup"},
      {250, false, "Baik"},
      {350, false, "Sangat Baik"},
      {400, false, "Memuaskan"}}},
    {"SAKIP",
     true,
     0,
     10000,
     7,
     {{TANPA_BATAS, false, "D"},
      {3000, true, "C"},
      {5000, true, "CC"},
      {6000, true, "B"},
      {7000, true, "BB"},
      {8000, true, "A"},
      {9000, true, "AA"}}},
    {"IP_ASN",
     true,
     0,
     10000,
     5,
     {{TANPA_BATAS, false, "Sangat Rendah"},
      {6000, true, "Rendah"},
      {7000, true, "Sedang"},
      {8000, true, "Tinggi"},
      {9000, true, "Sangat Tinggi"}}},
};

/* A decimal number of thousandths as the double nearest to it. */
static double dari_perseribu(long long k)
{
    char teks[64];
    long long a = k < 0 ? -k : k;
    snprintf(teks, sizeof teks, "%s%lld.%03lld", k < 0 ? "-" : "", a / 1000,
             a % 1000);
    return strtod(teks, NULL);
}

static void tulis_perseribu(char *buf, size_t n, long long k)
{
    long long a = k < 0 ? -k : k;
    snprintf(buf, n, "%s%lld.%03lld", k < 0 ? "-" : "", a / 1000, a % 1000);
}

/* Thousandths rounded to hundredths, half away from zero. */
static long long bulat_perseratus(long long k)
{
    return k >= 0 ? (k + 5) / 10 : -((-k + 5) / 10);
}

static const char *label_acuan(const preset_acuan *p, long long perseratus)
{
    const char *label = NULL;
    for (size_t j = 0; j < p->jumlah; j++) {
        const pita_acuan *b = &p->pita[j];
        bool kena =
            b->batas == TANPA_BATAS ||
            (b->eksklusif ? perseratus > b->batas : perseratus >= b->batas);
        if (kena)
            label = b->label;
    }
    return label;
}

/* ------------------------------------------------------------------ */
/* Generated per-value tests: band edges and domain edges.              */

typedef struct kasus_nilai {
    const char *nama; /* points at teks */
    const char *preset;
    double nilai;
    kinerja_status status;
    const char *label; /* on KINERJA_OK */
    char teks[128];
} kasus_nilai;

static void uji_kasus_nilai(void **state)
{
    const kasus_nilai *k = *state;
    const skala *s = skala_preset_cari(k->preset);
    assert_non_null(s);
    const char *label = "(tidak diubah)";
    assert_status(skala_cari(s, k->nilai, &label), k->status);
    if (k->status == KINERJA_OK) {
        assert_non_null(label);
        assert_string_equal(label, k->label);
    } else {
        assert_string_equal(label, "(tidak diubah)");
    }
}

static kasus_nilai *kasus;
static size_t jumlah_kasus, kapasitas_kasus;

static kasus_nilai *kasus_baru(void)
{
    if (jumlah_kasus == kapasitas_kasus) {
        size_t baru = kapasitas_kasus ? 2 * kapasitas_kasus : 256;
        kasus_nilai *k = realloc(kasus, baru * sizeof *k);
        if (k == NULL) {
            fprintf(stderr, "out of memory\n");
            exit(1);
        }
        kasus = k;
        kapasitas_kasus = baru;
    }
    kasus_nilai *k = &kasus[jumlah_kasus++];
    memset(k, 0, sizeof *k);
    return k;
}

/* A case's name must be whole: a cut name would make two cases look alike. */
static void nama_kasus_utuh(int n, size_t ukuran)
{
    if (n < 0 || (size_t)n >= ukuran) {
        fprintf(stderr, "test_skala: a case name needs %d bytes\n", n);
        abort();
    }
}

static void tambah_kasus(const preset_acuan *p, long long perseribu,
                         const char *asal)
{
    kasus_nilai *k = kasus_baru();
    char angka[48];
    tulis_perseribu(angka, sizeof angka, perseribu);
    long long r = bulat_perseratus(perseribu);
    k->preset = p->nama;
    k->nilai = dari_perseribu(perseribu);
    if (p->berdomain && (r < p->domain_min || r > p->domain_maks)) {
        k->status = KINERJA_GALAT_ARGUMEN;
        k->label = NULL;
        int n =
            snprintf(k->teks, sizeof k->teks,
                     "%s %s (%s) -> outside the domain", p->nama, angka, asal);
        nama_kasus_utuh(n, sizeof k->teks);
    } else {
        k->status = KINERJA_OK;
        k->label = label_acuan(p, r);
        int n = snprintf(k->teks, sizeof k->teks, "%s %s (%s) -> %s", p->nama,
                         angka, asal, k->label);
        nama_kasus_utuh(n, sizeof k->teks);
    }
}

static void buat_kasus(void)
{
    static const struct {
        int perseribu;
        const char *nama;
    } geser[] = {{0, "b"},       {10, "b+0.01"},  {-10, "b-0.01"},
                 {4, "b+0.004"}, {-4, "b-0.004"}, {5, "b+0.005"},
                 {-5, "b-0.005"}};
    for (size_t i = 0; i < UJI_JUMLAH(acuan); i++) {
        const preset_acuan *p = &acuan[i];
        /* Every band edge: b, b +- 0.01, b +- 0.004, b +- 0.005. */
        for (size_t j = 0; j < p->jumlah; j++) {
            if (p->pita[j].batas == TANPA_BATAS)
                continue;
            for (size_t g = 0; g < UJI_JUMLAH(geser); g++)
                tambah_kasus(p, 10LL * p->pita[j].batas + geser[g].perseribu,
                             geser[g].nama);
        }
        if (p->berdomain) {
            /* The domain's ends are in it; a hundredth beyond is not.
             * (Values that only round onto an end, such as 5.004, are left
             * out: the rules do not say whether the domain check sees
             * the rounded value.) */
            long long lo = 10LL * p->domain_min, hi = 10LL * p->domain_maks;
            tambah_kasus(p, lo, "domain min");
            tambah_kasus(p, lo + 4, "domain min+0.004");
            tambah_kasus(p, lo + 5, "domain min+0.005");
            tambah_kasus(p, lo + 10, "domain min+0.01");
            tambah_kasus(p, lo - 10, "domain min-0.01");
            tambah_kasus(p, lo - 1000, "domain min-1");
            tambah_kasus(p, hi, "domain max");
            tambah_kasus(p, hi - 4, "domain max-0.004");
            tambah_kasus(p, hi - 5, "domain max-0.005");
            tambah_kasus(p, hi - 10, "domain max-0.01");
            tambah_kasus(p, hi + 10, "domain max+0.01");
            tambah_kasus(p, hi + 1000, "domain max+1");
        } else {
            /* No domain: far values stay in the end bands. */
            tambah_kasus(p, 150000, "far above");
            tambah_kasus(p, 1000000000000LL, "very far above");
            tambah_kasus(p, -1000000000000LL, "very far below");
            tambah_kasus(p, 0, "zero");
        }
    }
    /* Names last: realloc may have moved the cases. */
    for (size_t i = 0; i < jumlah_kasus; i++)
        kasus[i].nama = kasus[i].teks;
}

/* ------------------------------------------------------------------ */
/* Names and the preset data.                                           */

static void nama_preset_tanpa_beda_huruf(void **state)
{
    (void)state;
    static const char *const nama[][2] = {
        {"tingkat", "TINGKAT"},
        {"Tingkat", "TINGKAT"},
        {"Spbe", "SPBE"},
        {"spbe", "SPBE"},
        {"berhasil", "BERHASIL"},
        {"efisiensi", "EFISIENSI"},
        {"Efisiensi_Selisih", "EFISIENSI_SELISIH"},
        {"pemdi", "PEMDI"},
        {"sakip", "SAKIP"},
        {"ip_asn", "IP_ASN"},
        {"Ip_Asn", "IP_ASN"},
    };
    for (size_t i = 0; i < UJI_JUMLAH(nama); i++) {
        const skala *s = skala_preset_cari(nama[i][0]);
        if (s == NULL)
            fail_msg("skala_preset_cari(\"%s\") gave NULL", nama[i][0]);
        assert_non_null(s->nama);
        assert_string_equal(s->nama, nama[i][1]);
        assert_ptr_equal(s, skala_preset_cari(nama[i][1]));
    }
}

static void nama_preset_tak_dikenal_null(void **state)
{
    (void)state;
    static const char *const nama[] = {
        "XYZ",      "",       "TINGKATX", "TINGKA",
        "SPBE2020", "IP ASN", "IPASN",    "EFISIENSI SELISIH"};
    for (size_t i = 0; i < UJI_JUMLAH(nama); i++)
        if (skala_preset_cari(nama[i]) != NULL)
            fail_msg("skala_preset_cari(\"%s\") found a preset", nama[i]);
}

static void preset_bawaan_tingkat(void **state)
{
    (void)state;
    const skala *s = skala_preset_bawaan();
    assert_non_null(s);
    assert_ptr_equal(s, skala_preset_cari("TINGKAT"));
    assert_string_equal(s->nama, "TINGKAT");
}

static void preset_semua_delapan(void **state)
{
    (void)state;
    size_t n = 0;
    const skala *semua = skala_preset_semua(&n);
    assert_non_null(semua);
    assert_int_equal(n, UJI_JUMLAH(acuan));
    for (size_t i = 0; i < UJI_JUMLAH(acuan); i++) {
        size_t ketemu = 0;
        for (size_t j = 0; j < n; j++)
            if (semua[j].nama != NULL &&
                strcmp(semua[j].nama, acuan[i].nama) == 0)
                ketemu++;
        if (ketemu != 1)
            fail_msg("preset %s listed %zu times", acuan[i].nama, ketemu);
    }
}

/* Each preset's bands, bounds, bound kinds and domain are the rules'
 * (docs/aturan.md). */
static void preset_sama_dengan_aturan(void **state)
{
    (void)state;
    for (size_t i = 0; i < UJI_JUMLAH(acuan); i++) {
        const preset_acuan *p = &acuan[i];
        const skala *s = skala_preset_cari(p->nama);
        assert_non_null(s);
        assert_status(skala_periksa(s), KINERJA_OK);
        if (s->jumlah_pita != p->jumlah)
            fail_msg("%s has %zu bands, the rules %zu", p->nama, s->jumlah_pita,
                     p->jumlah);
        for (size_t j = 0; j < p->jumlah; j++) {
            const skala_pita *b = &s->pita[j];
            assert_non_null(b->label);
            if (strcmp(b->label, p->pita[j].label) != 0)
                fail_msg("%s band %zu is \"%s\", the rules \"%s\"", p->nama, j,
                         b->label, p->pita[j].label);
            if (j == 0) {
                /* The bottom band catches everything in the domain. */
                if (p->berdomain) {
                    if (!(b->batas <= p->domain_min / 100.0) ||
                        (b->batas == p->domain_min / 100.0 && b->eksklusif))
                        fail_msg("%s bottom band starts at %.17g", p->nama,
                                 b->batas);
                } else if (!(isinf(b->batas) && b->batas < 0)) {
                    fail_msg("%s bottom band starts at %.17g, not -inf",
                             p->nama, b->batas);
                }
                continue;
            }
            if (b->batas != p->pita[j].batas / 100.0 ||
                b->eksklusif != p->pita[j].eksklusif)
                fail_msg("%s band \"%s\": %s %.17g, the rules %s %g", p->nama,
                         b->label, b->eksklusif ? ">" : ">=", b->batas,
                         p->pita[j].eksklusif ? ">" : ">=",
                         p->pita[j].batas / 100.0);
        }
        if (p->berdomain) {
            assert_double_sama(s->domain_min, p->domain_min / 100.0);
            assert_double_sama(s->domain_max, p->domain_maks / 100.0);
        } else {
            assert_true(isinf(s->domain_min) && s->domain_min < 0);
            assert_true(isinf(s->domain_max) && s->domain_max > 0);
        }
    }
}

static void preset_nan_inf_galat_argumen(void **state)
{
    (void)state;
    const double buruk[] = {NAN, -NAN, INFINITY, -INFINITY};
    for (size_t i = 0; i < UJI_JUMLAH(acuan); i++) {
        const skala *s = skala_preset_cari(acuan[i].nama);
        assert_non_null(s);
        for (size_t j = 0; j < UJI_JUMLAH(buruk); j++) {
            const char *label = "(tidak diubah)";
            assert_status(skala_cari(s, buruk[j], &label),
                          KINERJA_GALAT_ARGUMEN);
            assert_string_equal(label, "(tidak diubah)");
        }
    }
}

/* ------------------------------------------------------------------ */
/* Caller-supplied scales.                                              */

static skala kustom(const skala_pita *pita, size_t n)
{
    skala s = {NULL, pita, n, -INFINITY, INFINITY};
    return s;
}

UJI_BARIS(kasus_periksa, skala_pita pita[3]; size_t jumlah;
          kinerja_status status;);

static const kasus_periksa tabel_periksa[] = {
    {"one band is a scale", {{0, false, "Ada"}}, 1, KINERJA_OK},
    {"ascending bounds",
     {{55, false, "C"}, {70, false, "B"}, {85, false, "A"}},
     3,
     KINERJA_OK},
    {"-inf bottom band",
     {{-INFINITY, false, "Bawah"}, {1, false, "Atas"}},
     2,
     KINERJA_OK},
    {"inclusive then exclusive on one bound",
     {{0, false, "Nol"}, {0, true, "Positif"}},
     2,
     KINERJA_OK},
    {"no bands", {{0, false, "x"}}, 0, KINERJA_GALAT_ARGUMEN},
    {"descending bounds",
     {{85, false, "A"}, {70, false, "B"}},
     2,
     KINERJA_GALAT_ARGUMEN},
    {"equal inclusive bounds",
     {{70, false, "A"}, {70, false, "B"}},
     2,
     KINERJA_GALAT_ARGUMEN},
    {"equal exclusive bounds",
     {{70, true, "A"}, {70, true, "B"}},
     2,
     KINERJA_GALAT_ARGUMEN},
    {"exclusive then inclusive on one bound",
     {{70, true, "A"}, {70, false, "B"}},
     2,
     KINERJA_GALAT_ARGUMEN},
    {"empty label",
     {{0, false, "A"}, {50, false, ""}},
     2,
     KINERJA_GALAT_ARGUMEN},
    {"NULL label", {{0, false, NULL}}, 1, KINERJA_GALAT_ARGUMEN},
    {"NaN bound",
     {{0, false, "A"}, {NAN, false, "B"}},
     2,
     KINERJA_GALAT_ARGUMEN},
    {"+inf bound",
     {{0, false, "A"}, {INFINITY, false, "B"}},
     2,
     KINERJA_GALAT_ARGUMEN},
    {"-inf bound after the first",
     {{0, false, "A"}, {-INFINITY, false, "B"}},
     2,
     KINERJA_GALAT_ARGUMEN},
};

static void uji_periksa(void **state)
{
    const kasus_periksa *k = *state;
    skala s = kustom(k->pita, k->jumlah);
    assert_status(skala_periksa(&s), k->status);
}

UJI_BARIS(kasus_kustom, double nilai; kinerja_status status;
          const char *label;);

/* 85/70/55 with no bottom band (another region's BERHASIL, docs/aturan.md). */
static const skala_pita pita_85_70_55[] = {
    {55, false, "Cukup Berhasil"},
    {70, false, "Berhasil"},
    {85, true, "Sangat Berhasil"},
};

static const kasus_kustom tabel_kustom[] = {
    {"custom 55 -> Cukup Berhasil", 55, KINERJA_OK, "Cukup Berhasil"},
    {"custom 54.995 rounds to 55.00 -> Cukup Berhasil", 54.995, KINERJA_OK,
     "Cukup Berhasil"},
    {"custom 54.99 is below the lowest bound", 54.99,
     KINERJA_GALAT_TIDAK_TERSEDIA, NULL},
    {"custom 54.994 rounds to 54.99: below the lowest bound", 54.994,
     KINERJA_GALAT_TIDAK_TERSEDIA, NULL},
    {"custom 0 is below the lowest bound", 0, KINERJA_GALAT_TIDAK_TERSEDIA,
     NULL},
    {"custom -1e9 is below the lowest bound", -1e9,
     KINERJA_GALAT_TIDAK_TERSEDIA, NULL},
    {"custom 69.99 -> Cukup Berhasil", 69.99, KINERJA_OK, "Cukup Berhasil"},
    {"custom 70 -> Berhasil", 70, KINERJA_OK, "Berhasil"},
    {"custom 85 (exclusive) -> Berhasil", 85, KINERJA_OK, "Berhasil"},
    {"custom 85.004 rounds to 85.00 -> Berhasil", 85.004, KINERJA_OK,
     "Berhasil"},
    {"custom 85.005 rounds to 85.01 -> Sangat Berhasil", 85.005, KINERJA_OK,
     "Sangat Berhasil"},
    {"custom 1e9 -> Sangat Berhasil", 1e9, KINERJA_OK, "Sangat Berhasil"},
    {"custom NaN -> argument error", NAN, KINERJA_GALAT_ARGUMEN, NULL},
    {"custom +inf -> argument error", INFINITY, KINERJA_GALAT_ARGUMEN, NULL},
    {"custom -inf -> argument error", -INFINITY, KINERJA_GALAT_ARGUMEN, NULL},
};

static void uji_kustom(void **state)
{
    const kasus_kustom *k = *state;
    skala s = kustom(pita_85_70_55, UJI_JUMLAH(pita_85_70_55));
    assert_status(skala_periksa(&s), KINERJA_OK);
    const char *label = "(tidak diubah)";
    assert_status(skala_cari(&s, k->nilai, &label), k->status);
    if (k->status == KINERJA_OK)
        assert_string_equal(label, k->label);
    else
        assert_string_equal(label, "(tidak diubah)");
}

/* The value equal to a shared bound belongs to the inclusive band. */
static void kustom_batas_bersama(void **state)
{
    (void)state;
    static const skala_pita pita[] = {
        {-INFINITY, false, "Negatif"},
        {0, false, "Nol"},
        {0, true, "Positif"},
    };
    skala s = kustom(pita, UJI_JUMLAH(pita));
    const char *label = NULL;
    assert_status(skala_periksa(&s), KINERJA_OK);
    assert_status(skala_cari(&s, 0.0, &label), KINERJA_OK);
    assert_string_equal(label, "Nol");
    assert_status(skala_cari(&s, 0.004, &label), KINERJA_OK);
    assert_string_equal(label, "Nol");
    assert_status(skala_cari(&s, -0.004, &label), KINERJA_OK);
    assert_string_equal(label, "Nol");
    assert_status(skala_cari(&s, 0.005, &label), KINERJA_OK);
    assert_string_equal(label, "Positif");
    assert_status(skala_cari(&s, -0.005, &label), KINERJA_OK);
    assert_string_equal(label, "Negatif");
    assert_status(skala_cari(&s, -1e300, &label), KINERJA_OK);
    assert_string_equal(label, "Negatif");
}

/* A custom scale with a domain of its own (a copy of SPBE's bands). */
static void kustom_dengan_domain(void **state)
{
    (void)state;
    static const skala_pita pita[] = {{0, false, "Rendah"},
                                      {2.5, false, "Tinggi"}};
    skala s = {NULL, pita, 2, 0.0, 5.0};
    const char *label = "(tidak diubah)";
    assert_status(skala_cari(&s, 5.01, &label), KINERJA_GALAT_ARGUMEN);
    assert_status(skala_cari(&s, -0.01, &label), KINERJA_GALAT_ARGUMEN);
    assert_string_equal(label, "(tidak diubah)");
    assert_status(skala_cari(&s, 5.0, &label), KINERJA_OK);
    assert_string_equal(label, "Tinggi");
}

int main(void)
{
    const struct CMUnitTest tunggal[] = {
        cmocka_unit_test(nama_preset_tanpa_beda_huruf),
        cmocka_unit_test(nama_preset_tak_dikenal_null),
        cmocka_unit_test(preset_bawaan_tingkat),
        cmocka_unit_test(preset_semua_delapan),
        cmocka_unit_test(preset_sama_dengan_aturan),
        cmocka_unit_test(preset_nan_inf_galat_argumen),
        cmocka_unit_test(kustom_batas_bersama),
        cmocka_unit_test(kustom_dengan_domain),
    };
    buat_kasus();
    int gagal = 0;
    gagal += cmocka_run_group_tests_name("skala: preset", tunggal, NULL, NULL);
    gagal += uji_per_baris("skala: band and domain edges", kasus,
                           sizeof kasus[0], jumlah_kasus, uji_kasus_nilai);
    gagal += UJI_TABEL("skala: skala_periksa", tabel_periksa, uji_periksa);
    gagal += UJI_TABEL("skala: custom 85/70/55", tabel_kustom, uji_kustom);
    free(kasus);
    return gagal;
}
