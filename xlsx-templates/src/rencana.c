/*
 * rencana.c - the plan model: totals and queries (rencana.h).  Building it
 * from CSV is rencana_baca.c.
 */
#include "rencana.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/rupiah.h"

static void bebas_penandatangan(penandatangan *p)
{
    free(p->nama);
    free(p->jabatan);
    free(p->pangkat);
    free(p->nip);
}

void rencana_indikator_bebas(indikator *d)
{
    free(d->kode);
    free(d->uraian);
    free(d->formulasi);
    free(d->satuan);
    free(d->predikat);
    free(d->predikat_realisasi);
    free(d->skala);
}

void rencana_bebas(rencana *r)
{
    identitas *id = &r->id;
    free(id->instansi);
    free(id->singkatan);
    free(id->kabupaten);
    free(id->tempat);
    bebas_penandatangan(&id->kepala);
    bebas_penandatangan(&id->atasan);
    bebas_penandatangan(&id->kepala_murni);
    bebas_penandatangan(&id->atasan_murni);
    free(id->keterangan_pk);
    free(id->keterangan_pk_perubahan);
    for (size_t i = 0; i < r->jumlah_kelompok; i++) {
        free(r->kelompok[i].kode);
        free(r->kelompok[i].uraian);
    }
    free(r->kelompok);
    for (size_t i = 0; i < r->jumlah_indikator; i++)
        rencana_indikator_bebas(&r->indikator[i]);
    free(r->indikator);
    for (size_t i = 0; i < r->jumlah_simpul; i++) {
        free(r->simpul[i].kode);
        free(r->simpul[i].uraian);
        free(r->simpul[i].anak);
    }
    free(r->simpul);
    for (size_t i = 0; i < r->jumlah_renstra; i++) {
        free(r->renstra[i].predikat);
        free(r->renstra[i].predikat_realisasi);
        free(r->renstra[i].uraian);
        free(r->renstra[i].sasaran);
        free(r->renstra[i].satuan);
    }
    free(r->renstra);
    for (size_t i = 0; i < r->jumlah_indikator_lama; i++)
        free(r->indikator_lama[i].kode);
    free(r->indikator_lama);
    for (size_t i = 0; i < r->jumlah_pembanding; i++) {
        free(r->pembanding[i].pemda);
        free(r->pembanding[i].keterangan);
    }
    free(r->pembanding);
    free(r->indikator_urut);
    free(r->indikator_awal);
    free(r->program_urut);
    free(r->program_awal);
    free(r->sasaran_urut);
    free(r->sasaran_awal);
    free(r->renstra_urut);
    free(r->renstra_awal);
    free(r->pembanding_urut);
    free(r->pembanding_awal);
    memset(r, 0, sizeof *r);
}

/* Sums n amounts exactly, reporting an overflow against the node. */
static bool jumlahkan(const int64_t *v, size_t n, int64_t *total,
                      const simpul *s, galat_rencana *g)
{
    if (rupiah_jumlah(v, n, total) == KINERJA_OK)
        return true;
    galat_tambah(g, "anggaran.csv", s ? s->baris : 0, 0,
                 "jumlah rupiah %s%s melampaui 2^53 (tidak lagi tepat "
                 "di sel lembar kerja)",
                 s ? "di bawah kode " : "seluruh program", s ? s->kode : "");
    return false;
}

