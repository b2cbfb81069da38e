/*
 * test_rumus.c - the formulas the templates write, in both forms, and
 * their cached results: the seed's figures, the guard that keeps unfilled
 * rows blank, and errors.
 */
#include "uji.h"

#include <xlsxwriter/utility.h>

#include "rumus.h"
#include "tulis.h"

static rujukan_sel sel(unsigned baris, unsigned kolom, kinerja_sel v)
{
    return sel_di(baris, kolom, v);
}

static void uji_awalan(void **state)
{
    (void)state;
    /* Calc stores SERVICE.METHOD upper-cased (docs/calc.md) */
    assert_string_equal(rumus_awalan(), "ID.KINERJA.FUNGSI.");
}

static void uji_capaian(void **state)
{
    (void)state;
    rumus r;
    rujukan_sel t = sel(6, 4, sel_angka(3.75)), x = sel(6, 5, sel_angka(4.16));
    assert_string_equal(t.ref, "E7");
    rumus_capaian(&r, RUMUS_ADDIN, &t, &x, CAPAIAN_RUMUS_NAIK);
    assert_string_equal(r.teks,
                        "IF(F7=\"\",\"\",ID.KINERJA.FUNGSI.CAPAIAN(E7,F7))");
    assert_int_equal(r.hasil.jenis, SEL_ANGKA);
    assert_dua_desimal(r.hasil.angka, 110.93); /* Tabel 3.1 */
    rumus_capaian(&r, RUMUS_STANDAR, &t, &x, CAPAIAN_RUMUS_NAIK);
    assert_string_equal(r.teks, "IF(F7=\"\",\"\",F7/E7*100)");
    assert_dua_desimal(r.hasil.angka, 110.93);

    rumus_capaian(&r, RUMUS_ADDIN, &t, &x, CAPAIAN_RUMUS_TURUN);
    assert_string_equal(
        r.teks, "IF(F7=\"\",\"\",ID.KINERJA.FUNGSI.CAPAIAN(E7,F7,\"TURUN\"))");
    assert_double_dekat(r.hasil.angka, (2 * 3.75 - 4.16) / 3.75 * 100, 1e-12);
    rumus_capaian(&r, RUMUS_STANDAR, &t, &x, CAPAIAN_RUMUS_TURUN);
    assert_string_equal(r.teks, "IF(F7=\"\",\"\",(2*E7-F7)/E7*100)");
}

static void uji_penjaga(void **state)
{
    (void)state;
    /* a row nobody has filled: blank, never 0 % and never rumus 2's 200 % */
    rumus r;
    rujukan_sel t = sel(6, 4, sel_angka(14)), x = sel(6, 5, sel_kosong());
    rumus_capaian(&r, RUMUS_ADDIN, &t, &x, CAPAIAN_RUMUS_TURUN);
    assert_int_equal(r.hasil.jenis, SEL_KOSONG);
    rumus_serapan(&r, RUMUS_STANDAR, &t, &x);
    assert_int_equal(r.hasil.jenis, SEL_KOSONG);
    rujukan_sel k = sel(6, 6, sel_kosong());
    rumus_kategori(&r, RUMUS_ADDIN, &k, "BERHASIL");
    assert_int_equal(r.hasil.jenis, SEL_KOSONG);
    rujukan_sel a = sel(6, 7, sel_angka(96.25));
    rumus_efisiensi(&r, RUMUS_ADDIN, &k, &a);
    assert_int_equal(r.hasil.jenis, SEL_KOSONG);
    assert_string_equal(r.teks, "IF(OR(G7=\"\",H7=\"\"),\"\",ID.KINERJA."
                                "FUNGSI.EFISIENSI(G7,H7))");
}

