/*
 * test_tata.c - the sheet layouts as data (tata.h): what a reader of
 * filled workbooks will rely on (names that find the example report's
 * columns, header rows, where the body starts), and what staff see in
 * every input (a prompt that fits the xlsx limit); the add-in note's
 * formula; tables placed on another page's columns (the PK's); and a
 * run of columns repeated per item (Perbandingan's years).
 */
#include "uji.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pembaca.h"
#include "rumus.h"
#include "tulis.h"
#include "uji_folder.h"

static const tata_lembar *const semua[] = {
    &tata_rkt,         &tata_pengukuran, &tata_triwulan,     &tata_realisasi,
    &tata_pemeriksaan, &tata_ringkasan,  &tata_perbandingan,
};
#define JUMLAH (sizeof semua / sizeof semua[0])

static void uji_nama_unik_dan_petunjuk(void **state)
{
    (void)state;
    for (size_t i = 0; i < JUMLAH; i++) {
        const tata_lembar *t = semua[i];
        assert_true(t->jumlah_kolom > 0);
        assert_true(strlen(t->nama) <= 31); /* a sheet name's limit */
        for (unsigned k = 0; k < t->jumlah_kolom; k++) {
            const tata_kolom *c = &t->kolom[k];
            assert_non_null(c->nama);
            assert_non_null(c->judul);
            assert_true(c->lebar > 0);
            /* a reader finds each column, and only it, by its name */
            assert_int_equal(tata_kolom_cari(t, c->nama), (int)k);
            if (c->isi == TATA_ISIAN || c->isi == TATA_ISIAN_TEKS) {
                /* every input says what it wants, within 255 bytes */
                assert_non_null(c->petunjuk);
                assert_true(strlen(c->petunjuk) > 20);
                assert_true(strlen(c->petunjuk) <= 255);
            }
        }
        assert_int_equal(tata_kolom_cari(t, "tidak-ada"), -1);
    }
}

/* Every guarded column (tata_lembar.jaga) names a column of its own
 * sheet: a computed one following an input, or a label closed by a
 * computed column that follows one (tata_jaga would otherwise guard
 * nothing). */
static void uji_jaga(void **state)
{
    (void)state;
    for (size_t i = 0; i < JUMLAH; i++) {
        const tata_lembar *t = semua[i];
        for (unsigned j = 0; j < t->jumlah_jaga; j++) {
            const tata_jaga_kolom *c = &t->jaga[j];
            int k = tata_kolom_cari(t, c->kolom);
            assert_true(k >= 0);
            assert_true((c->ikut == NULL) != (c->tutup == NULL));
            if (c->ikut) {
                assert_int_equal(t->kolom[k].isi, TATA_RUMUS);
                int ki = tata_kolom_cari(t, c->ikut);
                assert_true(ki >= 0);
                assert_int_equal(t->kolom[ki].isi, TATA_ISIAN);
            } else {
                assert_int_equal(t->kolom[k].isi, TATA_LABEL);
                bool ikut = false;
                for (unsigned q = 0; q < t->jumlah_jaga; q++)
                    ikut |=
                        t->jaga[q].ikut && !strcmp(t->jaga[q].kolom, c->tutup);
                assert_true(ikut);
            }
        }
    }
    assert_true(tata_realisasi.jumlah_jaga > 0);
    assert_true(tata_pengukuran.jumlah_jaga > 0);
}

/* The count of rows without their formula: one SUMPRODUCT per input
 * followed (Realisasi Anggaran: % and Kategori follow the realisasi, one
 * term), the ranges on the sheet, absolute; none for a sheet without such
 * a column. */