/* Post-order: the children's totals first (depth is at most 3). */
static bool hitung_simpul(rencana *r, size_t i, galat_rencana *g)
{
    simpul *s = &r->simpul[i];
    if (s->jumlah_anak == 0) {
        s->jumlah_pagu = s->pagu.nilai;
        s->ada_murni = s->pagu_murni.ada;
        s->jumlah_murni = s->pagu_murni.ada ? s->pagu_murni.nilai : 0;
        s->ada_realisasi = s->realisasi.ada;
        s->jumlah_realisasi = s->realisasi.ada ? s->realisasi.nilai : 0;
        s->daun_terisi = s->realisasi.ada ? 1 : 0;
        s->jumlah_daun = 1;
        return true;
    }
    bool ok = true;
    size_t n = s->jumlah_anak;
    int64_t *pagu = calloc(n, sizeof *pagu);
    int64_t *murni = calloc(n, sizeof *murni);
    int64_t *real = calloc(n, sizeof *real);
    if (!pagu || !murni || !real) {
        galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
        ok = false;
        goto selesai;
    }
    size_t n_murni = 0, n_real = 0;
    s->daun_terisi = 0;
    s->jumlah_daun = 0;
    for (size_t k = 0; k < n; k++) {
        if (!hitung_simpul(r, s->anak[k], g)) {
            ok = false;
            continue;
        }
        const simpul *a = &r->simpul[s->anak[k]];
        pagu[k] = a->jumlah_pagu;
        if (a->ada_murni)
            murni[n_murni++] = a->jumlah_murni;
        if (a->ada_realisasi)
            real[n_real++] = a->jumlah_realisasi;
        s->daun_terisi += a->daun_terisi;
        s->jumlah_daun += a->jumlah_daun;
    }
    if (!ok)
        goto selesai;
    ok = jumlahkan(pagu, n, &s->jumlah_pagu, s, g) &&
         jumlahkan(real, n_real, &s->jumlah_realisasi, s, g);
    s->ada_realisasi = n_real > 0;
    /* The original budget is often only known per program (the original PK
     * lists programs only): children's murni figures if any, otherwise the
     * row's own. */
    if (ok && n_murni > 0) {
        s->ada_murni = true;
        ok = jumlahkan(murni, n_murni, &s->jumlah_murni, s, g);
    } else if (ok) {
        s->ada_murni = s->pagu_murni.ada;
        s->jumlah_murni = s->pagu_murni.ada ? s->pagu_murni.nilai : 0;
    }
selesai:
    free(pagu);
    free(murni);
    free(real);
    return ok;
}

bool rencana_hitung(rencana *r, galat_rencana *g)
{
    size_t n = 0;
    size_t *prog = rencana_program(r, &n);
    if (n && !prog) {
        galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
        return false;
    }
    bool ok = true;
    int64_t *pagu = calloc(n ? n : 1, sizeof *pagu);
    int64_t *murni = calloc(n ? n : 1, sizeof *murni);
    int64_t *real = calloc(n ? n : 1, sizeof *real);
    if (!pagu || !murni || !real) {
        galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
        ok = false;
    }
    size_t n_murni = 0, n_real = 0;
    for (size_t k = 0; ok && k < n; k++) {
        if (!hitung_simpul(r, prog[k], g)) {
            ok = false;
            break;
        }
        const simpul *s = &r->simpul[prog[k]];
        pagu[k] = s->jumlah_pagu;
        if (s->ada_murni)
            murni[n_murni++] = s->jumlah_murni;
        if (s->ada_realisasi)
            real[n_real++] = s->jumlah_realisasi;
    }
    if (ok)
        ok = jumlahkan(pagu, n, &r->jumlah_pagu, NULL, g) &&
             jumlahkan(murni, n_murni, &r->jumlah_murni, NULL, g) &&
             jumlahkan(real, n_real, &r->jumlah_realisasi, NULL, g);
    r->ada_murni = n_murni > 0;
    r->ada_realisasi = n_real > 0;
    free(pagu);
    free(murni);
    free(real);
    free(prog);
    return ok;
}

/* The indices i < n for which cocok(r, i, nilai) holds, in order, as a
 * malloc'd array (caller frees) of *jumlah; NULL when memory runs out. */
static size_t *saring(const rencana *r, size_t n,
                      bool (*cocok)(const rencana *, size_t, int), int nilai,
                      size_t *jumlah)
{
    *jumlah = 0;
    size_t *hasil = malloc((n ? n : 1) * sizeof *hasil);
    if (!hasil)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (cocok(r, i, nilai))
            hasil[(*jumlah)++] = i;
    return hasil;
}

static bool simpul_bertingkat(const rencana *r, size_t i, int tingkat)
{
    return r->simpul[i].tingkat == (simpul_tingkat)tingkat;
}

static bool kelompok_berjenis(const rencana *r, size_t i, int jenis)
{
    return r->kelompok[i].jenis == (kelompok_jenis)jenis;
}

size_t *rencana_program(const rencana *r, size_t *jumlah)
{
    return saring(r, r->jumlah_simpul, simpul_bertingkat, TINGKAT_PROGRAM,
                  jumlah);
}

/* Rows by a key, then by index (file order): the Renstra rows by year
 * (the counting sort keeps this order within each indicator), the
 * programs by their PK number. */
