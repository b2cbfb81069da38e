/*
 * tata.c - the sheet layout engine (tata.h).
 */
#include "tata.h"

#include <stdio.h>
#include <string.h>

#include "tulis.h"

int tata_kolom_cari(const tata_lembar *t, const char *nama)
{
    for (unsigned k = 0; k < t->jumlah_kolom; k++)
        if (!strcmp(t->kolom[k].nama, nama))
            return (int)k;
    return -1;
}

static bool ada_grup(const tata_lembar *t)
{
    for (unsigned k = 0; k < t->jumlah_kolom; k++)
        if (t->kolom[k].grup)
            return true;
    return false;
}

unsigned tata_tinggi_kepala(const tata_lembar *t)
{
    return (ada_grup(t) ? 2u : 1u) + (t->nomor_kolom ? 1u : 0u);
}

unsigned tata_baris_isi(const tata_lembar *t)
{
    return t->baris_kepala + tata_tinggi_kepala(t);
}

static bool grup_sama(const char *a, const char *b)
{
    return a && b && !strcmp(a, b);
}

/* The header: a column without a group takes both rows when the sheet
 * has groups; a run of columns with the same group shares one merged
 * group cell above their own titles. */
static void tulis_kepala(tata_penulis *p)
{
    const tata_lembar *t = p->t;
    unsigned h1 = t->baris_kepala, h2 = h1 + (ada_grup(t) ? 1u : 0u);
    for (unsigned k = 0; k < t->jumlah_kolom; k++) {
        const tata_kolom *c = &t->kolom[k];
        if (!c->grup) {
            CATAT(p->galat,
                  lembar_gabung(p->ws, h1, k, h2, k, c->judul, p->g->kepala));
            continue;
        }
        if (k == 0 || !grup_sama(t->kolom[k - 1].grup, c->grup)) {
            unsigned akhir = k;
            while (akhir + 1 < t->jumlah_kolom &&
                   grup_sama(t->kolom[akhir + 1].grup, c->grup))
                akhir++;
            CATAT(p->galat, lembar_gabung(p->ws, h1, k, h1, akhir, c->grup,
                                          p->g->kepala));
        }
        CATAT(p->galat,
              lembar_gabung(p->ws, h2, k, h2, k, c->judul, p->g->kepala));
    }
    if (t->tinggi_judul > 0)
        CATAT(p->galat, worksheet_set_row(p->ws, h2, t->tinggi_judul, NULL));
    if (!t->nomor_kolom)
        return;
    for (unsigned k = 0; k < t->jumlah_kolom; k++) {
        char buf[16];
        snprintf(buf, sizeof buf, "(%u)", k + 1);
        CATAT(p->galat, worksheet_write_string(p->ws, h2 + 1, (lxw_col_t)k, buf,
                                               p->g->nomor_kolom));
    }
}

void tata_buka(tata_penulis *p, lxw_workbook *wb, gaya *g, const tata_lembar *t,
               const tulis_opsi *o)
{
    memset(p, 0, sizeof *p);
    p->g = g;
    p->t = t;
    p->o = o;
    p->ws = workbook_add_worksheet(wb, t->nama);
    if (!p->ws) {
        p->galat = LXW_ERROR_MEMORY_MALLOC_FAILED;
        return;
    }
    for (unsigned k = 0; k < t->jumlah_kolom; k++)
        CATAT(p->galat, worksheet_set_column(p->ws, (lxw_col_t)k, (lxw_col_t)k,
                                             t->kolom[k].lebar, NULL));
    tulis_kepala(p);
}

static double lebar_semua(const tata_lembar *t)
{
    double l = 0;
    for (unsigned k = 0; k < t->jumlah_kolom; k++)
        l += t->kolom[k].lebar;
    return l;
}

void tata_judul(tata_penulis *p, unsigned baris, const char *teks,
                lxw_format *f)
{
    CATAT(p->galat, lembar_gabung(p->ws, baris, 0, baris,
                                  p->t->jumlah_kolom - 1, teks, f));
    lembar_perlu(&p->tinggi, baris, baris, teks, lebar_semua(p->t));
}

void tata_validasi(tata_penulis *p, unsigned k1, unsigned k2, unsigned r1,
                   unsigned r2)
{
    if (k1 >= p->t->jumlah_kolom || k2 < k1 || r2 < r1) {
        CATAT(p->galat, LXW_ERROR_PARAMETER_VALIDATION);
        return;
    }
    const tata_kolom *c = &p->t->kolom[k1];
    CATAT(p->galat,
          lembar_validasi_isian(p->ws, r1, k1, r2, k2, c->judul, c->petunjuk,
                                c->isi != TATA_ISIAN_TEKS));
}

void tata_perlu(tata_penulis *p, unsigned r1, unsigned r2, unsigned kolom,
                const char *teks)
{
    lembar_perlu(&p->tinggi, r1, r2, teks, p->t->kolom[kolom].lebar);
}

void tata_tanda(tata_penulis *p, unsigned r1, unsigned k1, unsigned r2,
                unsigned k2, const rumus_aturan *aturan, lxw_format *f)
{
    lxw_conditional_format cf;
    memset(&cf, 0, sizeof cf);
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = (char *)aturan->teks;
    cf.format = f;
    CATAT(p->galat, worksheet_conditional_format_range(p->ws, r1, (lxw_col_t)k1,
                                                       r2, (lxw_col_t)k2, &cf));
}

lxw_error tata_tutup(tata_penulis *p)
{
    if (!p->ws)
        return p->galat;
    CATAT(p->galat, lembar_tinggi_terapkan(&p->tinggi, p->ws));
    const tata_lembar *t = p->t;
    lembar_halaman(p->ws, (int)t->baris_kepala, (int)(tata_baris_isi(t) - 1));
    lembar_lindungi(p->ws, p->o);
    return p->galat;
}
