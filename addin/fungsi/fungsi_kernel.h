/*
 * fungsi_kernel.h - one kernel per Calc function: read the per-cell
 * arguments, call the core, write one result cell.  fungsi_panggil has
 * already handled shapes, blanks and text in number arguments.
 */
#ifndef KINERJA_FUNGSI_KERNEL_H
#define KINERJA_FUNGSI_KERNEL_H

#include "fungsi.h"

/*
 * The position of each argument, per function: the table's rows
 * (fungsi_tabel.c) take their argument count from these, and the kernels
 * read arg[CAPAIAN_ARG_ARAH], never arg[2].  Moving an argument is one edit
 * here; test_fungsi checks that the table names each position as its enum
 * does.
 */
enum capaian_argumen {
    CAPAIAN_ARG_TARGET,
    CAPAIAN_ARG_REALISASI,
    CAPAIAN_ARG_ARAH,
    CAPAIAN_N_ARG
};
enum serapan_argumen { SERAPAN_ARG_PAGU, SERAPAN_ARG_REALISASI, SERAPAN_N_ARG };
enum efisiensi_argumen {
    EFISIENSI_ARG_KINERJA,
    EFISIENSI_ARG_ANGGARAN,
    EFISIENSI_ARG_METODE,
    EFISIENSI_N_ARG
};
enum kategori_argumen {
    KATEGORI_ARG_NILAI,
    KATEGORI_ARG_SKALA,
    KATEGORI_N_ARG
};
enum indeks_spbe_argumen {
    INDEKS_SPBE_ARG_NILAI,
    INDEKS_SPBE_ARG_BOBOT,
    INDEKS_SPBE_ARG_KERANGKA,
    INDEKS_SPBE_N_ARG
};
enum selisih_rincian_argumen {
    SELISIH_RINCIAN_ARG_TOTAL,
    SELISIH_RINCIAN_ARG_RINCIAN,
    SELISIH_RINCIAN_N_ARG
};
enum cek_anggaran_argumen {
    CEK_ANGGARAN_ARG_PAGU,
    CEK_ANGGARAN_ARG_REALISASI,
    CEK_ANGGARAN_N_ARG
};
enum rekap_triwulan_argumen {
    REKAP_TRIWULAN_ARG_TRIWULAN,
    REKAP_TRIWULAN_ARG_JENIS,
    REKAP_TRIWULAN_N_ARG
};

_Static_assert(CAPAIAN_N_ARG <= FUNGSI_ARGUMEN_MAKS, "CAPAIAN fits a row");
_Static_assert(SERAPAN_N_ARG <= FUNGSI_ARGUMEN_MAKS, "SERAPAN fits a row");
_Static_assert(EFISIENSI_N_ARG <= FUNGSI_ARGUMEN_MAKS, "EFISIENSI fits a row");
_Static_assert(KATEGORI_N_ARG <= FUNGSI_ARGUMEN_MAKS, "KATEGORI fits a row");
_Static_assert(INDEKS_SPBE_N_ARG <= FUNGSI_ARGUMEN_MAKS,
               "INDEKS_SPBE fits a row");
_Static_assert(SELISIH_RINCIAN_N_ARG <= FUNGSI_ARGUMEN_MAKS,
               "SELISIH_RINCIAN fits a row");
_Static_assert(CEK_ANGGARAN_N_ARG <= FUNGSI_ARGUMEN_MAKS,
               "CEK_ANGGARAN fits a row");
_Static_assert(REKAP_TRIWULAN_N_ARG <= FUNGSI_ARGUMEN_MAKS,
               "REKAP_TRIWULAN fits a row");

void kernel_capaian(const kinerja_matriks *arg, size_t i, const void *konteks,
                    kinerja_sel *hasil);
void kernel_serapan(const kinerja_matriks *arg, size_t i, const void *konteks,
                    kinerja_sel *hasil);
void kernel_efisiensi(const kinerja_matriks *arg, size_t i, const void *konteks,
                      kinerja_sel *hasil);

kinerja_status kernel_kategori_siapkan(const kinerja_matriks *arg,
                                       void **konteks);
void kernel_kategori_lepas(void *konteks);
void kernel_kategori(const kinerja_matriks *arg, size_t i, const void *konteks,
                     kinerja_sel *hasil);

void kernel_indeks_spbe(const kinerja_matriks *arg, size_t i,
                        const void *konteks, kinerja_sel *hasil);

void kernel_selisih_rincian(const kinerja_matriks *arg, size_t i,
                            const void *konteks, kinerja_sel *hasil);
void kernel_cek_anggaran(const kinerja_matriks *arg, size_t i,
                         const void *konteks, kinerja_sel *hasil);
void kernel_rekap_triwulan(const kinerja_matriks *arg, size_t i,
                           const void *konteks, kinerja_sel *hasil);

#endif
