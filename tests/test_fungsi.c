/*
 * test_fungsi.c - the function layer: the one table of Calc functions and
 * the spreadsheet semantics of fungsi_panggil, with arguments built by hand
 * the way the Calc glue builds them.
 *
 * Expected results follow the error rules (docs/aturan.md, "Errors are
 * values"; docs/calc.md, "Empty cells"): empty text in a
 * required number -> an empty result; division by zero -> #DIV/0!
 * (KINERJA_GALAT_BAGI_NOL); a bad argument value, an unknown name,
 * mismatched shapes, a wrong count for the official weights -> Err:502
 * (KINERJA_GALAT_ARGUMEN); text where a number belongs -> #VALUE!
 * (KINERJA_GALAT_TIPE); an empty element in an INDEKS_SPBE range or a value
 * below a custom scale -> #N/A (KINERJA_GALAT_TIDAK_TERSEDIA).
 *
 * A whole-call error (fungsi_panggil's status) and a 1x1 result holding
 * SEL_GALAT both reach Calc as one error value; for scalar calls the tests
 * accept either, except where fungsi.h fixes which (shapes).
 */
#include "uji.h"

#include <ctype.h>

#include "fungsi/fungsi.h"
#include "fungsi/fungsi_kernel.h"

/* ------------------------------------------------------------------ */
/* Helpers.                                                             */

static const fungsi_info *cari(const char *nama)
{
    const fungsi_info *f = fungsi_cari_nama(nama);
    if (f == NULL)
        fail_msg("no function %s", nama);
    return f;
}

static kinerja_matriks rentang(size_t baris, size_t kolom, kinerja_sel *sel)
{
    kinerja_matriks m = {baris, kolom, sel, true};
    return m;
}

/* The one result cell of a call, as Calc would show it: a failed call is
 * that error.  The result matrix is freed. */
static kinerja_sel satu_hasil(const fungsi_info *f, kinerja_matriks *arg)
{
    kinerja_matriks hasil;
    memset(&hasil, 0, sizeof hasil);
    kinerja_status s = fungsi_panggil(f, arg, f->jumlah_argumen, &hasil);
    if (s != KINERJA_OK) {
        assert_null(hasil.sel);
        kinerja_matriks_bebas(&hasil);
        return sel_galat(s);
    }
    if (hasil.baris != 1 || hasil.kolom != 1)
        fail_msg("%s gave a %zux%zu result, expected 1x1", f->nama, hasil.baris,
                 hasil.kolom);
    assert_non_null(hasil.sel);
    kinerja_sel sel = hasil.sel[0];
    kinerja_matriks_bebas(&hasil);
    return sel;
}

static const char *nama_jenis(sel_jenis j)
{
    switch (j) {
    case SEL_ANGKA:
        return "SEL_ANGKA";
    case SEL_TEKS:
        return "SEL_TEKS";
    case SEL_KOSONG:
        return "SEL_KOSONG";
    case SEL_TIADA:
        return "SEL_TIADA";
    case SEL_GALAT:
        return "SEL_GALAT";
    }
    return "(not a sel_jenis)";
}

/* `got` is the expected cell: numbers within 1e-13 relative, text equal,
 * errors with the same status. */
static void periksa_sel(const kinerja_sel *got, const kinerja_sel *want,
                        const char *di)
{
    if (got->jenis != want->jenis) {
        if (got->jenis == SEL_GALAT)
            fail_msg("%s: got %s %s, expected %s", di, nama_jenis(got->jenis),
                     uji_nama_status(got->galat), nama_jenis(want->jenis));
        fail_msg("%s: got %s, expected %s %s", di, nama_jenis(got->jenis),
                 nama_jenis(want->jenis),
                 want->jenis == SEL_GALAT ? uji_nama_status(want->galat) : "");
    }
    switch (want->jenis) {
    case SEL_ANGKA: {
        double s = fabs(want->angka) > 1 ? fabs(want->angka) : 1;
        if (!(fabs(got->angka - want->angka) <= 1e-13 * s))
            fail_msg("%s: got %.17g, expected %.17g", di, got->angka,
                     want->angka);
        break;
    }
    case SEL_TEKS:
        assert_non_null(got->teks);
        if (strcmp(got->teks, want->teks) != 0)
            fail_msg("%s: got \"%s\", expected \"%s\"", di, got->teks,
                     want->teks);
        break;
    case SEL_GALAT:
        if (got->galat != want->galat)
            fail_msg("%s: got %s, expected %s", di, uji_nama_status(got->galat),
                     uji_nama_status(want->galat));
        break;
    default:
        break;
    }
}

/* Calls f on per-cell ranges and checks the result's shape and cells. */
static void periksa_rentang(const fungsi_info *f, kinerja_matriks *arg,
                            size_t baris, size_t kolom,
                            const kinerja_sel *harapan)
{
    kinerja_matriks hasil;
    memset(&hasil, 0, sizeof hasil);
    assert_status(fungsi_panggil(f, arg, f->jumlah_argumen, &hasil),
                  KINERJA_OK);
    if (hasil.baris != baris || hasil.kolom != kolom)
        fail_msg("%s gave %zux%zu, expected %zux%zu", f->nama, hasil.baris,
                 hasil.kolom, baris, kolom);
    assert_true(hasil.rentang);
    assert_non_null(hasil.sel);
    for (size_t i = 0; i < baris * kolom; i++) {
        char di[64];
        snprintf(di, sizeof di, "%s element %zu", f->nama, i);
        periksa_sel(&hasil.sel[i], &harapan[i], di);
    }
    kinerja_matriks_bebas(&hasil);
}

/* ------------------------------------------------------------------ */
/* Scalar calls, one row each.                                          */

#define A(x)                                                                   \
    {                                                                          \
        SEL_ANGKA, (x), NULL, KINERJA_OK                                       \
    }
#define T(s)                                                                   \
    {                                                                          \
        SEL_TEKS, 0.0, (s), KINERJA_OK                                         \
    }
#define K                                                                      \
    {                                                                          \
        SEL_KOSONG, 0.0, NULL, KINERJA_OK                                      \
    }
#define O                                                                      \
    {                                                                          \
        SEL_TIADA, 0.0, NULL, KINERJA_OK                                       \
    }
#define G(st)                                                                  \
    {                                                                          \
        SEL_GALAT, 0.0, NULL, (st)                                             \
    }

typedef struct kasus_skalar {
    const char *nama;
    const char *fungsi;
    kinerja_sel arg[FUNGSI_ARGUMEN_MAKS]; /* unused trailing args: O */
    kinerja_sel harapan;
} kasus_skalar;

