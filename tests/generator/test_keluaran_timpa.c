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

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "keluaran.h"

static char folder[256];

static int siapkan(void **state)
{
    (void)state;
    snprintf(folder, sizeof folder, "/tmp/uji-timpa-XXXXXX");
    return mkdtemp(folder) ? 0 : -1;
}

static void hapus_pohon(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char jalur[512];
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        snprintf(jalur, sizeof jalur, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(jalur, &st) == 0 && S_ISDIR(st.st_mode)) {
            hapus_pohon(jalur);
            rmdir(jalur);
        } else {
            unlink(jalur);
        }
    }
    closedir(d);
}

static int lepas(void **state)
{
    (void)state;
    hapus_pohon(folder);
    rmdir(folder);
    return 0;
}

static void tulis_isi(const char *jalur, const char *isi)
{
    FILE *f = fopen(jalur, "wb");
    assert_non_null(f);
    fputs(isi, f);
    assert_int_equal(fclose(f), 0);
}

static void baca_isi(const char *jalur, char *buf, size_t n)
{
    FILE *f = fopen(jalur, "rb");
    assert_non_null(f);
    size_t k = fread(buf, 1, n - 1, f);
    buf[k] = 0;
    fclose(f);
}

/* Names in the folder that start with '.' (temporary files, backups). */
static size_t tersembunyi(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] == '.' && strcmp(e->d_name, ".") != 0 &&
            strcmp(e->d_name, "..") != 0)
            n++;
    closedir(d);
    return n;
}

static void jalur(char *buf, size_t n, const char *nama)
{
    snprintf(buf, n, "%s/%s", folder, nama);
}

/* Three old files; the third name becomes a folder after the new files
 * are reserved: placing fails at it, and the first two, already replaced,
 * get their old content back. */
static void uji_timpa_gagal_dikembalikan(void **state)
{
    (void)state;
    static const char *const nama[] = {"a.xlsx", "b.xlsx", "c.xlsx"};
    char p[512], isi[64];
    for (int i = 0; i < 3; i++) {
        jalur(p, sizeof p, nama[i]);
        snprintf(isi, sizeof isi, "lama %d", i);
        tulis_isi(p, isi);
    }
    galat_rencana g;
    galat_init(&g);
    keluaran k[3];
    for (int i = 0; i < 3; i++) {
        assert_int_equal(keluaran_siapkan(&k[i], folder, nama[i], true, &g),
                         KELUARAN_OK);
        snprintf(isi, sizeof isi, "baru %d", i);
        tulis_isi(k[i].sementara, isi);
    }
    /* c.xlsx turns into a non-empty folder meanwhile */
    jalur(p, sizeof p, "c.xlsx");
    assert_int_equal(unlink(p), 0);
    assert_int_equal(mkdir(p, 0777), 0);
    jalur(p, sizeof p, "c.xlsx/isi");
    tulis_isi(p, "x");

    assert_int_equal(keluaran_pasang(k, 3, true, &g), KELUARAN_GAGAL);
    assert_true(galat_hitung(&g) >= 1);
    for (int i = 0; i < 3; i++)
        keluaran_buang(&k[i]);
    for (int i = 0; i < 2; i++) {
        jalur(p, sizeof p, nama[i]);
        baca_isi(p, isi, sizeof isi);
        char harap[16];
        snprintf(harap, sizeof harap, "lama %d", i);
        assert_string_equal(isi, harap);
    }
    assert_int_equal(tersembunyi(folder), 0);
    galat_bebas(&g);
    hapus_pohon(folder);
}

/* A successful replacement leaves the new content and no backup; a file
 * that did not exist before is simply placed. */
