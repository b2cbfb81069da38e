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
    lxw_worksheet *ws;
    gaya *g;
    const rencana *r;
    const tulis_opsi *o;
    lxw_error galat;
    lembar_tinggi_peta tinggi;
    /* row on the Triwulan sheet of each quarterly indicator (0: none) */
    unsigned *baris_triwulan;
} penulis;

/* column widths (characters) */
static const double lebar[] = {5,  28, 28, 36, 11, 12, 9,
                               14, 13, 32, 17, 17, 9,  13};

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
    if (!lembar_label(&p->tinggi, r1, r2, K_INDIKATOR, d->uraian, g->teks,
                      lebar[K_INDIKATOR]) ||
        !lembar_label(&p->tinggi, r1, r2, K_FORMULASI, d->formulasi, g->teks,
                      lebar[K_FORMULASI]))
        CATAT(p->galat, LXW_ERROR_MEMORY_MALLOC_FAILED);

    lxw_format *f_target =
        gaya_angka(g, d->target.desimal, d->satuan, d->predikat, false);
    int des = d->realisasi.ada ? d->realisasi.desimal : d->target.desimal;
    lxw_format *f_real =
        gaya_angka(g, des, d->satuan, d->predikat_realisasi, true);
    /* merge first (with the cell's format), then write the value into the
     * first cell: libxlsxwriter's way for a merged number or formula */
    for (unsigned k = K_TARGET; k <= K_PREDIKAT && r2 > r1; k++) {
        lxw_format *f = k == K_TARGET      ? f_target
                        : k == K_REALISASI ? f_real
                        : k == K_CAPAIAN   ? g->persen
                                           : g->kategori;
        CATAT(p->galat, worksheet_merge_range(ws, r1, (lxw_col_t)k, r2,
                                              (lxw_col_t)k, "", f));
    }
    CATAT(p->galat,
          worksheet_write_number(ws, r1, K_TARGET, d->target.nilai, f_target));
    size_t i_ind = (size_t)(d - p->r->indikator);
    unsigned baris_tw = p->baris_triwulan[i_ind];
    if (baris_tw) {
        /* a quarterly indicator: the year's figure comes from the
         * Triwulan sheet, where the quarters are typed */
        char ref[32], teks[128];
        lxw_rowcol_to_cell_abs(ref, baris_tw, TW_TAHUNAN, 1, 1);
        snprintf(teks, sizeof teks, "IF(Triwulan!%s=\"\",\"\",Triwulan!%s)",
                 ref, ref);
        rumus rt;
        rumus_bebas(&rt, teks,
                    d->realisasi.ada ? sel_angka(d->realisasi.nilai)
                                     : sel_kosong());
        f_real = gaya_angka(g, des, d->satuan, d->predikat_realisasi, false);
        if (r2 > r1)
            CATAT(p->galat, worksheet_merge_range(ws, r1, K_REALISASI, r2,
                                                  K_REALISASI, "", f_real));
        CATAT(p->galat, lembar_rumus(ws, r1, K_REALISASI, &rt, f_real));
    } else {
        CATAT(p->galat, lembar_angka(ws, r1, K_REALISASI, d->realisasi.ada,
                                     d->realisasi.nilai, f_real));
    }

    rujukan_sel t = sel_di(r1, K_TARGET, sel_angka(d->target.nilai));
    rujukan_sel x = sel_di(r1, K_REALISASI, angka_sel(&d->realisasi));
    rumus c;
    rumus_capaian(&c, p->o->rumus, &t, &x, d->arah);
    CATAT(p->galat, lembar_rumus(ws, r1, K_CAPAIAN, &c, g->persen));
    rujukan_sel sc = sel_di(r1, K_CAPAIAN, c.hasil);
    rumus k;
    rumus_kategori(&k, p->o->rumus, &sc, "BERHASIL");
    CATAT(p->galat, lembar_rumus(ws, r1, K_KATEGORI, &k, g->kategori));
    const char *skala = tulis_skala_predikat(d, p->r->id.tahun);
    if (*skala) {
        rumus pr;
        rumus_kategori(&pr, p->o->rumus, &x, skala);
        CATAT(p->galat, lembar_rumus(ws, r1, K_PREDIKAT, &pr, g->kategori));
    } else {
        CATAT(p->galat, worksheet_write_blank(ws, r1, K_PREDIKAT, g->kategori));
    }
    if (!baris_tw)
        CATAT(p->galat,
              lembar_validasi_angka(ws, r1, K_REALISASI, r1, K_REALISASI));
}

