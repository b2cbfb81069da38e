/*
 * tulis_grafik.c - the Ringkasan workbook's charts: Tabel 3.2 drawn per
 * indicator (target against realisasi per year, the "Grafik Kinerja"
 * sheet) and Tabel 3.4 (the indicator against other regions, with its bar
 * chart, the "Perbandingan Daerah" sheet).
 *
 * Every figure a chart draws is a formula on its own sheet that references
 * the cell where the figure is typed or computed (Perbandingan, or
 * Ringkasan for this year's realisasi), so a realisasi filled in later
 * redraws the charts.  Charts are native xlsx charts (libxlsxwriter); the
 * series have fixed colours so that a rendering can be checked for them
 * (tests/generator/uji_calc.py).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tulis.h"

/* Series colours: target blue, realisasi orange, other regions grey. */
#define WARNA_TARGET 0x4472C4
#define WARNA_REALISASI 0xED7D31
#define WARNA_DAERAH 0xA5A5A5

#define LEMBAR_GRAFIK "Grafik Kinerja"
#define LEMBAR_DAERAH "Perbandingan Daerah"

/* Rows a chart takes at the default row height (288 px / 20 px). */
#define TINGGI_GRAFIK 16

/* The charts of a sheet, each a block of rows kept on one printed page. */
#define GRAFIK_MAKS 256
typedef struct blok_grafik {
    unsigned baris[GRAFIK_MAKS][2];
    size_t jumlah;
} blok_grafik;

static void blok_tambah(blok_grafik *b, unsigned awal, unsigned akhir)
{
    if (b->jumlah < GRAFIK_MAKS) {
        b->baris[b->jumlah][0] = awal;
        b->baris[b->jumlah++][1] = akhir;
    }
}

/* A chart sheet's page setup: `judul` and the organisation in the page
 * header, no header rows or key column to repeat, the rows from 4 (below
 * the instruction) to the last written (`row` is the next), pages
 * breaking best at putus[0..n), never inside a chart (grafik). */
static lxw_error cetak_grafik(lxw_worksheet *ws, const rencana *r,
                              const tulis_opsi *o, const char *judul,
                              const unsigned *putus, size_t n,
                              const blok_grafik *grafik, unsigned row,
                              unsigned jumlah_kolom, const double *lebar,
                              lembar_tinggi_peta *tinggi)
{
    char *kepala = tulis_judul_cetak(r, judul);
    halaman_atur atur = {.judul = kepala,
                         .kepala_awal = -1,
                         .kepala_akhir = -1,
                         .kunci_awal = -1,
                         .kunci_akhir = -1,
                         .putus_baik = putus,
                         .jumlah_putus_baik = n,
                         .utuh = grafik->baris,
                         .jumlah_utuh = grafik->jumlah,
                         .cetak_awal = 4,
                         .cetak_akhir = row > 4 ? row - 1 : 4,
                         .jumlah_kolom = jumlah_kolom,
                         .lebar = lebar};
    lxw_error e = lembar_halaman(ws, o, &atur, tinggi);
    free(kepala);
    return e;
}

static kinerja_sel salin_sel(kinerja_sel s)
{
    return s.jenis == SEL_TIADA ? sel_kosong() : s;
}

static lxw_chart_series *seri(lxw_chart *c, const char *lembar, unsigned r1,
                              unsigned r2, unsigned k_kategori,
                              unsigned k_nilai, unsigned r_nama,
                              unsigned k_nama, uint32_t warna)
{
    lxw_chart_series *s = chart_add_series(c, NULL, NULL);
    if (!s)
        return NULL;
    chart_series_set_categories(s, lembar, r1, (lxw_col_t)k_kategori, r2,
                                (lxw_col_t)k_kategori);
    chart_series_set_values(s, lembar, r1, (lxw_col_t)k_nilai, r2,
                            (lxw_col_t)k_nilai);
    chart_series_set_name_range(s, lembar, r_nama, (lxw_col_t)k_nama);
    lxw_chart_fill isi = {.color = warna};
    chart_series_set_fill(s, &isi);
    lxw_chart_line garis = {.color = warna};
    chart_series_set_line(s, &garis);
    /* labels in the cells' own number format (Indonesian decimals) */
    chart_series_set_labels(s);
    lxw_chart_font huruf = {.size = 8};
    chart_series_set_labels_font(s, &huruf);
    return s;
}

