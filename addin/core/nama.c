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
