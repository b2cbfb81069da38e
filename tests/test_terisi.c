/*
 * test_terisi.c - what the filled cells of a row add up to: blanks are
 * skipped, never zeros; a filled figure that is not finite is refused.
 */
#include "uji.h"

#include "core/terisi.h"

/* terisi_hitung over nilai[0..strlen(pola)), cell i filled where pola[i]
 * is 'x', asserting the status `harap`. */
static terisi_rekap rekap(const double *nilai, const char *pola,
                          kinerja_status harap)
{
    bool terisi[8];
    size_t n = strlen(pola);
    assert_true(n <= UJI_JUMLAH(terisi));
    for (size_t i = 0; i < n; i++)
        terisi[i] = pola[i] == 'x';
    terisi_rekap r;
    assert_status(terisi_hitung(nilai, terisi, n, &r), harap);
    return r;
}

/* The sum, the last filled and the count are those of the filled cells
 * only, in index order; a filled zero is a figure like any other. */
static void uji_kosong_dilewati(void **state)
{
    (void)state;
    const double nilai[] = {3, 99, 5, 0, 2.5};
    terisi_rekap r = rekap(nilai, "x-xx-", KINERJA_OK);
    assert_double_sama(r.jumlah, 8);
    assert_double_sama(r.akhir, 0);
    assert_int_equal(r.banyak, 3);
}

/* Nothing filled, or no cell at all: no value (not 0).  NaN or infinity
 * in a filled cell is an argument error; in a blank one it is never
 * read. */
static void uji_tanpa_nilai(void **state)
{
    (void)state;
    const double nilai[] = {1, NAN, INFINITY};
    assert_int_equal(rekap(nilai, "--", KINERJA_KOSONG).banyak, 0);
    rekap(NULL, "", KINERJA_KOSONG);
    rekap(nilai, "xx-", KINERJA_GALAT_ARGUMEN);
    rekap(nilai, "--x", KINERJA_GALAT_ARGUMEN);
    assert_double_sama(rekap(nilai, "x--", KINERJA_OK).jumlah, 1);
}

/* Finite figures may still sum past DBL_MAX: the sum is given as it is
 * (the rule for it is the caller's: REKAP_TRIWULAN refuses it). */
static void uji_jumlah_meluap(void **state)
{
    (void)state;
    const double nilai[] = {1.7e308, 1.7e308};
    terisi_rekap r = rekap(nilai, "xx", KINERJA_OK);
    assert_true(isinf(r.jumlah) && r.jumlah > 0);
    assert_double_sama(r.akhir, 1.7e308);
}

int main(void)
{
    const struct CMUnitTest uji[] = {cmocka_unit_test(uji_kosong_dilewati),
                                     cmocka_unit_test(uji_tanpa_nilai),
                                     cmocka_unit_test(uji_jumlah_meluap)};
    return cmocka_run_group_tests_name("terisi", uji, NULL, NULL);
}
