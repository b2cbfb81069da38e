/*
 * tulis_pemeriksaan.c - the Pemeriksaan sheet of the Realisasi Anggaran
 * workbook: finance's cross-checks (pemeriksaan.h), one comparison per
 * row, grouped in sections:
 *
 *   No | Kode | Uraian | Angka yang diperiksa | Nilai | Pembanding |
 *   Nilai | Selisih | Hasil
 *
 * Figures of the Realisasi Anggaran sheet are formulas referencing it
 * (IF(ref="","",ref)), so the checks follow what finance types there;
 * figures of the other workbooks are the plan's values, written as
 * numbers.  The difference is SELISIH_RINCIAN / CEK_ANGGARAN in add-in
 * mode and plain arithmetic / IF in standard mode, with cached values
 * computed by the core; a mismatch (Tidak cocok, Melebihi pagu) is marked
 * by conditional formatting, a budget revision (Revisi) is marked as
 * information.  The top of the sheet counts the mismatches.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tulis.h"

enum {
    P_NO,
    P_KODE,
    P_URAIAN,
    P_LABEL_A,
    P_NILAI_A,
    P_LABEL_B,
    P_NILAI_B,
    P_SELISIH,
    P_HASIL,
    P_JUMLAH
};

#define P_BARIS_TEMUAN 4
/* rows with an input but without their formula, per sheet */
#define P_BARIS_TANPA_RUMUS 5
#define P_KEPALA 6 /* header row (0-based); column numbers below it */

/* The Pemeriksaan sheet: one cross-check per row. */
static const tata_kolom kolom_pemeriksaan[P_JUMLAH] = {
    [P_NO] = {"no", NULL, NULL, "No", 5, TATA_LABEL, NULL},
    [P_KODE] = {"kode", NULL, NULL, "Kode", 17, TATA_LABEL, NULL},
    [P_URAIAN] = {"uraian", NULL, NULL, "Uraian", 40, TATA_LABEL, NULL},
    [P_LABEL_A] = {"diperiksa", NULL, NULL, "Angka yang diperiksa", 26,
                   TATA_LABEL, NULL},
    [P_NILAI_A] = {"nilai_diperiksa", NULL, NULL, "Nilai", 17, TATA_RUMUS,
                   "Ketik angka dalam rupiah penuh tanpa titik ribuan "
                   "(contoh 1250000); kosongkan bila belum ada."},
    [P_LABEL_B] = {"pembanding", NULL, NULL, "Dibandingkan dengan", 30,
                   TATA_LABEL, NULL},
    [P_NILAI_B] = {"nilai_pembanding", NULL, NULL, "Nilai", 17, TATA_RUMUS,
                   NULL},
    [P_SELISIH] = {"selisih", NULL, NULL, "Selisih", 15, TATA_RUMUS, NULL},
    [P_HASIL] = {"hasil", NULL, NULL, "Hasil", 17, TATA_RUMUS, NULL},
};

/* Printed with the uraian repeated on every page across; the second page
 * across (A4 and F4) starts at the pembanding, which keeps each label
 * beside its value, and a section heading prints in the uraian column of
 * each (tata_bagian). */
const tata_lembar tata_pemeriksaan =
    TATA_LEMBAR("Pemeriksaan", kolom_pemeriksaan, P_KEPALA, TATA_BANTU,
                .kunci = "uraian", .awal_halaman = {"pembanding"});

static double lebar(unsigned k)
{
    return kolom_pemeriksaan[k].lebar;
}

typedef struct penulis {
    TULIS_PENULIS;
    const peta_anggaran *peta;
    const peta_pengukuran *ukur; /* one workbook: the Pengukuran sheet */
    tata_penulis *t;             /* the sheet: its errors and row heights */
    unsigned *baris;             /* sheet row of each check row */
} penulis;

static kinerja_sel nilai_sel(const periksa_nilai *v)
{
    return v->ada ? sel_angka(v->nilai) : sel_kosong();
}

/* The cell of another sheet a figure is read from: 'Realisasi
 * Anggaran'!$G$8, or the Pengukuran Kinerja sheet's realisasi. */
static rujukan_sel rujuk_sumber(const penulis *p, const periksa_nilai *v)
{
    kinerja_sel nilai = nilai_sel(v);
    if (v->sumber == SUMBER_KINERJA)
        return tulis_rujuk(&tata_pengukuran,
                           p->ukur->baris_indikator[v->indikator], "realisasi",
                           nilai);
    unsigned baris = v->simpul == TIDAK_ADA ? p->peta->baris_total
                                            : p->peta->baris_simpul[v->simpul];
    return sel_lembar(p->peta->lembar, baris, p->peta->kolom[v->kolom], nilai);
}

