/*
 * tulis_ringkasan.c - the Ringkasan workbook: the seed's Ikhtisar
 * Eksekutif, Tabel 3.1, 3.7 and 3.8 in one table (per sasaran strategis:
 * target, realisasi, capaian and its BERHASIL category; pagu, realisasi
 * anggaran, serapan and its TINGKAT category; efficiency and its
 * category), and, when the plan carries the Renstra's years, Tabel 3.2
 * (target, realisasi and capaian per year) and Tabel 3.3 (progress
 * against the Renstra's final target) on a second sheet.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tulis.h"

enum {
    K_NO,
    K_SASARAN,
    K_INDIKATOR,
    K_TARGET,
    K_REALISASI,
    K_CAPAIAN,
    K_KATEGORI,
    K_PAGU,
    K_REAL_ANGGARAN,
    K_SERAPAN,
    K_KATEGORI_ANGGARAN,
    K_EFISIENSI,
    K_KATEGORI_EFISIENSI,
    K_JUMLAH
};

#define BARIS_KEPALA 4 /* two header rows, then the column numbers */

typedef struct penulis {
    TULIS_PENULIS;
    tata_penulis *t; /* the sheet written (errors, heights) */
    /* in one workbook: where realisasi and budgets are typed (NULL: this
     * workbook's own input cells) */
    const peta_pengukuran *ukur;
} penulis;

/* The sasaran and indicator columns Tabel 3.1 and 3.2 open with (after
 * No), `lebar_` wide: the sasaran merged over its indicators' rows. */
#define KOLOM_SASARAN(lebar_)                                                  \
    {                                                                          \
        "sasaran", NULL, NULL, "Kinerja Utama / Sasaran Strategis", (lebar_),  \
            TATA_LABEL, NULL                                                   \
    }
#define KOLOM_INDIKATOR(lebar_)                                                \
    {                                                                          \
        "indikator", NULL, NULL, "Indikator Kinerja", (lebar_), TATA_LABEL,    \
            NULL                                                               \
    }

/* The Ringkasan sheet (Tabel 3.1, 3.7, 3.8): a group row over the
 * kinerja, anggaran and efisiensi columns. */
static const tata_kolom kolom_ringkasan[K_JUMLAH] = {
    [K_NO] = {"no", NULL, NULL, "No", 5, TATA_LABEL, NULL},
    [K_SASARAN] = KOLOM_SASARAN(30),
    [K_INDIKATOR] = KOLOM_INDIKATOR(30),
    [K_TARGET] = {"target", "Kinerja", NULL, "Target", 11, TATA_LABEL, NULL},
    [K_REALISASI] = {"realisasi", "Kinerja", NULL, "Realisasi", 12, TATA_ISIAN,
                     LEMBAR_PETUNJUK_REALISASI},
    [K_CAPAIAN] = {"capaian", "Kinerja", NULL, "% Capaian", 10, TATA_RUMUS,
                   NULL},
    [K_KATEGORI] = {"kategori", "Kinerja", NULL, "Kategori", 15, TATA_RUMUS,
                    NULL},
    [K_PAGU] = {"pagu", "Anggaran", NULL, "Alokasi (Rp)", 17, TATA_LABEL, NULL},
    [K_REAL_ANGGARAN] = {"realisasi_anggaran", "Anggaran", NULL,
                         "Realisasi (Rp)", 17, TATA_ISIAN,
                         "Ketik realisasi anggaran sasaran ini dalam rupiah "
                         "penuh tanpa titik ribuan (contoh 1250000); "
                         "kosongkan bila belum ada."},
    [K_SERAPAN] = {"serapan", "Anggaran", NULL, "% Capaian", 10, TATA_RUMUS,
                   NULL},
    [K_KATEGORI_ANGGARAN] = {"kategori_anggaran", "Anggaran", NULL, "Kategori",
                             14, TATA_RUMUS, NULL},
    [K_EFISIENSI] = {"efisiensi", "Efisiensi", NULL, "Tingkat Efisiensi", 10,
                     TATA_RUMUS, NULL},
    [K_KATEGORI_EFISIENSI] = {"kategori_efisiensi", "Efisiensi", NULL,
                              "Keterangan", 13, TATA_RUMUS, NULL},
};

/* Printed two pages across on A4: a page starts best at the anggaran or
 * the efisiensi, the indicator repeated beside them. */
const tata_lembar tata_ringkasan =
    TATA_LEMBAR("Ringkasan", kolom_ringkasan, BARIS_KEPALA, TATA_RESMI,
                .kunci = "indikator", .awal_halaman = {"pagu", "efisiensi"});

static kinerja_sel angka_sel(const isian_angka *a)
{
    return a->ada ? sel_angka(a->nilai) : sel_kosong();
}

