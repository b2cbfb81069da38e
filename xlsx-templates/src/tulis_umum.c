/*
 * tulis_umum.c - small helpers shared by the writers (tulis.h).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "tulis.h"

void tulis_nama_instansi(const rencana *r, char *buf, size_t n, bool kapital)
{
    snprintf(buf, n, "%s %s", r->id.instansi, r->id.kabupaten);
    if (kapital)
        for (char *p = buf; *p; p++)
            *p = (char)toupper((unsigned char)*p);
}

const char *tulis_skala_predikat(const indikator *d, int tahun)
{
    if (!d->skala || !*d->skala)
        return "";
    if (tahun >= 2026 && strcmp(d->skala, "SPBE") == 0)
        return "PEMDI";
    return d->skala;
}

void tulis_nama_singkat(const rencana *r, char *buf, size_t n)
{
    snprintf(buf, n, "%s %s",
             *r->id.singkatan ? r->id.singkatan : r->id.instansi,
             r->id.kabupaten);
    for (char *p = buf; *p; p++)
        *p = (char)toupper((unsigned char)*p);
}
