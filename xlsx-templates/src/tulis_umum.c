/*
 * tulis_umum.c - small helpers shared by the writers (tulis.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "teks.h"
#include "tulis.h"

char *tulis_nama_instansi(const rencana *r, bool kapital)
{
    char *hasil = teks_cetak("%s %s", r->id.instansi, r->id.kabupaten);
    if (kapital)
        teks_kapital(hasil);
    return hasil;
}

char *tulis_judul_cetak(const rencana *r, const char *judul)
{
    char *nama = tulis_nama_instansi(r, true);
    char *hasil = teks_cetak("%s\n%s", judul, nama ? nama : "");
    free(nama);
    return hasil;
}

const char *tulis_skala_predikat(const indikator *d, int tahun)
{
    if (!d->skala || !*d->skala)
        return "";
    if (tahun >= 2026 && strcmp(d->skala, "SPBE") == 0)
        return "PEMDI";
    return d->skala;
}

char *tulis_nama_singkat(const rencana *r)
{
    char *hasil =
        teks_cetak("%s %s", *r->id.singkatan ? r->id.singkatan : r->id.instansi,
                   r->id.kabupaten);
    teks_kapital(hasil);
    return hasil;
}

rujukan_sel tulis_rujuk(const tata_lembar *t, unsigned baris, const char *kolom,
                        kinerja_sel nilai)
{
    int k = tata_kolom_cari(t, kolom);
    return sel_lembar(t->nama, baris, k < 0 ? 0 : (unsigned)k, nilai);
}

lxw_error tulis_salinan(lxw_worksheet *ws, unsigned baris, unsigned kolom,
                        const rujukan_sel *sumber, lxw_format *f)
{
    rumus rm;
    rumus_rujuk(&rm, sumber->ref, sumber->nilai);
    return lembar_rumus(ws, baris, kolom, &rm, f);
}

void tulis_kop(tata_penulis *p, const rencana *r, const char *judul,
               const char *awalan_tahun)
{
    tata_judul(p, 0, judul, p->g->judul);
    char *instansi = tulis_nama_instansi(r, true);
    tata_judul(p, 1, instansi, p->g->subjudul);
    free(instansi);
    char buf[64];
    snprintf(buf, sizeof buf, "%s %d", awalan_tahun, r->id.tahun);
    tata_judul(p, 2, buf, p->g->subjudul);
}

kinerja_sel tulis_serapan(tata_penulis *p, unsigned row, unsigned k_pagu,
                          kinerja_sel pagu, kinerja_sel realisasi, bool jumlah)
{
    gaya *g = p->g;
    rujukan_sel pg = sel_di(row, k_pagu, pagu);
    rujukan_sel x = sel_di(row, k_pagu + 1, realisasi);
    rumus sr, kt;
    rumus_serapan(&sr, p->o->rumus, &pg, &x);
    CATAT(p->galat,
          lembar_rumus(p->ws, row, k_pagu + 2, &sr,
                       tata_format(p, k_pagu + 2,
                                   jumlah ? g->jumlah_persen : g->persen)));
    rujukan_sel ss = sel_di(row, k_pagu + 2, sr.hasil);
    rumus_kategori(&kt, p->o->rumus, &ss, "TINGKAT");
    CATAT(p->galat,
          lembar_rumus(p->ws, row, k_pagu + 3, &kt,
                       tata_format(p, k_pagu + 3,
                                   jumlah ? g->jumlah_kategori : g->kategori)));
    return sr.hasil;
}

void tulis_jumlah_anggaran(tata_penulis *p, unsigned row, unsigned awal,
                           unsigned akhir, unsigned k_pagu, int64_t pagu,
                           bool ada, int64_t realisasi)
{
    char a[16], b[16];
    rumus rp, rr;
    lxw_rowcol_to_cell(a, awal, (lxw_col_t)k_pagu);
    lxw_rowcol_to_cell(b, akhir, (lxw_col_t)k_pagu);
    rumus_jumlah(&rp, a, b, sel_angka((double)pagu));
    CATAT(p->galat, lembar_rumus(p->ws, row, k_pagu, &rp, p->g->jumlah_rupiah));
    lxw_rowcol_to_cell(a, awal, (lxw_col_t)(k_pagu + 1));
    lxw_rowcol_to_cell(b, akhir, (lxw_col_t)(k_pagu + 1));
    rumus_jumlah_terisi(&rr, a, b,
                        ada ? sel_angka((double)realisasi) : sel_kosong());
    CATAT(p->galat,
          lembar_rumus(p->ws, row, k_pagu + 1, &rr, p->g->jumlah_rupiah));
    tulis_serapan(p, row, k_pagu, rp.hasil, rr.hasil, true);
}

size_t *tulis_kelompok_urut(const rencana *r, size_t *n)
{
    size_t ns = 0, nl = 0;
    size_t *s = rencana_kelompok_jenis(r, KELOMPOK_SASARAN, &ns);
    size_t *l = rencana_kelompok_jenis(r, KELOMPOK_LAINNYA, &nl);
    size_t *hasil = malloc((ns + nl ? ns + nl : 1) * sizeof *hasil);
    *n = 0;
    if (s && l && hasil) {
        memcpy(hasil, s, ns * sizeof *hasil);
        memcpy(hasil + ns, l, nl * sizeof *hasil);
        *n = ns + nl;
    } else {
        free(hasil);
        hasil = NULL;
    }
    free(s);
    free(l);
    return hasil;
}

lembar_indikator tulis_isian_indikator(const indikator *d, int kolom_target)
{
    lembar_indikator li = {d->satuan, d->target.nilai, d->target.desimal,
                           kolom_target};
    return li;
}
