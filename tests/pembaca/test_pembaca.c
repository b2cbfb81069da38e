/*
 * test_pembaca.c - the reader's public API (pembaca/pembaca.h) on small
 * workbooks built here in memory with libzip: lookups, order, repeats,
 * every limit of buku_batas and the messages that name the cell.  The
 * whole-workbook comparisons (openpyxl, LibreOffice) are in
 * test_pembaca_banding.py.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <zip.h>

#include "dalam.h" /* rumus_geser, tested directly */
#include "pembaca.h"

typedef struct bagian {
    const char *nama, *isi;
} bagian;

typedef struct zip_memori {
    void *data;
    size_t ukuran;
} zip_memori;

/* A zip of the given parts, in memory (libzip's buffer source). */
static zip_memori buat_zip(const bagian *b, size_t n)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    assert_non_null(src);
    zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    assert_non_null(z);
    zip_source_keep(src);
    for (size_t i = 0; i < n; i++) {
        zip_source_t *s = zip_source_buffer(z, b[i].isi, strlen(b[i].isi), 0);
        assert_non_null(s);
        assert_true(zip_file_add(z, b[i].nama, s, ZIP_FL_OVERWRITE) >= 0);
    }
    assert_int_equal(zip_close(z), 0);
    zip_stat_t st;
    assert_int_equal(zip_source_stat(src, &st), 0);
    zip_memori m = {malloc(st.size), st.size};
    assert_non_null(m.data);
    assert_int_equal(zip_source_open(src), 0);
    assert_int_equal(zip_source_read(src, m.data, st.size),
                     (zip_int64_t)st.size);
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&ze);
    return m;
}

#define CT                                                                     \
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"           \
    "content-types\"/>"
#define WB                                                                     \
    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"    \
    "2006/relationships\"><sheets><sheet name=\"Satu\" r:id=\"a\"/>"           \
    "<sheet name=\"Dua\" r:id=\"b\"/></sheets></workbook>"
#define RELS                                                                   \
    "<Relationships><Relationship Id=\"a\" Target=\"worksheets/s1.xml\" "      \
    "Type=\"x/worksheet\"/><Relationship Id=\"b\" "                            \
    "Target=\"worksheets/s2.xml\" Type=\"x/worksheet\"/><Relationship "        \
    "Id=\"c\" Target=\"ss.xml\" Type=\"x/sharedStrings\"/></Relationships>"
#define SST                                                                    \
    "<sst><si><t>nol</t></si><si><r><t>sa</t></r><r><t>tu</t></r></si></sst>"

/* A two-sheet .xlsx whose first sheet is `lembar1`. */
static zip_memori xlsx(const char *lembar1)
{
    const bagian b[] = {
        {"[Content_Types].xml", CT},
        {"xl/workbook.xml", WB},
        {"xl/_rels/workbook.xml.rels", RELS},
        {"xl/ss.xml", SST},
        {"xl/worksheets/s1.xml", lembar1},
        {"xl/worksheets/s2.xml",
         "<worksheet><sheetData><row r=\"2\"><c r=\"B2\"><v>7</v></c></row>"
         "</sheetData></worksheet>"},
    };
    return buat_zip(b, sizeof b / sizeof b[0]);
}

static bool buka(zip_memori m, const buku_batas *batas, buku **b, buku_galat *g)
{
    bool ok = buku_buka_memori(m.data, m.ukuran, "uji.xlsx", batas, b, g);
    free(m.data);
    return ok;
}

/* Reading must fail with `kode` and a message holding `potongan`. */
static void harus_gagal(zip_memori m, const buku_batas *batas, buku_kode kode,
                        const char *potongan)
{
    buku *b = (buku *)1;
    buku_galat g;
    assert_false(buka(m, batas, &b, &g));
    assert_null(b);
    if (g.kode != kode || strstr(g.pesan, potongan) == NULL)
        fail_msg("code %d, message \"%s\"; expected code %d with \"%s\"",
                 g.kode, g.pesan, kode, potongan);
}

