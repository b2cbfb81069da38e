/*
 * tulis_umum.c - small helpers shared by the writers (tulis.h).
 */
#include <stdio.h>
#include <string.h>

#include "teks.h"
#include "tulis.h"

char *tulis_nama_instansi(const rencana *r, bool kapital)
{
    char *hasil = teks_cetak("%s %s", r->id.instansi, r->id.kabupaten);
    if (kapital)
        teks_kapital(hasil);
    return hasil;
}

const char *tulis_skala_predikat(const indikator *d, int tahun)
{
    if (!d->skala || !*d->skala)
        return "";
    if (tahun >= 2026 && strcmp(d->skala, "SPBE") == 0)
        return "PEMDI";
    return d->skala;
}

char *tulis_nama_singkat(const rencana *r)
{
    char *hasil =
        teks_cetak("%s %s", *r->id.singkatan ? r->id.singkatan : r->id.instansi,
                   r->id.kabupaten);
    teks_kapital(hasil);
    return hasil;
}