static const kasus_skalar tabel_skalar[] = {
    /* CAPAIAN(target; realisasi; [arah]) */
    {"CAPAIAN(3,75; 4,16) -> 110,933...",
     "CAPAIAN",
     {A(3.75), A(4.16), O},
     A(4.16 / 3.75 * 100)},
    {"CAPAIAN(3,75; 4,16; \"NAIK\")",
     "CAPAIAN",
     {A(3.75), A(4.16), T("NAIK")},
     A(4.16 / 3.75 * 100)},
    {"CAPAIAN(10; 8; \"TURUN\") -> 120",
     "CAPAIAN",
     {A(10), A(8), T("TURUN")},
     A(120)},
    {"CAPAIAN(10; 8; \"turun\") -> 120",
     "CAPAIAN",
     {A(10), A(8), T("turun")},
     A(120)},
    {"CAPAIAN(10; 8; 2) -> 120", "CAPAIAN", {A(10), A(8), A(2)}, A(120)},
    {"CAPAIAN(10; 8; 1) -> 80", "CAPAIAN", {A(10), A(8), A(1)}, A(80)},
    {"CAPAIAN(10; 8) arah omitted -> 80", "CAPAIAN", {A(10), A(8), O}, A(80)},
    {"CAPAIAN(10; 25; \"TURUN\") -> -50",
     "CAPAIAN",
     {A(10), A(25), T("TURUN")},
     A(-50)},
    {"CAPAIAN(10; 0; \"TURUN\"): a lone empty cell is 0 -> 200",
     "CAPAIAN",
     {A(10), A(0), T("TURUN")},
     A(200)},
    {"CAPAIAN(10; 8; \"X\") -> Err:502",
     "CAPAIAN",
     {A(10), A(8), T("X")},
     G(KINERJA_GALAT_ARGUMEN)},
    {"CAPAIAN(10; 8; 3) -> Err:502",
     "CAPAIAN",
     {A(10), A(8), A(3)},
     G(KINERJA_GALAT_ARGUMEN)},
    {"CAPAIAN(0; 5) -> #DIV/0!",
     "CAPAIAN",
     {A(0), A(5), O},
     G(KINERJA_GALAT_BAGI_NOL)},
    {"CAPAIAN(-1; 5) -> Err:502",
     "CAPAIAN",
     {A(-1), A(5), O},
     G(KINERJA_GALAT_ARGUMEN)},
    {"CAPAIAN(10; \"\") -> empty", "CAPAIAN", {A(10), K, O}, K},
    {"CAPAIAN(10; \"\"; \"TURUN\") -> empty, not 200",
     "CAPAIAN",
     {A(10), K, T("TURUN")},
     K},
    {"CAPAIAN(\"\"; 5) -> empty", "CAPAIAN", {K, A(5), O}, K},
    {"CAPAIAN(\"abc\"; 5) -> #VALUE!",
     "CAPAIAN",
     {T("abc"), A(5), O},
     G(KINERJA_GALAT_TIPE)},
    {"CAPAIAN(10; \"abc\") -> #VALUE!",
     "CAPAIAN",
     {A(10), T("abc"), O},
     G(KINERJA_GALAT_TIPE)},
    {"CAPAIAN(; 5) target omitted -> Err:502",
     "CAPAIAN",
     {O, A(5), O},
     G(KINERJA_GALAT_ARGUMEN)},
    {"CAPAIAN(10) realisasi omitted -> Err:502",
     "CAPAIAN",
     {A(10), O, O},
     G(KINERJA_GALAT_ARGUMEN)},
    /* SERAPAN(pagu; realisasi) */
    {"SERAPAN(4000000; 905000) -> 22,625",
     "SERAPAN",
     {A(4000000), A(905000)},
     A(22.625)},
    {"SERAPAN(19133884991; 18416966117) -> 96,25...",
     "SERAPAN",
     {A(19133884991.0), A(18416966117.0)},
     A(18416966117.0 / 19133884991.0 * 100)},
    {"SERAPAN(0; 905000) -> #DIV/0!",
     "SERAPAN",
     {A(0), A(905000)},
     G(KINERJA_GALAT_BAGI_NOL)},
    {"SERAPAN(-1; 5) -> Err:502",
     "SERAPAN",
     {A(-1), A(5)},
     G(KINERJA_GALAT_ARGUMEN)},
    {"SERAPAN(100; \"\") -> empty", "SERAPAN", {A(100), K}, K},
    {"SERAPAN(\"x\"; 5) -> #VALUE!",
     "SERAPAN",
     {T("x"), A(5)},
     G(KINERJA_GALAT_TIPE)},
    {"SERAPAN(100) realisasi omitted -> Err:502",
     "SERAPAN",
     {A(100), O},
     G(KINERJA_GALAT_ARGUMEN)},
    /* EFISIENSI(capaian_kinerja; capaian_anggaran; [metode]) */
    {"EFISIENSI(110,93; 96,25) -> 1,1525...",
     "EFISIENSI",
     {A(110.93), A(96.25), O},
     A(110.93 / 96.25)},
    {"EFISIENSI(110,93; 96,25; \"RASIO\")",
     "EFISIENSI",
     {A(110.93), A(96.25), T("RASIO")},
     A(110.93 / 96.25)},
    {"EFISIENSI(110,93; 96,25; \"SELISIH\") -> 14,68",
     "EFISIENSI",
     {A(110.93), A(96.25), T("SELISIH")},
     A(110.93 - 96.25)},
    {"EFISIENSI(110,93; 96,25; \"selisih\")",
     "EFISIENSI",
     {A(110.93), A(96.25), T("selisih")},
     A(110.93 - 96.25)},
    {"EFISIENSI(110,93; 96,25; 2) -> 14,68",
     "EFISIENSI",
     {A(110.93), A(96.25), A(2)},
     A(110.93 - 96.25)},
    {"EFISIENSI(110,93; 0) -> #DIV/0!",
     "EFISIENSI",
     {A(110.93), A(0), O},
     G(KINERJA_GALAT_BAGI_NOL)},
    {"EFISIENSI(110,93; 0; \"SELISIH\") -> 110,93",
     "EFISIENSI",
     {A(110.93), A(0), T("SELISIH")},
     A(110.93)},
    {"EFISIENSI(110,93; 96,25; \"X\") -> Err:502",
     "EFISIENSI",
     {A(110.93), A(96.25), T("X")},
     G(KINERJA_GALAT_ARGUMEN)},
    {"EFISIENSI(\"\"; 96,25) -> empty", "EFISIENSI", {K, A(96.25), O}, K},
    {"EFISIENSI(110,93; \"x\") -> #VALUE!",
     "EFISIENSI",
     {A(110.93), T("x"), O},
     G(KINERJA_GALAT_TIPE)},
    /* KATEGORI(nilai; [skala]) */
    {"KATEGORI(110,93; \"BERHASIL\") -> Sangat Berhasil",
     "KATEGORI",
     {A(110.93), T("BERHASIL")},
     T("Sangat Berhasil")},
    {"KATEGORI(96,25) default TINGKAT -> Sangat Tinggi",
     "KATEGORI",
     {A(96.25), O},
     T("Sangat Tinggi")},
    {"KATEGORI(96,25; \"tingkat\") -> Sangat Tinggi",
     "KATEGORI",
     {A(96.25), T("tingkat")},
     T("Sangat Tinggi")},
    {"KATEGORI(1,15; \"EFISIENSI\") -> Efisien",
     "KATEGORI",
     {A(1.15), T("EFISIENSI")},
     T("Efisien")},
    {"KATEGORI(14,68; \"EFISIENSI_SELISIH\") -> Efisien",
     "KATEGORI",
     {A(14.68), T("EFISIENSI_SELISIH")},
     T("Efisien")},
    {"KATEGORI(0; \"EFISIENSI_SELISIH\") -> Cukup Efisien",
     "KATEGORI",
     {A(0), T("EFISIENSI_SELISIH")},
     T("Cukup Efisien")},
    {"KATEGORI(4,16; \"Spbe\") -> Sangat Baik",
     "KATEGORI",
     {A(4.16), T("Spbe")},
     T("Sangat Baik")},
    {"KATEGORI(4,195; \"SPBE\") shows 4,20 -> Memuaskan",
     "KATEGORI",
     {A(4.195), T("SPBE")},
     T("Memuaskan")},
    {"KATEGORI(85,20; \"SAKIP\") -> A",
     "KATEGORI",
     {A(85.20), T("SAKIP")},
     T("A")},
    {"KATEGORI(84,24; \"IP_ASN\") -> Tinggi",
     "KATEGORI",
     {A(84.24), T("IP_ASN")},
     T("Tinggi")},
    {"KATEGORI(2,5; \"PEMDI\") -> Baik",
     "KATEGORI",
     {A(2.5), T("PEMDI")},
     T("Baik")},
    {"KATEGORI(5,01; \"SPBE\") -> Err:502",
     "KATEGORI",
     {A(5.01), T("SPBE")},
     G(KINERJA_GALAT_ARGUMEN)},
    {"KATEGORI(0,99; \"PEMDI\") -> Err:502",
     "KATEGORI",
     {A(0.99), T("PEMDI")},
     G(KINERJA_GALAT_ARGUMEN)},
    {"KATEGORI(50; \"XYZ\") unknown scale -> Err:502",
     "KATEGORI",
     {A(50), T("XYZ")},
     G(KINERJA_GALAT_ARGUMEN)},
    {"KATEGORI(\"\") -> empty, never Sangat Rendah", "KATEGORI", {K, O}, K},
    {"KATEGORI(\"\"; \"BERHASIL\") -> empty",
     "KATEGORI",
     {K, T("BERHASIL")},
     K},
    {"KATEGORI(\"abc\") -> #VALUE!",
     "KATEGORI",
     {T("abc"), O},
     G(KINERJA_GALAT_TIPE)},
    {"KATEGORI() nilai omitted -> Err:502",
     "KATEGORI",
     {O, O},
     G(KINERJA_GALAT_ARGUMEN)},
    /* INDEKS_SPBE(nilai; [bobot]; [kerangka]) with a single value */
    {"INDEKS_SPBE(4,16): no official weights for 1 value -> Err:502",
     "INDEKS_SPBE",
     {A(4.16), O, O},
     G(KINERJA_GALAT_ARGUMEN)},
    {"INDEKS_SPBE(4,16; 1): one value, one weight -> 4,16",
     "INDEKS_SPBE",
     {A(4.16), A(1), O},
     A(4.16)},
    {"INDEKS_SPBE(\"\") -> empty", "INDEKS_SPBE", {K, O, O}, K},
    /* A lone empty cell reaches the add-in as 0 (docs/calc.md), so an optional
     * choice of 0 must mean "left empty": the default, never Err:502, or a
     * template with a blank arah/metode/skala/kerangka column breaks. */
    {"CAPAIAN(10; 8; empty cell = 0) -> rumus 1: 80",
     "CAPAIAN",
     {A(10), A(8), A(0)},
     A(80)},
    {"EFISIENSI(110,93; 96,25; empty cell = 0) -> RASIO",
     "EFISIENSI",
     {A(110.93), A(96.25), A(0)},
     A(110.93 / 96.25)},
    {"KATEGORI(96,25; empty cell = 0) -> TINGKAT: Sangat Tinggi",
     "KATEGORI",
     {A(96.25), A(0)},
     T("Sangat Tinggi")},
    {"KATEGORI(96,25; 3) a number is no scale -> Err:502",
     "KATEGORI",
     {A(96.25), A(3)},
     G(KINERJA_GALAT_ARGUMEN)},
};

