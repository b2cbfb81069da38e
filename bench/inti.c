/*
 * inti.c - the core and the function layer under callgrind: instructions
 * per call, repeatable on any machine (BENCHMARKS.md, item 4).
 *
 * Each scenario calls one function N times over varied, realistic inputs
 * made beforehand, between CALLGRIND_ZERO_STATS and
 * CALLGRIND_DUMP_STATS_AT("scenario"), so every scenario is one callgrind
 * dump.  bench/inti.py runs it under valgrind and reads, per dump, the
 * inclusive cost of the function named in the scenario table below divided
 * by its number of calls.  Outside valgrind the client requests do nothing
 * and the program only prints a checksum.
 *
 * Scenarios (name, measured function, calls):
 *   capaian_naik      capaian_hitung rumus 1           N
 *   capaian_turun     capaian_hitung rumus 2           N
 *   serapan           serapan_hitung                   N
 *   efisiensi         efisiensi_hitung RASIO           N
 *   bulat_desimal     bulat_desimal(x; 2)              N
 *   kategori_tingkat  skala_cari, preset TINGKAT    N
 *   kategori_berhasil skala_cari, preset BERHASIL   N
 *   indeks_spbe_47    indeks_spbe_resmi over 47 values N/100
 *   indeks_spbe_47_bobot indeks_spbe_hitung, 47 weights N/100
 *   panggil_capaian_rentang  fungsi_panggil CAPAIAN over an N x 1 range (per
 *                     element), arah omitted
 *   panggil_capaian_skalar   fungsi_panggil CAPAIAN, three scalars (per call)
 *   panggil_kategori_rentang fungsi_panggil KATEGORI over N x 1 (per element)
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <valgrind/callgrind.h>

#include "core/bulat.h"
#include "core/capaian.h"
#include "core/efisiensi.h"
#include "core/indeks_spbe.h"
#include "core/serapan.h"
#include "core/skala.h"
#include "fungsi/fungsi.h"

#define N 100000

/* A small deterministic generator: the same inputs on every run. */
static uint64_t benih = 0x2024u;

static double acak(double bawah, double atas)
{
    benih = benih * 6364136223846793005u + 1442695040888963407u;
    double u = (double)(benih >> 11) / 9007199254740992.0;
    return bawah + u * (atas - bawah);
}

static double target[N], realisasi[N], nilai[N];
static double spbe[47];
static double bobot[47];
static volatile double jejak; /* keeps results alive */

static void siapkan_masukan(void)
{
    for (size_t i = 0; i < N; i++) {
        /* targets and realisasi as an LKjIP has them: percents, counts,
         * indices; capaian values around 100 with many decimals */
        target[i] = floor(acak(1.0, 1000.0) * 100.0) / 100.0;
        realisasi[i] = floor(acak(0.0, 1500.0) * 100.0) / 100.0;
        nilai[i] = acak(0.0, 150.0);
    }
    for (size_t i = 0; i < 47; i++) {
        spbe[i] = floor(acak(1.0, 5.99));
        bobot[i] = acak(0.5, 3.0);
    }
}

/* The code is a variadic argument: it may hold commas. */
#define UKUR(nama, ...)                                                        \
    do {                                                                       \
        CALLGRIND_ZERO_STATS;                                                  \
        __VA_ARGS__;                                                           \
        CALLGRIND_DUMP_STATS_AT(nama);                                         \
    } while (0)