/* The budget cells of a sasaran, merged over its rows r1..r2. */
static kinerja_sel tulis_anggaran(penulis *p, size_t k, unsigned r1,
                                  unsigned r2)
{
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    int64_t pagu, real;
    bool ada;
    rencana_anggaran_sasaran(p->r, k, &pagu, &ada, &real);
    for (unsigned c = K_PAGU; c <= K_KATEGORI_ANGGARAN && r2 > r1; c++)
        CATAT(p->t->galat,
              worksheet_merge_range(ws, r1, (lxw_col_t)c, r2, (lxw_col_t)c, "",
                                    c == K_PAGU ? g->rupiah
                                    : c == K_REAL_ANGGARAN && !p->ukur
                                        ? g->isian_rupiah
                                    : c == K_REAL_ANGGARAN ? g->rupiah
                                    : c == K_SERAPAN       ? g->persen
                                                           : g->kategori));
    size_t np = 0;
    size_t *prog = p->ukur ? rencana_program_sasaran(p->r, k, &np) : NULL;
    if (prog && np > 0) {
        /* one workbook: the sums of the sasaran's programs on the
         * Pengukuran Kinerja sheet, which shows them from the Realisasi
         * Anggaran sheet */
        unsigned b1 = p->ukur->baris_simpul[prog[0]],
                 b2 = p->ukur->baris_simpul[prog[np - 1]];
        int kp = tata_kolom_cari(&tata_pengukuran, "pagu"),
            kr = tata_kolom_cari(&tata_pengukuran, "realisasi_anggaran");
        rumus rm;
        rumus_jumlah_lembar(&rm, tata_pengukuran.nama, b1, b2, (unsigned)kp,
                            false, sel_angka((double)pagu));
        CATAT(p->t->galat, lembar_rumus(ws, r1, K_PAGU, &rm, g->rupiah));
        rumus_jumlah_lembar(&rm, tata_pengukuran.nama, b1, b2, (unsigned)kr,
                            true, ada ? sel_angka((double)real) : sel_kosong());
        CATAT(p->t->galat,
              lembar_rumus(ws, r1, K_REAL_ANGGARAN, &rm, g->rupiah));
    } else {
        CATAT(p->t->galat,
              worksheet_write_number(ws, r1, K_PAGU, (double)pagu, g->rupiah));
        CATAT(p->t->galat,
              lembar_angka(ws, r1, K_REAL_ANGGARAN, ada, (double)real,
                           p->ukur ? g->rupiah : g->isian_rupiah));
        if (!p->ukur)
            tata_validasi(p->t, K_REAL_ANGGARAN, K_REAL_ANGGARAN, r1, r2);
    }
    free(prog);
    return tulis_serapan(p->t, r1, K_PAGU, sel_angka((double)pagu),
                         ada ? sel_angka((double)real) : sel_kosong(), false);
}

static void tulis_indikator(penulis *p, const indikator *d, unsigned row,
                            unsigned baris_anggaran, kinerja_sel serapan)
{
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    CATAT(p->t->galat,
          worksheet_write_string(ws, row, K_INDIKATOR, d->uraian, g->teks));
    lembar_perlu(&p->t->tinggi, row, row, d->uraian,
                 kolom_ringkasan[K_INDIKATOR].lebar);
    lxw_format *ft =
        gaya_angka(g, d->target.desimal, d->satuan, d->predikat, false);
    int des = d->realisasi.ada ? d->realisasi.desimal : d->target.desimal;
    size_t i = (size_t)(d - p->r->indikator);
    unsigned b_ukur = p->ukur ? p->ukur->baris_indikator[i] : 0;
    lxw_format *fr =
        gaya_angka(g, des, d->satuan, d->predikat_realisasi, !b_ukur);
    CATAT(p->t->galat,
          worksheet_write_number(ws, row, K_TARGET, d->target.nilai, ft));
    if (b_ukur) {
        /* one workbook: typed once, on the Pengukuran Kinerja sheet */
        rujukan_sel x = tulis_rujuk(&tata_pengukuran, b_ukur, "realisasi",
                                    angka_sel(&d->realisasi));
        CATAT(p->t->galat, tulis_salinan(ws, row, K_REALISASI, &x, fr));
    } else {
        CATAT(p->t->galat, lembar_angka(ws, row, K_REALISASI, d->realisasi.ada,
                                        d->realisasi.nilai, fr));
        lembar_indikator li = tulis_isian_indikator(d, K_TARGET);
        tata_validasi_indikator(p->t, K_REALISASI, K_REALISASI, row, row, &li);
    }
    rujukan_sel t = sel_di(row, K_TARGET, sel_angka(d->target.nilai));
    rujukan_sel x = sel_di(row, K_REALISASI, angka_sel(&d->realisasi));
    rumus c, k, e, ke;
    rumus_capaian(&c, p->o->rumus, &t, &x, d->arah);
    CATAT(p->t->galat, lembar_rumus(ws, row, K_CAPAIAN, &c, g->persen));
    rujukan_sel sc = sel_di(row, K_CAPAIAN, c.hasil);
    rumus_kategori(&k, p->o->rumus, &sc, "BERHASIL");
    CATAT(p->t->galat, lembar_rumus(ws, row, K_KATEGORI, &k, g->kategori));
    /* every indicator of a sasaran against the sasaran's one budget */
    rujukan_sel sa = sel_di(baris_anggaran, K_SERAPAN, serapan);
    rumus_efisiensi(&e, p->o->rumus, &sc, &sa);
    CATAT(p->t->galat, lembar_rumus(ws, row, K_EFISIENSI, &e, g->persen));
    rujukan_sel se = sel_di(row, K_EFISIENSI, e.hasil);
    rumus_kategori(&ke, p->o->rumus, &se, "EFISIENSI");
    CATAT(p->t->galat,
          lembar_rumus(ws, row, K_KATEGORI_EFISIENSI, &ke, g->kategori));
}