static void uji_skalar(void **state)
{
    const kasus_skalar *k = *state;
    const fungsi_info *f = cari(k->fungsi);
    kinerja_sel sel[FUNGSI_ARGUMEN_MAKS];
    kinerja_matriks arg[FUNGSI_ARGUMEN_MAKS];
    for (size_t i = 0; i < FUNGSI_ARGUMEN_MAKS; i++) {
        sel[i] = k->arg[i];
        arg[i] = matriks_skalar(&sel[i]);
    }
    kinerja_sel hasil = satu_hasil(f, arg);
    periksa_sel(&hasil, &k->harapan, k->nama);
}

/* A scalar call gives a 1x1 that is not a range. */
static void skalar_memberi_bukan_rentang(void **state)
{
    (void)state;
    const fungsi_info *f = cari("CAPAIAN");
    kinerja_sel sel[3] = {sel_angka(3.75), sel_angka(4.16), sel_tiada()};
    kinerja_matriks arg[3] = {matriks_skalar(&sel[0]), matriks_skalar(&sel[1]),
                              matriks_skalar(&sel[2])};
    kinerja_matriks hasil;
    memset(&hasil, 0, sizeof hasil);
    assert_status(fungsi_panggil(f, arg, 3, &hasil), KINERJA_OK);
    assert_int_equal(hasil.baris, 1);
    assert_int_equal(hasil.kolom, 1);
    assert_false(hasil.rentang);
    kinerja_matriks_bebas(&hasil);
    assert_null(hasil.sel);
}

/* ------------------------------------------------------------------ */
/* Ranges.                                                              */

static void capaian_rentang_sama_bentuk(void **state)
{
    (void)state;
    kinerja_sel target[3] = {sel_angka(3.75), sel_angka(2), sel_angka(14)};
    kinerja_sel realisasi[3] = {sel_angka(4.16), sel_angka(9), sel_angka(16)};
    kinerja_sel arah = sel_tiada();
    kinerja_matriks arg[3] = {rentang(3, 1, target), rentang(3, 1, realisasi),
                              matriks_skalar(&arah)};
    const kinerja_sel harapan[3] = {A(4.16 / 3.75 * 100), A(450),
                                    A(16.0 / 14.0 * 100)};
    periksa_rentang(cari("CAPAIAN"), arg, 3, 1, harapan);
}

/* Cells the generator builds: a missing required element is never read as
 * 0 (the "blank shown as 0 %" bug), and an error element passes through. */
static void elemen_tiada_dan_galat_bukan_nol(void **state)
{
    (void)state;
    kinerja_sel target = sel_angka(10);
    kinerja_sel realisasi[3] = {sel_angka(8), sel_tiada(),
                                sel_galat(KINERJA_GALAT_BAGI_NOL)};
    kinerja_sel arah = sel_tiada();
    kinerja_matriks arg[3] = {matriks_skalar(&target), rentang(3, 1, realisasi),
                              matriks_skalar(&arah)};
    const kinerja_sel harapan[3] = {A(80), sel_galat(KINERJA_GALAT_ARGUMEN),
                                    sel_galat(KINERJA_GALAT_BAGI_NOL)};
    periksa_rentang(cari("CAPAIAN"), arg, 3, 1, harapan);
}

/* REKAP_TRIWULAN: each row of a quarters range is one indicator; empty
 * quarters are skipped, a row with none gives an empty cell. */
static void rekap_triwulan_per_baris(void **state)
{
    (void)state;
    kinerja_sel tw[12] = {
        sel_angka(3), sel_angka(4), sel_kosong(), sel_kosong(),
        sel_angka(3), sel_kosong(), sel_angka(5), sel_kosong(),
        sel_kosong(), sel_kosong(), sel_kosong(), sel_kosong(),
    };
    kinerja_sel jenis = sel_teks("JUMLAH");
    kinerja_matriks arg[2] = {rentang(3, 4, tw), matriks_skalar(&jenis)};
    const kinerja_sel harapan[3] = {A(7), A(8), sel_kosong()};
    periksa_rentang(cari("REKAP_TRIWULAN"), arg, 3, 1, harapan);

    /* The kind may differ per row. */
    kinerja_sel jenis_baris[3] = {sel_teks("AKHIR"), sel_angka(1),
                                  sel_teks("akhir")};
    arg[1] = rentang(3, 1, jenis_baris);
    const kinerja_sel harapan2[3] = {A(4), A(8), sel_kosong()};
    periksa_rentang(cari("REKAP_TRIWULAN"), arg, 3, 1, harapan2);

    /* Three rows of quarters against two kinds: shapes differ. */
    kinerja_matriks hasil;
    arg[1] = rentang(2, 1, jenis_baris);
    assert_status(fungsi_panggil(cari("REKAP_TRIWULAN"), arg, 2, &hasil),
                  KINERJA_GALAT_ARGUMEN);
}

/* A single column of quarters is one indicator, not four. */
static void rekap_triwulan_satu_kolom(void **state)
{
    (void)state;
    kinerja_sel tw[4] = {sel_angka(3.52), sel_angka(3.8), sel_angka(4.16),
                         sel_kosong()};
    kinerja_sel jenis = sel_teks("AKHIR");
    kinerja_matriks arg[2] = {rentang(4, 1, tw), matriks_skalar(&jenis)};
    const kinerja_sel harapan[1] = {A(4.16)};
    periksa_rentang(cari("REKAP_TRIWULAN"), arg, 1, 1, harapan);

    kinerja_sel lima[5] = {sel_angka(1), sel_angka(2), sel_angka(3),
                           sel_angka(4), sel_angka(5)};
    arg[0] = rentang(5, 1, lima);
    const kinerja_sel galat[1] = {sel_galat(KINERJA_GALAT_ARGUMEN)};
    periksa_rentang(cari("REKAP_TRIWULAN"), arg, 1, 1, galat);
}

/* SELISIH_RINCIAN on the seed's kegiatan Administrasi Umum: the printed
 * 81.487.214 is 2.061.022 below its sub kegiatan (docs/laporan-contoh.md). */
static void selisih_rincian_seed(void **state)
{
    (void)state;
    kinerja_sel total = sel_angka(81487214);
    kinerja_sel bagian[6] = {sel_angka(16705000), sel_angka(15300370),
                             sel_angka(20760750), sel_angka(905000),
                             sel_angka(29877116), sel_kosong()};
    kinerja_matriks arg[2] = {matriks_skalar(&total), rentang(6, 1, bagian)};
    kinerja_sel h = satu_hasil(cari("SELISIH_RINCIAN"), arg);
    kinerja_sel harapan = A(-2061022);
    periksa_sel(&h, &harapan, "SELISIH_RINCIAN Administrasi Umum");

    bagian[5] = sel_angka(0.5); /* sen are not rupiah */
    h = satu_hasil(cari("SELISIH_RINCIAN"), arg);
    harapan = sel_galat(KINERJA_GALAT_ARGUMEN);
    periksa_sel(&h, &harapan, "SELISIH_RINCIAN with sen");
}

