#include "rupiah.h"

#include <math.h>

kinerja_status rupiah_dari_double(double angka, int64_t *rupiah)
{
    if (!isfinite(angka) || angka != trunc(angka))
        return KINERJA_GALAT_ARGUMEN;
    if (fabs(angka) > (double)RUPIAH_MAKS_EKSAK)
        return KINERJA_GALAT_ARGUMEN;
    *rupiah = (int64_t)angka;
    return KINERJA_OK;
}

/* a + b, refusing any result a spreadsheet cell could not hold exactly. */
static kinerja_status tambah(int64_t a, int64_t b, int64_t *hasil)
{
    int64_t jumlah;
    if (__builtin_add_overflow(a, b, &jumlah) || jumlah > RUPIAH_MAKS_EKSAK ||
        jumlah < -RUPIAH_MAKS_EKSAK)
        return KINERJA_GALAT_ARGUMEN;
    *hasil = jumlah;
    return KINERJA_OK;
}

kinerja_status rupiah_jumlah(const int64_t *rupiah, size_t n, int64_t *total)
{
    if (n > 0 && rupiah == NULL)
        return KINERJA_GALAT_ARGUMEN;
    int64_t jumlah = 0;
    for (size_t i = 0; i < n; i++) {
        kinerja_status st = tambah(jumlah, rupiah[i], &jumlah);
        if (st != KINERJA_OK)
            return st;
    }
    *total = jumlah;
    return KINERJA_OK;
}

kinerja_status rupiah_selisih(int64_t total, const int64_t *bagian, size_t n,
                              int64_t *selisih)
{
    int64_t jumlah;
    kinerja_status st = rupiah_jumlah(bagian, n, &jumlah);
    if (st != KINERJA_OK)
        return st;
    return tambah(total, -jumlah, selisih);
}
