/*
 * teks.c - gathering one cell's text from XML character data, at most
 * BUKU_TEKS_MAKS (32 767) characters: the most a cell holds in Excel and
 * in Calc, so a longer one is a damaged or hostile file, and its memory
 * stays bounded however much character data the XML carries.
 */
#include <stdlib.h>
#include <string.h>

#include "dalam.h"

void teks_kosongkan(teks_penampung *t)
{
    t->panjang = 0;
    t->karakter = 0;
    t->lebih = false;
    t->memori_habis = false;
    if (t->isi)
        t->isi[0] = '\0';
}

void teks_tambah(teks_penampung *t, const char *s, size_t n)
{
    /* Characters are counted as UTF-8 lead bytes (expat hands us UTF-8). */
    size_t simpan = 0;
    for (size_t i = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) == 0x80) {
            if (!t->lebih)
                simpan = i + 1;
            continue;
        }
        if (t->karakter >= BUKU_TEKS_MAKS) {
            t->lebih = true;
            break;
        }
        t->karakter++;
        simpan = i + 1;
    }
    if (simpan == 0 || t->memori_habis)
        return;
    if (!larik_tambah_teks(&t->isi, &t->panjang, &t->kapasitas, s, simpan))
        t->memori_habis = true;
}

void teks_bebas(teks_penampung *t)
{
    free(t->isi);
    memset(t, 0, sizeof *t);
}

bool teks_sel_periksa(baca *c, const teks_penampung *nilai,
                      const teks_penampung *nilai_lain,
                      const teks_penampung *rumus)
{
    if (nilai->lebih || nilai_lain->lebih)
        return baca_gagal(c, BUKU_GALAT_BATAS, "teks lebih dari %u karakter",
                          BUKU_TEKS_MAKS);
    if (rumus->lebih)
        return baca_gagal(c, BUKU_GALAT_BATAS, "rumus lebih dari %u karakter",
                          BUKU_TEKS_MAKS);
    if (nilai->memori_habis || nilai_lain->memori_habis || rumus->memori_habis)
        return baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
    return true;
}
