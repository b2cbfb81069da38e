/*
 * pemda_kolom.c - pemda.csv, the Pemda's own indicators and where each is
 * rolled up from, declared as data like the plan's files (rencana_kolom.h)
 * and read by the same reader loop (berkas_rencana_baca).
 *
 *   tingkat;kode;uraian;satuan;target;arah;cara;induk;perangkat_daerah;indikator
 *   indikator;IKU.1;Indeks SPBE;;3,5;NAIK;AKHIR;;;
 *   sumber;;;;;;;IKU.1;diskominfo;IK.2
 *
 * An `indikator` row is one of the Pemda's indicators (its RPJMD's), with
 * its own target and how the office figures make its realisasi (cara); a
 * `sumber` row names one office indicator it is rolled up from: the
 * office's subfolder in the kumpulan and the indicator's kode in that
 * office's kinerja.csv.  Rows may come in any order; the links are
 * resolved by kode after every row is read, each broken one reported at
 * its line and column.
 */
#include <stdlib.h>
#include <string.h>

#include "konsolidasi.h"

#define JUMLAH(a) (sizeof(a) / sizeof((a)[0]))

enum { PD_INDIKATOR, PD_SUMBER };

typedef struct isian_pemda {
    int tingkat;
    char *kode, *uraian, *satuan, *cara;
    isian_angka target;
    capaian_rumus arah;
    kode_tautan induk, opd, indikator;
} isian_pemda;

#define PD(f) offsetof(isian_pemda, f)
#define BIT_IND TINGKAT_BIT(PD_INDIKATOR)
#define BIT_SUMBER TINGKAT_BIT(PD_SUMBER)

static const tingkat_rencana tingkat_pemda[] = {
    [PD_INDIKATOR] = {"indikator", NULL, NULL},
    [PD_SUMBER] = {"sumber", NULL,
                   "tulis kode indikator Pemda yang dihitung dari sumber ini"},
};

static const kolom_rencana kolom_pemda[] = {
    {"tingkat", KOLOM_TINGKAT, true, TINGKAT_SEMUA, TINGKAT_SEMUA, NULL,
     PD(tingkat), 0, KOLOM_TANPA, NULL,
     "`indikator` (indikator kinerja Pemda) atau `sumber` (satu indikator "
     "perangkat daerah yang membentuknya)"},
    {"kode", KOLOM_TEKS, true, BIT_IND, BIT_IND, NULL, PD(kode), 0, KOLOM_TANPA,
     NULL, "kode indikator Pemda, unik, mis. `IKU.1`"},
    {"uraian", KOLOM_TEKS, false, BIT_IND, BIT_IND, NULL, PD(uraian), 0,
     KOLOM_TANPA, NULL, "nama indikator Pemda"},
    {"satuan", KOLOM_TEKS_FORMAT, false, 0, BIT_IND, NULL, PD(satuan), 0,
     KOLOM_TANPA, NULL,
     "ditampilkan di belakang angka, seperti di `kinerja.csv`"},
    {"target", KOLOM_ANGKA, false, BIT_IND, BIT_IND, NULL, PD(target), 0,
     KOLOM_TANPA, NULL, "target Pemda tahun ini (RPJMD)"},
    {"arah", KOLOM_ARAH, false, 0, BIT_IND, NULL, PD(arah), 0, KOLOM_TANPA,
     NULL, "`NAIK` (bawaan, rumus 1) atau `TURUN` (rumus 2)"},
    {"cara", KOLOM_TEKS, true, BIT_IND, BIT_IND, NULL, PD(cara), 0, KOLOM_TANPA,
     NULL,
     "`JUMLAH` (jumlah realisasi perangkat daerah yang melapor: dokumen, "
     "orang dilayani), `RATA` (rata-ratanya: persentase, indeks yang "
     "sebanding) atau `AKHIR` (sumber terakhir yang melapor, menurut urutan "
     "baris sumber)"},
    {"induk", KOLOM_KODE, false, BIT_SUMBER, BIT_SUMBER,
     "induk hanya untuk baris sumber", PD(induk), 0, KOLOM_TANPA, NULL,
     "baris sumber: kode indikator Pemda yang dibentuknya"},
    {"perangkat_daerah", KOLOM_KODE, false, BIT_SUMBER, BIT_SUMBER,
     "perangkat_daerah hanya untuk baris sumber", PD(opd), 0, KOLOM_TANPA, NULL,
     "baris sumber: nama subfolder perangkat daerah di kumpulan"},
    {"indikator", KOLOM_KODE, false, BIT_SUMBER, BIT_SUMBER,
     "indikator hanya untuk baris sumber", PD(indikator), 0, KOLOM_TANPA, NULL,
     "baris sumber: kode indikator di `kinerja.csv` perangkat daerah itu"},
    {"catatan", KOLOM_CATATAN, false, 0, TINGKAT_SEMUA, NULL, 0, 0, KOLOM_TANPA,
     NULL, "catatan bebas untuk pembaca; diabaikan"},
};