/* CEK_ANGGARAN: an empty realisasi inside a range is "not entered". */
static void cek_anggaran_rentang(void **state)
{
    (void)state;
    kinerja_sel pagu = sel_angka(100);
    kinerja_sel realisasi[4] = {sel_angka(50), sel_kosong(), sel_angka(101),
                                sel_angka(0)};
    kinerja_matriks arg[2] = {matriks_skalar(&pagu), rentang(4, 1, realisasi)};
    const kinerja_sel harapan[4] = {T("Sesuai"), T("Belum ada realisasi"),
                                    T("Melebihi pagu"),
                                    T("Belum ada realisasi")};
    periksa_rentang(cari("CEK_ANGGARAN"), arg, 4, 1, harapan);
}

/* A lone 1x1 range still gives a range (even 1x1). */
static void rentang_1x1_memberi_rentang(void **state)
{
    (void)state;
    kinerja_sel target = sel_angka(10), realisasi = sel_angka(8),
                arah = sel_tiada();
    kinerja_matriks arg[3] = {rentang(1, 1, &target),
                              matriks_skalar(&realisasi),
                              matriks_skalar(&arah)};
    const kinerja_sel harapan[1] = {A(80)};
    periksa_rentang(cari("CAPAIAN"), arg, 1, 1, harapan);
}

/* A 1x1 scalar target is used for every element of a 3x1 range. */
static void skalar_disebar_ke_rentang(void **state)
{
    (void)state;
    kinerja_sel target = sel_angka(10), arah = sel_tiada();
    kinerja_sel realisasi[3] = {sel_angka(8), sel_angka(10), sel_angka(12)};
    kinerja_matriks arg[3] = {matriks_skalar(&target), rentang(3, 1, realisasi),
                              matriks_skalar(&arah)};
    const kinerja_sel harapan[3] = {A(80), A(100), A(120)};
    periksa_rentang(cari("CAPAIAN"), arg, 3, 1, harapan);
}

/* A 1x1 range is broadcast too. */
static void rentang_1x1_disebar(void **state)
{
    (void)state;
    kinerja_sel target = sel_angka(10), arah = sel_teks("TURUN");
    kinerja_sel realisasi[3] = {sel_angka(8), sel_angka(10), sel_angka(12)};
    kinerja_matriks arg[3] = {rentang(1, 1, &target), rentang(3, 1, realisasi),
                              matriks_skalar(&arah)};
    const kinerja_sel harapan[3] = {A(120), A(100), A(80)};
    periksa_rentang(cari("CAPAIAN"), arg, 3, 1, harapan);
}

/* arah per row: NAIK, TURUN, 2. */
static void arah_per_baris(void **state)
{
    (void)state;
    kinerja_sel target = sel_angka(10);
    kinerja_sel realisasi[3] = {sel_angka(8), sel_angka(8), sel_angka(8)};
    kinerja_sel arah[3] = {sel_teks("NAIK"), sel_teks("TURUN"), sel_angka(2)};
    kinerja_matriks arg[3] = {matriks_skalar(&target), rentang(3, 1, realisasi),
                              rentang(3, 1, arah)};
    const kinerja_sel harapan[3] = {A(80), A(120), A(120)};
    periksa_rentang(cari("CAPAIAN"), arg, 3, 1, harapan);
}

/* Row-major 2x2. */
static void rentang_2x2(void **state)
{
    (void)state;
    kinerja_sel pagu[4] = {sel_angka(100), sel_angka(200), sel_angka(400),
                           sel_angka(4000000)};
    kinerja_sel realisasi[4] = {sel_angka(50), sel_angka(200), sel_angka(100),
                                sel_angka(905000)};
    kinerja_matriks arg[2] = {rentang(2, 2, pagu), rentang(2, 2, realisasi)};
    const kinerja_sel harapan[4] = {A(50), A(100), A(25), A(22.625)};
    periksa_rentang(cari("SERAPAN"), arg, 2, 2, harapan);
}

/* Each element fails or empties on its own: the rest still compute. */
static void elemen_campuran(void **state)
{
    (void)state;
    kinerja_sel target[5] = {sel_angka(10), sel_angka(0), sel_angka(-1),
                             sel_angka(10), sel_kosong()};
    kinerja_sel realisasi[5] = {sel_angka(8), sel_angka(8), sel_angka(8),
                                sel_teks("abc"), sel_angka(8)};
    kinerja_sel arah = sel_tiada();
    kinerja_matriks arg[3] = {rentang(5, 1, target), rentang(5, 1, realisasi),
                              matriks_skalar(&arah)};
    const kinerja_sel harapan[5] = {A(80), G(KINERJA_GALAT_BAGI_NOL),
                                    G(KINERJA_GALAT_ARGUMEN),
                                    G(KINERJA_GALAT_TIPE), K};
    periksa_rentang(cari("CAPAIAN"), arg, 5, 1, harapan);
}

static void periksa_bentuk_beda(size_t b1, size_t k1, size_t b2, size_t k2)
{
    kinerja_sel a[6], r[6], arah = sel_tiada();
    for (size_t i = 0; i < 6; i++) {
        a[i] = sel_angka(10);
        r[i] = sel_angka(8);
    }
    kinerja_matriks arg[3] = {rentang(b1, k1, a), rentang(b2, k2, r),
                              matriks_skalar(&arah)};
    kinerja_matriks hasil;
    memset(&hasil, 0, sizeof hasil);
    assert_status(fungsi_panggil(cari("CAPAIAN"), arg, 3, &hasil),
                  KINERJA_GALAT_ARGUMEN);
    assert_null(hasil.sel);
    kinerja_matriks_bebas(&hasil);
}

static void bentuk_3x1_lawan_2x1_galat(void **state)
{
    (void)state;
    periksa_bentuk_beda(3, 1, 2, 1);
}

static void bentuk_3x1_lawan_1x3_galat(void **state)
{
    (void)state;
    periksa_bentuk_beda(3, 1, 1, 3);
}

static void bentuk_2x3_lawan_3x2_galat(void **state)
{
    (void)state;
    periksa_bentuk_beda(2, 3, 3, 2);
}

/* The seed's Administrasi Umum sub kegiatan in one SERAPAN call. */
static void serapan_rentang_seed(void **state)
{
    (void)state;
    kinerja_sel pagu[5] = {sel_angka(17600000), sel_angka(20000000),
                           sel_angka(25000000), sel_angka(4000000),
                           sel_angka(30000000)};
    kinerja_sel realisasi[5] = {sel_angka(16705000), sel_angka(15300370),
                                sel_angka(20760750), sel_angka(905000),
                                sel_angka(29877116)};
    kinerja_matriks arg[2] = {rentang(5, 1, pagu), rentang(5, 1, realisasi)};
    kinerja_matriks hasil;
    memset(&hasil, 0, sizeof hasil);
    assert_status(fungsi_panggil(cari("SERAPAN"), arg, 2, &hasil), KINERJA_OK);
    assert_int_equal(hasil.baris, 5);
    const double dicetak[5] = {94.91, 76.50, 83.04, 22.63, 99.59};
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(hasil.sel[i].jenis, SEL_ANGKA);
        assert_dua_desimal(hasil.sel[i].angka, dicetak[i]);
    }
    kinerja_matriks_bebas(&hasil);
}

static void efisiensi_rentang_selisih(void **state)
{
    (void)state;
    kinerja_sel kinerja[3] = {sel_angka(110.93), sel_angka(90), sel_kosong()};
    kinerja_sel anggaran[3] = {sel_angka(96.25), sel_angka(95), sel_angka(80)};
    kinerja_sel metode = sel_teks("SELISIH");
    kinerja_matriks arg[3] = {rentang(3, 1, kinerja), rentang(3, 1, anggaran),
                              matriks_skalar(&metode)};
    const kinerja_sel harapan[3] = {A(110.93 - 96.25), A(-5), K};
    periksa_rentang(cari("EFISIENSI"), arg, 3, 1, harapan);
}

static void kategori_rentang_nilai(void **state)
{
    (void)state;
    kinerja_sel nilai[4] = {sel_angka(110.93), sel_angka(80), sel_kosong(),
                            sel_angka(50)};
    kinerja_sel skala = sel_teks("BERHASIL");
    kinerja_matriks arg[2] = {rentang(4, 1, nilai), matriks_skalar(&skala)};
    const kinerja_sel harapan[4] = {T("Sangat Berhasil"), T("Berhasil"), K,
                                    T("Kurang Berhasil")};
    periksa_rentang(cari("KATEGORI"), arg, 4, 1, harapan);
}

