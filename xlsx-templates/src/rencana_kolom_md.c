/*
 * rencana_kolom_md.c - the README's tables of the plan format, from the
 * column declarations (rencana_kolom.h), so that the documentation says
 * what the reader checks.
 */
#include <string.h>

#include "rencana_kolom.h"

/* "a, b atau c" of the tingkat names whose bit is in `mask`. */
static void tulis_tingkat(FILE *f, const berkas_rencana *b, unsigned mask,
                          bool kode)
{
    size_t n = 0, ke = 0;
    for (size_t t = 0; t < b->jumlah_tingkat; t++)
        n += (mask & TINGKAT_BIT(t)) != 0;
    for (size_t t = 0; t < b->jumlah_tingkat; t++) {
        if (!(mask & TINGKAT_BIT(t)))
            continue;
        fprintf(f, "%s%s%s%s",
                ke == 0       ? ""
                : ke + 1 == n ? " atau "
                              : ", ",
                kode ? "`" : "", b->tingkat[t].nama, kode ? "`" : "");
        ke++;
    }
}

static void tulis_wajib(FILE *f, const berkas_rencana *b,
                        const kolom_rencana *c)
{
    if (c->wajib == TINGKAT_SEMUA)
        fputs("ya", f);
    else if (c->wajib)
        tulis_tingkat(f, b, c->wajib, false);
    else if (c->judul_wajib)
        fputs("kolomnya", f);
}

/* What a column of each kind holds, as the README says it; KOLOM_TINGKAT
 * lists the file's own tingkat names instead. */
static const char *const isi_jenis[] = {
    [KOLOM_TEKS] = "teks",
    [KOLOM_TEKS_FORMAT] = "teks, paling banyak 48 bita, tanpa `\"`",
    [KOLOM_KODE] = "kode baris lain",
    [KOLOM_ANGKA] = "angka, tidak negatif",
    [KOLOM_RUPIAH] = "rupiah bulat, tidak negatif",
    [KOLOM_TAHUN] = "tahun, empat angka",
    [KOLOM_TANGGAL] = "tanggal",
    [KOLOM_NIP] = "NIP, 18 angka",
    [KOLOM_TINGKAT] = NULL,
    [KOLOM_ARAH] = "`NAIK` atau `TURUN`",
    [KOLOM_SKALA] = "nama skala",
    [KOLOM_REKAP] = "`JUMLAH` atau `AKHIR`",
    [KOLOM_CATATAN] = "teks",
};
_Static_assert(sizeof isi_jenis / sizeof isi_jenis[0] == KOLOM_CATATAN + 1,
               "isi_jenis: one entry per kolom_jenis");

static void tulis_isi(FILE *f, const berkas_rencana *b, const kolom_rencana *c)
{
    if (c->jenis == KOLOM_TINGKAT)
        tulis_tingkat(f, b, TINGKAT_SEMUA, true);
    else
        fputs(isi_jenis[c->jenis], f);
    if (b->tingkat && c->boleh != TINGKAT_SEMUA) {
        fputs("; hanya baris ", f);
        tulis_tingkat(f, b, c->boleh, false);
    }
}

/* Adjacent columns of one meaning share a row of the table (kepala_nama
 * to kepala_nip, tw1 to tw4) when they are required and allowed alike. */
static bool satu_baris(const kolom_rencana *x, const kolom_rencana *y)
{
    return x->arti == y->arti && x->wajib == y->wajib &&
           x->judul_wajib == y->judul_wajib && x->boleh == y->boleh;
}

void rencana_kolom_tulis_md(FILE *f, const berkas_rencana *b)
{
    fprintf(f, "| %s | wajib | isi | arti |\n|---|---|---|---|\n",
            b->kunci_nilai ? "kunci" : "kolom");
    for (size_t s = 0; s < b->jumlah_kolom;) {
        const kolom_rencana *c = &b->kolom[s];
        size_t akhir = s + 1;
        while (akhir < b->jumlah_kolom && satu_baris(c, &b->kolom[akhir]))
            akhir++;
        fputs("| ", f);
        for (size_t j = s; j < akhir; j++)
            fprintf(f, "%s`%s`", j > s ? ", " : "", b->kolom[j].nama);
        fputs(" | ", f);
        tulis_wajib(f, b, c);
        fputs(" | ", f);
        tulis_isi(f, b, c);
        /* a column of the row that holds another kind, by name */
        for (size_t j = s + 1; j < akhir; j++)
            if (b->kolom[j].jenis != c->jenis) {
                fprintf(f, "; `%s`: ", b->kolom[j].nama);
                tulis_isi(f, b, &b->kolom[j]);
            }
        fprintf(f, " | %s |\n", c->arti ? c->arti : "");
        s = akhir;
    }
}