static void uji_alamat(void **state)
{
    (void)state;
    char a[16];
    assert_string_equal(buku_alamat(0, 0, a), "A1");
    assert_string_equal(buku_alamat(6, 5, a), "F7");
    assert_string_equal(buku_alamat(0, 25, a), "Z1");
    assert_string_equal(buku_alamat(0, 26, a), "AA1");
    assert_string_equal(buku_alamat(0, 701, a), "ZZ1");
    assert_string_equal(buku_alamat(0, 702, a), "AAA1");
    assert_string_equal(buku_alamat(1048575, 16383, a), "XFD1048576");

    uint32_t b, k;
    assert_true(buku_urai_alamat("F7", &b, &k));
    assert_int_equal(b, 6);
    assert_int_equal(k, 5);
    assert_true(buku_urai_alamat("$AAA$1", &b, &k));
    assert_int_equal(b, 0);
    assert_int_equal(k, 702);
    assert_true(buku_urai_alamat("XFD1048576", &b, &k));
    assert_int_equal(b, 1048575);
    assert_int_equal(k, 16383);
    const char *salah[] = {"",   "A",   "7",   "A0",     "XFE1", "A1048577",
                           "f7", "F7 ", "F-7", "AAAAA1", NULL};
    for (size_t i = 0; i < sizeof salah / sizeof salah[0]; i++)
        assert_false(buku_urai_alamat(salah[i], &b, &k));
}

/* A shared formula moved to another cell (the test of whole workbooks is
 * in test_pembaca_banding.py). */
static void uji_rumus_geser(void **state)
{
    (void)state;
    static const struct {
        const char *rumus;
        int64_t db, dk;
        const char *hasil;
    } kasus[] = {
        {"A1", 1, 1, "B2"},
        {"$A1+A$1+$A$1", 2, 3, "$A3+D$1+$A$1"},
        {"SUM(A:A,1:1,$C:$C)", 1, 1, "SUM(B:B,2:2,$C:$C)"},
        {"LOG10(A1)*ATAN2(B2,1)", 0, 1, "LOG10(B1)*ATAN2(C2,1)"},
        {"\"A1\"&'A1'!A1&\"x\"\"A1\"", 0, 1, "\"A1\"&'A1'!B1&\"x\"\"A1\""},
        {"Tabel1[[#This Row],[A1]]+A1", 1, 0, "Tabel1[[#This Row],[A1]]+A2"},
        {"[1]DATA!A1+DATA1!A1", 0, 1, "[1]DATA!B1+DATA1!B1"},
        {"1E+5+2.5E-3+A1", 0, 0, "1E+5+2.5E-3+A1"},
        {"_xlfn.XLOOKUP(A1,B:B,C:C)", 1, 0, "_xlfn.XLOOKUP(A2,B:B,C:C)"},
        {"A1+XFD1048576", -1, 0, "#REF!+XFD1048575"},
        {"XFD1+TRUE+PI()", 0, 1, "#REF!+TRUE+PI()"},
        {"", 3, 3, ""},
    };
    for (size_t i = 0; i < sizeof kasus / sizeof kasus[0]; i++) {
        char *h = rumus_geser(kasus[i].rumus, kasus[i].db, kasus[i].dk);
        assert_non_null(h);
        if (strcmp(h, kasus[i].hasil) != 0)
            fail_msg("%s moved (%lld, %lld): %s, expected %s", kasus[i].rumus,
                     (long long)kasus[i].db, (long long)kasus[i].dk, h,
                     kasus[i].hasil);
        free(h);
    }
}

static void uji_kode_teks(void **state)
{
    (void)state;
    for (int k = 0; k < BUKU_GALAT_JUMLAH_KODE; k++)
        assert_true(strlen(buku_kode_teks((buku_kode)k)) > 5);
    assert_string_equal(buku_kode_teks(BUKU_GALAT_BATAS),
                        "buku kerja melampaui batas pembaca");
    assert_string_equal(buku_kode_teks((buku_kode)99),
                        "kode galat tidak dikenal");
}

