#include "nama.h"

#include <stddef.h>

static unsigned char huruf_besar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') ? (unsigned char)(c - 'a' + 'A') : c;
}

bool nama_sama(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return false;
    while (*a != '\0' &&
           huruf_besar((unsigned char)*a) == huruf_besar((unsigned char)*b)) {
        a++;
        b++;
    }
    return *a == '\0' && *b == '\0';
}

int nama_pilihan(const char *nama, const char *satu, const char *dua)
{
    if (nama_sama(nama, satu) || nama_sama(nama, "1"))
        return 1;
    if (nama_sama(nama, dua) || nama_sama(nama, "2"))
        return 2;
    return 0;
}

int nama_pilihan_angka(double angka)
{
    if (angka == 1.0)
        return 1;
    if (angka == 2.0)
        return 2;
    return 0;
}
