/*
 * rumus_bersama.c - SpreadsheetML shared formulas (ECMA-376 part 1,
 * 18.3.1.40): Excel writes a formula filled down or across once, in the
 * first cell of the range (<f t="shared" ref="B2:B9" si="0">A2*2</f>), and
 * the other cells only as <f t="shared" si="0"/>.  Each of them means the
 * first cell's formula with its relative references moved by the distance
 * between the cells, as if copied there: B5 holds A5*2.
 *
 * References are found the way Excel's formula grammar allows them in a
 * cell formula: A1 names ($ marking the absolute part), column ranges
 * (A:C) and row ranges (1:5).  Text in double quotes, sheet names in single
 * quotes and anything in brackets (structured and external references) is
 * copied as it is; a name followed by "(" is a function and one followed
 * by "!" a sheet.  A reference moved off the sheet becomes #REF!, as Excel
 * shows it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dalam.h"

static bool huruf_besar(char c)
{
    return c >= 'A' && c <= 'Z';
}

static bool angka_desimal(char c)
{
    return c >= '0' && c <= '9';
}

/* Characters of one name or reference token. */
static bool bagian_token(char c)
{
    return huruf_besar(c) || angka_desimal(c) || (c >= 'a' && c <= 'z') ||
           c == '_' || c == '.' || c == '$' || c == '\\' ||
           (unsigned char)c >= 0x80;
}

typedef struct rujukan {
    bool kolom_ada, baris_ada;
    bool kolom_mutlak, baris_mutlak;
    int64_t kolom, baris; /* from 0 */
} rujukan;

/* A1, $A$1, A, $A, 1, $1: which parts the token has. */
static bool urai_rujukan(const char *s, size_t n, rujukan *r)
{
    size_t i = 0;
    memset(r, 0, sizeof *r);
    if (i < n && s[i] == '$' && i + 1 < n && huruf_besar(s[i + 1])) {
        r->kolom_mutlak = true;
        i++;
    }
    size_t awal = i;
    int64_t k = 0;
    while (i < n && huruf_besar(s[i]) && i - awal < 3)
        k = k * 26 + (s[i++] - 'A' + 1);
    if (i > awal) {
        r->kolom_ada = true;
        r->kolom = k - 1;
    } else if (r->kolom_mutlak) {
        return false;
    }
    if (i < n && s[i] == '$') {
        r->baris_mutlak = true;
        i++;
    }
    awal = i;
    int64_t b = 0;
    while (i < n && angka_desimal(s[i]) && i - awal < 7)
        b = b * 10 + (s[i++] - '0');
    if (i > awal) {
        if (b == 0)
            return false;
        r->baris_ada = true;
        r->baris = b - 1;
    } else if (r->baris_mutlak) {
        return false;
    }
    return i == n && (r->kolom_ada || r->baris_ada) &&
           r->kolom < BUKU_KOLOM_MAKS && r->baris < BUKU_BARIS_MAKS;
}

typedef struct keluaran {
    char *isi;
    size_t panjang, kapasitas;
    bool gagal;
} keluaran;

static void tulis(keluaran *k, const char *s, size_t n)
{
    if (!k->gagal &&
        !larik_tambah_teks(&k->isi, &k->panjang, &k->kapasitas, s, n))
        k->gagal = true;
}

/* Writes r moved by (db, dk); false if it leaves the sheet. */
static bool tulis_geser(keluaran *k, rujukan r, int64_t db, int64_t dk)
{
    if (r.kolom_ada && !r.kolom_mutlak)
        r.kolom += dk;
    if (r.baris_ada && !r.baris_mutlak)
        r.baris += db;
    if (r.kolom < 0 || r.kolom >= BUKU_KOLOM_MAKS || r.baris < 0 ||
        r.baris >= BUKU_BARIS_MAKS)
        return false;
    char teks[32];
    size_t n = 0;
    if (r.kolom_ada) {
        char a[16];
        buku_alamat(0, (uint32_t)r.kolom, a);
        a[strcspn(a, "0123456789")] = '\0';
        n += (size_t)snprintf(teks + n, sizeof teks - n, "%s%s",
                              r.kolom_mutlak ? "$" : "", a);
    }
    if (r.baris_ada)
        n +=
            (size_t)snprintf(teks + n, sizeof teks - n, "%s%lld",
                             r.baris_mutlak ? "$" : "", (long long)r.baris + 1);
    tulis(k, teks, n);
    return true;
}

/* The end of a quoted run starting at s[i] (the quote), doubled quotes
 * inside; or of a bracketed run, nesting counted. */
static size_t akhir_kutip(const char *s, size_t n, size_t i)
{
    char q = s[i];
    for (i++; i < n; i++)
        if (s[i] == q) {
            if (i + 1 < n && s[i + 1] == q)
                i++;
            else
                return i + 1;
        }
    return n;
}

static size_t akhir_kurung(const char *s, size_t n, size_t i)
{
    int tingkat = 0;
    for (; i < n; i++) {
        if (s[i] == '[')
            tingkat++;
        else if (s[i] == ']' && --tingkat == 0)
            return i + 1;
    }
    return n;
}

char *rumus_geser(const char *rumus, int64_t db, int64_t dk)
{
    keluaran k = {0};
    size_t n = strlen(rumus);
    tulis(&k, "", 0);
    size_t i = 0;
    while (i < n && !k.gagal) {
        char c = rumus[i];
        if (c == '"' || c == '\'') {
            size_t j = akhir_kutip(rumus, n, i);
            tulis(&k, rumus + i, j - i);
            i = j;
            continue;
        }
        if (c == '[') {
            size_t j = akhir_kurung(rumus, n, i);
            tulis(&k, rumus + i, j - i);
            i = j;
            continue;
        }
        if (!bagian_token(c)) {
            tulis(&k, rumus + i, 1);
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && bagian_token(rumus[j]))
            j++;
        /* A token right after a digit-led one ("1.5E+3" is split at '+')
         * or before "(" (a function) or "!" (a sheet) is no reference. */
        rujukan r;
        bool sebelum_nama =
            i > 0 && (rumus[i - 1] == '.' || bagian_token(rumus[i - 1]));
        bool fungsi = j < n && (rumus[j] == '(' || rumus[j] == '!');
        bool eksponen = i > 0 && (rumus[i - 1] == '+' || rumus[i - 1] == '-') &&
                        i > 1 && (rumus[i - 2] == 'E' || rumus[i - 2] == 'e') &&
                        i > 2 && angka_desimal(rumus[i - 3]);
        if (sebelum_nama || fungsi || eksponen ||
            !urai_rujukan(rumus + i, j - i, &r)) {
            tulis(&k, rumus + i, j - i);
            i = j;
            continue;
        }
        /* A lone column or row is a reference only as one end of a
         * column range (A:C) or row range (1:5). */
        bool rentang =
            (j < n && rumus[j] == ':') || (i > 0 && rumus[i - 1] == ':');
        if ((!r.kolom_ada || !r.baris_ada) && !rentang) {
            tulis(&k, rumus + i, j - i);
            i = j;
            continue;
        }
        if (!tulis_geser(&k, r, db, dk))
            tulis(&k, "#REF!", 5);
        i = j;
    }
    if (k.gagal) {
        free(k.isi);
        return NULL;
    }
    return k.isi;
}
