/*
 * teks.c - text built from plan content, on the heap (teks.h).
 */
#include "teks.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

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
