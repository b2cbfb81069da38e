/*
 * tulis_pk.c - the Perjanjian Kinerja workbook (Lampiran 3 of the
 * example report, docs/laporan-contoh.md, and Tabel 2.4 for the
 * original): the agreement statement between the head of the office
 * (pihak pertama) and the Bupati (pihak kedua), place, date and two
 * signature blocks, then the attachment: sasaran strategis with
 * indicators and targets, "kinerja lainnya", and the programs with their
 * anggaran and a total.
 *
 * A plan revised mid-year carries both agreements, as the example report
 * does: the sheet "PK Murni" with the original pagu (and targets, where they
 * differed) and "PK Perubahan" with the revised ones.  A plan that was
 * never revised has one sheet, "PK".
 *
 * The PK is a signed letter, so it prints like one: portrait, at about
 * 11.2 pt (10 pt text at a print scale of 112 %: the columns are narrow
 * enough for that), the agreement signed on the first page with 3 cm and
 * more for the signatures and the stamp, the attachment signed under its
 * table on the second (PermenPANRB 53/2014's form; a signature block is
 * never printed alone on a page: docs/aturan.md), and each PK's pages
 * numbered on their own.  Names, titles and the date
 * are unlocked: staff correct them without unprotecting the sheet.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tulis.h"

#define KOLOM 5 /* A no, B and C text, D anggaran, E target/keterangan */
/* E 12: "KETERANGAN" in bold 11 pt on one line (at 10, LibreOffice 25.2
 * breaks it inside the word).  B 20 and C 9: the lampiran's sasaran in B
 * and its indicators over C:D wrap onto few lines (at 15 and 14 their
 * rows took the lampiran's signatures onto a page of their own); the
 * programs over B:C keep their 29. */
static const double lebar_kolom[KOLOM] = {4, 20, 9, 14, 12};

/*
 * The lampiran's three tables, on the letter's five columns: each declared
 * column's width is that of the sheet columns it spans (tata_lembar.
 * rentang).  Their rows are known only while writing, so the sheet is
 * not opened with tata_buka: each header is written where its table
 * starts (tata_kepala).  The sheet is "PK", "PK Murni" or "PK
 * Perubahan".
 */
#define PK_TABEL(kolom_, rentang_)                                             \
    {                                                                          \
        .nama = "PK", .kolom = (kolom_),                                       \
        .jumlah_kolom = sizeof(kolom_) / sizeof((kolom_)[0]),                  \
        .peran = TATA_RESMI, .rentang = (rentang_)                             \
    }

/* A column of text or figures from the plan. */
#define PK_LABEL(nama, judul, lebar)                                           \
    {                                                                          \
        (nama), NULL, NULL, (judul), (lebar), TATA_LABEL, NULL                 \
    }
/* Column A of every table and part: the row's number. */
#define PK_NO PK_LABEL("no", "NO", 4)

/* The sasaran strategis and the kinerja lainnya tables (both groups of
 * indicators, "kelompok" in the plan, under their own title): the
 * indicator over C:D, the target in E (a target wider than E widens it,
 * lebar_pk). */
#define PK_KINERJA(judul_kelompok)                                             \
    {                                                                          \
        PK_NO, PK_LABEL("kelompok", judul_kelompok, 20),                       \
            PK_LABEL("indikator", "INDIKATOR KINERJA", 23),                    \
            PK_LABEL("target", "TARGET", 12)                                   \
    }
static const unsigned rentang_kinerja[] = {1, 1, 2, 1};
static const tata_kolom kolom_sasaran[] = PK_KINERJA("SASARAN STRATEGIS");
static const tata_kolom kolom_lainnya[] = PK_KINERJA("KINERJA LAINNYA");
const tata_lembar tata_pk_sasaran = PK_TABEL(kolom_sasaran, rentang_kinerja);
const tata_lembar tata_pk_lainnya = PK_TABEL(kolom_lainnya, rentang_kinerja);

/* The programs: the name over B:C.  The anggaran is the plan's (or, in one
 * workbook, the PK Perubahan's reference to the Realisasi Anggaran
 * sheet), an input only on PK Murni for an original pagu the plan does
 * not know. */