/* ------------------------------------------------------------------ */
/* KATEGORI with a custom scale range.                                  */

static kinerja_sel kategori_kustom(double nilai, kinerja_matriks *skala)
{
    kinerja_sel n = sel_angka(nilai);
    kinerja_matriks arg[2] = {matriks_skalar(&n), *skala};
    return satu_hasil(cari("KATEGORI"), arg);
}

static void periksa_label_kustom(double nilai, kinerja_matriks *skala,
                                 const char *label)
{
    kinerja_sel h = kategori_kustom(nilai, skala);
    kinerja_sel w = sel_teks(label);
    char di[64];
    snprintf(di, sizeof di, "KATEGORI(%g; custom)", nilai);
    periksa_sel(&h, &w, di);
}

static void periksa_galat_kustom(double nilai, kinerja_matriks *skala,
                                 kinerja_status galat)
{
    kinerja_sel h = kategori_kustom(nilai, skala);
    kinerja_sel w = sel_galat(galat);
    char di[64];
    snprintf(di, sizeof di, "KATEGORI(%g; custom)", nilai);
    periksa_sel(&h, &w, di);
}

/* Two columns: lower bound, label; every bound inclusive. */
static void kategori_kustom_dua_kolom(void **state)
{
    (void)state;
    kinerja_sel sel[6] = {sel_angka(55), sel_teks("Cukup Berhasil"),
                          sel_angka(70), sel_teks("Berhasil"),
                          sel_angka(85), sel_teks("Sangat Berhasil")};
    kinerja_matriks skala = rentang(3, 2, sel);
    periksa_label_kustom(55, &skala, "Cukup Berhasil");
    periksa_label_kustom(69.99, &skala, "Cukup Berhasil");
    periksa_label_kustom(70, &skala, "Berhasil");
    periksa_label_kustom(85, &skala, "Sangat Berhasil");
    periksa_label_kustom(84.995, &skala, "Sangat Berhasil"); /* 85,00 */
    periksa_label_kustom(84.994, &skala, "Berhasil");        /* 84,99 */
    periksa_label_kustom(110.93, &skala, "Sangat Berhasil");
    periksa_galat_kustom(54.99, &skala, KINERJA_GALAT_TIDAK_TERSEDIA);
    periksa_galat_kustom(0, &skala, KINERJA_GALAT_TIDAK_TERSEDIA);
}

/* Three columns: ">" makes a bound exclusive, empty text keeps it
 * inclusive. */
static void kategori_kustom_tiga_kolom(void **state)
{
    (void)state;
    kinerja_sel sel[9] = {
        sel_angka(55), sel_teks("Cukup Berhasil"),  sel_kosong(),
        sel_angka(70), sel_teks("Berhasil"),        sel_kosong(),
        sel_angka(85), sel_teks("Sangat Berhasil"), sel_teks(">")};
    kinerja_matriks skala = rentang(3, 3, sel);
    periksa_label_kustom(55, &skala, "Cukup Berhasil");
    periksa_label_kustom(70, &skala, "Berhasil");
    periksa_label_kustom(85, &skala, "Berhasil");
    periksa_label_kustom(85.004, &skala, "Berhasil");        /* 85,00 */
    periksa_label_kustom(85.005, &skala, "Sangat Berhasil"); /* 85,01 */
    periksa_label_kustom(85.01, &skala, "Sangat Berhasil");
    periksa_galat_kustom(54.99, &skala, KINERJA_GALAT_TIDAK_TERSEDIA);
}

/* A custom range of values against a custom scale: below the lowest bound
 * is #N/A for that element only. */
static void kategori_kustom_rentang_nilai(void **state)
{
    (void)state;
    kinerja_sel skala_sel[4] = {sel_angka(0), sel_teks("Rendah"), sel_angka(50),
                                sel_teks("Tinggi")};
    kinerja_sel nilai[3] = {sel_angka(-1), sel_angka(25), sel_angka(75)};
    kinerja_matriks arg[2] = {rentang(3, 1, nilai), rentang(2, 2, skala_sel)};
    const kinerja_sel harapan[3] = {G(KINERJA_GALAT_TIDAK_TERSEDIA),
                                    T("Rendah"), T("Tinggi")};
    periksa_rentang(cari("KATEGORI"), arg, 3, 1, harapan);
}

/* Bounds not ascending: not a scale. */
static void kategori_kustom_turun_galat(void **state)
{
    (void)state;
    kinerja_sel sel[4] = {sel_angka(85), sel_teks("A"), sel_angka(70),
                          sel_teks("B")};
    kinerja_matriks skala = rentang(2, 2, sel);
    periksa_galat_kustom(80, &skala, KINERJA_GALAT_ARGUMEN);
}

/* A label cell left empty: not a scale. */
static void kategori_kustom_label_kosong_galat(void **state)
{
    (void)state;
    kinerja_sel sel[4] = {sel_angka(0), sel_teks("A"), sel_angka(70),
                          sel_kosong()};
    kinerja_matriks skala = rentang(2, 2, sel);
    periksa_galat_kustom(80, &skala, KINERJA_GALAT_ARGUMEN);
}

/* ------------------------------------------------------------------ */
/* INDEKS_SPBE                                                          */

/* Aspect of each of the 47 indicators (PermenPANRB 59/2020). */
static const int aspek_indikator[47] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /*  1-10 */
    1, 1, 1, 1,                   /* 11-14 */
    2, 2, 2, 2,                   /* 15-18 */
    3, 3,                         /* 19-20 */
    4, 4, 4, 4, 4, 4, 4, 4,       /* 21-28 */
    5, 5, 5,                      /* 29-31 */
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, /* 32-41 */
    7, 7, 7, 7, 7, 7              /* 42-47 */
};

static kinerja_sel indeks(kinerja_matriks *nilai, kinerja_matriks *bobot,
                          kinerja_matriks *kerangka)
{
    kinerja_sel tiada[2] = {sel_tiada(), sel_tiada()};
    kinerja_matriks arg[3] = {*nilai,
                              bobot ? *bobot : matriks_skalar(&tiada[0]),
                              kerangka ? *kerangka : matriks_skalar(&tiada[1])};
    return satu_hasil(cari("INDEKS_SPBE"), arg);
}

static void harus_angka(kinerja_sel h, double angka, const char *di)
{
    kinerja_sel w = sel_angka(angka);
    periksa_sel(&h, &w, di);
}

static void harus_galat(kinerja_sel h, kinerja_status galat, const char *di)
{
    kinerja_sel w = sel_galat(galat);
    periksa_sel(&h, &w, di);
}

/* 47 indicator levels (1 for aspect 1, 2 for aspects 2-4, 3 for 5-6, 4 for
 * 7, 5 for 8): (13x1 + 25x2 + 16.5x3 + 27.5x4 + 18x5) / 100 = 3.125. */
static void indeks_47_nilai(void **state)
{
    (void)state;
    static const double per_aspek[8] = {1, 2, 2, 2, 3, 3, 4, 5};
    kinerja_sel sel[47];
    for (size_t i = 0; i < 47; i++)
        sel[i] = sel_angka(per_aspek[aspek_indikator[i]]);
    kinerja_matriks nilai = rentang(47, 1, sel);
    harus_angka(indeks(&nilai, NULL, NULL), 3.125, "INDEKS_SPBE(47 values)");
    /* The same 47 as one row. */
    nilai = rentang(1, 47, sel);
    harus_angka(indeks(&nilai, NULL, NULL), 3.125, "INDEKS_SPBE(1x47)");
}

static void indeks_4_dan_8_nilai(void **state)
{
    (void)state;
    kinerja_sel d[4] = {sel_angka(3), sel_angka(4), sel_angka(5), sel_angka(2)};
    kinerja_matriks nilai = rentang(1, 4, d);
    harus_angka(indeks(&nilai, NULL, NULL), 3.125, "INDEKS_SPBE(4 domains)");
    kinerja_sel a[8] = {sel_angka(5), sel_angka(4), sel_angka(3), sel_angka(2),
                        sel_angka(1), sel_angka(0), sel_angka(1), sel_angka(2)};
    nilai = rentang(8, 1, a);
    harus_angka(indeks(&nilai, NULL, NULL), 2.205, "INDEKS_SPBE(8 aspects)");
}

