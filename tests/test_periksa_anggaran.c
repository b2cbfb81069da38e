/*
 * test_periksa_anggaran.c - realisasi against pagu, to the rupiah: the
 * seed's own lines, over-spending by one rupiah, missing realisasi, and
 * amounts that are not whole rupiah.
 */
#include "uji.h"

#include "core/periksa_anggaran.h"

UJI_BARIS(kasus_anggaran, double pagu; bool ada_realisasi; double realisasi;
          kinerja_status status; periksa_anggaran_temuan temuan;);

static const kasus_anggaran kasus[] = {
    /* Tabel 3.5 */
    {"dinas total", 19133884991.0, true, 18416966117.0, KINERJA_OK,
     PERIKSA_ANGGARAN_SESUAI},
    {"Penyediaan Jasa Pelayanan Umum Kantor (100 %)", 42000000, true, 42000000,
     KINERJA_OK, PERIKSA_ANGGARAN_SESUAI},
    {"Fasilitasi Kunjungan Tamu", 4000000, true, 905000, KINERJA_OK,
     PERIKSA_ANGGARAN_SESUAI},
    {"one rupiah over", 42000000, true, 42000001, KINERJA_OK,
     PERIKSA_ANGGARAN_MELEBIHI_PAGU},
    {"over by a lot", 1, true, 19133884991.0, KINERJA_OK,
     PERIKSA_ANGGARAN_MELEBIHI_PAGU},
    {"not entered", 48000000, false, 0, KINERJA_OK,
     PERIKSA_ANGGARAN_BELUM_DIISI},
    {"nothing spent counts as no realisasi", 48000000, true, 0, KINERJA_OK,
     PERIKSA_ANGGARAN_BELUM_DIISI},
    {"pagu 0, nothing spent", 0, true, 0, KINERJA_OK,
     PERIKSA_ANGGARAN_BELUM_DIISI},
    {"pagu 0, something spent", 0, true, 1, KINERJA_OK,
     PERIKSA_ANGGARAN_MELEBIHI_PAGU},
    {"sen in realisasi", 100, true, 99.5, KINERJA_GALAT_ARGUMEN,
     PERIKSA_ANGGARAN_SESUAI},
    {"sen in pagu", 100.25, true, 99, KINERJA_GALAT_ARGUMEN,
     PERIKSA_ANGGARAN_SESUAI},
    {"negative realisasi", 100, true, -1, KINERJA_GALAT_ARGUMEN,
     PERIKSA_ANGGARAN_SESUAI},
    {"negative pagu", -100, true, 1, KINERJA_GALAT_ARGUMEN,
     PERIKSA_ANGGARAN_SESUAI},
    {"NaN pagu", NAN, true, 1, KINERJA_GALAT_ARGUMEN, PERIKSA_ANGGARAN_SESUAI},
    {"infinite realisasi", 100, true, INFINITY, KINERJA_GALAT_ARGUMEN,
     PERIKSA_ANGGARAN_SESUAI},
    {"beyond 2^53", 1e17, true, 1, KINERJA_GALAT_ARGUMEN,
     PERIKSA_ANGGARAN_SESUAI},
};

static void uji_kasus(void **state)
{
    const kasus_anggaran *k = *state;
    periksa_anggaran_temuan t =
        (periksa_anggaran_temuan)UJI_PILIHAN_TIDAK_DIUBAH;
    kinerja_status st =
        periksa_anggaran(k->pagu, k->ada_realisasi ? &k->realisasi : NULL, &t);
    uji_pilihan_periksa(k->nama, st, (int)t, k->status, (int)k->temuan);
}

static void uji_label(void **state)
{
    (void)state;
    assert_string_equal(periksa_anggaran_label(PERIKSA_ANGGARAN_SESUAI),
                        "Sesuai");
    assert_string_equal(periksa_anggaran_label(PERIKSA_ANGGARAN_MELEBIHI_PAGU),
                        "Melebihi pagu");
    assert_string_equal(periksa_anggaran_label(PERIKSA_ANGGARAN_BELUM_DIISI),
                        "Belum ada realisasi");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(uji_label),
    };
    int gagal = UJI_TABEL("periksa_anggaran", kasus, uji_kasus);
    gagal += cmocka_run_group_tests(tests, NULL, NULL);
    return gagal;
}
