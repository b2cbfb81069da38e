/*
 * test_tata.c - the sheet layouts as data (tata.h): what a reader of
 * filled workbooks will rely on (names that find the seed's columns,
 * header rows, where the body starts), and what staff see in every input
 * (a prompt that fits the xlsx limit); and the add-in note's formula.
 */
#include "uji.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rumus.h"
#include "tulis.h"

static const tata_lembar *const semua[] = {
    &tata_rkt,       &tata_pengukuran,  &tata_triwulan,
    &tata_realisasi, &tata_pemeriksaan, &tata_ringkasan,
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
    /* the cells the seed's figures are checked in (F7, G7 of Realisasi
     * Anggaran; F7 of Pengukuran; E8 of Ringkasan) */
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
    };
    return cmocka_run_group_tests_name("tata", uji, NULL, NULL);
}
