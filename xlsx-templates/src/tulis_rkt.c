/*
 * tulis_rkt.c - the Rencana Kerja Tahunan workbook (Lampiran 2 of the
 * example report, docs/laporan-contoh.md): tujuan, sasaran, program,
 * kegiatan and sub kegiatan side by side, each with its indicators and
 * targets, and the anggaran of program, kegiatan and sub kegiatan.
 *
 * Rows follow the tree: a program's indicator rows, then each kegiatan's
 * indicator rows followed by its sub kegiatan.  Each level's name is
 * merged down over all the rows of its subtree, so the hierarchy reads
 * from left to right as in the example report.  A parent's anggaran is
 * the SUM of its children's column over its own block of rows (which
 * holds nothing else), so it still adds up if rows are inserted inside
 * the block.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tulis.h"

enum {
    K_TUJUAN,
    K_IND_TUJUAN,
    K_TGT_TUJUAN,
    K_SASARAN,
    K_IND_SASARAN,
    K_TGT_SASARAN,
    K_PROGRAM,
    K_IND_PROGRAM,
    K_TGT_PROGRAM,
    K_AGR_PROGRAM,
    K_KEGIATAN,
    K_IND_KEGIATAN,
    K_TGT_KEGIATAN,
    K_AGR_KEGIATAN,
    K_SUB,
    K_IND_SUB,
    K_TGT_SUB,
    K_AGR_SUB,
    K_JUMLAH
};

#define BARIS_KEPALA 4 /* three header rows */

typedef struct penulis {
    TULIS_PENULIS;
    tata_penulis *t; /* the sheet: its errors and row heights */
    /* in one workbook: where the sub kegiatan's anggaran is typed */
    const peta_anggaran *anggaran;
    /* the table's cells written (labels noted) so far, K_JUMLAH a row
     * from row `awal`: those left are written blank once at the end */
    bool *ditulis;
    unsigned awal;
} penulis;

/* Notes that the cells of rows r1..r2, columns c1..c2 of the table are
 * written: a bordered blank there would only be overwritten. */
static void tandai(penulis *p, unsigned r1, unsigned c1, unsigned r2,
                   unsigned c2)
{
    for (unsigned r = r1; r <= r2; r++)
        for (unsigned k = c1; k <= c2; k++)
            p->ditulis[(size_t)(r - p->awal) * K_JUMLAH + k] = true;
}

/* The RKT sheet (Lampiran 2): each level of the tree with its indicators
 * and targets, and for program, kegiatan and sub kegiatan the year's
 * anggaran.  Everything comes from the plan: no inputs.  The widths print
 * the table in two pages across at 8 pt or more on A4 landscape (129
 * width units each at 82 %): tujuan, sasaran, program and the kegiatan's
 * name on the first, the kegiatan's name again (the key column) with its
 * indicators and targets and the sub kegiatan on the second (cetak.h; the
 * README's printing section).  The tujuan and sasaran columns are narrow
 * and the sub kegiatan's wide because a tujuan or sasaran label has the
 * height of its whole group to wrap in, while each sub kegiatan row grows
 * with its text: the first page then carries the kegiatan too instead of
 * mostly blank cells under a few labels.  Each target column is widened
 * to its longest target (lebar_rkt); a plan whose targets widen the first
 * page past the page prints the kegiatan on the second only. */
