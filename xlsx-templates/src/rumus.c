/*
 * rumus.c - formula texts and cached results (rumus.h).
 */
#include "rumus.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter/utility.h>

#include "core/skala.h"
#include "fungsi/fungsi.h"

#ifndef KINERJA_AWALAN_RUMUS
#error "KINERJA_AWALAN_RUMUS must come from the build (the service name)"
#endif

const char *rumus_awalan(void)
{
    return KINERJA_AWALAN_RUMUS;
}

rujukan_sel sel_di(unsigned baris, unsigned kolom, kinerja_sel nilai)
{
    rujukan_sel s;
    lxw_rowcol_to_cell(s.ref, (lxw_row_t)baris, (lxw_col_t)kolom);
    s.nilai = nilai;
    return s;
}

static bool kosong(const kinerja_sel *s)
{
    return s->jenis == SEL_KOSONG || s->jenis == SEL_TIADA;
}

/* The function layer's result for scalar arguments, as Calc would get it. */
static kinerja_sel panggil(const char *nama, kinerja_sel *arg, size_t n)
{
    const fungsi_info *f = fungsi_cari_nama(nama);
    kinerja_matriks m[FUNGSI_ARGUMEN_MAKS];
    for (size_t i = 0; i < n; i++)
        m[i] = matriks_skalar(&arg[i]);
    for (size_t i = n; f && i < f->jumlah_argumen; i++) {
        static kinerja_sel tiada = {SEL_TIADA, 0.0, NULL, KINERJA_OK};
        m[i] = matriks_skalar(&tiada);
    }
    kinerja_matriks hasil;
    if (!f)
        return sel_galat(KINERJA_GALAT_ARGUMEN);
    kinerja_status st = fungsi_panggil(f, m, f->jumlah_argumen, &hasil);
    if (st != KINERJA_OK)
        return sel_galat(st);
    kinerja_sel s = hasil.sel[0];
    kinerja_matriks_bebas(&hasil);
    return s;
}

const char *rumus_teks_galat(kinerja_status st)
{
    switch (st) {
    case KINERJA_GALAT_BAGI_NOL:
        return "#DIV/0!";
    case KINERJA_GALAT_TIPE:
        return "#VALUE!";
    case KINERJA_GALAT_TIDAK_TERSEDIA:
        return "#N/A";
    default:
        return "Err:502";
    }
}

void rumus_bebas(rumus *r, const char *teks, kinerja_sel hasil)
{
    snprintf(r->teks, sizeof r->teks, "%s", teks);
    r->hasil = hasil;
}

void rumus_triwulan(rumus *r, const rujukan_sel tw[4], triwulan_jenis jenis)
{
    if (jenis == TRIWULAN_JUMLAH)
        snprintf(r->teks, sizeof r->teks, "IF(COUNT(%s:%s)=0,\"\",SUM(%s:%s))",
                 tw[0].ref, tw[3].ref, tw[0].ref, tw[3].ref);
    else
        snprintf(r->teks, sizeof r->teks,
                 "IF(%s<>\"\",%s,IF(%s<>\"\",%s,IF(%s<>\"\",%s,IF(%s<>\"\","
                 "%s,\"\"))))",
                 tw[3].ref, tw[3].ref, tw[2].ref, tw[2].ref, tw[1].ref,
                 tw[1].ref, tw[0].ref, tw[0].ref);
    double nilai[4];
    bool terisi[4];
    for (int q = 0; q < 4; q++) {
        terisi[q] = tw[q].nilai.jenis == SEL_ANGKA;
        nilai[q] = terisi[q] ? tw[q].nilai.angka : 0.0;
    }
    double v;
    kinerja_status st = triwulan_rekap(nilai, terisi, 4, jenis, &v);
    r->hasil = st == KINERJA_OK       ? sel_angka(v)
               : st == KINERJA_KOSONG ? sel_kosong()
                                      : sel_galat(st);
}

void rumus_capaian(rumus *r, rumus_mode m, const rujukan_sel *target,
                   const rujukan_sel *realisasi, capaian_rumus arah)
{
    const char *t = target->ref, *x = realisasi->ref;
    if (m == RUMUS_ADDIN)
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%sCAPAIAN(%s,%s%s))",
                 x, rumus_awalan(), t, x,
                 arah == CAPAIAN_RUMUS_TURUN ? ",\"TURUN\"" : "");
    else if (arah == CAPAIAN_RUMUS_TURUN)
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",(2*%s-%s)/%s*100)",
                 x, t, x, t);
    else
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%s/%s*100)", x, x,
                 t);
    if (kosong(&realisasi->nilai)) {
        r->hasil = sel_kosong();
        return;
    }
    kinerja_sel arg[3] = {target->nilai, realisasi->nilai,
                          sel_angka(arah == CAPAIAN_RUMUS_TURUN ? 2 : 1)};
    r->hasil = panggil("CAPAIAN", arg, 3);
}

