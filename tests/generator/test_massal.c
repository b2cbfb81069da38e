/*
 * test_massal.c - batch mode (massal.h): which subfolders are plans, the
 * child's report and its reading back, and a run over a folder with good
 * plans and a bad one in parallel processes.
 */
#include "uji.h"

#include <sys/stat.h>
#include <unistd.h>

#include "massal.h"
#include "uji_folder.h"

static void jalur(char *buf, size_t n, const char *a, const char *b)
{
    snprintf(buf, n, "%s/%s%s%s", uji_folder, a, b ? "/" : "", b ? b : "");
}

static void tulis(const char *folder, const char *nama, const char *isi)
{
    char p[512];
    jalur(p, sizeof p, folder, nama);
    uji_tulis_teks(p, isi);
}

static void buat_folder(const char *nama)
{
    char p[512];
    jalur(p, sizeof p, nama, NULL);
    assert_int_equal(mkdir(p, 0777), 0);
}

/* Subfolders only, sorted, hidden ones and files left out. */
static void uji_daftar(void **state)
{
    (void)state;
    buat_folder("daftar");
    buat_folder("daftar/zeta");
    buat_folder("daftar/alfa");
    buat_folder("daftar/.git");
    buat_folder("daftar/Beta");
    tulis("daftar", "catatan.txt", "bukan rencana\n");
    char p[512];
    jalur(p, sizeof p, "daftar", NULL);
    galat_rencana g;
    galat_init(&g);
    char **nama = NULL;
    size_t n = 0;
    assert_true(massal_daftar(p, &nama, &n, &g));
    assert_int_equal(n, 3);
    assert_string_equal(nama[0], "Beta");
    assert_string_equal(nama[1], "alfa");
    assert_string_equal(nama[2], "zeta");
    for (size_t i = 0; i < n; i++)
        free(nama[i]);
    free(nama);
    /* no plan inside: not a collection of plans */
    assert_false(massal_tampak_kumpulan(p));
    tulis("daftar/alfa", "identitas.csv", "kunci;nilai\n");
    assert_true(massal_tampak_kumpulan(p));
    /* a plan folder itself is not a collection */
    jalur(p, sizeof p, "daftar", "alfa");
    assert_false(massal_tampak_kumpulan(p));
    jalur(p, sizeof p, "tidak-ada", NULL);
    assert_false(massal_daftar(p, &nama, &n, &g));
    assert_int_equal(g.jumlah, 1);
    assert_non_null(strstr(g.pesan[0], "tidak dapat dibaca"));
    galat_bebas(&g);
}

/* The report a child sends, read back in the parent. */
static void uji_laporan(void **state)
{
    (void)state;
    galat_rencana g;
    galat_init(&g);
    galat_tambah(&g, "a/anggaran.csv", 12, 8, "realisasi '%s' bukan angka",
                 "baris\nbaru");
    galat_tambah(&g, NULL, 0, 0, "kedua");
    g.terbuang = 3;
    char *berkas[2] = {"h/rkt-2024.xlsx", "h/pk-2024.xlsx"};
    char *teks = massal_laporan_teks(HASIL_RENCANA_SALAH, berkas, 2, &g);
    assert_non_null(teks);
    assert_string_equal(teks, "H 1\nB h/rkt-2024.xlsx\nB h/pk-2024.xlsx\n"
                              "G a/anggaran.csv:12:8: realisasi 'baris baru' "
                              "bukan angka\nG kedua\nT 3\n");
    massal_satu s;
    memset(&s, 0, sizeof s);
    galat_init(&s.galat);
    assert_true(massal_laporan_baca(teks, &s));
    assert_int_equal(s.hasil, HASIL_RENCANA_SALAH);
    assert_int_equal(s.jumlah_berkas, 2);
    assert_string_equal(s.berkas[1], "h/pk-2024.xlsx");
    assert_int_equal(s.galat.jumlah, 2);
    assert_string_equal(s.galat.pesan[0], "a/anggaran.csv:12:8: realisasi "
                                          "'baris baru' bukan angka");
    assert_int_equal(s.galat.terbuang, 3);
    for (size_t i = 0; i < s.jumlah_berkas; i++)
        free(s.berkas[i]);
    free(s.berkas);
    galat_bebas(&s.galat);
    free(teks);
    galat_bebas(&g);
    /* a report cut off before its status is no report */
    massal_satu kosong;
    memset(&kosong, 0, sizeof kosong);
    assert_false(massal_laporan_baca("B x\n", &kosong));
    for (size_t i = 0; i < kosong.jumlah_berkas; i++)
        free(kosong.berkas[i]);
    free(kosong.berkas);
}

