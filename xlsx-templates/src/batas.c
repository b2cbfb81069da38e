/*
 * batas.c - whether a plan fits its worksheets (batas.h).
 *
 * The fixed rows of each sheet (titles, headers, totals, notes) are under
 * 32 everywhere but the Perjanjian Kinerja, a letter of about 60; the
 * counts below round them up.  Per plan row:
 *  - RKT: a block per tujuan, sasaran, program, kegiatan and sub kegiatan,
 *    as tall as its indicators or its children, whichever is more (so at
 *    most its indicators, or one row, plus its children);
 *  - Perjanjian Kinerja (each sheet): a block per sasaran and kinerja
 *    lainnya as tall as its indicators, then a row per program;
 *  - Pengukuran Kinerja: a block per sasaran and kinerja lainnya as tall as
 *    its indicators or its programs; Triwulan: a row per indicator
 *    followed by quarter;
 *  - Realisasi Anggaran: a row per budget row; Pemeriksaan: a row per check
 *    (pemeriksaan.h) and one per section;
 *  - Ringkasan: a block per sasaran as tall as its indicators;
 *    Perbandingan: a row per indicator with Renstra rows, grouped;
 *  - Grafik Kinerja: per indicator with Renstra rows its title, sasaran,
 *    header and years, at least a chart's height (16 rows) and one row
 *    between;
 *  - Perbandingan Daerah: per indicator with other regions a title, a
 *    header, its own row and one per region, and a bar chart (23 rows).
 */
#include "batas.h"

#include <stdlib.h>

#include "pemeriksaan.h"

#define TETAP BATAS_BARIS_TETAP
#define TETAP_PK 96
/* Grafik Kinerja: a chart 16 rows tall from the indicator's title, then
 * a row between indicators, and one to spare */
#define GRAFIK_PER_INDIKATOR 18
/* Perbandingan Daerah, per indicator: title, header, its own row, the
 * chart (22 rows) and a spare row; the regions are counted apart */
#define DAERAH_PER_INDIKATOR 26

/* A block as tall as its indicators, at least one row. */
static size_t tinggi(const rencana *r, induk_jenis jenis, size_t induk)
{
    size_t n = 0;
    rencana_indikator_dari(r, jenis, induk, &n);
    return n ? n : 1;
}

/* The RKT's blocks, as tulis_rkt.c lays them out: a budget row is as tall
 * as its indicators (at least one row) plus its children; a sasaran as
 * its programs or its indicators, whichever is more; a tujuan as its
 * sasaran or its indicators. */
static size_t tinggi_simpul(const rencana *r, size_t s)
{
    size_t h = tinggi(r, INDUK_SIMPUL, s);
    for (size_t k = 0; k < r->simpul[s].jumlah_anak; k++)
        h += tinggi_simpul(r, r->simpul[s].anak[k]);
    return h;
}

static size_t lebih(size_t a, size_t b)
{
    return a > b ? a : b;
}

static size_t indikator_kelompok(const rencana *r, size_t k)
{
    size_t n = 0;
    if (k != TIDAK_ADA)
        rencana_indikator_dari(r, INDUK_KELOMPOK, k, &n);
    return n;
}

/* A tujuan's or a sasaran's block (k TIDAK_ADA: those without a parent):
 * as tall as its children (a tujuan's sasaran, a sasaran's programs) or
 * its indicators, whichever is more, at least one row. */
static bool tinggi_kelompok(const rencana *r, kelompok_jenis jenis, size_t k,
                            size_t *h)
{
    bool tujuan = jenis == KELOMPOK_TUJUAN;
    size_t n = 0, jumlah = 0;
    size_t *anak = tujuan ? rencana_sasaran_tujuan(r, k, &n)
                          : rencana_program_sasaran(r, k, &n);
    if (!anak)
        return false;
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        size_t ha = 0;
        if (tujuan)
            ok = tinggi_kelompok(r, KELOMPOK_SASARAN, anak[i], &ha);
        else
            ha = tinggi_simpul(r, anak[i]);
        jumlah += ha;
    }
    free(anak);
    *h = lebih(1, lebih(jumlah, indikator_kelompok(r, k)));
    return ok;
}

/* The RKT's table: every tujuan, the sasaran without one, the programs
 * serving none. */
static bool tinggi_rkt(const rencana *r, size_t *h)
{
    *h = 0;
    bool sasaran_lepas = false, program_lepas = false;
    for (size_t k = 0; k < r->jumlah_kelompok; k++) {
        const kelompok *kl = &r->kelompok[k];
        if (kl->jenis == KELOMPOK_TUJUAN) {
            size_t ht = 0;
            if (!tinggi_kelompok(r, KELOMPOK_TUJUAN, k, &ht))
                return false;
            *h += ht;
        }
        sasaran_lepas |=
            kl->jenis == KELOMPOK_SASARAN && kl->induk == TIDAK_ADA;
    }
    for (size_t s = 0; s < r->jumlah_simpul; s++)
        program_lepas |= r->simpul[s].tingkat == TINGKAT_PROGRAM &&
                         r->simpul[s].sasaran == TIDAK_ADA;
    size_t x = 0;
    if (sasaran_lepas) {
        if (!tinggi_kelompok(r, KELOMPOK_TUJUAN, TIDAK_ADA, &x))
            return false;
        *h += x;
    }
    if (program_lepas) {
        if (!tinggi_kelompok(r, KELOMPOK_SASARAN, TIDAK_ADA, &x))
            return false;
        *h += x;
    }
    return true;
}

