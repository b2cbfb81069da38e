#include "fungsi_kernel.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/capaian.h"
#include "../core/efisiensi.h"
#include "../core/indeks_spbe.h"
#include "../core/nama.h"
#include "../core/periksa_anggaran.h"
#include "../core/rupiah.h"
#include "../core/serapan.h"
#include "../core/skala.h"
#include "../core/triwulan.h"

static void tulis_angka(kinerja_status st, double nilai, kinerja_sel *hasil)
{
    if (st == KINERJA_OK)
        *hasil = sel_angka(nilai);
    else if (st == KINERJA_KOSONG)
        *hasil = sel_kosong();
    else
        *hasil = sel_galat(st);
}

/* An optional choice left out: omitted, an empty cell inside a range, or a
 * lone empty cell (which Calc passes as 0, indistinguishable from 0). */
static bool pilihan_bawaan(const kinerja_sel *s)
{
    return s->jenis == SEL_TIADA || s->jenis == SEL_KOSONG ||
           (s->jenis == SEL_ANGKA && s->angka == 0.0);
}

static kinerja_status arah_baca(const kinerja_sel *s, capaian_rumus *rumus)
{
    if (pilihan_bawaan(s)) {
        *rumus = CAPAIAN_RUMUS_NAIK;
        return KINERJA_OK;
    }
    if (s->jenis == SEL_ANGKA)
        return capaian_rumus_dari_angka(s->angka, rumus);
    return capaian_rumus_dari_nama(s->teks, rumus);
}

static kinerja_status metode_baca(const kinerja_sel *s,
                                  efisiensi_metode *metode)
{
    if (pilihan_bawaan(s)) {
        *metode = EFISIENSI_RASIO;
        return KINERJA_OK;
    }
    if (s->jenis == SEL_ANGKA)
        return efisiensi_metode_dari_angka(s->angka, metode);
    return efisiensi_metode_dari_nama(s->teks, metode);
}

void kernel_capaian(const kinerja_matriks *arg, size_t i, const void *konteks,
                    kinerja_sel *hasil)
{
    (void)konteks;
    capaian_rumus rumus;
    kinerja_status st =
        arah_baca(fungsi_arg_sel(&arg[CAPAIAN_ARG_ARAH], i), &rumus);
    double nilai = 0.0;
    if (st == KINERJA_OK)
        st = capaian_hitung(
            fungsi_arg_sel(&arg[CAPAIAN_ARG_TARGET], i)->angka,
            &fungsi_arg_sel(&arg[CAPAIAN_ARG_REALISASI], i)->angka, rumus,
            &nilai);
    tulis_angka(st, nilai, hasil);
}

void kernel_serapan(const kinerja_matriks *arg, size_t i, const void *konteks,
                    kinerja_sel *hasil)
{
    (void)konteks;
    double nilai = 0.0;
    kinerja_status st = serapan_hitung(
        fungsi_arg_sel(&arg[SERAPAN_ARG_PAGU], i)->angka,
        &fungsi_arg_sel(&arg[SERAPAN_ARG_REALISASI], i)->angka, &nilai);
    tulis_angka(st, nilai, hasil);
}

void kernel_efisiensi(const kinerja_matriks *arg, size_t i, const void *konteks,
                      kinerja_sel *hasil)
{
    (void)konteks;
    efisiensi_metode metode;
    kinerja_status st =
        metode_baca(fungsi_arg_sel(&arg[EFISIENSI_ARG_METODE], i), &metode);
    double nilai = 0.0;
    if (st == KINERJA_OK)
        st = efisiensi_hitung(
            fungsi_arg_sel(&arg[EFISIENSI_ARG_KINERJA], i)->angka,
            fungsi_arg_sel(&arg[EFISIENSI_ARG_ANGGARAN], i)->angka, metode,
            &nilai);
    tulis_angka(st, nilai, hasil);
}

/* ---- KATEGORI: the scale is read once per call ------------------------ */

typedef struct kategori_konteks {
    const skala *pakai; /* the scale looked up in */
    skala milik;        /* a custom scale read from a range */
    skala_pita pita[];  /* its bands */
} kategori_konteks;