static void ukur_inti(void)
{
    double jumlah = 0.0, h = 0.0;

    UKUR("capaian_naik", {
        for (size_t i = 0; i < N; i++)
            if (capaian_hitung(target[i], &realisasi[i], CAPAIAN_RUMUS_NAIK,
                               &h) == KINERJA_OK)
                jumlah += h;
    });
    UKUR("capaian_turun", {
        for (size_t i = 0; i < N; i++)
            if (capaian_hitung(target[i], &realisasi[i], CAPAIAN_RUMUS_TURUN,
                               &h) == KINERJA_OK)
                jumlah += h;
    });
    UKUR("serapan", {
        for (size_t i = 0; i < N; i++)
            if (serapan_hitung(target[i] * 1e6, &realisasi[i], &h) ==
                KINERJA_OK)
                jumlah += h;
    });
    UKUR("efisiensi", {
        for (size_t i = 0; i < N; i++)
            if (efisiensi_hitung(nilai[i], target[i] / 10.0, EFISIENSI_RASIO,
                                 &h) == KINERJA_OK)
                jumlah += h;
    });
    UKUR("bulat_desimal", {
        for (size_t i = 0; i < N; i++)
            jumlah += bulat_desimal(nilai[i], 2);
    });

    const skala *tingkat = skala_preset_cari("TINGKAT");
    const skala *berhasil = skala_preset_cari("BERHASIL");
    size_t panjang = 0;
    UKUR("kategori_tingkat", {
        for (size_t i = 0; i < N; i++) {
            const char *label = NULL;
            if (skala_cari(tingkat, nilai[i], &label) == KINERJA_OK)
                panjang += strlen(label);
        }
    });
    UKUR("kategori_berhasil", {
        for (size_t i = 0; i < N; i++) {
            const char *label = NULL;
            if (skala_cari(berhasil, nilai[i], &label) == KINERJA_OK)
                panjang += strlen(label);
        }
    });

    UKUR("indeks_spbe_47", {
        for (size_t i = 0; i < N / 100; i++) {
            spbe[i % 47] = (double)(i % 5) + 1.0;
            if (indeks_spbe_resmi(spbe, 47, INDEKS_SPBE_KERANGKA_SPBE, &h) ==
                KINERJA_OK)
                jumlah += h;
        }
    });
    UKUR("indeks_spbe_47_bobot", {
        for (size_t i = 0; i < N / 100; i++) {
            spbe[i % 47] = (double)(i % 5) + 1.0;
            if (indeks_spbe_hitung(spbe, bobot, 47, INDEKS_SPBE_KERANGKA_SPBE,
                                   &h) == KINERJA_OK)
                jumlah += h;
        }
    });
    jejak = jumlah + (double)panjang;
}

/* The generic layer: what fungsi_panggil adds to the kernel per element. */
static void ukur_fungsi(void)
{
    const fungsi_info *capaian = fungsi_cari_nama("CAPAIAN");
    const fungsi_info *kategori = fungsi_cari_nama("KATEGORI");
    kinerja_sel *sel_target = malloc(N * sizeof(*sel_target));
    kinerja_sel *sel_realisasi = malloc(N * sizeof(*sel_realisasi));
    kinerja_sel *sel_nilai = malloc(N * sizeof(*sel_nilai));
    if (capaian == NULL || kategori == NULL || sel_target == NULL ||
        sel_realisasi == NULL || sel_nilai == NULL) {
        fprintf(stderr, "bench-inti: setup failed\n");
        exit(1);
    }
    for (size_t i = 0; i < N; i++) {
        sel_target[i] = sel_angka(target[i]);
        sel_realisasi[i] = sel_angka(realisasi[i]);
        sel_nilai[i] = sel_angka(nilai[i]);
    }
    kinerja_sel tiada = sel_tiada();
    kinerja_matriks arg[3] = {
        {N, 1, sel_target, true},
        {N, 1, sel_realisasi, true},
        matriks_skalar(&tiada),
    };
    kinerja_matriks hasil;
    double jumlah = 0.0;

    UKUR("panggil_capaian_rentang", {
        if (fungsi_panggil(capaian, arg, 3, &hasil) == KINERJA_OK) {
            jumlah += hasil.sel[N / 2].angka;
            kinerja_matriks_bebas(&hasil);
        }
    });

    UKUR("panggil_capaian_skalar", {
        for (size_t i = 0; i < N; i++) {
            kinerja_sel t = sel_angka(target[i]), r = sel_angka(realisasi[i]);
            kinerja_matriks a[3] = {matriks_skalar(&t), matriks_skalar(&r),
                                    matriks_skalar(&tiada)};
            if (fungsi_panggil(capaian, a, 3, &hasil) == KINERJA_OK) {
                jumlah += hasil.sel[0].angka;
                kinerja_matriks_bebas(&hasil);
            }
        }
    });

    kinerja_matriks arg_kategori[2] = {
        {N, 1, sel_nilai, true},
        matriks_skalar(&tiada),
    };
    UKUR("panggil_kategori_rentang", {
        if (fungsi_panggil(kategori, arg_kategori, 2, &hasil) == KINERJA_OK) {
            jumlah += (double)(hasil.sel[N / 2].jenis);
            kinerja_matriks_bebas(&hasil);
        }
    });

    free(sel_target);
    free(sel_realisasi);
    free(sel_nilai);
    jejak += jumlah;
}

int main(void)
{
    siapkan_masukan();
    ukur_inti();
    ukur_fungsi();
    printf("bench-inti: checksum %.6g\n", jejak);
    return 0;
}
