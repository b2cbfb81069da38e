/*
 * galat.c - the reader's errors as values: what each code means, and the
 * one message of a failed reading, which names the file, the zip part,
 * the sheet and the cell where they are known (pembaca.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dalam.h"

static const char *const arti[BUKU_GALAT_JUMLAH_KODE] = {
    [BUKU_OK] = "berhasil",
    [BUKU_GALAT_BERKAS] = "berkas tidak dapat dibuka atau dibaca",
    [BUKU_GALAT_BUKAN_ZIP] = "bukan buku kerja (bukan arsip zip)",
    [BUKU_GALAT_ZIP_RUSAK] = "arsip zip rusak atau terpotong",
    [BUKU_GALAT_BUKAN_BUKU] = "arsip zip, bukan buku kerja .xlsx/.ods",
    [BUKU_GALAT_BAGIAN_HILANG] = "bagian buku kerja tidak ada",
    [BUKU_GALAT_XML] = "XML rusak",
    [BUKU_GALAT_ISI] = "isi tidak sesuai format berkas",
    [BUKU_GALAT_BATAS] = "buku kerja melampaui batas pembaca",
    [BUKU_GALAT_MEMORI] = "memori tidak cukup",
};

const char *buku_kode_teks(buku_kode kode)
{
    if ((unsigned)kode >= BUKU_GALAT_JUMLAH_KODE)
        return "kode galat tidak dikenal";
    return arti[kode];
}

bool baca_sudah_gagal(const baca *c)
{
    return c->galat->kode != BUKU_OK;
}

bool baca_gagal(baca *c, buku_kode kode, const char *format, ...)
{
    if (baca_sudah_gagal(c))
        return false;
    buku_galat *g = c->galat;
    g->kode = kode;
    size_t n = 0;
    const size_t maks = sizeof g->pesan;
    n += (size_t)snprintf(g->pesan, maks, "%s: ", c->berkas);
    if (c->bagian && n < maks)
        n += (size_t)snprintf(g->pesan + n, maks - n, "%s: ", c->bagian);
    if (c->lembar && n < maks)
        n += (size_t)snprintf(g->pesan + n, maks - n, "lembar '%s', ",
                              c->lembar);
    if (c->ada_sel && n < maks) {
        char a[16];
        n += (size_t)snprintf(g->pesan + n, maks - n,
                              "sel %s: ", buku_alamat(c->baris, c->kolom, a));
    } else if (c->lembar && n >= 2 && n < maks) {
        /* "lembar 'X', " without a cell reads "lembar 'X': " */
        g->pesan[n - 2] = ':';
    }
    if (n < maks) {
        va_list ap;
        va_start(ap, format);
        vsnprintf(g->pesan + n, maks - n, format, ap);
        va_end(ap);
    }
    return false;
}