/* The exclusivity marker of a custom band: empty or ">=" inclusive, ">"
 * exclusive. */
static kinerja_status penanda_baca(const kinerja_sel *s, bool *eksklusif)
{
    if (s->jenis == SEL_KOSONG) {
        *eksklusif = false;
        return KINERJA_OK;
    }
    if (s->jenis == SEL_TEKS && strcmp(s->teks, ">") == 0) {
        *eksklusif = true;
        return KINERJA_OK;
    }
    if (s->jenis == SEL_TEKS &&
        (strcmp(s->teks, ">=") == 0 || strcmp(s->teks, "\xe2\x89\xa5") == 0)) {
        *eksklusif = false;
        return KINERJA_OK;
    }
    return KINERJA_GALAT_ARGUMEN;
}

static bool baris_kosong(const kinerja_matriks *m, size_t r)
{
    for (size_t c = 0; c < m->kolom; c++)
        if (m->sel[r * m->kolom + c].jenis != SEL_KOSONG)
            return false;
    return true;
}

/* A custom scale from a range: lower bound | label | optional ">".  Fully
 * empty rows (a range drawn larger than the table) are skipped. */
static kinerja_status skala_dari_rentang(const kinerja_matriks *m,
                                         kategori_konteks **hasil)
{
    if (m->kolom != 2 && m->kolom != 3)
        return KINERJA_GALAT_ARGUMEN;
    kategori_konteks *k = malloc(sizeof(*k) + m->baris * sizeof(k->pita[0]));
    if (k == NULL)
        return KINERJA_GALAT_MEMORI;
    size_t n = 0;
    kinerja_status st = KINERJA_OK;
    for (size_t r = 0; r < m->baris && st == KINERJA_OK; r++) {
        if (baris_kosong(m, r))
            continue;
        const kinerja_sel *batas = &m->sel[r * m->kolom];
        const kinerja_sel *label = batas + 1;
        if (batas->jenis == SEL_TEKS)
            st = KINERJA_GALAT_TIPE;
        else if (batas->jenis != SEL_ANGKA || label->jenis != SEL_TEKS)
            st = KINERJA_GALAT_ARGUMEN;
        bool eksklusif = false;
        if (st == KINERJA_OK && m->kolom == 3)
            st = penanda_baca(batas + 2, &eksklusif);
        if (st == KINERJA_OK)
            k->pita[n++] = (skala_pita){batas->angka, eksklusif, label->teks};
    }
    k->milik = (skala){NULL, k->pita, n, -INFINITY, INFINITY};
    k->pakai = &k->milik;
    if (st == KINERJA_OK)
        st = skala_periksa(&k->milik);
    if (st != KINERJA_OK) {
        free(k);
        return st;
    }
    *hasil = k;
    return KINERJA_OK;
}

kinerja_status kernel_kategori_siapkan(const kinerja_matriks *arg,
                                       void **konteks)
{
    const kinerja_matriks *m = &arg[KATEGORI_ARG_SKALA];
    kategori_konteks *k;
    if (m->rentang || m->baris > 1 || m->kolom > 1) {
        kinerja_status st = skala_dari_rentang(m, &k);
        if (st != KINERJA_OK)
            return st;
        *konteks = k;
        return KINERJA_OK;
    }

    const kinerja_sel *s = &m->sel[0];
    const skala *preset;
    if (pilihan_bawaan(s))
        preset = skala_preset_bawaan();
    else if (s->jenis == SEL_TEKS)
        preset = skala_preset_cari(s->teks);
    else
        preset = NULL;
    if (preset == NULL)
        return KINERJA_GALAT_ARGUMEN;
    k = malloc(sizeof(*k));
    if (k == NULL)
        return KINERJA_GALAT_MEMORI;
    k->pakai = preset;
    *konteks = k;
    return KINERJA_OK;
}

void kernel_kategori_lepas(void *konteks)
{
    free(konteks);
}