static void uji_xlsx_dasar(void **state)
{
    (void)state;
    buku *b;
    buku_galat g;
    /* Out of order and a duplicate: sorted, the later one wins. */
    zip_memori m = xlsx(
        "<worksheet><sheetData><row r=\"3\"><c r=\"C3\" t=\"s\"><v>1</v></c>"
        "<c r=\"A3\"><v>1.5</v></c></row><row r=\"1\"><c r=\"A1\"><v>2</v>"
        "</c><c r=\"A1\" t=\"b\"><v>1</v></c></row></sheetData></worksheet>");
    assert_true(buka(m, NULL, &b, &g));
    assert_int_equal(g.kode, BUKU_OK);
    assert_int_equal(buku_format_dari(b), BUKU_XLSX);
    assert_int_equal(buku_jumlah_lembar(b), 2);
    assert_string_equal(buku_nama_lembar(b, 0), "Satu");
    assert_string_equal(buku_nama_lembar(b, 1), "Dua");
    assert_null(buku_nama_lembar(b, 2));
    assert_int_equal(buku_cari_lembar(b, "Dua"), 1);
    assert_int_equal(buku_cari_lembar(b, "dua"), -1);

    size_t n;
    const buku_sel *s = buku_sel_lembar(b, 0, &n);
    assert_int_equal(n, 3);
    assert_int_equal(s[0].baris, 0);
    assert_int_equal(s[0].jenis, BUKU_BOOLEAN);
    assert_true(s[0].angka == 1);
    assert_int_equal(s[1].baris, 2);
    assert_int_equal(s[1].kolom, 0);
    assert_true(s[1].angka == 1.5);
    assert_int_equal(s[2].kolom, 2);
    assert_int_equal(s[2].jenis, BUKU_TEKS);
    assert_string_equal(s[2].teks, "satu");
    assert_int_equal(s[2].panjang, 4);
    assert_null(s[2].rumus);

    const buku_sel *d = buku_sel_di(b, 1, 1, 1);
    assert_non_null(d);
    assert_true(d->angka == 7);
    assert_null(buku_sel_di(b, 1, 1, 2));
    assert_null(buku_sel_di(b, 5, 0, 0));
    assert_ptr_equal(buku_sel_di(b, 0, 2, 2), &s[2]);
    buku_tutup(b);
    buku_tutup(NULL);
}

static void uji_xlsx_salah(void **state)
{
    (void)state;
    harus_gagal(xlsx("<worksheet><sheetData><row><c r=\"A0\"><v>1</v></c>"
                     "</row></sheetData></worksheet>"),
                NULL, BUKU_GALAT_ISI,
                "xl/worksheets/s1.xml: lembar 'Satu': alamat sel 'A0' "
                "tidak sah");
    harus_gagal(xlsx("<worksheet><sheetData><row><c r=\"B4\"><v>nan</v>"
                     "</c></row></sheetData></worksheet>"),
                NULL, BUKU_GALAT_ISI, "lembar 'Satu', sel B4: angka 'nan'");
    harus_gagal(xlsx("<worksheet><sheetData><row><c r=\"B4\"><v>1e999</v>"
                     "</c></row></sheetData></worksheet>"),
                NULL, BUKU_GALAT_ISI, "sel B4: angka '1e999' tidak sah");
    harus_gagal(xlsx("<worksheet><sheetData><row><c t=\"s\"><v>2</v></c>"
                     "</row></sheetData></worksheet>"),
                NULL, BUKU_GALAT_ISI,
                "sel A1: string bersama nomor '2' tidak ada (ada 2)");
    harus_gagal(xlsx("<worksheet><sheetData><row r=\"1048577\"/>"
                     "</sheetData></worksheet>"),
                NULL, BUKU_GALAT_ISI, "nomor baris '1048577' tidak sah");
    char dalam[4000] = "";
    for (int i = 0; i < 300; i++)
        strcat(dalam, "<a>");
    harus_gagal(xlsx(dalam), NULL, BUKU_GALAT_BATAS,
                "xl/worksheets/s1.xml: lembar 'Satu': XML bersarang lebih "
                "dari 256 tingkat pada baris 1");
    harus_gagal(xlsx("<worksheet><sheetData><row><c t=\"x\"><v>1</v></c>"
                     "</row></sheetData></worksheet>"),
                NULL, BUKU_GALAT_ISI, "sel A1: jenis sel 'x' tidak dikenal");
}