/* Three good plans and a bad one, two processes at a time: the good ones
 * are written, the bad one is reported with file:line:column and leaves
 * nothing behind. */
static void uji_jalankan(void **state)
{
    (void)state;
    buat_folder("kumpulan");
    static const char *const nama[] = {"dinas-a", "dinas-b", "dinas-c",
                                       "rusak"};
    char p[512];
    galat_rencana g;
    galat_init(&g);
    for (size_t i = 0; i < UJI_JUMLAH(nama); i++) {
        jalur(p, sizeof p, "kumpulan", nama[i]);
        assert_int_equal(generator_salin_contoh(p, false, &g), HASIL_OK);
    }
    tulis("kumpulan/rusak", "renstra.csv",
          "indikator;tahun;target\nS1.1;2024;3,75\nS1.1;2024;4\n");
    char masuk[512], keluar[512];
    jalur(masuk, sizeof masuk, "kumpulan", NULL);
    jalur(keluar, sizeof keluar, "hasil", NULL);
    massal_opsi o = {masuk,
                     {keluar,
                      BUKU_REALISASI | BUKU_PK,
                      {RUMUS_ADDIN, true, KERTAS_A4, false},
                      false},
                     false,
                     false,
                     2};
    massal_laporan lap;
    generator_hasil h = massal_jalankan(&o, &lap, NULL, NULL, &g);
    assert_int_equal(h, HASIL_SEBAGIAN_GAGAL);
    assert_int_equal(g.jumlah, 0);
    assert_int_equal(lap.jumlah, 4);
    assert_int_equal(lap.berhasil, 3);
    assert_int_equal(lap.gagal, 1);
    for (size_t i = 0; i < 3; i++) {
        const massal_satu *s = &lap.rencana[i];
        assert_string_equal(s->nama, nama[i]);
        assert_int_equal(s->hasil, HASIL_OK);
        assert_int_equal(s->jumlah_berkas, 2);
        assert_int_equal(access(s->berkas[0], R_OK), 0);
        assert_non_null(strstr(s->berkas[0], nama[i]));
    }
    const massal_satu *r = &lap.rencana[3];
    assert_int_equal(r->hasil, HASIL_RENCANA_SALAH);
    assert_true(r->galat.jumlah >= 1);
    char harap[600];
    snprintf(harap, sizeof harap,
             "%s/rusak/renstra.csv:3: indikator 'S1.1' tahun 2024 sudah ada "
             "di baris 2",
             masuk);
    assert_string_equal(r->galat.pesan[0], harap);
    assert_int_not_equal(access(r->folder_keluar, F_OK), 0);
    massal_laporan_bebas(&lap);

    /* again without --timpa: every set exists, each is refused alone */
    h = massal_jalankan(&o, &lap, NULL, NULL, &g);
    assert_int_equal(h, HASIL_SEBAGIAN_GAGAL);
    assert_int_equal(lap.gagal, 4);
    assert_int_equal(lap.rencana[0].hasil, HASIL_SUDAH_ADA);
    massal_laporan_bebas(&lap);
    galat_bebas(&g);
}

static void uji_tanpa_rencana(void **state)
{
    (void)state;
    buat_folder("kosong");
    char masuk[512], keluar[512];
    jalur(masuk, sizeof masuk, "kosong", NULL);
    jalur(keluar, sizeof keluar, "hasil-kosong", NULL);
    massal_opsi o = {
        masuk,
        {keluar, BUKU_SEMUA, {RUMUS_ADDIN, true, KERTAS_A4, false}, false},
        false,
        false,
        1};
    massal_laporan lap;
    galat_rencana g;
    galat_init(&g);
    assert_int_equal(massal_jalankan(&o, &lap, NULL, NULL, &g),
                     HASIL_PEMAKAIAN);
    assert_int_equal(g.jumlah, 1);
    assert_non_null(strstr(g.pesan[0], "tidak ada subfolder rencana"));
    assert_int_not_equal(access(keluar, F_OK), 0);
    massal_laporan_bebas(&lap);
    galat_bebas(&g);
    assert_true(massal_jumlah_inti() >= 1);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_daftar),
        cmocka_unit_test(uji_laporan),
        cmocka_unit_test(uji_jalankan),
        cmocka_unit_test(uji_tanpa_rencana),
    };
    return cmocka_run_group_tests_name("massal", uji, uji_folder_siapkan,
                                       uji_folder_lepas);
}