static void uji_serapan_efisiensi(void **state)
{
    (void)state;
    rumus r, e;
    rujukan_sel p = sel(6, 5, sel_angka(19133884991.0)),
                x = sel(6, 6, sel_angka(18416966117.0));
    rumus_serapan(&r, RUMUS_ADDIN, &p, &x);
    assert_string_equal(r.teks,
                        "IF(G7=\"\",\"\",ID.KINERJA.FUNGSI.SERAPAN(F7,G7))");
    assert_dua_desimal(r.hasil.angka, 96.25); /* Tabel 3.7 */
    rujukan_sel ck = sel(6, 3, sel_angka(4.16 / 3.75 * 100)),
                ca = sel(6, 7, r.hasil);
    rumus_efisiensi(&e, RUMUS_STANDAR, &ck, &ca);
    assert_string_equal(e.teks, "IF(OR(D7=\"\",H7=\"\"),\"\",D7/H7)");
    assert_dua_desimal(e.hasil.angka, 1.15); /* Tabel 3.8 */

    /* pagu 0: #DIV/0!, cached as the text Calc shows */
    rujukan_sel nol = sel(6, 5, sel_angka(0));
    rumus_serapan(&r, RUMUS_ADDIN, &nol, &x);
    assert_int_equal(r.hasil.jenis, SEL_GALAT);
    assert_string_equal(rumus_teks_galat(r.hasil.galat), "#DIV/0!");
}

/* KATEGORI in G7 over one value and a scale name: the formula written (NULL:
 * not compared) and the label cached (NULL: an error is cached). */
UJI_BARIS(kasus_kategori, rumus_mode mode; double nilai; const char *skala;
          const char *teks; const char *label;);

static const kasus_kategori tabel_kategori[] = {
    {"add-in BERHASIL, capaian 110,93", RUMUS_ADDIN, 4.16 / 3.75 * 100,
     "BERHASIL", "IF(G7=\"\",\"\",ID.KINERJA.FUNGSI.KATEGORI(G7,\"BERHASIL\"))",
     "Sangat Berhasil"},
    {"standard BERHASIL, capaian 110,93", RUMUS_STANDAR, 4.16 / 3.75 * 100,
     "BERHASIL",
     "IF(G7=\"\",\"\",IF(ROUND(G7,2)>=100,\"Sangat "
     "Berhasil\",IF(ROUND(G7,2)>=75,\"Berhasil\","
     "IF(ROUND(G7,2)>=55,\"Cukup Berhasil\",\"Kurang "
     "Berhasil\"))))",
     "Sangat Berhasil"},
    {"standard TINGKAT, serapan 96,25 (Tabel 3.7)", RUMUS_STANDAR,
     96.25314527427537, "TINGKAT",
     "IF(G7=\"\",\"\",IF(ROUND(G7,2)>90,\"Sangat "
     "Tinggi\",IF(ROUND(G7,2)>75,\"Tinggi\","
     "IF(ROUND(G7,2)>65,\"Sedang\",IF(ROUND(G7,2)>50,"
     "\"Rendah\",\"Sangat Rendah\")))))",
     "Sangat Tinggi"},
    /* bounded scales check their domain; the lowest band is inclusive */
    {"standard SPBE, index 4,16 (Tabel 3.4)", RUMUS_STANDAR, 4.16, "SPBE",
     "IF(G7=\"\",\"\",IF(OR(G7<0,G7>5),NA(),"
     "IF(ROUND(G7,2)>=4.2,\"Memuaskan\","
     "IF(ROUND(G7,2)>=3.5,\"Sangat Baik\","
     "IF(ROUND(G7,2)>=2.6,\"Baik\",IF(ROUND(G7,2)>=1.8,"
     "\"Cukup\",IF(ROUND(G7,2)>=0,\"Kurang\",NA())))))))",
     "Sangat Baik"},
    {"add-in EFISIENSI 1,15 (Tabel 3.8)", RUMUS_ADDIN, 1.15, "EFISIENSI", NULL,
     "Efisien"},
    /* out of the SPBE domain: an error, not a label */
    {"add-in SPBE 5,5 out of the domain", RUMUS_ADDIN, 5.5, "SPBE", NULL, NULL},
};

static void uji_kategori(void **state)
{
    const kasus_kategori *k = *state;
    rumus r;
    rujukan_sel c = sel(6, 6, sel_angka(k->nilai));
    rumus_kategori(&r, k->mode, &c, k->skala);
    if (k->teks)
        assert_string_equal(r.teks, k->teks);
    if (k->label) {
        assert_int_equal(r.hasil.jenis, SEL_TEKS);
        assert_string_equal(r.hasil.teks, k->label);
    } else {
        assert_int_equal(r.hasil.jenis, SEL_GALAT);
    }
}

/* The SPBE predikat uses the SPBE scale up to 2025, PEMDI from
 * 2026; other scales are the indicator's own */