static const unsigned rentang_program[] = {1, 2, 1, 1};
static const tata_kolom kolom_program[] = {
    PK_NO,
    PK_LABEL("program", "PROGRAM", 29),
    {"anggaran", NULL, NULL, "ANGGARAN (Rp)", 14, TATA_ISIAN,
     "Ketik pagu murni program ini (APBD murni, sebelum perubahan) dalam "
     "rupiah penuh tanpa titik ribuan (contoh 1250000)."},
    PK_LABEL("keterangan", "KETERANGAN", 12),
};
const tata_lembar tata_pk_program = PK_TABEL(kolom_program, rentang_program);

/* The letter's parts on the same columns, by name, for the writer and
 * for the reader of the names, ranks, NIP and dates staff correct
 * (buku_baca.c); no header is written for them.  The list of parties: a
 * label ("Nama", "Jabatan") and the text after ": " over C:E.  The
 * inputs' prompts are per field (medan_pihak below), not per column. */
static const unsigned rentang_pihak[] = {1, 1, 3};
static const tata_kolom kolom_pihak[] = {
    PK_NO,
    PK_LABEL("label", "", 20),
    {"isi", NULL, NULL, "", 35, TATA_ISIAN_TEKS, NULL},
};
const tata_lembar tata_pk_pihak = PK_TABEL(kolom_pihak, rentang_pihak);

/* The place and date, and the signature blocks: the pihak kedua left in
 * B, the place ("Mojokerto,") in C, the date and the pihak pertama over
 * D:E (the date needs more room than column E alone, kept narrow for the
 * lampiran). */
static const unsigned rentang_ttd[] = {1, 1, 1, 2};
static const tata_kolom kolom_ttd[] = {
    PK_NO,
    {"pihak_kedua", NULL, NULL, "Pihak Kedua", 20, TATA_ISIAN_TEKS, NULL},
    PK_LABEL("tempat", "", 9),
    {"pihak_pertama", NULL, NULL, "Pihak Pertama", 26, TATA_ISIAN_TEKS, NULL},
};
const tata_lembar tata_pk_ttd = PK_TABEL(kolom_ttd, rentang_ttd);

/* The print scale: 10 pt text printed at 11.2 pt, as a typed letter. */
#define SKALA_PK 112
/* Points at 100 % between the signatories' titles and their names: 3.1 cm
 * on paper at SKALA_PK, room for a signature and a stamp (3 cm or
 * more). */
#define RUANG_TTD 78.0
/* Points at 100 % between the letter's parts, so it fills its page. */
#define JARAK_BAGIAN 18.0
/* Points at 100 % under a title, between the lampiran's tables and above
 * the signatures' titles: the lampiran, its tables and its signatures
 * fit one page (the rows print as tall as noted: halaman_atur.
 * tinggi_tepat). */
#define JARAK_TABEL 6.0

typedef struct versi {
    const char *nama_lembar;
    const char *judul; /* "PERJANJIAN KINERJA PERUBAHAN" */
    bool murni;
    bool ada_tanggal;
    tanggal tgl;
    const penandatangan *kepala, *atasan;
    const char *keterangan;
} versi;

typedef struct penulis {
    TULIS_PENULIS;
    const versi *v;
    /* the engine's state for the lampiran tables' headers (tata_kepala);
     * its galat and tinggi are the whole letter's */
    tata_penulis tp;
    unsigned baris;
    /* in one workbook: where the current pagu is typed (NULL: here) */
    const peta_anggaran *anggaran;
    double lebar[KOLOM]; /* the columns' widths (lebar_pk) */
} penulis;

/* Where column `nama` of table t stands: its first and last sheet
 * columns (a name the table lacks is an error of the layout). */
typedef struct kolom_pk {
    unsigned c1, c2;
} kolom_pk;

static kolom_pk kolom(penulis *p, const tata_lembar *t, const char *nama)
{
    int k = tata_kolom_cari(t, nama);
    if (k < 0) {
        CATAT(p->tp.galat, LXW_ERROR_PARAMETER_VALIDATION);
        return (kolom_pk){0, 0};
    }
    return (kolom_pk){tata_kolom_sel(t, (unsigned)k),
                      tata_kolom_sel_akhir(t, (unsigned)k)};
}

