/*
 * test_konsolidasi.c - rolling a region's offices up (konsolidasi.h): the
 * three ways a Pemda indicator follows from office indicators, with
 * offices that have not reported; exact rupiah totals over many offices
 * and the refusal past 2^53; pemda.csv's links and its messages.
 */
#include "uji.h"

#include <stdlib.h>
#include <unistd.h>

#include "konsolidasi.h"

/* ------------------------------------------------------------------ */
/* konsolidasi_gabung                                                  */

static void gabung_melewati_yang_belum_melapor(void **state)
{
    (void)state;
    const double nilai[] = {10, 999, 5.5, 999, 0.25};
    const bool ada[] = {true, false, true, false, true};
    double v = -1;
    assert_status(konsolidasi_gabung(GABUNG_JUMLAH, nilai, ada, 5, &v),
                  KINERJA_OK);
    assert_double_sama(v, 15.75);
    assert_status(konsolidasi_gabung(GABUNG_RATA, nilai, ada, 5, &v),
                  KINERJA_OK);
    assert_double_sama(v, 5.25);
    assert_status(konsolidasi_gabung(GABUNG_AKHIR, nilai, ada, 5, &v),
                  KINERJA_OK);
    assert_double_sama(v, 0.25);
    /* the last *reported* one, not the last listed */
    const bool ada_awal[] = {true, true, false, false, false};
    assert_status(konsolidasi_gabung(GABUNG_AKHIR, nilai, ada_awal, 5, &v),
                  KINERJA_OK);
    assert_double_sama(v, 999);
    /* a reported 0 is a value, not a gap */
    const double nol[] = {0, 4};
    const bool dua[] = {true, true};
    assert_status(konsolidasi_gabung(GABUNG_RATA, nol, dua, 2, &v), KINERJA_OK);
    assert_double_sama(v, 2);
}

static void gabung_tanpa_laporan_kosong(void **state)
{
    (void)state;
    const double nilai[] = {1, 2};
    const bool ada[] = {false, false};
    double v = 42;
    for (int c = GABUNG_JUMLAH; c <= GABUNG_AKHIR; c++) {
        assert_status(konsolidasi_gabung((gabung_cara)c, nilai, ada, 2, &v),
                      KINERJA_KOSONG);
        assert_status(konsolidasi_gabung((gabung_cara)c, NULL, NULL, 0, &v),
                      KINERJA_KOSONG);
    }
    assert_double_sama(v, 42); /* untouched */
    const double nan[] = {1, NAN};
    const bool ya[] = {true, true};
    assert_status(konsolidasi_gabung(GABUNG_JUMLAH, nan, ya, 2, &v),
                  KINERJA_GALAT_ARGUMEN);
    /* a non-finite value nobody reported does not matter */
    const bool satu[] = {true, false};
    assert_status(konsolidasi_gabung(GABUNG_JUMLAH, nan, satu, 2, &v),
                  KINERJA_OK);
    assert_double_sama(v, 1);
}

static void cara_dari_nama(void **state)
{
    (void)state;
    gabung_cara c;
    assert_true(gabung_cara_dari_nama("jumlah", &c) && c == GABUNG_JUMLAH);
    assert_true(gabung_cara_dari_nama(" Rata ", &c) && c == GABUNG_RATA);
    assert_true(gabung_cara_dari_nama("AKHIR", &c) && c == GABUNG_AKHIR);
    assert_false(gabung_cara_dari_nama("SUM", &c));
    assert_false(gabung_cara_dari_nama("JUMLAHNYA", &c));
    assert_false(gabung_cara_dari_nama("", &c));
    assert_string_equal(gabung_cara_nama(GABUNG_RATA), "RATA");
}

/* ------------------------------------------------------------------ */
/* konsolidasi_hitung: exact rupiah                                     */