static lxw_error lembar_ringkasan(lxw_workbook *wb, gaya *g, const rencana *r,
                                  const tulis_opsi *o, unsigned *baris_di,
                                  const peta_pengukuran *ukur)
{
    tata_penulis tp;
    lxw_worksheet *ws = tata_buka(&tp, wb, g, &tata_ringkasan, o, r->id.tahun);
    if (!ws)
        return tp.galat;
    penulis p = {ws, g, r, o, &tp, ukur};
    tulis_kop(&tp, r, "PENCAPAIAN KINERJA DAN ANGGARAN", "TAHUN");
    tata_pesan(&tp, BARIS_KEPALA - 1, "", g->biasa);

    unsigned row = tata_baris_isi(&tata_ringkasan), awal = row;
    size_t nk = 0;
    size_t *kel = rencana_kelompok_jenis(r, KELOMPOK_SASARAN, &nk);
    if (!kel)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    for (size_t i = 0; i < nk; i++) {
        size_t ni = 0;
        const size_t *ind =
            rencana_indikator_dari(r, INDUK_KELOMPOK, kel[i], &ni);
        unsigned h = ni ? (unsigned)ni : 1, r2 = row + h - 1;
        CATAT(tp.galat, lembar_gabung_angka(ws, row, K_NO, r2, K_NO,
                                            (double)(i + 1), g->teks_tengah));
        CATAT(tp.galat, lembar_gabung(ws, row, K_SASARAN, r2, K_SASARAN,
                                      r->kelompok[kel[i]].uraian, g->teks));
        lembar_perlu(&tp.tinggi, row, r2, r->kelompok[kel[i]].uraian,
                     kolom_ringkasan[K_SASARAN].lebar);
        kinerja_sel serapan = tulis_anggaran(&p, kel[i], row, r2);
        for (size_t j = 0; j < ni; j++) {
            tulis_indikator(&p, &r->indikator[ind[j]], row + (unsigned)j, row,
                            serapan);
            baris_di[ind[j]] = row + (unsigned)j;
        }
        if (ni == 0)
            for (unsigned k = K_INDIKATOR; k <= K_KATEGORI_EFISIENSI; k++)
                if (k < K_PAGU || k > K_KATEGORI_ANGGARAN)
                    CATAT(tp.galat, worksheet_write_blank(ws, row, (lxw_col_t)k,
                                                          g->teks));
        row += h;
    }
    free(kel);

    /* Jumlah (Tabel 3.7's last row) */
    int64_t total_pagu, total_real;
    bool total_ada;
    rencana_anggaran_jenis(r, KELOMPOK_SASARAN, &total_pagu, &total_ada,
                           &total_real);
    unsigned akhir = row - 1;
    CATAT(tp.galat, lembar_gabung(ws, row, K_NO, row, K_KATEGORI, "Jumlah",
                                  g->jumlah_teks));
    tulis_jumlah_anggaran(&tp, row, awal, akhir, K_PAGU, total_pagu, total_ada,
                          total_real);
    CATAT(tp.galat, lembar_gabung(ws, row, K_EFISIENSI, row,
                                  K_KATEGORI_EFISIENSI, "", g->jumlah_teks));

    /* the legend under the columns it explains, one piece per page
     * across (kinerja; anggaran and efisiensi): one merge over the whole
     * row ran over the page edge, and its slice under the indicator
     * column (repeated on the next page) printed there too */
    static const struct {
        unsigned k1, k2;
        const char *teks;
    } catatan[] = {
        {K_TARGET, K_KATEGORI,
         "Kategori capaian kinerja: skala BERHASIL (>= 100 Sangat Berhasil, "
         ">= 75 Berhasil, >= 55 Cukup Berhasil)."},
        {K_PAGU, K_KATEGORI_EFISIENSI,
         "Kategori anggaran: skala TINGKAT (> 90 Sangat Tinggi, > 75 Tinggi, "
         "> 65 Sedang, > 50 Rendah). Efisiensi = % capaian kinerja / % "
         "capaian anggaran (>= 1 Efisien)."},
    };
    for (size_t i = 0; i < sizeof catatan / sizeof catatan[0]; i++)
        tata_teks(&tp, row + 2, catatan[i].k1, catatan[i].k2, catatan[i].teks,
                  g->biasa);
    /* printed: the table and its notes, not the instruction row (the
     * title in the page header) */
    tata_cetak_area(&tp, BARIS_KEPALA, row + 2);
    return tata_tutup(&tp);
}