/* Title, legend, axes.  In a bar chart libxlsxwriter's x axis is the
 * value axis (horizontal). */
static void judul_grafik(lxw_chart *c, const char *teks, bool batang)
{
    chart_title_set_name(c, teks);
    lxw_chart_font huruf = {.size = 10, .bold = LXW_TRUE};
    chart_title_set_name_font(c, &huruf);
    chart_legend_set_position(c, LXW_CHART_LEGEND_BOTTOM);
    chart_axis_set_min(batang ? c->x_axis : c->y_axis, 0); /* bars from 0 */
    /* Indonesian decimals on the value axis too (0,5 not 0.5); Calc 7.4
     * honours the locale of General on a column chart's axis but not on a
     * bar chart's, which gets explicit decimals */
    chart_axis_set_num_format(batang ? c->x_axis : c->y_axis,
                              batang ? "[$-421]#,##0.0" : "[$-421]General");
    lxw_chart_font kecil = {.size = 8};
    chart_axis_set_num_font(c->x_axis, &kecil);
    chart_axis_set_num_font(c->y_axis, &kecil);
}

/* ---- Grafik Kinerja (Tabel 3.2 per indicator) --------------------------- */

enum { G_TAHUN, G_TARGET, G_REALISASI, G_CAPAIAN, G_KOLOM };

/* Each indicator's table of years, the data of its chart (the columns
 * right of it hold the chart), under its own header. */
static const tata_kolom kolom_grafik[G_KOLOM] = {
    [G_TAHUN] = {"tahun", NULL, NULL, "Tahun", 10, TATA_LABEL, NULL},
    [G_TARGET] = {"target", NULL, NULL, "Target", 13, TATA_RUMUS, NULL},
    [G_REALISASI] = {"realisasi", NULL, NULL, "Realisasi", 13, TATA_RUMUS,
                     NULL},
    [G_CAPAIAN] = {"capaian", NULL, NULL, "Capaian (%)", 13, TATA_RUMUS, NULL},
};

const tata_lembar tata_grafik = {.nama = LEMBAR_GRAFIK,
                                 .kolom = kolom_grafik,
                                 .jumlah_kolom = G_KOLOM,
                                 .baris_kepala = 4,
                                 .peran = TATA_RESMI};

/* Places chart c at (row, kolom), offset and scaled, moving with its cells
 * but keeping its size when rows are resized. */
static lxw_error sisip_grafik(lxw_worksheet *ws, unsigned row, unsigned kolom,
                              lxw_chart *c, int y_offset, double x_skala,
                              double y_skala)
{
    lxw_chart_options opsi;
    memset(&opsi, 0, sizeof opsi);
    opsi.x_offset = 10;
    opsi.y_offset = y_offset;
    opsi.x_scale = x_skala;
    opsi.y_scale = y_skala;
    opsi.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
    return worksheet_insert_chart_opt(ws, row, (lxw_col_t)kolom, c, &opsi);
}

