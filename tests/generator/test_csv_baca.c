/*
 * test_csv_baca.c - the CSV reader: both separators, BOM, CRLF, quotes,
 * line numbers of rows, and every refusal with its line and column.
 */
#include "uji.h"

#include "csv_baca.h"

static void baca_sah(const char *isi, csv_tabel *t)
{
    galat_rencana g;
    galat_init(&g);
    bool ok = csv_baca_data("uji.csv", (const unsigned char *)isi, strlen(isi),
                            t, &g);
    if (!ok)
        fail_msg("expected success, got: %s",
                 g.jumlah ? g.pesan[0] : "(no message)");
    galat_bebas(&g);
}

static void uji_titik_koma_bom_crlf(void **state)
{
    (void)state;
    csv_tabel t;
    baca_sah("\xEF\xBB\xBFkode;uraian;pagu\r\n"
             "2.16.01;\"Program; dengan titik koma\";4.706.741.900\r\n"
             "\r\n"
             "2.16.02;\"dua\nbaris\";6.894.237.591\r\n"
             "2.16.03;\"kutip \"\"ganda\"\"\";7.284.905.500",
             &t);
    assert_int_equal(t.pemisah, ';');
    assert_int_equal(t.notasi, NOTASI_INDONESIA);
    assert_int_equal(t.jumlah, 4);
    assert_string_equal(t.baris[0].kolom[0], "kode"); /* BOM gone */
    assert_int_equal(t.baris[1].nomor, 2);
    assert_string_equal(t.baris[1].kolom[1], "Program; dengan titik koma");
    /* the blank line 3 is skipped; the row on lines 4-5 starts at 4 */
    assert_int_equal(t.baris[2].nomor, 4);
    assert_string_equal(t.baris[2].kolom[1], "dua\nbaris");
    assert_int_equal(t.baris[3].nomor, 6);
    assert_string_equal(t.baris[3].kolom[1], "kutip \"ganda\"");
    assert_string_equal(t.baris[3].kolom[2], "7.284.905.500");
    csv_tabel_bebas(&t);
}

static void uji_koma(void **state)
{
    (void)state;
    csv_tabel t;
    baca_sah("kode,target\nS1.1,3.75\nS1.2,\"1,5\"\n", &t);
    assert_int_equal(t.pemisah, ',');
    assert_int_equal(t.notasi, NOTASI_INTERNASIONAL);
    assert_int_equal(t.jumlah, 3);
    assert_string_equal(t.baris[1].kolom[1], "3.75");
    assert_string_equal(t.baris[2].kolom[1], "1,5");
    assert_int_equal(t.baris[2].nomor, 3);
    csv_tabel_bebas(&t);
}

static void uji_tanpa_bom_lf(void **state)
{
    (void)state;
    csv_tabel t;
    baca_sah("a;b\n1;2", &t); /* no final line feed */
    assert_int_equal(t.jumlah, 2);
    assert_string_equal(t.baris[1].kolom[1], "2");
    csv_tabel_bebas(&t);
}

/* The text of field k of row i in uji_blok: lengths 0 to 300 bytes, so
 * that fields keep crossing the reader's 64 KB blocks. */
static size_t isi_blok(char *ke, size_t i, size_t k)
{
    size_t n = (i * 7 + k * 131) % 301;
    for (size_t j = 0; j < n; j++)
        ke[j] = (char)('a' + (i + k + j) % 26);
    ke[n] = 0;
    return n;
}

/* Fields are kept in shared blocks: every one of 2 000 rows' fields
 * (about 600 KB, across blocks) and one field longer than a block (200
 * KB, a block of its own, between two rows) reads back whole. */