_Static_assert(JUMLAH(kolom_pemda) <= KOLOM_MAKS,
               "pemda.csv declares more columns than the reader maps");

const berkas_rencana berkas_pemda = {
    "pemda.csv",
    kolom_pemda,
    JUMLAH(kolom_pemda),
    false,
    tingkat_pemda,
    JUMLAH(tingkat_pemda),
    "target, cara dan sejenisnya milik baris indikator"};

/* ---- reading ------------------------------------------------------------ */

enum { K_CARA = 6 }; /* the cara column's index in kolom_pemda */

/* A sumber row until every indicator is read. */
typedef struct tautan_sumber {
    kode_tautan induk, opd, indikator;
} tautan_sumber;

typedef struct bacaan_pemda {
    konsolidasi *k;
    galat_rencana *g;
    const char *berkas;
    tautan_sumber *sumber;
    size_t jumlah_sumber, kap_sumber, kap_pemda;
    bool memori_habis;
} bacaan_pemda;

static void bebas_isian(isian_pemda *i)
{
    free(i->kode);
    free(i->uraian);
    free(i->satuan);
    free(i->cara);
    free(i->induk.kode);
    free(i->opd.kode);
    free(i->indikator.kode);
}

static bool tumbuh(bacaan_pemda *b, void **p, size_t *kap, size_t n,
                   size_t ukuran)
{
    if (n < *kap)
        return true;
    size_t baru = *kap ? 2 * *kap : 16;
    void *q = realloc(*p, baru * ukuran);
    if (!q) {
        b->memori_habis = true;
        return false;
    }
    *p = q;
    *kap = baru;
    return true;
}

static void terima(void *ctx, const csv_tabel *t, size_t baris,
                   const size_t *kolom, void *rekaman, bool ok)
{
    bacaan_pemda *b = ctx;
    isian_pemda *i = rekaman;
    konsolidasi *k = b->k;
    if (ok && i->tingkat == PD_SUMBER) {
        if (tumbuh(b, (void **)&b->sumber, &b->kap_sumber, b->jumlah_sumber,
                   sizeof *b->sumber)) {
            b->sumber[b->jumlah_sumber++] =
                (tautan_sumber){i->induk, i->opd, i->indikator};
            i->induk.kode = i->opd.kode = i->indikator.kode = NULL;
        }
    } else if (ok) {
        gabung_cara cara;
        if (!gabung_cara_dari_nama(i->cara, &cara)) {
            galat_tambah(b->g, t->nama, baris, kolom[K_CARA],
                         "cara '%s' tidak dikenal: tulis JUMLAH, RATA atau "
                         "AKHIR",
                         i->cara);
        } else {
            for (size_t j = 0; j < k->jumlah_pemda; j++)
                if (!strcmp(k->pemda[j].kode, i->kode))
                    galat_tambah(b->g, t->nama, baris, kolom[1],
                                 "kode '%s' sudah dipakai di baris %zu",
                                 i->kode, k->pemda[j].baris);
            if (!tumbuh(b, (void **)&k->pemda, &b->kap_pemda, k->jumlah_pemda,
                        sizeof *k->pemda)) {
                bebas_isian(i);
                return;
            }
            k->pemda[k->jumlah_pemda++] =
                (pemda_indikator){i->kode,
                                  i->uraian,
                                  i->satuan,
                                  i->target,
                                  i->arah ? i->arah : CAPAIAN_RUMUS_NAIK,
                                  cara,
                                  NULL,
                                  0,
                                  baris};
            i->kode = i->uraian = i->satuan = NULL;
        }
    }
    bebas_isian(i);
}

/* The office named `nama` (k->opd is sorted by name), or TIDAK_ADA. */
static size_t cari_opd(const konsolidasi *k, const char *nama)
{
    size_t lo = 0, hi = k->jumlah_opd;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(k->opd[mid].nama, nama);
        if (!c)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return TIDAK_ADA;
}