static double lebar_antara(const penulis *p, unsigned c1, unsigned c2)
{
    double w = 0;
    for (unsigned c = c1; c <= c2; c++)
        w += p->lebar[c];
    return w;
}

/* The target this PK agrees to for indicator d: the original one on the
 * PK murni where it differed. */
static const isian_angka *target_pk(const penulis *p, const indikator *d)
{
    return p->v->murni && d->target_murni.ada ? &d->target_murni : &d->target;
}

/* The columns' widths for this plan: lebar_kolom, with column E (the
 * target) as wide as the widest target needs to show whole (a number too
 * wide for its column prints ###), taken from C (down to 4) so the page
 * keeps its width and its print scale. */
static void lebar_pk(penulis *p)
{
    memcpy(p->lebar, lebar_kolom, sizeof p->lebar);
    double perlu = 0;
    /* the targets the lampiran shows: its two tables' indicators */
    for (int jenis = 0; jenis < 2; jenis++) {
        size_t nk = 0;
        size_t *kel = rencana_kelompok_jenis(
            p->r, jenis ? KELOMPOK_LAINNYA : KELOMPOK_SASARAN, &nk);
        for (size_t i = 0; kel && i < nk; i++) {
            size_t ni = 0;
            const size_t *ind =
                rencana_indikator_dari(p->r, INDUK_KELOMPOK, kel[i], &ni);
            for (size_t j = 0; j < ni; j++) {
                const indikator *d = &p->r->indikator[ind[j]];
                const isian_angka *t = target_pk(p, d);
                double w = cetak_lebar_angka(t->nilai, t->desimal, d->satuan,
                                             d->predikat);
                if (w > perlu)
                    perlu = w;
            }
        }
        free(kel);
    }
    double tambah = perlu - p->lebar[4];
    if (tambah <= 0)
        return;
    p->lebar[4] += tambah;
    p->lebar[2] -= tambah < p->lebar[2] - 4 ? tambah : p->lebar[2] - 4;
}

static void paragraf(penulis *p, const char *teks, lxw_format *f)
{
    unsigned row = p->baris++;
    CATAT(p->tp.galat, lembar_gabung(p->ws, row, 0, row, KOLOM - 1, teks, f));
    lembar_perlu(&p->tp.tinggi, row, row, teks, lebar_antara(p, 0, 4));
}

/* An empty row `tinggi` points tall between two parts of the letter. */
static void jarak(penulis *p, double tinggi)
{
    lembar_perlu_baris(&p->tp.tinggi, p->baris++, tinggi);
}

static void judul(penulis *p)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s TAHUN %d", p->v->judul, p->r->id.tahun);
    paragraf(p, buf, p->g->judul);
    const char *baris[] = {p->r->id.instansi, p->r->id.kabupaten};
    for (size_t i = 0; i < 2; i++) {
        char *teks = teks_cetak("%s", baris[i]);
        teks_kapital(teks);
        paragraf(p, teks, p->g->subjudul);
        free(teks);
    }
    jarak(p, JARAK_TABEL);
}

/* The fields of a signatory staff may correct (unlocked), each with the
 * prompt that says what it wants: in the list of parties (with ": "
 * before it, which the reader skips) and in the signature block. */
enum { F_NAMA, F_JABATAN, F_PANGKAT, F_NIP, F_JUMLAH };
static const struct {
    const char *judul[2]; /* pihak pertama, pihak kedua */
    const char *petunjuk;
} medan_pihak[F_JUMLAH] = {
    [F_NAMA] = {{"Nama pihak pertama", "Nama pihak kedua"},
                "Nama lengkap dengan gelarnya, seperti ditandatangani (contoh "
                "Drs. NAMA LENGKAP, M.Si). Nama ini tertulis dua kali, di "
                "atas dan di blok tanda tangan: ubah keduanya sama persis."},
    [F_JABATAN] = {{"Jabatan pihak pertama", "Jabatan pihak kedua"},
                   "Jabatan lengkap dengan nama perangkat daerah atau daerah "
                   "(contoh KEPALA DINAS ... KABUPATEN ...). Tertulis dua "
                   "kali, di atas dan di blok tanda tangan: ubah keduanya "
                   "sama persis."},
    [F_PANGKAT] = {{"Pangkat pihak pertama", "Pangkat pihak kedua"},
                   "Pangkat/golongan penanda tangan (contoh Pembina Utama "
                   "Muda); kosongkan bila tidak ada, seperti untuk Bupati."},
    [F_NIP] = {{"NIP pihak pertama", "NIP pihak kedua"},
               "NIP penanda tangan: kata NIP, spasi, lalu 18 angka (contoh "
               "NIP 197009271991011002); kosongkan bila tidak ada, seperti "
               "untuk Bupati."},
};

