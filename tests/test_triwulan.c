/*
 * test_triwulan.c - rolling quarters up to the year: flows sum the filled
 * quarters, levels take the last filled one, empty quarters are not zeros.
 */
#include "uji.h"

#include "core/triwulan.h"

UJI_BARIS(kasus_triwulan, double nilai[4]; bool terisi[4]; size_t n;
          triwulan_jenis jenis; kinerja_status status; double harapan;);

#define T true
#define F false

static const kasus_triwulan kasus[] = {
    {"flow, all four quarters",
     {3, 4, 5, 7},
     {T, T, T, T},
     4,
     TRIWULAN_JUMLAH,
     KINERJA_OK,
     19},
    {"flow, two quarters so far",
     {3, 4, 0, 0},
     {T, T, F, F},
     4,
     TRIWULAN_JUMLAH,
     KINERJA_OK,
     7},
    {"flow, a gap is skipped, not zero",
     {3, 0, 5, 0},
     {T, F, T, F},
     4,
     TRIWULAN_JUMLAH,
     KINERJA_OK,
     8},
    {"flow, a filled zero counts",
     {0, 0, 0, 0},
     {T, F, F, F},
     4,
     TRIWULAN_JUMLAH,
     KINERJA_OK,
     0},
    {"level, last filled quarter",
     {3.52, 3.8, 4.16, 0},
     {T, T, T, F},
     4,
     TRIWULAN_AKHIR,
     KINERJA_OK,
     4.16},
    {"level, gap before the last",
     {90, 0, 0, 95.45},
     {T, F, F, T},
     4,
     TRIWULAN_AKHIR,
     KINERJA_OK,
     95.45},
    {"level, only TW I",
     {21.5, 0, 0, 0},
     {T, F, F, F},
     4,
     TRIWULAN_AKHIR,
     KINERJA_OK,
     21.5},
    {"nothing filled: no value",
     {1, 2, 3, 4},
     {F, F, F, F},
     4,
     TRIWULAN_JUMLAH,
     KINERJA_KOSONG,
     0},
    {"nothing filled, level: no value",
     {1, 2, 3, 4},
     {F, F, F, F},
     4,
     TRIWULAN_AKHIR,
     KINERJA_KOSONG,
     0},
    {"three quarters given",
     {1, 2, 3, 0},
     {T, T, T, F},
     3,
     TRIWULAN_JUMLAH,
     KINERJA_OK,
     6},
    {"five quarters: bad",
     {1, 2, 3, 4},
     {T, T, T, T},
     5,
     TRIWULAN_JUMLAH,
     KINERJA_GALAT_ARGUMEN,
     0},
    {"no quarters: bad",
     {1, 2, 3, 4},
     {T, T, T, T},
     0,
     TRIWULAN_JUMLAH,
     KINERJA_GALAT_ARGUMEN,
     0},
    {"unknown kind",
     {1, 2, 3, 4},
     {T, T, T, T},
     4,
     (triwulan_jenis)7,
     KINERJA_GALAT_ARGUMEN,
     0},
    {"NaN in a filled quarter",
     {1, NAN, 3, 4},
     {T, T, T, T},
     4,
     TRIWULAN_JUMLAH,
     KINERJA_GALAT_ARGUMEN,
     0},
    {"finite quarters summing past DBL_MAX: an error, not infinity",
     {1.7e308, 1.7e308, 0, 0},
     {T, T, F, F},
     4,
     TRIWULAN_JUMLAH,
     KINERJA_GALAT_ARGUMEN,
     0},
    {"NaN in an empty quarter is ignored",
     {1, NAN, 3, 4},
     {T, F, T, T},
     4,
     TRIWULAN_JUMLAH,
     KINERJA_OK,
     8},
};

static void uji_kasus(void **state)
{
    const kasus_triwulan *k = *state;
    double hasil = UJI_TIDAK_DIUBAH;
    kinerja_status st =
        triwulan_rekap(k->nilai, k->terisi, k->n, k->jenis, &hasil);
    uji_hasil_periksa(st, hasil, k->status, k->harapan, 0);
}

/* Lower and upper case are read as well. */
static const uji_pilihan nama_diterima[] = {
    {"jumlah", TRIWULAN_JUMLAH},
    {"Akhir", TRIWULAN_AKHIR},
    {"2", TRIWULAN_AKHIR},
};
static const char *const nama_ditolak[] = {"rata"};
UJI_PEMBACA_NAMA(uji_nama, triwulan_jenis, triwulan_jenis_dari_nama,
                 nama_diterima, nama_ditolak)

/* No text at all (an empty argument) names no jenis. */
static void uji_nama_null(void **state)
{
    (void)state;
    triwulan_jenis j = (triwulan_jenis)UJI_PILIHAN_TIDAK_DIUBAH;
    assert_status(triwulan_jenis_dari_nama(NULL, &j), KINERJA_GALAT_ARGUMEN);
    assert_int_equal(j, UJI_PILIHAN_TIDAK_DIUBAH);
}

static const uji_pilihan_angka angka_diterima[] = {
    {"angka 1 -> JUMLAH", 1, TRIWULAN_JUMLAH},
};
static const double angka_ditolak[] = {3};
UJI_PEMBACA_ANGKA(uji_angka, triwulan_jenis, triwulan_jenis_dari_angka,
                  angka_diterima, angka_ditolak)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(uji_nama_null),
    };
    int gagal = UJI_TABEL("triwulan_rekap", kasus, uji_kasus);
    gagal += cmocka_run_group_tests(tests, NULL, NULL);
    gagal += uji_nama();
    gagal += uji_angka();
    return gagal;
}
