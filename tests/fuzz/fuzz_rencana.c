/*
 * fuzz_rencana.c - libFuzzer target for the generator's plan reader: the
 * CSV reader (csv_baca_data) and the plan model built from it
 * (rencana_bangun_tambahan), through the generator's public reading API.
 *
 * The input is the plan's files one after another, separated by a line
 * "%%BERKAS%%" (identitas.csv, kinerja.csv, anggaran.csv, renstra.csv,
 * pembanding.csv; the last two may be missing), so the seeds are the
 * built-in example and readable variants of it (korpus/rencana).  Bytes
 * with no separator at all are read as one CSV file.
 *
 * Checked: every failure carries at least one message of the documented
 * form `file:line:column: message` (or a message with no file), a success
 * carries none; a plan that builds has exact totals (each node's pagu and
 * realisasi equal the 128-bit sums of its children's, the organisation's
 * the sums of its programs') and every link in range; the cached values of
 * its capaian and quarterly formulas are finite numbers or blanks/errors;
 * and everything is freed (LeakSanitizer).
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "berkas_rencana.h"
#include "bita.h"
#include "csv_baca.h"
#include "galat.h"
#include "rencana.h"
#include "rumus.h"

static void periksa_galat(const galat_rencana *g, bool berhasil)
{
    if (berhasil) {
        FUZZ_PASTIKAN(galat_hitung(g) == 0);
        return;
    }
    FUZZ_PASTIKAN(galat_hitung(g) > 0);
    FUZZ_PASTIKAN(g->jumlah <= GALAT_MAKS);
    for (size_t i = 0; i < g->jumlah; i++) {
        const char *p = g->pesan[i];
        FUZZ_PASTIKAN(p != NULL && p[0] != '\0');
        FUZZ_PASTIKAN(strlen(p) < 100000);
    }
}

static void periksa_tabel(const csv_tabel *t)
{
    FUZZ_PASTIKAN(t->pemisah == ';' || t->pemisah == ',');
    FUZZ_PASTIKAN(t->jumlah >= 1); /* the header */
    size_t nomor = 0;
    for (size_t i = 0; i < t->jumlah; i++) {
        const csv_baris *b = &t->baris[i];
        /* Each row starts on a later line than the one before, so that
         * `file:line:column` points at it.  G1: a lone CR (Excel for Mac's
         * "CSV (Macintosh)") ends a row but not a line. */
        if (b->nomor <= nomor && !lewati("G1")) {
            fprintf(stderr, "%s: row %zu starts on line %zu, after line %zu\n",
                    t->nama, i, b->nomor, nomor);
            FUZZ_PASTIKAN(b->nomor > nomor);
        }
        nomor = b->nomor;
        for (size_t k = 0; k < b->jumlah; k++)
            FUZZ_PASTIKAN(b->kolom[k] != NULL);
    }
}

static void periksa_sel_cache(const kinerja_sel *s)
{
    if (s->jenis == SEL_ANGKA)
        FUZZ_PASTIKAN(isfinite(s->angka));
    else if (s->jenis == SEL_TEKS)
        FUZZ_PASTIKAN(s->teks != NULL);
}

static kinerja_sel nilai_isian(const isian_angka *a)
{
    return a->ada ? sel_angka(a->nilai) : sel_kosong();
}

