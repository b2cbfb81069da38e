/*
 * tulis_pengukuran.c - the Pengukuran Kinerja workbook (Lampiran 4 of the
 * seed): each sasaran strategis and each "kinerja lainnya" with its
 * indicators, target, realisasi (filled in), capaian and category, beside
 * the programs that serve it with pagu, realisasi (filled in), serapan
 * and category.
 *
 * A group takes as many rows as the longer of its two lists; a group's
 * number and name are merged down its rows, and so is its last indicator,
 * as the seed lays out its one indicator beside five programs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tata.h"
#include "tulis.h"

enum {
    K_NO,
    K_SASARAN,
    K_INDIKATOR,
    K_FORMULASI,
    K_TARGET,
    K_REALISASI,
    K_CAPAIAN,
    K_KATEGORI,
    K_PREDIKAT,
    K_PROGRAM,
    K_PAGU,
    K_REAL_ANGGARAN,
    K_SERAPAN,
    K_KATEGORI_ANGGARAN,
    K_JUMLAH
};

#define BARIS_KEPALA 4

/* The Triwulan sheet's columns. */
enum {
    TW_NO,
    TW_KELOMPOK,
    TW_INDIKATOR,
    TW_TARGET,
    TW_REKAP,
    TW_I,
    TW_II,
    TW_III,
    TW_IV,
    TW_TAHUNAN,
    /* to the right of the first layout: the quarterly targets, their
     * roll-up (against the year's target), capaian per quarter and for the
     * year */
    TW_TARGET_I,
    TW_TARGET_IV = TW_TARGET_I + 3,
    TW_TARGET_TAHUNAN,
    TW_CAPAIAN_I,
    TW_CAPAIAN_IV = TW_CAPAIAN_I + 3,
    TW_CAPAIAN_TAHUNAN,
    TW_JUMLAH
};
#define TW_KEPALA 3

typedef struct penulis {
    TULIS_PENULIS;
    tata_penulis *t; /* the sheet: its errors and row heights */
    /* row on the Triwulan sheet of each quarterly indicator (0: none) */
    const unsigned *baris_triwulan;
    /* in one workbook: where the programs' amounts are typed */
    const peta_anggaran *anggaran;
} penulis;

/* the prompt every sheet gives the year's realisasi */
#define PETUNJUK_REALISASI LEMBAR_PETUNJUK_REALISASI
#define PETUNJUK_RUPIAH                                                        \
    "Ketik realisasi anggaran dalam rupiah penuh tanpa titik ribuan "          \
    "(contoh 1250000); kosongkan bila belum ada."

/* How staff add a row (tata_jaga). */
#define BARIS_BARU_PENGUKURAN                                                  \
    "Indikator baru: pilih baris di bawah sebuah indikator (baris baru "       \
    "meniru baris di atasnya), Sisipkan Baris, ketik indikator, formulasi, "   \
    "target dan realisasi, lalu isi ke "                                       \
    "bawah sel % dan Kategori dari baris di atasnya (pilih sel itu dan sel "   \
    "di atasnya, Ctrl+D). Indikator baru masuk ke rencana saat buku kerja "    \
    "dibaca kembali (--baca-buku). Sel merah: baris berisi tanpa rumus."