static void tulis_program(penulis *p, const simpul *s, unsigned row)
{
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    CATAT(p->galat,
          worksheet_write_string(ws, row, K_PROGRAM, s->uraian, g->teks));
    lembar_perlu(&p->tinggi, row, row, s->uraian, lebar[K_PROGRAM]);
    CATAT(p->galat, worksheet_write_number(ws, row, K_PAGU,
                                           (double)s->jumlah_pagu, g->rupiah));
    CATAT(p->galat, lembar_angka(ws, row, K_REAL_ANGGARAN, s->ada_realisasi,
                                 (double)s->jumlah_realisasi, g->isian_rupiah));
    rujukan_sel pg = sel_di(row, K_PAGU, sel_angka((double)s->jumlah_pagu));
    rujukan_sel x =
        sel_di(row, K_REAL_ANGGARAN,
               s->ada_realisasi ? sel_angka((double)s->jumlah_realisasi)
                                : sel_kosong());
    rumus sr, kt;
    rumus_serapan(&sr, p->o->rumus, &pg, &x);
    CATAT(p->galat, lembar_rumus(ws, row, K_SERAPAN, &sr, g->persen));
    rujukan_sel ss = sel_di(row, K_SERAPAN, sr.hasil);
    rumus_kategori(&kt, p->o->rumus, &ss, "TINGKAT");
    CATAT(p->galat,
          lembar_rumus(ws, row, K_KATEGORI_ANGGARAN, &kt, g->kategori));
}

static void kosong_kanan(penulis *p, unsigned row)
{
    for (unsigned k = K_PROGRAM; k <= K_KATEGORI_ANGGARAN; k++)
        CATAT(p->galat,
              worksheet_write_blank(p->ws, row, (lxw_col_t)k,
                                    k == K_PAGU ? p->g->rupiah : p->g->teks));
}

/* The sasaran and kinerja lainnya in the order the sheets list them. */
static size_t *kelompok_urut(const rencana *r, size_t *n)
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

/* Gives each quarterly indicator its Triwulan row from `awal`; returns
 * their count. */