static void uji_skala_predikat(void **state)
{
    (void)state;
    indikator d;
    memset(&d, 0, sizeof d);
    d.skala = "SPBE";
    assert_string_equal(tulis_skala_predikat(&d, 2024), "SPBE");
    assert_string_equal(tulis_skala_predikat(&d, 2025), "SPBE");
    assert_string_equal(tulis_skala_predikat(&d, 2026), "PEMDI");
    d.skala = "SAKIP";
    assert_string_equal(tulis_skala_predikat(&d, 2026), "SAKIP");
    d.skala = "";
    assert_string_equal(tulis_skala_predikat(&d, 2026), "");
}

static void uji_triwulan(void **state)
{
    (void)state;
    rumus r;
    rujukan_sel tw[4] = {sel(6, 5, sel_angka(3)), sel(6, 6, sel_kosong()),
                         sel(6, 7, sel_angka(4)), sel(6, 8, sel_kosong())};
    rumus_triwulan(&r, RUMUS_STANDAR, tw, TRIWULAN_JUMLAH, NULL);
    assert_string_equal(r.teks, "IF(COUNT(F7:I7)=0,\"\",SUM(F7:I7))");
    assert_double_sama(r.hasil.angka, 7.0);
    rumus_triwulan(&r, RUMUS_STANDAR, tw, TRIWULAN_AKHIR, NULL);
    assert_string_equal(r.teks, "IF(I7<>\"\",I7,IF(H7<>\"\",H7,IF(G7<>\"\",G7,"
                                "IF(F7<>\"\",F7,\"\"))))");
    assert_double_sama(r.hasil.angka, 4.0);
    rujukan_sel kosong[4] = {sel(6, 5, sel_kosong()), sel(6, 6, sel_kosong()),
                             sel(6, 7, sel_kosong()), sel(6, 8, sel_kosong())};
    rumus_triwulan(&r, RUMUS_STANDAR, kosong, TRIWULAN_JUMLAH, NULL);
    assert_int_equal(r.hasil.jenis, SEL_KOSONG); /* no quarter: no value */

    /* with the add-in: REKAP_TRIWULAN over the row, the kind from a cell
     * or by name; the same values */
    rumus_triwulan(&r, RUMUS_ADDIN, tw, TRIWULAN_JUMLAH, "E7");
    assert_string_equal(r.teks, "ID.KINERJA.FUNGSI.REKAP_TRIWULAN(F7:I7,E7)");
    assert_int_equal(r.hasil.jenis, SEL_ANGKA);
    assert_double_sama(r.hasil.angka, 7.0);
    rumus_triwulan(&r, RUMUS_ADDIN, tw, TRIWULAN_AKHIR, NULL);
    assert_string_equal(r.teks,
                        "ID.KINERJA.FUNGSI.REKAP_TRIWULAN(F7:I7,\"AKHIR\")");
    assert_double_sama(r.hasil.angka, 4.0);
    rumus_triwulan(&r, RUMUS_ADDIN, kosong, TRIWULAN_AKHIR, "E7");
    assert_int_equal(r.hasil.jenis, SEL_KOSONG);
}

