/*
 * tulis_umum.c - small helpers shared by the writers (tulis.h).
 */
#include <ctype.h>
#include <stdio.h>

#include "tulis.h"

void tulis_nama_instansi(const rencana *r, char *buf, size_t n, bool kapital)
{
    snprintf(buf, n, "%s %s", r->id.instansi, r->id.kabupaten);
    if (kapital)
        for (char *p = buf; *p; p++)
            *p = (char)toupper((unsigned char)*p);
}