/* The prompt of field `f` of party `kedua` in rows `row`, columns c1..c2. */
static void petunjuk_pihak(penulis *p, unsigned row, unsigned c1, unsigned c2,
                           int f, bool kedua)
{
    CATAT(p->tp.galat, lembar_validasi_isian(p->ws, row, c1, row, c2,
                                             medan_pihak[f].judul[kedua],
                                             medan_pihak[f].petunjuk, false));
}

/* "Nama : ..." and "Jabatan : ..." of one party. */
static void pihak(penulis *p, const penandatangan *s, const char *sebutan)
{
    static const char *const label[] = {"Nama", "Jabatan"};
    const char *isi[] = {s->nama, s->jabatan};
    bool kedua = s == p->v->atasan;
    kolom_pk k_label = kolom(p, &tata_pk_pihak, "label"),
             k_isi = kolom(p, &tata_pk_pihak, "isi");
    for (int i = 0; i < 2; i++) {
        unsigned row = p->baris++;
        CATAT(p->tp.galat, lembar_gabung(p->ws, row, k_label.c1, row,
                                         k_label.c2, label[i], p->g->biasa));
        char *teks = teks_cetak(": %s", isi[i]);
        CATAT(p->tp.galat, lembar_gabung(p->ws, row, k_isi.c1, row, k_isi.c2,
                                         teks, p->g->isian_biasa_kiri));
        petunjuk_pihak(p, row, k_isi.c1, k_isi.c2, i == 0 ? F_NAMA : F_JABATAN,
                       kedua);
        lembar_perlu(&p->tp.tinggi, row, row, teks,
                     lebar_antara(p, k_isi.c1, k_isi.c2));
        free(teks);
    }
    paragraf(p, sebutan, p->g->biasa);
    p->baris++;
}

/* The signature blocks' columns: [0] the pihak pertama's, [1] the pihak
 * kedua's (petunjuk_pihak's `kedua`). */
static void kolom_ttd_dua(penulis *p, kolom_pk k[2])
{
    k[0] = kolom(p, &tata_pk_ttd, "pihak_pertama");
    k[1] = kolom(p, &tata_pk_ttd, "pihak_kedua");
}

/* One line of both signature blocks, the pihak kedua's (left) first:
 * teks[1] and f[1] for it, teks[0] and f[0] for the pihak pertama; with
 * field `medan`'s prompt (-1: none) and, if `perlu`, the row as tall as
 * the texts need. */
static void ttd_baris(penulis *p, unsigned row, const char *const teks[2],
                      lxw_format *const f[2], int medan, bool perlu)
{
    kolom_pk k[2];
    kolom_ttd_dua(p, k);
    for (int kedua = 1; kedua >= 0; kedua--)
        CATAT(p->tp.galat, lembar_gabung(p->ws, row, k[kedua].c1, row,
                                         k[kedua].c2, teks[kedua], f[kedua]));
    for (int kedua = 1; medan >= 0 && kedua >= 0; kedua--)
        petunjuk_pihak(p, row, k[kedua].c1, k[kedua].c2, medan, kedua);
    for (int kedua = 1; perlu && kedua >= 0; kedua--)
        lembar_perlu(&p->tp.tinggi, row, row, teks[kedua],
                     lebar_antara(p, k[kedua].c1, k[kedua].c2));
}

