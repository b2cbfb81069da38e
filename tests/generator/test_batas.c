/*
 * test_batas.c - the rows each sheet takes, as batas.c counts them before
 * writing, are never fewer than the rows the writers then use (else a plan
 * the reader accepts could still pass a worksheet's 1 048 576 rows), and
 * not many more (else plans that fit would be refused).
 *
 * Two plans: the built-in example, and the example grown where the layout
 * is a maximum rather than a sum (a tujuan with more indicators than its
 * sasaran have rows, many programs under one sasaran, a sasaran without a
 * tujuan, a program without a sasaran, Renstra years and other regions).
 * Each is written with generator_tulis; each sheet's used range is read
 * from its <dimension> in the workbook (libzip).
 */
#include "uji.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "batas.h"
#include "contoh.h"
#include "generator.h"
#include "rencana.h"
#include "teks.h"
#include "uji_folder.h"
#include "uji_rencana.h"

/* How many rows above the writers' use a count may be: the fixed rows are
 * rounded up to 32 (96 for the Perjanjian Kinerja, a letter). */
#define LONGGAR 100

static const char *contoh_data(const char *nama)
{
    for (size_t i = 0; i < contoh_bawaan_jumlah; i++)
        if (strcmp(contoh_bawaan[i].nama, nama) == 0)
            return (const char *)contoh_bawaan[i].data;
    fail_msg("%s not in the example", nama);
    return NULL;
}

/* s + tambahan (both text), malloc'd. */
static char *sambung(const char *s, const char *tambahan)
{
    char *hasil = teks_cetak("%s%s", s, tambahan);
    assert_non_null(hasil);
    return hasil;
}

/* The last used row (1-based) of each sheet of one workbook, by name. */
typedef struct lembar_dipakai {
    char nama[64];
    size_t baris;
} lembar_dipakai;

static size_t lembar_buku(const char *jalur, lembar_dipakai *l, size_t maks)
{
    int e = 0;
    zip_t *z = zip_open(jalur, ZIP_RDONLY, &e);
    assert_non_null(z);
    char *wb = uji_zip_bagian(z, "xl/workbook.xml");
    assert_non_null(wb);
    size_t n = 0;
    for (const char *p = wb; (p = strstr(p, "<sheet name=\"")) && n < maks;
         n++) {
        p += strlen("<sheet name=\"");
        const char *akhir = strchr(p, '"');
        snprintf(l[n].nama, sizeof l[n].nama, "%.*s", (int)(akhir - p), p);
        char bagian[64];
        snprintf(bagian, sizeof bagian, "xl/worksheets/sheet%zu.xml", n + 1);
        char *ws = uji_zip_bagian(z, bagian);
        assert_non_null(ws);
        /* <dimension ref="A1:R57"/>: the last row is the digits at the
         * end */
        const char *d = strstr(ws, "<dimension ref=\"");
        assert_non_null(d);
        d += strlen("<dimension ref=\"");
        const char *tutup = strchr(d, '"');
        const char *q = tutup;
        while (q > d && q[-1] >= '0' && q[-1] <= '9')
            q--;
        l[n].baris = strtoul(q, NULL, 10);
        free(ws);
        p = akhir;
    }
    free(wb);
    zip_close(z);
    return n;
}

static void periksa_rencana(const rencana *r, const char *label)
{
    batas_lembar batas[BATAS_JUMLAH_LEMBAR];
    assert_true(batas_hitung(r, batas));

    char folder[] = "/tmp/uji-batas-XXXXXX";
    assert_non_null(mkdtemp(folder));
    generator_opsi o = {.folder = folder,
                        .buku = BUKU_SEMUA,
                        .tulis = {.rumus = RUMUS_ADDIN, .proteksi = true},
                        .timpa = false};
    char **ditulis = NULL;
    size_t n = 0;
    galat_rencana g;
    galat_init(&g);
    assert_int_equal(generator_tulis(r, &o, &ditulis, &n, &g), HASIL_OK);
    size_t dicek = 0;
    for (size_t b = 0; b < n; b++) {
        lembar_dipakai l[8];
        size_t nl = lembar_buku(ditulis[b], l, 8);
        for (size_t i = 0; i < nl; i++) {
            /* the PK's sheet is "PK" when the plan was never revised */
            const char *nama =
                strcmp(l[i].nama, "PK") == 0 ? "PK Perubahan" : l[i].nama;
            size_t j = 0;
            while (j < BATAS_JUMLAH_LEMBAR && strcmp(batas[j].lembar, nama))
                j++;
            if (j == BATAS_JUMLAH_LEMBAR)
                fail_msg("%s: sheet '%s' not counted", label, l[i].nama);
            printf("%s: %-20s used %6zu, counted %6zu\n", label, l[i].nama,
                   l[i].baris, batas[j].baris);
            if (l[i].baris > batas[j].baris)
                fail_msg("%s: %s uses %zu rows, counted %zu", label, l[i].nama,
                         l[i].baris, batas[j].baris);
            if (batas[j].baris > l[i].baris + LONGGAR)
                fail_msg("%s: %s counted %zu rows for %zu used", label,
                         l[i].nama, batas[j].baris, l[i].baris);
            dicek++;
        }
        unlink(ditulis[b]);
        free(ditulis[b]);
    }
    free(ditulis);
    rmdir(folder);
    assert_true(dicek >= 9);
    galat_bebas(&g);
}

