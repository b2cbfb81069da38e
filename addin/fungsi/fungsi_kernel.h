/*
 * fungsi_kernel.h - one kernel per Calc function: read the per-cell
 * arguments, call the core, write one result cell.  fungsi_panggil has
 * already handled shapes, blanks and text in number arguments.
 */
#ifndef KINERJA_FUNGSI_KERNEL_H
#define KINERJA_FUNGSI_KERNEL_H

#include "fungsi.h"

void kernel_capaian(const kinerja_matriks *arg, size_t i, const void *konteks,
                    kinerja_sel *hasil);
void kernel_serapan(const kinerja_matriks *arg, size_t i, const void *konteks,
                    kinerja_sel *hasil);
void kernel_efisiensi(const kinerja_matriks *arg, size_t i, const void *konteks,
                      kinerja_sel *hasil);

kinerja_status kategori_siapkan(const kinerja_matriks *arg, void **konteks);
void kategori_lepas(void *konteks);
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