/* The Pengukuran Kinerja sheet (Lampiran 4). */
static const tata_kolom kolom_pengukuran[K_JUMLAH] = {
    [K_NO] = {"no", NULL, NULL, "NO", 5, TATA_LABEL, NULL},
    [K_SASARAN] = {"sasaran", NULL, NULL, "SASARAN STRATEGIS", 28, TATA_LABEL,
                   NULL},
    [K_INDIKATOR] = {"indikator", NULL, NULL, "INDIKATOR KINERJA", 28,
                     TATA_LABEL, NULL},
    [K_FORMULASI] = {"formulasi", NULL, NULL, "FORMULASI PERHITUNGAN", 36,
                     TATA_LABEL, NULL},
    [K_TARGET] = {"target", NULL, NULL, "TARGET", 11, TATA_LABEL, NULL},
    [K_REALISASI] = {"realisasi", NULL, NULL, "REALISASI", 12, TATA_ISIAN,
                     PETUNJUK_REALISASI},
    [K_CAPAIAN] = {"capaian", NULL, NULL, "%", 9, TATA_RUMUS, NULL},
    [K_KATEGORI] = {"kategori", NULL, NULL, "KATEGORI", 14, TATA_RUMUS, NULL},
    [K_PREDIKAT] = {"predikat", NULL, NULL, "PREDIKAT", 13, TATA_RUMUS, NULL},
    [K_PROGRAM] = {"program", NULL, NULL, "PROGRAM", 32, TATA_LABEL, NULL},
    [K_PAGU] = {"pagu", NULL, NULL, "PAGU (Rp.)", 17, TATA_LABEL, NULL},
    [K_REAL_ANGGARAN] = {"realisasi_anggaran", NULL, NULL, "REALISASI (Rp.)",
                         17, TATA_ISIAN, PETUNJUK_RUPIAH},
    [K_SERAPAN] = {"serapan", NULL, NULL, "%", 9, TATA_RUMUS, NULL},
    [K_KATEGORI_ANGGARAN] = {"kategori_anggaran", NULL, NULL, "KATEGORI", 13,
                             TATA_RUMUS, NULL},
};

/* An indicator inserted on the protected sheet types its name, formulasi
 * and target (refused on the plan's rows, whose capaian holds its
 * formula) and fills its % and Kategori down; a program's serapan follows
 * its realisasi anggaran the same way (tata_jaga). */
static const tata_jaga_kolom jaga_pengukuran[] = {
    {.kolom = "indikator", .tutup = "capaian"},
    {.kolom = "formulasi", .tutup = "capaian"},
    {.kolom = "target", .tutup = "capaian", .persen = "indikator"},
    {.kolom = "capaian", .ikut = "realisasi"},
    {.kolom = "kategori", .ikut = "realisasi"},
    {.kolom = "serapan", .ikut = "realisasi_anggaran"},
    {.kolom = "kategori_anggaran", .ikut = "realisasi_anggaran"},
};

/* Printed two pages across on A4, the program table starting the
 * second. */
const tata_lembar tata_pengukuran = TATA_LEMBAR_JAGA(
    "Pengukuran Kinerja", kolom_pengukuran, BARIS_KEPALA, TATA_RESMI,
    jaga_pengukuran, sizeof jaga_pengukuran / sizeof jaga_pengukuran[0],
    .awal_halaman = {"program"});

static double lebar(unsigned k)
{
    return kolom_pengukuran[k].lebar;
}

static kinerja_sel angka_sel(const isian_angka *a)
{
    return a->ada ? sel_angka(a->nilai) : sel_kosong();
}

