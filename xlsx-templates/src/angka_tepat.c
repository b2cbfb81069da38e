/*
 * angka_tepat.c - the shortest text of a double that reads back as it
 * (angka_tepat.h).
 */
#include "angka_tepat.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int angka_tepat_digit(double v)
{
    char buf[ANGKA_TEPAT_MAKS];
    /* printf rounds correctly (C11 7.21.6.1 with glibc and MinGW's C99
     * printf), so the first count that reads back is the fewest */
    for (int p = 1; p < 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        if (strtod(buf, NULL) == v)
            return p;
    }
    return 17;
}

void angka_tepat_teks(double v, char *buf, size_t n)
{
    int p = angka_tepat_digit(v);
    char e[ANGKA_TEPAT_MAKS];
    snprintf(e, sizeof e, "%.*e", p - 1, v);
    const char *pangkat = strchr(e, 'e');
    int x = pangkat ? atoi(pangkat + 1) : 0;
    /* Fixed notation wherever sixteen-digit %G has it (below 1E+16), as
     * the spreadsheets write numbers: 2000, not 2E+03; the integer digits
     * past the significant ones are then zeros. */
    snprintf(buf, n, "%.*G", x >= p && x < 16 ? x + 1 : p, v);
}
