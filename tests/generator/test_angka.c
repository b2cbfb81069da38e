/*
 * test_angka.c - numbers and dates as staff type them: each notation read
 * only in its own file kind, rupiah exact and whole, every refusal named.
 */
#include "uji.h"

#include "angka.h"
#include "tanggal.h"

UJI_BARIS(kasus_angka, const char *teks; notasi notasi; angka_hasil hasil;
          double nilai; int desimal;);

#define ID NOTASI_INDONESIA
#define EN NOTASI_INTERNASIONAL

static const kasus_angka tabel_angka[] = {
    {"; 3,75 (Tabel 2.4 target)", "3,75", ID, ANGKA_OK, 3.75, 2},
    {"; 85,20 keeps two decimals", "85,20", ID, ANGKA_OK, 85.2, 2},
    {"; 86", "86", ID, ANGKA_OK, 86, 0},
    {"; 19.133.884.991", "19.133.884.991", ID, ANGKA_OK, 19133884991.0, 0},
    {"; 1.234,5", "1.234,5", ID, ANGKA_OK, 1234.5, 1},
    {"; ungrouped 19133884991", "19133884991", ID, ANGKA_OK, 19133884991.0, 0},
    {"; spaces around", "  95,45 ", ID, ANGKA_OK, 95.45, 2},
    {"; 0", "0", ID, ANGKA_OK, 0, 0},
    {"; -2,5 (sign is read; the model refuses negatives)", "-2,5", ID, ANGKA_OK,
     -2.5, 1},
    {"; 3.75 is not 3,75", "3.75", ID, ANGKA_NOTASI_SALAH, 0, 0},
    {"; 1234.567 bad group", "1234.567", ID, ANGKA_NOTASI_SALAH, 0, 0},
    {"; 1.23.456 bad group", "1.23.456", ID, ANGKA_NOTASI_SALAH, 0, 0},
    {"; 1.2345 bad group", "1.2345", ID, ANGKA_NOTASI_SALAH, 0, 0},
    {"; 3,75,1 two marks", "3,75,1", ID, ANGKA_NOTASI_SALAH, 0, 0},
    {"; 3, no digits after the mark", "3,", ID, ANGKA_NOTASI_SALAH, 0, 0},
    {"; Rp 1.000", "Rp 1.000", ID, ANGKA_ADA_RP, 0, 0},
    {"; 95,45%", "95,45%", ID, ANGKA_ADA_PERSEN, 0, 0},
    {"; abc", "abc", ID, ANGKA_BUKAN_ANGKA, 0, 0},
    {"; 1e5 exponent", "1e5", ID, ANGKA_BUKAN_ANGKA, 0, 0},
    {"; 1 000 space inside", "1 000", ID, ANGKA_BUKAN_ANGKA, 0, 0},
    {"; empty", "", ID, ANGKA_KOSONG, 0, 0},
    {"; blank", "   ", ID, ANGKA_KOSONG, 0, 0},
    {", 3.75", "3.75", EN, ANGKA_OK, 3.75, 2},
    {", 19133884991", "19133884991", EN, ANGKA_OK, 19133884991.0, 0},
    {", 0.5", "0.5", EN, ANGKA_OK, 0.5, 1},
    {", 3,75 (quoted) is not 3.75", "3,75", EN, ANGKA_NOTASI_SALAH, 0, 0},
    {", 19,133,884,991 grouped", "19,133,884,991", EN, ANGKA_NOTASI_SALAH, 0,
     0},
    {", 1.2.3", "1.2.3", EN, ANGKA_NOTASI_SALAH, 0, 0},
    {", inf", "inf", EN, ANGKA_BUKAN_ANGKA, 0, 0},
    {", 0x10", "0x10", EN, ANGKA_BUKAN_ANGKA, 0, 0},
    {", 18 digits", "123456789012345678", EN, ANGKA_TERLALU_PANJANG, 0, 0},
};

static void uji_angka(void **state)
{
    const kasus_angka *k = *state;
    double v = -1;
    int d = -1;
    angka_hasil h = angka_baca(k->teks, k->notasi, &v, &d);
    if (h != k->hasil)
        fail_msg("'%s' gave %d (%s), expected %d", k->teks, h,
                 angka_hasil_teks(h, k->notasi), k->hasil);
    if (h == ANGKA_OK) {
        assert_double_sama(v, k->nilai);
        assert_int_equal(d, k->desimal);
    }
}

