/*
 * test_keluaran.c - output files: atomic, never clobbering without timpa,
 * all or nothing, no temporary file left behind.
 */
#include "uji.h"

#include <sys/stat.h>
#include <unistd.h>

#include "generator.h"
#include "keluaran.h"
#include "uji_folder.h"

static void uji_pasang_dan_tolak(void **state)
{
    galat_rencana *g = *state;
    keluaran k[2];
    static const char *const nama[] = {"a.xlsx", "b.xlsx"};
    static const char *const isi[] = {"A", "B"};
    uji_keluaran_siapkan(k, 2, nama, isi, false, g);
    /* only the temporaries */
    assert_int_equal(uji_folder_hitung(uji_folder, false), 2);
    assert_int_equal(keluaran_pasang(k, 2, false, g), KELUARAN_OK);
    keluaran_buang(&k[0]);
    keluaran_buang(&k[1]);
    assert_int_equal(uji_folder_hitung(uji_folder, false), 2);
    char jalur[512], buf[16];
    uji_folder_jalur(jalur, sizeof jalur, "a.xlsx");
    assert_string_equal(uji_baca_teks(jalur, buf, sizeof buf), "A");

    /* exists, no timpa: refused before anything is written */
    assert_int_equal(keluaran_siapkan(&k[0], uji_folder, "a.xlsx", false, g),
                     KELUARAN_SUDAH_ADA);
    assert_int_equal(g->jumlah, 1);
    assert_non_null(strstr(g->pesan[0], "sudah ada"));
    assert_int_equal(uji_folder_hitung(uji_folder, false), 2);

    /* with timpa the content is replaced */
    assert_int_equal(keluaran_siapkan(&k[0], uji_folder, "a.xlsx", true, g),
                     KELUARAN_OK);
    uji_tulis_teks(k[0].sementara, "A2");
    assert_int_equal(keluaran_pasang(k, 1, true, g), KELUARAN_OK);
    keluaran_buang(&k[0]);
    assert_string_equal(uji_baca_teks(jalur, buf, sizeof buf), "A2");
    assert_int_equal(uji_folder_hitung(uji_folder, false), 2);
}

static void uji_semua_atau_tidak(void **state)
{
    galat_rencana *g = *state;
    keluaran k[2];
    static const char *const nama[] = {"x.xlsx", "y.xlsx"};
    uji_keluaran_siapkan(k, 2, nama, NULL, false, g);
    /* y.xlsx appears between reservation and placing */
    char jalur[512];
    uji_folder_jalur(jalur, sizeof jalur, "y.xlsx");
    uji_tulis_teks(jalur, "lama");
    assert_int_equal(keluaran_pasang(k, 2, false, g), KELUARAN_SUDAH_ADA);
    keluaran_buang(&k[0]);
    keluaran_buang(&k[1]);
    /* x.xlsx was taken back; y.xlsx is the other program's, untouched */
    uji_folder_jalur(jalur, sizeof jalur, "x.xlsx");
    assert_int_equal(access(jalur, F_OK), -1);
    assert_int_equal(uji_folder_hitung(uji_folder, false), 1);
}

static void uji_generator_contoh(void **state)
{
    galat_rencana *g = *state;
    char sub[512];
    uji_folder_jalur(sub, sizeof sub, "baru/dalam");
    rencana r;
    assert_true(rencana_baca_contoh(&r, g));
    generator_opsi o = {sub, BUKU_SEMUA, {RUMUS_ADDIN, true, KERTAS_A4, false}, false};
    char **ditulis = NULL;
    size_t n = 0;
    assert_int_equal(generator_tulis(&r, &o, &ditulis, &n, g), HASIL_OK);
    assert_int_equal(n, 5);
    assert_int_equal(uji_folder_hitung(sub, false), 5);
    for (size_t i = 0; i < n; i++)
        free(ditulis[i]);
    free(ditulis);
    /* a second run without timpa writes nothing and says so */
    assert_int_equal(generator_tulis(&r, &o, &ditulis, &n, g), HASIL_SUDAH_ADA);
    assert_null(ditulis);
    assert_int_equal(uji_folder_hitung(sub, false), 5);
    assert_int_equal(g->jumlah, 5);
    galat_bebas(g);
    galat_init(g);
    /* with timpa it succeeds again, leaving no temporary file */
    o.timpa = true;
    assert_int_equal(generator_tulis(&r, &o, NULL, NULL, g), HASIL_OK);
    assert_int_equal(uji_folder_hitung(sub, false), 5);
    /* an unwritable place: nothing is created */
    o.folder = "/proc/tidak-bisa";
    assert_int_equal(generator_tulis(&r, &o, NULL, NULL, g), HASIL_GAGAL_TULIS);
    rencana_bebas(&r);
}

static void uji_nama_buku(void **state)
{
    (void)state;
    char buf[64];
    generator_nama_berkas(BUKU_REALISASI, 2024, buf, sizeof buf);
    assert_string_equal(buf, "realisasi-anggaran-2024.xlsx");
    assert_int_equal(generator_buku_dari_nama("rkt,pk"), BUKU_RKT | BUKU_PK);
    assert_int_equal(generator_buku_dari_nama("semua"), BUKU_SEMUA);
    /* the one workbook of the year, the default */
    generator_nama_berkas(BUKU_SATU, 2024, buf, sizeof buf);
    assert_string_equal(buf, "kinerja-2024.xlsx");
    assert_int_equal(generator_buku_dari_nama("satu,pk"), BUKU_SATU | BUKU_PK);
    assert_int_equal(generator_buku_dari_nama("satu") & BUKU_SEMUA, 0);
    assert_int_equal(generator_buku_dari_nama("rkt,xyz"), 0);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test_setup_teardown(uji_pasang_dan_tolak, uji_folder_mulai,
                                        uji_folder_akhiri),
        cmocka_unit_test_setup_teardown(uji_semua_atau_tidak, uji_folder_mulai,
                                        uji_folder_akhiri),
        cmocka_unit_test_setup_teardown(uji_generator_contoh, uji_folder_mulai,
                                        uji_folder_akhiri),
        cmocka_unit_test(uji_nama_buku),
    };
    return cmocka_run_group_tests_name("keluaran", uji, uji_folder_siapkan,
                                       uji_folder_lepas);
}
