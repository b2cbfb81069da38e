/*
 * angka.c - numbers, dates and times as the two formats store them: a
 * cell value is an xsd:double ("96.25", "1E-3"; never a locale's "96,25"),
 * a date an ISO 8601 date or date-time, a time an ISO 8601 duration.
 * Dates become serial numbers, days since the null date (1899-12-30 in
 * Calc and, from 1 March 1900 on, in Excel), so a date reads the same
 * from an .ods as from the .xlsx Calc saves of it.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dalam.h"

static bool spasi(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool angka_urai(const char *s, double *hasil)
{
    while (spasi(*s))
        s++;
    /* strtod also reads "nan", "inf" and hexadecimal, which no cell
     * holds: only digits, sign, point and exponent are accepted. */
    if (*s == '\0' || strspn(s, "+-0123456789.eE \t\r\n") != strlen(s))
        return false;
    char *akhir;
    errno = 0;
    double v = strtod(s, &akhir);
    while (spasi(*akhir))
        akhir++;
    if (akhir == s || *akhir != '\0' || !isfinite(v))
        return false;
    *hasil = v;
    return true;
}

/* Days from 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil algorithm). */
static long hari_sipil(long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}

/* Reads exactly n digits. */
static bool digit(const char **s, int n, long *hasil)
{
    long v = 0;
    for (int i = 0; i < n; i++) {
        char c = (*s)[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *s += n;
    *hasil = v;
    return true;
}

bool angka_tanggal(const char *s, int nol_tahun, int nol_bulan, int nol_hari,
                   double *hasil)
{
    long y, m, d, jam = 0, menit = 0;
    double detik = 0;
    bool minus = *s == '-';
    if (minus)
        s++;
    if (!digit(&s, 4, &y) || *s++ != '-' || !digit(&s, 2, &m) || *s++ != '-' ||
        !digit(&s, 2, &d))
        return false;
    if (minus)
        y = -y;
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    if (*s == 'T') {
        s++;
        if (!digit(&s, 2, &jam) || *s++ != ':' || !digit(&s, 2, &menit))
            return false;
        if (*s == ':') {
            s++;
            char *akhir;
            if (*s < '0' || *s > '9')
                return false;
            detik = strtod(s, &akhir);
            s = akhir;
        }
        if (jam > 24 || menit > 59 || !(detik < 61))
            return false;
    }
    /* A zone designator is ignored: cells hold local times. */
    if (*s == 'Z')
        s++;
    else if (*s == '+' || *s == '-')
        s += strlen(s);
    if (*s != '\0')
        return false;
    long hari = hari_sipil(y, (unsigned)m, (unsigned)d) -
                hari_sipil(nol_tahun, (unsigned)nol_bulan, (unsigned)nol_hari);
    *hasil = (double)hari +
             ((double)jam * 3600 + (double)menit * 60 + detik) / 86400.0;
    return true;
}

bool angka_durasi(const char *s, double *hasil)
{
    bool minus = *s == '-';
    if (minus)
        s++;
    if (*s++ != 'P')
        return false;
    double hari = 0, detik = 0;
    bool waktu = false, ada = false;
    while (*s) {
        if (*s == 'T') {
            waktu = true;
            s++;
            continue;
        }
        char *akhir;
        if ((*s < '0' || *s > '9') && *s != '.')
            return false;
        double v = strtod(s, &akhir);
        if (akhir == s || !isfinite(v) || v > 1e9)
            return false;
        s = akhir;
        switch (*s++) {
        case 'D':
            if (waktu)
                return false;
            hari += v;
            break;
        case 'H':
            detik += v * 3600;
            break;
        case 'M':
            if (!waktu)
                return false; /* months have no fixed length */
            detik += v * 60;
            break;
        case 'S':
            detik += v;
            break;
        default:
            return false;
        }
        ada = true;
    }
    if (!ada)
        return false;
    *hasil = (minus ? -1 : 1) * (hari + detik / 86400.0);
    return true;
}