lxw_error tulis_grafik_kinerja(lxw_workbook *wb, gaya *g, const rencana *r,
                               const tulis_opsi *o,
                               const peta_perbandingan *peta)
{
    size_t nt = peta->jumlah_tahun;
    if (nt == 0)
        return LXW_NO_ERROR;
    lxw_worksheet *ws = workbook_add_worksheet(wb, LEMBAR_GRAFIK);
    if (!ws)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    lxw_error galat = LXW_NO_ERROR;
    /* the engine writes each indicator's header (tata_kepala); its row
     * heights are the sheet's (tp.tinggi), applied at the page setup */
    tata_penulis tp = {.ws = ws, .g = g, .t = &tata_grafik, .o = o};
    double lebar[G_KOLOM];
    for (unsigned k = 0; k < G_KOLOM; k++) {
        lebar[k] = kolom_grafik[k].lebar;
        CATAT(galat, worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k,
                                          lebar[k], NULL));
    }
    CATAT(galat, worksheet_set_column(ws, G_KOLOM, G_KOLOM + 8, 10, NULL));
    char buf[512];
    snprintf(buf, sizeof buf, "GRAFIK REALISASI KINERJA TAHUN %d - %d",
             peta->tahun[0], peta->tahun[nt - 1]);
    CATAT(galat, lembar_gabung(ws, 0, 0, 0, G_KOLOM + 8, buf, g->judul));
    char *nama_instansi = tulis_nama_instansi(r, true);
    CATAT(galat,
          lembar_gabung(ws, 1, 0, 1, G_KOLOM + 8, nama_instansi, g->subjudul));
    free(nama_instansi);
    CATAT(galat,
          lembar_gabung(ws, 2, 0, 2, G_KOLOM + 8,
                        o->satu_buku ? "Angka diambil dari lembar Perbandingan "
                                       "(Tabel 3.2); grafik ikut berubah bila "
                                       "realisasi diisi di lembar Pengukuran "
                                       "Kinerja."
                                     : "Angka diambil dari lembar Perbandingan "
                                       "(Tabel 3.2); grafik ikut berubah bila "
                                       "realisasi diisi di lembar Ringkasan "
                                       "atau Perbandingan.",
                        g->biasa));

    unsigned row = 4;
    size_t nomor = 0;
    unsigned putus[256]; /* where each indicator's block ends */
    size_t n_putus = 0;
    blok_grafik grafik = {.jumlah = 0};
    /* the indicators on the Perbandingan sheet, in its order */
    size_t n_urut = 0;
    tulis_renstra *urut = tulis_renstra_urut(r, &n_urut);
    if (!urut)
        galat = LXW_ERROR_MEMORY_MALLOC_FAILED;
    for (size_t j = 0; urut && j < n_urut; j++) {
        size_t i = urut[j].indikator;
        if (!peta->baris[i])
            continue;
        const indikator *d = &r->indikator[i];
        unsigned awal = row;
        char *teks = teks_cetak("%zu. %s", ++nomor, d->uraian);
        CATAT(galat, lembar_gabung(ws, row, 0, row, G_KOLOM - 1, teks,
                                   g->biasa_tebal));
        lembar_perlu(&tp.tinggi, row, row, teks, 49);
        free(teks);
        row++;
        teks = teks_cetak("Sasaran: %s", r->kelompok[urut[j].kelompok].uraian);
        CATAT(galat,
              lembar_gabung(ws, row, 0, row, G_KOLOM - 1, teks, g->biasa));
        lembar_perlu(&tp.tinggi, row, row, teks, 49);
        free(teks);
        row++;
        unsigned kepala = row++;
        tata_kepala(&tp, tp.t, kepala);
        unsigned r1 = row;
        for (size_t t = 0; t < nt; t++) {
            const sel_perbandingan *sp = &peta->sel[i * nt + t];
            if (!sp->ada)
                continue;
            snprintf(buf, sizeof buf, "%d", peta->tahun[t]);
            CATAT(galat, worksheet_write_string(ws, row, G_TAHUN, buf,
                                                g->teks_tengah));
            const kinerja_sel nilai[3] = {salin_sel(sp->target),
                                          salin_sel(sp->realisasi),
                                          salin_sel(sp->capaian)};
            static const char *const kolom[3] = {"target", "realisasi",
                                                 "capaian"};
            for (unsigned q = 0; q < 3; q++) {
                rujukan_sel x =
                    sel_lembar(tata_perbandingan.nama, peta->baris[i],
                               (unsigned)tata_ulang_kolom(
                                   &tata_perbandingan, (unsigned)t, kolom[q]),
                               nilai[q]);
                int des = q == 0 ? sp->desimal_target : sp->desimal_realisasi;
                lxw_format *f = q == 2
                                    ? g->persen
                                    : gaya_angka(g, des, d->satuan, "", false);
                CATAT(galat, tulis_salinan(ws, row, G_TARGET + q, &x, f));
            }
            row++;
        }
        unsigned r2 = row - 1;
        if (r2 >= r1) {
            lxw_chart *c = workbook_add_chart(wb, LXW_CHART_COLUMN);
            if (!c) {
                galat = LXW_ERROR_MEMORY_MALLOC_FAILED;
                break;
            }
            seri(c, LEMBAR_GRAFIK, r1, r2, G_TAHUN, G_TARGET, kepala, G_TARGET,
                 WARNA_TARGET);
            seri(c, LEMBAR_GRAFIK, r1, r2, G_TAHUN, G_REALISASI, kepala,
                 G_REALISASI, WARNA_REALISASI);
            judul_grafik(c, d->uraian, false);
            /* 1.2 wide: the chart ends inside the print area */
            CATAT(galat, sisip_grafik(ws, awal, G_KOLOM, c, 2, 1.2, 1.0));
            /* 288 px (216 pt) tall from 2 px into row awal: within 15
             * rows of 15 pt or more */
            blok_tambah(&grafik, awal, awal + 14);
        }
        /* the next indicator below the taller of table and chart;
         * a printed page breaks best there, no chart cut in half */
        if (row < awal + TINGGI_GRAFIK)
            row = awal + TINGGI_GRAFIK;
        row++;
        if (n_putus < sizeof putus / sizeof putus[0])
            putus[n_putus++] = row;
    }
    free(urut);
    /* pages break between indicators; the charts' columns in the print
     * area; the note on where the figures come from stays on screen */
    double lebar_cetak[G_KOLOM + 8];
    for (unsigned k = 0; k < G_KOLOM + 8; k++)
        lebar_cetak[k] = k < G_KOLOM ? lebar[k] : 10;
    char judul[96];
    snprintf(judul, sizeof judul, "GRAFIK REALISASI KINERJA TAHUN %d - %d",
             peta->tahun[0], peta->tahun[nt - 1]);
    CATAT(galat, cetak_grafik(ws, r, o, judul, putus, n_putus, &grafik, row,
                              G_KOLOM + 8, lebar_cetak, &tp.tinggi));
    lembar_lindungi(ws, o);
    CATAT(galat, tp.galat);
    return galat;
}

