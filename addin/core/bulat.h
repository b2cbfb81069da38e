/*
 * bulat.h - rounding to n decimals exactly as Calc's ROUND does.
 *
 * Calc (rtl::math::round) rounds half away from zero on the *decimal* value
 * the user sees, not on the binary double: 1.005 is stored as
 * 1.00499999999999989..., yet ROUND(1.005;2) is 1.01.  Naive binary rounding
 * (floor(x*100+0.5)/100, printf("%.2f")) gives 1.00, 90.00 and 2.67 where
 * Calc gives 1.01, 90.01 and 2.68.  Category look-ups round with this
 * function so that the label agrees with the number the reader sees.
 *
 * The match is exact, quirks included (tests/vektor/bulat.csv holds 2 508
 * results of Calc 7.4's own ROUND): zero decimals round the double directly
 * (ROUND(0.49999999999999994;0) is 0), and values near 2^52 keep only the
 * decimals their binary exponent can hold.
 */
#ifndef KINERJA_BULAT_H
#define KINERJA_BULAT_H

/* x rounded to `desimal` decimals (0..15) as Calc's ROUND(x;desimal) does.
 * Non-finite x is returned unchanged; desimal outside 0..15 is clamped. */
double bulat_desimal(double x, int desimal);

#endif
