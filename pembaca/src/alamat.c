/*
 * alamat.c - A1-style cell names: "B7" is row 7, column B (row 6, column 1
 * counted from 0), as SpreadsheetML's `r` attribute writes them and as the
 * messages show them to staff.
 */
#include <stdio.h>

#include "dalam.h"

char *buku_alamat(uint32_t baris, uint32_t kolom, char keluar[16])
{
    char huruf[8];
    int n = 0;
    uint64_t k = (uint64_t)kolom + 1;
    while (k > 0 && n < (int)sizeof huruf) {
        huruf[n++] = (char)('A' + (k - 1) % 26);
        k = (k - 1) / 26;
    }
    int j = 0;
    while (n > 0)
        keluar[j++] = huruf[--n];
    snprintf(keluar + j, (size_t)(16 - j), "%llu",
             (unsigned long long)baris + 1);
    return keluar;
}

bool alamat_urai(const char *s, uint32_t *baris, uint32_t *kolom)
{
    uint64_t k = 0, b = 0;
    size_t i = 0;
    if (s[i] == '$')
        i++;
    size_t awal = i;
    while (s[i] >= 'A' && s[i] <= 'Z' && i - awal < 4) {
        k = k * 26 + (uint64_t)(s[i] - 'A' + 1);
        i++;
    }
    if (i == awal || k > BUKU_KOLOM_MAKS)
        return false;
    if (s[i] == '$')
        i++;
    awal = i;
    while (s[i] >= '0' && s[i] <= '9' && i - awal < 8) {
        b = b * 10 + (uint64_t)(s[i] - '0');
        i++;
    }
    if (i == awal || s[i] != '\0' || b == 0 || b > BUKU_BARIS_MAKS)
        return false;
    *baris = (uint32_t)(b - 1);
    *kolom = (uint32_t)(k - 1);
    return true;
}

bool buku_urai_alamat(const char *nama, uint32_t *baris, uint32_t *kolom)
{
    return nama != NULL && alamat_urai(nama, baris, kolom);
}
