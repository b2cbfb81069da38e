/*
 * angka.c - numbers in Indonesian and international notation (angka.h).
 *
 * Parsing is by hand over a small grammar rather than strtod on the raw
 * text: strtod depends on the process locale, accepts exponents, hex and
 * "inf", and would silently read "3.75" in a `;` file.  The checked digits
 * are normalised to "123.45" and only then given to strtod, which rounds
 * correctly (the program never calls setlocale, so "." is its decimal
 * point).
 */
#include "angka.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/rupiah.h"

/* 17 significant digits are the most a double keeps apart; plans never need
 * more (2^53 rupiah has 16). */
#define DIGIT_MAKS 17

typedef struct angka_bagian {
    bool negatif;
    char bulat[64];   /* integer digits, no separators */
    char pecahan[64]; /* fraction digits */
} angka_bagian;

static bool spasi(char c)
{
    return c == ' ' || c == '\t';
}

static bool awalan_rp(const char *s)
{
    return (s[0] == 'R' || s[0] == 'r') && (s[1] == 'P' || s[1] == 'p');
}

static angka_hasil urai(const char *teks, notasi n, angka_bagian *b)
{
    memset(b, 0, sizeof *b);
    const char *s = teks;
    while (spasi(*s))
        s++;
    const char *akhir = s + strlen(s);
    while (akhir > s && spasi(akhir[-1]))
        akhir--;
    if (s == akhir)
        return ANGKA_KOSONG;
    if (awalan_rp(s))
        return ANGKA_ADA_RP;
    if (akhir[-1] == '%')
        return ANGKA_ADA_PERSEN;

    if (*s == '-') {
        b->negatif = true;
        s++;
    }
    const char ribuan = n == NOTASI_INDONESIA ? '.' : 0;
    const char desimal = n == NOTASI_INDONESIA ? ',' : '.';
    const char lain = n == NOTASI_INDONESIA ? '.' : ',';

    /* Integer part: digits, in groups of three if separated. */
    size_t nb = 0, kelompok = 0;
    bool ada_ribuan = false;
    if (s == akhir || !isdigit((unsigned char)*s))
        return ANGKA_BUKAN_ANGKA;
    while (s < akhir &&
           (isdigit((unsigned char)*s) || (ribuan && *s == ribuan))) {
        if (*s == ribuan) {
            /* The first group has 1..3 digits, every later one exactly 3. */
            if (kelompok == 0 || kelompok > 3 || (ada_ribuan && kelompok != 3))
                return ANGKA_NOTASI_SALAH;
            ada_ribuan = true;
            kelompok = 0;
        } else {
            if (nb + 1 >= sizeof b->bulat)
                return ANGKA_TERLALU_PANJANG;
            b->bulat[nb++] = *s;
            kelompok++;
        }
        s++;
    }
    if (ada_ribuan && kelompok != 3)
        return ANGKA_NOTASI_SALAH;

    size_t np = 0;
    if (s < akhir && *s == desimal) {
        s++;
        if (s == akhir || !isdigit((unsigned char)*s))
            return ANGKA_NOTASI_SALAH;
        while (s < akhir && isdigit((unsigned char)*s)) {
            if (np + 1 >= sizeof b->pecahan)
                return ANGKA_TERLALU_PANJANG;
            b->pecahan[np++] = *s++;
        }
    }
    if (s != akhir) {
        /* A separator of the other notation, or a second decimal mark, is a
         * notation problem; anything else is not a number at all. */
        if (*s == lain || *s == desimal || *s == ',' || *s == '.')
            return ANGKA_NOTASI_SALAH;
        return ANGKA_BUKAN_ANGKA;
    }
    return ANGKA_OK;
}

/* Significant digits: leading zeros of the integer part do not count. */
static size_t digit_berarti(const angka_bagian *b)
{
    const char *p = b->bulat;
    while (*p == '0')
        p++;
    size_t n = strlen(p) + strlen(b->pecahan);
    if (!*p) {
        /* 0,000123: the zeros after the mark do not count either */
        const char *q = b->pecahan;
        while (*q == '0')
            q++;
        n = strlen(q);
    }
    return n;
}

angka_hasil angka_baca(const char *teks, notasi n, double *nilai, int *desimal)
{
    angka_bagian b;
    angka_hasil h = urai(teks, n, &b);
    if (h != ANGKA_OK)
        return h;
    if (digit_berarti(&b) > DIGIT_MAKS)
        return ANGKA_TERLALU_PANJANG;
    char buf[160];
    strcpy(buf, b.negatif ? "-" : "");
    strcat(buf, b.bulat);
    if (b.pecahan[0]) {
        strcat(buf, ".");
        strcat(buf, b.pecahan);
    }
    *nilai = strtod(buf, NULL);
    if (*nilai == 0.0)
        *nilai = 0.0; /* no negative zero from "-0" */
    *desimal = (int)strlen(b.pecahan);
    return ANGKA_OK;
}

angka_hasil rupiah_baca(const char *teks, notasi n, int64_t *rupiah)
{
    angka_bagian b;
    angka_hasil h = urai(teks, n, &b);
    if (h != ANGKA_OK)
        return h;
    for (const char *p = b.pecahan; *p; p++)
        if (*p != '0')
            return ANGKA_BUKAN_BULAT;
    int64_t v = 0;
    for (const char *p = b.bulat; *p; p++) {
        v = v * 10 + (*p - '0');
        if (v > RUPIAH_MAKS_EKSAK)
            return ANGKA_TERLALU_BESAR;
    }
    *rupiah = b.negatif ? -v : v;
    return ANGKA_OK;
}

const char *angka_hasil_teks(angka_hasil h, notasi n)
{
    const bool id = n == NOTASI_INDONESIA;
    switch (h) {
    case ANGKA_OK:
        return "angka sah";
    case ANGKA_KOSONG:
        return "kosong, padahal angka wajib diisi";
    case ANGKA_BUKAN_ANGKA:
        return id ? "bukan angka (contoh angka yang sah di berkas berpemisah "
                    "';': 3,75 atau 19.133.884.991)"
                  : "bukan angka (contoh angka yang sah di berkas berpemisah "
                    "',': 3.75 atau 19133884991)";
    case ANGKA_NOTASI_SALAH:
        return id ? "bukan angka dalam notasi Indonesia (berkas berpemisah "
                    "';'): koma adalah tanda desimal dan titik memisahkan "
                    "ribuan per 3 angka, mis. 3,75 atau 19.133.884.991"
                  : "bukan angka dalam notasi internasional (berkas "
                    "berpemisah ','): titik adalah tanda desimal dan tanpa "
                    "pemisah ribuan, mis. 3.75 atau 19133884991";
    case ANGKA_ADA_RP:
        return "tulis angkanya saja, tanpa 'Rp'";
    case ANGKA_ADA_PERSEN:
        return "tulis angkanya saja, tanpa '%' (satuan ditulis di kolom "
               "satuan)";
    case ANGKA_TERLALU_PANJANG:
        return "terlalu banyak angka (paling banyak 17 angka berarti)";
    case ANGKA_BUKAN_BULAT:
        return id ? "rupiah harus bulat: sen selain ,00 tidak diterima"
                  : "rupiah harus bulat: sen selain .00 tidak diterima";
    case ANGKA_TERLALU_BESAR:
        return "jumlah rupiah terlalu besar (di atas 2^53, sel lembar kerja "
               "tidak lagi tepat sampai rupiah)";
    }
    return "angka tidak sah";
}