static void uji_rumus_hilang(void **state)
{
    (void)state;
    rumus r;
    assert_true(tata_rumus_hilang(&r, &tata_realisasi, 6, 143, 0));
    assert_string_equal(r.teks, "SUMPRODUCT(ISNUMBER('Realisasi "
                                "Anggaran'!$G$7:$G$144)*ISBLANK('Realisasi "
                                "Anggaran'!$H$7:$H$144))");
    assert_int_equal(r.hasil.jenis, SEL_ANGKA);
    assert_true(tata_rumus_hilang(&r, &tata_pengukuran, 5, 15, 2));
    /* capaian follows the realisasi, serapan the realisasi anggaran */
    assert_string_equal(r.teks,
                        "SUMPRODUCT(ISNUMBER('Pengukuran Kinerja'!$F$6:$F$16)*"
                        "ISBLANK('Pengukuran Kinerja'!$G$6:$G$16))+SUMPRODUCT("
                        "ISNUMBER('Pengukuran Kinerja'!$L$6:$L$16)*ISBLANK("
                        "'Pengukuran Kinerja'!$M$6:$M$16))");
    assert_true(r.hasil.angka == 2);
    assert_false(tata_rumus_hilang(&r, &tata_rkt, 5, 15, 0));
}

static void uji_tempat_seed(void **state)
{
    (void)state;
    /* the cells the example report's figures are checked in (F7, G7 of
     * Realisasi Anggaran; F7 of Pengukuran; E8 of Ringkasan) */
    assert_int_equal(tata_kolom_cari(&tata_realisasi, "pagu"), 5);
    assert_int_equal(tata_kolom_cari(&tata_realisasi, "realisasi"), 6);
    assert_int_equal(tata_baris_isi(&tata_realisasi), 6);
    assert_int_equal(tata_kolom_cari(&tata_pengukuran, "realisasi"), 5);
    assert_int_equal(tata_baris_isi(&tata_pengukuran), 6);
    assert_int_equal(tata_kolom_cari(&tata_ringkasan, "realisasi"), 4);
    assert_int_equal(tata_baris_isi(&tata_ringkasan), 7);
    assert_int_equal(tata_kolom_cari(&tata_triwulan, "tw_1"), 5);
    assert_int_equal(tata_baris_isi(&tata_triwulan), 5);
    /* the RKT: group, subgroup ("Target %d") and titles, no numbering */
    assert_int_equal(tata_tinggi_kepala(&tata_rkt), 3);
    assert_int_equal(tata_baris_isi(&tata_rkt), 7);
    assert_string_equal(tata_rkt.kolom[9].subgrup, "Target %d");
    /* inputs and formulas where staff expect them */
    assert_int_equal(tata_realisasi.kolom[6].isi, TATA_ISIAN);
    assert_int_equal(tata_realisasi.kolom[7].isi, TATA_RUMUS);
    assert_int_equal(tata_pengukuran.peran, TATA_RESMI);
    assert_int_equal(tata_pemeriksaan.peran, TATA_BANTU);
}

/* How the layouts print across (tata_cetak): every name they give finds
 * its column (a misspelt one would silently print without its key
 * column), and the choices the printed-page measurement rests on. */
static void uji_cetak(void **state)
{
    (void)state;
    for (size_t i = 0; i < JUMLAH; i++) {
        const tata_cetak *c = &semua[i]->cetak;
        if (c->kunci)
            assert_true(tata_kolom_cari(semua[i], c->kunci) >= 0);
        for (size_t k = 0;
             k < sizeof c->awal_halaman / sizeof c->awal_halaman[0] &&
             c->awal_halaman[k];
             k++)
            assert_true(tata_kolom_cari(semua[i], c->awal_halaman[k]) > 0);
    }
    /* the column that tells which row a figure belongs to, repeated */
    assert_string_equal(tata_realisasi.cetak.kunci, "uraian");
    assert_string_equal(tata_pemeriksaan.cetak.kunci, "uraian");
    assert_string_equal(tata_ringkasan.cetak.kunci, "indikator");
    assert_string_equal(tata_triwulan.cetak.kunci, "indikator");
    /* the RKT repeats the kegiatan's name, the first page's last column:
     * a header of its own, no group header for the page edge to cut; its
     * pages across start where a group starts */
    assert_string_equal(tata_rkt.cetak.kunci, "kegiatan");
    assert_null(tata_rkt.kolom[tata_kolom_cari(&tata_rkt, "kegiatan")].grup);
    for (size_t k = 0; k < 3; k++) {
        int c = tata_kolom_cari(&tata_rkt, tata_rkt.cetak.awal_halaman[k]);
        assert_true(c > 0);
        const char *kiri = tata_rkt.kolom[c - 1].grup;
        assert_non_null(tata_rkt.kolom[c].grup);
        assert_true(!kiri || strcmp(kiri, tata_rkt.kolom[c].grup) != 0);
    }
    assert_string_equal(tata_pengukuran.cetak.awal_halaman[0], "program");
    /* Realisasi Anggaran's reported columns start the next page */
    assert_string_equal(tata_realisasi.cetak.awal_halaman[0],
                        "pagu_dilaporkan");
}

