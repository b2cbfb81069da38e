/*
 * angka.h - reading numbers as staff type them, in the notation their
 * file's separator implies.
 *
 * A spreadsheet in an Indonesian locale exports CSV with `;` between fields
 * and Indonesian numbers: `.` groups thousands, `,` is the decimal mark
 * (`19.133.884.991`, `3,75`).  One in an English locale exports `,` between
 * fields and `19133884991`, `3.75`.  So the separator decides the notation,
 * and a field that does not read cleanly in it is an error, never a guess:
 * `3.75` in a `;` file could be a typo for 3,75 or for 375, and a wrong
 * guess would put a wrong number into a signed document.
 *
 * Accepted, NOTASI_INDONESIA: 3,75  19.133.884.991  19133884991  -2,5
 *   (a `.` must separate groups of exactly three digits).
 * Accepted, NOTASI_INTERNASIONAL: 3.75  19133884991  -2.5
 *   (no thousands separators at all).
 * Never accepted: exponents, `Rp`, `%`, spaces inside the number.
 * Leading and trailing spaces are ignored.
 */
#ifndef KINERJA_ANGKA_H
#define KINERJA_ANGKA_H

#include <stdint.h>

typedef enum notasi {
    NOTASI_INDONESIA,    /* ; files: 19.133.884.991 and 3,75 */
    NOTASI_INTERNASIONAL /* , files: 19133884991 and 3.75 */
} notasi;

typedef enum angka_hasil {
    ANGKA_OK = 0,
    ANGKA_KOSONG,          /* empty (or only spaces): not a number, not 0 */
    ANGKA_BUKAN_ANGKA,     /* letters or symbols */
    ANGKA_NOTASI_SALAH,    /* a number, but written in the other notation or
                              with badly grouped thousands */
    ANGKA_ADA_RP,          /* "Rp" in front */
    ANGKA_ADA_PERSEN,      /* a trailing % */
    ANGKA_TERLALU_PANJANG, /* more digits than a double holds exactly */
    ANGKA_BUKAN_BULAT,     /* rupiah with sen other than ,00 */
    ANGKA_TERLALU_BESAR    /* rupiah above 2^53, where a cell loses rupiah */
} angka_hasil;

/*
 * Reads a number.  On ANGKA_OK, *nilai is the value and *desimal the count
 * of digits typed after the decimal mark (85,20 -> 2), so that a template
 * shows a figure the way the plan wrote it.
 */
angka_hasil angka_baca(const char *teks, notasi n, double *nilai, int *desimal);

/*
 * Reads an amount of whole rupiah: a number as above whose decimals, if
 * any, are all zero (a trailing ,00 of sen is accepted).  Exact: the digits
 * are read as an integer, never through a double.
 */
angka_hasil rupiah_baca(const char *teks, notasi n, int64_t *rupiah);

/* What is wrong, in words a person can act on (Indonesian), with an example
 * in the file's notation. */
const char *angka_hasil_teks(angka_hasil h, notasi n);

#endif