static void jumlah_rupiah_tepat(void **state)
{
    (void)state;
    enum { N = 5000 };
    konsolidasi k;
    memset(&k, 0, sizeof k);
    k.opd = calloc(N, sizeof *k.opd);
    assert_non_null(k.opd);
    k.jumlah_opd = N;
    /* amounts whose double sum would lose rupiah: near 2^53 / N, odd */
    int64_t harapan_pagu = 0, harapan_real = 0;
    for (int i = 0; i < N; i++) {
        int64_t pagu = 1801439840001LL + 2 * i;
        k.opd[i].r.jumlah_pagu = pagu;
        harapan_pagu += pagu;
        if (i % 3) {
            k.opd[i].r.ada_realisasi = true;
            k.opd[i].r.jumlah_realisasi = pagu - 7 * i;
            harapan_real += pagu - 7 * i;
        }
    }
    galat_rencana g;
    galat_init(&g);
    assert_true(konsolidasi_hitung(&k, &g));
    assert_int_equal(k.jumlah_pagu, harapan_pagu);
    assert_true(k.ada_realisasi);
    assert_int_equal(k.jumlah_realisasi, harapan_real);
    assert_true(harapan_pagu < (INT64_C(1) << 53));

    /* nobody reported: no realisasi, not 0 reported */
    for (int i = 0; i < N; i++)
        k.opd[i].r.ada_realisasi = false;
    assert_true(konsolidasi_hitung(&k, &g));
    assert_false(k.ada_realisasi);

    /* past 2^53 a cell cannot hold the total: refused, not rounded */
    k.opd[0].r.jumlah_pagu = (INT64_C(1) << 53) - 1;
    k.opd[1].r.jumlah_pagu = 2;
    assert_false(konsolidasi_hitung(&k, &g));
    assert_int_equal(g.jumlah, 1);
    assert_non_null(strstr(g.pesan[0], "jumlah pagu"));
    galat_bebas(&g);
    free(k.opd);
}

/* ------------------------------------------------------------------ */
/* pemda.csv                                                            */

static char folder[64];

/* Two offices "a" and "b", each the built-in example's plan with
 * realisasi. */
static void dua_opd(konsolidasi *k)
{
    memset(k, 0, sizeof *k);
    k->opd = calloc(2, sizeof *k->opd);
    assert_non_null(k->opd);
    galat_rencana g;
    galat_init(&g);
    for (int i = 0; i < 2; i++) {
        k->opd[i].nama = strdup(i ? "b" : "a");
        assert_true(rencana_baca_contoh(&k->opd[i].r, &g));
        k->jumlah_opd++;
    }
    galat_bebas(&g);
}

static char *tulis_pemda(const char *isi)
{
    char *jalur = malloc(128);
    snprintf(jalur, 128, "%s/pemda.csv", folder);
    FILE *f = fopen(jalur, "w");
    assert_non_null(f);
    fputs(isi, f);
    fclose(f);
    return jalur;
}

static const char KEPALA[] = "tingkat;kode;uraian;satuan;target;arah;cara;"
                             "induk;perangkat_daerah;indikator\n";

static void pemda_terbaca(void **state)
{
    (void)state;
    konsolidasi k;
    dua_opd(&k);
    char isi[1024];
    snprintf(isi, sizeof isi,
             "%s"
             "sumber;;;;;;;IKU.1;b;S1.1\n" /* before its indicator */
             "indikator;IKU.1;Indeks SPBE;;3,5;TURUN;rata;;;\n"
             "sumber;;;;;;;IKU.1;a;S1.1\n"
             "indikator;IKU.2;Inovasi;Inovasi;40;;JUMLAH;;;\n"
             "sumber;;;;;;;IKU.2;a;L1.1\n",
             KEPALA);
    char *jalur = tulis_pemda(isi);
    galat_rencana g;
    galat_init(&g);
    bool ok = pemda_baca(&k, jalur, &g);
    for (size_t i = 0; i < g.jumlah; i++)
        fprintf(stderr, "%s\n", g.pesan[i]);
    assert_true(ok);
    assert_int_equal(k.jumlah_pemda, 2);
    assert_string_equal(k.pemda[0].kode, "IKU.1");
    assert_int_equal(k.pemda[0].cara, GABUNG_RATA);
    assert_int_equal(k.pemda[0].arah, CAPAIAN_RUMUS_TURUN);
    assert_double_sama(k.pemda[0].target.nilai, 3.5);
    assert_int_equal(k.pemda[0].jumlah_sumber, 2);
    /* in the file's order: b first */
    assert_int_equal(k.pemda[0].sumber[0].opd, 1);
    assert_int_equal(k.pemda[0].sumber[1].opd, 0);
    const rencana *r = &k.opd[0].r;
    assert_string_equal(r->indikator[k.pemda[0].sumber[1].indikator].kode,
                        "S1.1");
    assert_int_equal(k.pemda[1].arah, CAPAIAN_RUMUS_NAIK);
    assert_string_equal(k.pemda[1].satuan, "Inovasi");
    galat_bebas(&g);
    konsolidasi_bebas(&k);
    unlink(jalur);
    free(jalur);
}