/* One indicator's cells over rows r1..r2 (merged when r2 > r1). */
static void tulis_indikator(penulis *p, const indikator *d, unsigned r1,
                            unsigned r2)
{
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    /* the indicator and its formulation on every printed page its rows
     * span (beside several programs they run down several rows) */
    tata_label(p->t, r1, r2, K_INDIKATOR, d->uraian,
               tata_format(p->t, K_INDIKATOR, g->teks));
    tata_label(p->t, r1, r2, K_FORMULASI, d->formulasi,
               tata_format(p->t, K_FORMULASI, g->teks));

    /* unlocked, as the indicator's name: a row inserted for a new
     * indicator types its target (tata_jaga keeps the plan's) */
    lxw_format *f_target =
        gaya_angka_terbuka(g, d->target.desimal, d->satuan, d->predikat);
    int des = d->realisasi.ada ? d->realisasi.desimal : d->target.desimal;
    lxw_format *f_real =
        gaya_angka(g, des, d->satuan, d->predikat_realisasi, true);
    size_t i_ind = (size_t)(d - p->r->indikator);
    unsigned baris_tw = p->baris_triwulan[i_ind];
    if (baris_tw) /* a formula from the Triwulan sheet: not an input */
        f_real = gaya_angka(g, des, d->satuan, d->predikat_realisasi, false);
    /* merge first (with the cell's format), then write the value into the
     * first cell: libxlsxwriter's way for a merged number or formula.  Each
     * block is merged once: a second merge over the same cells is a file
     * Excel repairs and Gnumeric refuses. */
    for (unsigned k = K_TARGET; k <= K_PREDIKAT && r2 > r1; k++) {
        lxw_format *f = k == K_TARGET      ? f_target
                        : k == K_REALISASI ? f_real
                        : k == K_CAPAIAN   ? tata_format(p->t, k, g->persen)
                                           : tata_format(p->t, k, g->kategori);
        CATAT(p->t->galat, worksheet_merge_range(ws, r1, (lxw_col_t)k, r2,
                                                 (lxw_col_t)k, "", f));
    }
    CATAT(p->t->galat,
          worksheet_write_number(ws, r1, K_TARGET, d->target.nilai, f_target));
    if (baris_tw) {
        /* a quarterly indicator: the year's figure comes from the
         * Triwulan sheet, where the quarters are typed */
        rujukan_sel tw =
            tulis_rujuk(&tata_triwulan, baris_tw, "realisasi_tahunan",
                        angka_sel(&d->realisasi));
        CATAT(p->t->galat, tulis_salinan(ws, r1, K_REALISASI, &tw, f_real));
    } else {
        CATAT(p->t->galat, lembar_angka(ws, r1, K_REALISASI, d->realisasi.ada,
                                        d->realisasi.nilai, f_real));
    }

    rujukan_sel t = sel_di(r1, K_TARGET, sel_angka(d->target.nilai));
    rujukan_sel x = sel_di(r1, K_REALISASI, angka_sel(&d->realisasi));
    rumus c;
    rumus_capaian(&c, p->o->rumus, &t, &x, d->arah);
    CATAT(p->t->galat, lembar_rumus(ws, r1, K_CAPAIAN, &c,
                                    tata_format(p->t, K_CAPAIAN, g->persen)));
    rujukan_sel sc = sel_di(r1, K_CAPAIAN, c.hasil);
    rumus k;
    rumus_kategori(&k, p->o->rumus, &sc, "BERHASIL");
    CATAT(p->t->galat,
          lembar_rumus(ws, r1, K_KATEGORI, &k,
                       tata_format(p->t, K_KATEGORI, g->kategori)));
    const char *skala = tulis_skala_predikat(d, p->r->id.tahun);
    if (*skala) {
        rumus pr;
        rumus_kategori(&pr, p->o->rumus, &x, skala);
        CATAT(p->t->galat, lembar_rumus(ws, r1, K_PREDIKAT, &pr, g->kategori));
    } else {
        CATAT(p->t->galat,
              worksheet_write_blank(ws, r1, K_PREDIKAT, g->kategori));
    }
    if (!baris_tw) { /* over the merged block: every unlocked cell */
        lembar_indikator li = tulis_isian_indikator(d, K_TARGET);
        tata_validasi_indikator(p->t, K_REALISASI, K_REALISASI, r1, r2, &li);
    }
}

static void tulis_program(penulis *p, const simpul *s, unsigned row)
{
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    CATAT(p->t->galat,
          worksheet_write_string(ws, row, K_PROGRAM, s->uraian, g->teks));
    lembar_perlu(&p->t->tinggi, row, row, s->uraian, lebar(K_PROGRAM));
    if (p->anggaran) {
        /* one workbook: the program's amounts are the Realisasi Anggaran
         * sheet's sums of its sub kegiatan, where they are typed */
        size_t i = (size_t)(s - p->r->simpul);
        unsigned b = p->anggaran->baris_simpul[i];
        rujukan_sel pg = tulis_rujuk(&tata_realisasi, b, "pagu",
                                     sel_angka((double)s->jumlah_pagu));
        rujukan_sel rl = tulis_rujuk(
            &tata_realisasi, b, "realisasi",
            s->ada_realisasi ? sel_angka((double)s->jumlah_realisasi)
                             : sel_kosong());
        CATAT(p->t->galat, tulis_salinan(ws, row, K_PAGU, &pg, g->rupiah));
        CATAT(p->t->galat,
              tulis_salinan(ws, row, K_REAL_ANGGARAN, &rl, g->rupiah));
    } else {
        CATAT(p->t->galat,
              worksheet_write_number(ws, row, K_PAGU, (double)s->jumlah_pagu,
                                     g->rupiah));
        CATAT(p->t->galat,
              lembar_angka(ws, row, K_REAL_ANGGARAN, s->ada_realisasi,
                           (double)s->jumlah_realisasi, g->isian_rupiah));
    }
    tulis_serapan(p->t, row, K_PAGU, sel_angka((double)s->jumlah_pagu),
                  s->ada_realisasi ? sel_angka((double)s->jumlah_realisasi)
                                   : sel_kosong(),
                  false);
}