/* "Mojokerto, 23 September 2024", then both signature blocks. */
static void tanda_tangan(penulis *p)
{
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    kolom_pk k_tempat = kolom(p, &tata_pk_ttd, "tempat"), k[2];
    kolom_ttd_dua(p, k);
    unsigned row = p->baris++;
    /* the place right-aligned, the date in the pihak pertama's columns */
    char *tempat = teks_cetak("%s,", p->r->id.tempat);
    CATAT(p->tp.galat, lembar_gabung(ws, row, k_tempat.c1, row, k_tempat.c2,
                                     tempat, g->biasa_kanan));
    free(tempat);
    CATAT(p->tp.galat, worksheet_merge_range(ws, row, k[0].c1, row, k[0].c2, "",
                                             g->isian_tanggal));
    if (p->v->ada_tanggal) {
        lxw_datetime dt = {
            p->v->tgl.tahun, p->v->tgl.bulan, p->v->tgl.hari, 0, 0, 0};
        CATAT(p->tp.galat, worksheet_write_datetime(ws, row, k[0].c1, &dt,
                                                    g->isian_tanggal));
    } else {
        /* not known yet: a blank date cell to fill in when signing */
        CATAT(p->tp.galat,
              worksheet_write_blank(ws, row, k[0].c1, g->isian_tanggal));
    }
    CATAT(p->tp.galat,
          lembar_validasi_isian(
              ws, row, k[0].c1, row, k[0].c2, "Tanggal penandatanganan",
              "Tanggal perjanjian ini ditandatangani: ketik tanggal/bulan/"
              "tahun (contoh 2/1/2024, tampil 2 Januari 2024); kosongkan "
              "bila belum ditandatangani.",
              false));
    jarak(p, JARAK_TABEL);
    const penandatangan *kiri = p->v->atasan, *kanan = p->v->kepala;
    const tata_kolom *kt = tata_pk_ttd.kolom;
    ttd_baris(p, p->baris++,
              (const char *const[2]){
                  kt[tata_kolom_cari(&tata_pk_ttd, "pihak_pertama")].judul,
                  kt[tata_kolom_cari(&tata_pk_ttd, "pihak_kedua")].judul},
              (lxw_format *const[2]){g->biasa_tengah, g->biasa_tengah}, -1,
              false);
    ttd_baris(p, p->baris++,
              (const char *const[2]){kanan->jabatan, kiri->jabatan},
              (lxw_format *const[2]){g->isian_biasa, g->isian_biasa}, F_JABATAN,
              true);
    /* room to sign and stamp */
    jarak(p, RUANG_TTD);
    ttd_baris(
        p, p->baris++, (const char *const[2]){kanan->nama, kiri->nama},
        (lxw_format *const[2]){g->isian_biasa_garis, g->isian_biasa_garis},
        F_NAMA, false);
    /* rank and NIP only where the signatory has them (a Bupati has
     * neither) */
    bool ada_pangkat = *kiri->pangkat || *kanan->pangkat,
         ada_nip = *kiri->nip || *kanan->nip;
    if (ada_pangkat)
        ttd_baris(p, p->baris++,
                  (const char *const[2]){kanan->pangkat, kiri->pangkat},
                  (lxw_format *const[2]){gaya_isian_bila(g, kanan->pangkat),
                                         gaya_isian_bila(g, kiri->pangkat)},
                  -1, false);
    if (ada_nip) {
        char *a =
            *kiri->nip ? teks_cetak("NIP %s", kiri->nip) : teks_cetak("%s", "");
        char *b = *kanan->nip ? teks_cetak("NIP %s", kanan->nip)
                              : teks_cetak("%s", "");
        ttd_baris(p, p->baris++, (const char *const[2]){b, a},
                  (lxw_format *const[2]){gaya_isian_bila(g, kanan->nip),
                                         gaya_isian_bila(g, kiri->nip)},
                  -1, false);
        free(a);
        free(b);
    }
    /* the rank and NIP lines' prompts, their rows counted back from the
     * last one written */
    unsigned b_akhir = p->baris;
    for (int kedua = 1; ada_nip && kedua >= 0; kedua--)
        petunjuk_pihak(p, b_akhir - 1, k[kedua].c1, k[kedua].c2, F_NIP, kedua);
    b_akhir -= ada_nip;
    for (int kedua = 1; ada_pangkat && kedua >= 0; kedua--)
        petunjuk_pihak(p, b_akhir - 1, k[kedua].c1, k[kedua].c2, F_PANGKAT,
                       kedua);
}

