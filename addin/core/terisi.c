#include "terisi.h"

#include <math.h>

kinerja_status terisi_hitung(const double *nilai, const bool *terisi, size_t n,
                             terisi_rekap *r)
{
    r->jumlah = 0.0;
    r->akhir = 0.0;
    r->banyak = 0;
    for (size_t i = 0; i < n; i++) {
        if (!terisi[i])
            continue;
        if (!isfinite(nilai[i]))
            return KINERJA_GALAT_ARGUMEN;
        r->jumlah += nilai[i];
        r->akhir = nilai[i];
        r->banyak++;
    }
    return r->banyak ? KINERJA_OK : KINERJA_KOSONG;
}