#define TARGET_TAHUN "Target %d"
#define KINERJA_KEGIATAN "Kinerja Kegiatan"
static const tata_kolom kolom_rkt[K_JUMLAH] = {
    [K_TUJUAN] = {"tujuan", "Tujuan", NULL, "Uraian", 10, TATA_LABEL, NULL},
    [K_IND_TUJUAN] = {"indikator_tujuan", "Tujuan", NULL, "Indikator Tujuan",
                      11, TATA_LABEL, NULL},
    [K_TGT_TUJUAN] = {"target_tujuan", "Tujuan", NULL, "Target", 8, TATA_LABEL,
                      NULL},
    [K_SASARAN] = {"sasaran", "Sasaran Strategis", NULL, "Uraian", 10,
                   TATA_LABEL, NULL},
    [K_IND_SASARAN] = {"indikator_sasaran", "Sasaran Strategis", NULL,
                       "Indikator Sasaran", 11, TATA_LABEL, NULL},
    [K_TGT_SASARAN] = {"target_sasaran", "Sasaran Strategis", NULL, "Target", 8,
                       TATA_LABEL, NULL},
    [K_PROGRAM] = {"program", "Program", NULL, "Uraian", 16, TATA_LABEL, NULL},
    [K_IND_PROGRAM] = {"indikator_program", "Program", NULL,
                       "Indikator Program", 14, TATA_LABEL, NULL},
    [K_TGT_PROGRAM] = {"target_program", "Program", TARGET_TAHUN, "Kinerja", 11,
                       TATA_LABEL, NULL},
    [K_AGR_PROGRAM] = {"anggaran_program", "Program", TARGET_TAHUN,
                       "Anggaran (Rp)", 13, TATA_RUMUS, NULL},
    /* the kegiatan's name prints on both pages across (the first page's
     * last column, repeated as the second's key), so it has a header of
     * its own: a group header over it would be cut at the page edge */
    [K_KEGIATAN] = {"kegiatan", NULL, NULL, "Kegiatan", 17, TATA_LABEL, NULL},
    [K_IND_KEGIATAN] = {"indikator_kegiatan", KINERJA_KEGIATAN, NULL,
                        "Indikator Kegiatan", 16, TATA_LABEL, NULL},
    [K_TGT_KEGIATAN] = {"target_kegiatan", KINERJA_KEGIATAN, TARGET_TAHUN,
                        "Kinerja", 11, TATA_LABEL, NULL},
    [K_AGR_KEGIATAN] = {"anggaran_kegiatan", KINERJA_KEGIATAN, TARGET_TAHUN,
                        "Anggaran (Rp)", 13, TATA_RUMUS, NULL},
    [K_SUB] = {"sub_kegiatan", "Sub Kegiatan", NULL, "Uraian", 24, TATA_LABEL,
               NULL},
    [K_IND_SUB] = {"indikator_sub_kegiatan", "Sub Kegiatan", NULL,
                   "Indikator Sub Kegiatan", 17, TATA_LABEL, NULL},
    [K_TGT_SUB] = {"target_sub_kegiatan", "Sub Kegiatan", TARGET_TAHUN,
                   "Kinerja", 11, TATA_LABEL, NULL},
    [K_AGR_SUB] = {"anggaran_sub_kegiatan", "Sub Kegiatan", TARGET_TAHUN,
                   "Anggaran (Rp)", 13, TATA_LABEL, NULL},
};

const tata_lembar tata_rkt = {
    .nama = "RKT",
    .kolom = kolom_rkt,
    .jumlah_kolom = K_JUMLAH,
    .baris_kepala = BARIS_KEPALA,
    .nomor_kolom = false,
    .tinggi_judul = 28,
    .peran = TATA_RESMI,
    .cetak = {
        .kunci = "kegiatan",
        .awal_halaman = {"program", "indikator_kegiatan", "sub_kegiatan"}}};

/* The columns' widths: the layout's, each level's target column widened
 * to its longest target so no target prints as ### ("29 Orang/14
 * Bulan"). */