/* ---- Tabel 3.2 and 3.3: the Renstra's years ----------------------------- */

enum {
    B_NO,
    B_SASARAN,
    B_INDIKATOR,
    B_TARGET,
    B_REALISASI,
    B_CAPAIAN,
    B_TARGET_AKHIR,
    B_REALISASI_AKHIR,
    B_KEMAJUAN,
    B_JUMLAH
};

#define JUDUL_PERBANDINGAN                                                     \
    "PERBANDINGAN REALISASI KINERJA DENGAN TAHUN SEBELUMNYA DAN TARGET "       \
    "AKHIR RENSTRA"

/* The Perbandingan sheet (Tabel 3.2 and 3.3): per Renstra year up to the
 * plan's, the target, realisasi and capaian under the year (declared once,
 * repeated per year: tata_ulang), then the plan's year's realisasi against
 * the Renstra's final target.  Two header rows, no numbering row, as the
 * report's tables. */
static const tata_kolom kolom_perbandingan[B_JUMLAH] = {
    [B_NO] = {"no", NULL, NULL, "No", 5, TATA_LABEL, NULL},
    [B_SASARAN] = KOLOM_SASARAN(28),
    [B_INDIKATOR] = KOLOM_INDIKATOR(28),
    [B_TARGET] = {"target", "%s", NULL, "Target", 10, TATA_LABEL, NULL},
    /* typed only in the plan's year, for an indicator whose realisasi has
     * no cell elsewhere (the kinerja lainnya) */
    [B_REALISASI] = {"realisasi", "%s", NULL, "Realisasi", 10, TATA_ISIAN,
                     LEMBAR_PETUNJUK_REALISASI},
    [B_CAPAIAN] = {"capaian", "%s", NULL, "Tingkat Capaian (%)", 10, TATA_RUMUS,
                   NULL},
    [B_TARGET_AKHIR] = {"target_akhir", "Terhadap Target Akhir Renstra", NULL,
                        "Target Akhir Renstra", 10, TATA_LABEL, NULL},
    [B_REALISASI_AKHIR] = {"realisasi_akhir", "Terhadap Target Akhir Renstra",
                           NULL, "Realisasi %d", 10, TATA_RUMUS, NULL},
    [B_KEMAJUAN] = {"kemajuan", "Terhadap Target Akhir Renstra", NULL,
                    "Tingkat Kemajuan (%)", 10, TATA_RUMUS, NULL},
};

/* Printed with the indicator repeated on every page across, a page
 * starting best at a year or at Tabel 3.3. */
const tata_lembar tata_perbandingan = TATA_LEMBAR_KEPALA(
    "Perbandingan", kolom_perbandingan, 3, false, 30, TATA_RESMI,
    .cetak = {.kunci = "indikator", .awal_halaman = {"target", "target_akhir"}},
    .ulang_awal = B_TARGET, .ulang_jumlah = B_TARGET_AKHIR - B_TARGET);

/* The columns of year t on the sheet (the run's repeat t). */
typedef struct kolom_tahun {
    unsigned target, realisasi, capaian;
} kolom_tahun;

static kolom_tahun kolom_tahun_ke(const tata_lembar *t, size_t i)
{
    kolom_tahun k = {
        (unsigned)tata_ulang_kolom(t, (unsigned)i, "target"),
        (unsigned)tata_ulang_kolom(t, (unsigned)i, "realisasi"),
        (unsigned)tata_ulang_kolom(t, (unsigned)i, "capaian"),
    };
    return k;
}

/* Tabel 3.3's columns on the sheet (after the years). */
static kolom_tahun kolom_akhir(const tata_lembar *t)
{
    kolom_tahun k = {
        (unsigned)tata_kolom_cari(t, "target_akhir"),
        (unsigned)tata_kolom_cari(t, "realisasi_akhir"),
        (unsigned)tata_kolom_cari(t, "kemajuan"),
    };
    return k;
}

/* "-" in a year's (or Tabel 3.3's) three cells of a row: no figures. */
static void tanpa_angka(penulis *p, unsigned row, kolom_tahun k)
{
    const unsigned kolom[] = {k.target, k.realisasi, k.capaian};
    for (size_t q = 0; q < sizeof kolom / sizeof kolom[0]; q++)
        CATAT(p->t->galat,
              worksheet_write_string(p->ws, row, (lxw_col_t)kolom[q], "-",
                                     p->g->teks_tengah));
}