void rumus_serapan(rumus *r, rumus_mode m, const rujukan_sel *pagu,
                   const rujukan_sel *realisasi)
{
    const char *p = pagu->ref, *x = realisasi->ref;
    if (m == RUMUS_ADDIN)
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%sSERAPAN(%s,%s))",
                 x, rumus_awalan(), p, x);
    else
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%s/%s*100)", x, x,
                 p);
    if (kosong(&realisasi->nilai)) {
        r->hasil = sel_kosong();
        return;
    }
    kinerja_sel arg[2] = {pagu->nilai, realisasi->nilai};
    r->hasil = panggil("SERAPAN", arg, 2);
}

void rumus_efisiensi(rumus *r, rumus_mode m, const rujukan_sel *kinerja,
                     const rujukan_sel *anggaran)
{
    const char *k = kinerja->ref, *a = anggaran->ref;
    if (m == RUMUS_ADDIN)
        snprintf(r->teks, sizeof r->teks,
                 "IF(OR(%s=\"\",%s=\"\"),\"\",%sEFISIENSI(%s,%s))", k, a,
                 rumus_awalan(), k, a);
    else
        snprintf(r->teks, sizeof r->teks, "IF(OR(%s=\"\",%s=\"\"),\"\",%s/%s)",
                 k, a, k, a);
    if (kosong(&kinerja->nilai) || kosong(&anggaran->nilai)) {
        r->hasil = sel_kosong();
        return;
    }
    if (kinerja->nilai.jenis == SEL_GALAT) {
        r->hasil = kinerja->nilai; /* an error propagates, as in Calc */
        return;
    }
    if (anggaran->nilai.jenis == SEL_GALAT) {
        r->hasil = anggaran->nilai;
        return;
    }
    kinerja_sel arg[2] = {kinerja->nilai, anggaran->nilai};
    r->hasil = panggil("EFISIENSI", arg, 2);
}

/* The number `b` as the shortest fixed-point text that reads back exactly
 * (never an exponent: 1e+02 is not a number in a formula everywhere). */
static void angka_teks(char *buf, size_t n, double b)
{
    for (int p = 0; p <= 17; p++) {
        snprintf(buf, n, "%.*f", p, b);
        if (strtod(buf, NULL) == b)
            return;
    }
}

void rumus_kategori(rumus *r, rumus_mode m, const rujukan_sel *nilai,
                    const char *nama_skala)
{
    const char *x = nilai->ref;
    const skala *s = skala_preset_cari(nama_skala);
    if (m == RUMUS_ADDIN || !s) {
        snprintf(r->teks, sizeof r->teks,
                 "IF(%s=\"\",\"\",%sKATEGORI(%s,\"%s\"))", x, rumus_awalan(), x,
                 nama_skala);
    } else {
        /* Highest band first: IF(ROUND(x,2)>90,"Sangat Tinggi",IF(...)) */
        char bulat[64], isi[RUMUS_MAKS - 256] = "", b[40];
        snprintf(bulat, sizeof bulat, "ROUND(%s,2)", x);
        size_t tutup = 0;
        for (size_t i = s->jumlah_pita; i-- > 0;) {
            const skala_pita *p = &s->pita[i];
            size_t len = strlen(isi);
            if (i == 0 && isinf(p->batas)) {
                snprintf(isi + len, sizeof isi - len, "\"%s\"", p->label);
                break;
            }
            angka_teks(b, sizeof b, p->batas);
            snprintf(isi + len, sizeof isi - len, "IF(%s%s%s,\"%s\",", bulat,
                     p->eksklusif ? ">" : ">=", b, p->label);
            tutup++;
            if (i == 0) {
                len = strlen(isi);
                snprintf(isi + len, sizeof isi - len, "NA()");
            }
        }
        for (size_t i = 0; i < tutup; i++)
            strncat(isi, ")", sizeof isi - strlen(isi) - 1);
        if (isfinite(s->domain_min) || isfinite(s->domain_max)) {
            /* outside the scale's domain: an error, as the add-in gives */
            char lo[40] = "", hi[40] = "";
            angka_teks(lo, sizeof lo, s->domain_min);
            angka_teks(hi, sizeof hi, s->domain_max);
            snprintf(r->teks, sizeof r->teks,
                     "IF(%s=\"\",\"\",IF(OR(%s<%s,%s>%s),NA(),%s))", x, x, lo,
                     x, hi, isi);
        } else {
            snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%s)", x, isi);
        }
    }
    if (kosong(&nilai->nilai)) {
        r->hasil = sel_kosong();
        return;
    }
    if (nilai->nilai.jenis == SEL_GALAT) {
        r->hasil = nilai->nilai;
        return;
    }
    kinerja_sel arg[2] = {nilai->nilai, sel_teks(nama_skala)};
    r->hasil = panggil("KATEGORI", arg, 2);
}
