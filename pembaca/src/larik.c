/*
 * larik.c - room in a growing array (cells, sheets, shared strings,
 * relationships, text): the capacity doubles, so n appends cost O(n)
 * copies, and a size that would not fit in size_t is refused as memory
 * that cannot be had, never wrapped into a short block.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dalam.h"

void *larik_sediakan(void *larik, size_t *kapasitas, size_t perlu,
                     size_t ukuran, size_t awal)
{
    if (perlu <= *kapasitas)
        return larik;
    size_t baru = *kapasitas ? *kapasitas : awal;
    while (baru < perlu) {
        if (baru > SIZE_MAX / 2)
            return NULL;
        baru *= 2;
    }
    if (baru > SIZE_MAX / ukuran)
        return NULL;
    void *p = realloc(larik, baru * ukuran);
    if (p != NULL)
        *kapasitas = baru;
    return p;
}

bool larik_tambah_teks(char **isi, size_t *panjang, size_t *kapasitas,
                       const char *s, size_t n)
{
    char *baru = larik_sediakan(*isi, kapasitas, *panjang + n + 1, 1, 64);
    if (baru == NULL)
        return false;
    *isi = baru;
    memcpy(baru + *panjang, s, n);
    *panjang += n;
    baru[*panjang] = '\0';
    return true;
}
