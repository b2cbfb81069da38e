/*
 * test_tata.c - the sheet layouts as data (tata.h): what a reader of
 * filled workbooks will rely on (names that find the seed's columns,
 * header rows, where the body starts), and what staff see in every input
 * (a prompt that fits the xlsx limit); and the add-in note's formula.
 */
#include "uji.h"

#include <string.h>

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

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_nama_unik_dan_petunjuk),
        cmocka_unit_test(uji_tempat_seed),
        cmocka_unit_test(uji_cetak),
        cmocka_unit_test(uji_pesan_addin),
    };
    return cmocka_run_group_tests_name("tata", uji, NULL, NULL);
}
