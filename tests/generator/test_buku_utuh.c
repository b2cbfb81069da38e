/*
 * test_buku_utuh.c - a workbook part cut short by a full disk is found
 * (buku_utuh.h): the XML check on whole and cut texts, and the check of a
 * zip whose part has a block-sized length, cut and whole.
 */
#include "uji.h"

#include <zip.h>

#include "buku_utuh.h"
#include "uji_folder.h"

UJI_BARIS(kasus_xml, const char *teks; bool utuh;);

static const kasus_xml tabel_xml[] = {
    {"sheet whole",
     "<?xml version=\"1.0\"?>\n<worksheet a=\"1\"><row/>"
     "</worksheet>",
     true},
    {"whole, white space after", "<worksheet>x</worksheet>\r\n", true},
    {"comment before the root", "<!-- a > b --><sst count=\"0\"></sst>", true},
    {"root closed in its own tag", "<?xml version=\"1.0\"?><calcChain/>", true},
    {"'>' in an attribute value", "<a t=\"x>y\">z</a>", true},
    {"cut inside a cell", "<?xml version=\"1.0\"?><worksheet><row><c r=\"A1",
     false},
    {"cut after an inner end tag", "<worksheet><sheetData></sheetData>", false},
    {"an inner element's name at the end", "<worksheet><worksheet>", false},
    {"other root's end tag", "<styleSheet></worksheet>", false},
    {"cut in the declaration", "<?xml version=", false},
    {"empty", "", false},
    {"only white space", " \n", false},
};

static void uji_xml(void **state)
{
    const kasus_xml *k = *state;
    assert_int_equal(buku_utuh_xml(k->teks, strlen(k->teks)), k->utuh);
}

/* A zip at jalur with one part `nama` holding teks. */
static void tulis_zip(const char *jalur, const char *nama, const char *teks)
{
    int e = 0;
    zip_t *z = zip_open(jalur, ZIP_CREATE | ZIP_TRUNCATE, &e);
    assert_non_null(z);
    zip_source_t *s = zip_source_buffer(z, teks, strlen(teks), 0);
    assert_non_null(s);
    assert_true(zip_file_add(z, nama, s, ZIP_FL_ENC_UTF_8) >= 0);
    assert_int_equal(zip_close(z), 0);
}

/* A sheet of exactly `panjang` bytes, whole (its end tag last) or cut
 * (the same length of its start). */
static char *lembar(size_t panjang, bool utuh)
{
    static const char awal[] = "<worksheet><sheetData>";
    static const char akhir[] = "</sheetData></worksheet>";
    char *t = malloc(panjang + 1);
    assert_non_null(t);
    memset(t, ' ', panjang);
    memcpy(t, awal, strlen(awal));
    if (utuh)
        memcpy(t + panjang - strlen(akhir), akhir, strlen(akhir));
    else
        memcpy(t + panjang - 7, "<c r=\"A", 7);
    t[panjang] = 0;
    return t;
}

static void uji_zip(void **state)
{
    galat_rencana *g = *state;
    char jalur[512];
    uji_folder_jalur(jalur, sizeof jalur, "buku.xlsx");
    /* 4096 bytes, as a disk of 4 KiB blocks leaves a part: read, found cut */
    char *t = lembar(4096, false);
    tulis_zip(jalur, "xl/worksheets/sheet1.xml", t);
    free(t);
    assert_false(buku_utuh_periksa(jalur, "buku.xlsx", g));
    assert_int_equal(g->jumlah, 1);
    assert_non_null(strstr(g->pesan[0], "xl/worksheets/sheet1.xml"));
    assert_non_null(strstr(g->pesan[0], "terpotong"));
    /* the same length whole, and a length no block gives */
    t = lembar(4096, true);
    tulis_zip(jalur, "xl/worksheets/sheet1.xml", t);
    free(t);
    assert_true(buku_utuh_periksa(jalur, "buku.xlsx", g));
    t = lembar(4000, false);
    tulis_zip(jalur, "xl/worksheets/sheet1.xml", t);
    free(t);
    assert_true(buku_utuh_periksa(jalur, "buku.xlsx", g));
    /* an empty part, and a part not XML */
    tulis_zip(jalur, "_rels/.rels", "");
    assert_false(buku_utuh_periksa(jalur, "buku.xlsx", g));
    tulis_zip(jalur, "xl/media/gambar.png", "");
    assert_int_equal(g->jumlah, 2);
    assert_true(buku_utuh_periksa(jalur, "buku.xlsx", g));
    /* not a zip at all */
    tulis_zip(jalur, "a.xml", "<a/>");
    FILE *f = fopen(jalur, "wb");
    assert_non_null(f);
    fputs("bukan zip", f);
    fclose(f);
    assert_false(buku_utuh_periksa(jalur, "buku.xlsx", g));
    assert_int_equal(g->jumlah, 3);
}

int main(void)
{
    int gagal = UJI_TABEL("buku_utuh_xml", tabel_xml, uji_xml);
    const struct CMUnitTest uji[] = {
        cmocka_unit_test_setup_teardown(uji_zip, uji_folder_mulai,
                                        uji_folder_akhiri),
    };
    return gagal | cmocka_run_group_tests_name(
                       "buku_utuh", uji, uji_folder_siapkan, uji_folder_lepas);
}