static lxw_format *format_nilai(penulis *p, const periksa_baris *b,
                                const periksa_nilai *v)
{
    if (b->poin)
        return gaya_angka(p->g, v->desimal, "", "", false);
    return p->g->rupiah;
}

/* One figure (a or b) of row i at (row, kolom). */
static void tulis_nilai(penulis *p, const pemeriksaan *daftar, size_t i,
                        const periksa_nilai *v, unsigned row, unsigned kolom)
{
    const periksa_baris *b = &daftar->baris[i];
    lxw_worksheet *ws = p->ws;
    rumus rm;
    rujukan_sel sumber;
    periksa_sumber jenis = v->sumber;
    /* an indicator the Pengukuran sheet does not list (a tujuan's) keeps
     * the plan's figure */
    if (jenis == SUMBER_KINERJA && !p->ukur->baris_indikator[v->indikator])
        jenis = SUMBER_TETAP;
    switch (jenis) {
    case SUMBER_TETAP:
        CATAT(p->t->galat, lembar_angka(ws, row, kolom, v->ada, v->nilai,
                                        format_nilai(p, b, v)));
        break;
    case SUMBER_ISIAN:
        CATAT(p->t->galat, lembar_angka(ws, row, kolom, v->ada, v->nilai,
                                        p->g->isian_rupiah));
        tata_validasi(p->t, P_NILAI_A, P_NILAI_A, row, row);
        break;
    case SUMBER_ANGGARAN:
    case SUMBER_KINERJA:
        sumber = rujuk_sumber(p, v);
        CATAT(p->t->galat,
              tulis_salinan(ws, row, kolom, &sumber, format_nilai(p, b, v)));
        break;
    case SUMBER_RINCIAN: {
        char a[16], z[16];
        lxw_rowcol_to_cell(a, p->baris[v->rincian_dari], P_NILAI_A);
        lxw_rowcol_to_cell(z, p->baris[v->rincian_dari + v->rincian_jumlah - 1],
                           P_NILAI_A);
        rumus_jumlah_terisi(&rm, a, z, nilai_sel(v));
        CATAT(p->t->galat, lembar_rumus(ws, row, kolom, &rm, p->g->rupiah));
        break;
    }
    }
}

/* Selisih and Hasil of row i. */
static void tulis_kesimpulan(penulis *p, const pemeriksaan *daftar, size_t i,
                             unsigned row)
{
    const periksa_baris *b = &daftar->baris[i];
    lxw_worksheet *ws = p->ws;
    gaya *g = p->g;
    rujukan_sel a = sel_di(row, P_NILAI_A, nilai_sel(&b->a));
    rujukan_sel x = sel_di(row, P_NILAI_B, nilai_sel(&b->b));
    lxw_format *f_selisih =
        b->poin ? gaya_selisih(g, b->a.desimal > b->b.desimal ? b->a.desimal
                                                              : b->b.desimal)
                : g->selisih;
    rumus sel, hasil;
    switch (b->cara) {
    case CARA_ISIAN:
        return;
    case CARA_PAGU: {
        /* Hasil first (the difference shows only for over-spending) */
        rumus_cek_anggaran(&hasil, p->o->rumus, &x, &a);
        rujukan_sel h = sel_di(row, P_HASIL, hasil.hasil);
        rumus_lebih_pagu(&sel, p->o->rumus, &h,
                         periksa_temuan_teks(TEMUAN_MELEBIHI_PAGU), &a, &x);
        CATAT(p->t->galat, lembar_rumus(ws, row, P_SELISIH, &sel, f_selisih));
        CATAT(p->t->galat, lembar_rumus(ws, row, P_HASIL, &hasil, g->kategori));
        return;
    }
    case CARA_POIN:
        rumus_selisih_poin(&sel, &a, &x,
                           b->a.desimal > b->b.desimal ? b->a.desimal
                                                       : b->b.desimal);
        break;
    case CARA_SELISIH:
    case CARA_REVISI:
        if (b->poin) {
            rumus_selisih_poin(&sel, &a, &x,
                               b->a.desimal > b->b.desimal ? b->a.desimal
                                                           : b->b.desimal);
        } else if (b->b.sumber == SUMBER_RINCIAN) {
            /* the total against the range of its parts: SELISIH_RINCIAN
             * reads the parts themselves */
            char r1[16], r2[16], rentang[40];
            lxw_rowcol_to_cell(r1, p->baris[b->b.rincian_dari], P_NILAI_A);
            lxw_rowcol_to_cell(
                r2, p->baris[b->b.rincian_dari + b->b.rincian_jumlah - 1],
                P_NILAI_A);
            snprintf(rentang, sizeof rentang, "%s:%s", r1, r2);
            kinerja_sel bagian[8];
            size_t n = b->b.rincian_jumlah < 8 ? b->b.rincian_jumlah : 8;
            for (size_t k = 0; k < n; k++)
                bagian[k] = nilai_sel(&daftar->baris[b->b.rincian_dari + k].a);
            rumus_selisih_rincian(&sel, p->o->rumus, &a, rentang, bagian, n);
        } else {
            rumus_selisih_rincian(&sel, p->o->rumus, &a, x.ref, &x.nilai, 1);
        }
        break;
    }
    CATAT(p->t->galat, lembar_rumus(ws, row, P_SELISIH, &sel, f_selisih));
    rujukan_sel s = sel_di(row, P_SELISIH, sel.hasil);
    if (b->cara == CARA_REVISI)
        rumus_hasil_selisih(&hasil, &s, periksa_temuan_teks(TEMUAN_TETAP),
                            periksa_temuan_teks(TEMUAN_REVISI));
    else
        rumus_hasil_selisih(&hasil, &s, periksa_temuan_teks(TEMUAN_COCOK),
                            periksa_temuan_teks(TEMUAN_TIDAK_COCOK));
    CATAT(p->t->galat, lembar_rumus(ws, row, P_HASIL, &hasil, g->kategori));
}