static void kosong_kanan(penulis *p, unsigned row)
{
    for (unsigned k = K_PROGRAM; k <= K_KATEGORI_ANGGARAN; k++)
        CATAT(p->t->galat,
              worksheet_write_blank(p->ws, row, (lxw_col_t)k,
                                    k == K_PAGU ? p->g->rupiah : p->g->teks));
}

/* Gives each quarterly indicator its Triwulan row from `awal`; returns
 * their count. */
static size_t rencana_urut_triwulan(const rencana *r, unsigned *baris,
                                    unsigned awal)
{
    size_t nk = 0, n = 0;
    size_t *kel = tulis_kelompok_urut(r, &nk);
    for (size_t i = 0; kel && i < nk; i++) {
        size_t ni = 0;
        const size_t *ind =
            rencana_indikator_dari(r, INDUK_KELOMPOK, kel[i], &ni);
        for (size_t j = 0; j < ni; j++)
            if (r->indikator[ind[j]].triwulan)
                baris[ind[j]] = awal + (unsigned)n++;
    }
    free(kel);
    return n;
}

/* The rows a group (a sasaran or the kinerja lainnya) takes: the longer
 * of its indicators and its programs, at least one. */
static unsigned tinggi_kelompok(size_t ni, size_t np)
{
    unsigned h = (unsigned)(ni > np ? ni : np);
    return h ? h : 1;
}

bool peta_pengukuran_susun(const rencana *r, peta_pengukuran *p)
{
    memset(p, 0, sizeof *p);
    size_t n_ind = r->jumlah_indikator ? r->jumlah_indikator : 1;
    p->baris_indikator = calloc(n_ind, sizeof(unsigned));
    p->baris_triwulan = calloc(n_ind, sizeof(unsigned));
    p->baris_simpul =
        calloc(r->jumlah_simpul ? r->jumlah_simpul : 1, sizeof(unsigned));
    size_t nk = 0;
    size_t *kel = tulis_kelompok_urut(r, &nk);
    bool ok = p->baris_indikator && p->baris_triwulan && p->baris_simpul && kel;
    unsigned row = tata_baris_isi(&tata_pengukuran);
    for (size_t i = 0; ok && i < nk; i++) {
        size_t ni = 0, np = 0;
        const size_t *ind =
            rencana_indikator_dari(r, INDUK_KELOMPOK, kel[i], &ni);
        size_t *prog = rencana_program_sasaran(r, kel[i], &np);
        ok = prog != NULL;
        for (size_t j = 0; ok && j < ni; j++)
            p->baris_indikator[ind[j]] = row + (unsigned)j;
        for (size_t j = 0; ok && j < np; j++)
            p->baris_simpul[prog[j]] = row + (unsigned)j;
        row += tinggi_kelompok(ni, np);
        free(prog);
    }
    free(kel);
    p->baris_jumlah = row;
    if (ok)
        p->jumlah_triwulan = rencana_urut_triwulan(
            r, p->baris_triwulan, tata_baris_isi(&tata_triwulan));
    else
        peta_pengukuran_bebas(p);
    return ok;
}

void peta_pengukuran_bebas(peta_pengukuran *p)
{
    free(p->baris_indikator);
    free(p->baris_triwulan);
    free(p->baris_simpul);
    memset(p, 0, sizeof *p);
}

