/*
 * teks.c - text built from plan content, on the heap (teks.h).
 */
#include "teks.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *teks_cetak(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(NULL, 0, format, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *hasil = malloc((size_t)n + 1);
    if (!hasil)
        return NULL;
    va_start(ap, format);
    vsnprintf(hasil, (size_t)n + 1, format, ap);
    va_end(ap);
    return hasil;
}

void teks_kapital(char *s)
{
    for (; s && *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
}

char *teks_tumbuh_tambah(teks_tumbuh *t, const char *s, size_t n)
{
    if (t->gagal)
        return NULL;
    if (t->panjang + n + 1 > t->kapasitas) {
        size_t kap = (t->kapasitas + n + 1) * 2;
        char *baru = realloc(t->isi, kap);
        if (!baru) {
            t->gagal = true;
            free(t->isi);
            t->isi = NULL;
            return NULL;
        }
        t->isi = baru;
        t->kapasitas = kap;
    }
    char *salinan = t->isi + t->panjang;
    memcpy(salinan, s, n);
    t->panjang += n;
    t->isi[t->panjang] = '\0';
    return salinan;
}