static void uji_pesan_addin(void **state)
{
    (void)state;
    rumus r;
    rumus_pesan_addin(&r, "PERHATIAN \"x\"", "Isi sel berwarna.");
    assert_string_equal(r.teks,
                        "IF(ISERROR(ID.KINERJA.FUNGSI.CAPAIAN(1,1+0*NOW())),"
                        "\"PERHATIAN \"\"x\"\"\",\"Isi sel berwarna.\")");
    assert_int_equal(r.hasil.jenis, SEL_TEKS);
    assert_string_equal(r.hasil.teks, "Isi sel berwarna.");
    rumus_pesan_addin(&r, "P", "");
    assert_int_equal(r.hasil.jenis, SEL_KOSONG);
    /* a long text is joined from pieces Excel accepts, cut between
     * characters: 300 x "é" (2 bytes each) */
    char panjang[601];
    for (int i = 0; i < 300; i++)
        memcpy(panjang + 2 * i, "\xC3\xA9", 2);
    panjang[600] = 0;
    rumus_pesan_addin(&r, panjang, "");
    const char *p = strstr(r.teks, "\"&\"");
    assert_non_null(p);
    size_t sebelum = 0;
    for (const char *q = strchr(r.teks, '"') + 1; q < p; q++)
        sebelum++;
    assert_true(sebelum <= 255);
    assert_int_equal(sebelum % 2, 0); /* never half a character */
}

/* Every input says what it wants: a validation without its prompt title
 * or prompt is refused (no general fallback), and a prompt longer than
 * the xlsx limit is cut, not refused. */
static void uji_petunjuk_wajib(void **state)
{
    (void)state;
    char jalur[] = "/tmp/uji-tata-XXXXXX";
    int fd = mkstemp(jalur);
    assert_true(fd >= 0);
    close(fd);
    lxw_workbook *wb = workbook_new(jalur);
    assert_non_null(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, NULL);
    assert_non_null(ws);
    assert_int_equal(lembar_validasi_isian(ws, 1, 1, 1, 1, "Nama", NULL, false),
                     LXW_ERROR_PARAMETER_VALIDATION);
    assert_int_equal(
        lembar_validasi_isian(ws, 1, 1, 1, 1, "", "Ketik nama.", false),
        LXW_ERROR_PARAMETER_VALIDATION);
    assert_int_equal(
        lembar_validasi_isian(ws, 1, 1, 1, 1, "Nama", "Ketik nama.", false),
        LXW_NO_ERROR);
    lembar_indikator persen = {"%", 60, 0, 4};
    assert_int_equal(
        lembar_validasi_indikator(ws, 2, 5, 2, 5, &persen, "Realisasi", NULL),
        LXW_ERROR_PARAMETER_VALIDATION);
    assert_int_equal(lembar_validasi_indikator(ws, 2, 5, 2, 8, &persen,
                                               "Realisasi", "Ketik realisasi."),
                     LXW_NO_ERROR);
    /* fixed target below 1 %: the plain rule */
    lembar_indikator kecil = {"%", 0.5, 1, -1};
    assert_int_equal(lembar_validasi_indikator(ws, 3, 5, 3, 5, &kecil,
                                               "Realisasi", "Ketik realisasi."),
                     LXW_NO_ERROR);
    char panjang[601];
    for (int i = 0; i < 300; i++)
        memcpy(panjang + 2 * i, "\xC3\xA9", 2);
    panjang[600] = 0;
    assert_int_equal(
        lembar_validasi_isian(ws, 4, 1, 4, 1, panjang, panjang, true),
        LXW_NO_ERROR);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    unlink(jalur);
}