#define PETUNJUK_TW                                                            \
    "Ketik realisasi triwulan ini, angka saja tanpa titik ribuan; "            \
    "kosongkan triwulan yang belum berjalan."
#define PETUNJUK_TARGET_TW                                                     \
    "Ketik target triwulan ini dari rencana aksi, angka saja tanpa titik "     \
    "ribuan; kosongkan bila tidak ditetapkan."

/* The Triwulan sheet: one row per quarterly indicator. */
static const tata_kolom kolom_triwulan[TW_JUMLAH] = {
    [TW_NO] = {"no", NULL, NULL, "NO", 5, TATA_LABEL, NULL},
    [TW_KELOMPOK] = {"kelompok", NULL, NULL, "SASARAN / KINERJA LAINNYA", 30,
                     TATA_LABEL, NULL},
    [TW_INDIKATOR] = {"indikator", NULL, NULL, "INDIKATOR KINERJA", 30,
                      TATA_LABEL, NULL},
    [TW_TARGET] = {"target", NULL, NULL, "TARGET", 11, TATA_LABEL, NULL},
    [TW_REKAP] = {"rekap", NULL, NULL, "REKAP", 10, TATA_LABEL, NULL},
    [TW_I] = {"tw_1", NULL, NULL, "TW I", 11, TATA_ISIAN, PETUNJUK_TW},
    [TW_I + 1] = {"tw_2", NULL, NULL, "TW II", 11, TATA_ISIAN, PETUNJUK_TW},
    [TW_I + 2] = {"tw_3", NULL, NULL, "TW III", 11, TATA_ISIAN, PETUNJUK_TW},
    [TW_IV] = {"tw_4", NULL, NULL, "TW IV", 11, TATA_ISIAN, PETUNJUK_TW},
    [TW_TAHUNAN] = {"realisasi_tahunan", NULL, NULL, "REALISASI TAHUNAN", 12,
                    TATA_RUMUS, NULL},
    [TW_TARGET_I] = {"target_tw_1", NULL, NULL, "TARGET TW I", 11, TATA_ISIAN,
                     PETUNJUK_TARGET_TW},
    [TW_TARGET_I + 1] = {"target_tw_2", NULL, NULL, "TARGET TW II", 11,
                         TATA_ISIAN, PETUNJUK_TARGET_TW},
    [TW_TARGET_I + 2] = {"target_tw_3", NULL, NULL, "TARGET TW III", 11,
                         TATA_ISIAN, PETUNJUK_TARGET_TW},
    [TW_TARGET_IV] = {"target_tw_4", NULL, NULL, "TARGET TW IV", 11, TATA_ISIAN,
                      PETUNJUK_TARGET_TW},
    [TW_TARGET_TAHUNAN] = {"target_tahunan_tw", NULL, NULL,
                           "TARGET TAHUNAN DARI TW", 13, TATA_RUMUS, NULL},
    [TW_CAPAIAN_I] = {"capaian_tw_1", NULL, NULL, "CAPAIAN TW I (%)", 11,
                      TATA_RUMUS, NULL},
    [TW_CAPAIAN_I + 1] = {"capaian_tw_2", NULL, NULL, "CAPAIAN TW II (%)", 11,
                          TATA_RUMUS, NULL},
    [TW_CAPAIAN_I + 2] = {"capaian_tw_3", NULL, NULL, "CAPAIAN TW III (%)", 11,
                          TATA_RUMUS, NULL},
    [TW_CAPAIAN_IV] = {"capaian_tw_4", NULL, NULL, "CAPAIAN TW IV (%)", 11,
                       TATA_RUMUS, NULL},
    [TW_CAPAIAN_TAHUNAN] = {"capaian_tahunan", NULL, NULL,
                            "CAPAIAN TAHUNAN (%)", 12, TATA_RUMUS, NULL},
};

/* Printed with the indicator repeated on every page across. */
const tata_lembar tata_triwulan = TATA_LEMBAR(
    "Triwulan", kolom_triwulan, TW_KEPALA, TATA_BANTU, .kunci = "indikator");