/* Each message of harapan[] among those pemda.csv `isi` gives. */
static void pemda_pesan(const char *isi, const char *const *harapan, size_t n)
{
    konsolidasi k;
    dua_opd(&k);
    char *jalur = tulis_pemda(isi);
    galat_rencana g;
    galat_init(&g);
    assert_false(pemda_baca(&k, jalur, &g));
    assert_int_equal(g.jumlah, n);
    for (size_t j = 0; j < n; j++) {
        bool ada = false;
        for (size_t i = 0; i < g.jumlah; i++)
            ada |= strstr(g.pesan[i], harapan[j]) != NULL;
        if (!ada)
            for (size_t i = 0; i < g.jumlah; i++)
                fprintf(stderr, "%s\n", g.pesan[i]);
        assert_true(ada);
    }
    galat_bebas(&g);
    konsolidasi_bebas(&k);
    unlink(jalur);
    free(jalur);
}

static void pemda_salah_tulis(void **state)
{
    (void)state;
    char isi[1024];
    snprintf(isi, sizeof isi,
             "%s"
             "indikator;IKU.1;Indeks SPBE;;3,5;;TENGAH;;;\n"
             "indikator;IKU.2;Inovasi;;40;;JUMLAH;;;\n"
             "sumber;;;;;;;IKU.2;a;S1.1\n"
             "indikator;IKU.2;Lagi;;1;;AKHIR;;;\n"
             "indikator;IKU.3;Tanpa target;;;;AKHIR;;;\n",
             KEPALA);
    const char *harapan[] = {
        "pemda.csv:2:7: cara 'TENGAH' tidak dikenal",
        "pemda.csv:5:2: kode 'IKU.2' sudah dipakai di baris 3",
        "pemda.csv:6:5: target kosong",
    };
    pemda_pesan(isi, harapan, UJI_JUMLAH(harapan));
}

static void pemda_salah_tunjuk(void **state)
{
    (void)state;
    char isi[1024];
    snprintf(isi, sizeof isi,
             "%s"
             "indikator;IKU.2;Inovasi;;40;;JUMLAH;;;\n"
             "sumber;;;;;;;IKU.9;a;S1.1\n"
             "sumber;;;;;;;IKU.2;z;S1.1\n"
             "sumber;;;;;;;IKU.2;a;X9\n"
             "sumber;;;;;;;IKU.2;b;S1.1\n"
             "sumber;;;;;;;IKU.2;b;S1.1\n",
             KEPALA);
    const char *harapan[] = {"pemda.csv:3:8: induk 'IKU.9'",
                             "pemda.csv:4:9: perangkat daerah 'z' tidak ada",
                             "pemda.csv:5:10: indikator 'X9' tidak ada",
                             "pemda.csv:7:10: sumber 'b' 'S1.1' sudah ditulis"};
    pemda_pesan(isi, harapan, UJI_JUMLAH(harapan));
}

static int siapkan(void **state)
{
    (void)state;
    snprintf(folder, sizeof folder, "/tmp/uji-konsolidasi-XXXXXX");
    return mkdtemp(folder) ? 0 : -1;
}

static int lepas(void **state)
{
    (void)state;
    return rmdir(folder);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(gabung_melewati_yang_belum_melapor),
        cmocka_unit_test(gabung_tanpa_laporan_kosong),
        cmocka_unit_test(cara_dari_nama),
        cmocka_unit_test(jumlah_rupiah_tepat),
        cmocka_unit_test(pemda_terbaca),
        cmocka_unit_test(pemda_salah_tulis),
        cmocka_unit_test(pemda_salah_tunjuk),
    };
    return cmocka_run_group_tests(uji, siapkan, lepas);
}