/* SELISIH_RINCIAN: a total against one cell or a range of parts. */
static void uji_selisih_rincian(void **state)
{
    (void)state;
    rumus r;
    /* Administrasi Umum: 81.487.214 printed, its parts 83.548.236 */
    rujukan_sel t = sel(18, 4, sel_angka(81487214)),
                x = sel(18, 6, sel_angka(83548236));
    rumus_selisih_rincian(&r, RUMUS_ADDIN, &t, x.ref, &x.nilai, 1);
    assert_string_equal(r.teks, "IF(OR(E19=\"\",G19=\"\"),\"\","
                                "ID.KINERJA.FUNGSI.SELISIH_RINCIAN(E19,G19))");
    assert_int_equal(r.hasil.jenis, SEL_ANGKA);
    assert_double_sama(r.hasil.angka, -2061022.0);
    rumus_selisih_rincian(&r, RUMUS_STANDAR, &t, x.ref, &x.nilai, 1);
    assert_string_equal(r.teks, "IF(OR(E19=\"\",G19=\"\"),\"\",E19-G19)");
    assert_double_sama(r.hasil.angka, -2061022.0);
    /* belanja operasi + modal against the total, over a range */
    kinerja_sel bagian[2] = {sel_angka(18915075391.0), sel_angka(218809600.0)};
    rujukan_sel total = sel(49, 4, sel_angka(19133884991.0));
    rumus_selisih_rincian(&r, RUMUS_ADDIN, &total, "E48:E49", bagian, 2);
    assert_string_equal(r.teks,
                        "IF(OR(E50=\"\",COUNT(E48:E49)=0),\"\","
                        "ID.KINERJA.FUNGSI.SELISIH_RINCIAN(E50,E48:E49))");
    assert_double_sama(r.hasil.angka, 0.0);
    rumus_selisih_rincian(&r, RUMUS_STANDAR, &total, "E48:E49", bagian, 2);
    assert_string_equal(r.teks, "IF(OR(E50=\"\",COUNT(E48:E49)=0),\"\","
                                "E50-SUM(E48:E49))");
    /* one part blank: the other is summed; both blank: no value */
    bagian[1] = sel_kosong();
    rumus_selisih_rincian(&r, RUMUS_ADDIN, &total, "E48:E49", bagian, 2);
    assert_double_sama(r.hasil.angka, 218809600.0);
    bagian[0] = sel_kosong();
    rumus_selisih_rincian(&r, RUMUS_ADDIN, &total, "E48:E49", bagian, 2);
    assert_int_equal(r.hasil.jenis, SEL_KOSONG);
    /* sen are not rupiah: an argument error, as the add-in gives */
    rujukan_sel sen = sel(18, 4, sel_angka(100.5));
    rumus_selisih_rincian(&r, RUMUS_ADDIN, &sen, x.ref, &x.nilai, 1);
    assert_int_equal(r.hasil.jenis, SEL_GALAT);
    assert_status(r.hasil.galat, KINERJA_GALAT_ARGUMEN);
}

static void uji_cek_anggaran(void **state)
{
    (void)state;
    rumus r;
    rujukan_sel p = sel(9, 6, sel_angka(4000000)),
                x = sel(9, 4, sel_angka(905000));
    rumus_cek_anggaran(&r, RUMUS_ADDIN, &p, &x);
    assert_string_equal(r.teks, "IF(G10=\"\",\"\","
                                "ID.KINERJA.FUNGSI.CEK_ANGGARAN(G10,E10))");
    assert_string_equal(r.hasil.teks, "Sesuai");
    rumus_cek_anggaran(&r, RUMUS_STANDAR, &p, &x);
    assert_string_equal(r.teks,
                        "IF(G10=\"\",\"\",IF(OR(E10=\"\",E10=0),\"Belum ada "
                        "realisasi\",IF(E10>G10,\"Melebihi pagu\","
                        "\"Sesuai\")))");
    assert_string_equal(r.hasil.teks, "Sesuai");
    x.nilai = sel_angka(4000001);
    rumus_cek_anggaran(&r, RUMUS_ADDIN, &p, &x);
    assert_string_equal(r.hasil.teks, "Melebihi pagu");
    x.nilai = sel_kosong();
    rumus_cek_anggaran(&r, RUMUS_ADDIN, &p, &x);
    assert_string_equal(r.hasil.teks, "Belum ada realisasi");
    x.nilai = sel_angka(0);
    rumus_cek_anggaran(&r, RUMUS_STANDAR, &p, &x);
    assert_string_equal(r.hasil.teks, "Belum ada realisasi");
    p.nilai = sel_kosong();
    rumus_cek_anggaran(&r, RUMUS_ADDIN, &p, &x);
    assert_int_equal(r.hasil.jenis, SEL_KOSONG);
}

static void uji_selisih_poin(void **state)
{
    (void)state;
    rumus r, h;
    /* Tabel 3.2's 96,23 against 96,25 */
    rujukan_sel a = sel(102, 4, sel_angka(96.23)),
                b = sel(102, 6, sel_angka(96.25));
    rumus_selisih_poin(&r, &a, &b, 2);
    assert_string_equal(r.teks,
                        "IF(OR(E103=\"\",G103=\"\"),\"\",ROUND(E103-G103,2))");
    assert_double_sama(r.hasil.angka, -0.02);
    rujukan_sel s = sel(102, 7, r.hasil);
    rumus_hasil_selisih(&h, &s, "Cocok", "Tidak cocok");
    assert_string_equal(
        h.teks, "IF(H103=\"\",\"\",IF(H103=0,\"Cocok\",\"Tidak cocok\"))");
    assert_string_equal(h.hasil.teks, "Tidak cocok");
    s.nilai = sel_angka(0);
    rumus_hasil_selisih(&h, &s, "Tetap", "Revisi");
    assert_string_equal(h.hasil.teks, "Tetap");
    s.nilai = sel_kosong();
    rumus_hasil_selisih(&h, &s, "Tetap", "Revisi");
    assert_int_equal(h.hasil.jenis, SEL_KOSONG);
    b.nilai = sel_kosong();
    rumus_selisih_poin(&r, &a, &b, 2);
    assert_int_equal(r.hasil.jenis, SEL_KOSONG);
}