/* Table 1 (sasaran strategis) or 2 (kinerja lainnya). */
static void tabel_kinerja(penulis *p, kelompok_jenis jenis)
{
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    size_t nk = 0;
    size_t *kel = rencana_kelompok_jenis(p->r, jenis, &nk);
    if (!kel || nk == 0) {
        free(kel);
        return;
    }
    const tata_lembar *t =
        jenis == KELOMPOK_SASARAN ? &tata_pk_sasaran : &tata_pk_lainnya;
    kolom_pk no = kolom(p, t, "no"), grup = kolom(p, t, "kelompok"),
             ind_k = kolom(p, t, "indikator"), target = kolom(p, t, "target");
    p->baris = tata_kepala(&p->tp, t, p->baris);
    for (size_t i = 0; i < nk; i++) {
        size_t ni = 0;
        const size_t *ind =
            rencana_indikator_dari(p->r, INDUK_KELOMPOK, kel[i], &ni);
        unsigned h = ni ? (unsigned)ni : 1, r0 = p->baris;
        const char *uraian = p->r->kelompok[kel[i]].uraian;
        CATAT(p->tp.galat,
              lembar_gabung_angka(ws, r0, no.c1, r0 + h - 1, no.c2,
                                  (double)(i + 1), g->teks_tengah));
        CATAT(p->tp.galat, lembar_gabung(ws, r0, grup.c1, r0 + h - 1, grup.c2,
                                         uraian, g->teks));
        lembar_perlu(&p->tp.tinggi, r0, r0 + h - 1, uraian,
                     lebar_antara(p, grup.c1, grup.c2));
        for (size_t j = 0; j < ni; j++) {
            const indikator *d = &p->r->indikator[ind[j]];
            unsigned row = r0 + (unsigned)j;
            /* the example report numbers several indicators of one
             * group 1.1, 1.2 */
            char *teks = ni > 1
                             ? teks_cetak("%zu.%zu %s", i + 1, j + 1, d->uraian)
                             : teks_cetak("%s", d->uraian);
            CATAT(p->tp.galat, lembar_gabung(ws, row, ind_k.c1, row, ind_k.c2,
                                             teks, g->teks));
            lembar_perlu(&p->tp.tinggi, row, row, teks,
                         lebar_antara(p, ind_k.c1, ind_k.c2));
            free(teks);
            const isian_angka *ti = target_pk(p, d);
            lxw_format *f =
                gaya_angka(g, ti->desimal, d->satuan, d->predikat, false);
            CATAT(p->tp.galat, lembar_gabung_angka(ws, row, target.c1, row,
                                                   target.c2, ti->nilai, f));
        }
        if (ni == 0) {
            CATAT(p->tp.galat,
                  worksheet_write_blank(ws, r0, ind_k.c1, g->teks));
            CATAT(p->tp.galat,
                  lembar_gabung(ws, r0, target.c1, r0, target.c2, "", g->teks));
        }
        p->baris = r0 + h;
    }
    free(kel);
    jarak(p, JARAK_TABEL);
}