/* The example's files, each a malloc'd copy a test may grow. */
static void salin_contoh(char *isi[UJI_RENCANA_BERKAS])
{
    for (int i = 0; i < UJI_RENCANA_BERKAS; i++)
        isi[i] = sambung(contoh_data(uji_rencana_nama[i]), "");
}

/* Builds the plan of isi, checks its counts as `label`, frees it all. */
static void periksa_teks(char *isi[UJI_RENCANA_BERKAS], const char *label)
{
    rencana r;
    galat_rencana g;
    galat_init(&g);
    if (!uji_rencana_dari_teks((const char *const *)isi, &r, &g))
        fail_msg("%s: %s", label, g.jumlah ? g.pesan[0] : "?");
    galat_bebas(&g);
    periksa_rencana(&r, label);
    rencana_bebas(&r);
    for (int i = 0; i < UJI_RENCANA_BERKAS; i++)
        free(isi[i]);
}

static void uji_contoh(void **state)
{
    (void)state;
    char *isi[UJI_RENCANA_BERKAS];
    salin_contoh(isi);
    periksa_teks(isi, "contoh");
}

/* Appends a line (malloc'd, taken over) to *s. */
static void tambah(char **s, char *baris)
{
    assert_non_null(baris);
    char *baru = sambung(*s, baris);
    free(baris);
    free(*s);
    *s = baru;
}

static void uji_tumbuh(void **state)
{
    (void)state;
    char *isi[UJI_RENCANA_BERKAS];
    salin_contoh(isi);
    /* a tujuan with more indicators than its sasaran have rows */
    for (size_t j = 0; j < 60; j++)
        tambah(
            &isi[1],
            teks_cetak("indikator;XT%zu;T1;Indikator tujuan %zu;;;1;;;;;;;\n",
                       j, j));
    /* a sasaran without a tujuan, with indicators, Renstra years and
     * other regions */
    tambah(&isi[1], teks_cetak("sasaran;SX;;Sasaran lepas;;;;;;;;;;\n"));
    for (size_t j = 0; j < 12; j++) {
        tambah(&isi[1],
               teks_cetak("indikator;XS%zu;SX;Indikator lepas %zu;;;1;;;;;;;\n",
                          j, j));
        tambah(&isi[3], teks_cetak("XS%zu;2023;1;;1;;;\n", j));
        tambah(&isi[3], teks_cetak("XS%zu;2025;1;;;;;\n", j));
        for (size_t k = 0; k < 4; k++)
            tambah(&isi[4], teks_cetak("XS%zu;Daerah %zu;1;;\n", j, k));
    }
    /* many programs under one sasaran, a few with kegiatan and
     * indicators; one program without a sasaran */
    for (size_t j = 0; j < 80; j++) {
        tambah(&isi[2],
               teks_cetak("program;XP%zu;;S1;Program %zu;;1.000;;\n", j, j));
        if (j % 10 == 0) {
            tambah(&isi[2],
                   teks_cetak("kegiatan;XP%zu.1;XP%zu;;Kegiatan;;2.000;;\n", j,
                              j));
            for (size_t k = 0; k < 3; k++)
                tambah(
                    &isi[1],
                    teks_cetak("indikator;XI%zu_%zu;XP%zu.1;Ind;;;1;;;;;;;\n",
                               j, k, j));
        }
    }
    tambah(&isi[2], teks_cetak("program;XL;;;Program lepas;;1.000;;\n"));
    periksa_teks(isi, "tumbuh");
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_contoh),
        cmocka_unit_test(uji_tumbuh),
    };
    return cmocka_run_group_tests_name("batas", uji, NULL, NULL);
}
