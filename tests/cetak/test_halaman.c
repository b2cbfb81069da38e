/*
 * test_halaman.c - the page planning of xlsx-templates/src/cetak.c without
 * Calc: paper names and sizes, the widths numbers need, and where rows
 * break (a stray handful spread out, group starts preferred, forced
 * breaks kept).  tests/cetak/test_cetak.py measures the printed result.
 */
#include "uji.h"

#include "cetak.h"

static void kertas_dikenal(void **keadaan)
{
    (void)keadaan;
    kertas_jenis k = KERTAS_A4;
    assert_true(kertas_baca("F4", &k));
    assert_int_equal(k, KERTAS_F4);
    assert_true(kertas_baca("a4", &k));
    assert_int_equal(k, KERTAS_A4);
    assert_true(kertas_baca("Folio", &k));
    assert_int_equal(k, KERTAS_F4);
    assert_false(kertas_baca("Legal", &k));
    assert_false(kertas_baca("", &k));
    assert_false(kertas_baca(NULL, &k));
    assert_string_equal(kertas_nama(KERTAS_F4), "F4");
}

static void ukuran_kertas(void **keadaan)
{
    (void)keadaan;
    double l, t;
    kertas_ukuran(KERTAS_F4, &l, &t); /* 215 x 330 mm */
    assert_true(fabs(l - 609.45) < 0.1 && fabs(t - 935.43) < 0.1);
    kertas_ukuran(KERTAS_A4, &l, &t); /* 210 x 297 mm */
    assert_true(fabs(l - 595.28) < 0.1 && fabs(t - 841.89) < 0.1);
    /* LibreOffice 7.4 reads width 20 as 145 pt (measured) */
    assert_true(fabs(cetak_lebar_kolom(20) - 145) < 1e-9);
}

static void lebar_angka(void **keadaan)
{
    (void)keadaan;
    /* "29 Orang/14 Bulan": 17 characters, wider than the 9 it had */
    double w = cetak_lebar_angka(29, 0, "Orang/14 Bulan", NULL);
    assert_true(w > 14.5 && w < 16);
    /* "19.133.884.991": 14 characters */
    w = cetak_lebar_angka(19133884991.0, 0, NULL, NULL);
    assert_true(w > 12 && w < 13.5);
    /* "86 (A)" and "95,45%" */
    assert_true(cetak_lebar_angka(86, 0, NULL, "A") < 8);
    assert_true(cetak_lebar_angka(95.45, 2, "%", NULL) < 8);
}

static void sama_tinggi(double *t, size_t n, double h)
{
    for (size_t i = 0; i < n; i++)
        t[i] = h;
}

/* 44 rows of 15 pt, two header rows repeated, 600 pt a page: greedy
 * would leave 4 rows on page 2; spread out, each page holds 345 pt. */
static void sisa_disebar(void **keadaan)
{
    (void)keadaan;
    double t[44];
    sama_tinggi(t, 44, 15);
    unsigned putus[8];
    size_t n = cetak_putus_baris(t, 0, 43, 0, 1, 600, NULL, NULL, putus, 8);
    assert_int_equal(n, 1);
    assert_int_equal(putus[0], 23);
}

/* A group starting at row 15: the page ends there rather than at row 20
 * (it stays 75 % full), and the rest fits the second page. */
static void awal_kelompok(void **keadaan)
{
    (void)keadaan;
    double t[30];
    sama_tinggi(t, 30, 15);
    bool baik[30] = {false};
    baik[15] = true;
    unsigned putus[8];
    size_t n = cetak_putus_baris(t, 0, 29, -1, -1, 300, baik, NULL, putus, 8);
    assert_int_equal(n, 1);
    assert_int_equal(putus[0], 15);
    /* too early a group start (page under 60 % full) is not taken */
    bool awal[30] = {false};
    awal[5] = true;
    n = cetak_putus_baris(t, 0, 29, -1, -1, 300, awal, NULL, putus, 8);
    assert_int_equal(n, 1);
    assert_int_equal(putus[0], 20);
}

/* A forced break (the PK's attachment) is kept; a sheet that fits one
 * page gets none. */
static void putus_paksa(void **keadaan)
{
    (void)keadaan;
    double t[10];
    sama_tinggi(t, 10, 15);
    bool wajib[10] = {false};
    wajib[6] = true;
    unsigned putus[8];
    assert_int_equal(
        cetak_putus_baris(t, 0, 9, -1, -1, 1000, NULL, wajib, putus, 8), 1);
    assert_int_equal(putus[0], 6);
    assert_int_equal(
        cetak_putus_baris(t, 0, 9, -1, -1, 1000, NULL, NULL, putus, 8), 0);
}

/* Rows taller than a page each get a page of their own. */
static void baris_raksasa(void **keadaan)
{
    (void)keadaan;
    double t[3] = {500, 500, 500};
    unsigned putus[8];
    size_t n = cetak_putus_baris(t, 0, 2, -1, -1, 400, NULL, NULL, putus, 8);
    assert_int_equal(n, 2);
    assert_int_equal(putus[0], 1);
    assert_int_equal(putus[1], 2);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(kertas_dikenal), cmocka_unit_test(ukuran_kertas),
        cmocka_unit_test(lebar_angka),    cmocka_unit_test(sisa_disebar),
        cmocka_unit_test(awal_kelompok),  cmocka_unit_test(putus_paksa),
        cmocka_unit_test(baris_raksasa),
    };
    return cmocka_run_group_tests(uji, NULL, NULL);
}
