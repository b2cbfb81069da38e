/*
 * buku_baca.c - the entered values of a filled workbook into the plan
 * (buku_baca.h).
 */
#include "buku_baca.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "angka.h"
#include "pembaca.h"
#include "tulis.h"

/* One workbook being read: where messages point. */
typedef struct bacaan {
    const char *berkas; /* the file's name as given */
    buku *b;
    size_t lembar; /* sheet index */
    const tata_lembar *t;
    rencana *r;
    galat_rencana *g;
    bool *terpakai; /* indicators already matched on this sheet */
} bacaan;

static void lapor(bacaan *a, uint32_t baris, uint32_t kolom, const char *pesan,
                  const char *rinci)
{
    char sel[16];
    buku_alamat(baris, kolom, sel);
    galat_tambah(a->g, NULL, 0, 0, "%s: lembar '%s', sel %s: %s%s", a->berkas,
                 a->t->nama, sel, pesan, rinci ? rinci : "");
}

/* The column of a layout by name (checked by periksa_kepala first). */
static uint32_t kolom(const tata_lembar *t, const char *nama)
{
    int k = tata_kolom_cari(t, nama);
    return k < 0 ? 0 : (uint32_t)k;
}

/* The row of the column titles: above the numbering row, if any. */
static uint32_t baris_judul(const tata_lembar *t)
{
    return tata_baris_isi(t) - 1u - (t->nomor_kolom ? 1u : 0u);
}

/* Whether the columns `nama` carry their declared titles: the mark of a
 * workbook this generator wrote. */
static bool periksa_kepala(bacaan *a, const char *const *nama, size_t n)
{
    bool ok = true;
    uint32_t b = baris_judul(a->t);
    for (size_t i = 0; i < n; i++) {
        if (tata_kolom_cari(a->t, nama[i]) < 0) {
            /* the layouts are the program's own: a reader asking for a
             * column they do not declare is a bug, said as one */
            galat_tambah(a->g, a->berkas, 0, 0,
                         "tata letak lembar '%s' tidak memuat kolom '%s'",
                         a->t->nama, nama[i]);
            return false;
        }
        uint32_t k = kolom(a->t, nama[i]);
        const char *judul = a->t->kolom[k].judul;
        const buku_sel *s = buku_sel_di(a->b, a->lembar, b, k);
        if (s && s->jenis == BUKU_TEKS && !strcmp(s->teks, judul))
            continue;
        char rinci[400];
        snprintf(rinci, sizeof rinci,
                 "judul kolom '%s' diharapkan, tertulis '%.200s'; bukan buku "
                 "kerja dari kinerja-template atau kolomnya dipindah",
                 judul, s && s->teks ? s->teks : "");
        lapor(a, b, k, rinci, NULL);
        ok = false;
    }
    return ok;
}

/* Digits after the decimal mark a typed number needs (85.2 -> 1), at most
 * 6: a spreadsheet keeps 15 significant digits, staff type far fewer. */
static int desimal_dari(double v)
{
    for (int d = 0; d < 6; d++) {
        double x = v * pow(10, d);
        if (fabs(x - nearbyint(x)) <= 1e-9 * fmax(1.0, fabs(x)))
            return d;
    }
    return 6;
}

/* Text of a cell that holds text or a number (a kode typed as 2 in Calc
 * becomes a number); NULL when empty. */
static const char *teks_sel(const buku_sel *s, char buf[40])
{
    if (!s)
        return NULL;
    if (s->jenis == BUKU_TEKS)
        return s->teks;
    if (s->jenis == BUKU_ANGKA) {
        snprintf(buf, 40, "%.15g", s->angka);
        return buf;
    }
    return NULL;
}

/* Whether text is only blanks (a cell staff cleared with a space). */
static bool kosong_teks(const char *t)
{
    for (; *t; t++)
        if (*t != ' ' && *t != '\t' && *t != '\n' && *t != '\r')
            return false;
    return true;
}

/* What an input cell holds.  A formula cell is the generator's and is
 * left alone; an error value or a boolean is reported here. */
typedef enum isi_jenis {
    ISI_RUMUS,
    ISI_KOSONG,
    ISI_ANGKA,
    ISI_TEKS,
    ISI_SALAH
} isi_jenis;