bool batas_hitung(const rencana *r, batas_lembar hasil[BATAS_JUMLAH_LEMBAR])
{
    size_t i = r->jumlah_indikator, n = r->jumlah_simpul, p = 0;
    for (size_t s = 0; s < n; s++)
        p += r->simpul[s].tingkat == TINGKAT_PROGRAM;

    size_t rkt = 0;
    if (!tinggi_rkt(r, &rkt))
        return false;
    /* the Perjanjian Kinerja and the Ringkasan: a block per group as tall
     * as its indicators; Pengukuran Kinerja: as its indicators or its
     * programs, whichever is more */
    size_t sasaran_lainnya = 0, sasaran = 0, pengukuran = 0;
    for (size_t k = 0; k < r->jumlah_kelompok; k++) {
        kelompok_jenis j = r->kelompok[k].jenis;
        if (j == KELOMPOK_TUJUAN)
            continue;
        size_t h = tinggi(r, INDUK_KELOMPOK, k);
        sasaran_lainnya += h;
        if (j == KELOMPOK_SASARAN)
            sasaran += h;
        size_t np = 0;
        if (r->program_awal)
            np = r->program_awal[k + 1] - r->program_awal[k];
        pengukuran += lebih(h, np);
    }
    size_t triwulan = 0;
    for (size_t d = 0; d < i; d++)
        triwulan += r->indikator[d].triwulan;

    /* the years of the Perbandingan sheet: the Renstra's and the plan's */
    bool *tahun = calloc(10000, sizeof *tahun);
    if (!tahun)
        return false;
    size_t nt = 0;
    if (r->jumlah_renstra) {
        for (size_t j = 0; j < r->jumlah_renstra; j++) {
            int t = r->renstra[j].tahun;
            if (t >= 0 && t < 10000 && !tahun[t]) {
                tahun[t] = true;
                nt++;
            }
        }
        if (r->id.tahun >= 0 && r->id.tahun < 10000 && !tahun[r->id.tahun])
            nt++;
    }
    free(tahun);
    /* Perbandingan and Grafik Kinerja show the indicators with Renstra
     * rows; Perbandingan Daerah those with other regions */
    size_t dengan_renstra = 0, dengan_pembanding = 0;
    for (size_t d = 0; d < i; d++) {
        if (r->renstra_awal)
            dengan_renstra += r->renstra_awal[d + 1] > r->renstra_awal[d];
        if (r->pembanding_awal)
            dengan_pembanding +=
                r->pembanding_awal[d + 1] > r->pembanding_awal[d];
    }
    /* ... and Perbandingan also those of earlier years only, a row each */
    size_t perbandingan = nt ? TETAP + r->jumlah_kelompok + dengan_renstra +
                                   r->jumlah_indikator_lama
                             : 0;
    /* title, sasaran, header and a row per year, or the chart's height if
     * taller, and a row between */
    size_t per_grafik =
        nt + 4 > GRAFIK_PER_INDIKATOR ? nt + 4 : GRAFIK_PER_INDIKATOR;
    size_t grafik = nt ? TETAP + dengan_renstra * per_grafik : 0;
    size_t daerah = r->jumlah_pembanding
                        ? TETAP + r->jumlah_pembanding +
                              dengan_pembanding * DAERAH_PER_INDIKATOR
                        : 0;

    pemeriksaan pm;
    if (!pemeriksaan_susun(r, &pm))
        return false;
    /* each check a row, and a heading per section */
    size_t periksa = TETAP + pm.jumlah + BAGIAN_JUMLAH;
    pemeriksaan_bebas(&pm);

    const batas_lembar semua[BATAS_JUMLAH_LEMBAR] = {
        {"rkt", "RKT", TETAP + rkt},
        {"perjanjian-kinerja", "PK Murni", TETAP_PK + sasaran_lainnya + p},
        {"perjanjian-kinerja", "PK Perubahan", TETAP_PK + sasaran_lainnya + p},
        {"pengukuran-kinerja", "Pengukuran Kinerja", TETAP + pengukuran},
        {"pengukuran-kinerja", "Triwulan", triwulan ? TETAP + triwulan : 0},
        {"realisasi-anggaran", "Realisasi Anggaran", TETAP + n},
        {"realisasi-anggaran", "Pemeriksaan", periksa},
        {"ringkasan", "Ringkasan", TETAP + sasaran},
        {"ringkasan", "Perbandingan", perbandingan},
        {"ringkasan", "Grafik Kinerja", grafik},
        {"ringkasan", "Perbandingan Daerah", daerah},
    };
    for (size_t j = 0; j < BATAS_JUMLAH_LEMBAR; j++)
        hasil[j] = semua[j];
    return true;
}

bool batas_periksa(const rencana *r, galat_rencana *g)
{
    batas_lembar l[BATAS_JUMLAH_LEMBAR];
    if (!batas_hitung(r, l)) {
        galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
        return false;
    }
    bool ok = true;
    for (size_t j = 0; j < BATAS_JUMLAH_LEMBAR; j++)
        if (l[j].baris > BATAS_BARIS_LEMBAR) {
            galat_tambah(g, NULL, 0, 0,
                         "rencana terlalu besar: lembar '%s' (di "
                         "kinerja-%d.xlsx dan %s-%d.xlsx) akan memuat sampai "
                         "%zu baris, padahal satu lembar kerja memuat paling "
                         "banyak 1.048.576 baris; bagi rencana, misalnya "
                         "satu folder per program (lihat README: batas "
                         "rencana)",
                         l[j].lembar, r->id.tahun, l[j].buku, r->id.tahun,
                         l[j].baris);
            ok = false;
        }
    return ok;
}