/* Row heights from text (lembar_tinggi): Arial 10 widths a tenth over
 * (a = 556/1000 of 10 pt, 6.116 pt; e-acute, two bytes, 722/1000: 7.942
 * pt), wrapped in 7 w + 5 - 6 points (69 at width 10), 12.75 pt a line
 * and 3 over, 409 at most; a label measured once and shared among the
 * rows of each printed piece. */
static void uji_tinggi(void **state)
{
    (void)state;
    assert_true(lembar_tinggi("", 10) == 15.75);
    assert_true(lembar_tinggi("aaaaaaaaaaa", 10) == 15.75);  /* 67.3 pt */
    assert_true(lembar_tinggi("aaaaaaaaaaaa", 10) == 28.5);  /* 73.4 pt */
    assert_true(lembar_tinggi("aaaaaa aaaaaa", 10) == 28.5); /* 76.5 pt */
    assert_true(lembar_tinggi("aaaaa aaaaa", 10) == 15.75);  /* 64.2 pt */
    /* 8 and 9 e-acute (63.5 and 71.5 pt): a continuation byte adds
     * nothing, a character one width */
    assert_true(lembar_tinggi("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                              "\xC3\xA9\xC3\xA9",
                              10) == 15.75);
    assert_true(lembar_tinggi("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                              "\xC3\xA9\xC3\xA9\xC3\xA9",
                              10) == 28.5);
    assert_true(lembar_tinggi("a\nb\nc", 10) == 41.25);
    char panjang[81];
    for (int i = 0; i < 40; i++)
        memcpy(panjang + 2 * i, "a\n", 2);
    panjang[79] = 0; /* 40 lines: 513 pt */
    assert_true(lembar_tinggi(panjang, 10) == 409.0);

    lembar_tinggi_peta t = LEMBAR_TINGGI_KOSONG;
    assert_true(lembar_label(&t, 2, 5, 0, "aaaaaaaaaaaa", NULL, 10));
    assert_true(lembar_label_angka(&t, 2, 5, 1, 7, NULL));
    assert_true(t.label[0].tinggi == 28.5);
    for (unsigned r = 2; r <= 5; r++)
        assert_true(t.tinggi[r] == 28.5 / 4);
    /* a piece of rows 4..5 (a page break at 4) holds the text in two */
    lembar_label_perlu(&t, &t.label[0], 4, 5);
    lembar_label_perlu(&t, &t.label[1], 2, 2); /* a number: one line */
    assert_true(t.tinggi[2] == 28.5 / 4);
    assert_true(t.tinggi[3] == 28.5 / 4);
    assert_true(t.tinggi[4] == 28.5 / 2);
    assert_true(t.tinggi[5] == 28.5 / 2);
    free(t.label[0].teks);
    free(t.label);
    free(t.tinggi);
}

/* A table placed on another page's columns (tata_lembar.rentang): each
 * declared column starts where the ones before it end. */
