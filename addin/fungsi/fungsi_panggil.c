/*
 * The spreadsheet semantics shared by every function: shapes, blanks, text
 * where a number belongs, omitted arguments.  Kernels see only what is left.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fungsi.h"
#include "../core/nama.h"

void kinerja_matriks_bebas(kinerja_matriks *m)
{
    if (m == NULL)
        return;
    free(m->sel);
    m->sel = NULL;
    m->baris = 0;
    m->kolom = 0;
    m->rentang = false;
}

const fungsi_info *fungsi_cari_metode(const char *metode, size_t panjang)
{
    if (metode == NULL)
        return NULL;
    for (size_t i = 0; i < fungsi_jumlah; i++) {
        const char *nama = fungsi_tabel[i].nama;
        if (strlen(nama) == panjang && memcmp(nama, metode, panjang) == 0)
            return &fungsi_tabel[i];
    }
    return NULL;
}

const fungsi_info *fungsi_cari_nama(const char *nama)
{
    for (size_t i = 0; i < fungsi_jumlah; i++)
        if (nama_sama(nama, fungsi_tabel[i].nama))
            return &fungsi_tabel[i];
    return NULL;
}

static bool satu_sel(const kinerja_matriks *m)
{
    return m->baris == 1 && m->kolom == 1;
}

/* The result shape: that of the per-cell arguments that are ranges larger
 * than one cell, which must all agree. */
static kinerja_status bentuk_hasil(const fungsi_info *f,
                                   const kinerja_matriks *arg, size_t *baris,
                                   size_t *kolom, bool *rentang)
{
    *baris = 1;
    *kolom = 1;
    *rentang = false;
    for (size_t k = 0; k < f->jumlah_argumen; k++) {
        const kinerja_matriks *m = &arg[k];
        if (m->baris == 0 || m->kolom == 0 || m->sel == NULL)
            return KINERJA_GALAT_ARGUMEN;
        argumen_jenis jenis = f->argumen[k].jenis;
        if (jenis == ARG_UTUH)
            continue;
        if (m->rentang)
            *rentang = true;
        /* A per-row argument contributes one element per row; a single
         * column is one row. */
        size_t b = m->baris, c = m->kolom;
        if (jenis == ARG_BARIS) {
            b = c == 1 ? 1 : b;
            c = 1;
        }
        if (b == 1 && c == 1)
            continue;
        if (*baris == 1 && *kolom == 1) {
            *baris = b;
            *kolom = c;
        } else if (*baris != b || *kolom != c) {
            return KINERJA_GALAT_ARGUMEN;
        }
    }
    return KINERJA_OK;
}

/* Blanks propagate and text is no number: decided here for every function,
 * so that no kernel can forget it.  Returns false if *hasil was decided. */
static bool periksa_sel(const fungsi_info *f, const kinerja_matriks *arg,
                        size_t i, kinerja_sel *hasil)
{
    bool ada_kosong = false;
    for (size_t k = 0; k < f->jumlah_argumen; k++) {
        const fungsi_argumen *a = &f->argumen[k];
        const kinerja_sel *s;
        if (a->jenis == ARG_UTUH || a->jenis == ARG_BARIS) {
            /* Whole ranges and rows are the kernel's to read. */
            if (arg[k].rentang || !satu_sel(&arg[k]))
                continue;
            s = &arg[k].sel[0];
        } else {
            s = fungsi_arg_sel(&arg[k], i);
        }
        /* The generator builds cells too: an error passes through, and a
         * missing required element is never read as 0. */
        if (s->jenis == SEL_GALAT) {
            *hasil = *s;
            return false;
        }
        if (!a->opsional && s->jenis == SEL_TIADA) {
            *hasil = sel_galat(KINERJA_GALAT_ARGUMEN);
            return false;
        }
        if (a->jenis == ARG_ANGKA && s->jenis == SEL_TEKS) {
            *hasil = sel_galat(KINERJA_GALAT_TIPE);
            return false;
        }
        if (!a->opsional && s->jenis == SEL_KOSONG)
            ada_kosong = true;
    }
    if (ada_kosong) {
        *hasil = sel_kosong();
        return false;
    }
    return true;
}

kinerja_status fungsi_panggil(const fungsi_info *f, const kinerja_matriks *arg,
                              size_t jumlah_argumen, kinerja_matriks *hasil)
{
    if (hasil == NULL)
        return KINERJA_GALAT_ARGUMEN;
    memset(hasil, 0, sizeof(*hasil));
    if (f == NULL || arg == NULL || jumlah_argumen != f->jumlah_argumen)
        return KINERJA_GALAT_ARGUMEN;

    size_t baris, kolom;
    bool rentang;
    kinerja_status st = bentuk_hasil(f, arg, &baris, &kolom, &rentang);
    if (st != KINERJA_OK)
        return st;

    /* Calc makes every `any` parameter optional; the table says which ones
     * the function really needs. */
    for (size_t k = 0; k < f->jumlah_argumen; k++)
        if (!f->argumen[k].opsional && satu_sel(&arg[k]) &&
            arg[k].sel[0].jenis == SEL_TIADA)
            return KINERJA_GALAT_ARGUMEN;

    if (kolom != 0 && baris > SIZE_MAX / sizeof(kinerja_sel) / kolom)
        return KINERJA_GALAT_MEMORI;
    size_t jumlah = baris * kolom;
    if (jumlah == 0)
        return KINERJA_GALAT_ARGUMEN;

    void *konteks = NULL;
    if (f->siapkan != NULL) {
        st = f->siapkan(arg, &konteks);
        if (st != KINERJA_OK)
            return st;
    }

    kinerja_sel *sel = malloc(jumlah * sizeof(*sel));
    if (sel == NULL) {
        if (f->lepas != NULL)
            f->lepas(konteks);
        return KINERJA_GALAT_MEMORI;
    }
    for (size_t i = 0; i < jumlah; i++)
        if (periksa_sel(f, arg, i, &sel[i]))
            f->hitung(arg, i, konteks, &sel[i]);
    if (f->lepas != NULL)
        f->lepas(konteks);

    hasil->baris = baris;
    hasil->kolom = kolom;
    hasil->sel = sel;
    hasil->rentang = rentang;
    return KINERJA_OK;
}