static void lebar_rkt(const rencana *r, double lebar[K_JUMLAH])
{
    static const struct {
        unsigned kolom;
        induk_jenis jenis;
        simpul_tingkat tingkat; /* simpul level; 0: a kelompok */
        kelompok_jenis kelompok;
    } t[] = {{K_TGT_TUJUAN, INDUK_KELOMPOK, 0, KELOMPOK_TUJUAN},
             {K_TGT_SASARAN, INDUK_KELOMPOK, 0, KELOMPOK_SASARAN},
             {K_TGT_PROGRAM, INDUK_SIMPUL, TINGKAT_PROGRAM, 0},
             {K_TGT_KEGIATAN, INDUK_SIMPUL, TINGKAT_KEGIATAN, 0},
             {K_TGT_SUB, INDUK_SIMPUL, TINGKAT_SUB_KEGIATAN, 0}};
    for (unsigned k = 0; k < K_JUMLAH; k++)
        lebar[k] = kolom_rkt[k].lebar;
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++) {
        size_t jumlah =
            t[k].jenis == INDUK_SIMPUL ? r->jumlah_simpul : r->jumlah_kelompok;
        for (size_t i = 0; i < jumlah; i++) {
            if (t[k].jenis == INDUK_SIMPUL
                    ? r->simpul[i].tingkat != t[k].tingkat
                    : r->kelompok[i].jenis != t[k].kelompok)
                continue;
            size_t n = 0;
            const size_t *ind = rencana_indikator_dari(r, t[k].jenis, i, &n);
            for (size_t j = 0; j < n; j++) {
                const indikator *d = &r->indikator[ind[j]];
                double w = cetak_lebar_angka(d->target.nilai, d->target.desimal,
                                             d->satuan, d->predikat);
                if (w > lebar[t[k].kolom])
                    lebar[t[k].kolom] = w;
            }
        }
    }
}

/* ---- heights ------------------------------------------------------------ */

static unsigned jumlah_indikator(const rencana *r, induk_jenis j, size_t i)
{
    size_t n = 0;
    rencana_indikator_dari(r, j, i, &n);
    return (unsigned)n;
}

static unsigned paling_sedikit_satu(unsigned n)
{
    return n ? n : 1;
}

static unsigned tinggi_simpul(const rencana *r, size_t i)
{
    const simpul *s = &r->simpul[i];
    unsigned h = paling_sedikit_satu(jumlah_indikator(r, INDUK_SIMPUL, i));
    for (size_t k = 0; k < s->jumlah_anak; k++)
        h += tinggi_simpul(r, s->anak[k]);
    return h;
}

static unsigned tinggi_sasaran(const rencana *r, size_t k)
{
    unsigned h = 0;
    size_t np = 0;
    size_t *prog = rencana_program_sasaran(r, k, &np);
    for (size_t i = 0; prog && i < np; i++)
        h += tinggi_simpul(r, prog[i]);
    free(prog);
    unsigned ni = k == TIDAK_ADA ? 0 : jumlah_indikator(r, INDUK_KELOMPOK, k);
    return paling_sedikit_satu(h > ni ? h : ni);
}

/* The sasaran under tujuan t (TIDAK_ADA: those without a tujuan), from
 * the plan's index: a scan of every group per tujuan was quadratic. */
static size_t *sasaran_dari(const rencana *r, size_t t, size_t *n)
{
    return rencana_sasaran_tujuan(r, t, n);
}

static unsigned tinggi_tujuan(const rencana *r, size_t t)
{
    size_t ns = 0;
    size_t *sas = sasaran_dari(r, t, &ns);
    unsigned h = 0;
    for (size_t i = 0; sas && i < ns; i++)
        h += tinggi_sasaran(r, sas[i]);
    free(sas);
    unsigned ni = t == TIDAK_ADA ? 0 : jumlah_indikator(r, INDUK_KELOMPOK, t);
    return paling_sedikit_satu(h > ni ? h : ni);
}

/* ---- cells ----------------------------------------------------------------
 */

/* Indicators of an element in columns (ki, kt) from row r0; the last one
 * merged down to r_akhir. */
static void tulis_daftar_indikator(penulis *p, induk_jenis j, size_t induk,
                                   unsigned ki, unsigned kt, unsigned r0,
                                   unsigned r_akhir)
{
    size_t n = 0;
    const size_t *ind =
        induk == TIDAK_ADA ? NULL : rencana_indikator_dari(p->r, j, induk, &n);
    for (size_t i = 0; i < n; i++) {
        const indikator *d = &p->r->indikator[ind[i]];
        unsigned a = r0 + (unsigned)i, b = i + 1 == n ? r_akhir : a;
        lxw_format *f =
            gaya_angka(p->g, d->target.desimal, d->satuan, d->predikat, false);
        /* the last indicator runs down its element's rows: printed on
         * every page they span, as the element's own label */
        tata_label(p->t, a, b, ki, d->uraian, p->g->teks);
        tata_label_angka(p->t, a, b, kt, d->target.nilai, f);
        tandai(p, a, ki, b, kt);
    }
}