static const unsigned rentang_uji[] = {1, 2, 1, 2};
static const tata_kolom kolom_uji[] = {
    {"no", NULL, NULL, "No", 4, TATA_LABEL, NULL},
    {"uraian", NULL, NULL, "Uraian program", 30, TATA_LABEL, NULL},
    {"target", "Kinerja %d", NULL, "Target", 10, TATA_LABEL, NULL},
    {"realisasi", "Kinerja %d", NULL, "Realisasi", 20, TATA_LABEL, NULL},
};
static const tata_lembar tata_uji = {.nama = "Uji",
                                     .kolom = kolom_uji,
                                     .jumlah_kolom = 4,
                                     .nomor_kolom = true,
                                     .rentang = rentang_uji};

static void uji_rentang(void **state)
{
    (void)state;
    /* sheet columns: A no, B:C uraian, D target, E:F realisasi */
    static const unsigned awal[] = {0, 1, 3, 4}, akhir[] = {0, 2, 3, 5};
    for (unsigned k = 0; k < 4; k++) {
        assert_int_equal(tata_kolom_sel(&tata_uji, k), awal[k]);
        assert_int_equal(tata_kolom_sel_akhir(&tata_uji, k), akhir[k]);
    }
    assert_int_equal(tata_sel_cari(&tata_uji, "realisasi"), 4);
    assert_int_equal(tata_sel_cari(&tata_uji, "tidak-ada"), -1);
    /* without rentang: one sheet column each, as every table sheet */
    int k = tata_kolom_cari(&tata_realisasi, "pagu");
    assert_true(k > 0);
    assert_int_equal(tata_sel_cari(&tata_realisasi, "pagu"), k);
    assert_int_equal(tata_kolom_sel_akhir(&tata_realisasi, (unsigned)k),
                     (unsigned)k);
}

/* The PK lampiran's tables and the letter's parts share the letter's
 * five columns: each covers them all, and the columns a reader looks up
 * (the target in E, the anggaran in D, the programs from B, the date and
 * the pihak pertama over D:E) are where the writer puts them. */
static void uji_pk(void **state)
{
    (void)state;
    const tata_lembar *const pk[] = {&tata_pk_sasaran, &tata_pk_lainnya,
                                     &tata_pk_program, &tata_pk_pihak,
                                     &tata_pk_ttd};
    for (size_t i = 0; i < sizeof pk / sizeof pk[0]; i++) {
        const tata_lembar *t = pk[i];
        double lebar = 0;
        for (unsigned k = 0; k < t->jumlah_kolom; k++) {
            lebar += t->kolom[k].lebar;
            assert_int_equal(tata_kolom_cari(t, t->kolom[k].nama), (int)k);
        }
        assert_int_equal(tata_kolom_sel_akhir(t, t->jumlah_kolom - 1), 4);
        assert_float_equal(lebar, 4 + 20 + 9 + 14 + 12, 1e-9);
    }
    assert_int_equal(tata_sel_cari(&tata_pk_sasaran, "target"), 4);
    assert_int_equal(tata_sel_cari(&tata_pk_sasaran, "indikator"), 2);
    assert_int_equal(tata_kolom_sel_akhir(&tata_pk_sasaran, 2), 3);
    assert_int_equal(tata_sel_cari(&tata_pk_program, "anggaran"), 3);
    assert_int_equal(tata_sel_cari(&tata_pk_program, "program"), 1);
    assert_int_equal(tata_kolom_sel_akhir(&tata_pk_program, 1), 2);
    assert_int_equal(tata_sel_cari(&tata_pk_ttd, "pihak_pertama"), 3);
    assert_int_equal(tata_sel_cari(&tata_pk_pihak, "isi"), 2);
    /* the pagu murni typed on PK Murni says what to type */
    int ka = tata_kolom_cari(&tata_pk_program, "anggaran");
    assert_int_equal(tata_pk_program.kolom[ka].isi, TATA_ISIAN);
    assert_true(strlen(tata_pk_program.kolom[ka].petunjuk) > 20);
}

/* A workbook a test writes: its file in the test folder, its styles, the
 * standard formula mode on protected sheets. */
