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
 * Each range starts on the row below its own, written as an OFFSET from
 * the row's own Induk (rumus_rentang_bawah), so that a row inserted
 * directly below a parent is inside it too, and no formula depends on
 * itself.  Such a row takes the parent's attributes, so a parent's cells
 * are unlocked and refuse typing by their validation instead
 * (tata_validasi_daun).
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
#define LEBAR_URAIAN 44.0

static const char *const nama_tingkat[] = {"", "Program", "Kegiatan",
                                           "Sub Kegiatan"};

/* The Realisasi Anggaran sheet (Tabel 3.5). */
static const tata_kolom kolom_realisasi[K_JUMLAH] = {
    /* unlocked (on parent rows too, for the row inserted below one): a new
     * row gets its number */
    [K_NO] = {"no", NULL, NULL, "No", 5, TATA_ISIAN_TEKS,
              "Nomor urut sub kegiatan di kegiatannya (1, 2, 3, ...); baris "
              "sub kegiatan baru: nomor berikutnya."},
    [K_KODE] = {"kode", NULL, NULL, "Kode", 12, TATA_ISIAN_TEKS,
                "Kode sub kegiatan, mis. 2.16.02.2.01.0001 (unik di lembar "
                "ini)."},
    [K_INDUK] = {"induk", NULL, NULL, "Induk", 10, TATA_ISIAN_TEKS,
                 "Kode kegiatan induknya, persis seperti di kolom Kode baris "
                 "kegiatan itu; jumlah kegiatan dan program mengikutinya. "
                 "Program baru: sasarannya, nomor di kolom NO atau nama "
                 "seperti di lembar Pengukuran Kinerja."},
    [K_TINGKAT] =
        {"tingkat", NULL, NULL, "Tingkat", 10, TATA_ISIAN_TEKS,
         "Ketik Sub Kegiatan untuk baris sub kegiatan baru, sama seperti "
         "baris sub kegiatan lainnya."},
    [K_URAIAN] = {"uraian", NULL, NULL, "Program / Kegiatan / Sub Kegiatan",
                  LEBAR_URAIAN, TATA_ISIAN_TEKS,
                  "Nama sub kegiatan seperti di DPA."},
    [K_PAGU] = {"pagu", NULL, NULL, "Anggaran (Rp)", 15, TATA_ISIAN,
                "Ketik anggaran (pagu) sub kegiatan dalam rupiah penuh tanpa "
                "titik ribuan (contoh 1250000)."},
    [K_REALISASI] = {"realisasi", NULL, NULL, "Realisasi (Rp)", 15, TATA_ISIAN,
                     "Ketik realisasi sub kegiatan dalam rupiah penuh tanpa "
                     "titik ribuan (contoh 1250000); kosongkan bila belum "
                     "ada."},
    [K_PERSEN] = {"serapan", NULL, NULL, "%", 8, TATA_RUMUS, NULL},
    [K_KATEGORI] = {"kategori", NULL, NULL, "Kategori", 13, TATA_RUMUS, NULL},
    [K_PAGU_LAPOR] = {"pagu_dilaporkan", NULL, NULL, "Anggaran Dilaporkan (Rp)",
                      15, TATA_LABEL, NULL},
    [K_REAL_LAPOR] = {"realisasi_dilaporkan", NULL, NULL,
                      "Realisasi Dilaporkan (Rp)", 15, TATA_LABEL, NULL},
};

/* A sub kegiatan inserted on the protected sheet fills its % and
 * Kategori down from the row above (tata_jaga). */
static const tata_jaga_kolom jaga_realisasi[] = {
    {.kolom = "serapan", .ikut = "realisasi"},
    {.kolom = "kategori", .ikut = "realisasi"},
};

/* The key figures (uraian, pagu, realisasi, %, kategori) on the first page
 * across, landscape at 82 % on A4 (the widths above: 132 units, 969 of the
 * 974 points a page holds at that scale) and on F4; the reported
 * ("dilaporkan") columns on the next page, the uraian repeated beside
 * them.  Kode 12 holds a sub kegiatan's 2.16.01.2.06.0004, Induk 10 a
 * kegiatan's kode, Tingkat 10 "Sub Kegiatan", 15 a pagu of 999 milyar. */
const tata_lembar tata_realisasi = TATA_LEMBAR_JAGA(
    "Realisasi Anggaran", kolom_realisasi, BARIS_KEPALA, TATA_RESMI,
    jaga_realisasi, sizeof jaga_realisasi / sizeof jaga_realisasi[0],
    .kunci = "uraian", .awal_halaman = {"pagu_dilaporkan"});