void kernel_kategori(const kinerja_matriks *arg, size_t i, const void *konteks,
                     kinerja_sel *hasil)
{
    const kategori_konteks *k = konteks;
    const char *label = NULL;
    kinerja_status st = skala_cari(
        k->pakai, fungsi_arg_sel(&arg[KATEGORI_ARG_NILAI], i)->angka, &label);
    *hasil = st == KINERJA_OK ? sel_teks(label) : sel_galat(st);
}

/* ---- INDEKS_SPBE: whole ranges in, one number out --------------------- */

static kinerja_status kerangka_baca(const kinerja_matriks *m,
                                    indeks_spbe_kerangka *kerangka)
{
    if (m->rentang || m->baris > 1 || m->kolom > 1)
        return KINERJA_GALAT_ARGUMEN;
    const kinerja_sel *s = &m->sel[0];
    if (pilihan_bawaan(s)) {
        *kerangka = INDEKS_SPBE_KERANGKA_SPBE;
        return KINERJA_OK;
    }
    if (s->jenis != SEL_TEKS)
        return KINERJA_GALAT_ARGUMEN;
    return indeks_spbe_kerangka_dari_nama(s->teks, kerangka);
}

/* The values of a range, row by row.  An empty value means the assessment
 * is incomplete (#N/A), an empty weight is a mistake (Err:502). */
static kinerja_status angka_kumpulkan(const kinerja_matriks *m,
                                      kinerja_status jika_kosong, double *angka)
{
    size_t n = m->baris * m->kolom;
    for (size_t j = 0; j < n; j++) {
        const kinerja_sel *s = &m->sel[j];
        if (s->jenis == SEL_KOSONG)
            return jika_kosong;
        if (s->jenis == SEL_TEKS)
            return KINERJA_GALAT_TIPE;
        if (s->jenis != SEL_ANGKA)
            return KINERJA_GALAT_ARGUMEN;
        angka[j] = s->angka;
    }
    return KINERJA_OK;
}

static bool bobot_dihilangkan(const kinerja_matriks *m)
{
    return !m->rentang && m->baris == 1 && m->kolom == 1 &&
           pilihan_bawaan(&m->sel[0]);
}

void kernel_indeks_spbe(const kinerja_matriks *arg, size_t i,
                        const void *konteks, kinerja_sel *hasil)
{
    (void)i;
    (void)konteks;
    const kinerja_matriks *nilai = &arg[INDEKS_SPBE_ARG_NILAI];
    const kinerja_matriks *bobot = &arg[INDEKS_SPBE_ARG_BOBOT];
    size_t n = nilai->baris * nilai->kolom;

    indeks_spbe_kerangka kerangka;
    kinerja_status st =
        kerangka_baca(&arg[INDEKS_SPBE_ARG_KERANGKA], &kerangka);
    bool resmi = bobot_dihilangkan(bobot);
    if (st == KINERJA_OK && !resmi &&
        (bobot->baris != nilai->baris || bobot->kolom != nilai->kolom))
        st = KINERJA_GALAT_ARGUMEN;
    if (st != KINERJA_OK) {
        *hasil = sel_galat(st);
        return;
    }

    double *ruang = malloc(2 * n * sizeof(double));
    if (ruang == NULL) {
        *hasil = sel_galat(KINERJA_GALAT_MEMORI);
        return;
    }
    double *angka = ruang;
    double *berat = ruang + n;
    double indeks = 0.0;
    st = angka_kumpulkan(nilai, KINERJA_GALAT_TIDAK_TERSEDIA, angka);
    if (st == KINERJA_OK && resmi)
        st = indeks_spbe_resmi(angka, n, kerangka, &indeks);
    else if (st == KINERJA_OK) {
        st = angka_kumpulkan(bobot, KINERJA_GALAT_ARGUMEN, berat);
        if (st == KINERJA_OK)
            st = indeks_spbe_hitung(angka, berat, n, kerangka, &indeks);
    }
    free(ruang);
    tulis_angka(st, indeks, hasil);
}

/* ---- finance cross-checks ----------------------------------------------- */

/* total - sum(rincian) in whole rupiah, exactly.  Empty parts are not
 * counted, as SUM does; a part with sen or beyond 2^53 is an error rather
 * than a rounded difference. */