static void indeks_dengan_bobot(void **state)
{
    (void)state;
    kinerja_sel n[2] = {sel_angka(2), sel_angka(4)};
    kinerja_sel persen[2] = {sel_angka(25), sel_angka(75)};
    kinerja_sel pecahan[2] = {sel_angka(0.25), sel_angka(0.75)};
    kinerja_matriks nilai = rentang(2, 1, n);
    kinerja_matriks b1 = rentang(2, 1, persen), b2 = rentang(2, 1, pecahan);
    harus_angka(indeks(&nilai, &b1, NULL), 3.5, "INDEKS_SPBE(; percents)");
    harus_angka(indeks(&nilai, &b2, NULL), 3.5, "INDEKS_SPBE(; fractions)");
}

static void indeks_pemdi(void **state)
{
    (void)state;
    kinerja_sel s[7] = {sel_angka(5), sel_angka(4), sel_angka(3), sel_angka(2),
                        sel_angka(1), sel_angka(2), sel_angka(3)};
    kinerja_sel k = sel_teks("PEMDI"), k2 = sel_teks("pemdi");
    kinerja_matriks nilai = rentang(7, 1, s);
    kinerja_matriks kerangka = matriks_skalar(&k);
    harus_angka(indeks(&nilai, NULL, &kerangka), 2.8, "PEMDI 7 aspects");
    kerangka = matriks_skalar(&k2);
    harus_angka(indeks(&nilai, NULL, &kerangka), 2.8, "pemdi 7 aspects");
    /* 7 values under SPBE: no official weights. */
    harus_galat(indeks(&nilai, NULL, NULL), KINERJA_GALAT_ARGUMEN,
                "SPBE with 7 values");
}

/* 20 PEMDI indicators I1..I20 weigh 5,5 | 5,5 | 5,3,3,4 | 4,4,3,4 | 5,5 |
 * 4,4,4,3 | 10,15: levels 4,3 | 5,2 | 3,4,2,5 | 1,3,5,2 | 4,1 | 2,5,3,4 |
 * 3,4 give 35 + 35 + 53 + 39 + 25 + 52 + 90 = 329 over 100. */
static void indeks_pemdi_20_indikator(void **state)
{
    (void)state;
    static const double tingkat[20] = {4, 3, 5, 2, 3, 4, 2, 5, 1, 3,
                                       5, 2, 4, 1, 2, 5, 3, 4, 3, 4};
    kinerja_sel s[20];
    for (size_t i = 0; i < 20; i++)
        s[i] = sel_angka(tingkat[i]);
    kinerja_sel k = sel_teks("PEMDI");
    kinerja_matriks kerangka = matriks_skalar(&k);
    kinerja_matriks nilai = rentang(20, 1, s);
    harus_angka(indeks(&nilai, NULL, &kerangka), 3.29, "PEMDI 20 indicators");
    nilai = rentang(4, 5, s);
    harus_angka(indeks(&nilai, NULL, &kerangka), 3.29,
                "PEMDI 20 indicators as a 4x5 grid");
    nilai = rentang(20, 1, s);
    harus_galat(indeks(&nilai, NULL, NULL), KINERJA_GALAT_ARGUMEN,
                "SPBE with 20 values");
    nilai = rentang(19, 1, s);
    harus_galat(indeks(&nilai, NULL, &kerangka), KINERJA_GALAT_ARGUMEN,
                "PEMDI with 19 values");
}

static void indeks_elemen_kosong_tidak_tersedia(void **state)
{
    (void)state;
    kinerja_sel d[4] = {sel_angka(3), sel_kosong(), sel_angka(5), sel_angka(2)};
    kinerja_matriks nilai = rentang(4, 1, d);
    harus_galat(indeks(&nilai, NULL, NULL), KINERJA_GALAT_TIDAK_TERSEDIA,
                "INDEKS_SPBE with an empty element");
}

static void indeks_elemen_teks_tipe(void **state)
{
    (void)state;
    kinerja_sel d[4] = {sel_angka(3), sel_teks("baik"), sel_angka(5),
                        sel_angka(2)};
    kinerja_matriks nilai = rentang(4, 1, d);
    harus_galat(indeks(&nilai, NULL, NULL), KINERJA_GALAT_TIPE,
                "INDEKS_SPBE with a text element");
}

static void indeks_galat_argumen(void **state)
{
    (void)state;
    kinerja_sel lima[5] = {sel_angka(1), sel_angka(2), sel_angka(3),
                           sel_angka(4), sel_angka(5)};
    kinerja_matriks nilai = rentang(5, 1, lima);
    harus_galat(indeks(&nilai, NULL, NULL), KINERJA_GALAT_ARGUMEN,
                "5 values, official weights");

    kinerja_sel luar[4] = {sel_angka(3), sel_angka(5.01), sel_angka(5),
                           sel_angka(2)};
    nilai = rentang(4, 1, luar);
    harus_galat(indeks(&nilai, NULL, NULL), KINERJA_GALAT_ARGUMEN,
                "value 5.01");

    kinerja_sel n[2] = {sel_angka(2), sel_angka(4)};
    kinerja_sel negatif[2] = {sel_angka(-1), sel_angka(2)};
    kinerja_sel tiga[3] = {sel_angka(1), sel_angka(1), sel_angka(1)};
    nilai = rentang(2, 1, n);
    kinerja_matriks bobot = rentang(2, 1, negatif);
    harus_galat(indeks(&nilai, &bobot, NULL), KINERJA_GALAT_ARGUMEN,
                "negative weight");
    bobot = rentang(3, 1, tiga);
    harus_galat(indeks(&nilai, &bobot, NULL), KINERJA_GALAT_ARGUMEN,
                "3 weights for 2 values");

    kinerja_sel x = sel_teks("X");
    kinerja_matriks kerangka = matriks_skalar(&x);
    kinerja_sel d[4] = {sel_angka(3), sel_angka(4), sel_angka(5), sel_angka(2)};
    nilai = rentang(4, 1, d);
    harus_galat(indeks(&nilai, NULL, &kerangka), KINERJA_GALAT_ARGUMEN,
                "kerangka X");
}

static void indeks_bobot_nol_bagi_nol(void **state)
{
    (void)state;
    kinerja_sel n[2] = {sel_angka(2), sel_angka(4)};
    kinerja_sel nol[2] = {sel_angka(0), sel_angka(0)};
    kinerja_matriks nilai = rentang(2, 1, n), bobot = rentang(2, 1, nol);
    harus_galat(indeks(&nilai, &bobot, NULL), KINERJA_GALAT_BAGI_NOL,
                "all-zero weights");
}

/* The index is one value, not a range, whatever the shape of nilai. */
static void indeks_hasil_tunggal(void **state)
{
    (void)state;
    kinerja_sel d[4] = {sel_angka(3), sel_angka(4), sel_angka(5), sel_angka(2)};
    kinerja_sel tiada[2] = {sel_tiada(), sel_tiada()};
    kinerja_matriks arg[3] = {rentang(4, 1, d), matriks_skalar(&tiada[0]),
                              matriks_skalar(&tiada[1])};
    kinerja_matriks hasil;
    memset(&hasil, 0, sizeof hasil);
    assert_status(fungsi_panggil(cari("INDEKS_SPBE"), arg, 3, &hasil),
                  KINERJA_OK);
    assert_int_equal(hasil.baris, 1);
    assert_int_equal(hasil.kolom, 1);
    kinerja_matriks_bebas(&hasil);
}

/* An empty cell inside an arah range (Calc passes it as "") is the
 * default, rumus 1. */
static void arah_kosong_dalam_rentang_bawaan(void **state)
{
    (void)state;
    kinerja_sel target = sel_angka(10);
    kinerja_sel realisasi[2] = {sel_angka(8), sel_angka(8)};
    kinerja_sel arah[2] = {sel_kosong(), sel_teks("TURUN")};
    kinerja_matriks arg[3] = {matriks_skalar(&target), rentang(2, 1, realisasi),
                              rentang(2, 1, arah)};
    const kinerja_sel harapan[2] = {A(80), A(120)};
    periksa_rentang(cari("CAPAIAN"), arg, 2, 1, harapan);
}