/* ---- Perbandingan Daerah (Tabel 3.4) ------------------------------------ */

enum {
    D_NO,
    D_PEMDA,
    D_INDIKATOR,
    D_REALISASI,
    D_PREDIKAT,
    D_PERINGKAT,
    D_KETERANGAN,
    D_KOLOM
};

/* The prompt of another region's realisasi (lembar_validasi_indikator
 * adds the unit and this region's target). */
#define PETUNJUK_DAERAH                                                        \
    "Ketik realisasi tahun ini daerah atau kementerian pada baris ini, "       \
    "dari sumber resminya, angka saja tanpa titik ribuan; kosongkan bila "     \
    "belum terbit."

/* The Keterangan narrower than on screen alone would need, so the table
 * prints one page wide at 8 pt or more on A4 landscape.  Each indicator
 * repeats the header above its own rows. */
static const tata_kolom kolom_daerah[D_KOLOM] = {
    [D_NO] = {"no", NULL, NULL, "No", 5, TATA_LABEL, NULL},
    [D_PEMDA] = {"pemda", NULL, NULL, "Pemda/KL", 34, TATA_LABEL, NULL},
    [D_INDIKATOR] = {"indikator", NULL, NULL, "Indikator Kinerja", 28,
                     TATA_LABEL, NULL},
    [D_REALISASI] = {"realisasi", NULL, NULL, "Realisasi Tahun %d", 13,
                     TATA_ISIAN, PETUNJUK_DAERAH},
    [D_PREDIKAT] = {"predikat", NULL, NULL, "Predikat", 14, TATA_RUMUS, NULL},
    [D_PERINGKAT] = {"peringkat", NULL, NULL, "Peringkat", 11, TATA_RUMUS,
                     NULL},
    [D_KETERANGAN] = {"keterangan", NULL, NULL, "Keterangan", 28, TATA_LABEL,
                      NULL},
};

/* A region added on the protected sheet (a row inserted below a region's
 * row) types its No, name and indicator, then fills its predikat and
 * peringkat down from the row above (tata_jaga).  Its Keterangan stays
 * locked: unlocked, a region's empty note would print as an input still
 * to fill (gaya_isian_tandai).  The peringkat
 * first: every row carries it (the predikat is blank for an indicator
 * without a scale), so it is the one Pemeriksaan counts. */
#define PESAN_DAERAH                                                           \
    "Daerah pembanding dari rencana (pembanding.csv): ubah di berkas "         \
    "rencana. Untuk daerah baru yang disisipkan: ketik No, nama daerah dan "   \
    "indikatornya di sini sebelum mengisi ke bawah Predikat dan Peringkat."
static const tata_jaga_kolom jaga_daerah[] = {
    {.kolom = "peringkat", .ikut = "realisasi"},
    {.kolom = "predikat", .ikut = "realisasi"},
    {.kolom = "no", .tutup = "peringkat", .pesan = PESAN_DAERAH},
    {.kolom = "pemda", .tutup = "peringkat", .pesan = PESAN_DAERAH},
    {.kolom = "indikator", .tutup = "peringkat", .pesan = PESAN_DAERAH},
};