static isi_jenis isi_sel(bacaan *a, uint32_t baris, uint32_t k,
                         const buku_sel **sel)
{
    const buku_sel *s = buku_sel_di(a->b, a->lembar, baris, k);
    *sel = s;
    if (s && s->rumus)
        return ISI_RUMUS;
    if (!s || s->jenis == BUKU_KOSONG ||
        (s->jenis == BUKU_TEKS && kosong_teks(s->teks)))
        return ISI_KOSONG;
    if (s->jenis == BUKU_ANGKA)
        return ISI_ANGKA;
    if (s->jenis == BUKU_TEKS)
        return ISI_TEKS;
    lapor(a, baris, k,
          "bukan angka: ", s->jenis == BUKU_GALAT ? s->teks : "TRUE/FALSE");
    return ISI_SALAH;
}

/* A number typed as text that neither notation reads. */
static void lapor_teks(bacaan *a, uint32_t baris, uint32_t k, const char *teks,
                       const char *apa, const char *sebab)
{
    char rinci[160];
    snprintf(rinci, sizeof rinci, "'%.60s' bukan %s: %s", teks, apa, sebab);
    lapor(a, baris, k, rinci, NULL);
}

/* An indicator figure from an input cell: false (nothing to take) for a
 * formula cell or a reported error. */
static bool angka_isian(bacaan *a, uint32_t baris, uint32_t k,
                        isian_angka *hasil, int desimal_min)
{
    const buku_sel *s;
    isian_angka v = {false, 0, 0};
    switch (isi_sel(a, baris, k, &s)) {
    case ISI_KOSONG:
        *hasil = v;
        return true;
    case ISI_ANGKA:
        v.nilai = s->angka;
        v.desimal = desimal_dari(s->angka);
        break;
    case ISI_TEKS: {
        /* typed as text: Indonesian first, as the sheets show numbers */
        angka_hasil h =
            angka_baca(s->teks, NOTASI_INDONESIA, &v.nilai, &v.desimal);
        if (h != ANGKA_OK && angka_baca(s->teks, NOTASI_INTERNASIONAL, &v.nilai,
                                        &v.desimal) == ANGKA_OK)
            h = ANGKA_OK;
        if (h != ANGKA_OK) {
            lapor_teks(a, baris, k, s->teks, "angka",
                       angka_hasil_teks(h, NOTASI_INDONESIA));
            return false;
        }
        break;
    }
    default:
        return false;
    }
    if (v.nilai < 0) {
        lapor(a, baris, k, "angka negatif", NULL);
        return false;
    }
    v.ada = true;
    if (v.desimal < desimal_min)
        v.desimal = desimal_min;
    *hasil = v;
    return true;
}

/* An amount of rupiah from an input cell (see angka_isian). */
static bool rupiah_isian(bacaan *a, uint32_t baris, uint32_t k,
                         isian_rupiah *hasil)
{
    const buku_sel *s;
    isian_rupiah v = {false, 0};
    switch (isi_sel(a, baris, k, &s)) {
    case ISI_KOSONG:
        *hasil = v;
        return true;
    case ISI_ANGKA:
        /* exact below 2^53, the largest amount a cell holds to the rupiah */
        if (s->angka < 0 || s->angka > 9007199254740992.0 ||
            s->angka != nearbyint(s->angka)) {
            lapor(a, baris, k, "rupiah harus bilangan bulat tidak negatif",
                  NULL);
            return false;
        }
        v.nilai = (int64_t)s->angka;
        break;
    case ISI_TEKS: {
        angka_hasil h = rupiah_baca(s->teks, NOTASI_INDONESIA, &v.nilai);
        if (h != ANGKA_OK &&
            rupiah_baca(s->teks, NOTASI_INTERNASIONAL, &v.nilai) == ANGKA_OK)
            h = ANGKA_OK;
        if (h != ANGKA_OK || v.nilai < 0) {
            lapor_teks(a, baris, k, s->teks, "rupiah",
                       h != ANGKA_OK ? angka_hasil_teks(h, NOTASI_INDONESIA)
                                     : "negatif");
            return false;
        }
        break;
    }
    default:
        return false;
    }
    v.ada = true;
    *hasil = v;
    return true;
}

