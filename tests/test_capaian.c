/*
 * test_capaian.c - capaian_hitung and the rumus names (docs/aturan.md,
 * "Capaian kinerja").  Rumus 1: realisasi / target x 100; rumus 2:
 * (2 target - realisasi) / target x 100; no cap, no floor.
 */
#include "uji.h"

#include "core/capaian.h"

typedef struct kasus_capaian {
    const char *nama;
    double target;
    double realisasi;
    bool ada_realisasi; /* false: realisasi not entered (NULL) */
    capaian_rumus rumus;
    kinerja_status status;
    double hasil; /* exact percent, on KINERJA_OK */
} kasus_capaian;

static const kasus_capaian tabel[] = {
    /* Rumus 1 */
    {"rumus 1: 4.16 of 3.75 -> 110.933...", 3.75, 4.16, true,
     CAPAIAN_RUMUS_NAIK, KINERJA_OK, 4.16 / 3.75 * 100},
    {"rumus 1: 9 of 2 -> 450 (no cap)", 2, 9, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_OK, 450},
    {"rumus 1: 16 of 14 -> 114.2857...", 14, 16, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_OK, 16.0 / 14.0 * 100},
    {"rumus 1: 2.73 of 2.60 -> 105", 2.60, 2.73, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_OK, 105},
    {"rumus 1: 905000 of 4000000 -> 22.625", 4000000, 905000, true,
     CAPAIAN_RUMUS_NAIK, KINERJA_OK, 22.625},
    {"rumus 1: realisasi equals target -> 100", 19, 19, true,
     CAPAIAN_RUMUS_NAIK, KINERJA_OK, 100},
    {"rumus 1: realisasi 0 entered -> 0", 50, 0, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_OK, 0},
    {"rumus 1: 1 of 3 -> 33.333...", 3, 1, true, CAPAIAN_RUMUS_NAIK, KINERJA_OK,
     100.0 / 3.0},
    /* Rumus 2 */
    {"rumus 2: target 10, realisasi 8 -> 120", 10, 8, true, CAPAIAN_RUMUS_TURUN,
     KINERJA_OK, 120},
    {"rumus 2: target 10, realisasi 10 -> 100", 10, 10, true,
     CAPAIAN_RUMUS_TURUN, KINERJA_OK, 100},
    {"rumus 2: target 10, realisasi 20 -> 0", 10, 20, true, CAPAIAN_RUMUS_TURUN,
     KINERJA_OK, 0},
    {"rumus 2: target 10, realisasi 25 -> -50 (no floor)", 10, 25, true,
     CAPAIAN_RUMUS_TURUN, KINERJA_OK, -50},
    {"rumus 2: target 10, realisasi 0 entered -> 200", 10, 0, true,
     CAPAIAN_RUMUS_TURUN, KINERJA_OK, 200},
    {"rumus 2: target 4, realisasi 3 -> 125", 4, 3, true, CAPAIAN_RUMUS_TURUN,
     KINERJA_OK, 125},
    {"rumus 2: target 3, realisasi 2 -> 133.333...", 3, 2, true,
     CAPAIAN_RUMUS_TURUN, KINERJA_OK, 400.0 / 3.0},
    /* Not entered yet: empty, never 0 %, 100 % or 200 %. */
    {"rumus 1: realisasi not entered -> KOSONG", 10, 0, false,
     CAPAIAN_RUMUS_NAIK, KINERJA_KOSONG, 0},
    {"rumus 2: realisasi not entered -> KOSONG (not 200)", 10, 0, false,
     CAPAIAN_RUMUS_TURUN, KINERJA_KOSONG, 0},
    /* Target 0: a division error, never 0 or 100. */
    {"rumus 1: target 0 -> BAGI_NOL", 0, 5, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_GALAT_BAGI_NOL, 0},
    {"rumus 2: target 0 -> BAGI_NOL", 0, 5, true, CAPAIAN_RUMUS_TURUN,
     KINERJA_GALAT_BAGI_NOL, 0},
    {"rumus 1: target 0, realisasi 0 -> BAGI_NOL", 0, 0, true,
     CAPAIAN_RUMUS_NAIK, KINERJA_GALAT_BAGI_NOL, 0},
    {"rumus 1: target -0.0 -> BAGI_NOL", -0.0, 5, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_GALAT_BAGI_NOL, 0},
    /* Target below 0: neither formula means anything. */
    {"rumus 1: target -1 -> ARGUMEN", -1, 5, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_GALAT_ARGUMEN, 0},
    {"rumus 2: target -1 -> ARGUMEN", -1, 5, true, CAPAIAN_RUMUS_TURUN,
     KINERJA_GALAT_ARGUMEN, 0},
    {"rumus 1: target -1e-300 -> ARGUMEN", -1e-300, 5, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_GALAT_ARGUMEN, 0},
    /* Non-finite inputs. */
    {"target NaN -> ARGUMEN", NAN, 5, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_GALAT_ARGUMEN, 0},
    {"target +inf -> ARGUMEN", INFINITY, 5, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_GALAT_ARGUMEN, 0},
    {"target -inf -> ARGUMEN", -INFINITY, 5, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_GALAT_ARGUMEN, 0},
    {"realisasi NaN -> ARGUMEN", 10, NAN, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_GALAT_ARGUMEN, 0},
    {"realisasi +inf -> ARGUMEN", 10, INFINITY, true, CAPAIAN_RUMUS_NAIK,
     KINERJA_GALAT_ARGUMEN, 0},
    {"realisasi -inf, rumus 2 -> ARGUMEN", 10, -INFINITY, true,
     CAPAIAN_RUMUS_TURUN, KINERJA_GALAT_ARGUMEN, 0},
    /* Unknown rumus. */
    {"rumus 0 -> ARGUMEN", 10, 5, true, (capaian_rumus)0, KINERJA_GALAT_ARGUMEN,
     0},
    {"rumus 3 -> ARGUMEN", 10, 5, true, (capaian_rumus)3, KINERJA_GALAT_ARGUMEN,
     0},
};

