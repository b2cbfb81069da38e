/*
 * angka_tepat.h - a double as the shortest text that reads back as the
 * same double.
 *
 * A number written with a fixed count of significant digits does not read
 * back exactly: sixteen digits give 110.9333333333333 for the double
 * 110.93333333333334 (another double), and 96.48999999999999 for 96.49
 * (the same double, in more digits than it needs).  Seventeen always read
 * back, but show 96.489999999999995 for 96.49.  The shortest text that
 * reads back is both exact and what the figure was typed as.
 */
#ifndef KINERJA_ANGKA_TEPAT_H
#define KINERJA_ANGKA_TEPAT_H

#include <stdbool.h>
#include <stddef.h>

/* Bytes that hold any text of angka_tepat_teks, its 0 included
 * ("-2.2250738585072014E-308"). */
#define ANGKA_TEPAT_MAKS 32

/* The fewest significant digits (1 to 17) with which v, rounded to that
 * many digits, reads back (strtod) as v itself.  17 for an infinity or
 * NaN, which no digits give back. */
int angka_tepat_digit(double v);

/* v with angka_tepat_digit(v) significant digits, laid out as
 * libxlsxwriter's emyg_dtoa writes numbers: fixed notation from 1E-6 up to
 * below 1E+17, else an exponent; no trailing zeros after a decimal point
 * ("110.93333333333332", "96.49", "2000", "0.00001", "1E+21",
 * "-2.2250738585072014E-308"; 0 for -0; an infinity or NaN as printf's
 * %G, "INF").  buf holds n bytes,
 * ANGKA_TEPAT_MAKS for every double. */
void angka_tepat_teks(double v, char *buf, size_t n);

/* Whether `teks`, v as printf's "%.16G" writes it (libxlsxwriter without
 * emyg_dtoa), is angka_tepat_teks(v) already; if not, angka_tepat_teks(v)
 * is written into buf (n bytes).  Most texts are decided from themselves:
 * a text of k significant digits is the shortest exact one when it reads
 * back as v and v rounded to k - 1 digits does not (a rounding that reads
 * back reads back with more digits too), two conversions instead of the
 * search for the fewest digits. */
bool angka_tepat_periksa(double v, const char *teks, char *buf, size_t n);

#endif