/* What typing into a program or kegiatan row says. */
#define PESAN_INDUK                                                            \
    "Baris program atau kegiatan: jumlahnya dihitung dari sub kegiatannya. "   \
    "Baris baru: ketik Kode, Induk, Tingkat dan uraian dulu, lalu salin "      \
    "Anggaran dan Realisasi dari kegiatan lain (sub kegiatan: ketik)."

typedef struct penulis {
    TULIS_PENULIS;
    unsigned baris;               /* next row to write */
    unsigned baris_akhir;         /* last row of the SUMIF ranges */
    tata_penulis *t;              /* the sheet: its errors and row heights */
    const unsigned *baris_simpul; /* the row of each simpul */
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

/* The amount columns of a parent row (or of the organisation row when
 * `kunci` is a quoted tingkat): pagu, realisasi, % and kategori. */
static void tulis_jumlah(penulis *p, unsigned row, const char *kriteria,
                         unsigned kolom_kriteria, int64_t pagu, bool ada_real,
                         int64_t real, bool tebal)
{
    gaya *g = p->g;
    char r_krit[64], r_pagu[64], r_real[64];
    unsigned akhir = p->baris_akhir;
    rumus_rentang_bawah(r_krit, sizeof r_krit, kolom_kriteria, kolom_kriteria,
                        row, akhir);
    rumus_rentang_bawah(r_pagu, sizeof r_pagu, kolom_kriteria, K_PAGU, row,
                        akhir);
    rumus_rentang_bawah(r_real, sizeof r_real, kolom_kriteria, K_REALISASI, row,
                        akhir);

    rumus rm;
    rumus_jumlah_jika(&rm, r_krit, kriteria, r_pagu, false,
                      sel_angka((double)pagu));
    CATAT(p->t->galat,
          lembar_rumus(p->ws, row, K_PAGU, &rm,
                       tebal ? g->jumlah_rupiah : g->isian_rupiah_tebal));
    /* Blank until some child has realisasi: a SUMIF of nothing is 0, which
     * would show 0 % serapan for a kegiatan nobody has reported yet. */
    rumus_jumlah_jika(&rm, r_krit, kriteria, r_real, true,
                      rupiah_sel(ada_real, real));
    CATAT(p->t->galat,
          lembar_rumus(p->ws, row, K_REALISASI, &rm,
                       tebal ? g->jumlah_rupiah : g->isian_rupiah_tebal));
}

static void tulis_persen(penulis *p, unsigned row, int64_t pagu, bool ada_real,
                         int64_t real, bool tebal)
{
    tulis_serapan(p->t, row, K_PAGU, sel_angka((double)pagu),
                  rupiah_sel(ada_real, real), tebal);
}

/* A program (its letter in `huruf`) or, with huruf NULL, a kegiatan or
 * sub kegiatan numbered `nomor` within its parent: a number, so that it
 * aligns as one and a sort or count sees it. */
static void tulis_simpul(penulis *p, size_t i, const char *huruf, size_t nomor)
{
    const simpul *s = &p->r->simpul[i];
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    unsigned row = p->baris_simpul[i];
    p->baris = row + 1;
    bool daun = s->jumlah_anak == 0;
    const simpul *induk =
        s->induk == TIDAK_ADA ? NULL : &p->r->simpul[s->induk];
    /* a parent's cells unlocked too, for the row inserted below it (gaya's
     * isian_rupiah_tebal) */
    lxw_format *teks = g->teks_bebas;
    lxw_format *f_no = g->nomor_bebas;
    if (huruf)
        CATAT(p->t->galat, worksheet_write_string(ws, row, K_NO, huruf, f_no));
    else
        CATAT(p->t->galat,
              worksheet_write_number(ws, row, K_NO, (double)nomor, f_no));
    CATAT(p->t->galat, worksheet_write_string(ws, row, K_KODE, s->kode, teks));
    if (induk) {
        CATAT(p->t->galat,
              worksheet_write_string(ws, row, K_INDUK, induk->kode, teks));
    } else { /* a program: its Induk empty, but not blank (rumus_teks_kosong),
                so that it is unlocked without being shaded */
        rumus kosong_rm;
        rumus_teks_kosong(&kosong_rm);
        CATAT(p->t->galat, lembar_rumus(ws, row, K_INDUK, &kosong_rm, teks));
    }
    CATAT(p->t->galat, worksheet_write_string(ws, row, K_TINGKAT,
                                              nama_tingkat[s->tingkat], teks));
    CATAT(p->t->galat, worksheet_write_string(ws, row, K_URAIAN, s->uraian,
                                              g->uraian[s->tingkat - 1][1]));
    lembar_perlu(&p->t->tinggi, row, row, s->uraian,
                 LEBAR_URAIAN - 2.0 * (s->tingkat - 1));
    if (daun) {
        CATAT(p->t->galat,
              worksheet_write_number(ws, row, K_PAGU, (double)s->pagu.nilai,
                                     g->isian_rupiah));
        CATAT(p->t->galat,
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
    CATAT(p->t->galat, lembar_angka(ws, row, K_PAGU_LAPOR, lapor && s->pagu.ada,
                                    (double)s->pagu.nilai, g->rupiah));
    CATAT(p->t->galat,
          lembar_angka(ws, row, K_REAL_LAPOR, lapor && s->realisasi.ada,
                       (double)s->realisasi.nilai, g->rupiah));

    for (size_t k = 0; k < s->jumlah_anak; k++) {
        tulis_simpul(p, s->anak[k], NULL, k + 1);
    }
}

/* Rows in tree order from *baris: the simpul, then its children. */
static void susun_simpul(const rencana *r, size_t i, unsigned *baris,
                         unsigned *ke)
{
    baris[i] = (*ke)++;
    for (size_t k = 0; k < r->simpul[i].jumlah_anak; k++)
        susun_simpul(r, r->simpul[i].anak[k], baris, ke);
}

bool peta_anggaran_susun(const rencana *r, peta_anggaran *p)
{
    memset(p, 0, sizeof *p);
    p->lembar = tata_realisasi.nama;
    p->baris_total = BARIS_TOTAL;
    static const anggaran_kolom urut[4] = {
        KOLOM_PAGU, KOLOM_REALISASI, KOLOM_PAGU_LAPOR, KOLOM_REALISASI_LAPOR};
    static const unsigned kolom[4] = {K_PAGU, K_REALISASI, K_PAGU_LAPOR,
                                      K_REAL_LAPOR};
    for (size_t k = 0; k < 4; k++)
        p->kolom[urut[k]] = kolom[k];
    p->baris_simpul =
        calloc(r->jumlah_simpul ? r->jumlah_simpul : 1, sizeof(unsigned));
    size_t n_prog = 0;
    size_t *prog = rencana_program(r, &n_prog);
    if (!p->baris_simpul || !prog) {
        free(prog);
        peta_anggaran_bebas(p);
        return false;
    }
    unsigned ke = BARIS_TOTAL + 1;
    for (size_t k = 0; k < n_prog; k++)
        susun_simpul(r, prog[k], p->baris_simpul, &ke);
    free(prog);
    p->baris_akhir = ke - 1;
    p->baris_cadangan = p->baris_akhir + CADANGAN;
    return true;
}

void peta_anggaran_bebas(peta_anggaran *p)
{
    free(p->baris_simpul);
    p->baris_simpul = NULL;
}

lxw_error tulis_realisasi(lxw_workbook *wb, gaya *g, const rencana *r,
                          const tulis_opsi *o)
{
    tata_penulis tp;
    lxw_worksheet *ws = tata_buka(&tp, wb, g, &tata_realisasi, o, r->id.tahun);
    if (!ws)
        return tp.galat;
    peta_anggaran peta;
    if (!peta_anggaran_susun(r, &peta))
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    penulis p = {ws, g, r, o, 0, 0, &tp, peta.baris_simpul};
    p.baris_akhir = peta.baris_cadangan;

    tulis_kop(&tp, r, "REALISASI PROGRAM, KEGIATAN DAN SUB KEGIATAN",
              "TAHUN ANGGARAN");
    tata_pesan(&tp, 3,
               "Isi sel berwarna. Sub kegiatan baru: pilih baris di bawah "
               "sebuah kegiatan atau sub kegiatan (baris baru meniru baris "
               "di atasnya), "
               "Sisipkan Baris, isi Kode, "
               "Induk (kode kegiatan), Tingkat, uraian, Anggaran dan "
               "Realisasi (sel kuning), lalu isi ke bawah sel % dan "
               "Kategori dari baris di atasnya (pilih keduanya dan sel di "
               "atasnya, Ctrl+D); jumlah kegiatan dan program mengikutinya "
               "menurut kode Induk. Kegiatan atau program baru: salin sel "
               "Anggaran dan Realisasi dari baris kegiatan (program) lain. "
               "Induk program baru: sasarannya, nomor kolom NO atau nama "
               "seperti di lembar Pengukuran Kinerja. "
               "Sel merah: baris berisi tanpa rumus.",
               g->biasa);

    /* The organisation: the sum of the programs. */
    unsigned row = BARIS_TOTAL;
    CATAT(tp.galat, worksheet_write_string(ws, row, K_NO, "I", g->jumlah_teks));
    CATAT(tp.galat,
          worksheet_write_string(ws, row, K_KODE, "", g->jumlah_teks));
    CATAT(tp.galat,
          worksheet_write_string(ws, row, K_INDUK, "", g->jumlah_teks));
    CATAT(tp.galat,
          worksheet_write_string(ws, row, K_TINGKAT, "", g->jumlah_teks));
    char *nama_instansi = tulis_nama_instansi(r, true);
    CATAT(tp.galat, worksheet_write_string(ws, row, K_URAIAN, nama_instansi,
                                           g->jumlah_teks));
    if (nama_instansi) /* its printed height (the uraian column wraps it) */
        tata_perlu(&tp, row, row, K_URAIAN, nama_instansi);
    free(nama_instansi);
    tulis_jumlah(&p, row, "\"Program\"", K_TINGKAT, r->jumlah_pagu,
                 r->ada_realisasi, r->jumlah_realisasi, true);
    tulis_persen(&p, row, r->jumlah_pagu, r->ada_realisasi, r->jumlah_realisasi,
                 true);
    CATAT(tp.galat,
          lembar_angka(ws, row, K_PAGU_LAPOR, r->id.pagu_dilaporkan.ada,
                       (double)r->id.pagu_dilaporkan.nilai, g->jumlah_rupiah));
    CATAT(tp.galat,
          lembar_angka(ws, row, K_REAL_LAPOR, r->id.realisasi_dilaporkan.ada,
                       (double)r->id.realisasi_dilaporkan.nilai,
                       g->jumlah_rupiah));

    p.baris = BARIS_TOTAL + 1;
    size_t n_prog = 0;
    size_t *prog = rencana_program(r, &n_prog);
    if (!prog) {
        peta_anggaran_bebas(&peta);
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    for (size_t k = 0; k < n_prog; k++) {
        char no[16];
        huruf(k, no, sizeof no);
        tulis_simpul(&p, prog[k], no, 0);
    }
    free(prog);

    /* Marks for the cross-check: realisasi above pagu (over-spending), and
     * a reported figure that differs from the sum of its parts (the seed's
     * Administrasi Umum, Pemeliharaan BMD and Program A).  The formulas
     * are relative to the range's first row. */
    static const struct {
        unsigned kolom, banding;
        bool lebih; /* true: > (over pagu); false: <> (reported) */
    } tanda[] = {{K_REALISASI, K_PAGU, true},
                 {K_PAGU_LAPOR, K_PAGU, false},
                 {K_REAL_LAPOR, K_REALISASI, false}};
    for (size_t i = 0; i < sizeof tanda / sizeof tanda[0]; i++) {
        char a[16], b[16];
        lxw_rowcol_to_cell(a, BARIS_TOTAL, (lxw_col_t)tanda[i].kolom);
        lxw_rowcol_to_cell(b, BARIS_TOTAL, (lxw_col_t)tanda[i].banding);
        rumus_aturan aturan;
        rumus_aturan_banding(&aturan, a, b, tanda[i].lebih ? ">" : "<>");
        tata_tanda(&tp, BARIS_TOTAL, tanda[i].kolom, p.baris_akhir,
                   tanda[i].kolom, &aturan,
                   tanda[i].lebih ? g->tanda_lebih : g->tanda_selisih);
    }

    /* Inputs: numbers >= 0, in the table and the rows appended below it;
     * the prompts of the text columns a new row needs; typing refused on
     * a parent row, whose totals are formulas. */
    tata_validasi_daun(&tp, K_NO, K_REALISASI, BARIS_TOTAL + 1, p.baris_akhir,
                       K_PAGU, K_REALISASI, PESAN_INDUK);
    tata_jaga(&tp, BARIS_TOTAL + 1, p.baris_akhir);
    /* printed: the table without the instruction row (the title in the
     * page header) */
    tata_cetak_area(&tp, BARIS_KEPALA, p.baris - 1);
    lxw_error galat = tata_tutup(&tp);

    /* the cross-checks read this sheet's cells, so they live in this
     * workbook (a link to another file breaks when it is renamed) */
    if (galat == LXW_NO_ERROR)
        galat = tulis_pemeriksaan(wb, g, r, o, &peta);
    peta_anggaran_bebas(&peta);
    return galat;
}