static size_t rencana_urut_triwulan(const rencana *r, unsigned *baris,
                                    unsigned awal)
{
    size_t nk = 0, n = 0;
    size_t *kel = kelompok_urut(r, &nk);
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

/* The quarters of the quarterly indicators, and the year's figure. */
static lxw_error lembar_triwulan(lxw_workbook *wb, gaya *g, const rencana *r,
                                 const tulis_opsi *o, const unsigned *baris)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Triwulan");
    if (!ws)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    lxw_error galat = LXW_NO_ERROR;
    lembar_tinggi_peta tinggi = LEMBAR_TINGGI_KOSONG;
    static const double lebar_tw[TW_JUMLAH] = {5,  30, 30, 11, 10, 11, 11,
                                               11, 11, 12, 11, 11, 11, 11,
                                               13, 11, 11, 11, 11, 12};
    static const char *const judul[TW_JUMLAH] = {"NO",
                                                 "SASARAN / KINERJA LAINNYA",
                                                 "INDIKATOR KINERJA",
                                                 "TARGET",
                                                 "REKAP",
                                                 "TW I",
                                                 "TW II",
                                                 "TW III",
                                                 "TW IV",
                                                 "REALISASI TAHUNAN",
                                                 "TARGET TW I",
                                                 "TARGET TW II",
                                                 "TARGET TW III",
                                                 "TARGET TW IV",
                                                 "TARGET TAHUNAN DARI TW",
                                                 "CAPAIAN TW I (%)",
                                                 "CAPAIAN TW II (%)",
                                                 "CAPAIAN TW III (%)",
                                                 "CAPAIAN TW IV (%)",
                                                 "CAPAIAN TAHUNAN (%)"};
    char buf[256];
    for (unsigned k = 0; k < TW_JUMLAH; k++) {
        CATAT(galat, worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k,
                                          lebar_tw[k], NULL));
        CATAT(galat, worksheet_write_string(ws, TW_KEPALA, (lxw_col_t)k,
                                            judul[k], g->kepala));
        snprintf(buf, sizeof buf, "(%u)", k + 1);
        CATAT(galat, worksheet_write_string(ws, TW_KEPALA + 1, (lxw_col_t)k,
                                            buf, g->nomor_kolom));
    }
    snprintf(buf, sizeof buf, "REALISASI KINERJA PER TRIWULAN TAHUN %d",
             r->id.tahun);
    CATAT(galat, lembar_gabung(ws, 0, 0, 0, TW_JUMLAH - 1, buf, g->judul));
    CATAT(galat, lembar_gabung(ws, 1, 0, 1, TW_JUMLAH - 1,
                               "Isi realisasi (dan target) tiap triwulan di "
                               "sel berwarna. REKAP JUMLAH: nilai tahunan = "
                               "jumlah triwulan yang terisi; AKHIR: = "
                               "triwulan terakhir yang terisi. Capaian "
                               "triwulan = realisasi triwulan terhadap target "
                               "triwulannya; target tahunan dari triwulan "
                               "yang berbeda dari TARGET ditandai.",
                               g->biasa));
    worksheet_set_row(ws, 1, 28, NULL);
    worksheet_set_row(ws, TW_KEPALA, 30, NULL);
    size_t nomor = 0;
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        if (!baris[i])
            continue;
        const indikator *d = &r->indikator[i];
        unsigned row = baris[i];
        snprintf(buf, sizeof buf, "%zu", ++nomor);
        CATAT(galat,
              worksheet_write_string(ws, row, TW_NO, buf, g->teks_tengah));
        const char *kel = d->jenis_induk == INDUK_KELOMPOK
                              ? r->kelompok[d->induk].uraian
                              : "";
        CATAT(galat,
              worksheet_write_string(ws, row, TW_KELOMPOK, kel, g->teks));
        CATAT(galat, worksheet_write_string(ws, row, TW_INDIKATOR, d->uraian,
                                            g->teks));
        lembar_perlu(&tinggi, row, row, kel, lebar_tw[TW_KELOMPOK]);
        lembar_perlu(&tinggi, row, row, d->uraian, lebar_tw[TW_INDIKATOR]);
        CATAT(galat,
              worksheet_write_number(ws, row, TW_TARGET, d->target.nilai,
                                     gaya_angka(g, d->target.desimal, d->satuan,
                                                d->predikat, false)));
        CATAT(galat, worksheet_write_string(
                         ws, row, TW_REKAP,
                         d->rekap == TRIWULAN_JUMLAH ? "JUMLAH" : "AKHIR",
                         g->teks_tengah));
        rujukan_sel tw[4];
        for (int q = 0; q < 4; q++) {
            const isian_angka *a = &d->tw[q];
            lxw_format *f =
                gaya_angka(g, a->ada ? a->desimal : d->target.desimal,
                           d->satuan, "", true);
            CATAT(galat, lembar_angka(ws, row, TW_I + (unsigned)q, a->ada,
                                      a->nilai, f));
            tw[q] = sel_di(row, TW_I + (unsigned)q,
                           a->ada ? sel_angka(a->nilai) : sel_kosong());
        }
        CATAT(galat, lembar_validasi_angka(ws, row, TW_I, row, TW_IV));
        char rekap[16];
        lxw_rowcol_to_cell(rekap, row, TW_REKAP);
        rumus rm;
        rumus_triwulan(&rm, o->rumus, tw, d->rekap, rekap);
        CATAT(galat,
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
            CATAT(galat,
                  lembar_angka(
                      ws, row, k, a->ada, a->nilai,
                      gaya_angka(g, a->ada ? a->desimal : d->target.desimal,
                                 d->satuan, "", true)));
            tg[q] = sel_di(row, k, a->ada ? sel_angka(a->nilai) : sel_kosong());
            if (a->ada && a->desimal > des_target)
                des_target = a->desimal;
        }
        CATAT(galat,
              lembar_validasi_angka(ws, row, TW_TARGET_I, row, TW_TARGET_IV));
        rumus_triwulan(&rm, o->rumus, tg, d->rekap, rekap);
        CATAT(galat,
              lembar_rumus(ws, row, TW_TARGET_TAHUNAN, &rm,
                           gaya_angka(g, des_target, d->satuan, "", false)));

        /* capaian: each quarter against its own target, the year against
         * the year's target */
        for (int q = 0; q < 4; q++) {
            rumus c;
            rumus_capaian(&c, o->rumus, &tg[q], &tw[q], d->arah);
            char teks[2 * RUMUS_MAKS]; /* a capaian is far shorter */
            /* no target for the quarter: no capaian (not #DIV/0!) */
            snprintf(teks, sizeof teks, "IF(%s=\"\",\"\",%s)", tg[q].ref,
                     c.teks);
            rumus_bebas(&c, teks,
                        tg[q].nilai.jenis == SEL_ANGKA ? c.hasil
                                                       : sel_kosong());
            CATAT(galat, lembar_rumus(ws, row, TW_CAPAIAN_I + (unsigned)q, &c,
                                      g->persen));
        }
        rujukan_sel t = sel_di(row, TW_TARGET, sel_angka(d->target.nilai));
        rujukan_sel x = sel_di(row, TW_TAHUNAN, tahunan);
        rumus_capaian(&rm, o->rumus, &t, &x, d->arah);
        CATAT(galat, lembar_rumus(ws, row, TW_CAPAIAN_TAHUNAN, &rm, g->persen));
    }
    /* quarterly targets that do not add up to the year's target */
    unsigned awal = TW_KEPALA + 2, akhir = awal + (unsigned)nomor - 1;
    if (nomor > 0) {
        char o1[16], d1[16], aturan[96];
        lxw_rowcol_to_cell_abs(o1, awal, TW_TARGET_TAHUNAN, 0, 1);
        lxw_rowcol_to_cell_abs(d1, awal, TW_TARGET, 0, 1);
        snprintf(aturan, sizeof aturan, "=AND(ISNUMBER(%s),%s<>%s)", o1, o1,
                 d1);
        lxw_conditional_format cf;
        memset(&cf, 0, sizeof cf);
        cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
        cf.value_string = aturan;
        cf.format = g->tanda_selisih;
        CATAT(galat,
              worksheet_conditional_format_range(
                  ws, awal, TW_TARGET_TAHUNAN, akhir, TW_TARGET_TAHUNAN, &cf));
    }
    /* printed without the instruction row, the title in the page header;
     * the indicator repeated on every page across */
    char *judul_cetak =
        teks_cetak("REALISASI KINERJA PER TRIWULAN TAHUN %d", r->id.tahun);
    halaman_atur atur = {.judul = judul_cetak,
                         .kepala_awal = TW_KEPALA,
                         .kepala_akhir = TW_KEPALA + 1,
                         .kunci_awal = TW_INDIKATOR,
                         .kunci_akhir = TW_INDIKATOR,
                         .cetak_awal = TW_KEPALA,
                         .cetak_akhir = nomor > 0 ? akhir : TW_KEPALA + 1,
                         .jumlah_kolom = TW_JUMLAH,
                         .lebar = lebar_tw};
    CATAT(galat, lembar_halaman(ws, o, &atur, &tinggi));
    free(judul_cetak);
    lembar_lindungi(ws, o);
    return galat;
}

