#include "nama.h"

#include <stddef.h>

static char huruf_besar(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

bool nama_sama(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return false;
    while (*a != '\0' && huruf_besar(*a) == huruf_besar(*b)) {
        a++;
        b++;
    }
    return *a == '\0' && *b == '\0';
}