typedef struct kunci_baris {
    double kunci;
    size_t i;
} kunci_baris;

static int banding_kunci(const void *a, const void *b)
{
    const kunci_baris *x = a, *y = b;
    if (x->kunci != y->kunci)
        return x->kunci < y->kunci ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

size_t *rencana_program_pk(const rencana *r, size_t *jumlah)
{
    size_t *hasil = rencana_program(r, jumlah);
    kunci_baris *u = malloc((*jumlah ? *jumlah : 1) * sizeof *u);
    if (!hasil || !u) {
        free(hasil);
        free(u);
        *jumlah = 0;
        return NULL;
    }
    for (size_t j = 0; j < *jumlah; j++) {
        const simpul *s = &r->simpul[hasil[j]];
        /* those without a number after every numbered one */
        u[j] = (kunci_baris){s->urutan_pk.ada ? s->urutan_pk.nilai : HUGE_VAL,
                             hasil[j]};
    }
    qsort(u, *jumlah, sizeof *u, banding_kunci);
    for (size_t j = 0; j < *jumlah; j++)
        hasil[j] = u[j].i;
    free(u);
    return hasil;
}

bool rencana_ada_perubahan(const rencana *r)
{
    if (r->ada_murni || r->id.ada_tanggal_pk_perubahan)
        return true;
    for (size_t i = 0; i < r->jumlah_indikator; i++)
        if (r->indikator[i].target_murni.ada)
            return true;
    return false;
}

/* The slot of a parent in indikator_awal: kelompok first, then simpul;
 * TIDAK_ADA for a parent that does not exist (never after a successful
 * build, which resolves every indicator's parent). */
static size_t slot_induk(const rencana *r, induk_jenis jenis, size_t induk)
{
    if (jenis == INDUK_KELOMPOK)
        return induk < r->jumlah_kelompok ? induk : TIDAK_ADA;
    return induk < r->jumlah_simpul ? r->jumlah_kelompok + induk : TIDAK_ADA;
}

/* A counting sort of n items into `slot` groups: items of group k end up in
 * (*urut)[(*awal)[k] .. (*awal)[k + 1]), in the order `urutan` lists them
 * (NULL: 0..n-1).  kunci(r, i) is item i's group, or TIDAK_ADA to leave it
 * out.  Linear in n + slot. */
static bool kelompokkan(const rencana *r, size_t n, size_t slot,
                        size_t (*kunci)(const rencana *, size_t),
                        const size_t *urutan, size_t **urut, size_t **awal)
{
    free(*urut);
    free(*awal);
    *awal = calloc(slot + 1, sizeof **awal);
    *urut = malloc((n ? n : 1) * sizeof **urut);
    if (!*awal || !*urut) {
        free(*awal);
        free(*urut);
        *awal = *urut = NULL;
        return false;
    }
    /* count per group, shifted one slot up ... */
    for (size_t j = 0; j < n; j++) {
        size_t k = kunci(r, urutan ? urutan[j] : j);
        if (k != TIDAK_ADA && k < slot)
            (*awal)[k + 1]++;
    }
    /* ... so that the running sum leaves each group's start in its slot */
    for (size_t k = 0; k < slot; k++)
        (*awal)[k + 1] += (*awal)[k];
    /* fill in order, advancing each start; then move the starts back */
    for (size_t j = 0; j < n; j++) {
        size_t i = urutan ? urutan[j] : j;
        size_t k = kunci(r, i);
        if (k != TIDAK_ADA && k < slot)
            (*urut)[(*awal)[k]++] = i;
    }
    for (size_t k = slot; k > 0; k--)
        (*awal)[k] = (*awal)[k - 1];
    (*awal)[0] = 0;
    return true;
}

/* A program's kelompok; slot jumlah_kelompok holds the programs that
 * serve none. */
static size_t kunci_program(const rencana *r, size_t i)
{
    if (r->simpul[i].tingkat != TINGKAT_PROGRAM)
        return TIDAK_ADA;
    return r->simpul[i].sasaran == TIDAK_ADA ? r->jumlah_kelompok
                                             : r->simpul[i].sasaran;
}

static size_t kunci_sasaran(const rencana *r, size_t i)
{
    if (r->kelompok[i].jenis != KELOMPOK_SASARAN)
        return TIDAK_ADA;
    return r->kelompok[i].induk == TIDAK_ADA ? r->jumlah_kelompok
                                             : r->kelompok[i].induk;
}

size_t rencana_renstra_kunci(const rencana *r, size_t i)
{
    const renstra_isian *e = &r->renstra[i];
    if (e->indikator != TIDAK_ADA)
        return e->indikator;
    return e->lama == TIDAK_ADA ? TIDAK_ADA : r->jumlah_indikator + e->lama;
}

static size_t kunci_pembanding(const rencana *r, size_t i)
{
    return r->pembanding[i].indikator;
}

static bool indeks_lain(rencana *r)
{
    if (!kelompokkan(r, r->jumlah_simpul, r->jumlah_kelompok + 1, kunci_program,
                     NULL, &r->program_urut, &r->program_awal) ||
        !kelompokkan(r, r->jumlah_kelompok, r->jumlah_kelompok + 1,
                     kunci_sasaran, NULL, &r->sasaran_urut, &r->sasaran_awal) ||
        !kelompokkan(r, r->jumlah_pembanding, r->jumlah_indikator,
                     kunci_pembanding, NULL, &r->pembanding_urut,
                     &r->pembanding_awal))
        return false;
    size_t n = r->jumlah_renstra;
    kunci_baris *t = malloc((n ? n : 1) * sizeof *t);
    size_t *urutan = malloc((n ? n : 1) * sizeof *urutan);
    bool ok = t && urutan;
    if (ok) {
        for (size_t i = 0; i < n; i++)
            t[i] = (kunci_baris){r->renstra[i].tahun, i};
        qsort(t, n, sizeof *t, banding_kunci);
        for (size_t j = 0; j < n; j++)
            urutan[j] = t[j].i;
        ok = kelompokkan(r, n, r->jumlah_indikator + r->jumlah_indikator_lama,
                         rencana_renstra_kunci, urutan, &r->renstra_urut,
                         &r->renstra_awal);
    }
    free(t);
    free(urutan);
    return ok;
}

bool rencana_indeks_indikator(rencana *r)
{
    free(r->indikator_urut);
    free(r->indikator_awal);
    size_t slot = r->jumlah_kelompok + r->jumlah_simpul;
    r->indikator_awal = calloc(slot + 1, sizeof *r->indikator_awal);
    r->indikator_urut = malloc((r->jumlah_indikator ? r->jumlah_indikator : 1) *
                               sizeof *r->indikator_urut);
    if (!r->indikator_awal || !r->indikator_urut) {
        free(r->indikator_awal);
        free(r->indikator_urut);
        r->indikator_awal = r->indikator_urut = NULL;
        return false;
    }
    /* count per parent, shifted one slot up ... */
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        size_t k =
            slot_induk(r, r->indikator[i].jenis_induk, r->indikator[i].induk);
        if (k != TIDAK_ADA)
            r->indikator_awal[k + 1]++;
    }
    /* ... so that the running sum leaves each parent's start in its slot */
    for (size_t k = 0; k < slot; k++)
        r->indikator_awal[k + 1] += r->indikator_awal[k];
    /* fill in file order, advancing each start; then move the starts back */
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        size_t k =
            slot_induk(r, r->indikator[i].jenis_induk, r->indikator[i].induk);
        if (k != TIDAK_ADA)
            r->indikator_urut[r->indikator_awal[k]++] = i;
    }
    for (size_t k = slot; k > 0; k--)
        r->indikator_awal[k] = r->indikator_awal[k - 1];
    r->indikator_awal[0] = 0;
    return indeks_lain(r);
}