/* "kode uraian", malloc'd (the reader keeps the two within a cell). */
static char *nama_simpul(const simpul *s)
{
    return teks_cetak("%s %s", s->kode, s->uraian);
}

/* A program, kegiatan or sub kegiatan at row r0; returns its height. */
static unsigned tulis_simpul(penulis *p, size_t i, unsigned r0)
{
    const simpul *s = &p->r->simpul[i];
    gaya *g = p->g;
    unsigned h = tinggi_simpul(p->r, i);
    unsigned ni = jumlah_indikator(p->r, INDUK_SIMPUL, i);
    unsigned baris_ind = paling_sedikit_satu(ni);
    unsigned k_uraian = s->tingkat == TINGKAT_PROGRAM    ? K_PROGRAM
                        : s->tingkat == TINGKAT_KEGIATAN ? K_KEGIATAN
                                                         : K_SUB;
    char *nama = nama_simpul(s);
    /* its indent takes from the width the text wraps in */
    if (!nama ||
        !lembar_label(&p->t->tinggi, r0, r0 + h - 1, k_uraian, nama,
                      g->uraian[s->tingkat - 1][0],
                      tata_lebar(p->t, k_uraian) - 2.0 * (s->tingkat - 1)))
        CATAT(p->t->galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
    free(nama);
    tandai(p, r0, k_uraian, r0 + h - 1, k_uraian);
    /* a sub kegiatan has nothing below: its indicators fill its rows */
    tulis_daftar_indikator(p, INDUK_SIMPUL, i, k_uraian + 1, k_uraian + 2, r0,
                           r0 + baris_ind - 1);

    unsigned k_agr = k_uraian + 3;
    unsigned akhir_agr = r0 + baris_ind - 1;
    tandai(p, r0, k_agr, akhir_agr, k_agr);
    if (akhir_agr > r0)
        CATAT(p->t->galat,
              worksheet_merge_range(p->ws, r0, (lxw_col_t)k_agr, akhir_agr,
                                    (lxw_col_t)k_agr, "", g->rupiah));
    if (s->jumlah_anak == 0 && p->anggaran) {
        /* one workbook: the pagu typed on the Realisasi Anggaran sheet */
        rujukan_sel pg =
            tulis_rujuk(&tata_realisasi, p->anggaran->baris_simpul[i], "pagu",
                        sel_angka((double)s->jumlah_pagu));
        CATAT(p->t->galat, tulis_salinan(p->ws, r0, k_agr, &pg, g->rupiah));
    } else if (s->jumlah_anak == 0) {
        CATAT(p->t->galat,
              worksheet_write_number(p->ws, r0, (lxw_col_t)k_agr,
                                     (double)s->jumlah_pagu, g->rupiah));
    } else {
        /* the children's anggaran column over this block */
        char a[16], b[16];
        lxw_rowcol_to_cell(a, r0 + baris_ind, (lxw_col_t)(k_agr + 4));
        lxw_rowcol_to_cell(b, r0 + h - 1, (lxw_col_t)(k_agr + 4));
        rumus rm;
        rumus_jumlah(&rm, a, b, sel_angka((double)s->jumlah_pagu));
        CATAT(p->t->galat,
              lembar_rumus(p->ws, r0, k_agr, &rm,
                           s->tingkat == TINGKAT_PROGRAM ? g->rupiah_tebal
                                                         : g->rupiah));
    }
    unsigned row = r0 + baris_ind;
    for (size_t k = 0; k < s->jumlah_anak; k++)
        row += tulis_simpul(p, s->anak[k], row);
    return h;
}

static unsigned tulis_sasaran(penulis *p, size_t k, unsigned r0)
{
    unsigned h = tinggi_sasaran(p->r, k);
    const char *uraian = k == TIDAK_ADA ? "" : p->r->kelompok[k].uraian;
    tata_label(p->t, r0, r0 + h - 1, K_SASARAN, uraian, p->g->teks);
    tandai(p, r0, K_SASARAN, r0 + h - 1, K_SASARAN);
    tulis_daftar_indikator(p, INDUK_KELOMPOK, k, K_IND_SASARAN, K_TGT_SASARAN,
                           r0, r0 + h - 1);
    size_t np = 0;
    size_t *prog = rencana_program_sasaran(p->r, k, &np);
    unsigned row = r0;
    for (size_t i = 0; prog && i < np; i++)
        row += tulis_simpul(p, prog[i], row);
    free(prog);
    return h;
}

static unsigned tulis_tujuan(penulis *p, size_t t, unsigned r0)
{
    unsigned h = tinggi_tujuan(p->r, t);
    const char *uraian = t == TIDAK_ADA ? "" : p->r->kelompok[t].uraian;
    tata_label(p->t, r0, r0 + h - 1, K_TUJUAN, uraian, p->g->teks);
    tandai(p, r0, K_TUJUAN, r0 + h - 1, K_TUJUAN);
    tulis_daftar_indikator(p, INDUK_KELOMPOK, t, K_IND_TUJUAN, K_TGT_TUJUAN, r0,
                           r0 + h - 1);
    size_t ns = 0;
    size_t *sas = sasaran_dari(p->r, t, &ns);
    unsigned row = r0;
    for (size_t i = 0; sas && i < ns; i++)
        row += tulis_sasaran(p, sas[i], row);
    free(sas);
    return h;
}

/* A kinerja lainnya (TIDAK_ADA: the programs serving nothing) in the
 * sasaran columns under an empty tujuan cell: the PK's kinerja lainnya is
 * in no Renstra tujuan. */
static unsigned tulis_tanpa_tujuan(penulis *p, size_t k, unsigned r0)
{
    unsigned h = tinggi_sasaran(p->r, k);
    CATAT(p->t->galat, lembar_gabung(p->ws, r0, K_TUJUAN, r0 + h - 1, K_TUJUAN,
                                     "", p->g->teks));
    tandai(p, r0, K_TUJUAN, r0 + h - 1, K_TUJUAN);
    return tulis_sasaran(p, k, r0);
}

/* Whether kelompok k has a program serving it. */
static bool punya_program(const rencana *r, size_t k)
{
    size_t n = 0;
    free(rencana_program_sasaran(r, k, &n));
    return n > 0;
}

/* Whether some sasaran serves no tujuan, and some program no sasaran:
 * each kind is listed in a block of its own. */
static void lepas(const rencana *r, bool *sasaran, bool *program)
{
    *sasaran = *program = false;
    for (size_t i = 0; i < r->jumlah_kelompok; i++)
        *sasaran |= r->kelompok[i].jenis == KELOMPOK_SASARAN &&
                    r->kelompok[i].induk == TIDAK_ADA;
    for (size_t i = 0; i < r->jumlah_simpul; i++)
        *program |= r->simpul[i].tingkat == TINGKAT_PROGRAM &&
                    r->simpul[i].sasaran == TIDAK_ADA;
}

lxw_error tulis_rkt(lxw_workbook *wb, gaya *g, const rencana *r,
                    const tulis_opsi *o)
{
    double lebar[K_JUMLAH];
    lebar_rkt(r, lebar);
    tata_penulis tp;
    lxw_worksheet *ws =
        tata_buka_lebar(&tp, wb, g, &tata_rkt, o, r->id.tahun, lebar);
    if (!ws)
        return tp.galat;
    peta_anggaran anggaran;
    if (o->satu_buku && !peta_anggaran_susun(r, &anggaran))
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    penulis p = {ws, g, r, o, &tp, o->satu_buku ? &anggaran : NULL, NULL, 0};
    char buf[512];
    snprintf(buf, sizeof buf, "RENCANA KERJA TAHUNAN (RKT) TAHUN %d",
             r->id.tahun);
    tata_judul(&tp, 0, buf, g->judul);
    char *nama_instansi = tulis_nama_instansi(r, true);
    tata_judul(&tp, 1, nama_instansi, g->subjudul);
    free(nama_instansi);

    /* the table area: every cell bordered, the content's or a blank */
    unsigned awal = tata_baris_isi(&tata_rkt), tinggi = 0;
    size_t nt = 0;
    size_t *tujuan = rencana_kelompok_jenis(r, KELOMPOK_TUJUAN, &nt);
    if (!tujuan)
        CATAT(tp.galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
    for (size_t i = 0; i < nt; i++)
        tinggi += tinggi_tujuan(r, tujuan[i]);
    bool sasaran_lepas, program_lepas;
    lepas(r, &sasaran_lepas, &program_lepas);
    if (sasaran_lepas)
        tinggi += tinggi_tujuan(r, TIDAK_ADA);
    /* a kinerja lainnya with programs: their anggaran is in the total */
    size_t nl = 0;
    size_t *lain = rencana_kelompok_jenis(r, KELOMPOK_LAINNYA, &nl);
    if (!lain && nl)
        CATAT(tp.galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
    for (size_t i = 0; lain && i < nl; i++)
        if (punya_program(r, lain[i]))
            tinggi += tinggi_sasaran(r, lain[i]);
    if (program_lepas)
        tinggi += tinggi_sasaran(r, TIDAK_ADA);
    /* a row more than the table: a table of no rows still gets a map
     * (calloc of nothing may return NULL) */
    p.ditulis = calloc((size_t)(tinggi + 1) * K_JUMLAH, sizeof *p.ditulis);
    p.awal = awal;
    if (!p.ditulis) {
        CATAT(tp.galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
        free(tujuan);
        free(lain);
        if (p.anggaran)
            peta_anggaran_bebas(&anggaran);
        return tata_tutup(&tp);
    }

    unsigned row = awal;
    for (size_t i = 0; i < nt; i++)
        row += tulis_tujuan(&p, tujuan[i], row);
    free(tujuan);
    if (sasaran_lepas)
        row += tulis_tujuan(&p, TIDAK_ADA, row);
    for (size_t i = 0; lain && i < nl; i++)
        if (punya_program(r, lain[i]))
            row += tulis_tanpa_tujuan(&p, lain[i], row);
    free(lain);
    if (program_lepas)
        row += tulis_tanpa_tujuan(&p, TIDAK_ADA, row); /* serving no sasaran */
    /* the cells nothing above writes (an element's columns beside its
     * children's rows, an element without indicators): each written once,
     * instead of a blank under every cell overwritten by the content */
    for (unsigned i = 0; i < tinggi; i++)
        for (unsigned k = 0; k < K_JUMLAH; k++)
            if (!p.ditulis[(size_t)i * K_JUMLAH + k])
                CATAT(tp.galat, worksheet_write_blank(ws, awal + i,
                                                      (lxw_col_t)k, g->teks));
    free(p.ditulis);

    /* JUMLAH: the program column over the whole table */
    CATAT(tp.galat, lembar_gabung(ws, row, 0, row, K_TGT_PROGRAM, "JUMLAH",
                                  g->jumlah_teks));
    char a[16], b[16];
    lxw_rowcol_to_cell(a, awal, K_AGR_PROGRAM);
    lxw_rowcol_to_cell(b, row - 1, K_AGR_PROGRAM);
    rumus rm;
    rumus_jumlah(&rm, a, b, sel_angka((double)r->jumlah_pagu));
    CATAT(tp.galat,
          lembar_rumus(ws, row, K_AGR_PROGRAM, &rm, g->jumlah_rupiah));
    CATAT(tp.galat, lembar_gabung(ws, row, K_KEGIATAN, row, K_AGR_SUB, "",
                                  g->jumlah_teks));

    /* printed from the header to JUMLAH (the title in the page header) */
    tata_cetak_area(&tp, BARIS_KEPALA, row);
    if (p.anggaran)
        peta_anggaran_bebas(&anggaran);
    return tata_tutup(&tp);
}