/*
 * The rows of Realisasi Anggaran (and of Pengukuran Kinerja, in one
 * workbook) that hold an input without the formula every row carries
 * (tata_jaga's red mark), counted per sheet over the whole block and the
 * rows appended below it: 0 while every inserted row was filled down.
 * Label and count side by side, as the table's own columns pair them.
 */
static void tulis_tanpa_rumus(penulis *p)
{
    tata_penulis *tp = p->t;
    gaya *g = p->g;
    const struct {
        const tata_lembar *t;
        unsigned awal, akhir;
        unsigned k_label, k_nilai;
    } lembar[] = {
        /* from the row above the first body row (the organisation's
         * total, the column numbers: never counted), so that a row
         * inserted at the top of the block is inside the range too (a
         * range grows only with rows inserted below its first row) */
        {&tata_realisasi, p->peta->baris_total, p->peta->baris_cadangan,
         P_LABEL_A, P_NILAI_A},
        {&tata_pengukuran, tata_baris_isi(&tata_pengukuran) - 1,
         p->ukur ? p->ukur->baris_jumlah : 0, P_LABEL_B, P_NILAI_B},
        /* the regions compared, each indicator's block under its own
         * header: the whole sheet (headers and charts hold no number in
         * the realisasi column) */
        {&tata_perbandingan_daerah, tata_perbandingan_daerah.baris_kepala,
         p->ukur && p->r->jumlah_pembanding ? tulis_daerah_baris_akhir(p->r)
                                            : 0,
         P_SELISIH, P_HASIL},
    };
    tata_bagian(tp, P_BARIS_TANPA_RUMUS, P_URAIAN,
                "Baris berisi tanpa rumus (sel merah; isi ke bawah dari baris "
                "di atasnya)",
                g->jumlah_teks);
    for (size_t i = 0; i < sizeof lembar / sizeof lembar[0]; i++) {
        unsigned baris = P_BARIS_TANPA_RUMUS;
        rumus rm;
        if (lembar[i].akhir < lembar[i].awal ||
            !tata_rumus_hilang(&rm, lembar[i].t, lembar[i].awal,
                               lembar[i].akhir, 0)) {
            CATAT(tp->galat,
                  worksheet_write_blank(p->ws, baris, lembar[i].k_label,
                                        g->jumlah_teks));
            CATAT(tp->galat,
                  worksheet_write_blank(p->ws, baris, lembar[i].k_nilai,
                                        g->jumlah_teks));
            continue;
        }
        CATAT(tp->galat,
              worksheet_write_string(p->ws, baris, lembar[i].k_label,
                                     lembar[i].t->nama, g->jumlah_teks));
        CATAT(tp->galat, lembar_rumus(p->ws, baris, lembar[i].k_nilai, &rm,
                                      g->jumlah_kategori));
        char c[16];
        lxw_rowcol_to_cell(c, baris, (lxw_col_t)lembar[i].k_nilai);
        rumus_aturan aturan;
        rumus_aturan_positif(&aturan, c);
        tata_tanda(tp, baris, lembar[i].k_nilai, baris, lembar[i].k_nilai,
                   &aturan, g->tanda_lebih);
    }
}