UJI_BARIS(kasus_rupiah, const char *teks; notasi notasi; angka_hasil hasil;
          int64_t nilai;);

static const kasus_rupiah tabel_rupiah[] = {
    {"; 19.133.884.991 (Tabel 3.5)", "19.133.884.991", ID, ANGKA_OK,
     INT64_C(19133884991)},
    {"; trailing ,00 of sen", "18.416.966.117,00", ID, ANGKA_OK,
     INT64_C(18416966117)},
    {"; 905.000", "905.000", ID, ANGKA_OK, 905000},
    {"; sen ,50 refused", "905.000,50", ID, ANGKA_BUKAN_BULAT, 0},
    {"; 2^53 exactly", "9.007.199.254.740.992", ID, ANGKA_OK,
     INT64_C(9007199254740992)},
    {"; 2^53 + 1 too big", "9.007.199.254.740.993", ID, ANGKA_TERLALU_BESAR, 0},
    {"; 4.706.741.90 bad group (typo)", "4.706.741.90", ID, ANGKA_NOTASI_SALAH,
     0},
    {", 19133884991.00", "19133884991.00", EN, ANGKA_OK, INT64_C(19133884991)},
    {", 19.133.884.991 is not a , number", "19.133.884.991", EN,
     ANGKA_NOTASI_SALAH, 0},
    {", 100.5 sen refused", "100.5", EN, ANGKA_BUKAN_BULAT, 0},
    {", Rp5000", "Rp5000", EN, ANGKA_ADA_RP, 0},
};

static void uji_rupiah(void **state)
{
    const kasus_rupiah *k = *state;
    int64_t v = -1;
    angka_hasil h = rupiah_baca(k->teks, k->notasi, &v);
    if (h != k->hasil)
        fail_msg("'%s' gave %d (%s), expected %d", k->teks, h,
                 angka_hasil_teks(h, k->notasi), k->hasil);
    if (h == ANGKA_OK)
        assert_int_equal(v, k->nilai);
}

UJI_BARIS(kasus_tanggal, const char *teks; notasi notasi; bool sah;
          int tahun, bulan, hari;);

static const kasus_tanggal tabel_tanggal[] = {
    {"ISO 2024-09-23", "2024-09-23", ID, true, 2024, 9, 23},
    {"ISO in , files", "2024-09-23", EN, true, 2024, 9, 23},
    {"23 September 2024 (Lampiran 3)", "23 September 2024", ID, true, 2024, 9,
     23},
    {"6 februari 2024, any case", "6 februari 2024", EN, true, 2024, 2, 6},
    {"23/09/2024 day first in ; files", "23/09/2024", ID, true, 2024, 9, 23},
    {"23/09/2024 refused in , files (month first there)", "23/09/2024", EN,
     false, 0, 0, 0},
    {"29 Februari 2024 (leap)", "29 Februari 2024", ID, true, 2024, 2, 29},
    {"29 Februari 2023 does not exist", "29 Februari 2023", ID, false, 0, 0, 0},
    {"2024-13-01", "2024-13-01", ID, false, 0, 0, 0},
    {"31 April 2024", "31 April 2024", ID, false, 0, 0, 0},
    {"23 Sept 2024 (abbreviation)", "23 Sept 2024", ID, false, 0, 0, 0},
    {"empty", "", ID, false, 0, 0, 0},
};

static void uji_tanggal(void **state)
{
    const kasus_tanggal *k = *state;
    tanggal t = {0, 0, 0};
    bool sah = tanggal_baca(k->teks, k->notasi, &t);
    assert_int_equal(sah, k->sah);
    if (sah) {
        assert_int_equal(t.tahun, k->tahun);
        assert_int_equal(t.bulan, k->bulan);
        assert_int_equal(t.hari, k->hari);
    }
}

int main(void)
{
    int gagal = 0;
    gagal += uji_per_baris("angka_baca", tabel_angka, sizeof tabel_angka[0],
                           UJI_JUMLAH(tabel_angka), uji_angka);
    gagal += uji_per_baris("rupiah_baca", tabel_rupiah, sizeof tabel_rupiah[0],
                           UJI_JUMLAH(tabel_rupiah), uji_rupiah);
    gagal +=
        uji_per_baris("tanggal_baca", tabel_tanggal, sizeof tabel_tanggal[0],
                      UJI_JUMLAH(tabel_tanggal), uji_tanggal);
    return gagal;
}
