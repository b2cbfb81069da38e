/*
 * tulis_konsolidasi.c - the regional workbook (konsolidasi.h): every
 * office of a region in one file.
 *
 *   Indikator         per office and indicator: target, realisasi,
 *                     capaian and its category
 *   Perangkat Daerah  per office: pagu, realisasi, serapan (exact totals
 *                     row), mean capaian, efisiensi, findings, ranks
 *   Grafik            capaian and serapan per office, as bar charts
 *   Temuan            each office's cross-check mismatches, as its own
 *                     Pemeriksaan sheet lists them
 *   Pemetaan, Pemda   (with pemda.csv) the Pemda's indicators rolled up
 *                     from the office indicators mapped to them
 *
 * Figures staff entered are values; everything computed from them is a
 * formula referencing them, cached with the core's result (rumus.h), so
 * that the workbook recalculates in Calc (add-in or standard form) and in
 * Excel or Gnumeric (standard form) to what it shows unopened.  Every
 * sheet is a layout of tata.h.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bulat.h"
#include "keluaran.h"
#include "konsolidasi.h"
#include "teks.h"
#include "tulis.h"

#define BARIS_KEPALA 4 /* three title rows, then the add-in note */

/* ---- layouts ------------------------------------------------------------ */

/* Every sheet of the workbook: three title rows and the add-in note above
 * its header, titles 30 high; `nomor`: the "(1)", "(2)" row under it. */
#define LEMBAR(nama_, kolom_, nomor, peran_, ...)                              \
    {                                                                          \
        .nama = nama_, .kolom = kolom_,                                        \
        .jumlah_kolom = sizeof kolom_ / sizeof kolom_[0],                      \
        .baris_kepala = BARIS_KEPALA, .nomor_kolom = nomor,                    \
        .tinggi_judul = 30, .peran = peran_, .cetak = __VA_ARGS__              \
    }

/* The columns of this workbook: under a group or none (NULL), never a
 * subgroup or an input prompt (nothing here is typed in). */
#define KOLOM(nama, grup, judul, lebar, isi)                                   \
    {                                                                          \
        nama, grup, NULL, judul, lebar, isi, NULL                              \
    }
/* A column of text or figures copied from the offices, under no group. */
#define LABEL(nama, judul, lebar) KOLOM(nama, NULL, judul, lebar, TATA_LABEL)

/* The row number and the office's name: each sheet's first columns. */
#define KOLOM_NO LABEL("no", "No", 5)
#define KOLOM_OPD(lebar) LABEL("perangkat_daerah", "Perangkat Daerah", lebar)

/* The Kinerja block of an indicator's row, columns X_TARGET to
 * X_KATEGORI: the plan's target, the realisasi (isi: typed, or a roll-up
 * formula), its capaian and the capaian's BERHASIL category. */
#define KINERJA(nama, judul, lebar, isi)                                       \
    KOLOM(nama, "Kinerja", judul, lebar, isi)
