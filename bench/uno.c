/*
 * uno.c - the add-in's own share of a Calc call, under callgrind: the
 * dispatcher (member name, routing) and konversi.c (UNO any -> cells ->
 * fungsi_panggil -> any), called exactly as LibreOffice's bridge calls it
 * (the figures: BENCHMARKS.md).
 *
 * Outside the office there is no type manager: the method descriptions and
 * the values come from the stand-in bridge the component test uses
 * (tests/komponen/jembatan.h).
 *
 * Scenarios (one callgrind dump each; bench/inti.py divides by the count):
 *   uno_capaian_skalar     N dispatcher calls CAPAIAN(number; number; VOID):
 *                          the per-cell formula's cost inside our library
 *   uno_capaian_rentang    one call over N x 1 ranges, per element: the
 *                          array formula's cost inside our library
 *   uno_kategori_rentang   one KATEGORI call over N x 1, per element
 *                          (result [][]string)
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <valgrind/callgrind.h>

#include "jembatan.h"

#define N 100000

/* Every parameter and the result are `any`, as in the add-in's IDL. */
static void metode_isi(metode_uji *m, const char *nama_penuh,
                       sal_Int32 jumlah_param)
{
    jembatan_metode_isi(m, nama_penuh, typelib_TypeClass_ANY, jumlah_param,
                        typelib_TypeClass_ANY);
}

static uint64_t benih = 0x2024u;

static double acak(double bawah, double atas)
{
    benih = benih * 6364136223846793005u + 1442695040888963407u;
    double u = (double)(benih >> 11) / 9007199254740992.0;
    return bawah + u * (atas - bawah);
}

static volatile double jejak;

static void panggil(uno_Interface *objek, metode_uji *m, uno_Any *hasil,
                    void *argumen[])
{
    uno_Any ruang;
    if (jembatan_panggil(objek, m, hasil, argumen, &ruang) != NULL) {
        fprintf(stderr, "bench-uno: the call raised an exception\n");
        exit(1);
    }
}

int main(void)
{
    static double target[N], realisasi[N], nilai[N];
    for (size_t i = 0; i < N; i++) {
        target[i] = floor(acak(1.0, 1000.0) * 100.0) / 100.0;
        realisasi[i] = floor(acak(0.0, 1500.0) * 100.0) / 100.0;
        nilai[i] = acak(0.0, 150.0);
    }
    uno_Interface *objek = objek_baru();
    metode_uji capaian, kategori;
    metode_isi(&capaian, KINERJA_INTERFACE_NAME "::CAPAIAN", 3);
    metode_isi(&kategori, KINERJA_INTERFACE_NAME "::KATEGORI", 2);
    double jumlah = 0.0;

    /* Per-cell formulas: three scalar anys per call. */
    uno_Any *a_target = malloc(N * sizeof(uno_Any));
    uno_Any *a_realisasi = malloc(N * sizeof(uno_Any));
    uno_Any kosong;
    jembatan_any_kosong(&kosong);
    for (size_t i = 0; i < N; i++) {
        uno_type_any_construct(&a_target[i], &target[i],
                               jembatan_tipe(typelib_TypeClass_DOUBLE), NULL);
        uno_type_any_construct(&a_realisasi[i], &realisasi[i],
                               jembatan_tipe(typelib_TypeClass_DOUBLE), NULL);
    }
    CALLGRIND_ZERO_STATS;
    for (size_t i = 0; i < N; i++) {
        void *argumen[3] = {&a_target[i], &a_realisasi[i], &kosong};
        uno_Any hasil;
        panggil(objek, &capaian, &hasil, argumen);
        jumlah += *(const double *)hasil.pData;
        uno_any_destruct(&hasil, NULL);
    }
    CALLGRIND_DUMP_STATS_AT("uno_capaian_skalar");
    for (size_t i = 0; i < N; i++) {
        uno_any_destruct(&a_target[i], NULL);
        uno_any_destruct(&a_realisasi[i], NULL);
    }
    free(a_target);
    free(a_realisasi);

    /* The array form: one call over whole columns. */
    uno_Any k_target, k_realisasi, k_nilai;
    if (!jembatan_any_rentang(&k_target, target, N, 1, 1) ||
        !jembatan_any_rentang(&k_realisasi, realisasi, N, 1, 1) ||
        !jembatan_any_rentang(&k_nilai, nilai, N, 1, 1)) {
        fprintf(stderr, "bench-uno: out of memory\n");
        return 1;
    }
    {
        void *argumen[3] = {&k_target, &k_realisasi, &kosong};
        uno_Any hasil;
        CALLGRIND_ZERO_STATS;
        panggil(objek, &capaian, &hasil, argumen);
        uno_any_destruct(&hasil, NULL);
        CALLGRIND_DUMP_STATS_AT("uno_capaian_rentang");
    }
    {
        void *argumen[2] = {&k_nilai, &kosong};
        uno_Any hasil;
        CALLGRIND_ZERO_STATS;
        panggil(objek, &kategori, &hasil, argumen);
        uno_any_destruct(&hasil, NULL);
        CALLGRIND_DUMP_STATS_AT("uno_kategori_rentang");
    }
    uno_any_destruct(&k_target, NULL);
    uno_any_destruct(&k_realisasi, NULL);
    uno_any_destruct(&k_nilai, NULL);

    jembatan_metode_bebas(&capaian);
    jembatan_metode_bebas(&kategori);
    objek->release(objek);
    jejak = jumlah;
    printf("bench-uno: checksum %.6g\n", jejak);
    return 0;
}
