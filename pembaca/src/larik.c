/*
 * larik.c - room in a growing array (cells, sheets, shared strings,
 * relationships, text): the capacity doubles, so n appends cost O(n)
 * copies, and a size that would not fit in size_t is refused as memory
 * that cannot be had, never wrapped into a short block.
 */
#include <stdint.h>
#include <stdlib.h>

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