/* INDEKS_SPBE(A1:A4; B1) with B1 empty: the 0 Calc passes means no
 * weights, so the official ones apply. */
static void indeks_bobot_sel_kosong_resmi(void **state)
{
    (void)state;
    kinerja_sel d[4] = {sel_angka(3), sel_angka(4), sel_angka(5), sel_angka(2)};
    kinerja_sel nol = sel_angka(0);
    kinerja_matriks nilai = rentang(4, 1, d), bobot = matriks_skalar(&nol);
    harus_angka(indeks(&nilai, &bobot, NULL), 3.125,
                "INDEKS_SPBE(4 domains; empty cell)");
}

/* A custom scale range drawn larger than its table: the empty rows below
 * are not bands. */
static void kategori_kustom_baris_kosong_dilewati(void **state)
{
    (void)state;
    kinerja_sel sel[8] = {sel_angka(0),       sel_teks("Rendah"), sel_angka(50),
                          sel_teks("Tinggi"), sel_kosong(),       sel_kosong(),
                          sel_kosong(),       sel_kosong()};
    kinerja_matriks skala = rentang(4, 2, sel);
    periksa_label_kustom(25, &skala, "Rendah");
    periksa_label_kustom(75, &skala, "Tinggi");
}

/* Text where a bound belongs is #VALUE!, as anywhere a number belongs. */
static void kategori_kustom_batas_teks_tipe(void **state)
{
    (void)state;
    kinerja_sel sel[4] = {sel_angka(0), sel_teks("Rendah"), sel_teks("lima"),
                          sel_teks("Tinggi")};
    kinerja_matriks skala = rentang(2, 2, sel);
    periksa_galat_kustom(75, &skala, KINERJA_GALAT_TIPE);
}

/* One column is no scale (bound | label needs two). */
static void kategori_kustom_satu_kolom_galat(void **state)
{
    (void)state;
    kinerja_sel sel[2] = {sel_angka(0), sel_angka(50)};
    kinerja_matriks skala = rentang(2, 1, sel);
    periksa_galat_kustom(75, &skala, KINERJA_GALAT_ARGUMEN);
}

/* fungsi_panggil takes exactly the table's number of arguments (omitted
 * ones as SEL_TIADA), and no empty matrices. */
static void jumlah_argumen_harus_tepat(void **state)
{
    (void)state;
    const fungsi_info *f = cari("CAPAIAN");
    kinerja_sel sel[4] = {sel_angka(10), sel_angka(8), sel_tiada(),
                          sel_tiada()};
    kinerja_matriks arg[4] = {matriks_skalar(&sel[0]), matriks_skalar(&sel[1]),
                              matriks_skalar(&sel[2]), matriks_skalar(&sel[3])};
    kinerja_matriks hasil;
    memset(&hasil, 0, sizeof hasil);
    assert_status(fungsi_panggil(f, arg, 2, &hasil), KINERJA_GALAT_ARGUMEN);
    assert_null(hasil.sel);
    assert_status(fungsi_panggil(f, arg, 4, &hasil), KINERJA_GALAT_ARGUMEN);
    assert_null(hasil.sel);
    kinerja_matriks kosong0 = {0, 0, NULL, true};
    arg[1] = kosong0;
    assert_status(fungsi_panggil(f, arg, 3, &hasil), KINERJA_GALAT_ARGUMEN);
    assert_null(hasil.sel);
}

/* ------------------------------------------------------------------ */
/* The table itself.                                                    */

static bool kosong(const char *s)
{
    return s == NULL || s[0] == '\0';
}

static void tabel_lengkap(void **state)
{
    (void)state;
    assert_true(fungsi_jumlah >= 5);
    for (size_t i = 0; i < fungsi_jumlah; i++) {
        const fungsi_info *f = &fungsi_tabel[i];
        if (kosong(f->nama) || kosong(f->nama) || kosong(f->uraian_id) ||
            kosong(f->uraian_en))
            fail_msg("row %zu (%s) lacks a name or description", i,
                     f->nama ? f->nama : "?");
        if (f->hitung == NULL)
            fail_msg("%s has no kernel", f->nama);
        if (f->jumlah_argumen < 1 || f->jumlah_argumen > FUNGSI_ARGUMEN_MAKS)
            fail_msg("%s has %zu arguments", f->nama, f->jumlah_argumen);
        bool opsional = false;
        for (size_t j = 0; j < f->jumlah_argumen; j++) {
            const fungsi_argumen *a = &f->argumen[j];
            if (kosong(a->nama_id) || kosong(a->nama_en) ||
                kosong(a->uraian_id) || kosong(a->uraian_en))
                fail_msg("%s argument %zu lacks a name or help", f->nama, j);
            if (opsional && !a->opsional)
                fail_msg("%s: required argument %zu after an optional one",
                         f->nama, j);
            opsional = a->opsional;
        }
        for (const char *c = f->nama; *c; c++)
            if (!(isupper((unsigned char)*c) || *c == '_'))
                fail_msg("Calc name %s is not upper case", f->nama);
    }
}

static void tabel_nama_unik(void **state)
{
    (void)state;
    for (size_t i = 0; i < fungsi_jumlah; i++)
        for (size_t j = i + 1; j < fungsi_jumlah; j++) {
            if (strcmp(fungsi_tabel[i].nama, fungsi_tabel[j].nama) == 0)
                fail_msg("Calc name %s twice", fungsi_tabel[i].nama);
            if (strcmp(fungsi_tabel[i].nama, fungsi_tabel[j].nama) == 0)
                fail_msg("method %s twice", fungsi_tabel[i].nama);
        }
}

/* The five functions every LKjIP needs, and their arguments: the published
 * signatures, which saved workbooks depend on. */
static void tabel_fungsi_inti(void **state)
{
    (void)state;
    static const struct {
        const char *nama;
        size_t n;
        bool opsional[3];
    } harapan[] = {
        {"CAPAIAN", 3, {false, false, true}},    {"SERAPAN", 2, {false, false}},
        {"EFISIENSI", 3, {false, false, true}},  {"KATEGORI", 2, {false, true}},
        {"INDEKS_SPBE", 3, {false, true, true}},
    };
    for (size_t i = 0; i < UJI_JUMLAH(harapan); i++) {
        const fungsi_info *f = cari(harapan[i].nama);
        if (f->jumlah_argumen != harapan[i].n)
            fail_msg("%s has %zu arguments, its signature says %zu", f->nama,
                     f->jumlah_argumen, harapan[i].n);
        for (size_t j = 0; j < harapan[i].n; j++)
            if (f->argumen[j].opsional != harapan[i].opsional[j])
                fail_msg("%s argument %zu optional: %d", f->nama, j,
                         f->argumen[j].opsional);
    }
    assert_string_equal(FUNGSI_KATEGORI, "Add-In");
}

/* The kernels read arguments by their enum names: each name must sit at the
 * position the table shows the user, and a row holds no argument past its
 * count.  Moving an argument in the table without its enum fails here. */
