/*
 * ringkasan_seed - prints the key figures of the built-in example (the
 * seed's LKjIP 2024 of Diskominfo Kabupaten Mojokerto) computed by the
 * core through the same function table that Calc calls.  The inputs are the
 * report's printed targets, realisasi, pagu and spending; every output is
 * computed.
 */
#include <stdio.h>

#include "core/bulat.h"
#include "fungsi/fungsi.h"

/* Calls a function of the table on scalar arguments; returns the cell. */
static kinerja_sel panggil(const char *nama, kinerja_sel *arg, size_t n)
{
    kinerja_matriks m[FUNGSI_ARGUMEN_MAKS];
    for (size_t i = 0; i < n; i++)
        m[i] = matriks_skalar(&arg[i]);
    kinerja_matriks hasil;
    kinerja_status st = fungsi_panggil(fungsi_cari_nama(nama), m, n, &hasil);
    if (st != KINERJA_OK)
        return sel_galat(st);
    kinerja_sel sel = hasil.sel[0];
    kinerja_matriks_bebas(&hasil);
    return sel;
}

static double angka(kinerja_sel s)
{
    return s.jenis == SEL_ANGKA ? s.angka : 0.0 / 0.0;
}

static const char *teks(kinerja_sel s)
{
    return s.jenis == SEL_TEKS ? s.teks : kinerja_status_teks(s.galat);
}

int main(void)
{
    const double target = 3.75, realisasi = 4.16;         /* Indeks SPBE */
    const double pagu = 19133884991.0, belanja = 18416966117.0; /* Tabel 3.7 */

    kinerja_sel a[3] = {sel_angka(target), sel_angka(realisasi), sel_tiada()};
    double capaian = angka(panggil("CAPAIAN", a, 3));
    kinerja_sel b[2] = {sel_angka(pagu), sel_angka(belanja)};
    double serapan = angka(panggil("SERAPAN", b, 2));
    kinerja_sel c[3] = {sel_angka(capaian), sel_angka(serapan), sel_tiada()};
    double efisiensi = angka(panggil("EFISIENSI", c, 3));

    kinerja_sel k1[2] = {sel_angka(capaian), sel_teks("BERHASIL")};
    kinerja_sel k2[2] = {sel_angka(serapan), sel_tiada()};
    kinerja_sel k3[2] = {sel_angka(efisiensi), sel_teks("EFISIENSI")};
    kinerja_sel k4[2] = {sel_angka(realisasi), sel_teks("SPBE")};

    printf("LKjIP 2024 Diskominfo Kabupaten Mojokerto (contoh bawaan / "
           "built-in example)\n\n");
    printf("  Indeks SPBE            target %.2f  realisasi %.2f  (%s)\n",
           target, realisasi, teks(panggil("KATEGORI", k4, 2)));
    printf("  CAPAIAN kinerja        %10.2f %%   %s\n",
           bulat_desimal(capaian, 2), teks(panggil("KATEGORI", k1, 2)));
    printf("  SERAPAN anggaran       %10.2f %%   %s\n",
           bulat_desimal(serapan, 2), teks(panggil("KATEGORI", k2, 2)));
    printf("  EFISIENSI              %10.2f     %s\n",
           bulat_desimal(efisiensi, 2), teks(panggil("KATEGORI", k3, 2)));
    printf("\n  (pagu Rp %.0f, realisasi Rp %.0f)\n", pagu, belanja);
    return 0;
}
