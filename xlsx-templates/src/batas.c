/*
 * batas.c - whether a plan fits its worksheets (batas.h).
 *
 * The fixed rows of each sheet (titles, headers, totals, notes) are under
 * 32 everywhere but the Perjanjian Kinerja, a letter of about 60; the
 * counts below round them up.  Per plan row:
 *  - RKT: a block per tujuan, sasaran, program, kegiatan and sub kegiatan,
 *    as tall as its indicators or its children, whichever is more: at most
 *    one row per kelompok, indicator and budget row;
 *  - Perjanjian Kinerja (each sheet): a row per sasaran or its indicators,
 *    then a row per program;
 *  - Pengukuran Kinerja: a block per sasaran as tall as its indicators or
 *    its programs; Triwulan: a row per indicator;
 *  - Realisasi Anggaran: a row per budget row; Pemeriksaan: a row per check
 *    (pemeriksaan.h) and one per section;
 *  - Ringkasan and Perbandingan: a row per kelompok and indicator;
 *  - Grafik Kinerja: per indicator its title, sasaran, header and years,
 *    at least a chart's height (16 rows) and one row between;
 *  - Perbandingan Daerah: per indicator with other regions a title, a
 *    header, its own row and one per region, and a bar chart (23 rows).
 */
#include "batas.h"

#include <stdlib.h>

#include "pemeriksaan.h"

#define TETAP 32
#define TETAP_PK 96
/* Grafik Kinerja: title, sasaran, header, then a chart at least 16 rows
 * tall from the title, and a row between indicators */
#define GRAFIK_PER_INDIKATOR 20
/* Perbandingan Daerah: title, header, own row, chart (22) and between */
#define DAERAH_PER_INDIKATOR 30

bool batas_hitung(const rencana *r, batas_lembar hasil[BATAS_JUMLAH_LEMBAR])
{
    size_t k = r->jumlah_kelompok, i = r->jumlah_indikator,
           n = r->jumlah_simpul, p = 0;
    for (size_t s = 0; s < n; s++)
        p += r->simpul[s].tingkat == TINGKAT_PROGRAM;

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
    size_t grafik = nt ? TETAP + i * (nt + GRAFIK_PER_INDIKATOR) : 0;

    /* indicators with other regions */
    size_t daerah = 0;
    if (r->jumlah_pembanding) {
        size_t dengan = 0;
        for (size_t d = 0; d < i; d++) {
            size_t np = 0;
            if (r->pembanding_awal)
                np = r->pembanding_awal[d + 1] - r->pembanding_awal[d];
            dengan += np > 0;
        }
        daerah = TETAP + r->jumlah_pembanding + dengan * DAERAH_PER_INDIKATOR;
    }

    pemeriksaan pm;
    if (!pemeriksaan_susun(r, &pm))
        return false;
    size_t periksa = TETAP + pm.jumlah * 2; /* each check, and a heading */
    pemeriksaan_bebas(&pm);

    const batas_lembar semua[BATAS_JUMLAH_LEMBAR] = {
        {"rkt", "RKT", TETAP + k + i + n},
        {"perjanjian-kinerja", "PK Murni", TETAP_PK + k + i + p},
        {"perjanjian-kinerja", "PK Perubahan", TETAP_PK + k + i + p},
        {"pengukuran-kinerja", "Pengukuran Kinerja", TETAP + k + i + p},
        {"pengukuran-kinerja", "Triwulan", TETAP + i},
        {"realisasi-anggaran", "Realisasi Anggaran", TETAP + n},
        {"realisasi-anggaran", "Pemeriksaan", periksa},
        {"ringkasan", "Ringkasan", TETAP + k + i},
        {"ringkasan", "Perbandingan", TETAP + k + i},
        {"ringkasan", "Grafik Kinerja", grafik},
        {"ringkasan", "Perbandingan Daerah", daerah},
    };
    for (size_t j = 0; j < BATAS_JUMLAH_LEMBAR; j++)
        hasil[j] = semua[j];
    return true;
}

bool batas_periksa(const rencana *r, galat_daftar *g)
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
                         "rencana terlalu besar: lembar '%s' di %s-%d.xlsx "
                         "akan memuat sampai %zu baris, padahal satu lembar "
                         "kerja memuat paling banyak 1.048.576 baris; bagi "
                         "rencana, misalnya satu folder per program (lihat "
                         "README: batas rencana)",
                         l[j].lembar, l[j].buku, r->id.tahun, l[j].baris);
            ok = false;
        }
    return ok;
}
