/*
 * tanggal.c - dates in a plan (tanggal.h).
 */
#include "tanggal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "core/nama.h"

static const char *const bulan_nama[12] = {
    "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
    "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};

const char *tanggal_nama_bulan(int bulan)
{
    return bulan >= 1 && bulan <= 12 ? bulan_nama[bulan - 1] : "?";
}

static bool kabisat(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static bool sah(int y, int m, int d)
{
    static const int hari_bulan[12] = {31, 28, 31, 30, 31, 30,
                                       31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    int maks = hari_bulan[m - 1] + (m == 2 && kabisat(y) ? 1 : 0);
    return d <= maks;
}

/* Reads 1..digits_maks digits; advances *p. */
static bool baca_bulat(const char **p, int digit_maks, int *v)
{
    int n = 0;
    *v = 0;
    while (isdigit((unsigned char)**p) && n < digit_maks) {
        *v = *v * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    return n > 0 && !isdigit((unsigned char)**p);
}

bool tanggal_baca(const char *teks, notasi n, tanggal *t)
{
    char buf[64];
    const char *s = teks;
    while (*s == ' ')
        s++;
    size_t len = strlen(s);
    while (len && s[len - 1] == ' ')
        len--;
    if (len == 0 || len >= sizeof buf)
        return false;
    memcpy(buf, s, len);
    buf[len] = 0;

    const char *p = buf;
    int a, b, c;
    /* ISO: yyyy-mm-dd */
    if (strlen(buf) == 10 && buf[4] == '-' && buf[7] == '-') {
        if (baca_bulat(&p, 4, &a) && *p++ == '-' && baca_bulat(&p, 2, &b) &&
            *p++ == '-' && baca_bulat(&p, 2, &c) && !*p && sah(a, b, c)) {
            *t = (tanggal){a, b, c};
            return true;
        }
        return false;
    }
    /* d/m/yyyy, Indonesian files only */
    if (strchr(buf, '/')) {
        if (n != NOTASI_INDONESIA)
            return false;
        if (baca_bulat(&p, 2, &a) && *p++ == '/' && baca_bulat(&p, 2, &b) &&
            *p++ == '/' && baca_bulat(&p, 4, &c) && !*p && sah(c, b, a)) {
            *t = (tanggal){c, b, a};
            return true;
        }
        return false;
    }
    /* d NamaBulan yyyy */
    char kata[32];
    int dipakai = 0;
    if (sscanf(buf, "%2d %31s %4d%n", &a, kata, &c, &dipakai) == 3 &&
        buf[dipakai] == 0) {
        for (int m = 1; m <= 12; m++)
            if (nama_sama(kata, bulan_nama[m - 1]) && sah(c, m, a)) {
                *t = (tanggal){c, m, a};
                return true;
            }
    }
    return false;
}