static size_t cari_indikator(const rencana *r, const char *kode)
{
    for (size_t i = 0; i < r->jumlah_indikator; i++)
        if (!strcmp(r->indikator[i].kode, kode))
            return i;
    return TIDAK_ADA;
}

/* Links one sumber row to its Pemda indicator, office and indicator. */
static void tautkan(bacaan_pemda *b, const tautan_sumber *s)
{
    konsolidasi *k = b->k;
    size_t p = TIDAK_ADA;
    for (size_t j = 0; j < k->jumlah_pemda && p == TIDAK_ADA; j++)
        if (!strcmp(k->pemda[j].kode, s->induk.kode))
            p = j;
    if (p == TIDAK_ADA) {
        galat_tambah(b->g, b->berkas, s->induk.baris, s->induk.kolom,
                     "induk '%s' bukan kode indikator Pemda di berkas ini",
                     s->induk.kode);
        return;
    }
    size_t o = cari_opd(k, s->opd.kode);
    if (o == TIDAK_ADA) {
        galat_tambah(b->g, b->berkas, s->opd.baris, s->opd.kolom,
                     "perangkat daerah '%s' tidak ada: tulis nama subfolder "
                     "perangkat daerah di kumpulan ini",
                     s->opd.kode);
        return;
    }
    size_t i = cari_indikator(&k->opd[o].r, s->indikator.kode);
    if (i == TIDAK_ADA) {
        galat_tambah(b->g, b->berkas, s->indikator.baris, s->indikator.kolom,
                     "indikator '%s' tidak ada di kinerja.csv perangkat "
                     "daerah '%s'",
                     s->indikator.kode, s->opd.kode);
        return;
    }
    pemda_indikator *pi = &k->pemda[p];
    for (size_t j = 0; j < pi->jumlah_sumber; j++)
        if (pi->sumber[j].opd == o && pi->sumber[j].indikator == i) {
            galat_tambah(
                b->g, b->berkas, s->indikator.baris, s->indikator.kolom,
                "sumber '%s' '%s' sudah ditulis untuk '%s' di baris "
                "%zu",
                s->opd.kode, s->indikator.kode, pi->kode, pi->sumber[j].baris);
            return;
        }
    pemda_sumber *baru =
        realloc(pi->sumber, (pi->jumlah_sumber + 1) * sizeof *pi->sumber);
    if (!baru) {
        b->memori_habis = true;
        return;
    }
    pi->sumber = baru;
    pi->sumber[pi->jumlah_sumber++] = (pemda_sumber){o, i, s->induk.baris};
}

bool pemda_baca(konsolidasi *k, const char *jalur, galat_rencana *g)
{
    size_t awal = galat_hitung(g);
    csv_tabel t;
    if (!csv_baca_berkas(jalur, jalur, &t, g))
        return false;
    bacaan_pemda b = {k, g, jalur, NULL, 0, 0, 0, false};
    berkas_rencana_baca(&t, &berkas_pemda, sizeof(isian_pemda), terima, &b, g);
    /* links only between rows read cleanly, every broken one reported */
    bool terbaca = galat_hitung(g) == awal && !b.memori_habis;
    for (size_t i = 0; i < b.jumlah_sumber; i++) {
        if (terbaca && !b.memori_habis)
            tautkan(&b, &b.sumber[i]);
        free(b.sumber[i].induk.kode);
        free(b.sumber[i].opd.kode);
        free(b.sumber[i].indikator.kode);
    }
    free(b.sumber);
    for (size_t j = 0; galat_hitung(g) == awal && j < k->jumlah_pemda; j++)
        if (!k->pemda[j].jumlah_sumber)
            galat_tambah(g, jalur, k->pemda[j].baris, 0,
                         "indikator Pemda '%s' tanpa baris sumber: tulis "
                         "baris `sumber` dengan induk '%s'",
                         k->pemda[j].kode, k->pemda[j].kode);
    if (galat_hitung(g) == awal && k->jumlah_pemda == 0)
        galat_tambah(g, jalur, 0, 0, "tidak ada baris indikator");
    if (b.memori_habis)
        galat_tambah(g, jalur, 0, 0, "memori tidak cukup");
    csv_tabel_bebas(&t);
    return galat_hitung(g) == awal;
}