/* Table 3: the programs with their anggaran and a total. */
static void tabel_program(penulis *p)
{
    gaya *g = p->g;
    lxw_worksheet *ws = p->ws;
    const tata_lembar *t = &tata_pk_program;
    size_t np = 0;
    /* the signed PK's order (a legal document), not the budget's */
    size_t *prog = rencana_program_pk(p->r, &np);
    if (!prog)
        return;
    kolom_pk no = kolom(p, t, "no"), program = kolom(p, t, "program"),
             anggaran = kolom(p, t, "anggaran"),
             ket = kolom(p, t, "keterangan");
    const tata_kolom *k_anggaran = &t->kolom[tata_kolom_cari(t, "anggaran")];
    p->baris = tata_kepala(&p->tp, t, p->baris);
    unsigned awal = p->baris, row;
    int64_t total = 0;
    for (size_t i = 0; i < np; i++) {
        const simpul *s = &p->r->simpul[prog[i]];
        row = p->baris++;
        CATAT(p->tp.galat,
              lembar_gabung_angka(ws, row, no.c1, row, no.c2, (double)(i + 1),
                                  g->teks_tengah));
        CATAT(p->tp.galat, lembar_gabung(ws, row, program.c1, row, program.c2,
                                         s->uraian, g->teks));
        lembar_perlu(&p->tp.tinggi, row, row, s->uraian,
                     lebar_antara(p, program.c1, program.c2));
        bool ada = p->v->murni ? s->ada_murni : true;
        int64_t v = p->v->murni ? s->jumlah_murni : s->jumlah_pagu;
        if (p->anggaran && !p->v->murni) {
            /* one workbook: the pagu typed on the Realisasi Anggaran
             * sheet (the PK murni's original pagu is its own) */
            rujukan_sel pg =
                tulis_rujuk(&tata_realisasi, p->anggaran->baris_simpul[prog[i]],
                            "pagu", sel_angka((double)v));
            CATAT(p->tp.galat,
                  tulis_salinan(ws, row, anggaran.c1, &pg, g->rupiah));
        } else {
            /* an original pagu the plan does not know stays a cell to
             * fill, with the column's prompt */
            CATAT(p->tp.galat,
                  lembar_angka(ws, row, anggaran.c1, ada, (double)v,
                               ada ? g->rupiah : g->isian_rupiah));
            if (!ada)
                CATAT(p->tp.galat,
                      lembar_validasi_isian(ws, row, anggaran.c1, row,
                                            anggaran.c2, "Pagu murni program",
                                            k_anggaran->petunjuk, true));
        }
        /* the cached SUM counts only the known figures, as Calc's SUM
         * skips blank cells */
        if (ada)
            total += v;
        CATAT(p->tp.galat, lembar_gabung(ws, row, ket.c1, row, ket.c2,
                                         p->v->keterangan, g->teks));
    }
    free(prog);
    row = p->baris++;
    CATAT(p->tp.galat, lembar_gabung(ws, row, no.c1, row, program.c2, "Total",
                                     g->jumlah_teks));
    char a[16], b[16];
    lxw_rowcol_to_cell(a, awal, (lxw_col_t)anggaran.c1);
    lxw_rowcol_to_cell(b, row - 1, (lxw_col_t)anggaran.c1);
    rumus rm;
    rumus_jumlah(&rm, a, b, sel_angka((double)total));
    CATAT(p->tp.galat,
          lembar_rumus(ws, row, anggaran.c1, &rm, g->jumlah_rupiah));
    CATAT(p->tp.galat, worksheet_write_blank(ws, row, ket.c1, g->jumlah_teks));
    jarak(p, JARAK_TABEL);
}

