/*
 * test_bulat.c - bulat_desimal against LibreOffice Calc's own ROUND.
 *
 * The vectors in vektor/bulat_vektor.inc were made by
 * vektor/buat-vektor-bulat.py, which had headless Calc evaluate =ROUND(x;d)
 * for about 600 inputs and d = 0..3 and read the exact doubles back; see
 * vektor/bulat.csv for the table and how it was made.  Each class of input
 * is one test, so a failure says which kind of number disagrees:
 *   BIASA    at most 15 significant digits (what people type and see);
 *   DIGIT17  inputs that need 16-17 significant digits;
 *   EKSTREM  0, -0, |x| < 1e-15 and |x| >= 2^52.
 */
#include "uji.h"

enum kelas_vektor { VK_BIASA, VK_DIGIT17, VK_EKSTREM };

typedef struct vektor_bulat {
    double x;
    int desimal;
    double calc; /* ROUND(x;desimal) in Calc */
    enum kelas_vektor kelas;
} vektor_bulat;

static const vektor_bulat vektor[] = {
#include "vektor/bulat_vektor.inc"
};

static void periksa_kelas(enum kelas_vektor kelas)
{
    size_t diuji = 0, salah = 0;
    for (size_t i = 0; i < UJI_JUMLAH(vektor); i++) {
        const vektor_bulat *v = &vektor[i];
        if (v->kelas != kelas)
            continue;
        diuji++;
        double hasil = bulat_desimal(v->x, v->desimal);
        if (!(hasil == v->calc)) {
            if (salah < 40)
                print_error("ROUND(%.17g;%d): Calc %.17g, bulat_desimal "
                            "%.17g\n",
                            v->x, v->desimal, v->calc, hasil);
            salah++;
        }
    }
    assert_true(diuji > 0);
    if (salah > 0)
        fail_msg("%zu of %zu vectors differ from Calc's ROUND", salah, diuji);
}

static void vektor_calc_biasa(void **state)
{
    (void)state;
    periksa_kelas(VK_BIASA);
}

static void vektor_calc_digit17(void **state)
{
    (void)state;
    periksa_kelas(VK_DIGIT17);
}

static void vektor_calc_ekstrem(void **state)
{
    (void)state;
    periksa_kelas(VK_EKSTREM);
}

/* The examples of docs/aturan.md ("Units and rounding"), where naive binary
 * rounding (floor(x*100+0.5)/100, printf "%.2f") gives 90.00, 1.00 and 2.67. */
UJI_BARIS(contoh, double x; int desimal; double hasil;);

static const contoh tabel_contoh[] = {
    {"rounding example 22.625 -> 22.63", 22.625, 2, 22.63},
    {"rounding example 90.005 -> 90.01", 90.005, 2, 90.01},
    {"rounding example 1.005 -> 1.01", 1.005, 2, 1.01},
    {"rounding example 2.675 -> 2.68", 2.675, 2, 2.68},
    {"rounding example 0.995 -> 1.00", 0.995, 2, 1.00},
    {"half away from zero: -90.005 -> -90.01", -90.005, 2, -90.01},
    {"half away from zero: -2.675 -> -2.68", -2.675, 2, -2.68},
    {"90.004 -> 90.00", 90.004, 2, 90.00},
    {"4.195 -> 4.20 (an SPBE index shows as 4,20)", 4.195, 2, 4.20},
    {"110.933... -> 110.93", 4.16 / 3.75 * 100.0, 2, 110.93},
    {"0.5 -> 1 at 0 decimals", 0.5, 0, 1.0},
    {"-0.5 -> -1 at 0 decimals", -0.5, 0, -1.0},
    {"2.5 -> 3 at 0 decimals (not to even)", 2.5, 0, 3.0},
    {"0.05 -> 0.1 at 1 decimal", 0.05, 1, 0.1},
    {"1.0005 -> 1.001 at 3 decimals", 1.0005, 3, 1.001},
    {"0 -> 0", 0.0, 2, 0.0},
};

static void uji_contoh(void **state)
{
    const contoh *c = *state;
    assert_double_sama(bulat_desimal(c->x, c->desimal), c->hasil);
}

static void bukan_bilangan_dikembalikan(void **state)
{
    (void)state;
    assert_true(isnan(bulat_desimal(NAN, 2)));
    assert_double_sama(bulat_desimal(INFINITY, 2), INFINITY);
    assert_double_sama(bulat_desimal(-INFINITY, 0), -INFINITY);
}

/* desimal outside 0..15 is clamped (bulat.h). */
static void desimal_dijepit(void **state)
{
    (void)state;
    assert_double_sama(bulat_desimal(2.5, -1), bulat_desimal(2.5, 0));
    assert_double_sama(bulat_desimal(2.5, -1), 3.0);
    assert_double_sama(bulat_desimal(-1234.5, -7), -1235.0);
    assert_double_sama(bulat_desimal(0.1, 16), bulat_desimal(0.1, 15));
    assert_double_sama(bulat_desimal(1.0 / 3.0, 99),
                       bulat_desimal(1.0 / 3.0, 15));
}

/* Rounding a rounded value changes nothing. */
static void bulat_idempoten(void **state)
{
    (void)state;
    for (size_t i = 0; i < UJI_JUMLAH(vektor); i++) {
        const vektor_bulat *v = &vektor[i];
        if (v->kelas != VK_BIASA)
            continue;
        double sekali = bulat_desimal(v->x, v->desimal);
        double dua = bulat_desimal(sekali, v->desimal);
        if (!(sekali == dua))
            fail_msg("bulat(%.17g;%d) = %.17g, rounded again %.17g", v->x,
                     v->desimal, sekali, dua);
    }
}

int main(void)
{
    const struct CMUnitTest tunggal[] = {
        cmocka_unit_test(vektor_calc_biasa),
        cmocka_unit_test(vektor_calc_digit17),
        cmocka_unit_test(vektor_calc_ekstrem),
        cmocka_unit_test(bukan_bilangan_dikembalikan),
        cmocka_unit_test(desimal_dijepit),
        cmocka_unit_test(bulat_idempoten),
    };
    int gagal = 0;
    gagal +=
        cmocka_run_group_tests_name("bulat: Calc ROUND", tunggal, NULL, NULL);
    gagal += UJI_TABEL("bulat: rounding examples", tabel_contoh, uji_contoh);
    return gagal;
}
