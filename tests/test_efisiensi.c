/*
 * test_efisiensi.c - efisiensi_hitung and its method names
 * (docs/aturan.md, "Efisiensi"): RASIO = capaian kinerja / capaian
 * anggaran (default), SELISIH = capaian kinerja - capaian anggaran.
 */
#include "uji.h"

#include "core/efisiensi.h"

UJI_BARIS(kasus_efisiensi, double kinerja; double anggaran;
          efisiensi_metode metode; kinerja_status status; double hasil;);

static const kasus_efisiensi tabel[] = {
    {"RASIO Tabel 3.8: 110.93 / 96.25 -> 1.1525...", 110.93, 96.25,
     EFISIENSI_RASIO, KINERJA_OK, 110.93 / 96.25},
    {"RASIO 100 / 100 -> 1", 100, 100, EFISIENSI_RASIO, KINERJA_OK, 1},
    {"RASIO 50 / 100 -> 0.5", 50, 100, EFISIENSI_RASIO, KINERJA_OK, 0.5},
    {"RASIO 0 / 80 -> 0", 0, 80, EFISIENSI_RASIO, KINERJA_OK, 0},
    {"RASIO rumus 2 may give a negative kinerja: -50 / 100 -> -0.5", -50, 100,
     EFISIENSI_RASIO, KINERJA_OK, -0.5},
    {"RASIO 450 / 90 -> 5 (no cap)", 450, 90, EFISIENSI_RASIO, KINERJA_OK, 5},
    {"SELISIH 110.93 - 96.25 -> 14.68", 110.93, 96.25, EFISIENSI_SELISIH,
     KINERJA_OK, 110.93 - 96.25},
    {"SELISIH 90 - 95 -> -5", 90, 95, EFISIENSI_SELISIH, KINERJA_OK, -5},
    {"SELISIH -50 - 100 -> -150", -50, 100, EFISIENSI_SELISIH, KINERJA_OK,
     -150},
    {"SELISIH with anggaran 0 needs no division: 50 - 0 -> 50", 50, 0,
     EFISIENSI_SELISIH, KINERJA_OK, 50},
    {"RASIO anggaran 0 -> BAGI_NOL", 110.93, 0, EFISIENSI_RASIO,
     KINERJA_GALAT_BAGI_NOL, 0},
    {"RASIO anggaran -0.0 -> BAGI_NOL", 110.93, -0.0, EFISIENSI_RASIO,
     KINERJA_GALAT_BAGI_NOL, 0},
    {"RASIO anggaran -1 -> ARGUMEN", 110.93, -1, EFISIENSI_RASIO,
     KINERJA_GALAT_ARGUMEN, 0},
    {"SELISIH anggaran -1 -> ARGUMEN", 110.93, -1, EFISIENSI_SELISIH,
     KINERJA_GALAT_ARGUMEN, 0},
    {"kinerja NaN -> ARGUMEN", NAN, 96.25, EFISIENSI_RASIO,
     KINERJA_GALAT_ARGUMEN, 0},
    {"kinerja +inf -> ARGUMEN", INFINITY, 96.25, EFISIENSI_RASIO,
     KINERJA_GALAT_ARGUMEN, 0},
    {"anggaran NaN -> ARGUMEN", 110.93, NAN, EFISIENSI_SELISIH,
     KINERJA_GALAT_ARGUMEN, 0},
    {"anggaran +inf -> ARGUMEN", 110.93, INFINITY, EFISIENSI_RASIO,
     KINERJA_GALAT_ARGUMEN, 0},
    {"metode 0 -> ARGUMEN", 110.93, 96.25, (efisiensi_metode)0,
     KINERJA_GALAT_ARGUMEN, 0},
    {"metode 3 -> ARGUMEN", 110.93, 96.25, (efisiensi_metode)3,
     KINERJA_GALAT_ARGUMEN, 0},
};

static void uji_efisiensi(void **state)
{
    const kasus_efisiensi *k = *state;
    double hasil = UJI_TIDAK_DIUBAH;
    kinerja_status s =
        efisiensi_hitung(k->kinerja, k->anggaran, k->metode, &hasil);
    uji_hasil_periksa(s, hasil, k->status, k->hasil, 1e-14);
}

/* Tabel 3.8 prints 1,15; the difference 14,68. */
static void efisiensi_tabel_3_8_dua_desimal(void **state)
{
    (void)state;
    double rasio = 0, selisih = 0;
    assert_status(efisiensi_hitung(110.93, 96.25, EFISIENSI_RASIO, &rasio),
                  KINERJA_OK);
    assert_dua_desimal(rasio, 1.15);
    assert_status(efisiensi_hitung(110.93, 96.25, EFISIENSI_SELISIH, &selisih),
                  KINERJA_OK);
    assert_dua_desimal(selisih, 14.68);
}

/* Metode by name or digit; lower and upper case are read as well. */
static const uji_pilihan nama_diterima[] = {
    {"RASIO", EFISIENSI_RASIO},     {"Rasio", EFISIENSI_RASIO},
    {"SELISIH", EFISIENSI_SELISIH}, {"1", EFISIENSI_RASIO},
    {"2", EFISIENSI_SELISIH},
};
static const char *const nama_ditolak[] = {"X",    "",         "3",
                                           "RASI", "SELISIHX", "NAIK"};
UJI_PEMBACA_NAMA(uji_nama, efisiensi_metode, efisiensi_metode_dari_nama,
                 nama_diterima, nama_ditolak)

static const uji_pilihan_angka angka_diterima[] = {
    {"angka 1 -> RASIO", 1, EFISIENSI_RASIO},
    {"angka 2 -> SELISIH", 2, EFISIENSI_SELISIH},
};
static const double angka_ditolak[] = {0, 3, 1.5, -2, NAN, -INFINITY};
UJI_PEMBACA_ANGKA(uji_angka, efisiensi_metode, efisiensi_metode_dari_angka,
                  angka_diterima, angka_ditolak)

int main(void)
{
    const struct CMUnitTest tunggal[] = {
        cmocka_unit_test(efisiensi_tabel_3_8_dua_desimal),
    };
    int gagal = 0;
    gagal += UJI_TABEL("efisiensi_hitung", tabel, uji_efisiensi);
    gagal +=
        cmocka_run_group_tests_name("efisiensi: seed", tunggal, NULL, NULL);
    gagal += uji_nama();
    gagal += uji_angka();
    return gagal;
}
