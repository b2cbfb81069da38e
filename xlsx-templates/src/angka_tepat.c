/*
 * angka_tepat.c - the shortest text of a double that reads back as it
 * (angka_tepat.h).
 */
#include "angka_tepat.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether v, rounded to p significant digits, reads back as v. */
static bool dibaca_kembali(double v, int p)
{
    char buf[ANGKA_TEPAT_MAKS];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    return strtod(buf, NULL) == v;
}

int angka_tepat_digit(double v)
{
    /* printf rounds correctly (C11 7.21.6.1 with glibc and MinGW's C99
     * printf), so the first count that reads back is the fewest.  A
     * computed figure (a capaian, a serapan) needs 16 or 17, a typed one a
     * few: both are found in few tries. */
    if (!isfinite(v))
        return 17;
    if (!dibaca_kembali(v, 15))
        return dibaca_kembali(v, 16) ? 16 : 17;
    int p = 1;
    while (!dibaca_kembali(v, p))
        p++;
    return p;
}

/* n zeros into q; the end. */
static char *nol(char *q, int n)
{
    for (int i = 0; i < n; i++)
        *q++ = '0';
    return q;
}

/* angka_tepat_teks of a finite v whose digit count p is known. */
static void teks_digit(double v, int p, char *buf, size_t n)
{
    /* e: d[.ddd]e±XX, p digits */
    char e[ANGKA_TEPAT_MAKS];
    snprintf(e, sizeof e, "%.*e", p - 1, fabs(v));
    char d[ANGKA_TEPAT_MAKS];
    int nd = 0;
    const char *s = e;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            d[nd++] = *s;
    int kk = atoi(s + 1) + 1; /* 10^(kk-1) <= |v| < 10^kk */
    /* Laid out as emyg_dtoa lays out its digits (libxlsxwriter's
     * third_party/dtoa, Prettify), so that the Linux and the Windows build
     * write one text: fixed notation from 1E-6 up to below 1E+17, else
     * d.dddE+x; 0 for -0 too. */
    char t[3 * ANGKA_TEPAT_MAKS], *q = t;
    if (v < 0)
        *q++ = '-';
    if (v == 0) {
        q = t;
        *q++ = '0';
    } else if (nd <= kk && kk <= 17) { /* 1234e7 -> 12340000000 */
        memcpy(q, d, (size_t)nd);
        q = nol(q + nd, kk - nd);
    } else if (0 < kk && kk <= 17) { /* 1234e-2 -> 12.34 */
        memcpy(q, d, (size_t)kk);
        q += kk;
        *q++ = '.';
        memcpy(q, d + kk, (size_t)(nd - kk));
        q += nd - kk;
    } else if (-6 < kk && kk <= 0) { /* 1234e-6 -> 0.001234 */
        *q++ = '0';
        *q++ = '.';
        q = nol(q, -kk);
        memcpy(q, d, (size_t)nd);
        q += nd;
    } else { /* 1234e30 -> 1.234E+33 */
        *q++ = d[0];
        if (nd > 1) {
            *q++ = '.';
            memcpy(q, d + 1, (size_t)(nd - 1));
            q += nd - 1;
        }
        q += snprintf(q, sizeof t - (size_t)(q - t), "E%+d", kk - 1);
    }
    *q = 0;
    snprintf(buf, n, "%s", t);
}

void angka_tepat_teks(double v, char *buf, size_t n)
{
    if (!isfinite(v)) /* no digits read back: as printf writes it */
        snprintf(buf, n, "%G", v);
    else
        teks_digit(v, angka_tepat_digit(v), buf, n);
}

/* Significant digits of a "%.16G" text in fixed notation ("96.49": 4,
 * "0.0012": 2; printf drops trailing zeros after the point). */
static int digit_teks(const char *t)
{
    int k = 0;
    bool mulai = false;
    for (; *t; t++) {
        mulai = mulai || (*t >= '1' && *t <= '9');
        k += mulai && *t >= '0' && *t <= '9';
    }
    return k;
}

bool angka_tepat_periksa(double v, const char *teks, char *buf, size_t n)
{
    /* Decided from the text alone only in fixed notation (both write
     * fixed notation from 1E-4 up to below 1E+16) and away from 0 ("-0")
     * and exact powers of two: below a power of two doubles lie twice as
     * close, so there a shorter rounding can read back where a longer one
     * on the other side does not. */
    int e2;
    double m = frexp(v, &e2);
    if (isfinite(v) && v != 0 && fabs(m) != 0.5 && !strchr(teks, 'E')) {
        /* sixteen digits that do not read back: seventeen it is (a
         * computed capaian or serapan, most of the cells to correct) */
        if (strtod(teks, NULL) != v) {
            teks_digit(v, 17, buf, n);
            return false;
        }
        /* Fifteen digits or fewer that read back are the fewest: a
         * shorter text that read back too would differ from this one by
         * at least one unit of its 15th digit, more than 1E-15 of v, and
         * both would lie within one ulp (at most 2.2E-16 of v) of v. */
        int k = digit_teks(teks);
        if (k <= 15 || !dibaca_kembali(v, k - 1))
            return true;
    }
    angka_tepat_teks(v, buf, n);
    return strcmp(buf, teks) == 0;
}