/* The last row holding anything on the sheet. */
static uint32_t baris_akhir(bacaan *a)
{
    size_t n;
    const buku_sel *s = buku_sel_lembar(a->b, a->lembar, &n);
    return n ? s[n - 1].baris : 0;
}

/* The plan's indicator named by the cell's text: the first one not yet
 * matched on this sheet, so two indicators of the same name keep their
 * order.  Both indicator sheets list the indicators of the sasaran and
 * kinerja lainnya only (the Triwulan sheet: those monitored per quarter);
 * a tujuan's or a program's indicator often bears the same name and is on
 * neither.  TIDAK_ADA with a message when there is none. */
static size_t cari_indikator(bacaan *a, uint32_t baris, uint32_t k,
                             const char *nama, bool triwulan)
{
    const rencana *r = a->r;
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        const indikator *d = &r->indikator[i];
        if (a->terpakai[i] || d->jenis_induk != INDUK_KELOMPOK ||
            r->kelompok[d->induk].jenis == KELOMPOK_TUJUAN ||
            (triwulan && !d->triwulan) || strcmp(d->uraian, nama))
            continue;
        a->terpakai[i] = true;
        return i;
    }
    lapor(a, baris, k,
          "indikator tidak ada dalam rencana (atau tercantum "
          "dua kali): ",
          nama);
    return TIDAK_ADA;
}

/* The year's Renstra row follows the indicator's realisasi, as the
 * generator reads both as one figure. */
static void renstra_ikut(rencana *r, size_t i)
{
    for (size_t j = 0; j < r->jumlah_renstra; j++)
        if (r->renstra[j].indikator == i && r->renstra[j].tahun == r->id.tahun)
            r->renstra[j].realisasi = r->indikator[i].realisasi;
}

static void baca_pengukuran(bacaan *a)
{
    static const char *const dipakai[] = {"indikator", "realisasi"};
    if (!periksa_kepala(a, dipakai, 2))
        return;
    uint32_t k_ind = kolom(a->t, "indikator"),
             k_real = kolom(a->t, "realisasi");
    uint32_t akhir = baris_akhir(a);
    for (uint32_t b = tata_baris_isi(a->t); b <= akhir; b++) {
        char buf[40];
        const char *nama =
            teks_sel(buku_sel_di(a->b, a->lembar, b, k_ind), buf);
        if (!nama || kosong_teks(nama)) {
            /* an inserted row: a figure typed there belongs to nothing */
            const buku_sel *s = buku_sel_di(a->b, a->lembar, b, k_real);
            if (s && !s->rumus && s->jenis != BUKU_KOSONG)
                lapor(a, b, k_real, "realisasi tanpa indikator di barisnya",
                      NULL);
            continue;
        }
        size_t i = cari_indikator(a, b, k_ind, nama, false);
        if (i == TIDAK_ADA)
            continue;
        indikator *d = &a->r->indikator[i];
        /* the decimals the sheet showed: a typed 85,20 is stored 85.2 */
        int min = d->target.desimal;
        if (d->realisasi.ada && d->realisasi.desimal > min)
            min = d->realisasi.desimal;
        if (angka_isian(a, b, k_real, &d->realisasi, min))
            renstra_ikut(a->r, i);
    }
}

static void baca_triwulan(bacaan *a)
{
    static const char *const dipakai[] = {
        "indikator",   "tw_1",        "tw_2",        "tw_3",       "tw_4",
        "target_tw_1", "target_tw_2", "target_tw_3", "target_tw_4"};
    if (!periksa_kepala(a, dipakai, sizeof dipakai / sizeof dipakai[0]))
        return;
    uint32_t k_ind = kolom(a->t, "indikator");
    uint32_t akhir = baris_akhir(a);
    for (uint32_t b = tata_baris_isi(a->t); b <= akhir; b++) {
        char buf[40];
        const char *nama =
            teks_sel(buku_sel_di(a->b, a->lembar, b, k_ind), buf);
        if (!nama || kosong_teks(nama))
            continue;
        size_t i = cari_indikator(a, b, k_ind, nama, true);
        if (i == TIDAK_ADA)
            continue;
        indikator *d = &a->r->indikator[i];
        for (int q = 0; q < 4; q++) {
            angka_isian(a, b, kolom(a->t, dipakai[1 + q]), &d->tw[q],
                        d->target.desimal);
            angka_isian(a, b, kolom(a->t, dipakai[5 + q]), &d->target_tw[q],
                        d->target.desimal);
        }
    }
}