lxw_error tulis_pengukuran(lxw_workbook *wb, gaya *g, const rencana *r,
                           const tulis_opsi *o)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Pengukuran Kinerja");
    if (!ws)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    penulis p = {ws, g, r, o, LXW_NO_ERROR, LEMBAR_TINGGI_KOSONG, NULL};
    p.baris_triwulan =
        calloc(r->jumlah_indikator ? r->jumlah_indikator : 1, sizeof(unsigned));
    if (!p.baris_triwulan)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    size_t n_tw = rencana_urut_triwulan(r, p.baris_triwulan, TW_KEPALA + 2);
    static const char *const judul_kolom[K_JUMLAH] = {
        "NO",
        "SASARAN STRATEGIS",
        "INDIKATOR KINERJA",
        "FORMULASI PERHITUNGAN",
        "TARGET",
        "REALISASI",
        "%",
        "KATEGORI",
        "PREDIKAT",
        "PROGRAM",
        "PAGU (Rp.)",
        "REALISASI (Rp.)",
        "%",
        "KATEGORI",
    };
    char buf[512];
    for (unsigned k = 0; k < K_JUMLAH; k++)
        CATAT(p.galat, worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k,
                                            lebar[k], NULL));
    CATAT(p.galat,
          lembar_gabung(ws, 0, 0, 0, K_JUMLAH - 1,
                        "PENGUKURAN KINERJA PERANGKAT DAERAH", g->judul));
    char *nama = tulis_nama_singkat(r);
    char *pd = nama ? teks_cetak("PERANGKAT DAERAH : %s", nama) : NULL;
    CATAT(p.galat, lembar_gabung(ws, 1, 0, 1, K_JUMLAH - 1, pd, g->subjudul));
    free(pd);
    free(nama);
    snprintf(buf, sizeof buf, "TAHUN : %d", r->id.tahun);
    CATAT(p.galat, lembar_gabung(ws, 2, 0, 2, K_JUMLAH - 1, buf, g->subjudul));
    CATAT(p.galat,
          lembar_gabung(ws, 3, 0, 3, K_JUMLAH - 1,
                        "Isi sel berwarna (realisasi kinerja dan anggaran); "
                        "capaian, kategori dan serapan terhitung sendiri dan "
                        "tetap kosong selama realisasi belum diisi.",
                        g->biasa));
    for (unsigned k = 0; k < K_JUMLAH; k++) {
        CATAT(p.galat, worksheet_write_string(ws, BARIS_KEPALA, (lxw_col_t)k,
                                              judul_kolom[k], g->kepala));
        snprintf(buf, sizeof buf, "(%u)", k + 1);
        CATAT(p.galat,
              worksheet_write_string(ws, BARIS_KEPALA + 1, (lxw_col_t)k, buf,
                                     g->nomor_kolom));
    }
    worksheet_set_row(ws, BARIS_KEPALA, 30, NULL);

    unsigned row = BARIS_KEPALA + 2, awal_tabel = row;
    size_t nomor = 0;
    static const kelompok_jenis urutan[] = {KELOMPOK_SASARAN, KELOMPOK_LAINNYA};
    for (size_t u = 0; u < 2; u++) {
        size_t nk = 0;
        size_t *kel = rencana_kelompok_jenis(r, urutan[u], &nk);
        if (!kel)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        for (size_t i = 0; i < nk; i++) {
            size_t ni = 0, np = 0;
            const size_t *ind =
                rencana_indikator_dari(r, INDUK_KELOMPOK, kel[i], &ni);
            size_t *prog = rencana_program_sasaran(r, kel[i], &np);
            if (!prog) {
                free(kel);
                return LXW_ERROR_MEMORY_MALLOC_FAILED;
            }
            unsigned h = (unsigned)(ni > np ? ni : np);
            if (h == 0)
                h = 1;
            snprintf(buf, sizeof buf, "%zu", ++nomor);
            /* number and sasaran on every printed page of the group */
            if (!lembar_label(&p.tinggi, row, row + h - 1, K_NO, buf,
                              g->teks_tengah, lebar[K_NO]) ||
                !lembar_label(&p.tinggi, row, row + h - 1, K_SASARAN,
                              r->kelompok[kel[i]].uraian, g->teks,
                              lebar[K_SASARAN]))
                CATAT(p.galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
            for (size_t j = 0; j < ni; j++) {
                unsigned r2 = j + 1 == ni ? row + h - 1 : row + (unsigned)j;
                tulis_indikator(&p, &r->indikator[ind[j]], row + (unsigned)j,
                                r2);
            }
            if (ni == 0)
                for (unsigned k = K_INDIKATOR; k <= K_PREDIKAT; k++)
                    CATAT(p.galat, lembar_gabung(ws, row, k, row + h - 1, k, "",
                                                 g->teks));
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
    }

    /* JUMLAH: the programs of every group (each program serves one) */
    unsigned akhir = row - 1;
    char a[16], b[16], teks[RUMUS_MAKS];
    CATAT(p.galat,
          lembar_gabung(ws, row, K_NO, row, K_PREDIKAT, "", g->jumlah_teks));
    CATAT(p.galat,
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
    rumus rm;
    lxw_rowcol_to_cell(a, awal_tabel, K_PAGU);
    lxw_rowcol_to_cell(b, akhir, K_PAGU);
    snprintf(teks, sizeof teks, "SUM(%s:%s)", a, b);
    rumus_bebas(&rm, teks, sel_angka((double)pagu));
    CATAT(p.galat, lembar_rumus(ws, row, K_PAGU, &rm, g->jumlah_rupiah));
    lxw_rowcol_to_cell(a, awal_tabel, K_REAL_ANGGARAN);
    lxw_rowcol_to_cell(b, akhir, K_REAL_ANGGARAN);
    snprintf(teks, sizeof teks, "IF(COUNT(%s:%s)=0,\"\",SUM(%s:%s))", a, b, a,
             b);
    rumus_bebas(&rm, teks, ada ? sel_angka((double)real) : sel_kosong());
    CATAT(p.galat,
          lembar_rumus(ws, row, K_REAL_ANGGARAN, &rm, g->jumlah_rupiah));
    rujukan_sel pg = sel_di(row, K_PAGU, sel_angka((double)pagu));
    rujukan_sel x = sel_di(row, K_REAL_ANGGARAN, rm.hasil);
    rumus sr, kt;
    rumus_serapan(&sr, o->rumus, &pg, &x);
    CATAT(p.galat, lembar_rumus(ws, row, K_SERAPAN, &sr, g->jumlah_persen));
    rujukan_sel ss = sel_di(row, K_SERAPAN, sr.hasil);
    rumus_kategori(&kt, o->rumus, &ss, "TINGKAT");
    CATAT(p.galat,
          lembar_rumus(ws, row, K_KATEGORI_ANGGARAN, &kt, g->jumlah_kategori));

    if (akhir >= awal_tabel)
        CATAT(p.galat, lembar_validasi_angka(ws, awal_tabel, K_REAL_ANGGARAN,
                                             akhir, K_REAL_ANGGARAN));
    /* printed without the instruction row, the title in the page header;
     * two pages across on A4 (the program table on the second) */
    char *singkat = tulis_nama_singkat(r);
    char *judul_cetak = teks_cetak(
        "PENGUKURAN KINERJA PERANGKAT DAERAH\nPERANGKAT DAERAH : %s\nTAHUN "
        ": %d",
        singkat ? singkat : "", r->id.tahun);
    free(singkat);
    static const unsigned grup_kolom[] = {K_PROGRAM};
    halaman_atur atur = {.judul = judul_cetak,
                         .kepala_awal = BARIS_KEPALA,
                         .kepala_akhir = BARIS_KEPALA + 1,
                         .kunci_awal = -1,
                         .kunci_akhir = -1,
                         .kolom_baik = grup_kolom,
                         .jumlah_kolom_baik = 1,
                         .cetak_awal = BARIS_KEPALA,
                         .cetak_akhir = row,
                         .jumlah_kolom = K_JUMLAH,
                         .lebar = lebar};
    CATAT(p.galat, lembar_halaman(ws, o, &atur, &p.tinggi));
    free(judul_cetak);
    lembar_lindungi(ws, o);
    if (n_tw && p.galat == LXW_NO_ERROR)
        p.galat = lembar_triwulan(wb, g, r, o, p.baris_triwulan);
    free(p.baris_triwulan);
    return p.galat;
}