static void tabel_posisi_argumen(void **state)
{
    (void)state;
    static const struct {
        const char *fungsi;
        int posisi;
        const char *nama_id;
    } harapan[] = {
        {"CAPAIAN", CAPAIAN_ARG_TARGET, "target"},
        {"CAPAIAN", CAPAIAN_ARG_REALISASI, "realisasi"},
        {"CAPAIAN", CAPAIAN_ARG_ARAH, "arah"},
        {"SERAPAN", SERAPAN_ARG_PAGU, "pagu"},
        {"SERAPAN", SERAPAN_ARG_REALISASI, "realisasi"},
        {"EFISIENSI", EFISIENSI_ARG_KINERJA, "capaian_kinerja"},
        {"EFISIENSI", EFISIENSI_ARG_ANGGARAN, "capaian_anggaran"},
        {"EFISIENSI", EFISIENSI_ARG_METODE, "metode"},
        {"KATEGORI", KATEGORI_ARG_NILAI, "nilai"},
        {"KATEGORI", KATEGORI_ARG_SKALA, "skala"},
        {"INDEKS_SPBE", INDEKS_SPBE_ARG_NILAI, "nilai"},
        {"INDEKS_SPBE", INDEKS_SPBE_ARG_BOBOT, "bobot"},
        {"INDEKS_SPBE", INDEKS_SPBE_ARG_KERANGKA, "kerangka"},
        {"SELISIH_RINCIAN", SELISIH_RINCIAN_ARG_TOTAL, "total"},
        {"SELISIH_RINCIAN", SELISIH_RINCIAN_ARG_RINCIAN, "rincian"},
        {"CEK_ANGGARAN", CEK_ANGGARAN_ARG_PAGU, "pagu"},
        {"CEK_ANGGARAN", CEK_ANGGARAN_ARG_REALISASI, "realisasi"},
        {"REKAP_TRIWULAN", REKAP_TRIWULAN_ARG_TRIWULAN, "triwulan"},
        {"REKAP_TRIWULAN", REKAP_TRIWULAN_ARG_JENIS, "jenis"},
    };
    size_t jumlah_argumen = 0;
    for (size_t i = 0; i < UJI_JUMLAH(harapan); i++) {
        const fungsi_info *f = cari(harapan[i].fungsi);
        const char *nama = f->argumen[harapan[i].posisi].nama_id;
        if (nama == NULL || strcmp(nama, harapan[i].nama_id) != 0)
            fail_msg("%s argument %d is \"%s\", its enum says \"%s\"", f->nama,
                     harapan[i].posisi, nama ? nama : "(none)",
                     harapan[i].nama_id);
        jumlah_argumen++;
    }
    /* Every argument of every row is named above, and none lies past its
     * row's count. */
    size_t di_tabel = 0;
    for (size_t i = 0; i < fungsi_jumlah; i++) {
        const fungsi_info *f = &fungsi_tabel[i];
        di_tabel += f->jumlah_argumen;
        for (size_t k = f->jumlah_argumen; k < FUNGSI_ARGUMEN_MAKS; k++)
            if (f->argumen[k].nama_id != NULL)
                fail_msg("%s: argument %zu \"%s\" is past its count %zu",
                         f->nama, k, f->argumen[k].nama_id, f->jumlah_argumen);
    }
    assert_int_equal(di_tabel, jumlah_argumen);
}

static void cari_nama_tanpa_beda_huruf(void **state)
{
    (void)state;
    assert_ptr_equal(fungsi_cari_nama("capaian"), fungsi_cari_nama("CAPAIAN"));
    assert_ptr_equal(fungsi_cari_nama("Indeks_Spbe"),
                     fungsi_cari_nama("INDEKS_SPBE"));
    assert_non_null(fungsi_cari_nama("kategori"));
    assert_null(fungsi_cari_nama("XYZ"));
    assert_null(fungsi_cari_nama(""));
    assert_null(fungsi_cari_nama("CAPAIANX"));
    assert_null(fungsi_cari_nama("CAPAIA"));
}

/* Method names come from UNO as the first `panjang` bytes of a longer
 * string (the part of a decorated member name before the next ':'). */
static void cari_metode_dengan_panjang(void **state)
{
    (void)state;
    for (size_t i = 0; i < fungsi_jumlah; i++) {
        const fungsi_info *f = &fungsi_tabel[i];
        size_t n = strlen(f->nama);
        char buf[128];
        snprintf(buf, sizeof buf, "%s:@0,3:sesuatu", f->nama);
        assert_ptr_equal(fungsi_cari_metode(buf, n), f);
        assert_ptr_equal(fungsi_cari_metode(f->nama, n), f);
        const fungsi_info *pendek = fungsi_cari_metode(buf, n - 1);
        if (pendek != NULL && strlen(pendek->nama) != n - 1)
            fail_msg("\"%.*s\" found method %s", (int)(n - 1), buf,
                     pendek->nama);
        assert_ptr_not_equal(fungsi_cari_metode(buf, n + 1), f);
    }
    assert_null(fungsi_cari_metode("tidakada", 8));
    assert_null(fungsi_cari_metode("capaian", 0));
}

/* ------------------------------------------------------------------ */
/* Status -> Calc error code.                                           */

static void status_ke_galat_calc(void **state)
{
    (void)state;
    assert_int_equal(kinerja_status_galat_calc(KINERJA_OK), 0);
    assert_int_equal(kinerja_status_galat_calc(KINERJA_KOSONG), 0);
    assert_int_equal(kinerja_status_galat_calc(KINERJA_GALAT_BAGI_NOL), 532);
    assert_int_equal(kinerja_status_galat_calc(KINERJA_GALAT_ARGUMEN), 502);
    assert_int_equal(kinerja_status_galat_calc(KINERJA_GALAT_TIPE), 519);
    assert_int_equal(kinerja_status_galat_calc(KINERJA_GALAT_TIDAK_TERSEDIA),
                     32767);
    assert_int_equal(kinerja_status_galat_calc(KINERJA_GALAT_MEMORI), 502);
}

static void status_teks_tidak_null(void **state)
{
    (void)state;
    for (int s = KINERJA_OK; s <= KINERJA_GALAT_MEMORI; s++) {
        const char *t = kinerja_status_teks((kinerja_status)s);
        assert_non_null(t);
        assert_true(t[0] != '\0');
    }
    assert_non_null(kinerja_status_teks((kinerja_status)99));
}

int main(void)
{
    const struct CMUnitTest tunggal[] = {
        cmocka_unit_test(tabel_lengkap),
        cmocka_unit_test(tabel_nama_unik),
        cmocka_unit_test(tabel_fungsi_inti),
        cmocka_unit_test(tabel_posisi_argumen),
        cmocka_unit_test(cari_nama_tanpa_beda_huruf),
        cmocka_unit_test(cari_metode_dengan_panjang),
        cmocka_unit_test(status_ke_galat_calc),
        cmocka_unit_test(status_teks_tidak_null),
        cmocka_unit_test(skalar_memberi_bukan_rentang),
        cmocka_unit_test(capaian_rentang_sama_bentuk),
        cmocka_unit_test(elemen_tiada_dan_galat_bukan_nol),
        cmocka_unit_test(rekap_triwulan_per_baris),
        cmocka_unit_test(rekap_triwulan_satu_kolom),
        cmocka_unit_test(selisih_rincian_seed),
        cmocka_unit_test(cek_anggaran_rentang),
        cmocka_unit_test(rentang_1x1_memberi_rentang),
        cmocka_unit_test(skalar_disebar_ke_rentang),
        cmocka_unit_test(rentang_1x1_disebar),
        cmocka_unit_test(arah_per_baris),
        cmocka_unit_test(rentang_2x2),
        cmocka_unit_test(elemen_campuran),
        cmocka_unit_test(bentuk_3x1_lawan_2x1_galat),
        cmocka_unit_test(bentuk_3x1_lawan_1x3_galat),
        cmocka_unit_test(bentuk_2x3_lawan_3x2_galat),
        cmocka_unit_test(serapan_rentang_seed),
        cmocka_unit_test(efisiensi_rentang_selisih),
        cmocka_unit_test(kategori_rentang_nilai),
        cmocka_unit_test(kategori_kustom_dua_kolom),
        cmocka_unit_test(kategori_kustom_tiga_kolom),
        cmocka_unit_test(kategori_kustom_rentang_nilai),
        cmocka_unit_test(kategori_kustom_turun_galat),
        cmocka_unit_test(kategori_kustom_label_kosong_galat),
        cmocka_unit_test(indeks_47_nilai),
        cmocka_unit_test(indeks_4_dan_8_nilai),
        cmocka_unit_test(indeks_dengan_bobot),
        cmocka_unit_test(indeks_pemdi),
        cmocka_unit_test(indeks_pemdi_20_indikator),
        cmocka_unit_test(indeks_elemen_kosong_tidak_tersedia),
        cmocka_unit_test(indeks_elemen_teks_tipe),
        cmocka_unit_test(indeks_galat_argumen),
        cmocka_unit_test(indeks_bobot_nol_bagi_nol),
        cmocka_unit_test(indeks_hasil_tunggal),
        cmocka_unit_test(arah_kosong_dalam_rentang_bawaan),
        cmocka_unit_test(indeks_bobot_sel_kosong_resmi),
        cmocka_unit_test(kategori_kustom_baris_kosong_dilewati),
        cmocka_unit_test(kategori_kustom_batas_teks_tipe),
        cmocka_unit_test(kategori_kustom_satu_kolom_galat),
        cmocka_unit_test(jumlah_argumen_harus_tepat),
    };
    int gagal = 0;
    gagal += cmocka_run_group_tests_name("fungsi", tunggal, NULL, NULL);
    gagal += UJI_TABEL("fungsi: scalar calls", tabel_skalar, uji_skalar);
    return gagal;
}