typedef struct buku_uji {
    char jalur[300];
    lxw_workbook *wb;
    gaya g;
    tulis_opsi o;
} buku_uji;

static void buku_uji_buat(buku_uji *u, const char *nama)
{
    uji_folder_jalur(u->jalur, sizeof u->jalur, nama);
    u->wb = workbook_new(u->jalur);
    assert_non_null(u->wb);
    assert_true(gaya_buat(&u->g, u->wb));
    u->o = (tulis_opsi){.rumus = RUMUS_STANDAR, .proteksi = true};
}

/* Closes the workbook; returns its first sheet's XML (malloc'd). */
static char *buku_uji_tutup(buku_uji *u)
{
    assert_int_equal(workbook_close(u->wb), LXW_NO_ERROR);
    gaya_bebas(&u->g);
    zip_t *z = zip_open(u->jalur, ZIP_RDONLY, NULL);
    assert_non_null(z);
    char *xml = uji_zip_bagian(z, "xl/worksheets/sheet1.xml");
    zip_close(z);
    assert_non_null(xml);
    return xml;
}

/* A declared table's header written at a row known only while writing
 * (tata_kepala): the group over the sheet columns of its run, each title
 * over its own, the numbering row under them, merged alike; read back
 * from the written file. */
static void uji_kepala_di_baris(void **state)
{
    (void)state;
    buku_uji u;
    buku_uji_buat(&u, "kepala.xlsx");
    tata_penulis p = {.g = &u.g, .o = &u.o, .tahun = 2024};
    p.ws = workbook_add_worksheet(u.wb, "Uji");
    assert_non_null(p.ws);
    /* two tables one below the other, as the PK's lampiran */
    assert_int_equal(tata_kepala(&p, &tata_uji, 6), 9);
    assert_int_equal(tata_kepala(&p, &tata_uji, 12), 15);
    assert_int_equal(p.galat, LXW_NO_ERROR);
    /* the title rows' heights noted, set and the map freed, as a sheet's
     * page setup does */
    assert_int_equal(lembar_tinggi_terapkan(&p.tinggi, p.ws), LXW_NO_ERROR);
    char *xml = buku_uji_tutup(&u);

    buku *b = NULL;
    assert_true(buku_buka(u.jalur, NULL, &b, NULL));
    static const struct {
        uint32_t baris, kolom;
        const char *teks;
    } sel[] = {
        {6, 0, "No"},           {6, 1, "Uraian program"},
        {6, 3, "Kinerja 2024"}, {7, 3, "Target"},
        {7, 4, "Realisasi"},    {8, 0, "(1)"},
        {8, 1, "(2)"},          {8, 3, "(3)"},
        {8, 4, "(4)"},          {12, 3, "Kinerja 2024"},
        {14, 4, "(4)"},
    };
    for (size_t i = 0; i < sizeof sel / sizeof sel[0]; i++) {
        const buku_sel *s = buku_sel_di(b, 0, sel[i].baris, sel[i].kolom);
        assert_non_null(s);
        assert_int_equal(s->jenis, BUKU_TEKS);
        assert_string_equal(s->teks, sel[i].teks);
    }
    /* nothing above the header, nor in a spanned column's other cells */
    assert_true(!buku_sel_di(b, 0, 5, 0) ||
                buku_sel_di(b, 0, 5, 0)->jenis != BUKU_TEKS);
    const buku_sel *c = buku_sel_di(b, 0, 7, 2);
    assert_true(!c || c->jenis != BUKU_TEKS);
    buku_tutup(b);

    static const char *const gabung[] = {"A7:A8",   "B7:C8",  "D7:F7",
                                         "E8:F8",   "B9:C9",  "E9:F9",
                                         "B13:C14", "D13:F13"};
    for (size_t i = 0; i < sizeof gabung / sizeof gabung[0]; i++) {
        char cari[64];
        snprintf(cari, sizeof cari, "<mergeCell ref=\"%s\"/>", gabung[i]);
        assert_non_null(strstr(xml, cari));
    }
    /* the target's title is its own cell, one column, one row */
    assert_null(strstr(xml, "<mergeCell ref=\"D8"));
    free(xml);
}