lxw_error tulis_pemeriksaan(lxw_workbook *wb, gaya *g, const rencana *r,
                            const tulis_opsi *o, const peta_anggaran *peta)
{
    pemeriksaan daftar;
    peta_pengukuran ukur;
    if (o->satu_buku && !peta_pengukuran_susun(r, &ukur))
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (!pemeriksaan_susun_buku(r, o->satu_buku, &daftar)) {
        if (o->satu_buku)
            peta_pengukuran_bebas(&ukur);
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    tata_penulis tp;
    lxw_worksheet *ws =
        tata_buka(&tp, wb, g, &tata_pemeriksaan, o, r->id.tahun);
    penulis p = {ws, g, r, o, peta, o->satu_buku ? &ukur : NULL, &tp, NULL};
    if (ws)
        p.baris = calloc(daftar.jumlah ? daftar.jumlah : 1, sizeof(unsigned));
    if (!p.baris) {
        pemeriksaan_bebas(&daftar);
        if (o->satu_buku)
            peta_pengukuran_bebas(&ukur);
        return ws ? LXW_ERROR_MEMORY_MALLOC_FAILED : tp.galat;
    }

    char buf[512];
    tulis_kop(&tp, r, "PEMERIKSAAN SILANG ANGGARAN", "TAHUN ANGGARAN");
#define PETUNJUK_SELISIH                                                       \
    "Selisih = angka yang diperiksa - pembandingnya, dalam rupiah tepat "      \
    "(poin untuk angka kinerja). "
    tata_pesan(&tp, 3,
               o->satu_buku ? PETUNJUK_SELISIH
                   "Angka lembar Realisasi Anggaran dan Pengukuran Kinerja "
                   "diambil langsung dari lembar itu dan ikut berubah bila "
                   "diubah; lembar lain buku ini merujuk sel yang sama, jadi "
                   "tidak ada salinan yang perlu dicocokkan. Angka laporan "
                   "adalah nilai rencana. Revisi anggaran (PK murni ke PK "
                   "perubahan) bukan kesalahan."
                            : PETUNJUK_SELISIH
                   "Angka lembar Realisasi Anggaran diambil langsung dari "
                   "lembar itu dan ikut berubah bila diubah; angka buku "
                   "kerja lain (Pengukuran Kinerja, Ringkasan, Perjanjian "
                   "Kinerja) dan angka laporan adalah nilai rencana saat "
                   "buku dibuat, karena tautan antarberkas putus bila berkas "
                   "dipindah atau diganti namanya. Revisi anggaran (PK murni "
                   "ke PK perubahan) bukan kesalahan.",
               g->biasa);

    /* rows first (ranges and references need them), then the cells */
    unsigned row = P_KEPALA + 2;
    if (daftar.dipangkas) {
        snprintf(
            buf, sizeof buf,
            "Rencana ini memuat %zu baris anggaran: pemeriksaan per baris "
            "(A: angka dilaporkan terhadap rinciannya, B: realisasi "
            "terhadap pagu) tidak ditulis di lembar ini. Lembar "
            "Realisasi Anggaran tetap menandai setiap realisasi di atas "
            "pagu dan setiap angka dilaporkan yang berbeda dari jumlahnya.",
            daftar.jumlah_simpul);
        tata_judul(&tp, row, buf, g->biasa);
        row += 2;
    }
    periksa_bagian bagian = BAGIAN_JUMLAH;
    for (size_t i = 0; i < daftar.jumlah; i++) {
        if (daftar.baris[i].bagian != bagian) {
            bagian = daftar.baris[i].bagian;
            row++; /* the section heading */
        }
        p.baris[i] = row++;
    }
    unsigned awal = daftar.jumlah ? p.baris[0] - 1 : P_KEPALA + 2;
    unsigned akhir = row > awal ? row - 1 : awal;

    size_t nomor = 0;
    bagian = BAGIAN_JUMLAH;
    for (size_t i = 0; i < daftar.jumlah; i++) {
        const periksa_baris *b = &daftar.baris[i];
        row = p.baris[i];
        if (b->bagian != bagian) {
            bagian = b->bagian;
            tata_bagian(&tp, row - 1, P_JUMLAH - 1,
                        periksa_bagian_judul(bagian, daftar.satu_buku),
                        g->bagian);
        }
        if (b->cara == CARA_ISIAN) {
            CATAT(tp.galat, worksheet_write_blank(ws, row, P_NO, g->teks));
        } else {
            CATAT(tp.galat,
                  worksheet_write_number(ws, row, P_NO, (double)++nomor,
                                         g->teks_tengah));
        }
        CATAT(tp.galat,
              worksheet_write_string(ws, row, P_KODE, b->kode, g->teks));
        CATAT(tp.galat,
              worksheet_write_string(ws, row, P_URAIAN, b->uraian, g->teks));
        lembar_perlu(&tp.tinggi, row, row, b->uraian, lebar(P_URAIAN));
        CATAT(tp.galat,
              worksheet_write_string(ws, row, P_LABEL_A, b->a.label, g->teks));
        lembar_perlu(&tp.tinggi, row, row, b->a.label, lebar(P_LABEL_A));
        tulis_nilai(&p, &daftar, i, &b->a, row, P_NILAI_A);
        if (b->cara == CARA_ISIAN) {
            for (unsigned k = P_LABEL_B; k < P_JUMLAH; k++)
                CATAT(tp.galat,
                      worksheet_write_blank(ws, row, (lxw_col_t)k, g->teks));
            continue;
        }
        CATAT(tp.galat,
              worksheet_write_string(ws, row, P_LABEL_B, b->b.label, g->teks));
        lembar_perlu(&tp.tinggi, row, row, b->b.label, lebar(P_LABEL_B));
        tulis_nilai(&p, &daftar, i, &b->b, row, P_NILAI_B);
        tulis_kesimpulan(&p, &daftar, i, row);
    }

    /* the count of mismatches, at the top */
    char h1[16], h2[16];
    lxw_rowcol_to_cell_abs(h1, awal, P_HASIL, 1, 1);
    lxw_rowcol_to_cell_abs(h2, akhir, P_HASIL, 1, 1);
    rumus rm;
    rumus_hitung_label(&rm, h1, h2, periksa_temuan_teks(TEMUAN_TIDAK_COCOK),
                       periksa_temuan_teks(TEMUAN_MELEBIHI_PAGU),
                       (double)daftar.temuan);
    tata_bagian(&tp, P_BARIS_TEMUAN, P_SELISIH,
                "Jumlah temuan (Tidak cocok, Melebihi pagu)", g->jumlah_teks);
    CATAT(tp.galat,
          lembar_rumus(ws, P_BARIS_TEMUAN, P_HASIL, &rm, g->jumlah_kategori));

    tulis_tanpa_rumus(&p);

    /* marks: mismatches, and revisions as information */
    char c1[16];
    rumus_aturan aturan;
    lxw_rowcol_to_cell_abs(c1, awal, P_HASIL, 0, 1);
    rumus_aturan_label(&aturan, c1, periksa_temuan_teks(TEMUAN_TIDAK_COCOK),
                       periksa_temuan_teks(TEMUAN_MELEBIHI_PAGU));
    tata_tanda(&tp, awal, P_SELISIH, akhir, P_HASIL, &aturan, g->tanda_lebih);
    rumus_aturan_label(&aturan, c1, periksa_temuan_teks(TEMUAN_REVISI), NULL);
    tata_tanda(&tp, awal, P_SELISIH, akhir, P_HASIL, &aturan, g->tanda_revisi);
    lxw_rowcol_to_cell(c1, P_BARIS_TEMUAN, P_HASIL);
    rumus_aturan_positif(&aturan, c1);
    tata_tanda(&tp, P_BARIS_TEMUAN, P_HASIL, P_BARIS_TEMUAN, P_HASIL, &aturan,
               g->tanda_lebih);

    /* printed from the findings count down (the explanation row stays on
     * screen, the title in the page header) */
    tata_cetak_area(&tp, P_BARIS_TEMUAN, akhir);
    free(p.baris);
    pemeriksaan_bebas(&daftar);
    if (o->satu_buku)
        peta_pengukuran_bebas(&ukur);
    return tata_tutup(&tp);
}