void kernel_selisih_rincian(const kinerja_matriks *arg, size_t i,
                            const void *konteks, kinerja_sel *hasil)
{
    (void)konteks;
    const kinerja_matriks *rincian = &arg[SELISIH_RINCIAN_ARG_RINCIAN];
    int64_t total;
    kinerja_status st = rupiah_dari_double(
        fungsi_arg_sel(&arg[SELISIH_RINCIAN_ARG_TOTAL], i)->angka, &total);
    int64_t jumlah = 0;
    size_t n = rincian->baris * rincian->kolom;
    for (size_t j = 0; j < n && st == KINERJA_OK; j++) {
        const kinerja_sel *s = &rincian->sel[j];
        int64_t bagian;
        if (s->jenis == SEL_KOSONG || s->jenis == SEL_TIADA)
            continue;
        if (s->jenis == SEL_TEKS)
            st = KINERJA_GALAT_TIPE;
        else if (s->jenis == SEL_GALAT)
            st = s->galat;
        else
            st = rupiah_dari_double(s->angka, &bagian);
        if (st == KINERJA_OK)
            st = rupiah_jumlah((const int64_t[]){jumlah, bagian}, 2, &jumlah);
    }
    int64_t selisih = 0;
    if (st == KINERJA_OK)
        st = rupiah_selisih(total, &jumlah, 1, &selisih);
    tulis_angka(st, (double)selisih, hasil);
}

/* The finding for one budget line.  Realisasi is optional in the table so
 * that an empty cell inside a range reaches here as "not entered". */
void kernel_cek_anggaran(const kinerja_matriks *arg, size_t i,
                         const void *konteks, kinerja_sel *hasil)
{
    (void)konteks;
    const kinerja_sel *realisasi =
        fungsi_arg_sel(&arg[CEK_ANGGARAN_ARG_REALISASI], i);
    bool ada = realisasi->jenis == SEL_ANGKA;
    periksa_anggaran_temuan temuan;
    kinerja_status st =
        periksa_anggaran(fungsi_arg_sel(&arg[CEK_ANGGARAN_ARG_PAGU], i)->angka,
                         ada ? &realisasi->angka : NULL, &temuan);
    *hasil = st == KINERJA_OK ? sel_teks(periksa_anggaran_label(temuan))
                              : sel_galat(st);
}

static kinerja_status jenis_triwulan_baca(const kinerja_sel *s,
                                          triwulan_jenis *jenis)
{
    if (s->jenis == SEL_ANGKA)
        return triwulan_jenis_dari_angka(s->angka, jenis);
    if (s->jenis == SEL_TEKS)
        return triwulan_jenis_dari_nama(s->teks, jenis);
    return KINERJA_GALAT_ARGUMEN;
}

/* One indicator's year from its quarters: a row (or a single column) of one
 * to four cells, empty ones not filled in yet. */
void kernel_rekap_triwulan(const kinerja_matriks *arg, size_t i,
                           const void *konteks, kinerja_sel *hasil)
{
    (void)konteks;
    size_t n;
    const kinerja_sel *tw =
        fungsi_arg_baris(&arg[REKAP_TRIWULAN_ARG_TRIWULAN], i, &n);
    triwulan_jenis jenis;
    kinerja_status st = jenis_triwulan_baca(
        fungsi_arg_sel(&arg[REKAP_TRIWULAN_ARG_JENIS], i), &jenis);
    double nilai[4] = {0};
    bool terisi[4] = {false};
    if (st == KINERJA_OK && (n == 0 || n > 4))
        st = KINERJA_GALAT_ARGUMEN;
    for (size_t j = 0; j < n && st == KINERJA_OK; j++) {
        if (tw[j].jenis == SEL_TEKS)
            st = KINERJA_GALAT_TIPE;
        else if (tw[j].jenis == SEL_GALAT)
            st = tw[j].galat;
        else if (tw[j].jenis == SEL_ANGKA) {
            nilai[j] = tw[j].angka;
            terisi[j] = true;
        }
    }
    double tahun = 0.0;
    if (st == KINERJA_OK)
        st = triwulan_rekap(nilai, terisi, n, jenis, &tahun);
    tulis_angka(st, tahun, hasil);
}