static void uji_capaian(void **state)
{
    const kasus_capaian *k = *state;
    double hasil = UJI_TIDAK_DIUBAH;
    kinerja_status s = capaian_hitung(
        k->target, k->ada_realisasi ? &k->realisasi : NULL, k->rumus, &hasil);
    uji_hasil_periksa(s, hasil, k->status, k->hasil, 1e-14);
}

/* A result too large for a double is never returned as a number. */
static void hasil_tak_hingga_bukan_ok(void **state)
{
    (void)state;
    double realisasi = 1e300, hasil = UJI_TIDAK_DIUBAH;
    kinerja_status s =
        capaian_hitung(1e-300, &realisasi, CAPAIAN_RUMUS_NAIK, &hasil);
    if (s == KINERJA_OK && !isfinite(hasil))
        fail_msg("capaian of 1e300 against 1e-300 returned %g as OK", hasil);
    realisasi = -1e300;
    hasil = UJI_TIDAK_DIUBAH;
    s = capaian_hitung(1e-300, &realisasi, CAPAIAN_RUMUS_TURUN, &hasil);
    if (s == KINERJA_OK && !isfinite(hasil))
        fail_msg("rumus 2 of -1e300 against 1e-300 returned %g as OK", hasil);
}

/* Rumus by name or digit; lower and upper case are read as well. */
static const uji_pilihan nama_diterima[] = {
    {"NAIK", CAPAIAN_RUMUS_NAIK},   {"Naik", CAPAIAN_RUMUS_NAIK},
    {"TURUN", CAPAIAN_RUMUS_TURUN}, {"TuRuN", CAPAIAN_RUMUS_TURUN},
    {"1", CAPAIAN_RUMUS_NAIK},      {"2", CAPAIAN_RUMUS_TURUN},
};
static const char *const nama_ditolak[] = {"X",     "",    "3",       "0",
                                           "NAIKK", "NAI", "TURUNAN", "12"};
UJI_PEMBACA_NAMA(uji_nama, capaian_rumus, capaian_rumus_dari_nama,
                 nama_diterima, nama_ditolak)

static const uji_pilihan_angka angka_diterima[] = {
    {"angka 1 -> rumus 1", 1, CAPAIAN_RUMUS_NAIK},
    {"angka 2 -> rumus 2", 2, CAPAIAN_RUMUS_TURUN},
};
/* 2^32 + 1 would be rumus 1 to a reader that truncated to 32 bits */
static const double angka_ditolak[] = {0,   3,        -1,          1.5,
                                       NAN, INFINITY, 4294967297.0};
UJI_PEMBACA_ANGKA(uji_angka, capaian_rumus, capaian_rumus_dari_angka,
                  angka_diterima, angka_ditolak)

int main(void)
{
    const struct CMUnitTest tunggal[] = {
        cmocka_unit_test(hasil_tak_hingga_bukan_ok),
    };
    int gagal = 0;
    gagal += UJI_TABEL("capaian_hitung", tabel, uji_capaian);
    gagal +=
        cmocka_run_group_tests_name("capaian: overflow", tunggal, NULL, NULL);
    gagal += uji_nama();
    gagal += uji_angka();
    return gagal;
}