const size_t *rencana_indikator_dari(const rencana *r, induk_jenis jenis,
                                     size_t induk, size_t *jumlah)
{
    size_t k = slot_induk(r, jenis, induk);
    if (!r->indikator_awal || k == TIDAK_ADA) {
        *jumlah = 0;
        return NULL;
    }
    *jumlah = r->indikator_awal[k + 1] - r->indikator_awal[k];
    return r->indikator_urut + r->indikator_awal[k];
}

size_t *rencana_kelompok_jenis(const rencana *r, kelompok_jenis jenis,
                               size_t *jumlah)
{
    return saring(r, r->jumlah_kelompok, kelompok_berjenis, (int)jenis, jumlah);
}

/* A copy of urut[awal[k] .. awal[k + 1]) (caller frees); NULL with *jumlah
 * 0 when memory runs out or k is out of range. */
static size_t *salin_kelompok(const size_t *urut, const size_t *awal,
                              size_t slot, size_t k, size_t *jumlah)
{
    *jumlah = 0;
    if (!urut || !awal || k >= slot)
        return malloc(sizeof(size_t));
    size_t n = awal[k + 1] - awal[k];
    size_t *hasil = malloc((n ? n : 1) * sizeof *hasil);
    if (!hasil)
        return NULL;
    memcpy(hasil, urut + awal[k], n * sizeof *hasil);
    *jumlah = n;
    return hasil;
}

