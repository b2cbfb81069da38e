/*
 * Rounding as LibreOffice Calc's ROUND does (rtl::math::round in
 * "corrected" mode), re-derived here so that the generator's cached values and
 * the add-in's category look-ups agree with what Calc displays:
 *
 *  1. scale by 10^desimal (at most as many decimals as the binary exponent
 *     can still represent);
 *  2. add one half and take the result to 15 significant digits before the
 *     floor: this is what turns 100.49999999999999 (1.005 x 100 in binary)
 *     back into 100.5, so that 1.005 rounds to 1.01 as the reader expects;
 *  3. scale back by dividing by an exact power of ten.
 *
 * Integers, values >= 2^52 and zero decimals need no decimal work at all.
 */
#include "bulat.h"

#include <math.h>
#include <stdbool.h>

#define DUA_PANGKAT_52 4503599627370496.0
#define DUA_PANGKAT_41 2199023255552.0

static const double pangkat_sepuluh[] = {
    1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
};

#define DESIMAL_MAKS 15

static double sepuluh_pangkat(int n)
{
    if (n >= 0 && n <= DESIMAL_MAKS)
        return pangkat_sepuluh[n];
    return pow(10.0, n);
}

/* x rounded to an integer, halves away from zero: what C's round() is
 * specified to do, computed without it.  MinGW-w64's round(), linked into
 * the Windows build from its static libmingwex, adds one half before the
 * floor, and the sum 0.49999999999999994 + 0.5 already rounds up to 1.0:
 * it returns 1 where Calc's ROUND returns 0.  The fraction x - trunc(x) is
 * exact for every double, so this comparison is not fooled. */
static double bulat_ke_bilangan_bulat(double x)
{
    double bulat = trunc(x);
    if (fabs(x - bulat) >= 0.5)
        bulat += copysign(1.0, x);
    return bulat;
}

/* True if v (>= 0) has at most 11 binary digits after the point: such a
 * value is already an exact short decimal (x.5, x.25, ...) and snapping it to
 * 15 digits could only do harm. */
static bool pecahan_pendek(double v)
{
    double digeser = ldexp(v, 11);
    return digeser == trunc(digeser);
}

/* v (> 0) taken to 15 significant decimal digits. */
static double ke_15_digit(double v)
{
    if (v > DUA_PANGKAT_41 || pecahan_pendek(v))
        return v;
    int geser = 14 - (int)floor(log10(v));
    double faktor = sepuluh_pangkat(geser < 0 ? -geser : geser);
    double skala = geser < 0 ? v / faktor : v * faktor;
    if (!isfinite(skala))
        return v;
    skala = bulat_ke_bilangan_bulat(skala);
    double hasil = geser < 0 ? skala * faktor : skala / faktor;
    return isfinite(hasil) ? hasil : v;
}

double bulat_desimal(double x, int desimal)
{
    if (!isfinite(x) || x == 0.0)
        return x;
    if (desimal < 0)
        desimal = 0;
    if (desimal > DESIMAL_MAKS)
        desimal = DESIMAL_MAKS;
    if (desimal == 0)
        return bulat_ke_bilangan_bulat(x);

    double besar = fabs(x);
    if (besar >= DUA_PANGKAT_52 || besar == trunc(besar))
        return x;

    /* A double below 2^52 with exponent e keeps 52 - e bits, and so at most
     * that many meaningful decimals. */
    int eksponen;
    frexp(besar, &eksponen);
    int tersedia = 52 - (eksponen - 1);
    if (tersedia < desimal)
        desimal = tersedia;

    double faktor = sepuluh_pangkat(desimal);
    double skala = besar * faktor;
    if (!isfinite(skala))
        return x;
    if (skala < DUA_PANGKAT_52)
        skala = floor(ke_15_digit(skala + 0.5));
    double hasil = skala / faktor;
    return signbit(x) ? -hasil : hasil;
}
