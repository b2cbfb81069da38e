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

/* Rows of one height printed from row 0 to the last, `muat` points of
 * rows a page: where the pages break. */
typedef struct kasus_putus {
    const char *nama;
    unsigned baris;
    double tinggi;
    int kepala_awal, kepala_akhir; /* repeated header rows, -1: none */
    double muat;
    int baik, wajib; /* a group start, a forced break; -1: none */
    size_t jumlah;   /* breaks expected (at most 2): */
    unsigned putus_1, putus_2;
    unsigned blok; /* a block kept whole, rows blok..blok+5; 0: none */
} kasus_putus;

static const kasus_putus tabel_putus[] = {
    /* greedy would leave 4 rows on page 2; spread out, each page holds
     * 345 pt */
    {"44 rows of 15 pt, 2 header rows, 600 pt: the rest spread out", 44, 15, 0,
     1, 600, -1, -1, 1, 23, 0, 0},
    /* the page ends at the group start rather than at row 20 (it stays
     * 75 % full), and the rest fits the second page */
    {"a group starting at row 15 ends the page there", 30, 15, -1, -1, 300, 15,
     -1, 1, 15, 0, 0},
    {"too early a group start (page under 60 % full) is not taken", 30, 15, -1,
     -1, 300, 5, -1, 1, 20, 0, 0},
    {"a forced break (the PK's attachment) is kept", 10, 15, -1, -1, 1000, -1,
     6, 1, 6, 0, 0},
    {"a sheet that fits one page gets no break", 10, 15, -1, -1, 1000, -1, -1,
     0, 0, 0, 0},
    {"rows taller than a page each get a page of their own", 3, 500, -1, -1,
     400, -1, -1, 2, 1, 2, 0},
    /* 20 rows fit a page; a chart in rows 16..21 starts page 2 whole */
    {"a block kept whole (a chart) starts the next page", 30, 15, -1, -1, 300,
     -1, -1, 1, 16, 0, 16},
    {"a block taller than the page is cut where the page ends", 30, 60, -1, -1,
     300, -1, -1, 5, 5, 10, 2},
};

static void uji_putus(void **keadaan)
{
    const kasus_putus *k = *keadaan;
    double t[64];
    bool baik[64] = {false}, wajib[64] = {false}, jangan[64] = {false};
    assert_true(k->baris <= 64);
    for (unsigned i = 0; i < k->baris; i++)
        t[i] = k->tinggi;
    if (k->baik >= 0)
        baik[k->baik] = true;
    if (k->wajib >= 0)
        wajib[k->wajib] = true;
    /* a block kept whole (its first row may start a page, the others
     * not) */
    for (unsigned r = k->blok + 1; k->blok && r <= k->blok + 5; r++)
        jangan[r] = true;
    unsigned putus[8];
    size_t n = cetak_putus_baris(
        t, 0, k->baris - 1, k->kepala_awal, k->kepala_akhir, k->muat,
        k->baik >= 0 ? baik : NULL, k->wajib >= 0 ? wajib : NULL,
        k->blok ? jangan : NULL, putus, 8);
    assert_int_equal(n, k->jumlah);
    if (n > 0)
        assert_int_equal(putus[0], k->putus_1);
    if (n > 1)
        assert_int_equal(putus[1], k->putus_2);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(kertas_dikenal),
        cmocka_unit_test(ukuran_kertas),
        cmocka_unit_test(lebar_angka),
    };
    int gagal = cmocka_run_group_tests(uji, NULL, NULL);
    gagal += UJI_TABEL("cetak_putus_baris", tabel_putus, uji_putus);
    return gagal;
}
