/*
 * uno.c - the add-in's own share of a Calc call, under callgrind: the
 * dispatcher (member name, routing) and konversi.c (UNO any -> cells ->
 * fungsi_panggil -> any), called exactly as LibreOffice's bridge calls it
 * (BENCHMARKS.md, items 1, 2 and 4).
 *
 * Outside the office there is no type manager, so the method description
 * is filled in here with the fields the dispatcher reads, as
 * addin/uno/uji_komponen.c does.
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

#include "komponen.h"

#define N 100000

typedef struct metode_uji {
    typelib_InterfaceMethodTypeDescription td;
    typelib_MethodParameter param[FUNGSI_ARGUMEN_MAKS];
} metode_uji;

static typelib_TypeDescriptionReference *tipe(typelib_TypeClass kelas)
{
    return *typelib_static_type_getByTypeClass(kelas);
}

static void metode_isi(metode_uji *m, const char *nama_penuh,
                       sal_Int32 jumlah_param)
{
    memset(m, 0, sizeof(*m));
    typelib_TypeDescription *td = &m->td.aBase.aBase;
    td->eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
    rtl_uString_newFromAscii(&td->pTypeName, nama_penuh);
    m->td.pReturnTypeRef = tipe(typelib_TypeClass_ANY);
    m->td.nParams = jumlah_param;
    m->td.pParams = m->param;
    for (sal_Int32 i = 0; i < jumlah_param; i++) {
        m->param[i].pTypeRef = tipe(typelib_TypeClass_ANY);
        m->param[i].bIn = 1;
    }
}

static uint64_t benih = 0x2024u;

static double acak(double bawah, double atas)
{
    benih = benih * 6364136223846793005u + 1442695040888963407u;
    double u = (double)(benih >> 11) / 9007199254740992.0;
    return bawah + u * (atas - bawah);
}

/* An any holding an N x 1 [][]any of doubles, as Calc passes a column. */
static void any_kolom(uno_Any *a, const double *nilai, size_t n)
{
    uno_Sequence **baris = malloc(n * sizeof(*baris));
    for (size_t r = 0; r < n; r++) {
        uno_Any elemen;
        uno_type_any_construct(&elemen, (void *)&nilai[r],
                               tipe(typelib_TypeClass_DOUBLE), NULL);
        baris[r] = NULL;
        uno_type_sequence_construct(&baris[r], tipe_urutan_any(), &elemen, 1,
                                    NULL);
        uno_any_destruct(&elemen, NULL);
    }
    uno_Sequence *luar = NULL;
    uno_type_sequence_construct(&luar, tipe_urutan_urutan_any(), baris,
                                (sal_Int32)n, NULL);
    for (size_t r = 0; r < n; r++)
        uno_type_destructData(&baris[r], tipe_urutan_any(), NULL);
    free(baris);
    uno_type_any_construct(a, &luar, tipe_urutan_urutan_any(), NULL);
    uno_type_destructData(&luar, tipe_urutan_urutan_any(), NULL);
}

static volatile double jejak;

static void panggil(uno_Interface *objek, metode_uji *m, uno_Any *hasil,
                    void *argumen[])
{
    uno_Any ruang_galat;
    uno_Any *galat = &ruang_galat;
    objek->pDispatcher(objek, &m->td.aBase.aBase, hasil, argumen, &galat);
    if (galat != NULL) {
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
    uno_any_construct(&kosong, NULL, NULL, NULL);
    for (size_t i = 0; i < N; i++) {
        uno_type_any_construct(&a_target[i], &target[i],
                               tipe(typelib_TypeClass_DOUBLE), NULL);
        uno_type_any_construct(&a_realisasi[i], &realisasi[i],
                               tipe(typelib_TypeClass_DOUBLE), NULL);
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
    any_kolom(&k_target, target, N);
    any_kolom(&k_realisasi, realisasi, N);
    any_kolom(&k_nilai, nilai, N);
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

    rtl_uString_release(capaian.td.aBase.aBase.pTypeName);
    rtl_uString_release(kategori.td.aBase.aBase.pTypeName);
    objek->release(objek);
    jejak = jumlah;
    printf("bench-uno: checksum %.6g\n", jejak);
    return 0;
}
