#include "skala.h"

#include <math.h>

#include "bulat.h"

kinerja_status skala_periksa(const skala *s)
{
    if (s == NULL || s->pita == NULL || s->jumlah_pita == 0)
        return KINERJA_GALAT_ARGUMEN;
    for (size_t i = 0; i < s->jumlah_pita; i++) {
        const skala_pita *p = &s->pita[i];
        if (p->label == NULL || p->label[0] == '\0')
            return KINERJA_GALAT_ARGUMEN;
        /* Only the bottom band may be open (-INFINITY); NaN never. */
        if (isnan(p->batas) || (isinf(p->batas) && (i > 0 || p->batas > 0)))
            return KINERJA_GALAT_ARGUMEN;
        if (i == 0)
            continue;
        const skala_pita *sebelum = &s->pita[i - 1];
        if (p->batas < sebelum->batas)
            return KINERJA_GALAT_ARGUMEN;
        /* Equal bounds make sense only as "= b" then "> b". */
        if (p->batas == sebelum->batas &&
            !(!sebelum->eksklusif && p->eksklusif))
            return KINERJA_GALAT_ARGUMEN;
    }
    return KINERJA_OK;
}

static int memenuhi(const skala_pita *p, double nilai)
{
    return p->eksklusif ? nilai > p->batas : nilai >= p->batas;
}

kinerja_status skala_cari(const skala *s, double nilai, const char **label)
{
    if (!isfinite(nilai))
        return KINERJA_GALAT_ARGUMEN;
    /* The reader sees the value to two decimals; the label must agree. */
    double tampil = bulat_desimal(nilai, 2);
    if (tampil < s->domain_min || tampil > s->domain_max)
        return KINERJA_GALAT_ARGUMEN;

    /* Scales have a handful of bands: a linear scan from the top is the
     * fastest and the simplest. */
    for (size_t i = s->jumlah_pita; i-- > 0;) {
        if (memenuhi(&s->pita[i], tampil)) {
            *label = s->pita[i].label;
            return KINERJA_OK;
        }
    }
    return KINERJA_GALAT_TIDAK_TERSEDIA;
}