/* The budget lines by kode, sorted, for bsearch. */
typedef struct kode_urut {
    const char *kode;
    size_t simpul;
} kode_urut;

static int banding_kode_urut(const void *x, const void *y)
{
    return strcmp(((const kode_urut *)x)->kode, ((const kode_urut *)y)->kode);
}

/* A line's tingkat by the name the sheet shows ("Sub Kegiatan"), or 0. */
static simpul_tingkat tingkat_dari(const char *t)
{
    static const char *const nama[] = {"Program", "Kegiatan", "Sub Kegiatan"};
    for (int i = 0; i < 3; i++)
        if (t && !strcmp(t, nama[i]))
            return (simpul_tingkat)(i + 1);
    return (simpul_tingkat)0;
}

/* The line with this kode among those added from the sheet (from
 * `awal`), or TIDAK_ADA. */
static size_t cari_baru(const rencana *r, size_t awal, const char *kode)
{
    for (size_t i = awal; i < r->jumlah_simpul; i++)
        if (!strcmp(r->simpul[i].kode, kode))
            return i;
    return TIDAK_ADA;
}

/*
 * A kegiatan or sub kegiatan staff added on an inserted row, as the
 * sheet's instruction asks (Kode, Induk, Tingkat, uraian, Anggaran): added
 * to the plan under its parent, which must be in the plan or added above
 * it.  A new program is refused: it needs its sasaran, which the sheet
 * does not carry.  Returns the new line's index, or TIDAK_ADA with a
 * message.
 */
static size_t tambah_baris(bacaan *a, uint32_t b, const char *kode,
                           const kode_urut *urut, size_t n_awal)
{
    rencana *r = a->r;
    char buf1[40], buf2[40];
    uint32_t k_induk = kolom(a->t, "induk"), k_tingkat = kolom(a->t, "tingkat"),
             k_uraian = kolom(a->t, "uraian");
    const char *induk =
        teks_sel(buku_sel_di(a->b, a->lembar, b, k_induk), buf1);
    const char *tingkat_teks =
        teks_sel(buku_sel_di(a->b, a->lembar, b, k_tingkat), buf2);
    const buku_sel *u = buku_sel_di(a->b, a->lembar, b, k_uraian);
    simpul_tingkat tingkat = tingkat_dari(tingkat_teks);
    if (tingkat != TINGKAT_KEGIATAN && tingkat != TINGKAT_SUB_KEGIATAN) {
        lapor(a, b, k_tingkat,
              "baris baru dengan kode yang tidak ada dalam rencana: Tingkat "
              "harus 'Kegiatan' atau 'Sub Kegiatan' (program baru: tambahkan "
              "ke anggaran.csv), kode ",
              kode);
        return TIDAK_ADA;
    }
    if (!u || u->jenis != BUKU_TEKS || kosong_teks(u->teks)) {
        lapor(a, b, k_uraian, "baris baru tanpa uraian, kode ", kode);
        return TIDAK_ADA;
    }
    size_t p = TIDAK_ADA;
    if (induk && !kosong_teks(induk)) {
        kode_urut kunci = {induk, 0};
        const kode_urut *t =
            bsearch(&kunci, urut, n_awal, sizeof *urut, banding_kode_urut);
        p = t ? t->simpul : cari_baru(r, n_awal, induk);
    }
    if (p == TIDAK_ADA || r->simpul[p].tingkat != tingkat - 1) {
        lapor(a, b, k_induk,
              tingkat == TINGKAT_KEGIATAN
                  ? "Induk baris baru harus kode program dalam rencana: "
                  : "Induk baris baru harus kode kegiatan dalam rencana: ",
              induk ? induk : "(kosong)");
        return TIDAK_ADA;
    }
    simpul *baru = realloc(r->simpul, (r->jumlah_simpul + 1) * sizeof *baru);
    if (!baru) {
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
        return TIDAK_ADA;
    }
    r->simpul = baru;
    size_t *anak = realloc(r->simpul[p].anak,
                           (r->simpul[p].jumlah_anak + 1) * sizeof *anak);
    if (!anak) {
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
        return TIDAK_ADA;
    }
    r->simpul[p].anak = anak;
    size_t i = r->jumlah_simpul;
    simpul *s = &r->simpul[i];
    memset(s, 0, sizeof *s);
    s->tingkat = tingkat;
    s->kode = strdup(kode);
    s->uraian = strdup(u->teks);
    s->induk = p;
    s->sasaran = TIDAK_ADA;
    r->jumlah_simpul++;
    anak[r->simpul[p].jumlah_anak++] = i;
    if (!s->kode || !s->uraian) {
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
        return TIDAK_ADA;
    }
    return i;
}

