/*
 * tulis_realisasi.c - the Realisasi Anggaran workbook (Tabel 3.5 of the
 * seed): the program / kegiatan / sub kegiatan tree with pagu, realisasi,
 * serapan and its category.
 *
 * Sub kegiatan rows are where staff type: pagu and realisasi are shaded
 * input cells, and the row's kode, induk, tingkat and uraian are unlocked
 * so that a copied or inserted row can be filled in.  A parent row's
 * amounts are formulas over its children *by kode*:
 *
 *     SUMIF(C8:C120, B7, F8:F120)      (children = rows whose Induk is
 *                                       this row's Kode)
 *
 * rather than SUM over a fixed block, so that a row inserted anywhere in
 * the table, even after the last child, still counts once its Induk is
 * typed, and the sheet's arithmetic is the model's (rows linked by kode).
 * Each range starts below its own row, so no formula depends on itself.
 * The figures the plan reported for parent rows (the seed's printed
 * kegiatan and program totals) stand in the "dilaporkan" columns beside.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tulis.h"

enum {
    K_NO,
    K_KODE,
    K_INDUK,
    K_TINGKAT,
    K_URAIAN,
    K_PAGU,
    K_REALISASI,
    K_PERSEN,
    K_KATEGORI,
    K_PAGU_LAPOR,
    K_REAL_LAPOR,
    K_JUMLAH
};

#define BARIS_KEPALA 4 /* header row (0-based); column numbers below it */
#define BARIS_TOTAL 6  /* the organisation row */
/* Rows below the table still inside the SUMIF ranges, for rows appended at
 * the end. */
#define CADANGAN 100
#define LEBAR_URAIAN 48.0

static const char *const nama_tingkat[] = {"", "Program", "Kegiatan",
                                           "Sub Kegiatan"};

typedef struct penulis {
    lxw_worksheet *ws;
    gaya *g;
    const rencana *r;
    const tulis_opsi *o;
    unsigned baris;       /* next row to write */
    unsigned baris_akhir; /* last row of the SUMIF ranges */
    lxw_error galat;
    lembar_tinggi_peta tinggi;
    unsigned *baris_simpul; /* the row of each simpul, for Pemeriksaan */
} penulis;

/* "A", "B", ..., "Z", "AA", ...: the seed numbers programs by letter. */
static void huruf(size_t i, char *buf, size_t n)
{
    char tmp[16];
    size_t k = 0;
    i++;
    while (i && k < sizeof tmp - 1) {
        tmp[k++] = (char)('A' + (i - 1) % 26);
        i = (i - 1) / 26;
    }
    size_t j = 0;
    while (k && j + 1 < n)
        buf[j++] = tmp[--k];
    buf[j] = 0;
}

static kinerja_sel rupiah_sel(bool ada, int64_t v)
{
    return ada ? sel_angka((double)v) : sel_kosong();
}

/* SUMIF/COUNTIFS range of a column from row `dari` to the end. */
static void rentang(char *buf, size_t n, unsigned kolom, unsigned dari,
                    unsigned sampai, bool kolom_mutlak)
{
    char a[16], b[16];
    lxw_rowcol_to_cell_abs(a, dari, (lxw_col_t)kolom, 1, kolom_mutlak);
    lxw_rowcol_to_cell_abs(b, sampai, (lxw_col_t)kolom, 1, kolom_mutlak);
    snprintf(buf, n, "%s:%s", a, b);
}

/* The amount columns of a parent row (or of the organisation row when
 * `kunci` is a quoted tingkat): pagu, realisasi, % and kategori. */
static void tulis_jumlah(penulis *p, unsigned row, const char *kriteria,
                         unsigned kolom_kriteria, int64_t pagu, bool ada_real,
                         int64_t real, bool tebal)
{
    gaya *g = p->g;
    char r_krit[64], r_pagu[64], r_real[64], teks[RUMUS_MAKS];
    unsigned dari = row + 1;
    rentang(r_krit, sizeof r_krit, kolom_kriteria, dari, p->baris_akhir, true);
    rentang(r_pagu, sizeof r_pagu, K_PAGU, dari, p->baris_akhir, false);
    rentang(r_real, sizeof r_real, K_REALISASI, dari, p->baris_akhir, false);

    rumus rm;
    snprintf(teks, sizeof teks, "SUMIF(%s,%s,%s)", r_krit, kriteria, r_pagu);
    rumus_bebas(&rm, teks, sel_angka((double)pagu));
    CATAT(p->galat, lembar_rumus(p->ws, row, K_PAGU, &rm,
                                 tebal ? g->jumlah_rupiah : g->rupiah_tebal));
    /* Blank until some child has realisasi: a SUMIF of nothing is 0, which
     * would show 0 % serapan for a kegiatan nobody has reported yet. */
    snprintf(teks, sizeof teks,
             "IF(COUNTIFS(%s,%s,%s,\">=0\")=0,\"\",SUMIF(%s,%s,%s))", r_krit,
             kriteria, r_real, r_krit, kriteria, r_real);
    rumus_bebas(&rm, teks, rupiah_sel(ada_real, real));
    CATAT(p->galat, lembar_rumus(p->ws, row, K_REALISASI, &rm,
                                 tebal ? g->jumlah_rupiah : g->rupiah_tebal));
}

