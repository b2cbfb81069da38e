/*
 * buku.c - the cell grid model: a workbook's sheets in the file's order,
 * each sheet's cells sorted by position, and the texts in an arena that
 * never moves them (the pointers in buku_sel stay valid until
 * buku_tutup).  Only cells with something in them are stored, so a sheet
 * that Calc saved as a million empty rows costs nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "dalam.h"

typedef struct blok {
    struct blok *lanjut;
    size_t pakai, kapasitas;
    char isi[];
} blok;

typedef struct lembar {
    char *nama;
    buku_sel *sel;
    size_t jumlah, kapasitas;
} lembar;

struct buku {
    buku_format format;
    lembar *lembar;
    size_t jumlah_lembar, kapasitas_lembar;
    uint64_t jumlah_sel;
    blok *arena;
};

#define BLOK_MIN 65536

buku *buku_baru(buku_format format)
{
    buku *b = calloc(1, sizeof *b);
    if (b)
        b->format = format;
    return b;
}

void buku_tutup(buku *b)
{
    if (b == NULL)
        return;
    for (size_t i = 0; i < b->jumlah_lembar; i++) {
        free(b->lembar[i].nama);
        free(b->lembar[i].sel);
    }
    free(b->lembar);
    while (b->arena) {
        blok *l = b->arena->lanjut;
        free(b->arena);
        b->arena = l;
    }
    free(b);
}

long buku_tambah_lembar(buku *b, const char *nama, size_t panjang)
{
    lembar *semua = larik_sediakan(b->lembar, &b->kapasitas_lembar,
                                   b->jumlah_lembar + 1, sizeof *semua, 8);
    if (semua == NULL)
        return -1;
    b->lembar = semua;
    char *salinan = malloc(panjang + 1);
    if (salinan == NULL)
        return -1;
    memcpy(salinan, nama, panjang);
    salinan[panjang] = '\0';
    lembar *l = &b->lembar[b->jumlah_lembar];
    memset(l, 0, sizeof *l);
    l->nama = salinan;
    return (long)b->jumlah_lembar++;
}

const char *buku_simpan_teks(buku *b, const char *s, size_t n)
{
    if (b->arena == NULL || b->arena->kapasitas - b->arena->pakai < n + 1) {
        size_t kap = n + 1 > BLOK_MIN ? n + 1 : BLOK_MIN;
        blok *k = malloc(sizeof *k + kap);
        if (k == NULL)
            return NULL;
        k->lanjut = b->arena;
        k->pakai = 0;
        k->kapasitas = kap;
        b->arena = k;
    }
    char *t = b->arena->isi + b->arena->pakai;
    if (n)
        memcpy(t, s, n);
    t[n] = '\0';
    b->arena->pakai += n + 1;
    return t;
}

bool buku_tambah_sel(baca *c, size_t i, const buku_sel *s)
{
    buku *b = c->buku;
    if (b->jumlah_sel >= c->batas.sel_maks)
        return baca_gagal(c, BUKU_GALAT_BATAS,
                          "lebih dari %llu sel dalam buku kerja (batas "
                          "pembaca)",
                          (unsigned long long)c->batas.sel_maks);
    lembar *l = &b->lembar[i];
    buku_sel sel_baru = *s;
    /* Calc saves a formula's empty-text result ("" from IF(...;"";...))
     * in an .ods as no value at all, and in an .xlsx as an empty string:
     * both read as BUKU_KOSONG, so a workbook reads the same either way. */
    if (s->rumus != NULL && s->jenis == BUKU_TEKS && s->panjang == 0) {
        sel_baru.jenis = BUKU_KOSONG;
        sel_baru.teks = NULL;
    }
    buku_sel *sel =
        larik_sediakan(l->sel, &l->kapasitas, l->jumlah + 1, sizeof *sel, 64);
    if (sel == NULL)
        return baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
    l->sel = sel;
    l->sel[l->jumlah++] = sel_baru;
    b->jumlah_sel++;
    return true;
}

uint64_t buku_jumlah_sel(const buku *b)
{
    return b->jumlah_sel;
}

/* By position; the sort below is a stable merge sort, so cells at one
 * position keep their order in the file. */
static int banding(const buku_sel *a, const buku_sel *b)
{
    if (a->baris != b->baris)
        return a->baris < b->baris ? -1 : 1;
    if (a->kolom != b->kolom)
        return a->kolom < b->kolom ? -1 : 1;
    return 0;
}

static void urut_gabung(buku_sel *a, buku_sel *sementara, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    urut_gabung(a, sementara, h);
    urut_gabung(a + h, sementara, n - h);
    if (banding(&a[h - 1], &a[h]) <= 0)
        return; /* already in order: the usual case, linear */
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        sementara[k++] = banding(&a[j], &a[i]) < 0 ? a[j++] : a[i++];
    while (i < h)
        sementara[k++] = a[i++];
    while (j < n)
        sementara[k++] = a[j++];
    memcpy(a, sementara, n * sizeof *a);
}

static bool terurut(const lembar *l)
{
    for (size_t i = 1; i < l->jumlah; i++)
        if (banding(&l->sel[i - 1], &l->sel[i]) >= 0)
            return false;
    return true;
}

bool buku_rapikan(buku *b)
{
    for (size_t i = 0; i < b->jumlah_lembar; i++) {
        lembar *l = &b->lembar[i];
        if (terurut(l))
            continue;
        buku_sel *sementara = malloc(l->jumlah * sizeof *sementara);
        if (sementara == NULL)
            return false;
        urut_gabung(l->sel, sementara, l->jumlah);
        free(sementara);
        /* One cell per position: the later in the file wins. */
        size_t n = 0;
        for (size_t k = 0; k < l->jumlah; k++) {
            if (n > 0 && banding(&l->sel[n - 1], &l->sel[k]) == 0)
                l->sel[n - 1] = l->sel[k];
            else
                l->sel[n++] = l->sel[k];
        }
        b->jumlah_sel -= l->jumlah - n;
        l->jumlah = n;
    }
    return true;
}

buku_format buku_format_dari(const buku *b)
{
    return b->format;
}

size_t buku_jumlah_lembar(const buku *b)
{
    return b->jumlah_lembar;
}

const char *buku_nama_lembar(const buku *b, size_t i)
{
    return i < b->jumlah_lembar ? b->lembar[i].nama : NULL;
}

long buku_cari_lembar(const buku *b, const char *nama)
{
    for (size_t i = 0; i < b->jumlah_lembar; i++)
        if (strcmp(b->lembar[i].nama, nama) == 0)
            return (long)i;
    return -1;
}

const buku_sel *buku_sel_lembar(const buku *b, size_t i, size_t *jumlah)
{
    if (i >= b->jumlah_lembar) {
        *jumlah = 0;
        return NULL;
    }
    *jumlah = b->lembar[i].jumlah;
    return b->lembar[i].sel;
}

const buku_sel *buku_sel_di(const buku *b, size_t i, uint32_t baris,
                            uint32_t kolom)
{
    if (i >= b->jumlah_lembar)
        return NULL;
    const lembar *l = &b->lembar[i];
    buku_sel kunci = {.baris = baris, .kolom = kolom};
    size_t lo = 0, hi = l->jumlah;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        int c = banding(&l->sel[m], &kunci);
        if (c == 0)
            return &l->sel[m];
        if (c < 0)
            lo = m + 1;
        else
            hi = m;
    }
    return NULL;
}