/* A run of columns declared once and repeated per item (tata_ulang):
 * Perbandingan's target, realisasi and capaian under each Renstra year,
 * found by name in the declaration and in the layout written alike. */
static void uji_ulang(void **state)
{
    (void)state;
    const tata_lembar *pola = &tata_perbandingan;
    static const char *const tahun[] = {"2021", "2022", "2024"};
    tata_ulangan u;
    assert_true(tata_ulang(&u, pola, 3, tahun));
    /* No, sasaran, indikator, 3 x 3 years, then Tabel 3.3's three */
    assert_int_equal(u.t.jumlah_kolom, 3 + 3 * 3 + 3);
    for (unsigned i = 0; i < 3; i++) {
        int k = tata_ulang_kolom(&u.t, i, "target");
        assert_int_equal(k, 3 + 3 * (int)i);
        assert_int_equal(tata_ulang_kolom(pola, i, "target"), k);
        assert_int_equal(tata_ulang_kolom(&u.t, i, "capaian"), k + 2);
        assert_string_equal(u.t.kolom[k].nama, "target");
        assert_string_equal(u.t.kolom[k + 1].nama, "realisasi");
        /* the year over its own three columns */
        assert_string_equal(u.t.kolom[k].grup, tahun[i]);
        assert_string_equal(u.t.kolom[k + 2].grup, tahun[i]);
        assert_int_equal(u.t.kolom[k + 1].isi, TATA_ISIAN);
    }
    assert_int_equal(tata_ulang_kolom(pola, 0, "indikator"), -1);
    assert_int_equal(tata_kolom_cari(&u.t, "target_akhir"), 12);
    assert_int_equal(tata_kolom_cari(&u.t, "indikator"), 2);
    assert_int_equal(tata_baris_isi(&u.t), tata_baris_isi(pola));
    assert_int_equal(tata_baris_isi(pola), 5);
    tata_ulang_bebas(&u);
    /* no year: the run left out */
    assert_true(tata_ulang(&u, pola, 0, NULL));
    assert_int_equal(u.t.jumlah_kolom, 6);
    assert_int_equal(tata_kolom_cari(&u.t, "target_akhir"), 3);
    assert_int_equal(tata_ulang_kolom(&u.t, 0, "target"), -1);
    tata_ulang_bebas(&u);

    /* "%s" anywhere in a header stands for the item, "%d" for the year */
    static const tata_kolom kolom[] = {
        {"uraian", NULL, NULL, "Uraian", 20, TATA_LABEL, NULL},
        {"nilai", "Tahun %s", NULL, "Nilai %s (%d)", 10, TATA_LABEL, NULL},
    };
    const tata_lembar kecil = {.nama = "Kecil",
                               .kolom = kolom,
                               .jumlah_kolom = 2,
                               .ulang_awal = 1,
                               .ulang_jumlah = 1};
    static const char *const item[] = {"A", "B"};
    assert_true(tata_ulang(&u, &kecil, 2, item));
    assert_int_equal(u.t.jumlah_kolom, 3);
    assert_string_equal(u.t.kolom[2].grup, "Tahun B");
    assert_string_equal(u.t.kolom[1].judul, "Nilai A (%d)");
    assert_string_equal(kolom[1].judul, "Nilai %s (%d)"); /* untouched */
    tata_ulang_bebas(&u);
    /* a run past the last column is refused */
    const tata_lembar salah = {.nama = "Salah",
                               .kolom = kolom,
                               .jumlah_kolom = 2,
                               .ulang_awal = 1,
                               .ulang_jumlah = 2};
    assert_false(tata_ulang(&u, &salah, 2, item));
    assert_null(u.kolom);
}