#define KOLOM_KINERJA(X, isi)                                                  \
    [X##_TARGET] = KINERJA("target", "Target", 11, TATA_LABEL),                \
    [X##_REALISASI] = KINERJA("realisasi", "Realisasi", 12, isi),              \
    [X##_CAPAIAN] = KINERJA("capaian", "% Capaian", 10, TATA_RUMUS),           \
    [X##_KATEGORI] = KINERJA("kategori", "Kategori", 15, TATA_RUMUS)

enum {
    I_NO,
    I_OPD,
    I_KODE,
    I_URAIAN,
    I_SATUAN,
    I_TARGET,
    I_REALISASI,
    I_CAPAIAN,
    I_KATEGORI,
    I_JUMLAH
};

static const tata_kolom kolom_indikator[I_JUMLAH] = {
    /* narrow enough for one landscape A4 page across at the smallest
     * legible scale (cetak.h): the Kinerja block beside its indicator; the
     * kode widened to the longest (lebar_kode), from the indicator's
     * column */
    [I_NO] = KOLOM_NO,
    [I_OPD] = KOLOM_OPD(20),
    [I_KODE] = LABEL("kode", "Kode", 11),
    [I_URAIAN] = LABEL("indikator", "Indikator Kinerja", 40),
    [I_SATUAN] = LABEL("satuan", "Satuan", 8),
    KOLOM_KINERJA(I, TATA_LABEL),
};

enum {
    P_NO,
    P_OPD,
    P_FOLDER,
    P_STATUS,
    P_PAGU,
    P_REALISASI,
    P_SERAPAN,
    P_KATEGORI_SERAPAN,
    P_CAPAIAN,
    P_EFISIENSI,
    P_KATEGORI_EFISIENSI,
    P_TEMUAN,
    P_PERINGKAT_CAPAIAN,
    P_PERINGKAT_SERAPAN,
    P_JUMLAH
};

/* The budget block keeps the order tulis_serapan writes: pagu, realisasi,
 * serapan, kategori. */
static const tata_kolom kolom_opd[P_JUMLAH] = {
    [P_NO] = KOLOM_NO,
    [P_OPD] = KOLOM_OPD(30),
    [P_FOLDER] = LABEL("subfolder", "Subfolder", 14),
    [P_STATUS] = LABEL("status", "Status", 12),
    [P_PAGU] = KOLOM("pagu", "Anggaran", "Pagu (Rp)", 18, TATA_LABEL),
    [P_REALISASI] =
        KOLOM("realisasi", "Anggaran", "Realisasi (Rp)", 18, TATA_LABEL),
    [P_SERAPAN] = KOLOM("serapan", "Anggaran", "% Serapan", 10, TATA_RUMUS),
    [P_KATEGORI_SERAPAN] =
        KOLOM("kategori_serapan", "Anggaran", "Kategori", 13, TATA_RUMUS),
    [P_CAPAIAN] =
        KOLOM("capaian", "Kinerja", "Rata-rata % Capaian", 11, TATA_RUMUS),
    [P_EFISIENSI] = KOLOM("efisiensi", "Kinerja", "Efisiensi", 10, TATA_RUMUS),
    [P_KATEGORI_EFISIENSI] =
        KOLOM("kategori_efisiensi", "Kinerja", "Keterangan", 13, TATA_RUMUS),
    [P_TEMUAN] = LABEL("temuan", "Temuan Pemeriksaan", 10),
    [P_PERINGKAT_CAPAIAN] =
        KOLOM("peringkat_capaian", "Peringkat", "Capaian", 10, TATA_RUMUS),
    [P_PERINGKAT_SERAPAN] =
        KOLOM("peringkat_serapan", "Peringkat", "Serapan", 10, TATA_RUMUS),
};

enum { G_NO, G_OPD, G_CAPAIAN, G_SERAPAN, G_JUMLAH };

static const tata_kolom kolom_grafik[G_JUMLAH] = {
    [G_NO] = KOLOM_NO,
    /* 76: the columns fill a page of A4 landscape at 100 %, and the
     * charts, as wide as them, print their 9 pt text at 9 pt */
    [G_OPD] = KOLOM_OPD(76),
    [G_CAPAIAN] = KOLOM("capaian", NULL, "Rata-rata % Capaian", 14, TATA_RUMUS),
    [G_SERAPAN] = KOLOM("serapan", NULL, "% Serapan", 14, TATA_RUMUS),
};

enum {
    T_NO,
    T_OPD,
    T_BAGIAN,
    T_KODE,
    T_URAIAN,
    T_LABEL_A,
    T_NILAI_A,
    T_LABEL_B,
    T_NILAI_B,
    T_SELISIH,
    T_HASIL,
    T_JUMLAH
};

/* Every column a label: the findings as each office's Pemeriksaan sheet
 * computed them.  131 units in all: one landscape A4 page across at the
 * smallest legible scale (cetak.h; at 213 it printed two pages across,
 * the figures apart from the item they belong to), the texts wrapped onto
 * more lines, the figures (rupiah up to 14 characters) and the kode
 * (lebar_kode) on one. */
static const tata_kolom kolom_temuan[T_JUMLAH] = {
    [T_NO] = LABEL("no", "No", 4),
    [T_OPD] = KOLOM_OPD(12),
    [T_BAGIAN] = LABEL("bagian", "Pemeriksaan", 12),
    [T_KODE] = LABEL("kode", "Kode", 13),
    [T_URAIAN] = LABEL("uraian", "Uraian", 20),
    [T_LABEL_A] = LABEL("diperiksa", "Angka yang diperiksa", 12),
    [T_NILAI_A] = LABEL("nilai_diperiksa", "Nilai", 13),
    [T_LABEL_B] = LABEL("pembanding", "Dibandingkan dengan", 12),
    [T_NILAI_B] = LABEL("nilai_pembanding", "Nilai", 13),
    [T_SELISIH] = LABEL("selisih", "Selisih", 11),
    [T_HASIL] = LABEL("hasil", "Hasil", 9),
};

enum {
    M_NO,
    M_PEMDA,
    M_OPD,
    M_KODE,
    M_URAIAN,
    M_REALISASI,
    M_URUTAN,
    M_JUMLAH
};

static const tata_kolom kolom_pemetaan[M_JUMLAH] = {
    [M_NO] = KOLOM_NO,
    [M_PEMDA] = LABEL("kode_pemda", "Indikator Pemda", 12),
    [M_OPD] = KOLOM_OPD(26),
    [M_KODE] = LABEL("kode", "Kode", 12),
    [M_URAIAN] = LABEL("indikator", "Indikator Perangkat Daerah", 40),
    [M_REALISASI] = KOLOM("realisasi", NULL, "Realisasi", 12, TATA_RUMUS),
    [M_URUTAN] = KOLOM("urutan", NULL, "Urutan terisi", 9, TATA_RUMUS),
};

enum {
    D_NO,
    D_KODE,
    D_URAIAN,
    D_SATUAN,
    D_CARA,
    D_TARGET,
    D_REALISASI,
    D_CAPAIAN,
    D_KATEGORI,
    D_SUMBER,
    D_MELAPOR,
    D_JUMLAH
};

static const tata_kolom kolom_pemda[D_JUMLAH] = {
    [D_NO] = KOLOM_NO,
    [D_KODE] = LABEL("kode", "Kode", 12),
    [D_URAIAN] = LABEL("indikator", "Indikator Kinerja Pemda", 40),
    [D_SATUAN] = LABEL("satuan", "Satuan", 10),
    [D_CARA] = LABEL("cara", "Cara", 9),
    KOLOM_KINERJA(D, TATA_RUMUS),
    [D_SUMBER] = KOLOM("sumber", "Sumber", "Indikator", 9, TATA_LABEL),
    [D_MELAPOR] = KOLOM("melapor", "Sumber", "Melapor", 9, TATA_RUMUS),
};

/* Printed with the indicator repeated on every page across. */
const tata_lembar tata_konsolidasi_indikator =
    LEMBAR("Indikator", kolom_indikator, true, TATA_RESMI,
           {.kunci = "indikator", .awal_halaman = {"target"}});

const tata_lembar tata_konsolidasi_opd =
    LEMBAR("Perangkat Daerah", kolom_opd, true, TATA_RESMI,
           {.kunci = "perangkat_daerah", .awal_halaman = {"capaian"}});

const tata_lembar tata_konsolidasi_grafik =
    LEMBAR("Grafik", kolom_grafik, false, TATA_RESMI, {0});

const tata_lembar tata_konsolidasi_temuan =
    LEMBAR("Temuan", kolom_temuan, true, TATA_BANTU,
           {.kunci = "uraian", .awal_halaman = {"diperiksa"}});

const tata_lembar tata_konsolidasi_pemetaan = LEMBAR(
    "Pemetaan", kolom_pemetaan, true, TATA_BANTU, {.kunci = "indikator"});

const tata_lembar tata_konsolidasi_pemda =
    LEMBAR("Pemda", kolom_pemda, true, TATA_RESMI,
           {.kunci = "indikator", .awal_halaman = {"target"}});

/* ---- what every sheet shares -------------------------------------------- */

/* The cached values the sheets compute once and reference: each
 * indicator's capaian, each office's mean capaian and serapan, and where
 * each indicator's row is. */
typedef struct hitungan {
    kinerja_sel **capaian;  /* [office][indicator] */
    unsigned **baris;       /* Indikator sheet row [office][indicator] */
    unsigned *awal, *akhir; /* each office's rows there (akhir < awal: none) */
    kinerja_sel *rata;      /* mean capaian per office */
    kinerja_sel *serapan;   /* per office */
    unsigned opd_awal;      /* first office row, Perangkat Daerah sheet */
} hitungan;

/* The region and the options, the workbook they are written into. */
typedef struct penulis {
    const konsolidasi *k;
    const tulis_opsi *o;
    lxw_workbook *wb;
    gaya *g;
    hitungan h;
    /* the first Pemetaan row of each Pemda indicator (with pemda.csv) */
    unsigned *awal_pemda;
} penulis;

static void kop(tata_penulis *tp, const konsolidasi *k, const char *judul)
{
    tata_judul(tp, 0, judul, tp->g->judul);
    char *pemda = teks_cetak("PEMERINTAH %s", k->kabupaten);
    if (pemda)
        teks_kapital(pemda);
    tata_judul(tp, 1, pemda ? pemda : "", tp->g->subjudul);
    free(pemda);
    char buf[32];
    snprintf(buf, sizeof buf, "TAHUN %d", k->tahun);
    tata_judul(tp, 2, buf, tp->g->subjudul);
}

/* A text, a number, a formula with its cached value in one cell of the
 * sheet being written; the first error is kept in tp. */
static void teks(tata_penulis *tp, unsigned row, unsigned kolom,
                 const char *isi, lxw_format *f)
{
    CATAT(tp->galat,
          worksheet_write_string(tp->ws, row, (lxw_col_t)kolom, isi, f));
}

static void angka(tata_penulis *tp, unsigned row, unsigned kolom, double v,
                  lxw_format *f)
{
    CATAT(tp->galat,
          worksheet_write_number(tp->ws, row, (lxw_col_t)kolom, v, f));
}

/* A number if present, else an empty formatted cell (lembar_angka). */
static void angka_ada(tata_penulis *tp, unsigned row, unsigned kolom, bool ada,
                      double v, lxw_format *f)
{
    CATAT(tp->galat, lembar_angka(tp->ws, row, kolom, ada, v, f));
}

static void tulis_rumus(tata_penulis *tp, unsigned row, unsigned kolom,
                        const rumus *r, lxw_format *f)
{
    CATAT(tp->galat, lembar_rumus(tp->ws, row, kolom, r, f));
}

/* "Dinas Komunikasi dan Informatika" (the office's own name). */
static const char *nama_opd(const opd *o)
{
    return o->r.id.instansi;
}

static kinerja_sel angka_sel(const isian_angka *a)
{
    return a->ada ? sel_angka(a->nilai) : sel_kosong();
}

/* A reference to another sheet's cell, absolute: 'Indikator'!$G$8. */
static void rujuk_lembar(char *buf, size_t n, const char *lembar,
                         unsigned baris, unsigned kolom)
{
    char sel[24];
    lxw_rowcol_to_cell_abs(sel, baris, (lxw_col_t)kolom, 1, 1);
    snprintf(buf, n, "'%s'!%s", lembar, sel);
}

/* The mean of the numbers among v[0..n), as ROUND(AVERAGE(..),2) gives
 * it (Calc's ROUND, bulat.h): an error among them is the result; none:
 * blank. */
static kinerja_sel rata_sel(const kinerja_sel *v, size_t n)
{
    double jumlah = 0;
    size_t terisi = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i].jenis == SEL_GALAT)
            return v[i];
        if (v[i].jenis == SEL_ANGKA) {
            jumlah += v[i].angka;
            terisi++;
        }
    }
    return terisi ? sel_angka(bulat_desimal(jumlah / (double)terisi, 2))
                  : sel_kosong();
}

/* RANK's answer for v among x[0..n): 1 + how many numbers beat it. */
static double peringkat(const kinerja_sel *x, size_t n, kinerja_sel v)
{
    double r = 1;
    for (size_t i = 0; i < n; i++)
        if (x[i].jenis == SEL_ANGKA && x[i].angka > v.angka)
            r++;
    return r;
}

/* RANK of x among `rentang` (descending), cached from the values of all
 * offices; an error in x is its rank's error too. */
static void tulis_peringkat(tata_penulis *tp, unsigned row, unsigned kolom,
                            const rujukan_sel *x, const char *rentang,
                            const kinerja_sel *semua, size_t n)
{
    rumus r;
    rumus_peringkat(&r, x, rentang, false,
                    x->nilai.jenis == SEL_ANGKA ? peringkat(semua, n, x->nilai)
                                                : 0);
    if (x->nilai.jenis == SEL_GALAT)
        r.hasil = x->nilai;
    CATAT(tp->galat, lembar_rumus(tp->ws, row, kolom, &r, tp->g->teks_tengah));
}

static kinerja_sel pagu_sel(const opd *o)
{
    return sel_angka((double)o->r.jumlah_pagu);
}

static kinerja_sel realisasi_sel(const opd *o)
{
    return o->r.ada_realisasi ? sel_angka((double)o->r.jumlah_realisasi)
                              : sel_kosong();
}

/* Every cached value the sheets share, before any sheet is written (the
 * ranks need all of them). */
static bool hitung(penulis *p)
{
    const konsolidasi *k = p->k;
    hitungan *h = &p->h;
    size_t n = k->jumlah_opd ? k->jumlah_opd : 1;
    h->capaian = calloc(n, sizeof *h->capaian);
    h->baris = calloc(n, sizeof *h->baris);
    h->awal = calloc(n, sizeof *h->awal);
    h->akhir = calloc(n, sizeof *h->akhir);
    h->rata = calloc(n, sizeof *h->rata);
    h->serapan = calloc(n, sizeof *h->serapan);
    if (!h->capaian || !h->baris || !h->awal || !h->akhir || !h->rata ||
        !h->serapan)
        return false;
    unsigned row = tata_baris_isi(&tata_konsolidasi_indikator);
    for (size_t o = 0; o < k->jumlah_opd; o++) {
        const rencana *r = &k->opd[o].r;
        size_t ni = r->jumlah_indikator ? r->jumlah_indikator : 1;
        h->capaian[o] = calloc(ni, sizeof **h->capaian);
        h->baris[o] = calloc(ni, sizeof **h->baris);
        if (!h->capaian[o] || !h->baris[o])
            return false;
        h->awal[o] = row;
        for (size_t i = 0; i < r->jumlah_indikator; i++) {
            const indikator *d = &r->indikator[i];
            rujukan_sel t = sel_di(row, I_TARGET, sel_angka(d->target.nilai));
            rujukan_sel x = sel_di(row, I_REALISASI, angka_sel(&d->realisasi));
            rumus c;
            rumus_capaian(&c, p->o->rumus, &t, &x, d->arah);
            h->capaian[o][i] = c.hasil;
            h->baris[o][i] = row++;
        }
        h->akhir[o] = row - 1;
        h->rata[o] = rata_sel(h->capaian[o], r->jumlah_indikator);
        rujukan_sel pg = sel_di(0, P_PAGU, pagu_sel(&k->opd[o]));
        rujukan_sel x = sel_di(0, P_REALISASI, realisasi_sel(&k->opd[o]));
        rumus s;
        rumus_serapan(&s, p->o->rumus, &pg, &x);
        h->serapan[o] = s.hasil;
    }
    h->opd_awal = tata_baris_isi(&tata_konsolidasi_opd);
    return true;
}

static void hitungan_bebas(hitungan *h, size_t n)
{
    for (size_t o = 0; o < n; o++) {
        if (h->capaian)
            free(h->capaian[o]);
        if (h->baris)
            free(h->baris[o]);
    }
    free(h->capaian);
    free(h->baris);
    free(h->awal);
    free(h->akhir);
    free(h->rata);
    free(h->serapan);
}

/* The columns a row of one office's item starts with: its number (column
 * 0), the office in k_opd, the kode in k_kode and the uraian beside it,
 * as tall as the uraian needs. */
static void awal_baris(tata_penulis *tp, unsigned row, unsigned nomor,
                       unsigned k_opd, const opd *o, unsigned k_kode,
                       const char *kode, const char *uraian)
{
    angka(tp, row, 0, nomor, tp->g->teks_tengah);
    teks(tp, row, k_opd, nama_opd(o), tp->g->teks);
    teks(tp, row, k_kode, kode, tp->g->teks);
    teks(tp, row, k_kode + 1, uraian, tp->g->teks);
    tata_perlu(tp, row, row, k_kode + 1, uraian);
}

/* Widens the kode column k (its width lebar[k]) until `kode` prints on
 * one line, taking the room from the uraian beside it (lebar[k + 1]), so
 * the sheet keeps its width: a code wrapped at a dot reads as two codes. */
static void lebar_kode(double *lebar, unsigned k, const char *kode)
{
    double satu = lembar_tinggi("", lebar[k]), w = lebar[k];
    while (w < 30 && lembar_tinggi(kode, w) > satu + 0.01)
        w += 0.5;
    lebar[k + 1] -= w - lebar[k];
    lebar[k] = w;
}

/* ---- Indikator ---------------------------------------------------------- */

static void lebar_indikator(const penulis *p, double *lebar)
{
    for (size_t o = 0; o < p->k->jumlah_opd; o++) {
        const rencana *r = &p->k->opd[o].r;
        for (size_t i = 0; i < r->jumlah_indikator; i++)
            lebar_kode(lebar, I_KODE, r->indikator[i].kode);
    }
    /* a digit more, the sheet that much wider: LibreOffice 25.2 sets
     * digits wider than 7.4, whose widths the estimate follows, and
     * wrapped indicator codes such as "2.16.01.2.01.00001/1" at the
     * width the estimate had found just enough */
    lebar[I_KODE] += 1.0;
}

static unsigned isi_indikator(penulis *p, tata_penulis *tp, unsigned row)
{
    const konsolidasi *k = p->k;
    gaya *g = p->g;
    unsigned nomor = 0;
    for (size_t o = 0; o < k->jumlah_opd; o++) {
        const rencana *r = &k->opd[o].r;
        for (size_t i = 0; i < r->jumlah_indikator; i++, row++) {
            const indikator *d = &r->indikator[i];
            awal_baris(tp, row, ++nomor, I_OPD, &k->opd[o], I_KODE, d->kode,
                       d->uraian);
            tata_perlu(tp, row, row, I_OPD, nama_opd(&k->opd[o]));
            teks(tp, row, I_SATUAN, d->satuan, g->teks_tengah);
            angka(tp, row, I_TARGET, d->target.nilai,
                  gaya_angka(g, d->target.desimal, "", "", false));
            int des =
                d->realisasi.ada ? d->realisasi.desimal : d->target.desimal;
            angka_ada(tp, row, I_REALISASI, d->realisasi.ada,
                      d->realisasi.nilai, gaya_angka(g, des, "", "", false));
            rujukan_sel t = sel_di(row, I_TARGET, sel_angka(d->target.nilai));
            rujukan_sel x = sel_di(row, I_REALISASI, angka_sel(&d->realisasi));
            rumus c, kt;
            rumus_capaian(&c, p->o->rumus, &t, &x, d->arah);
            tulis_rumus(tp, row, I_CAPAIAN, &c, g->persen);
            rujukan_sel sc = sel_di(row, I_CAPAIAN, c.hasil);
            rumus_kategori(&kt, p->o->rumus, &sc, "BERHASIL");
            tulis_rumus(tp, row, I_KATEGORI, &kt, g->kategori);
        }
    }
    return row + 1;
}

/* ---- Perangkat Daerah --------------------------------------------------- */

/* 'Indikator'!$H$6:$H$9 as dari and sampai. */
static void rentang_capaian(const penulis *p, size_t o, char *dari,
                            char *sampai, size_t n)
{
    rujuk_lembar(dari, n, tata_konsolidasi_indikator.nama, p->h.awal[o],
                 I_CAPAIAN);
    lxw_rowcol_to_cell_abs(sampai, p->h.akhir[o], I_CAPAIAN, 1, 1);
}

static void baris_opd(penulis *p, tata_penulis *tp, size_t o, unsigned row,
                      const char *rentang_rata, const char *rentang_serapan)
{
    const konsolidasi *k = p->k;
    const opd *d = &k->opd[o];
    gaya *g = p->g;
    angka(tp, row, P_NO, (double)(o + 1), g->teks_tengah);
    teks(tp, row, P_OPD, nama_opd(d), g->teks);
    tata_perlu(tp, row, row, P_OPD, nama_opd(d));
    teks(tp, row, P_FOLDER, d->nama, g->teks);
    teks(tp, row, P_STATUS, d->melapor ? "Melapor" : "Belum melapor",
         g->teks_tengah);
    angka(tp, row, P_PAGU, (double)d->r.jumlah_pagu, g->rupiah);
    angka_ada(tp, row, P_REALISASI, d->r.ada_realisasi,
              (double)d->r.jumlah_realisasi, g->rupiah);
    kinerja_sel serapan =
        tulis_serapan(tp, row, P_PAGU, pagu_sel(d), realisasi_sel(d), false);
    /* the mean capaian of the office's indicators on the Indikator sheet */
    rumus rt, ef, ke;
    if (d->r.jumlah_indikator) {
        char dari[64], sampai[24];
        rentang_capaian(p, o, dari, sampai, sizeof dari);
        rumus_rata_terisi(&rt, dari, sampai, 2, p->h.rata[o]);
        tulis_rumus(tp, row, P_CAPAIAN, &rt, g->persen);
    } else {
        CATAT(tp->galat,
              worksheet_write_blank(tp->ws, row, P_CAPAIAN, g->persen));
    }
    rujukan_sel sc = sel_di(row, P_CAPAIAN, p->h.rata[o]);
    rujukan_sel ss = sel_di(row, P_SERAPAN, serapan);
    rumus_efisiensi(&ef, p->o->rumus, &sc, &ss);
    tulis_rumus(tp, row, P_EFISIENSI, &ef, g->persen);
    rujukan_sel se = sel_di(row, P_EFISIENSI, ef.hasil);
    rumus_kategori(&ke, p->o->rumus, &se, "EFISIENSI");
    tulis_rumus(tp, row, P_KATEGORI_EFISIENSI, &ke, g->kategori);
    angka(tp, row, P_TEMUAN, (double)d->periksa.temuan, g->teks_tengah);
    size_t n = k->jumlah_opd;
    tulis_peringkat(tp, row, P_PERINGKAT_CAPAIAN, &sc, rentang_rata, p->h.rata,
                    n);
    tulis_peringkat(tp, row, P_PERINGKAT_SERAPAN, &ss, rentang_serapan,
                    p->h.serapan, n);
}

static unsigned isi_opd(penulis *p, tata_penulis *tp, unsigned awal)
{
    const konsolidasi *k = p->k;
    gaya *g = p->g;
    unsigned akhir = awal + (unsigned)k->jumlah_opd - 1;
    char rentang_rata[48], rentang_serapan[48], a[16], b[16];
    lxw_rowcol_to_cell_abs(a, awal, P_CAPAIAN, 1, 1);
    lxw_rowcol_to_cell_abs(b, akhir, P_CAPAIAN, 1, 1);
    snprintf(rentang_rata, sizeof rentang_rata, "%s:%s", a, b);
    lxw_rowcol_to_cell_abs(a, awal, P_SERAPAN, 1, 1);
    lxw_rowcol_to_cell_abs(b, akhir, P_SERAPAN, 1, 1);
    snprintf(rentang_serapan, sizeof rentang_serapan, "%s:%s", a, b);
    for (size_t o = 0; o < k->jumlah_opd; o++)
        baris_opd(p, tp, o, awal + (unsigned)o, rentang_rata, rentang_serapan);
    /* the region's totals: exact sums of the offices' whole rupiah */
    unsigned row = akhir + 1;
    CATAT(tp->galat, lembar_gabung(tp->ws, row, P_NO, row, P_STATUS,
                                   "Jumlah Pemerintah Daerah", g->jumlah_teks));
    tulis_jumlah_anggaran(tp, row, awal, akhir, P_PAGU, k->jumlah_pagu,
                          k->ada_realisasi, k->jumlah_realisasi);
    CATAT(tp->galat, lembar_gabung(tp->ws, row, P_CAPAIAN, row,
                                   P_PERINGKAT_SERAPAN, "", g->jumlah_teks));
    char buf[512];
    snprintf(buf, sizeof buf,
             "%zu perangkat daerah, %zu sudah melapor (buku kerja terisi "
             "dibaca). Rata-rata %% capaian: rata-rata capaian indikator yang "
             "sudah diisi, dibulatkan 2 desimal. Efisiensi = rata-rata %% "
             "capaian / %% serapan (>= 1 "
             "Efisien). Peringkat 1 = tertinggi. Temuan: selisih dan "
             "realisasi melebihi pagu di lembar Temuan.",
             k->jumlah_opd, k->melapor);
    tata_judul(tp, row + 2, buf, g->biasa);
    return row + 2;
}

/* ---- Grafik ---------------------------------------------------------------
 */

/* Offices in one chart at most, and the space of a bar in pixels: 10
 * bars 48 px apart fill most of a page of A4 landscape (F4 is taller).
 * Closer, Calc names only every second bar once a long name wraps
 * (tickLblSkip does not stop it). */
#define GRAFIK_OPD 10
#define GRAFIK_BATANG 48.0

/* A bar chart of one column of the Grafik sheet, one bar per office. */
static lxw_chart *grafik(penulis *p, unsigned awal, unsigned akhir,
                         unsigned kolom, const char *judul, uint32_t warna)
{
    lxw_chart *c = workbook_add_chart(p->wb, LXW_CHART_BAR);
    if (!c)
        return NULL;
    const char *lembar = tata_konsolidasi_grafik.nama;
    lxw_chart_series *s = chart_add_series(c, NULL, NULL);
    if (!s)
        return NULL;
    chart_series_set_categories(s, lembar, awal, G_OPD, akhir, G_OPD);
    chart_series_set_values(s, lembar, awal, (lxw_col_t)kolom, akhir,
                            (lxw_col_t)kolom);
    chart_series_set_name_range(s, lembar,
                                tata_baris_isi(&tata_konsolidasi_grafik) - 1,
                                (lxw_col_t)kolom);
    lxw_chart_fill isi = {.color = warna};
    chart_series_set_fill(s, &isi);
    chart_series_set_labels(s);
    /* 9 pt: the sheet prints at 100 %, and 8 pt labels measured just
     * under 8 pt on paper (the legible minimum, cetak.h) */
    lxw_chart_font kecil = {.size = 9};
    chart_series_set_labels_font(s, &kecil);
    chart_title_set_name(c, judul);
    lxw_chart_font huruf = {.size = 10, .bold = LXW_TRUE};
    chart_title_set_name_font(c, &huruf);
    chart_legend_set_position(c, LXW_CHART_LEGEND_NONE);
    chart_axis_set_min(c->x_axis, 0);
    /* Indonesian decimals on the value axis too; Calc 7.4 ignores the
     * locale of General on a bar chart's axis */
    chart_axis_set_num_format(c->x_axis, "[$-421]#,##0");
    chart_axis_set_num_font(c->x_axis, &kecil);
    chart_axis_set_num_font(c->y_axis, &kecil);
    /* the first office on top, as in the table */
    chart_axis_set_reverse(c->y_axis);
    /* every office named: left to itself Calc names every second or
     * third bar once the names crowd */
    chart_axis_set_interval_unit(c->y_axis, 1);
    return c;
}

static unsigned isi_grafik(penulis *p, tata_penulis *tp, unsigned awal)
{
    const konsolidasi *k = p->k;
    gaya *g = p->g;
    unsigned akhir = awal + (unsigned)k->jumlah_opd - 1;
    for (size_t o = 0; o < k->jumlah_opd; o++) {
        unsigned row = awal + (unsigned)o, asal = p->h.opd_awal + (unsigned)o;
        angka(tp, row, G_NO, (double)(o + 1), g->teks_tengah);
        teks(tp, row, G_OPD, nama_opd(&k->opd[o]), g->teks);
        char ref[64];
        rumus rc, rs;
        rujuk_lembar(ref, sizeof ref, tata_konsolidasi_opd.nama, asal,
                     P_CAPAIAN);
        rumus_rujuk(&rc, ref, p->h.rata[o]);
        tulis_rumus(tp, row, G_CAPAIAN, &rc, g->persen);
        rujuk_lembar(ref, sizeof ref, tata_konsolidasi_opd.nama, asal,
                     P_SERAPAN);
        rumus_rujuk(&rs, ref, p->h.serapan[o]);
        tulis_rumus(tp, row, G_SERAPAN, &rs, g->persen);
    }
    static const struct {
        unsigned kolom;
        const char *judul;
        uint32_t warna;
    } bagan[] = {{G_CAPAIAN, "Rata-rata % Capaian Kinerja", 0xED7D31},
                 {G_SERAPAN, "% Serapan Anggaran", 0x4472C4}};
    /* Below the table, each measure in charts of GRAFIK_OPD offices at
     * most: every office's name has room, and each chart fits one
     * printed page, where it starts.  A chart is as wide as the table's
     * columns, the print area (a column w characters wide is 7w + 5 px),
     * less its offset on each side. */
    double lebar = 0;
    for (unsigned j = 0; j < G_JUMLAH; j++)
        lebar += 7.0 * kolom_grafik[j].lebar + 5.0;
    unsigned row = akhir + 2;
    /* Printed: the charts alone; the table above is their data, printed
     * on the Perangkat Daerah sheet. */
    unsigned cetak_awal = row;
    size_t n = k->jumlah_opd, potong = (n + GRAFIK_OPD - 1) / GRAFIK_OPD;
    for (size_t i = 0; i < 2; i++)
        for (size_t c0 = 0; c0 < potong; c0++) {
            size_t dari = c0 * n / potong, sampai = (c0 + 1) * n / potong;
            char judul[96];
            if (potong > 1)
                snprintf(judul, sizeof judul, "%s (%zu-%zu dari %zu)",
                         bagan[i].judul, dari + 1, sampai, n);
            else
                snprintf(judul, sizeof judul, "%s", bagan[i].judul);
            lxw_chart *c =
                grafik(p, awal + (unsigned)dari, awal + (unsigned)sampai - 1,
                       bagan[i].kolom, judul, bagan[i].warna);
            if (!c) {
                CATAT(tp->galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
                break;
            }
            double tinggi = 70.0 + GRAFIK_BATANG * (double)(sampai - dari);
            if (tinggi < 288)
                tinggi = 288;
            lxw_chart_options opsi;
            memset(&opsi, 0, sizeof opsi);
            opsi.x_offset = 10;
            opsi.x_scale = (lebar - 2 * opsi.x_offset) / 480.0;
            opsi.y_scale = tinggi / 288.0;
            opsi.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
            tata_putus_baik(tp, row);
            CATAT(tp->galat,
                  worksheet_insert_chart_opt(tp->ws, row, G_NO, c, &opsi));
            /* rows of 20 px under it, for the print area and the next */
            row += (unsigned)ceil(tinggi / 20.0) + 1;
        }
    if (row > cetak_awal)
        tata_cetak_area(tp, cetak_awal, row - 1);
    return row;
}

/* ---- Temuan -----------------------------------------------------------------
 */

static void lebar_temuan(const penulis *p, double *lebar)
{
    for (size_t o = 0; o < p->k->jumlah_opd; o++) {
        const pemeriksaan *pm = &p->k->opd[o].periksa;
        for (size_t i = 0; i < pm->jumlah; i++)
            if (periksa_temuan_salah(pm->baris[i].temuan))
                lebar_kode(lebar, T_KODE, pm->baris[i].kode);
    }
}

static void nilai_temuan(tata_penulis *tp, unsigned row, unsigned kolom,
                         const periksa_baris *b, const periksa_nilai *v)
{
    lxw_format *f =
        b->poin ? gaya_angka(tp->g, v->desimal, "", "", false) : tp->g->rupiah;
    angka_ada(tp, row, kolom, v->ada, v->nilai, f);
}

static unsigned isi_temuan(penulis *p, tata_penulis *tp, unsigned row)
{
    unsigned nomor = 0; /* the findings listed */
    const konsolidasi *k = p->k;
    gaya *g = p->g;
    for (size_t o = 0; o < k->jumlah_opd; o++) {
        const pemeriksaan *pm = &k->opd[o].periksa;
        for (size_t i = 0; i < pm->jumlah; i++) {
            const periksa_baris *b = &pm->baris[i];
            if (!periksa_temuan_salah(b->temuan))
                continue;
            /* the part first: its title is new to the shared strings,
             * the office's name is not (the Perangkat Daerah sheet) */
            teks(tp, row, T_BAGIAN,
                 periksa_bagian_judul(b->bagian, pm->satu_buku), g->teks);
            awal_baris(tp, row, ++nomor, T_OPD, &k->opd[o], T_KODE, b->kode,
                       b->uraian);
            tata_perlu(tp, row, row, T_BAGIAN,
                       periksa_bagian_judul(b->bagian, pm->satu_buku));
            tata_perlu(tp, row, row, T_OPD, nama_opd(&k->opd[o]));
            teks(tp, row, T_LABEL_A, b->a.label, g->teks);
            tata_perlu(tp, row, row, T_LABEL_A, b->a.label);
            nilai_temuan(tp, row, T_NILAI_A, b, &b->a);
            teks(tp, row, T_LABEL_B, b->b.label, g->teks);
            tata_perlu(tp, row, row, T_LABEL_B, b->b.label);
            nilai_temuan(tp, row, T_NILAI_B, b, &b->b);
            angka_ada(tp, row, T_SELISIH, b->ada_selisih, b->selisih,
                      b->poin ? gaya_selisih(g, b->a.desimal) : g->selisih);
            teks(tp, row, T_HASIL, periksa_temuan_teks(b->temuan), g->kategori);
            tata_perlu(tp, row, row, T_HASIL, periksa_temuan_teks(b->temuan));
            row++;
        }
    }
    if (!nomor) {
        CATAT(tp->galat, lembar_gabung(tp->ws, row, T_NO, row, T_HASIL,
                                       "Tidak ada temuan.", g->teks_tengah));
        row++;
    }
    return row + 1;
}

/* ---- Pemetaan and Pemda ------------------------------------------------- */

/* The roll-up of Pemda indicator i from its mapped office indicators,
 * cached by the same rule its formula follows (konsolidasi_gabung). */
static kinerja_sel gabung_sel(const konsolidasi *k, const pemda_indikator *pi)
{
    size_t n = pi->jumlah_sumber;
    double *nilai = malloc((n ? n : 1) * sizeof *nilai);
    bool *ada = malloc((n ? n : 1) * sizeof *ada);
    kinerja_sel hasil = sel_kosong();
    if (nilai && ada) {
        for (size_t j = 0; j < n; j++) {
            const indikator *d =
                &k->opd[pi->sumber[j].opd].r.indikator[pi->sumber[j].indikator];
            ada[j] = d->realisasi.ada;
            nilai[j] = d->realisasi.nilai;
        }
        double v;
        kinerja_status st = konsolidasi_gabung(pi->cara, nilai, ada, n, &v);
        if (st == KINERJA_OK)
            hasil = sel_angka(v);
        else if (st != KINERJA_KOSONG)
            hasil = sel_galat(st);
    }
    free(nilai);
    free(ada);
    return hasil;
}

static unsigned isi_pemetaan(penulis *p, tata_penulis *tp, unsigned row)
{
    const konsolidasi *k = p->k;
    gaya *g = p->g;
    unsigned nomor = 0;
    for (size_t i = 0; i < k->jumlah_pemda; i++) {
        const pemda_indikator *pi = &k->pemda[i];
        row = p->awal_pemda[i];
        for (size_t j = 0; j < pi->jumlah_sumber; j++, row++) {
            const pemda_sumber *s = &pi->sumber[j];
            const opd *o = &k->opd[s->opd];
            const indikator *d = &o->r.indikator[s->indikator];
            teks(tp, row, M_PEMDA, pi->kode, g->teks);
            awal_baris(tp, row, ++nomor, M_OPD, o, M_KODE, d->kode, d->uraian);
            char ref[64];
            rujuk_lembar(ref, sizeof ref, tata_konsolidasi_indikator.nama,
                         p->h.baris[s->opd][s->indikator], I_REALISASI);
            rumus rr, ru;
            rumus_rujuk(&rr, ref, angka_sel(&d->realisasi));
            int des =
                d->realisasi.ada ? d->realisasi.desimal : d->target.desimal;
            tulis_rumus(tp, row, M_REALISASI, &rr,
                        gaya_angka(g, des, "", "", false));
            rujukan_sel x = sel_di(row, M_REALISASI, rr.hasil);
            rumus_urutan_terisi(&ru, &x, (unsigned)(j + 1));
            tulis_rumus(tp, row, M_URUTAN, &ru, g->teks_tengah);
        }
    }
    return row ? row - 1 : BARIS_KEPALA;
}

static void baris_pemda(penulis *p, tata_penulis *tp, size_t i, unsigned row,
                        unsigned awal)
{
    const pemda_indikator *pi = &p->k->pemda[i];
    gaya *g = p->g;
    unsigned akhir = awal + (unsigned)pi->jumlah_sumber - 1;
    angka(tp, row, D_NO, (double)(i + 1), g->teks_tengah);
    teks(tp, row, D_KODE, pi->kode, g->teks);
    teks(tp, row, D_URAIAN, pi->uraian, g->teks);
    tata_perlu(tp, row, row, D_URAIAN, pi->uraian);
    teks(tp, row, D_SATUAN, pi->satuan, g->teks_tengah);
    teks(tp, row, D_CARA, gabung_cara_nama(pi->cara), g->teks_tengah);
    angka(tp, row, D_TARGET, pi->target.nilai,
          gaya_angka(g, pi->target.desimal, "", "", false));
    const char *lembar = tata_konsolidasi_pemetaan.nama;
    char dari[64], sampai[24], u_dari[64], u_sampai[24];
    rujuk_lembar(dari, sizeof dari, lembar, awal, M_REALISASI);
    lxw_rowcol_to_cell_abs(sampai, akhir, M_REALISASI, 1, 1);
    rujuk_lembar(u_dari, sizeof u_dari, lembar, awal, M_URUTAN);
    lxw_rowcol_to_cell_abs(u_sampai, akhir, M_URUTAN, 1, 1);
    kinerja_sel nilai = gabung_sel(p->k, pi);
    rumus rr, c, kt, hm;
    switch (pi->cara) {
    case GABUNG_JUMLAH:
        rumus_jumlah_terisi(&rr, dari, sampai, nilai);
        break;
    case GABUNG_RATA:
        rumus_rata_terisi(&rr, dari, sampai, -1, nilai);
        break;
    case GABUNG_AKHIR:
        rumus_akhir_terisi(&rr, dari, sampai, u_dari, u_sampai, nilai);
        break;
    }
    int des = pi->target.desimal < 2 ? 2 : pi->target.desimal;
    tulis_rumus(tp, row, D_REALISASI, &rr, gaya_angka(g, des, "", "", false));
    rujukan_sel t = sel_di(row, D_TARGET, sel_angka(pi->target.nilai));
    rujukan_sel x = sel_di(row, D_REALISASI, rr.hasil);
    rumus_capaian(&c, p->o->rumus, &t, &x, pi->arah);
    tulis_rumus(tp, row, D_CAPAIAN, &c, g->persen);
    rujukan_sel sc = sel_di(row, D_CAPAIAN, c.hasil);
    rumus_kategori(&kt, p->o->rumus, &sc, "BERHASIL");
    tulis_rumus(tp, row, D_KATEGORI, &kt, g->kategori);
    angka(tp, row, D_SUMBER, (double)pi->jumlah_sumber, g->teks_tengah);
    size_t melapor = 0;
    for (size_t j = 0; j < pi->jumlah_sumber; j++)
        melapor += p->k->opd[pi->sumber[j].opd]
                       .r.indikator[pi->sumber[j].indikator]
                       .realisasi.ada;
    rumus_hitung_angka(&hm, dari, sampai, (double)melapor);
    tulis_rumus(tp, row, D_MELAPOR, &hm, g->teks_tengah);
}

static unsigned isi_pemda(penulis *p, tata_penulis *tp, unsigned row)
{
    for (size_t i = 0; i < p->k->jumlah_pemda; i++)
        baris_pemda(p, tp, i, row + (unsigned)i, p->awal_pemda[i]);
    return row + (unsigned)p->k->jumlah_pemda + 1;
}

/* ---- the workbook ------------------------------------------------------- */

/* A sheet of the workbook: its layout and title, the writer of its body
 * (from the first body row; returns the row of the note below the
 * table), that note (NULL: none, or the body writes its own). */
typedef struct lembar_daerah {
    const tata_lembar *t;
    const char *judul;
    unsigned (*isi)(penulis *p, tata_penulis *tp, unsigned awal);
    const char *catatan;
    bool pemda; /* only with pemda.csv */
    /* the columns' widths for these offices, from the declared ones
     * (NULL: as declared) */
    void (*lebar)(const penulis *p, double *lebar);
} lembar_daerah;

/* The Pemda's own sheet first: it is what the region reports; the mapping
 * it reads (each indicator's block of rows) comes after the office
 * sheets. */
static const lembar_daerah lembar_buku[] = {
    {&tata_konsolidasi_pemda, "CAPAIAN INDIKATOR KINERJA PEMERINTAH DAERAH",
     isi_pemda,
     "Realisasi dihitung dari indikator perangkat daerah di lembar "
     "Pemetaan: JUMLAH = jumlah yang sudah melapor, RATA = "
     "rata-ratanya, AKHIR = sumber terakhir yang melapor. Yang belum "
     "melapor dilewati, bukan dihitung 0.",
     true, NULL},
    {&tata_konsolidasi_indikator, "CAPAIAN INDIKATOR KINERJA PERANGKAT DAERAH",
     isi_indikator,
     "Realisasi seperti diisi di buku kerja tiap perangkat daerah "
     "(kosong: belum dilaporkan). Kategori capaian: skala BERHASIL "
     "(>= 100 Sangat Berhasil, >= 75 Berhasil, >= 55 Cukup "
     "Berhasil).",
     false, lebar_indikator},
    {&tata_konsolidasi_opd, "KINERJA DAN ANGGARAN PERANGKAT DAERAH", isi_opd,
     NULL, false, NULL},
    {&tata_konsolidasi_grafik,
     "CAPAIAN KINERJA DAN SERAPAN ANGGARAN PER PERANGKAT DAERAH", isi_grafik,
     NULL, false, NULL},
    {&tata_konsolidasi_temuan,
     "TEMUAN PEMERIKSAAN SILANG ANGGARAN PERANGKAT DAERAH", isi_temuan,
     "Temuan: angka yang tidak cocok dengan jumlah rinciannya dan "
     "realisasi yang melebihi pagu, seperti di lembar Pemeriksaan "
     "buku kerja Realisasi Anggaran tiap perangkat daerah.",
     false, lebar_temuan},
    {&tata_konsolidasi_pemetaan,
     "PEMETAAN INDIKATOR PEMDA KE INDIKATOR PERANGKAT DAERAH", isi_pemetaan,
     NULL, true, NULL},
};

/* Sheet l with its title rows (the title, the Pemda, the year) and the
 * add-in note above its header, its body, its note printed with it. */
static lxw_error tulis_satu(penulis *p, const lembar_daerah *l)
{
    tata_penulis tp;
    double lebar[P_JUMLAH];
    bool sendiri = l->lebar && l->t->jumlah_kolom <= P_JUMLAH;
    for (unsigned k = 0; sendiri && k < l->t->jumlah_kolom; k++)
        lebar[k] = l->t->kolom[k].lebar;
    if (sendiri)
        l->lebar(p, lebar);
    tata_buka_lebar(&tp, p->wb, p->g, l->t, p->o, p->k->tahun,
                    sendiri ? lebar : NULL);
    if (!tp.ws)
        return tp.galat;
    kop(&tp, p->k, l->judul);
    tata_pesan(&tp, BARIS_KEPALA - 1, "", p->g->biasa);
    unsigned akhir = l->isi(p, &tp, tata_baris_isi(l->t));
    if (l->catatan)
        tata_judul(&tp, akhir, l->catatan, p->g->biasa);
    if (!tp.ada_cetak) /* a body may print less than the whole sheet */
        tata_cetak_area(&tp, BARIS_KEPALA, akhir);
    return tata_tutup(&tp);
}

static lxw_error tulis_lembar(penulis *p)
{
    if (!hitung(p))
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (p->k->pemda) {
        p->awal_pemda = calloc(p->k->jumlah_pemda, sizeof *p->awal_pemda);
        if (!p->awal_pemda)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        unsigned row = tata_baris_isi(&tata_konsolidasi_pemetaan);
        for (size_t i = 0; i < p->k->jumlah_pemda; i++) {
            p->awal_pemda[i] = row;
            row += (unsigned)p->k->pemda[i].jumlah_sumber;
        }
    }
    lxw_error e = LXW_NO_ERROR;
    for (size_t i = 0; i < sizeof lembar_buku / sizeof *lembar_buku; i++)
        if (p->k->pemda || !lembar_buku[i].pemda)
            CATAT(e, tulis_satu(p, &lembar_buku[i]));
    free(p->awal_pemda);
    return e;
}

generator_hasil konsolidasi_tulis(const konsolidasi *k, const generator_opsi *o,
                                  char **ditulis, galat_rencana *g)
{
    if (ditulis)
        *ditulis = NULL;
    char *folder_baru = NULL;
    if (!keluaran_folder(o->folder, &folder_baru, g))
        return HASIL_GAGAL_TULIS;
    char nama[64];
    konsolidasi_nama_berkas(k->tahun, nama, sizeof nama);
    keluaran kl;
    size_t n = 0;
    generator_hasil hasil = HASIL_OK;
    keluaran_hasil kh = keluaran_siapkan(&kl, o->folder, nama, o->timpa, g);
    if (kh == KELUARAN_OK)
        n = 1;
    else
        hasil = kh == KELUARAN_SUDAH_ADA ? HASIL_SUDAH_ADA : HASIL_GAGAL_TULIS;
    if (hasil == HASIL_OK) {
        char judul[128];
        snprintf(judul, sizeof judul, "Konsolidasi Kinerja %d", k->tahun);
        char *pemda = teks_cetak("Pemerintah %s", k->kabupaten);
        lxw_workbook *wb = generator_buku_baru(&kl, o->folder, judul, pemda, g);
        free(pemda);
        if (!wb) {
            hasil = HASIL_GAGAL_TULIS;
        } else {
            gaya gy;
            penulis p = {.k = k, .o = &o->tulis, .wb = wb, .g = &gy};
            lxw_error e = gaya_buat(&gy, wb) ? LXW_NO_ERROR
                                             : LXW_ERROR_MEMORY_MALLOC_FAILED;
            if (e == LXW_NO_ERROR)
                e = tulis_lembar(&p);
            if (e == LXW_NO_ERROR)
                e = gaya_isian_tandai(&gy);
            gaya_bebas(&gy);
            hitungan_bebas(&p.h, k->jumlah_opd);
            if (!generator_buku_tutup(wb, e, &kl, g))
                hasil = HASIL_GAGAL_TULIS;
        }
    }
    hasil = generator_pasang(&kl, n, hasil, o->timpa, g);
    if (hasil == HASIL_OK && ditulis)
        *ditulis = strdup(kl.akhir);
    generator_selesai(&kl, n, hasil, o->folder, folder_baru);
    return hasil;
}