static void tulis_persen(penulis *p, unsigned row, int64_t pagu, bool ada_real,
                         int64_t real, bool tebal)
{
    gaya *g = p->g;
    rujukan_sel sp = sel_di(row, K_PAGU, sel_angka((double)pagu));
    rujukan_sel sr = sel_di(row, K_REALISASI, rupiah_sel(ada_real, real));
    rumus rm;
    rumus_serapan(&rm, p->o->rumus, &sp, &sr);
    CATAT(p->galat, lembar_rumus(p->ws, row, K_PERSEN, &rm,
                                 tebal ? g->jumlah_persen : g->persen));
    rujukan_sel sk = sel_di(row, K_PERSEN, rm.hasil);
    rumus rk;
    rumus_kategori(&rk, p->o->rumus, &sk, "TINGKAT");
    CATAT(p->galat, lembar_rumus(p->ws, row, K_KATEGORI, &rk,
                                 tebal ? g->jumlah_kategori : g->kategori));
}

static void tulis_simpul(penulis *p, size_t i, const char *nomor)
{
    const simpul *s = &p->r->simpul[i];
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    unsigned row = p->baris++;
    p->baris_simpul[i] = row;
    bool daun = s->jumlah_anak == 0;
    const simpul *induk =
        s->induk == TIDAK_ADA ? NULL : &p->r->simpul[s->induk];
    lxw_format *teks = daun ? g->teks_bebas : g->teks;

    CATAT(p->galat,
          worksheet_write_string(ws, row, K_NO, nomor,
                                 daun ? g->teks_bebas : g->teks_tengah));
    CATAT(p->galat, worksheet_write_string(ws, row, K_KODE, s->kode, teks));
    CATAT(p->galat, worksheet_write_string(ws, row, K_INDUK,
                                           induk ? induk->kode : "", teks));
    CATAT(p->galat, worksheet_write_string(ws, row, K_TINGKAT,
                                           nama_tingkat[s->tingkat], teks));
    CATAT(p->galat,
          worksheet_write_string(ws, row, K_URAIAN, s->uraian,
                                 g->uraian[s->tingkat - 1][daun ? 1 : 0]));
    lembar_perlu(&p->tinggi, row, row, s->uraian,
                 LEBAR_URAIAN - 2.0 * (s->tingkat - 1));
    if (daun) {
        CATAT(p->galat,
              worksheet_write_number(ws, row, K_PAGU, (double)s->pagu.nilai,
                                     g->isian_rupiah));
        CATAT(p->galat,
              lembar_angka(ws, row, K_REALISASI, s->realisasi.ada,
                           (double)s->realisasi.nilai, g->isian_rupiah));
    } else {
        char kunci[16];
        lxw_rowcol_to_cell_abs(kunci, row, K_KODE, 0, 1);
        tulis_jumlah(p, row, kunci, K_INDUK, s->jumlah_pagu, s->ada_realisasi,
                     s->jumlah_realisasi, false);
    }
    tulis_persen(p, row, s->jumlah_pagu, s->ada_realisasi, s->jumlah_realisasi,
                 false);
    /* what the plan reported for a parent row; nothing for a leaf, whose
     * own figures are the inputs */
    bool lapor = !daun;
    CATAT(p->galat, lembar_angka(ws, row, K_PAGU_LAPOR, lapor && s->pagu.ada,
                                 (double)s->pagu.nilai, g->rupiah));
    CATAT(p->galat,
          lembar_angka(ws, row, K_REAL_LAPOR, lapor && s->realisasi.ada,
                       (double)s->realisasi.nilai, g->rupiah));

    for (size_t k = 0; k < s->jumlah_anak; k++) {
        char no[24];
        snprintf(no, sizeof no, "%zu", k + 1);
        tulis_simpul(p, s->anak[k], no);
    }
}

static unsigned hitung_baris(const rencana *r)
{
    return (unsigned)r->jumlah_simpul;
}