/* Cell names as libxlsxwriter's lxw_rowcol_to_cell(_abs) write them, at
 * the edges of the letters (Z/AA, ZZ/AAA, the last column XFD) and of the
 * rows (1, 10, the last row 1048576). */
static void uji_nama_sel(void **state)
{
    (void)state;
    const unsigned kolom[] = {0,  1,  4,   25,  26,  27,
                              51, 52, 701, 702, 703, 16383};
    const unsigned baris[] = {0, 6, 8, 9, 69, 99, 999, 65535, 1048575};
    kinerja_sel nol = {0};
    for (size_t k = 0; k < sizeof kolom / sizeof kolom[0]; k++)
        for (size_t b = 0; b < sizeof baris / sizeof baris[0]; b++) {
            char lxw[LXW_MAX_CELL_NAME_LENGTH], mutlak[40];
            lxw_rowcol_to_cell(lxw, baris[b], (lxw_col_t)kolom[k]);
            assert_string_equal(sel_di(baris[b], kolom[k], nol).ref, lxw);
            lxw_rowcol_to_cell_abs(lxw, baris[b], (lxw_col_t)kolom[k], 1, 1);
            snprintf(mutlak, sizeof mutlak, "Lembar!%s", lxw);
            assert_string_equal(
                sel_lembar("Lembar", baris[b], kolom[k], nol).ref, mutlak);
        }
    assert_string_equal(sel_di(6, 4, nol).ref, "E7");
    assert_string_equal(sel_lembar("Realisasi Anggaran", 7, 6, nol).ref,
                        "'Realisasi Anggaran'!$G$8");
}

static void uji_rentang_bawah(void **state)
{
    (void)state;
    /* Realisasi Anggaran row 8 (0-based 7): a program's pagu (F) over the
     * rows below it by its Induk (C), to row 145: anchored on the row's
     * own Induk, never on the formula's cell */
    char buf[96];
    rumus_rentang_bawah(buf, sizeof buf, 2, 5, 7, 144);
    assert_string_equal(buf, "OFFSET($C8,1,3,ROWS($C8:$C$145)-1)");
    rumus_rentang_bawah(buf, sizeof buf, 3, 3, 6, 144);
    assert_string_equal(buf, "OFFSET($D7,1,0,ROWS($D7:$D$145)-1)");
    rumus_aturan a;
    rumus_aturan_isian_daun(&a, "F8", "G8");
    assert_string_equal(a.teks, "=OR(_xlfn.ISFORMULA(F8),AND(ISNUMBER(F8),"
                                "F8>=0,NOT(_xlfn.ISFORMULA(G8))))");
    rumus r;
    rumus_teks_kosong(&r);
    assert_string_equal(r.teks, "\"\"");
    assert_int_equal(r.hasil.jenis, SEL_KOSONG);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_awalan),
        cmocka_unit_test(uji_nama_sel),
        cmocka_unit_test(uji_capaian),
        cmocka_unit_test(uji_penjaga),
        cmocka_unit_test(uji_serapan_efisiensi),
        cmocka_unit_test(uji_skala_predikat),
        cmocka_unit_test(uji_triwulan),
        cmocka_unit_test(uji_selisih_rincian),
        cmocka_unit_test(uji_cek_anggaran),
        cmocka_unit_test(uji_selisih_poin),
        cmocka_unit_test(uji_rentang_bawah),
    };
    int gagal = cmocka_run_group_tests_name("rumus", uji, NULL, NULL);
    gagal += UJI_TABEL("rumus_kategori", tabel_kategori, uji_kategori);
    return gagal;
}