size_t *rencana_sasaran_tujuan(const rencana *r, size_t t, size_t *jumlah)
{
    return salin_kelompok(r->sasaran_urut, r->sasaran_awal,
                          r->jumlah_kelompok + 1,
                          t == TIDAK_ADA ? r->jumlah_kelompok : t, jumlah);
}

size_t *rencana_program_sasaran(const rencana *r, size_t k, size_t *jumlah)
{
    return salin_kelompok(r->program_urut, r->program_awal,
                          r->jumlah_kelompok + 1,
                          k == TIDAK_ADA ? r->jumlah_kelompok : k, jumlah);
}

void rencana_anggaran_sasaran(const rencana *r, size_t k, int64_t *pagu,
                              bool *ada_realisasi, int64_t *realisasi)
{
    /* Each program total is below 2^53 and was summed exactly; so is the
     * organisation's, and a sasaran's programs are a subset of it. */
    *pagu = 0;
    *realisasi = 0;
    *ada_realisasi = false;
    if (k == TIDAK_ADA)
        k = r->jumlah_kelompok; /* the programs serving none */
    if (!r->program_urut || k > r->jumlah_kelompok)
        return;
    for (size_t j = r->program_awal[k]; j < r->program_awal[k + 1]; j++) {
        const simpul *s = &r->simpul[r->program_urut[j]];
        *pagu += s->jumlah_pagu;
        if (s->ada_realisasi) {
            *ada_realisasi = true;
            *realisasi += s->jumlah_realisasi;
        }
    }
}

void rencana_anggaran_jenis(const rencana *r, kelompok_jenis jenis,
                            int64_t *pagu, bool *ada_realisasi,
                            int64_t *realisasi)
{
    *pagu = 0;
    *realisasi = 0;
    *ada_realisasi = false;
    for (size_t k = 0; k < r->jumlah_kelompok; k++) {
        if (r->kelompok[k].jenis != jenis)
            continue;
        int64_t pg, rl;
        bool ada;
        rencana_anggaran_sasaran(r, k, &pg, &ada, &rl);
        *pagu += pg;
        if (ada) {
            *ada_realisasi = true;
            *realisasi += rl;
        }
    }
}

size_t *rencana_renstra_indikator(const rencana *r, size_t i, size_t *jumlah)
{
    return salin_kelompok(r->renstra_urut, r->renstra_awal,
                          r->jumlah_indikator + r->jumlah_indikator_lama, i,
                          jumlah);
}

size_t *rencana_pembanding_indikator(const rencana *r, size_t i, size_t *jumlah)
{
    return salin_kelompok(r->pembanding_urut, r->pembanding_awal,
                          r->jumlah_indikator, i, jumlah);
}

bool rencana_tanpa_realisasi(rencana *r, galat_rencana *g)
{
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        r->indikator[i].realisasi.ada = false;
        for (int q = 0; q < 4; q++)
            r->indikator[i].tw[q].ada = false;
    }
    /* the year's figures only: the quarterly targets stay */
    for (size_t i = 0; i < r->jumlah_simpul; i++)
        r->simpul[i].realisasi.ada = false;
    for (size_t i = 0; i < r->jumlah_renstra; i++)
        if (r->renstra[i].tahun >= r->id.tahun) {
            r->renstra[i].realisasi.ada = false;
            r->renstra[i].realisasi_dilaporkan.ada = false;
        }
    /* other regions' figures for the year are not published yet either */
    for (size_t i = 0; i < r->jumlah_pembanding; i++)
        r->pembanding[i].realisasi.ada = false;
    r->id.realisasi_dilaporkan.ada = false;
    r->id.realisasi_ikhtisar.ada = false;
    r->id.realisasi_operasi.ada = false;
    r->id.realisasi_modal.ada = false;
    return rencana_hitung(r, g);
}