static void uji_batas(void **state)
{
    (void)state;
    const char *empat = "<worksheet><sheetData><row><c><v>1</v></c><c><v>2"
                        "</v></c><c><v>3</v></c><c><v>4</v></c></row>"
                        "</sheetData></worksheet>";
    buku_batas sel = {.sel_maks = 3};
    harus_gagal(xlsx(empat), &sel, BUKU_GALAT_BATAS,
                "uji.xlsx: xl/worksheets/s1.xml: lembar 'Satu', sel D1: "
                "lebih dari 3 sel dalam buku kerja");
    buku_batas cukup = {.sel_maks = 5}; /* 4 here, 1 on sheet Dua */
    buku *b;
    assert_true(buka(xlsx(empat), &cukup, &b, NULL));
    buku_tutup(b);

    buku_batas bagian_kecil = {.bagian_maks = 100};
    harus_gagal(xlsx(empat), &bagian_kecil, BUKU_GALAT_BATAS,
                "uji.xlsx: xl/_rels/workbook.xml.rels: bagian terlalu "
                "besar: 228 bita setelah diekstrak (batas 100)");
    /* rels 228, workbook 170, shared strings 80: the first sheet passes */
    buku_batas total = {.total_maks = 600};
    harus_gagal(xlsx(empat), &total, BUKU_GALAT_BATAS,
                "uji.xlsx: xl/worksheets/s2.xml: lembar 'Dua': bagian-bagian "
                "buku kerja bersama lebih dari 600 bita");
    buku_batas lembar = {.lembar_maks = 1};
    harus_gagal(xlsx(empat), &lembar, BUKU_GALAT_BATAS,
                "xl/workbook.xml: lebih dari 1 lembar");

    /* 32 767 characters (multi-byte ones count once) are a cell's most. */
    size_t n = BUKU_TEKS_MAKS;
    char *isi = malloc(3 * n + 200);
    assert_non_null(isi);
    strcpy(isi, "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>");
    char *p = isi + strlen(isi);
    for (size_t i = 0; i < n; i++, p += 2)
        memcpy(p, "\xc3\xa9", 2); /* e acute: 2 bytes, 1 character */
    strcpy(p, "</t></is></c></row></sheetData></worksheet>");
    assert_true(buka(xlsx(isi), NULL, &b, NULL));
    size_t jumlah;
    const buku_sel *s = buku_sel_lembar(b, 0, &jumlah);
    assert_int_equal(jumlah, 1);
    assert_int_equal(s[0].panjang, 2 * n);
    buku_tutup(b);
    char *t = strstr(isi, "</t>");
    memmove(t + 1, t, strlen(t) + 1);
    *t = 'x';
    harus_gagal(xlsx(isi), NULL, BUKU_GALAT_BATAS,
                "sel A1: teks lebih dari 32767 karakter");
    free(isi);
}

#define ODS_AWAL                                                               \
    "<office:document-content "                                                \
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "       \
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "         \
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:"   \
    "body><office:spreadsheet><table:table table:name=\"T\">"
#define ODS_AKHIR                                                              \
    "</table:table></office:spreadsheet></office:body></office:document-"      \
    "content>"

