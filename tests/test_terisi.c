/*
 * test_terisi.c - what the filled cells of a row add up to: blanks are
 * skipped, never zeros; a filled figure that is not finite is refused.
 */
#include "uji.h"

#include "core/terisi.h"

/* The sum, the last filled and the count are those of the filled cells
 * only, in index order; a filled zero is a figure like any other. */
static void uji_kosong_dilewati(void **state)
{
    (void)state;
    const double nilai[] = {3, 99, 5, 0, 2.5};
    const bool terisi[] = {true, false, true, true, false};
    terisi_rekap r;
    assert_status(terisi_hitung(nilai, terisi, 5, &r), KINERJA_OK);
    assert_double_sama(r.jumlah, 8);
    assert_double_sama(r.akhir, 0);
    assert_int_equal(r.banyak, 3);
}

/* Nothing filled, or no cell at all: no value (not 0). */
static void uji_tanpa_isian(void **state)
{
    (void)state;
    const double nilai[] = {1, 2};
    const bool terisi[] = {false, false};
    terisi_rekap r;
    assert_status(terisi_hitung(nilai, terisi, 2, &r), KINERJA_KOSONG);
    assert_int_equal(r.banyak, 0);
    assert_status(terisi_hitung(NULL, NULL, 0, &r), KINERJA_KOSONG);
}

/* NaN or infinity in a filled cell is an argument error; in a blank one
 * it is never read. */
static void uji_bukan_hingga(void **state)
{
    (void)state;
    const double nilai[] = {1, NAN, INFINITY};
    const bool nan[] = {true, true, false};
    const bool tak_hingga[] = {false, false, true};
    const bool kosong_saja[] = {true, false, false};
    terisi_rekap r;
    assert_status(terisi_hitung(nilai, nan, 3, &r), KINERJA_GALAT_ARGUMEN);
    assert_status(terisi_hitung(nilai, tak_hingga, 3, &r),
                  KINERJA_GALAT_ARGUMEN);
    assert_status(terisi_hitung(nilai, kosong_saja, 3, &r), KINERJA_OK);
    assert_double_sama(r.jumlah, 1);
}

/* Finite figures may still sum past DBL_MAX: the sum is given as it is
 * (the rule for it is the caller's: REKAP_TRIWULAN refuses it). */
static void uji_jumlah_meluap(void **state)
{
    (void)state;
    const double nilai[] = {1.7e308, 1.7e308};
    const bool terisi[] = {true, true};
    terisi_rekap r;
    assert_status(terisi_hitung(nilai, terisi, 2, &r), KINERJA_OK);
    assert_true(isinf(r.jumlah) && r.jumlah > 0);
    assert_double_sama(r.akhir, 1.7e308);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_kosong_dilewati),
        cmocka_unit_test(uji_tanpa_isian),
        cmocka_unit_test(uji_bukan_hingga),
        cmocka_unit_test(uji_jumlah_meluap),
    };
    return cmocka_run_group_tests_name("terisi", uji, NULL, NULL);
}