static void baca_anggaran(bacaan *a)
{
    static const char *const dipakai[] = {"kode", "pagu", "realisasi"};
    if (!periksa_kepala(a, dipakai, 3))
        return;
    rencana *r = a->r;
    kode_urut *urut = malloc((r->jumlah_simpul + 1) * sizeof *urut);
    bool *dibaca = calloc(r->jumlah_simpul + 1, 1);
    if (!urut || !dibaca) {
        free(urut);
        free(dibaca);
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
        return;
    }
    for (size_t i = 0; i < r->jumlah_simpul; i++)
        urut[i] = (kode_urut){r->simpul[i].kode, i};
    qsort(urut, r->jumlah_simpul, sizeof *urut, banding_kode_urut);
    const size_t n_awal = r->jumlah_simpul; /* the plan's own lines */
    uint32_t k_kode = kolom(a->t, "kode"), k_pagu = kolom(a->t, "pagu"),
             k_real = kolom(a->t, "realisasi");
    uint32_t akhir = baris_akhir(a);
    for (uint32_t b = tata_baris_isi(a->t); b <= akhir; b++) {
        char buf[40];
        const char *kode =
            teks_sel(buku_sel_di(a->b, a->lembar, b, k_kode), buf);
        if (!kode || kosong_teks(kode)) {
            for (uint32_t k = k_pagu; k <= k_real; k++) {
                const buku_sel *s = buku_sel_di(a->b, a->lembar, b, k);
                if (s && !s->rumus && s->jenis != BUKU_KOSONG)
                    lapor(a, b, k, "angka tanpa kode di barisnya", NULL);
            }
            continue;
        }
        kode_urut kunci = {kode, 0};
        kode_urut *t =
            bsearch(&kunci, urut, n_awal, sizeof *urut, banding_kode_urut);
        size_t i;
        if (t) {
            i = t->simpul;
            if (dibaca[i]) {
                lapor(a, b, k_kode, "kode tercantum dua kali: ", kode);
                continue;
            }
            dibaca[i] = true;
        } else if (cari_baru(r, n_awal, kode) != TIDAK_ADA) {
            lapor(a, b, k_kode, "kode tercantum dua kali: ", kode);
            continue;
        } else if ((i = tambah_baris(a, b, kode, urut, n_awal)) == TIDAK_ADA)
            continue;
        simpul *s = &r->simpul[i];
        rupiah_isian(a, b, k_pagu, &s->pagu);
        rupiah_isian(a, b, k_real, &s->realisasi);
        if (i >= n_awal && !s->pagu.ada)
            lapor(a, b, k_pagu,
                  "baris baru tanpa anggaran (pagu wajib di "
                  "baris paling rinci), kode ",
                  kode);
    }
    /* lines added: the indexes by parent count them */
    if (r->jumlah_simpul != n_awal && !rencana_indeks_indikator(r))
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
    free(urut);
    free(dibaca);
}

/* The input sheets, by the layouts' names. */
static const struct {
    const tata_lembar *t;
    void (*baca)(bacaan *a);
} lembar_isian[] = {
    {&tata_pengukuran, baca_pengukuran},
    {&tata_triwulan, baca_triwulan},
    {&tata_realisasi, baca_anggaran},
};
#define JUMLAH_LEMBAR (sizeof lembar_isian / sizeof lembar_isian[0])

/* Reads one workbook; returns its input sheets read, or -1 when it could
 * not be opened.  pemilik[i] is the workbook input sheet i was read from
 * already (NULL: none): a folder holding it twice (a copy, last month's
 * file) would make the result depend on file names, so it is refused. */