/* The quarters of the quarterly indicators, and the year's figure. */
static lxw_error lembar_triwulan(lxw_workbook *wb, gaya *g, const rencana *r,
                                 const tulis_opsi *o, const unsigned *baris)
{
    tata_penulis p;
    lxw_worksheet *ws = tata_buka(&p, wb, g, &tata_triwulan, o, r->id.tahun);
    if (!ws)
        return p.galat;
    char buf[256];
    snprintf(buf, sizeof buf, "REALISASI KINERJA PER TRIWULAN TAHUN %d",
             r->id.tahun);
    tata_judul(&p, 0, buf, g->judul);
    tata_pesan(&p, 1,
               "Isi realisasi (dan target) tiap triwulan di "
               "sel berwarna. REKAP JUMLAH: nilai tahunan = "
               "jumlah triwulan yang terisi; AKHIR: = "
               "triwulan terakhir yang terisi. Capaian "
               "triwulan = realisasi triwulan terhadap target "
               "triwulannya; target tahunan dari triwulan "
               "yang berbeda dari TARGET ditandai.",
               g->biasa);
    size_t nomor = 0;
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        if (!baris[i])
            continue;
        const indikator *d = &r->indikator[i];
        unsigned row = baris[i];
        CATAT(p.galat, worksheet_write_number(ws, row, TW_NO, (double)++nomor,
                                              g->teks_tengah));
        const char *kel = d->jenis_induk == INDUK_KELOMPOK
                              ? r->kelompok[d->induk].uraian
                              : "";
        CATAT(p.galat,
              worksheet_write_string(ws, row, TW_KELOMPOK, kel, g->teks));
        CATAT(p.galat, worksheet_write_string(ws, row, TW_INDIKATOR, d->uraian,
                                              g->teks));
        tata_perlu(&p, row, row, TW_KELOMPOK, kel);
        tata_perlu(&p, row, row, TW_INDIKATOR, d->uraian);
        CATAT(p.galat,
              worksheet_write_number(ws, row, TW_TARGET, d->target.nilai,
                                     gaya_angka(g, d->target.desimal, d->satuan,
                                                d->predikat, false)));
        CATAT(p.galat, worksheet_write_string(
                           ws, row, TW_REKAP,
                           d->rekap == TRIWULAN_JUMLAH ? "JUMLAH" : "AKHIR",
                           g->teks_tengah));
        rujukan_sel tw[4];
        for (int q = 0; q < 4; q++) {
            const isian_angka *a = &d->tw[q];
            lxw_format *f =
                gaya_angka(g, a->ada ? a->desimal : d->target.desimal,
                           d->satuan, "", true);
            CATAT(p.galat, lembar_angka(ws, row, TW_I + (unsigned)q, a->ada,
                                        a->nilai, f));
            tw[q] = sel_di(row, TW_I + (unsigned)q,
                           a->ada ? sel_angka(a->nilai) : sel_kosong());
        }
        lembar_indikator li = tulis_isian_indikator(d, TW_TARGET);
        tata_validasi_indikator(&p, TW_I, TW_IV, row, row, &li);
        char rekap[16];
        lxw_rowcol_to_cell(rekap, row, TW_REKAP);
        rumus rm;
        rumus_triwulan(&rm, o->rumus, tw, d->rekap, rekap);
        CATAT(p.galat,
              lembar_rumus(ws, row, TW_TAHUNAN, &rm,
                           gaya_angka(g,
                                      d->realisasi.ada ? d->realisasi.desimal
                                                       : d->target.desimal,
                                      d->satuan, "", false)));
        kinerja_sel tahunan = rm.hasil;

        /* the quarterly targets (staff may set them in the year's action
         * plan) and the year they add up to */
        rujukan_sel tg[4];
        int des_target = d->target.desimal;
        for (int q = 0; q < 4; q++) {
            const isian_angka *a = &d->target_tw[q];
            unsigned k = TW_TARGET_I + (unsigned)q;
            CATAT(p.galat,
                  lembar_angka(
                      ws, row, k, a->ada, a->nilai,
                      gaya_angka(g, a->ada ? a->desimal : d->target.desimal,
                                 d->satuan, "", true)));
            tg[q] = sel_di(row, k, a->ada ? sel_angka(a->nilai) : sel_kosong());
            if (a->ada && a->desimal > des_target)
                des_target = a->desimal;
        }
        tata_validasi_indikator(&p, TW_TARGET_I, TW_TARGET_IV, row, row, &li);
        rumus_triwulan(&rm, o->rumus, tg, d->rekap, rekap);
        CATAT(p.galat,
              lembar_rumus(ws, row, TW_TARGET_TAHUNAN, &rm,
                           gaya_angka(g, des_target, d->satuan, "", false)));

        /* capaian: each quarter against its own target, the year against
         * the year's target */
        for (int q = 0; q < 4; q++) {
            rumus c;
            rumus_capaian(&c, o->rumus, &tg[q], &tw[q], d->arah);
            /* no target for the quarter: no capaian (not #DIV/0!) */
            rumus_jaga(&c, &tg[q]);
            CATAT(p.galat, lembar_rumus(ws, row, TW_CAPAIAN_I + (unsigned)q, &c,
                                        g->persen));
        }
        rujukan_sel t = sel_di(row, TW_TARGET, sel_angka(d->target.nilai));
        rujukan_sel x = sel_di(row, TW_TAHUNAN, tahunan);
        rumus_capaian(&rm, o->rumus, &t, &x, d->arah);
        CATAT(p.galat,
              lembar_rumus(ws, row, TW_CAPAIAN_TAHUNAN, &rm, g->persen));
    }
    /* quarterly targets that do not add up to the year's target */
    unsigned awal = TW_KEPALA + 2, akhir = awal + (unsigned)nomor - 1;
    if (nomor > 0) {
        char o1[16], d1[16];
        lxw_rowcol_to_cell_abs(o1, awal, TW_TARGET_TAHUNAN, 0, 1);
        lxw_rowcol_to_cell_abs(d1, awal, TW_TARGET, 0, 1);
        rumus_aturan aturan;
        rumus_aturan_banding(&aturan, o1, d1, "<>");
        tata_tanda(&p, awal, TW_TARGET_TAHUNAN, akhir, TW_TARGET_TAHUNAN,
                   &aturan, g->tanda_selisih);
    }
    /* printed without the instruction row (the title in the page header) */
    tata_cetak_area(&p, TW_KEPALA,
                    nomor > 0 ? akhir : tata_baris_isi(&tata_triwulan) - 1);
    return tata_tutup(&p);
}