const tata_lembar tata_perbandingan_daerah = {
    .nama = LEMBAR_DAERAH,
    .kolom = kolom_daerah,
    .jumlah_kolom = D_KOLOM,
    .baris_kepala = 4,
    .tinggi_judul = 30,
    .peran = TATA_RESMI,
    .jaga = jaga_daerah,
    .jumlah_jaga = sizeof jaga_daerah / sizeof jaga_daerah[0]};

unsigned tulis_daerah_baris_akhir(const rencana *r)
{
    /* per indicator: its header, its own row, the spacer and the chart's
     * 22 rows (tulis_perbandingan_daerah), and a row per other region;
     * 100 rows more for regions added later */
    return 4 + 25 * (unsigned)r->jumlah_indikator +
           (unsigned)r->jumlah_pembanding + 100;
}

/* Where this year's realisasi of indicator i is shown, with its value:
 * the Perbandingan sheet's year column, else the Ringkasan sheet; false
 * when it is on no sheet. */
static bool rujuk_realisasi(const rencana *r, const peta_perbandingan *peta,
                            const unsigned *baris_ringkasan, size_t i,
                            kinerja_sel nilai, rujukan_sel *x)
{
    size_t nt = peta->jumlah_tahun;
    if (peta->baris && peta->baris[i] && nt &&
        peta->tahun[nt - 1] == r->id.tahun && peta->sel[i * nt + nt - 1].ada) {
        *x =
            sel_lembar(tata_perbandingan.nama, peta->baris[i],
                       (unsigned)tata_ulang_kolom(
                           &tata_perbandingan, (unsigned)(nt - 1), "realisasi"),
                       nilai);
        return true;
    }
    if (baris_ringkasan[i]) {
        *x = tulis_rujuk(&tata_ringkasan, baris_ringkasan[i], "realisasi",
                         nilai);
        return true;
    }
    return false;
}

/* RANK(x; range; urutan) as Calc computes it: 1 + the count of numbers
 * ranked before x; ties share a rank. */
static double peringkat(double x, const kinerja_sel *v, size_t n, bool naik)
{
    double k = 1;
    for (size_t i = 0; i < n; i++)
        if (v[i].jenis == SEL_ANGKA && (naik ? v[i].angka < x : v[i].angka > x))
            k++;
    return k;
}