static long baca_satu(const char *jalur, rencana *r, galat_rencana *g,
                      const char **pemilik)
{
    buku *b;
    buku_galat bg;
    if (!buku_buka(jalur, NULL, &b, &bg)) {
        galat_tambah(g, NULL, 0, 0, "%s", bg.pesan);
        return -1;
    }
    bool *terpakai = calloc(r->jumlah_indikator + 1, 1);
    if (!terpakai) {
        buku_tutup(b);
        galat_tambah(g, jalur, 0, 0, "memori tidak cukup");
        return -1;
    }
    long n = 0;
    for (size_t i = 0; i < JUMLAH_LEMBAR; i++) {
        long l = buku_cari_lembar(b, lembar_isian[i].t->nama);
        if (l < 0)
            continue;
        if (pemilik[i]) {
            galat_tambah(g, NULL, 0, 0,
                         "%s: lembar '%s' juga ada di %s; sisakan satu buku "
                         "kerja per lembar isian di folder itu",
                         jalur, lembar_isian[i].t->nama, pemilik[i]);
            continue;
        }
        pemilik[i] = jalur;
        memset(terpakai, 0, r->jumlah_indikator + 1);
        bacaan a = {jalur, b, (size_t)l, lembar_isian[i].t, r, g, terpakai};
        lembar_isian[i].baca(&a);
        n++;
    }
    free(terpakai);
    buku_tutup(b);
    return n;
}

static bool akhiran(const char *nama, const char *akhir)
{
    size_t n = strlen(nama), m = strlen(akhir);
    if (n <= m)
        return false;
    for (size_t i = 0; i < m; i++) {
        char c = nama[n - m + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != akhir[i])
            return false;
    }
    return true;
}

static int banding_nama(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

bool buku_baca_isian(const char *jalur, rencana *r, size_t *jumlah_lembar,
                     galat_rencana *g)
{
    size_t awal = galat_hitung(g), dibaca = 0;
    const char *pemilik[JUMLAH_LEMBAR] = {NULL};
    struct stat st;
    if (stat(jalur, &st) != 0) {
        galat_tambah(g, jalur, 0, 0, "tidak dapat dibuka");
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        long n = baca_satu(jalur, r, g, pemilik);
        if (n == 0)
            galat_tambah(g, jalur, 0, 0,
                         "tidak ada lembar isian (Pengukuran Kinerja, "
                         "Triwulan, Realisasi Anggaran): bukan buku kerja "
                         "pengukuran atau realisasi dari kinerja-template");
        dibaca = n > 0 ? (size_t)n : 0;
    } else {
        DIR *d = opendir(jalur);
        if (!d) {
            galat_tambah(g, jalur, 0, 0, "folder tidak dapat dibuka");
            return false;
        }
        char **nama = NULL;
        size_t n = 0, kap = 0;
        for (struct dirent *e; (e = readdir(d));) {
            /* Calc's and Excel's lock files are not workbooks */
            if (e->d_name[0] == '.' || !strncmp(e->d_name, "~$", 2) ||
                !(akhiran(e->d_name, ".xlsx") || akhiran(e->d_name, ".ods")))
                continue;
            if (n == kap) {
                kap = kap ? 2 * kap : 16;
                char **baru = realloc(nama, kap * sizeof *nama);
                if (!baru)
                    break;
                nama = baru;
            }
            size_t p = strlen(jalur) + strlen(e->d_name) + 2;
            if (!(nama[n] = malloc(p)))
                break;
            snprintf(nama[n++], p, "%s/%s", jalur, e->d_name);
        }
        closedir(d);
        /* a fixed order, so the messages are the same on every run */
        qsort(nama, n, sizeof *nama, banding_nama);
        for (size_t i = 0; i < n; i++) {
            long l = baca_satu(nama[i], r, g, pemilik);
            if (l > 0)
                dibaca += (size_t)l;
        }
        for (size_t i = 0; i < n; i++)
            free(nama[i]);
        free(nama);
        if (!dibaca && galat_hitung(g) == awal)
            galat_tambah(g, jalur, 0, 0,
                         "tidak ada buku kerja .xlsx atau .ods dengan lembar "
                         "isian (Pengukuran Kinerja, Triwulan, Realisasi "
                         "Anggaran)");
    }
    if (jumlah_lembar)
        *jumlah_lembar = dibaca;
    if (galat_hitung(g) != awal)
        return false;
    return rencana_hitung(r, g);
}