static void uji_timpa_berhasil(void **state)
{
    (void)state;
    char p[512], isi[64];
    jalur(p, sizeof p, "a.xlsx");
    tulis_isi(p, "lama");
    galat_rencana g;
    galat_init(&g);
    keluaran k[2];
    assert_int_equal(keluaran_siapkan(&k[0], folder, "a.xlsx", true, &g),
                     KELUARAN_OK);
    assert_int_equal(keluaran_siapkan(&k[1], folder, "b.xlsx", true, &g),
                     KELUARAN_OK);
    tulis_isi(k[0].sementara, "baru a");
    tulis_isi(k[1].sementara, "baru b");
    assert_int_equal(keluaran_pasang(k, 2, true, &g), KELUARAN_OK);
    keluaran_buang(&k[0]);
    keluaran_buang(&k[1]);
    baca_isi(p, isi, sizeof isi);
    assert_string_equal(isi, "baru a");
    jalur(p, sizeof p, "b.xlsx");
    baca_isi(p, isi, sizeof isi);
    assert_string_equal(isi, "baru b");
    assert_int_equal(tersembunyi(folder), 0);
    assert_int_equal(galat_hitung(&g), 0);
    galat_bebas(&g);
    hapus_pohon(folder);
}

/* A folder in a target's place is refused when reserving, before any
 * file is written. */
static void uji_timpa_folder_ditolak(void **state)
{
    (void)state;
    char p[512];
    jalur(p, sizeof p, "a.xlsx");
    assert_int_equal(mkdir(p, 0777), 0);
    galat_rencana g;
    galat_init(&g);
    keluaran k;
    assert_int_equal(keluaran_siapkan(&k, folder, "a.xlsx", true, &g),
                     KELUARAN_GAGAL);
    assert_int_equal(g.jumlah, 1);
    assert_non_null(strstr(g.pesan[0], "di tempat berkas ini ada folder"));
    assert_int_equal(tersembunyi(folder), 0);
    galat_bebas(&g);
    hapus_pohon(folder);
}

/* keluaran_folder makes every missing level and says which is the
 * topmost it made; keluaran_folder_hapus removes them all again. */
static void uji_folder_bertingkat(void **state)
{
    (void)state;
    char p[512], atas[512];
    jalur(p, sizeof p, "h/baru/dalam");
    jalur(atas, sizeof atas, "h");
    assert_int_equal(mkdir(atas, 0777), 0);
    galat_rencana g;
    galat_init(&g);
    char *dibuat = NULL;
    assert_true(keluaran_folder(p, &dibuat, &g));
    assert_non_null(dibuat);
    jalur(atas, sizeof atas, "h/baru");
    assert_string_equal(dibuat, atas);
    struct stat st;
    assert_int_equal(stat(p, &st), 0);
    keluaran_folder_hapus(p, dibuat);
    assert_int_equal(stat(atas, &st), -1);
    jalur(atas, sizeof atas, "h");
    assert_int_equal(stat(atas, &st), 0); /* not made by the call: kept */

    /* an existing folder: nothing made, nothing to remove */
    dibuat = (char *)1;
    assert_true(keluaran_folder(atas, &dibuat, &g));
    assert_null(dibuat);

    /* a level that cannot be made (a file in the way): nothing made, an
     * error, no folder to remove */
    char x[512];
    jalur(x, sizeof x, "h/berkas");
    tulis_isi(x, "");
    jalur(p, sizeof p, "h/berkas/a/b");
    assert_false(keluaran_folder(p, &dibuat, &g));
    assert_null(dibuat);
    assert_int_equal(g.jumlah, 1);
    assert_non_null(strstr(g.pesan[0], "folder tidak dapat dibuat"));

    /* a trailing slash is the same folder */
    jalur(p, sizeof p, "h/baru2/lagi/");
    assert_true(keluaran_folder(p, &dibuat, &g));
    jalur(x, sizeof x, "h/baru2");
    assert_string_equal(dibuat, x);
    keluaran_folder_hapus(p, dibuat);
    assert_int_equal(stat(x, &st), -1);
    galat_bebas(&g);
    hapus_pohon(folder);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_timpa_gagal_dikembalikan),
        cmocka_unit_test(uji_timpa_berhasil),
        cmocka_unit_test(uji_timpa_folder_ditolak),
        cmocka_unit_test(uji_folder_bertingkat),
    };
    return cmocka_run_group_tests_name("keluaran_timpa", uji, siapkan, lepas);
}