lxw_error tulis_perbandingan_daerah(lxw_workbook *wb, gaya *g, const rencana *r,
                                    const tulis_opsi *o,
                                    const peta_perbandingan *peta,
                                    const unsigned *baris_ringkasan)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, LEMBAR_DAERAH);
    if (!ws)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    /* the engine's parts this sheet of several tables uses: each table's
     * header, the guarded columns of rows inserted for a new region */
    tata_penulis tp = {.ws = ws,
                       .g = g,
                       .t = &tata_perbandingan_daerah,
                       .o = o,
                       .tahun = r->id.tahun,
                       .tinggi = LEMBAR_TINGGI_KOSONG};
    double lebar[D_KOLOM];
    for (unsigned k = 0; k < D_KOLOM; k++) {
        lebar[k] = kolom_daerah[k].lebar;
        CATAT(tp.galat, worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k,
                                             lebar[k], NULL));
    }
    char buf[512];
    snprintf(buf, sizeof buf,
             "PERBANDINGAN REALISASI KINERJA TAHUN %d DENGAN NASIONAL DAN "
             "DAERAH SEKITAR",
             r->id.tahun);
    CATAT(tp.galat, lembar_gabung(ws, 0, 0, 0, D_KOLOM - 1, buf, g->judul));
    char *nama_instansi = tulis_nama_instansi(r, true);
    CATAT(tp.galat,
          lembar_gabung(ws, 1, 0, 1, D_KOLOM - 1, nama_instansi, g->subjudul));
    free(nama_instansi);
    /* the instruction row; where the add-in is missing it says why the
     * predikat cells show #NAME? instead */
    tp.lebar = lebar;
    tata_pesan(&tp, 2,
               "Isi realisasi daerah lain di sel berwarna. Realisasi sendiri "
               "diambil dari lembar Perbandingan atau Ringkasan; predikat dan "
               "peringkat terhitung sendiri.",
               g->biasa);

    unsigned row = 4;
    unsigned blok[256]; /* the row after each indicator's chart */
    size_t n_blok = 0;
    blok_grafik grafik = {.jumlah = 0};
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        size_t np = 0;
        size_t *pb = rencana_pembanding_indikator(r, i, &np);
        if (!pb)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        /* the plan's own row is written first from the plan; a row naming
         * it gives only its Keterangan */
        const char *ket_sendiri = "";
        size_t n_lain = 0;
        for (size_t k = 0; k < np; k++) {
            const pembanding_isian *e = &r->pembanding[pb[k]];
            if (e->sendiri)
                ket_sendiri = e->keterangan ? e->keterangan : "";
            else
                pb[n_lain++] = pb[k];
        }
        np = n_lain;
        if (np == 0) {
            free(pb);
            continue;
        }
        const indikator *d = &r->indikator[i];
        const char *skala = tulis_skala_predikat(d, r->id.tahun);
        unsigned kepala = row;
        tata_kepala(&tp, tp.t, row);
        row++;
        unsigned r1 = row, r2 = row + (unsigned)np;
        /* values first: the rank of each needs all of them */
        kinerja_sel *nilai = calloc(np + 1, sizeof *nilai);
        if (!nilai) {
            free(pb);
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        }
        nilai[0] =
            d->realisasi.ada ? sel_angka(d->realisasi.nilai) : sel_kosong();
        for (size_t k = 0; k < np; k++) {
            const pembanding_isian *e = &r->pembanding[pb[k]];
            nilai[k + 1] =
                e->realisasi.ada ? sel_angka(e->realisasi.nilai) : sel_kosong();
        }
        /* the rank over the block and the blank row under it, so that a
         * region's row inserted below the last one is inside the range
         * too (a range grows with rows inserted above its last row) */
        char a1[16], a2[16], rentang[40];
        lxw_rowcol_to_cell_abs(a1, r1, D_REALISASI, 1, 1);
        lxw_rowcol_to_cell_abs(a2, r2 + 1, D_REALISASI, 1, 1);
        snprintf(rentang, sizeof rentang, "%s:%s", a1, a2);
        bool naik = d->arah == CAPAIAN_RUMUS_TURUN; /* lower is better */
        int desimal =
            d->realisasi.ada ? d->realisasi.desimal : d->target.desimal;
        for (size_t k = 0; k <= np; k++) {
            const pembanding_isian *e = k ? &r->pembanding[pb[k - 1]] : NULL;
            if (e && e->realisasi.ada && e->realisasi.desimal > desimal)
                desimal = e->realisasi.desimal;
        }
        for (size_t k = 0; k <= np; k++, row++) {
            const pembanding_isian *e = k ? &r->pembanding[pb[k - 1]] : NULL;
            /* a region's labels unlocked for the rows inserted below it
             * (tata_jaga refuses typing while the row's rank is there) */
            CATAT(tp.galat,
                  worksheet_write_number(ws, row, D_NO, (double)(k + 1),
                                         e ? g->nomor_bebas : g->teks_tengah));
            const char *pemda = e ? e->pemda : r->id.kabupaten;
            CATAT(tp.galat,
                  worksheet_write_string(ws, row, D_PEMDA, pemda,
                                         e ? tata_format(&tp, D_PEMDA, g->teks)
                                           : g->teks_tebal));
            CATAT(tp.galat, worksheet_write_string(
                                ws, row, D_INDIKATOR, d->uraian,
                                tata_format(&tp, D_INDIKATOR, g->teks)));
            lembar_perlu(&tp.tinggi, row, row, d->uraian, lebar[D_INDIKATOR]);
            lembar_perlu(&tp.tinggi, row, row, pemda, lebar[D_PEMDA]);
            if (e) {
                /* other regions' published figures: typed in */
                CATAT(
                    tp.galat,
                    lembar_angka(ws, row, D_REALISASI, e->realisasi.ada,
                                 e->realisasi.nilai,
                                 gaya_angka(g, desimal, d->satuan, "", true)));
                /* no target on the row: the rule settled by the plan's */
                lembar_indikator li = tulis_isian_indikator(d, -1);
                char jr[32];
                snprintf(jr, sizeof jr, "Realisasi %d", r->id.tahun);
                CATAT(tp.galat, lembar_validasi_indikator(ws, row, D_REALISASI,
                                                          row, D_REALISASI, &li,
                                                          jr, PETUNJUK_DAERAH));
            } else {
                rujukan_sel x;
                lxw_format *f = gaya_angka(g, desimal, d->satuan, "", false);
                if (rujuk_realisasi(r, peta, baris_ringkasan, i, nilai[0],
                                    &x)) {
                    CATAT(tp.galat, tulis_salinan(ws, row, D_REALISASI, &x, f));
                } else {
                    CATAT(tp.galat,
                          lembar_angka(ws, row, D_REALISASI, d->realisasi.ada,
                                       d->realisasi.nilai, f));
                }
            }
            rujukan_sel x = sel_di(row, D_REALISASI, nilai[k]);
            if (*skala) {
                rumus pr;
                rumus_kategori(&pr, o->rumus, &x, skala);
                CATAT(tp.galat,
                      lembar_rumus(ws, row, D_PREDIKAT, &pr,
                                   tata_format(&tp, D_PREDIKAT, g->kategori)));
            } else {
                CATAT(tp.galat,
                      worksheet_write_blank(ws, row, D_PREDIKAT, g->kategori));
            }
            rumus rk;
            rumus_peringkat(&rk, &x, rentang, naik,
                            nilai[k].jenis == SEL_ANGKA
                                ? peringkat(nilai[k].angka, nilai, np + 1, naik)
                                : 0);
            CATAT(tp.galat,
                  lembar_rumus(ws, row, D_PERINGKAT, &rk,
                               tata_format(&tp, D_PERINGKAT, g->kategori)));
            const char *ket = e ? e->keterangan : ket_sendiri;
            CATAT(tp.galat,
                  worksheet_write_string(ws, row, D_KETERANGAN, ket, g->teks));
            lembar_perlu(&tp.tinggi, row, row, ket, lebar[D_KETERANGAN]);
        }
        free(nilai);
        tata_jaga(&tp, r1, r2 + 1);

        /* the bar chart: this region in orange among the others in grey */
        lxw_chart *c = workbook_add_chart(wb, LXW_CHART_BAR);
        if (!c) {
            free(pb);
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        }
        lxw_chart_series *s =
            seri(c, LEMBAR_DAERAH, r1, r2, D_PEMDA, D_REALISASI, kepala,
                 D_REALISASI, WARNA_DAERAH);
        lxw_chart_point *titik = calloc(np + 1, sizeof *titik);
        lxw_chart_point **daftar = calloc(np + 2, sizeof *daftar);
        lxw_chart_fill oranye = {.color = WARNA_REALISASI};
        lxw_chart_fill abu = {.color = WARNA_DAERAH};
        if (s && titik && daftar) {
            for (size_t k = 0; k <= np; k++) {
                titik[k].fill = k == 0 ? &oranye : &abu;
                daftar[k] = &titik[k];
            }
            CATAT(tp.galat, chart_series_set_points(s, daftar));
        }
        free(titik);
        free(daftar);
        char *judul_teks = teks_cetak("%s Tahun %d", d->uraian, r->id.tahun);
        judul_grafik(c, judul_teks ? judul_teks : d->uraian, true);
        free(judul_teks); /* the chart keeps its own copy */
        chart_legend_set_position(c, LXW_CHART_LEGEND_NONE);
        /* the first region on top, as in the table */
        chart_axis_set_reverse(c->y_axis);
        row++;
        CATAT(tp.galat, sisip_grafik(ws, row, D_PEMDA, c, 10, 1.6, 1.3));
        /* the table and its chart may print on two pages, the chart
         * never on two */
        blok_tambah(&grafik, row, row + 21);
        row += 22;
        free(pb);
        if (n_blok < sizeof blok / sizeof blok[0])
            blok[n_blok++] = row;
    }
    /* printed without the instruction row, the title in the page header;
     * a page breaks best between two indicators' table and chart */
    char judul[96];
    snprintf(judul, sizeof judul,
             "PERBANDINGAN REALISASI KINERJA TAHUN %d DENGAN NASIONAL DAN "
             "DAERAH SEKITAR",
             r->id.tahun);
    CATAT(tp.galat, cetak_grafik(ws, r, o, judul, blok, n_blok, &grafik, row,
                                 D_KOLOM, lebar, &tp.tinggi));
    lembar_lindungi(ws, o);
    return tp.galat;
}