/* The repeated layout written by the engine: each year's header merged
 * over its three columns, "%d" the plan's year; and printed across,
 * every page starts at a year or at Tabel 3.3 (tata_cetak.awal_halaman
 * names the run's column, so every repeat's). */
static void uji_ulang_tulis(void **state)
{
    (void)state;
    buku_uji bu;
    buku_uji_buat(&bu, "ulang.xlsx");
    /* twelve years: far wider than a page */
    char label[12][8];
    const char *lp[12];
    for (int i = 0; i < 12; i++) {
        snprintf(label[i], sizeof label[i], "%d", 2013 + i);
        lp[i] = label[i];
    }
    tata_ulangan u;
    assert_true(tata_ulang(&u, &tata_perbandingan, 12, lp));
    tata_penulis p;
    assert_non_null(tata_buka(&p, bu.wb, &bu.g, &u.t, &bu.o, 2024));
    unsigned b = tata_baris_isi(&u.t);
    for (unsigned k = 0; k < u.t.jumlah_kolom; k++)
        assert_int_equal(worksheet_write_number(p.ws, b, (lxw_col_t)k, k, NULL),
                         LXW_NO_ERROR);
    tata_cetak_area(&p, u.t.baris_kepala, b);
    assert_int_equal(tata_tutup(&p), LXW_NO_ERROR);
    tata_ulang_bebas(&u);
    char *xml = buku_uji_tutup(&bu);

    buku *bk = NULL;
    assert_true(buku_buka(bu.jalur, NULL, &bk, NULL));
    static const struct {
        uint32_t kolom;
        const char *grup, *judul;
    } sel[] = {
        {3, "2013", "Target"},
        {7, NULL, "Realisasi"},
        {36, "2024", "Target"},
        {39, "Terhadap Target Akhir Renstra", "Target Akhir Renstra"},
        {40, NULL, "Realisasi 2024"},
    };
    for (size_t i = 0; i < sizeof sel / sizeof sel[0]; i++) {
        const buku_sel *s = buku_sel_di(bk, 0, 4, sel[i].kolom);
        assert_non_null(s);
        assert_string_equal(s->teks, sel[i].judul);
        if (sel[i].grup) {
            s = buku_sel_di(bk, 0, 3, sel[i].kolom);
            assert_non_null(s);
            assert_string_equal(s->teks, sel[i].grup);
        }
    }
    buku_tutup(bk);

    assert_non_null(strstr(xml, "<mergeCell ref=\"D4:F4\"/>"));
    assert_non_null(strstr(xml, "<mergeCell ref=\"AK4:AM4\"/>"));
    assert_non_null(strstr(xml, "<mergeCell ref=\"AN4:AP4\"/>"));
    /* pages across break before a year's target or Tabel 3.3 */
    unsigned putus = 0;
    for (const char *c = strstr(xml, "<brk id=\""); c;
         c = strstr(c + 1, "<brk id=\"")) {
        unsigned id = (unsigned)strtoul(c + 9, NULL, 10);
        assert_true(id >= 3 && id % 3 == 0);
        putus++;
    }
    assert_true(putus >= 2);
    free(xml);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_nama_unik_dan_petunjuk),
        cmocka_unit_test(uji_tempat_seed),
        cmocka_unit_test(uji_jaga),
        cmocka_unit_test(uji_rumus_hilang),
        cmocka_unit_test(uji_cetak),
        cmocka_unit_test(uji_pesan_addin),
        cmocka_unit_test(uji_petunjuk_wajib),
        cmocka_unit_test(uji_tinggi),
        cmocka_unit_test(uji_rentang),
        cmocka_unit_test(uji_pk),
        cmocka_unit_test(uji_kepala_di_baris),
        cmocka_unit_test(uji_ulang),
        cmocka_unit_test(uji_ulang_tulis),
    };
    return cmocka_run_group_tests_name("tata", uji, uji_folder_siapkan,
                                       uji_folder_lepas);
}
