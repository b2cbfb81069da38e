/*
 * galat.c - the list of problems found in a plan (see galat.h).
 */
#include "galat.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void galat_init(galat_daftar *g)
{
    memset(g, 0, sizeof *g);
}

void galat_bebas(galat_daftar *g)
{
    for (size_t i = 0; i < g->jumlah; i++)
        free(g->pesan[i]);
    free(g->pesan);
    galat_init(g);
}

size_t galat_hitung(const galat_daftar *g)
{
    return g->jumlah + g->terbuang + (g->memori_habis ? 1 : 0);
}

void galat_tambah(galat_daftar *g, const char *berkas, size_t baris,
                  size_t kolom, const char *format, ...)
{
    if (g->jumlah >= GALAT_MAKS) {
        g->terbuang++;
        return;
    }
    char awal[512] = "";
    if (berkas && baris && kolom)
        snprintf(awal, sizeof awal, "%s:%zu:%zu: ", berkas, baris, kolom);
    else if (berkas && baris)
        snprintf(awal, sizeof awal, "%s:%zu: ", berkas, baris);
    else if (berkas)
        snprintf(awal, sizeof awal, "%s: ", berkas);

    char isi[1024];
    va_list ap;
    va_start(ap, format);
    vsnprintf(isi, sizeof isi, format, ap);
    va_end(ap);

    size_t n = strlen(awal) + strlen(isi) + 1;
    char *pesan = malloc(n);
    char **baru = realloc(g->pesan, (g->jumlah + 1) * sizeof *baru);
    if (!pesan || !baru) {
        free(pesan);
        if (baru)
            g->pesan = baru;
        g->memori_habis = true;
        return;
    }
    g->pesan = baru;
    snprintf(pesan, n, "%s%s", awal, isi);
    g->pesan[g->jumlah++] = pesan;
}
