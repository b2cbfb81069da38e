/*
 * test_keluaran_timpa.c - replacing output files is all or nothing too,
 * and a failed run leaves none of the folders it made.
 *
 * The command-line test (test_ketahanan.py) blocks a name before the run,
 * which the program now refuses up front; here the name is blocked after
 * the files are reserved, so that placing fails half way and the files
 * already replaced must get their old content back.
 */
#include "uji.h"

#include <sys/stat.h>
#include <unistd.h>

#include "keluaran.h"
#include "uji_folder.h"

/* Three old files; the third name becomes a folder after the new files
 * are reserved: placing fails at it, and the first two, already replaced,
 * get their old content back. */
static void uji_timpa_gagal_dikembalikan(void **state)
{
    (void)state;
    static const char *const nama[] = {"a.xlsx", "b.xlsx", "c.xlsx"};
    char p[512], isi[64];
    for (int i = 0; i < 3; i++) {
        uji_folder_jalur(p, sizeof p, nama[i]);
        snprintf(isi, sizeof isi, "lama %d", i);
        uji_tulis_teks(p, isi);
    }
    galat_rencana g;
    galat_init(&g);
    keluaran k[3];
    static const char *const baru[] = {"baru 0", "baru 1", "baru 2"};
    uji_keluaran_siapkan(k, 3, nama, baru, true, &g);
    /* c.xlsx turns into a non-empty folder meanwhile */
    uji_folder_jalur(p, sizeof p, "c.xlsx");
    assert_int_equal(unlink(p), 0);
    assert_int_equal(mkdir(p, 0777), 0);
    uji_folder_jalur(p, sizeof p, "c.xlsx/isi");
    uji_tulis_teks(p, "x");

    assert_int_equal(keluaran_pasang(k, 3, true, &g), KELUARAN_GAGAL);
    assert_true(galat_hitung(&g) >= 1);
    for (int i = 0; i < 3; i++)
        keluaran_buang(&k[i]);
    for (int i = 0; i < 2; i++) {
        uji_folder_jalur(p, sizeof p, nama[i]);
        assert_non_null(uji_baca_teks(p, isi, sizeof isi));
        char harap[16];
        snprintf(harap, sizeof harap, "lama %d", i);
        assert_string_equal(isi, harap);
    }
    uji_folder_selesai(&g);
}

/* A successful replacement leaves the new content and no backup; a file
 * that did not exist before is simply placed. */
static void uji_timpa_berhasil(void **state)
{
    (void)state;
    char p[512], isi[64];
    uji_folder_jalur(p, sizeof p, "a.xlsx");
    uji_tulis_teks(p, "lama");
    galat_rencana g;
    galat_init(&g);
    keluaran k[2];
    static const char *const nama[] = {"a.xlsx", "b.xlsx"};
    static const char *const baru[] = {"baru a", "baru b"};
    uji_keluaran_siapkan(k, 2, nama, baru, true, &g);
    assert_int_equal(keluaran_pasang(k, 2, true, &g), KELUARAN_OK);
    keluaran_buang(&k[0]);
    keluaran_buang(&k[1]);
    assert_non_null(uji_baca_teks(p, isi, sizeof isi));
    assert_string_equal(isi, "baru a");
    uji_folder_jalur(p, sizeof p, "b.xlsx");
    assert_non_null(uji_baca_teks(p, isi, sizeof isi));
    assert_string_equal(isi, "baru b");
    assert_int_equal(galat_hitung(&g), 0);
    uji_folder_selesai(&g);
}

/* A folder in a target's place is refused when reserving, before any
 * file is written. */
static void uji_timpa_folder_ditolak(void **state)
{
    (void)state;
    char p[512];
    uji_folder_jalur(p, sizeof p, "a.xlsx");
    assert_int_equal(mkdir(p, 0777), 0);
    galat_rencana g;
    galat_init(&g);
    keluaran k;
    assert_int_equal(keluaran_siapkan(&k, uji_folder, "a.xlsx", true, &g),
                     KELUARAN_GAGAL);
    assert_int_equal(g.jumlah, 1);
    assert_non_null(strstr(g.pesan[0], "di tempat berkas ini ada folder"));
    uji_folder_selesai(&g);
}

/* keluaran_folder makes every missing level and says which is the
 * topmost it made; keluaran_folder_hapus removes them all again. */
static void uji_folder_bertingkat(void **state)
{
    (void)state;
    char p[512], atas[512];
    uji_folder_jalur(p, sizeof p, "h/baru/dalam");
    uji_folder_jalur(atas, sizeof atas, "h");
    assert_int_equal(mkdir(atas, 0777), 0);
    galat_rencana g;
    galat_init(&g);
    char *dibuat = NULL;
    assert_true(keluaran_folder(p, &dibuat, &g));
    assert_non_null(dibuat);
    uji_folder_jalur(atas, sizeof atas, "h/baru");
    assert_string_equal(dibuat, atas);
    struct stat st;
    assert_int_equal(stat(p, &st), 0);
    keluaran_folder_hapus(p, dibuat);
    assert_int_equal(stat(atas, &st), -1);
    uji_folder_jalur(atas, sizeof atas, "h");
    assert_int_equal(stat(atas, &st), 0); /* not made by the call: kept */

    /* an existing folder: nothing made, nothing to remove */
    dibuat = (char *)1;
    assert_true(keluaran_folder(atas, &dibuat, &g));
    assert_null(dibuat);

    /* a level that cannot be made (a file in the way): nothing made, an
     * error, no folder to remove */
    char x[512];
    uji_folder_jalur(x, sizeof x, "h/berkas");
    uji_tulis_teks(x, "");
    uji_folder_jalur(p, sizeof p, "h/berkas/a/b");
    assert_false(keluaran_folder(p, &dibuat, &g));
    assert_null(dibuat);
    assert_int_equal(g.jumlah, 1);
    assert_non_null(strstr(g.pesan[0], "folder tidak dapat dibuat"));

    /* a trailing slash is the same folder */
    uji_folder_jalur(p, sizeof p, "h/baru2/lagi/");
    assert_true(keluaran_folder(p, &dibuat, &g));
    uji_folder_jalur(x, sizeof x, "h/baru2");
    assert_string_equal(dibuat, x);
    keluaran_folder_hapus(p, dibuat);
    assert_int_equal(stat(x, &st), -1);
    galat_bebas(&g);
    uji_folder_kosongkan(uji_folder);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_timpa_gagal_dikembalikan),
        cmocka_unit_test(uji_timpa_berhasil),
        cmocka_unit_test(uji_timpa_folder_ditolak),
        cmocka_unit_test(uji_folder_bertingkat),
    };
    return cmocka_run_group_tests_name("keluaran_timpa", uji,
                                       uji_folder_siapkan, uji_folder_lepas);
}