/* What a built plan promises (rencana.h). */
static void periksa_rencana(const rencana *r)
{
    __int128 org_pagu = 0, org_real = 0;
    for (size_t i = 0; i < r->jumlah_simpul; i++) {
        const simpul *s = &r->simpul[i];
        FUZZ_PASTIKAN(s->kode != NULL && s->uraian != NULL);
        FUZZ_PASTIKAN(s->induk == TIDAK_ADA || s->induk < r->jumlah_simpul);
        FUZZ_PASTIKAN(s->sasaran == TIDAK_ADA ||
                      s->sasaran < r->jumlah_kelompok);
        if (s->tingkat == TINGKAT_PROGRAM) {
            FUZZ_PASTIKAN(s->induk == TIDAK_ADA);
            org_pagu += s->jumlah_pagu;
            if (s->ada_realisasi)
                org_real += s->jumlah_realisasi;
        } else {
            FUZZ_PASTIKAN(s->induk != TIDAK_ADA);
            FUZZ_PASTIKAN(r->simpul[s->induk].tingkat + 1 == s->tingkat);
        }
        if (s->jumlah_anak == 0) {
            FUZZ_PASTIKAN(s->jumlah_pagu == s->pagu.nilai);
            continue;
        }
        __int128 pagu = 0, real = 0;
        size_t daun = 0;
        for (size_t k = 0; k < s->jumlah_anak; k++) {
            FUZZ_PASTIKAN(s->anak[k] < r->jumlah_simpul);
            const simpul *a = &r->simpul[s->anak[k]];
            FUZZ_PASTIKAN(a->induk == i);
            pagu += a->jumlah_pagu;
            if (a->ada_realisasi)
                real += a->jumlah_realisasi;
            daun += a->jumlah_daun;
        }
        /* Totals are exact: 128-bit sums of the children's. */
        FUZZ_PASTIKAN(pagu == s->jumlah_pagu);
        FUZZ_PASTIKAN(real == s->jumlah_realisasi);
        FUZZ_PASTIKAN(daun == s->jumlah_daun);
    }
    FUZZ_PASTIKAN(org_pagu == r->jumlah_pagu);
    FUZZ_PASTIKAN(org_real == r->jumlah_realisasi);

    for (size_t i = 0; i < r->jumlah_kelompok; i++)
        FUZZ_PASTIKAN(r->kelompok[i].induk == TIDAK_ADA ||
                      r->kelompok[i].induk < r->jumlah_kelompok);
    for (size_t i = 0; i < r->jumlah_renstra; i++)
        FUZZ_PASTIKAN(r->renstra[i].indikator < r->jumlah_indikator);
    for (size_t i = 0; i < r->jumlah_pembanding; i++)
        FUZZ_PASTIKAN(r->pembanding[i].indikator < r->jumlah_indikator);

    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        const indikator *d = &r->indikator[i];
        FUZZ_PASTIKAN(d->induk < (d->jenis_induk == INDUK_KELOMPOK
                                      ? r->jumlah_kelompok
                                      : r->jumlah_simpul));
        /* The cached values the templates would store. */
        rujukan_sel t = sel_di(6, 4, nilai_isian(&d->target));
        rujukan_sel re = sel_di(6, 5, nilai_isian(&d->realisasi));
        rumus ru;
        rumus_capaian(&ru, RUMUS_ADDIN, &t, &re, d->arah);
        periksa_sel_cache(&ru.hasil);
        rumus_capaian(&ru, RUMUS_STANDAR, &t, &re, d->arah);
        periksa_sel_cache(&ru.hasil);
        if (d->skala[0] != '\0' && d->realisasi.ada) {
            rujukan_sel v = sel_di(6, 6, sel_angka(d->realisasi.nilai));
            rumus_kategori(&ru, RUMUS_ADDIN, &v, d->skala);
            periksa_sel_cache(&ru.hasil);
        }
        if (d->triwulan) {
            rujukan_sel tw[4];
            for (unsigned q = 0; q < 4; q++)
                tw[q] = sel_di(6, 10 + q, nilai_isian(&d->tw[q]));
            rumus_triwulan(&ru, RUMUS_ADDIN, tw, d->rekap, NULL);
            periksa_sel_cache(&ru.hasil);
            rumus_triwulan(&ru, RUMUS_STANDAR, tw, d->rekap, "E6");
            periksa_sel_cache(&ru.hasil);
        }
    }

    size_t n = 0;
    free(rencana_program(r, &n));
    for (size_t k = 0; k < r->jumlah_kelompok; k++) {
        int64_t pagu, real;
        bool ada;
        rencana_anggaran_sasaran(r, k, &pagu, &ada, &real);
        free(rencana_program_sasaran(r, k, &n));
    }
    /* The index by parent: every indicator once, under its own parent, in
     * file order. */
    size_t dilihat = 0;
    for (size_t slot = 0; slot < r->jumlah_kelompok + r->jumlah_simpul;
         slot++) {
        induk_jenis j =
            slot < r->jumlah_kelompok ? INDUK_KELOMPOK : INDUK_SIMPUL;
        size_t induk = j == INDUK_KELOMPOK ? slot : slot - r->jumlah_kelompok;
        const size_t *ind = rencana_indikator_dari(r, j, induk, &n);
        for (size_t k = 0; k < n; k++) {
            FUZZ_PASTIKAN(ind[k] < r->jumlah_indikator);
            FUZZ_PASTIKAN(r->indikator[ind[k]].jenis_induk == j);
            FUZZ_PASTIKAN(r->indikator[ind[k]].induk == induk);
            FUZZ_PASTIKAN(k == 0 || ind[k] > ind[k - 1]);
        }
        dilihat += n;
    }
    FUZZ_PASTIKAN(dilihat == r->jumlah_indikator);
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        free(rencana_renstra_indikator(r, i, &n));
        free(rencana_pembanding_indikator(r, i, &n));
    }
    (void)rencana_ada_perubahan(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *awal[BERKAS_MAKS];
    size_t panjang[BERKAS_MAKS];
    const size_t jumlah = berkas_pisah(data, size, awal, panjang);

    csv_tabel t[BERKAS_MAKS];
    bool ada[BERKAS_MAKS] = {false};
    galat_rencana g;
    galat_init(&g);
    bool semua = true;
    for (size_t i = 0; i < jumlah; i++) {
        /* A copy of exactly the file's bytes: a read past it is caught. */
        unsigned char *salinan = malloc(panjang[i] ? panjang[i] : 1);
        FUZZ_PASTIKAN(salinan != NULL);
        memcpy(salinan, awal[i], panjang[i]);
        galat_rencana gi;
        galat_init(&gi);
        ada[i] = csv_baca_data(nama_berkas[i], salinan, panjang[i], &t[i], &gi);
        free(salinan);
        periksa_galat(&gi, ada[i]);
        if (getenv("KINERJA_FUZZ_CERITA") && !ada[i])
            fprintf(stderr, "%s: %s\n", nama_berkas[i], gi.pesan[0]);
        if (ada[i])
            periksa_tabel(&t[i]);
        else
            FUZZ_PASTIKAN(t[i].baris == NULL && t[i].jumlah == 0);
        galat_bebas(&gi);
        semua = semua && ada[i];
    }

    if (semua && jumlah >= 3) {
        rencana_berkas b = {&t[0], &t[1], &t[2], jumlah >= 4 ? &t[3] : NULL};
        rencana_tambahan tb = {jumlah >= 5 ? &t[4] : NULL};
        rencana r;
        bool ok = rencana_bangun_tambahan(&b, &tb, &r, &g);
        periksa_galat(&g, ok);
        if (getenv("KINERJA_FUZZ_CERITA"))
            fprintf(stderr, "plan %s: %zu nodes, %zu indicators%s%s\n",
                    ok ? "built" : "refused", ok ? r.jumlah_simpul : 0,
                    ok ? r.jumlah_indikator : 0, g.jumlah ? "; " : "",
                    g.jumlah ? g.pesan[0] : "");
        if (ok) {
            periksa_rencana(&r);
            galat_rencana g2;
            galat_init(&g2);
            if (rencana_tanpa_realisasi(&r, &g2))
                periksa_rencana(&r);
            galat_bebas(&g2);
            rencana_bebas(&r);
        }
    }
    for (size_t i = 0; i < jumlah; i++)
        if (ada[i])
            csv_tabel_bebas(&t[i]);
    galat_bebas(&g);
    return 0;
}