static void uji_blok(void **state)
{
    (void)state;
    enum { BARIS = 2000, KOLOM = 4, PANJANG = 200000 };
    char *csv = malloc((size_t)BARIS * KOLOM * 302 + PANJANG + 64);
    char *panjang = malloc(PANJANG + 1);
    char sel[302];
    assert_non_null(csv);
    assert_non_null(panjang);
    memset(panjang, 'x', PANJANG);
    panjang[PANJANG] = 0;
    size_t n = (size_t)sprintf(csv, "a;b;c;d\n");
    for (size_t i = 1; i <= BARIS; i++) {
        for (size_t k = 0; k < KOLOM; k++) {
            if (i == BARIS / 2 && k == 1) {
                memcpy(csv + n, panjang, PANJANG);
                n += PANJANG;
            } else {
                size_t m = isi_blok(sel, i, k);
                memcpy(csv + n, sel, m);
                n += m;
            }
            csv[n++] = k + 1 < KOLOM ? ';' : '\n';
        }
    }
    csv[n] = 0;
    csv_tabel t;
    baca_sah(csv, &t);
    assert_int_equal(t.jumlah, BARIS + 1);
    for (size_t i = 1; i <= BARIS; i++) {
        assert_int_equal(t.baris[i].jumlah, KOLOM);
        for (size_t k = 0; k < KOLOM; k++) {
            if (i == BARIS / 2 && k == 1) {
                assert_string_equal(t.baris[i].kolom[k], panjang);
                continue;
            }
            isi_blok(sel, i, k);
            assert_string_equal(t.baris[i].kolom[k], sel);
        }
    }
    csv_tabel_bebas(&t);
    free(panjang);
    free(csv);
}

typedef struct kasus_galat {
    const char *nama;
    const char *isi;
    size_t panjang;    /* 0: strlen */
    const char *pesan; /* expected start of the message */
} kasus_galat;

static const kasus_galat tabel_galat[] = {
    {"unterminated quote: line where the row starts", "a;b\n1;\"dua\n3;4\n", 0,
     "uji.csv:2:2: tanda kutip \" dibuka tetapi tidak pernah ditutup"},
    {"stray quote inside a field", "a;b\n1;2\nx;ab\"c\n", 0,
     "uji.csv:3:2: tanda kutip \" salah tempat"},
    {"text after a closing quote", "a;b\n\"x\"y;2\n", 0,
     "uji.csv:2:1: tanda kutip \" salah tempat"},
    {"Windows-1252 text: line and column", "a;b\n1;2\n3;caf\xE9\n", 0,
     "uji.csv:3:2: teks bukan UTF-8 (byte 0xE9)"},
    {"overlong UTF-8", "a;b\n\xC0\xAF;1\n", 0,
     "uji.csv:2:1: teks bukan UTF-8 (byte 0xC0)"},
    {"NUL byte", "a;b\n1;\0\n", 7, "uji.csv:2:2: berkas memuat byte NUL"},
    {"both separators in the header", "a;b,c\n1;2\n", 0,
     "uji.csv:1: baris judul memuat ';' dan ','"},
    {"tab separated", "a\tb\n1\t2\n", 0, "uji.csv:1: kolom dipisah tab"},
    {"one column only", "a\n1\n", 0,
     "uji.csv:1: baris judul tidak memuat pemisah"},
    {"empty file", "", 0, "uji.csv:1: baris judul tidak memuat pemisah"},
    {"only a BOM", "\xEF\xBB\xBF", 3,
     "uji.csv:1: baris judul tidak memuat pemisah"},
};

static void uji_galat(void **state)
{
    const kasus_galat *k = *state;
    galat_rencana g;
    galat_init(&g);
    csv_tabel t;
    size_t n = k->panjang ? k->panjang : strlen(k->isi);
    bool ok =
        csv_baca_data("uji.csv", (const unsigned char *)k->isi, n, &t, &g);
    assert_false(ok);
    assert_null(t.baris);
    assert_true(g.jumlah >= 1);
    if (strncmp(g.pesan[0], k->pesan, strlen(k->pesan)) != 0)
        fail_msg("message\n  '%s'\nexpected to start with\n  '%s'", g.pesan[0],
                 k->pesan);
    galat_bebas(&g);
}

static void uji_berkas_tidak_ada(void **state)
{
    (void)state;
    galat_rencana g;
    galat_init(&g);
    csv_tabel t;
    assert_false(
        csv_baca_berkas("/tidak/ada/sama/sekali.csv", "sekali.csv", &t, &g));
    assert_int_equal(g.jumlah, 1);
    assert_true(strstr(g.pesan[0], "sekali.csv: tidak dapat dibuka") ==
                g.pesan[0]);
    galat_bebas(&g);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_titik_koma_bom_crlf), cmocka_unit_test(uji_koma),
        cmocka_unit_test(uji_tanpa_bom_lf),        cmocka_unit_test(uji_blok),
        cmocka_unit_test(uji_berkas_tidak_ada),
    };
    int gagal = cmocka_run_group_tests_name("csv_baca", uji, NULL, NULL);
    gagal += uji_per_baris("csv_baca galat", tabel_galat, sizeof tabel_galat[0],
                           UJI_JUMLAH(tabel_galat), uji_galat);
    return gagal;
}