static int banding_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Tabel 3.2's rows of indicators the Renstra used in earlier years only
 * (renstra.csv names them): above the plan's own indicators, as the seed
 * lists IKM 2021 first, a merged No and sasaran per run of one sasaran,
 * "-" in the years without a row and under the final target (no
 * realisasi of the plan's year to measure).  Returns the next row. */
static unsigned baris_lama(penulis *p, unsigned row, size_t *nomor,
                           const int *tahun, size_t nt)
{
    const rencana *r = p->r;
    gaya *g = p->g;
    const tata_lembar *tl = p->t->t;
    double lebar_sasaran = tata_lebar(p->t, B_SASARAN),
           lebar_indikator = tata_lebar(p->t, B_INDIKATOR);
    for (size_t j = 0; j < r->jumlah_indikator_lama; j++, row++) {
        const renstra_isian *a = &r->renstra[r->indikator_lama[j].renstra];
        const char *sasaran = a->sasaran ? a->sasaran : "";
        /* the run of this sasaran starts here */
        if (j == 0 ||
            strcmp(sasaran,
                   r->renstra[r->indikator_lama[j - 1].renstra].sasaran
                       ? r->renstra[r->indikator_lama[j - 1].renstra].sasaran
                       : "")) {
            size_t n = 1;
            while (j + n < r->jumlah_indikator_lama) {
                const char *b =
                    r->renstra[r->indikator_lama[j + n].renstra].sasaran;
                if (strcmp(sasaran, b ? b : ""))
                    break;
                n++;
            }
            unsigned akhir = row + (unsigned)n - 1;
            CATAT(p->t->galat,
                  lembar_gabung_angka(p->ws, row, B_NO, akhir, B_NO,
                                      (double)++*nomor, g->teks_tengah));
            CATAT(p->t->galat, lembar_gabung(p->ws, row, B_SASARAN, akhir,
                                             B_SASARAN, sasaran, g->teks));
            lembar_perlu(&p->t->tinggi, row, akhir, sasaran, lebar_sasaran);
        }
        CATAT(p->t->galat, worksheet_write_string(p->ws, row, B_INDIKATOR,
                                                  a->uraian, g->teks));
        lembar_perlu(&p->t->tinggi, row, row, a->uraian, lebar_indikator);
        size_t nr = 0;
        size_t *rs = rencana_renstra_indikator(r, r->jumlah_indikator + j, &nr);
        for (size_t t = 0; t <= nt; t++) {
            kolom_tahun c = t < nt ? kolom_tahun_ke(tl, t) : kolom_akhir(tl);
            const renstra_isian *e = NULL;
            for (size_t q = 0; t < nt && q < nr; q++)
                if (r->renstra[rs[q]].tahun == tahun[t])
                    e = &r->renstra[rs[q]];
            if (!e || !e->target.ada) {
                tanpa_angka(p, row, c);
                continue;
            }
            const char *satuan = a->satuan ? a->satuan : "";
            isian_angka tg = e->target, rl = e->realisasi;
            CATAT(p->t->galat,
                  lembar_angka(p->ws, row, c.target, true, tg.nilai,
                               gaya_angka(g, tg.desimal, satuan,
                                          e->predikat ? e->predikat : "",
                                          false)));
            CATAT(p->t->galat,
                  lembar_angka(
                      p->ws, row, c.realisasi, rl.ada, rl.nilai,
                      gaya_angka(g, rl.ada ? rl.desimal : tg.desimal, satuan,
                                 e->predikat_realisasi ? e->predikat_realisasi
                                                       : "",
                                 false)));
            rujukan_sel st = sel_di(row, c.target, sel_angka(tg.nilai));
            rujukan_sel sx = sel_di(
                row, c.realisasi, rl.ada ? sel_angka(rl.nilai) : sel_kosong());
            rumus rm;
            rumus_capaian(&rm, p->o->rumus, &st, &sx, CAPAIAN_RUMUS_NAIK);
            CATAT(p->t->galat,
                  lembar_rumus(p->ws, row, c.capaian, &rm, g->persen));
        }
        free(rs);
    }
    return row;
}
#define CATATAN_PERBANDINGAN                                                   \
    "Tingkat capaian = realisasi / target x 100 (rumus 2 untuk indikator "     \
    "yang makin rendah makin baik). Tingkat kemajuan = realisasi tahun ini "   \
    "terhadap target tahun terakhir Renstra. "

/* Year t's cells of indicator d (its Renstra rows rs[0..nr-1]) on row
 * `row`: the target, the realisasi (this year's typed once: on the
 * Pengukuran Kinerja sheet in one workbook, else on Ringkasan for a
 * sasaran strategis, else here) and the capaian; noted in sp for the
 * sheets that show them. */
static void tulis_tahun(penulis *p, const indikator *d, size_t i, unsigned row,
                        int tahun, kolom_tahun c, const size_t *rs, size_t nr,
                        unsigned baris_ringkasan, sel_perbandingan *sp)
{
    const rencana *r = p->r;
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    const renstra_isian *e = NULL;
    for (size_t q = 0; q < nr; q++)
        if (r->renstra[rs[q]].tahun == tahun)
            e = &r->renstra[rs[q]];
    bool kini = tahun == r->id.tahun;
    if (!e && !kini) {
        tanpa_angka(p, row, c);
        return;
    }
    isian_angka tg = e ? e->target : d->target;
    if (kini && !e)
        tg = d->target;
    /* this year's realisasi is the plan's (filled in) */
    isian_angka rl =
        kini ? d->realisasi : (e ? e->realisasi : (isian_angka){0});
    const char *pt = e ? e->predikat : d->predikat;
    /* this year's: the plan's own predikat, else the one the Renstra row
     * gives, as the other years (the seed's Tabel 3.2 prints SAKIP 2024
     * as 85,20 (A)) */
    const char *pr = d->predikat_realisasi;
    if (e && (!kini || !*pr))
        pr = e->predikat_realisasi;
    CATAT(p->t->galat,
          lembar_angka(ws, row, c.target, tg.ada, tg.nilai,
                       gaya_angka(g, tg.desimal, d->satuan, pt, false)));
    unsigned b_ukur = kini && p->ukur ? p->ukur->baris_indikator[i] : 0;
    bool di_ringkasan = kini && (b_ukur || baris_ringkasan);
    lxw_format *fr = gaya_angka(g, rl.ada ? rl.desimal : tg.desimal, d->satuan,
                                pr, kini && !di_ringkasan);
    if (di_ringkasan) {
        kinerja_sel v = rl.ada ? sel_angka(rl.nilai) : sel_kosong();
        rujukan_sel x =
            b_ukur
                ? tulis_rujuk(&tata_pengukuran, b_ukur, "realisasi", v)
                : tulis_rujuk(&tata_ringkasan, baris_ringkasan, "realisasi", v);
        CATAT(p->t->galat, tulis_salinan(ws, row, c.realisasi, &x, fr));
    } else {
        CATAT(p->t->galat,
              lembar_angka(ws, row, c.realisasi, rl.ada, rl.nilai, fr));
    }
    if (kini && !di_ringkasan) {
        /* against this year's target in the column beside */
        lembar_indikator li = {d->satuan, tg.nilai, tg.desimal, (int)c.target};
        char jr[32];
        snprintf(jr, sizeof jr, "Realisasi %d", tahun);
        CATAT(p->t->galat, lembar_validasi_indikator(
                               ws, row, c.realisasi, row, c.realisasi, &li, jr,
                               p->t->t->kolom[c.realisasi].petunjuk));
    }
    rujukan_sel st =
        sel_di(row, c.target, tg.ada ? sel_angka(tg.nilai) : sel_kosong());
    rujukan_sel sx =
        sel_di(row, c.realisasi, rl.ada ? sel_angka(rl.nilai) : sel_kosong());
    rumus rm;
    rumus_capaian(&rm, p->o->rumus, &st, &sx, d->arah);
    if (!tg.ada)
        CATAT(p->t->galat, worksheet_write_string(ws, row, (lxw_col_t)c.capaian,
                                                  "-", g->teks_tengah));
    else
        CATAT(p->t->galat, lembar_rumus(ws, row, c.capaian, &rm, g->persen));
    sp->ada = true;
    sp->target = st.nilai;
    sp->realisasi = sx.nilai;
    sp->capaian = tg.ada ? rm.hasil : sel_teks("-");
    sp->desimal_target = tg.desimal;
    sp->desimal_realisasi = rl.ada ? rl.desimal : tg.desimal;
}

/* Tabel 3.3 of indicator d (its Renstra rows rs[0..nr-1]) on row `row`:
 * the latest year's target is the final one, against this year's
 * realisasi (the cell filled in under the plan's year, if that year has
 * a column: ada_kini, year column kini). */
static void tulis_akhir(penulis *p, const indikator *d, unsigned row,
                        const size_t *rs, size_t nr, bool ada_kini,
                        kolom_tahun kini)
{
    const rencana *r = p->r;
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    kolom_tahun c = kolom_akhir(p->t->t);
    const renstra_isian *akhir = NULL;
    for (size_t q = 0; q < nr; q++)
        if (r->renstra[rs[q]].target.ada)
            akhir = &r->renstra[rs[q]];
    if (!akhir) {
        tanpa_angka(p, row, c);
        return;
    }
    CATAT(p->t->galat, worksheet_write_number(
                           ws, row, (lxw_col_t)c.target, akhir->target.nilai,
                           gaya_angka(g, akhir->target.desimal, d->satuan,
                                      akhir->predikat, false)));
    kinerja_sel v_kini =
        d->realisasi.ada ? sel_angka(d->realisasi.nilai) : sel_kosong();
    lxw_format *f_kini = gaya_angka(
        g, d->realisasi.ada ? d->realisasi.desimal : d->target.desimal,
        d->satuan, "", false);
    if (ada_kini) {
        rujukan_sel x = sel_di(row, kini.realisasi, v_kini);
        rumus rm;
        rumus_rujuk(&rm, x.ref, v_kini);
        CATAT(p->t->galat, lembar_rumus(ws, row, c.realisasi, &rm, f_kini));
    } else {
        CATAT(p->t->galat, lembar_angka(ws, row, c.realisasi, d->realisasi.ada,
                                        d->realisasi.nilai, f_kini));
    }
    rujukan_sel ta = sel_di(row, c.target, sel_angka(akhir->target.nilai));
    rujukan_sel rk = sel_di(row, c.realisasi, v_kini);
    rumus rm;
    rumus_capaian(&rm, p->o->rumus, &ta, &rk, d->arah);
    CATAT(p->t->galat, lembar_rumus(ws, row, c.capaian, &rm, g->persen));
}

/* The years of the Perbandingan sheet: the Renstra's up to the plan's,
 * ascending, into peta->tahun. */
static void tahun_perbandingan(const rencana *r, peta_perbandingan *peta)
{
    int *tahun = peta->tahun;
    size_t nt = 0;
    /* the reader refuses more than PERBANDINGAN_TAHUN_MAKS of them */
    for (size_t i = 0; i < r->jumlah_renstra && nt < PERBANDINGAN_TAHUN_MAKS;
         i++) {
        int y = r->renstra[i].tahun;
        if (y > r->id.tahun)
            continue;
        bool ada = false;
        for (size_t k = 0; k < nt; k++)
            ada |= tahun[k] == y;
        if (!ada)
            tahun[nt++] = y;
    }
    qsort(tahun, nt, sizeof tahun[0], banding_int);
    peta->jumlah_tahun = nt;
}

tulis_renstra *tulis_renstra_urut(const rencana *r, size_t *n)
{
    *n = 0;
    size_t nk = 0;
    size_t *kel = tulis_kelompok_urut(r, &nk);
    tulis_renstra *hasil =
        malloc((r->jumlah_indikator ? r->jumlah_indikator : 1) * sizeof *hasil);
    for (size_t a = 0; kel && hasil && a < nk; a++) {
        size_t ni = 0;
        const size_t *ind =
            rencana_indikator_dari(r, INDUK_KELOMPOK, kel[a], &ni);
        for (size_t j = 0; ind && j < ni; j++) {
            size_t nr = 0;
            free(rencana_renstra_indikator(r, ind[j], &nr));
            if (nr)
                hasil[(*n)++] = (tulis_renstra){kel[a], ind[j]};
        }
    }
    if (!kel) {
        free(hasil);
        hasil = NULL;
    }
    free(kel);
    return hasil;
}

/* The sheet's rows from `row`: per group (in the report's order) its
 * indicators with Renstra rows, a merged No and sasaran over them.
 * Returns the next row. */
static unsigned baris_indikator(penulis *p, unsigned row, size_t *nomor,
                                const unsigned *baris_di,
                                peta_perbandingan *peta)
{
    const rencana *r = p->r;
    gaya *g = p->g;
    const int *tahun = peta->tahun;
    size_t nt = peta->jumlah_tahun, n = 0;
    double lebar_sasaran = tata_lebar(p->t, B_SASARAN),
           lebar_indikator = tata_lebar(p->t, B_INDIKATOR);
    tulis_renstra *urut = tulis_renstra_urut(r, &n);
    if (!urut)
        CATAT(p->t->galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
    for (size_t a = 0, m; urut && a < n; a += m) {
        /* the run of one group */
        const char *sasaran = r->kelompok[urut[a].kelompok].uraian;
        for (m = 1; a + m < n && urut[a + m].kelompok == urut[a].kelompok;)
            m++;
        unsigned akhir = row + (unsigned)m - 1;
        CATAT(p->t->galat,
              lembar_gabung_angka(p->ws, row, B_NO, akhir, B_NO,
                                  (double)++*nomor, g->teks_tengah));
        CATAT(p->t->galat, lembar_gabung(p->ws, row, B_SASARAN, akhir,
                                         B_SASARAN, sasaran, g->teks));
        lembar_perlu(&p->t->tinggi, row, akhir, sasaran, lebar_sasaran);
        for (size_t j = a; j < a + m; j++, row++) {
            size_t i = urut[j].indikator;
            const indikator *d = &r->indikator[i];
            peta->baris[i] = row;
            CATAT(p->t->galat, worksheet_write_string(p->ws, row, B_INDIKATOR,
                                                      d->uraian, g->teks));
            lembar_perlu(&p->t->tinggi, row, row, d->uraian, lebar_indikator);
            size_t nr = 0;
            size_t *rs = rencana_renstra_indikator(r, i, &nr);
            for (size_t t = 0; t < nt; t++)
                tulis_tahun(p, d, i, row, tahun[t], kolom_tahun_ke(p->t->t, t),
                            rs, nr, baris_di[i], &peta->sel[i * nt + t]);
            bool ada_kini = nt && tahun[nt - 1] == r->id.tahun;
            tulis_akhir(p, d, row, rs, nr, ada_kini,
                        kolom_tahun_ke(p->t->t, nt ? nt - 1 : 0));
            free(rs);
        }
    }
    free(urut);
    return row;
}

/* baris_di[i]: the Ringkasan row of indicator i (0 if not there), whose
 * realisasi cell is then the one place this year's figure is typed. */
static lxw_error lembar_perbandingan(lxw_workbook *wb, gaya *g,
                                     const rencana *r, const tulis_opsi *o,
                                     const unsigned *baris_di,
                                     const peta_pengukuran *ukur,
                                     peta_perbandingan *peta)
{
    /* the years up to the plan's, and the indicators with Renstra rows */
    tahun_perbandingan(r, peta);
    size_t nt = peta->jumlah_tahun;
    if (nt == 0 && r->jumlah_renstra == 0)
        return LXW_NO_ERROR;
    size_t n_ind = r->jumlah_indikator ? r->jumlah_indikator : 1;
    peta->baris = calloc(n_ind, sizeof *peta->baris);
    peta->sel = calloc(n_ind * (nt ? nt : 1), sizeof *peta->sel);
    if (!peta->baris || !peta->sel)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;

    /* a column group per year, its number over it */
    char label[PERBANDINGAN_TAHUN_MAKS][16];
    const char *label_p[PERBANDINGAN_TAHUN_MAKS];
    for (size_t t = 0; t < nt; t++) {
        snprintf(label[t], sizeof label[t], "%d", peta->tahun[t]);
        label_p[t] = label[t];
    }
    tata_ulangan u;
    if (!tata_ulang(&u, &tata_perbandingan, (unsigned)nt, label_p))
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    tata_penulis tp;
    lxw_worksheet *ws = tata_buka(&tp, wb, g, &u.t, o, r->id.tahun);
    if (!ws) {
        tata_ulang_bebas(&u);
        return tp.galat;
    }
    penulis p = {ws, g, r, o, &tp, ukur};
    tata_judul(&tp, 0, JUDUL_PERBANDINGAN, g->judul);
    char *nama_instansi = tulis_nama_instansi(r, true);
    tata_judul(&tp, 1, nama_instansi, g->subjudul);
    free(nama_instansi);
    /* above the header: empty, or why the capaian cells show #NAME? */
    tata_pesan(&tp, 2, "", g->biasa);

    size_t nomor = 0;
    unsigned awal = tata_baris_isi(&u.t);
    unsigned row = baris_lama(&p, awal, &nomor, peta->tahun, nt);
    row = baris_indikator(&p, row, &nomor, baris_di, peta);
    tata_teks(&tp, row + 1, 0, u.t.jumlah_kolom - 1,
              ukur ? CATATAN_PERBANDINGAN
                  "Realisasi tahun ini diisi di lembar Pengukuran "
                  "Kinerja."
                   : CATATAN_PERBANDINGAN
                  "Realisasi tahun ini diisi di lembar Ringkasan "
                  "(sasaran strategis) atau di sel berwarna di sini "
                  "(kinerja lainnya).",
              g->biasa);
    lembar_perlu_baris(&tp.tinggi, row + 1, 28);
    /* printed: the table without the note below it (it tells where to
     * type), the title in the page header */
    tata_cetak_area(&tp, u.t.baris_kepala, row > awal ? row - 1 : awal - 1);
    lxw_error e = tata_tutup(&tp);
    tata_ulang_bebas(&u);
    return e;
}

lxw_error tulis_ringkasan(lxw_workbook *wb, gaya *g, const rencana *r,
                          const tulis_opsi *o)
{
    unsigned *baris_di =
        calloc(r->jumlah_indikator ? r->jumlah_indikator : 1, sizeof(unsigned));
    if (!baris_di)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    peta_perbandingan peta;
    memset(&peta, 0, sizeof peta);
    peta_pengukuran ukur;
    bool ada_ukur = o->satu_buku;
    if (ada_ukur && !peta_pengukuran_susun(r, &ukur)) {
        free(baris_di);
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    const peta_pengukuran *pu = ada_ukur ? &ukur : NULL;
    lxw_error e = lembar_ringkasan(wb, g, r, o, baris_di, pu);
    if (e == LXW_NO_ERROR && r->jumlah_renstra > 0)
        e = lembar_perbandingan(wb, g, r, o, baris_di, pu, &peta);
    if (e == LXW_NO_ERROR && peta.baris)
        e = tulis_grafik_kinerja(wb, g, r, o, &peta);
    if (e == LXW_NO_ERROR && r->jumlah_pembanding > 0)
        e = tulis_perbandingan_daerah(wb, g, r, o, &peta, baris_di);
    free(peta.baris);
    free(peta.sel);
    free(baris_di);
    if (ada_ukur)
        peta_pengukuran_bebas(&ukur);
    return e;
}