static zip_memori ods(const char *tabel)
{
    char *isi =
        malloc(strlen(ODS_AWAL) + strlen(tabel) + strlen(ODS_AKHIR) + 1);
    assert_non_null(isi);
    strcpy(isi, ODS_AWAL);
    strcat(isi, tabel);
    strcat(isi, ODS_AKHIR);
    const bagian b[] = {
        {"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
        {"content.xml", isi},
    };
    zip_memori m = buat_zip(b, 2);
    free(isi);
    return m;
}

#define ODS_ULANG                                                              \
    "<table:table-row table:number-rows-repeated=\"2\"/>"                      \
    "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell "     \
    "table:number-columns-repeated=\"2\" office:value-type=\"float\" "         \
    "office:value=\"4\"/><table:table-cell "                                   \
    "table:number-columns-repeated=\"16382\"/></table:table-row>"

static void uji_ods_ulang(void **state)
{
    (void)state;
    buku *b;
    buku_galat g;
    assert_true(buka(ods(ODS_ULANG), NULL, &b, &g));
    assert_int_equal(buku_format_dari(b), BUKU_ODS);
    size_t n;
    const buku_sel *s = buku_sel_lembar(b, 0, &n);
    assert_int_equal(n, 6);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(s[i].baris, 2 + i / 2);
        assert_int_equal(s[i].kolom, i % 2);
        assert_true(s[i].angka == 4);
    }
    buku_tutup(b);

    buku_batas batas = {.sel_maks = 5};
    harus_gagal(ods(ODS_ULANG), &batas, BUKU_GALAT_BATAS,
                "content.xml: lembar 'T', sel A3: baris berisi 2 sel diulang "
                "3 kali (table:number-rows-repeated): lebih dari 5 sel");
    harus_gagal(ods("<table:table-row><table:table-cell table:number-columns-"
                    "repeated=\"16385\" office:value-type=\"string\"/>"
                    "</table:table-row>"),
                NULL, BUKU_GALAT_ISI, "sel berisi di luar lembar");
    harus_gagal(ods("<table:table-row table:number-rows-repeated=\"0\"/>"),
                NULL, BUKU_GALAT_ISI,
                "table:number-rows-repeated '0' tidak sah");
    harus_gagal(ods("<table:table-row><table:table-cell office:value-type="
                    "\"float\" office:value=\"1,5\"/></table:table-row>"),
                NULL, BUKU_GALAT_ISI,
                "lembar 'T', sel A1: office:value '1,5' bukan angka");
}

static void uji_bukan_buku(void **state)
{
    (void)state;
    buku *b;
    buku_galat g;
    assert_false(buku_buka_memori("PK", 2, "x.xlsx", NULL, &b, &g));
    assert_int_equal(g.kode, BUKU_GALAT_BUKAN_ZIP);
    assert_string_equal(g.pesan, "x.xlsx: bukan buku kerja .xlsx atau .ods "
                                 "(bukan arsip zip)");
    assert_false(buku_buka_memori("", 0, "x.xlsx", NULL, &b, NULL));
    const unsigned char ole[16] = {0xD0, 0xCF, 0x11, 0xE0,
                                   0xA1, 0xB1, 0x1A, 0xE1};
    assert_false(buku_buka_memori(ole, sizeof ole, "lama.xls", NULL, &b, &g));
    assert_int_equal(g.kode, BUKU_GALAT_BUKAN_ZIP);
    assert_string_equal(g.pesan,
                        "lama.xls: buku kerja Excel 97-2003 (.xls) atau buku "
                        "kerja berkata sandi: simpan ulang sebagai .xlsx atau "
                        ".ods tanpa kata sandi");
    const bagian lain[] = {{"isi.txt", "halo"}};
    harus_gagal(buat_zip(lain, 1), NULL, BUKU_GALAT_BUKAN_BUKU,
                "uji.xlsx: arsip zip tanpa mimetype");
    const bagian tanpa_wb[] = {{"[Content_Types].xml", CT}};
    harus_gagal(buat_zip(tanpa_wb, 1), NULL, BUKU_GALAT_BUKAN_BUKU,
                "tanpa xl/workbook.xml");
    assert_false(buku_buka("/tidak/ada.xlsx", NULL, &b, &g));
    assert_int_equal(g.kode, BUKU_GALAT_BERKAS);
    assert_string_equal(g.pesan, "/tidak/ada.xlsx: tidak dapat dibuka: No "
                                 "such file or directory");
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_alamat),     cmocka_unit_test(uji_rumus_geser),
        cmocka_unit_test(uji_kode_teks),  cmocka_unit_test(uji_xlsx_dasar),
        cmocka_unit_test(uji_xlsx_salah), cmocka_unit_test(uji_batas),
        cmocka_unit_test(uji_ods_ulang),  cmocka_unit_test(uji_bukan_buku),
    };
    return cmocka_run_group_tests(uji, NULL, NULL);
}