lxw_error tulis_pengukuran(lxw_workbook *wb, gaya *g, const rencana *r,
                           const tulis_opsi *o)
{
    tata_penulis tp;
    lxw_worksheet *ws = tata_buka(&tp, wb, g, &tata_pengukuran, o, r->id.tahun);
    if (!ws)
        return tp.galat;
    peta_pengukuran peta;
    peta_anggaran anggaran;
    bool ada_anggaran = o->satu_buku;
    if (!peta_pengukuran_susun(r, &peta))
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (ada_anggaran && !peta_anggaran_susun(r, &anggaran)) {
        peta_pengukuran_bebas(&peta);
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    penulis p = {
        ws, g, r, o, &tp, peta.baris_triwulan, ada_anggaran ? &anggaran : NULL};
    size_t n_tw = peta.jumlah_triwulan;
    char buf[512];
    tata_judul(&tp, 0, "PENGUKURAN KINERJA PERANGKAT DAERAH", g->judul);
    char *nama = tulis_nama_singkat(r);
    char *pd = nama ? teks_cetak("PERANGKAT DAERAH : %s", nama) : NULL;
    tata_judul(&tp, 1, pd, g->subjudul);
    free(pd);
    free(nama);
    snprintf(buf, sizeof buf, "TAHUN : %d", r->id.tahun);
    tata_judul(&tp, 2, buf, g->subjudul);
    tata_pesan(&tp, 3,
               ada_anggaran
                   ? "Isi sel berwarna (realisasi kinerja); pagu dan "
                     "realisasi program diambil dari lembar Realisasi "
                     "Anggaran. Capaian, kategori dan serapan terhitung "
                     "sendiri dan tetap kosong selama realisasi belum "
                     "diisi. " BARIS_BARU_PENGUKURAN
                   : "Isi sel berwarna (realisasi kinerja dan anggaran); "
                     "capaian, kategori dan serapan terhitung sendiri dan "
                     "tetap kosong selama realisasi belum "
                     "diisi. " BARIS_BARU_PENGUKURAN,
               g->biasa);

    unsigned row = BARIS_KEPALA + 2, awal_tabel = row;
    size_t nomor = 0;
    size_t nk = 0;
    size_t *kel = tulis_kelompok_urut(r, &nk);
    for (size_t i = 0; kel && i < nk; i++) {
        size_t ni = 0, np = 0;
        const size_t *ind =
            rencana_indikator_dari(r, INDUK_KELOMPOK, kel[i], &ni);
        size_t *prog = rencana_program_sasaran(r, kel[i], &np);
        if (!prog) {
            CATAT(tp.galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
            break;
        }
        unsigned h = tinggi_kelompok(ni, np);
        /* number and sasaran on every printed page of the group */
        tata_label_angka(&tp, row, row + h - 1, K_NO, (double)++nomor,
                         g->teks_tengah);
        tata_label(&tp, row, row + h - 1, K_SASARAN, r->kelompok[kel[i]].uraian,
                   g->teks);
        for (size_t j = 0; j < ni; j++) {
            unsigned r2 = j + 1 == ni ? row + h - 1 : row + (unsigned)j;
            tulis_indikator(&p, &r->indikator[ind[j]], row + (unsigned)j, r2);
        }
        if (ni == 0)
            for (unsigned k = K_INDIKATOR; k <= K_PREDIKAT; k++)
                CATAT(tp.galat,
                      lembar_gabung(ws, row, k, row + h - 1, k, "", g->teks));
        for (unsigned j = 0; j < h; j++) {
            if (j < np)
                tulis_program(&p, &r->simpul[prog[j]], row + j);
            else
                kosong_kanan(&p, row + j);
        }
        row += h;
        free(prog);
    }
    free(kel);

    /* JUMLAH: the programs of every group (each program serves one) */
    unsigned akhir = row - 1;
    CATAT(tp.galat,
          lembar_gabung(ws, row, K_NO, row, K_PREDIKAT, "", g->jumlah_teks));
    CATAT(tp.galat,
          worksheet_write_string(ws, row, K_PROGRAM, "JUMLAH", g->jumlah_teks));
    int64_t pagu = 0, real = 0;
    bool ada = false;
    for (size_t i = 0; i < r->jumlah_simpul; i++) {
        const simpul *s = &r->simpul[i];
        if (s->tingkat != TINGKAT_PROGRAM || s->sasaran == TIDAK_ADA)
            continue;
        pagu += s->jumlah_pagu;
        if (s->ada_realisasi) {
            ada = true;
            real += s->jumlah_realisasi;
        }
    }
    tulis_jumlah_anggaran(&tp, row, awal_tabel, akhir, K_PAGU, pagu, ada, real);

    if (!kel)
        CATAT(tp.galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
    if (akhir >= awal_tabel && !ada_anggaran)
        tata_validasi(&tp, K_REAL_ANGGARAN, K_REAL_ANGGARAN, awal_tabel, akhir);
    /* to the JUMLAH row: a row inserted above it is still inside */
    tata_jaga(&tp, awal_tabel, row);
    /* printed without the instruction row (the title in the page header) */
    tata_cetak_area(&tp, BARIS_KEPALA, row);
    lxw_error galat = tata_tutup(&tp);
    if (n_tw && galat == LXW_NO_ERROR)
        galat = lembar_triwulan(wb, g, r, o, peta.baris_triwulan);
    peta_pengukuran_bebas(&peta);
    if (ada_anggaran)
        peta_anggaran_bebas(&anggaran);
    return galat;
}