static lxw_error lembar_pk(lxw_workbook *wb, gaya *g, const rencana *r,
                           const tulis_opsi *o, const versi *v,
                           const peta_anggaran *anggaran)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, v->nama_lembar);
    if (!ws)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    penulis p = {.ws = ws,
                 .g = g,
                 .r = r,
                 .o = o,
                 .v = v,
                 .tp = {.ws = ws,
                        .g = g,
                        .o = o,
                        .tahun = r->id.tahun,
                        .galat = LXW_NO_ERROR,
                        .tinggi = LEMBAR_TINGGI_KOSONG},
                 .anggaran = anggaran};
    lebar_pk(&p);
    for (unsigned k = 0; k < KOLOM; k++)
        CATAT(p.tp.galat, worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k,
                                               p.lebar[k], NULL));
    judul(&p);
    paragraf(&p,
             "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, "
             "transparan dan akuntabel serta berorientasi pada hasil, kami "
             "yang bertanda tangan di bawah ini:",
             g->biasa);
    jarak(&p, JARAK_BAGIAN);
    pihak(&p, v->kepala, "Selanjutnya disebut pihak pertama.");
    pihak(&p, v->atasan,
          "Selaku atasan pihak pertama, selanjutnya disebut pihak kedua.");
    paragraf(&p,
             "Pihak pertama berjanji akan mewujudkan target kinerja yang "
             "seharusnya sesuai lampiran perjanjian ini, dalam rangka "
             "mencapai target kinerja jangka menengah seperti yang telah "
             "ditetapkan dalam dokumen perencanaan. Keberhasilan dan "
             "kegagalan pencapaian target kinerja tersebut menjadi tanggung "
             "jawab kami.",
             g->biasa);
    jarak(&p, JARAK_BAGIAN);
    paragraf(&p,
             "Pihak kedua akan melakukan supervisi yang diperlukan serta akan "
             "melakukan evaluasi terhadap capaian kinerja dari perjanjian ini "
             "dan mengambil tindakan yang diperlukan dalam rangka pemberian "
             "penghargaan dan sanksi.",
             g->biasa);
    jarak(&p, 2 * JARAK_BAGIAN);
    tanda_tangan(&p);

    /* the attachment starts on a new page, right under the letter's last
     * line (no empty row between them: a page holding only that row would
     * not print, and the page count in the footer would be one too many) */
    unsigned lampiran = p.baris;
    paragraf(&p, "Lampiran:", g->biasa);
    judul(&p);
    tabel_kinerja(&p, KELOMPOK_SASARAN);
    tabel_kinerja(&p, KELOMPOK_LAINNYA);
    /* the program table and the signatures under it print on one page: a
     * signature block alone on a page is a detached signature page, which
     * a signed agreement must not have (PermenPANRB 53/2014's lampiran
     * is signed under its table); and a page break inside the table left
     * rows without their header, or the Total alone */
    unsigned program[1][2] = {{p.baris, 0}};
    tabel_program(&p);
    tanda_tangan(&p);
    program[0][1] = p.baris - 1;

    halaman_atur atur = {.tegak = true,
                         .kepala_awal = -1,
                         .kepala_akhir = -1,
                         .kunci_awal = -1,
                         .kunci_akhir = -1,
                         .putus_wajib = &lampiran,
                         .jumlah_putus_wajib = 1,
                         .utuh = program,
                         .jumlah_utuh = 1,
                         .cetak_awal = 0,
                         .cetak_akhir = p.baris - 1,
                         .jumlah_kolom = KOLOM,
                         .lebar = lebar_kolom,
                         .skala_maks = SKALA_PK,
                         .nomor_sendiri = true,
                         .tinggi_tepat = true};
    CATAT(p.tp.galat, lembar_halaman(ws, o, &atur, &p.tp.tinggi));
    lembar_lindungi(ws, o);
    return p.tp.galat;
}

lxw_error tulis_pk(lxw_workbook *wb, gaya *g, const rencana *r,
                   const tulis_opsi *o)
{
    const identitas *id = &r->id;
    peta_anggaran peta;
    const peta_anggaran *anggaran = NULL;
    if (o->satu_buku) {
        if (!peta_anggaran_susun(r, &peta))
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        anggaran = &peta;
    }
    lxw_error e;
    if (!rencana_ada_perubahan(r)) {
        versi v = {"PK",           "PERJANJIAN KINERJA",
                   false,          id->ada_tanggal_pk,
                   id->tanggal_pk, &id->kepala,
                   &id->atasan,    id->keterangan_pk};
        e = lembar_pk(wb, g, r, o, &v, anggaran);
        if (anggaran)
            peta_anggaran_bebas(&peta);
        return e;
    }
    versi murni = {"PK Murni",         "PERJANJIAN KINERJA", true,
                   id->ada_tanggal_pk, id->tanggal_pk,       &id->kepala_murni,
                   &id->atasan_murni,  id->keterangan_pk};
    versi ubah = {"PK Perubahan",
                  "PERJANJIAN KINERJA PERUBAHAN",
                  false,
                  id->ada_tanggal_pk_perubahan,
                  id->tanggal_pk_perubahan,
                  &id->kepala,
                  &id->atasan,
                  id->keterangan_pk_perubahan};
    e = lembar_pk(wb, g, r, o, &murni, anggaran);
    if (e == LXW_NO_ERROR)
        e = lembar_pk(wb, g, r, o, &ubah, anggaran);
    if (anggaran)
        peta_anggaran_bebas(&peta);
    return e;
}
