/*
 * galat.c - the list of problems found in a plan (see galat.h).
 */
#include "galat.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "teks.h"

void galat_init(galat_rencana *g)
{
    memset(g, 0, sizeof *g);
}

void galat_bebas(galat_rencana *g)
{
    for (size_t i = 0; i < g->jumlah; i++)
        free(g->pesan[i]);
    free(g->pesan);
    galat_init(g);
}

size_t galat_hitung(const galat_rencana *g)
{
    return g->jumlah + g->terbuang + (g->memori_habis ? 1 : 0);
}

void galat_tambah(galat_rencana *g, const char *berkas, size_t baris,
                  size_t kolom, const char *format, ...)
{
    if (g->jumlah >= GALAT_MAKS) {
        g->terbuang++;
        return;
    }
    /* Whole, on the heap: a fixed buffer would cut a long file name or a
     * quoted value in the middle of a UTF-8 character. */
    char *awal;
    if (berkas && baris && kolom)
        awal = teks_cetak("%s:%zu:%zu: ", berkas, baris, kolom);
    else if (berkas && baris)
        awal = teks_cetak("%s:%zu: ", berkas, baris);
    else if (berkas)
        awal = teks_cetak("%s: ", berkas);
    else
        awal = teks_cetak("%s", "");

    char *isi = NULL;
    va_list ap;
    va_start(ap, format);
    int n_isi = vsnprintf(NULL, 0, format, ap);
    va_end(ap);
    if (n_isi >= 0 && (isi = malloc((size_t)n_isi + 1)) != NULL) {
        va_start(ap, format);
        vsnprintf(isi, (size_t)n_isi + 1, format, ap);
        va_end(ap);
    }

    char *pesan = awal && isi ? teks_cetak("%s%s", awal, isi) : NULL;
    free(awal);
    free(isi);
    char **baru =
        pesan ? realloc(g->pesan, (g->jumlah + 1) * sizeof *baru) : NULL;
    if (!pesan || !baru) {
        free(pesan);
        g->memori_habis = true;
        return;
    }
    g->pesan = baru;
    g->pesan[g->jumlah++] = pesan;
}