lxw_error tulis_realisasi(lxw_workbook *wb, gaya *g, const rencana *r,
                          const tulis_opsi *o)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Realisasi Anggaran");
    if (!ws)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    penulis p = {ws, g, r, o, 0, 0, LXW_NO_ERROR, LEMBAR_TINGGI_KOSONG, NULL};
    p.baris_simpul =
        calloc(r->jumlah_simpul ? r->jumlah_simpul : 1, sizeof(unsigned));
    if (!p.baris_simpul)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    unsigned terakhir = BARIS_TOTAL + hitung_baris(r);
    p.baris_akhir = terakhir + CADANGAN;

    static const struct {
        const char *judul;
        double lebar;
    } kolom[K_JUMLAH] = {
        {"No", 5},
        {"Kode", 19},
        {"Induk", 16},
        {"Tingkat", 12},
        {"Program / Kegiatan / Sub Kegiatan", LEBAR_URAIAN},
        {"Anggaran (Rp)", 17},
        {"Realisasi (Rp)", 17},
        {"%", 8},
        {"Kategori", 13},
        {"Anggaran Dilaporkan (Rp)", 17},
        {"Realisasi Dilaporkan (Rp)", 17},
    };
    char buf[512];
    for (unsigned k = 0; k < K_JUMLAH; k++)
        CATAT(p.galat, worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k,
                                            kolom[k].lebar, NULL));

    CATAT(p.galat, lembar_gabung(ws, 0, 0, 0, K_JUMLAH - 1,
                                 "REALISASI PROGRAM, KEGIATAN DAN SUB "
                                 "KEGIATAN",
                                 g->judul));
    char *nama_instansi = tulis_nama_instansi(r, true);
    CATAT(p.galat,
          lembar_gabung(ws, 1, 0, 1, K_JUMLAH - 1, nama_instansi, g->subjudul));
    free(nama_instansi);
    snprintf(buf, sizeof buf, "TAHUN ANGGARAN %d", r->id.tahun);
    CATAT(p.galat, lembar_gabung(ws, 2, 0, 2, K_JUMLAH - 1, buf, g->subjudul));
    CATAT(p.galat,
          lembar_gabung(ws, 3, 0, 3, K_JUMLAH - 1,
                        "Isi sel berwarna. Sub kegiatan baru: sisipkan baris "
                        "di bawah kegiatannya lalu isi Kode, Induk (kode "
                        "kegiatan), Tingkat, uraian, Anggaran dan Realisasi; "
                        "jumlah kegiatan dan program mengikutinya menurut "
                        "kode Induk.",
                        g->biasa));
    lembar_perlu(&p.tinggi, 3, 3,
                 "Isi sel berwarna. Sub kegiatan baru: sisipkan baris di bawah "
                 "kegiatannya lalu isi Kode, Induk (kode kegiatan), Tingkat, "
                 "uraian, Anggaran dan Realisasi; jumlah kegiatan dan program "
                 "mengikutinya menurut kode Induk.",
                 150);

    for (unsigned k = 0; k < K_JUMLAH; k++) {
        CATAT(p.galat, worksheet_write_string(ws, BARIS_KEPALA, (lxw_col_t)k,
                                              kolom[k].judul, g->kepala));
        snprintf(buf, sizeof buf, "(%u)", k + 1);
        CATAT(p.galat,
              worksheet_write_string(ws, BARIS_KEPALA + 1, (lxw_col_t)k, buf,
                                     g->nomor_kolom));
    }
    worksheet_set_row(ws, BARIS_KEPALA, 30, NULL);

    /* The organisation: the sum of the programs. */
    unsigned row = BARIS_TOTAL;
    CATAT(p.galat, worksheet_write_string(ws, row, K_NO, "I", g->jumlah_teks));
    CATAT(p.galat, worksheet_write_string(ws, row, K_KODE, "", g->jumlah_teks));
    CATAT(p.galat,
          worksheet_write_string(ws, row, K_INDUK, "", g->jumlah_teks));
    CATAT(p.galat,
          worksheet_write_string(ws, row, K_TINGKAT, "", g->jumlah_teks));
    nama_instansi = tulis_nama_instansi(r, true);
    CATAT(p.galat, worksheet_write_string(ws, row, K_URAIAN, nama_instansi,
                                          g->jumlah_teks));
    free(nama_instansi);
    tulis_jumlah(&p, row, "\"Program\"", K_TINGKAT, r->jumlah_pagu,
                 r->ada_realisasi, r->jumlah_realisasi, true);
    tulis_persen(&p, row, r->jumlah_pagu, r->ada_realisasi, r->jumlah_realisasi,
                 true);
    CATAT(p.galat,
          lembar_angka(ws, row, K_PAGU_LAPOR, r->id.pagu_dilaporkan.ada,
                       (double)r->id.pagu_dilaporkan.nilai, g->jumlah_rupiah));
    CATAT(p.galat,
          lembar_angka(ws, row, K_REAL_LAPOR, r->id.realisasi_dilaporkan.ada,
                       (double)r->id.realisasi_dilaporkan.nilai,
                       g->jumlah_rupiah));

    p.baris = BARIS_TOTAL + 1;
    size_t n_prog = 0;
    size_t *prog = rencana_program(r, &n_prog);
    if (!prog) {
        free(p.baris_simpul);
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    for (size_t k = 0; k < n_prog; k++) {
        char no[16];
        huruf(k, no, sizeof no);
        tulis_simpul(&p, prog[k], no);
    }
    free(prog);

    /* Marks for the cross-check: realisasi above pagu (over-spending), and
     * a reported figure that differs from the sum of its parts (the seed's
     * Administrasi Umum, Pemeliharaan BMD and Program A).  The formulas
     * are relative to the range's first row. */
    lxw_conditional_format cf;
    memset(&cf, 0, sizeof cf);
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    static const struct {
        unsigned kolom, banding;
        bool lebih; /* true: > (over pagu); false: <> (reported) */
    } tanda[] = {{K_REALISASI, K_PAGU, true},
                 {K_PAGU_LAPOR, K_PAGU, false},
                 {K_REAL_LAPOR, K_REALISASI, false}};
    for (size_t i = 0; i < sizeof tanda / sizeof tanda[0]; i++) {
        char a[16], b[16], teks[128];
        lxw_rowcol_to_cell(a, BARIS_TOTAL, (lxw_col_t)tanda[i].kolom);
        lxw_rowcol_to_cell(b, BARIS_TOTAL, (lxw_col_t)tanda[i].banding);
        snprintf(teks, sizeof teks, "=AND(ISNUMBER(%s),ISNUMBER(%s),%s%s%s)", a,
                 b, a, tanda[i].lebih ? ">" : "<>", b);
        cf.value_string = teks;
        cf.format = tanda[i].lebih ? g->tanda_lebih : g->tanda_selisih;
        CATAT(p.galat, worksheet_conditional_format_range(
                           ws, BARIS_TOTAL, (lxw_col_t)tanda[i].kolom,
                           p.baris_akhir, (lxw_col_t)tanda[i].kolom, &cf));
    }

    /* Inputs: numbers >= 0, in the table and the rows appended below it. */
    CATAT(p.galat, lembar_validasi_angka(ws, BARIS_TOTAL + 1, K_PAGU,
                                         p.baris_akhir, K_REALISASI));
    /* printed: the table without the instruction row, the title in the
     * page header; two pages across on A4 with the uraian repeated */
    double lebar[K_JUMLAH];
    for (unsigned k = 0; k < K_JUMLAH; k++)
        lebar[k] = kolom[k].lebar;
    char *nama = tulis_nama_instansi(r, true);
    char *judul = teks_cetak(
        "REALISASI PROGRAM, KEGIATAN DAN SUB KEGIATAN\n%s\nTAHUN ANGGARAN %d",
        nama ? nama : "", r->id.tahun);
    free(nama);
    halaman_atur atur = {.judul = judul,
                         .kepala_awal = BARIS_KEPALA,
                         .kepala_akhir = BARIS_KEPALA + 1,
                         .kunci_awal = K_URAIAN,
                         .kunci_akhir = K_URAIAN,
                         .cetak_awal = BARIS_KEPALA,
                         .cetak_akhir = p.baris - 1,
                         .jumlah_kolom = K_JUMLAH,
                         .lebar = lebar};
    CATAT(p.galat, lembar_halaman(ws, o, &atur, &p.tinggi));
    free(judul);
    lembar_lindungi(ws, o);

    /* the cross-checks read this sheet's cells, so they live in this
     * workbook (a link to another file breaks when it is renamed) */
    peta_anggaran peta = {"Realisasi Anggaran",
                          BARIS_TOTAL,
                          p.baris_simpul,
                          {K_PAGU, K_REALISASI, K_PAGU_LAPOR, K_REAL_LAPOR}};
    if (p.galat == LXW_NO_ERROR)
        p.galat = tulis_pemeriksaan(wb, g, r, o, &peta);
    free(p.baris_simpul);
    return p.galat;
}
