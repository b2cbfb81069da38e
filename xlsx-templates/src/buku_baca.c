/*
 * buku_baca.c - the entered values of a filled workbook into the plan
 * (buku_baca.h).
 */
#include "buku_baca.h"

#include <dirent.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "angka.h"
#include "pembaca.h"
#include "tulis.h"

/* An indicator staff added on an inserted Pengukuran Kinerja row: joined
 * to the plan once every workbook is read, so that the indexes the reading
 * keeps stay valid until then. */
typedef struct indikator_baru {
    indikator d;    /* its fields (strings owned; kode given when joined) */
    size_t setelah; /* the plan's indicator above it in its group, or
                       TIDAK_ADA: first of its group */
} indikator_baru;

/* A program name on Pengukuran Kinerja that the plan lacks: a new
 * program's sasaran is the group it is typed in. */
typedef struct program_sebut {
    char *nama;
    size_t kelompok; /* the group at or above its row, or TIDAK_ADA */
    char *tempat;    /* its cell, for messages */
    bool dipakai;    /* matched to a program added on Realisasi Anggaran */
    /* its realisasi typed beside it (a workbook of its own, where the
     * cell is an input): what the office reports for the program */
    isian_rupiah realisasi;
} program_sebut;

/* A program added on Realisasi Anggaran. */
typedef struct program_baru {
    size_t simpul;
    char *tempat; /* its Induk cell, for messages */
} program_baru;

/* What the workbooks showed when written, and which cell changed a figure
 * shown on two sheets (an indicator's realisasi is on Pengukuran Kinerja
 * and on Ringkasan): kept over every workbook of one read. */
typedef struct ingatan {
    size_t jumlah_indikator; /* the plan's own indicators ... */
    isian_angka *realisasi;  /* ... each one's realisasi as the plan had it */
    char **diubah_di;        /* "berkas: lembar 'X', sel F12", or NULL */
    size_t jumlah_simpul;    /* the plan's own budget lines ... */
    isian_rupiah *pagu;      /* ... and their pagu as the plan had it */
    /* rows the plan lacks, added once every workbook is read */
    indikator_baru *indikator_baru;
    size_t jumlah_indikator_baru;
    program_sebut *sebut;
    size_t jumlah_sebut;
    program_baru *program_baru;
    size_t jumlah_program_baru;
} ingatan;

/* Which indicators an indicator sheet lists. */
typedef enum daftar_indikator {
    DAFTAR_PENGUKURAN, /* of the sasaran and kinerja lainnya */
    DAFTAR_TRIWULAN,   /* those of them monitored per quarter */
    DAFTAR_RINGKASAN   /* of the sasaran */
} daftar_indikator;

/* The agreements of the Perjanjian Kinerja workbook. */
typedef enum pk_versi {
    PK_TUNGGAL,  /* "PK": a plan never revised */
    PK_MURNI,    /* "PK Murni": the original */
    PK_PERUBAHAN /* "PK Perubahan": the revised one */
} pk_versi;

/* One workbook being read: where messages point. */
typedef struct bacaan {
    const char *berkas; /* the file's name as given */
    buku *b;
    size_t lembar; /* sheet index */
    const char *nama_lembar;
    const tata_lembar *t; /* the sheet's layout; NULL for a PK letter */
    rencana *r;
    galat_rencana *g;
    bool *terpakai; /* indicators already matched on this sheet */
    ingatan *ing;
    daftar_indikator daftar;
    const char *kolom_grup; /* the column naming each row's sasaran */
    pk_versi versi;
    /* where grup_di looks: the group column and the first body row (from
     * the layout; set by the reader of a sheet without one) */
    uint32_t k_grup, baris_isi;
} bacaan;

static void lapor(bacaan *a, uint32_t baris, uint32_t kolom, const char *pesan,
                  const char *rinci)
{
    char sel[16];
    buku_alamat(baris, kolom, sel);
    galat_tambah(a->g, NULL, 0, 0, "%s: lembar '%s', sel %s: %s%s", a->berkas,
                 a->nama_lembar, sel, pesan, rinci ? rinci : "");
}

/* The column of a layout by name (checked by periksa_kepala first). */
static uint32_t kolom(const tata_lembar *t, const char *nama)
{
    int k = tata_kolom_cari(t, nama);
    return k < 0 ? 0 : (uint32_t)k;
}

/* The row of a column's title: below its grup and subgrup, if any (the
 * title merged down from there to the last header row). */
static uint32_t baris_judul(const tata_lembar *t, uint32_t k)
{
    return t->baris_kepala + (t->kolom[k].grup ? 1u : 0u) +
           (t->kolom[k].subgrup ? 1u : 0u);
}

/* Whether the columns `nama` carry their declared titles: the mark of a
 * workbook this generator wrote. */
static bool periksa_kepala(bacaan *a, const char *const *nama, size_t n)
{
    bool ok = true;
    for (size_t i = 0; i < n; i++) {
        if (tata_kolom_cari(a->t, nama[i]) < 0) {
            /* the layouts are the program's own: a reader asking for a
             * column they do not declare is a bug, said as one */
            galat_tambah(a->g, a->berkas, 0, 0,
                         "tata letak lembar '%s' tidak memuat kolom '%s'",
                         a->t->nama, nama[i]);
            return false;
        }
        uint32_t k = kolom(a->t, nama[i]), b = baris_judul(a->t, k);
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

/* The text of the cell at (baris, k) of the sheet a reads (teks_sel). */
static const char *teks_di(bacaan *a, uint32_t baris, uint32_t k, char buf[40])
{
    return teks_sel(buku_sel_di(a->b, a->lembar, baris, k), buf);
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

/* A number typed as text (`teks`, from the cell showing `tampil`):
 * Indonesian first, as the sheets show numbers, then international;
 * false with the cell reported when neither reads it as `apa`. */
static bool angka_teks(bacaan *a, uint32_t baris, uint32_t k, const char *teks,
                       const char *tampil, const char *apa, isian_angka *v)
{
    angka_hasil h = angka_baca(teks, NOTASI_INDONESIA, &v->nilai, &v->desimal);
    if (h != ANGKA_OK && angka_baca(teks, NOTASI_INTERNASIONAL, &v->nilai,
                                    &v->desimal) == ANGKA_OK)
        h = ANGKA_OK;
    if (h != ANGKA_OK)
        lapor_teks(a, baris, k, tampil, apa,
                   angka_hasil_teks(h, NOTASI_INDONESIA));
    return h == ANGKA_OK;
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
        if (!angka_teks(a, baris, k, s->teks, s->teks, "angka", &v))
            return false;
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

/* Whether indicator d is listed on the sheet a reads. */
static bool di_lembar(const bacaan *a, const indikator *d)
{
    const rencana *r = a->r;
    if (d->jenis_induk != INDUK_KELOMPOK)
        return false;
    kelompok_jenis j = r->kelompok[d->induk].jenis;
    switch (a->daftar) {
    case DAFTAR_TRIWULAN:
        return j != KELOMPOK_TUJUAN && d->triwulan;
    case DAFTAR_RINGKASAN:
        return j == KELOMPOK_SASARAN;
    default:
        return j != KELOMPOK_TUJUAN;
    }
}

/* The sasaran a row belongs to: the nearest text at or above it in the
 * group column (a merged label keeps its text in its first cell). */
static const char *grup_di(bacaan *a, uint32_t baris)
{
    for (uint32_t b = baris + 1; b-- > a->baris_isi;) {
        const buku_sel *s = buku_sel_di(a->b, a->lembar, b, a->k_grup);
        if (s && s->jenis == BUKU_TEKS && !kosong_teks(s->teks))
            return s->teks;
    }
    return NULL;
}

/*
 * The plan's indicator named by the cell's text.  The sheets carry no
 * kode, so a name two of the sheet's indicators share is told apart by
 * the sasaran beside it; two of one name in one sasaran cannot be told
 * apart once staff move rows, and are refused rather than guessed.  A
 * tujuan's or a program's indicator often bears a sasaran indicator's
 * name and is on none of these sheets.  TIDAK_ADA with a message when
 * there is none; where `baru` is given, a name the sheet's indicators do
 * not bear sets it instead of the message (a new indicator).
 */
static size_t cocok_indikator(bacaan *a, uint32_t baris, uint32_t k,
                              const char *nama, bool *baru)
{
    const rencana *r = a->r;
    const char *grup = NULL;
    for (int putaran = 0; putaran < 2; putaran++) {
        size_t sama = 0, pilih = TIDAK_ADA;
        for (size_t i = 0; i < r->jumlah_indikator; i++) {
            const indikator *d = &r->indikator[i];
            if (!di_lembar(a, d) || strcmp(d->uraian, nama) ||
                (grup && strcmp(r->kelompok[d->induk].uraian, grup)))
                continue;
            sama++;
            if (pilih == TIDAK_ADA)
                pilih = i;
        }
        if (sama > 1 && !putaran && (grup = grup_di(a, baris)))
            continue;
        if (sama > 1) {
            lapor(a, baris, k,
                  "nama indikator dipakai lebih dari sekali dalam satu "
                  "sasaran, barisnya tidak dapat dipastikan (bedakan namanya "
                  "di kinerja.csv): ",
                  nama);
            return TIDAK_ADA;
        }
        if (pilih != TIDAK_ADA && !a->terpakai[pilih]) {
            a->terpakai[pilih] = true;
            return pilih;
        }
        if (pilih == TIDAK_ADA && baru) {
            *baru = true;
            return TIDAK_ADA;
        }
        break;
    }
    lapor(a, baris, k,
          "indikator tidak ada dalam rencana atau tercantum dua kali "
          "(indikator baru ditambah di lembar Pengukuran Kinerja): ",
          nama);
    return TIDAK_ADA;
}

/* cocok_indikator on a sheet that adds no indicator: an unknown name is
 * refused. */
static size_t cari_indikator(bacaan *a, uint32_t baris, uint32_t k,
                             const char *nama)
{
    return cocok_indikator(a, baris, k, nama, NULL);
}

/* "berkas: lembar 'X', sel F12" of a cell, malloc'd. */
static char *tempat_sel(const bacaan *a, uint32_t baris, uint32_t k)
{
    char sel[16];
    buku_alamat(baris, k, sel);
    size_t n = strlen(a->berkas) + strlen(a->nama_lembar) + 40;
    char *t = malloc(n);
    if (t)
        snprintf(t, n, "%s: lembar '%s', sel %s", a->berkas, a->nama_lembar,
                 sel);
    return t;
}

static bool sama_angka(const isian_angka *x, const isian_angka *y)
{
    if (x->ada != y->ada)
        return false;
    return !x->ada ||
           fabs(x->nilai - y->nilai) <= 1e-9 * fmax(1.0, fabs(y->nilai));
}

/* The year's Renstra row follows the indicator's realisasi, as the
 * generator reads both as one figure. */
static void renstra_ikut(rencana *r, size_t i)
{
    for (size_t j = 0; j < r->jumlah_renstra; j++)
        if (r->renstra[j].indikator == i && r->renstra[j].tahun == r->id.tahun)
            r->renstra[j].realisasi = r->indikator[i].realisasi;
}

/*
 * An indicator's realisasi from its cell on row b: taken when it differs
 * from what the workbook showed (blank included: not reported), so a
 * sheet that shows the figure again (Ringkasan beside Pengukuran Kinerja)
 * changes nothing unless staff typed there; two cells changed to
 * different figures are refused, naming both.
 */
static void terima_realisasi(bacaan *a, uint32_t b, uint32_t k, size_t i)
{
    indikator *d = &a->r->indikator[i];
    const isian_angka *lama = &a->ing->realisasi[i];
    /* the decimals the sheet showed: a typed 85,20 is stored 85.2 */
    int min = d->target.desimal;
    if (lama->ada && lama->desimal > min)
        min = lama->desimal;
    isian_angka v;
    if (!angka_isian(a, b, k, &v, min) || sama_angka(&v, lama))
        return;
    char **di = &a->ing->diubah_di[i];
    if (*di) {
        if (!sama_angka(&v, &d->realisasi))
            lapor(a, b, k, "realisasi berbeda dengan yang diisi di ", *di);
        return;
    }
    if (!(*di = tempat_sel(a, b, k))) {
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
        return;
    }
    d->realisasi = v;
    renstra_ikut(a->r, i);
}

/* One more element at the end of the array *p of *n elements of `ukuran`
 * bytes, zeroed; NULL (reported) when memory runs out. */
static void *tambah_satu(bacaan *a, void **p, size_t *n, size_t ukuran)
{
    char *baru = realloc(*p, (*n + 1) * ukuran);
    if (!baru) {
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
        return NULL;
    }
    *p = baru;
    memset(baru + *n * ukuran, 0, ukuran);
    return baru + (*n)++ * ukuran;
}

/* The sasaran or kinerja lainnya whose name is `uraian`, or TIDAK_ADA. */
static size_t kelompok_bernama(const rencana *r, const char *uraian)
{
    for (size_t k = 0; uraian && k < r->jumlah_kelompok; k++)
        if (r->kelompok[k].jenis != KELOMPOK_TUJUAN &&
            !strcmp(r->kelompok[k].uraian, uraian))
            return k;
    return TIDAK_ADA;
}

/* Whether text begins with `awal`, ignoring ASCII case. */
static bool awalan_sama(const char *teks, const char *awal)
{
    for (; *awal; teks++, awal++) {
        char c = *teks, d = *awal;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != d)
            return false;
    }
    return true;
}

/*
 * A new indicator's target as typed: a number, or a text of a number and
 * the unit after it ("80%", "19 Inovasi", "85,20"); *satuan receives the
 * unit (malloc'd, "" when none).  Refused with the cell when empty, not a
 * number, negative, or a formula (the plan's target is typed, never
 * computed).
 */
static bool target_baru(bacaan *a, uint32_t b, uint32_t k, isian_angka *t,
                        char **satuan)
{
    const buku_sel *s;
    const char *akhir = "";
    char bilangan[64];
    *t = (isian_angka){true, 0, 0};
    switch (isi_sel(a, b, k, &s)) {
    case ISI_ANGKA:
        t->nilai = s->angka;
        t->desimal = desimal_dari(s->angka);
        break;
    case ISI_TEKS: {
        const char *c = s->teks;
        while (*c == ' ')
            c++;
        size_t n = strspn(c, "0123456789.,");
        akhir = c + n;
        while (*akhir == ' ')
            akhir++;
        /* a quote cannot stand in a number format's unit */
        if (n == 0 || n >= sizeof bilangan || strchr(akhir, '"')) {
            lapor_teks(a, b, k, s->teks, "target",
                       "ketik angkanya, satuan boleh di belakangnya");
            return false;
        }
        memcpy(bilangan, c, n);
        bilangan[n] = '\0';
        if (!angka_teks(a, b, k, bilangan, s->teks, "target", t))
            return false;
        break;
    }
    case ISI_KOSONG:
        lapor(a, b, k, "indikator baru tanpa target: ketik targetnya", NULL);
        return false;
    case ISI_RUMUS:
        lapor(a, b, k, "target indikator baru harus diketik, bukan rumus",
              NULL);
        return false;
    default:
        return false;
    }
    if (t->nilai < 0) {
        lapor(a, b, k, "angka negatif", NULL);
        return false;
    }
    /* trailing blanks of the unit dropped */
    size_t n = strlen(akhir);
    while (n > 0 && akhir[n - 1] == ' ')
        n--;
    /* not strndup: MinGW's C library, which the .exe links, lacks it */
    if (!(*satuan = malloc(n + 1))) {
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
        return false;
    }
    memcpy(*satuan, akhir, n);
    (*satuan)[n] = '\0';
    return true;
}

/* The rumus a new row's % computes, told by the value Calc or Excel
 * cached there (the formula filled down from the row above, rumus 1 or
 * 2): rumus 2 only when the value is its and not rumus 1's, else rumus 1,
 * the plan format's default. */
static capaian_rumus arah_baru(bacaan *a, uint32_t b, const isian_angka *t,
                               const isian_angka *x)
{
    const buku_sel *c = buku_sel_di(a->b, a->lembar, b, kolom(a->t, "capaian"));
    double naik, turun;
    if (!c || c->jenis != BUKU_ANGKA || !x->ada ||
        capaian_hitung(t->nilai, &x->nilai, CAPAIAN_RUMUS_NAIK, &naik) !=
            KINERJA_OK ||
        capaian_hitung(t->nilai, &x->nilai, CAPAIAN_RUMUS_TURUN, &turun) !=
            KINERJA_OK)
        return CAPAIAN_RUMUS_NAIK;
    double tol = 1e-9 * fmax(1.0, fabs(c->angka));
    return fabs(c->angka - turun) <= tol && fabs(c->angka - naik) > tol
               ? CAPAIAN_RUMUS_TURUN
               : CAPAIAN_RUMUS_NAIK;
}

/* A copy of text, "" for NULL; false (reported) when memory runs out. */
static bool salin_teks(bacaan *a, char **ke, const char *teks)
{
    if ((*ke = strdup(teks ? teks : "")))
        return true;
    galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
    return false;
}

/*
 * An indicator staff added on an inserted Pengukuran Kinerja row, its
 * name not in the plan: an indicator of the sasaran or kinerja lainnya
 * whose label stands at or above its row, placed after the plan's
 * indicator `atas` above it (TIDAK_ADA: first of the group).  It takes
 * what the row carries: name, formulasi, target (its decimals as typed),
 * realisasi; the unit typed after the target's number ("80%"), else "%"
 * for a "Persentase ..." indicator (the naming rule of indicator
 * nomenclature), else none; the rumus its filled-down % computes.  No
 * predikat scale, not monitored per quarter: those are set in
 * kinerja.csv.
 */
static void tambah_indikator(bacaan *a, uint32_t b, const char *nama,
                             size_t atas)
{
    rencana *r = a->r;
    ingatan *ing = a->ing;
    uint32_t k_ind = kolom(a->t, "indikator");
    const char *grup = grup_di(a, b);
    size_t kel = kelompok_bernama(r, grup);
    if (kel == TIDAK_ADA) {
        lapor(a, b, k_ind,
              grup ? "indikator baru: kelompok di kolom SASARAN STRATEGIS di "
                     "atasnya tidak ada dalam rencana: "
                   : "indikator baru tanpa sasaran strategis di atasnya: ",
              grup ? grup : nama);
        return;
    }
    for (size_t j = 0; j < ing->jumlah_indikator_baru; j++)
        if (ing->indikator_baru[j].d.induk == kel &&
            !strcmp(ing->indikator_baru[j].d.uraian, nama)) {
            lapor(a, b, k_ind,
                  "nama indikator baru dipakai lebih dari sekali dalam satu "
                  "sasaran: ",
                  nama);
            return;
        }
    isian_angka t, x;
    char *satuan = NULL;
    if (!target_baru(a, b, kolom(a->t, "target"), &t, &satuan))
        return;
    if (!angka_isian(a, b, kolom(a->t, "realisasi"), &x, t.desimal)) {
        free(satuan);
        return;
    }
    bool persen = !*satuan && (awalan_sama(nama, "persentase") ||
                               awalan_sama(nama, "prosentase"));
    /* "60%" typed into a number cell is stored 0,6 by Calc and Excel: a
     * percent target between 0 and 1 is that slip far more often than a
     * target under 1 % (still possible typed as text with its sign,
     * '0,5%) */
    if (persen && t.nilai > 0 && t.nilai < 1) {
        free(satuan);
        lapor(a, b, kolom(a->t, "target"),
              "target indikator persen antara 0 dan 1 (60% yang diketik "
              "tersimpan 0,6): ketik 60 untuk 60%",
              NULL);
        return;
    }
    indikator_baru *n = tambah_satu(a, (void **)&ing->indikator_baru,
                                    &ing->jumlah_indikator_baru, sizeof *n);
    if (!n) {
        free(satuan);
        return;
    }
    indikator *d = &n->d;
    char buf[40];
    d->satuan = satuan;
    if (persen) {
        free(satuan);
        d->satuan = NULL;
        if (!salin_teks(a, &d->satuan, "%"))
            return;
    }
    n->setelah =
        atas != TIDAK_ADA && r->indikator[atas].induk == kel ? atas : TIDAK_ADA;
    d->target = t;
    d->realisasi = x;
    d->arah = arah_baru(a, b, &t, &x);
    d->jenis_induk = INDUK_KELOMPOK;
    d->induk = kel;
    if (salin_teks(a, &d->uraian, nama) &&
        salin_teks(a, &d->formulasi,
                   teks_di(a, b, kolom(a->t, "formulasi"), buf)) &&
        salin_teks(a, &d->predikat, "") &&
        salin_teks(a, &d->predikat_realisasi, ""))
        salin_teks(a, &d->skala, "");
}

/* A program name the plan lacks on Pengukuran Kinerja row b: noted with
 * the group it stands in, the sasaran of the program added under that
 * name on Realisasi Anggaran (pasang_program). */
static void sebut_program(bacaan *a, uint32_t b, const char *nama)
{
    ingatan *ing = a->ing;
    program_sebut *p =
        tambah_satu(a, (void **)&ing->sebut, &ing->jumlah_sebut, sizeof *p);
    if (!p)
        return;
    p->kelompok = kelompok_bernama(a->r, grup_di(a, b));
    p->tempat = tempat_sel(a, b, kolom(a->t, "program"));
    rupiah_isian(a, b, kolom(a->t, "realisasi_anggaran"), &p->realisasi);
    if (!(p->nama = strdup(nama)) || !p->tempat)
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
}

/* A program's realisasi typed on its Pengukuran Kinerja row: where it
 * differs from the sum of its sub kegiatan the sheet showed, it is what
 * the office reports for the program (dilaporkan), checked on the
 * Pemeriksaan sheet against the sum. */
static void baca_program(bacaan *a, uint32_t b, const char *nama, bool *dipakai)
{
    rencana *r = a->r;
    uint32_t k = kolom(a->t, "realisasi_anggaran");
    bool sudah = false; /* a plan program of that name seen on a row above */
    for (size_t i = 0; i < a->ing->jumlah_simpul; i++) {
        simpul *s = &r->simpul[i];
        if (s->tingkat != TINGKAT_PROGRAM || strcmp(s->uraian, nama))
            continue;
        sudah |= dipakai[i];
        if (dipakai[i])
            continue;
        dipakai[i] = true;
        isian_rupiah v;
        if (rupiah_isian(a, b, k, &v) &&
            (v.ada != s->ada_realisasi ||
             (v.ada && v.nilai != s->jumlah_realisasi)))
            s->realisasi = v;
        return;
    }
    if (sudah) /* a program serves one sasaran: one row */
        lapor(a, b, kolom(a->t, "program"),
              "program tercantum dua kali di lembar ini: ", nama);
    else
        sebut_program(a, b, nama);
}

static void baca_pengukuran(bacaan *a)
{
    static const char *const dipakai[] = {
        "sasaran",   "indikator", "formulasi", "target",
        "realisasi", "capaian",   "program",   "realisasi_anggaran"};
    if (!periksa_kepala(a, dipakai, sizeof dipakai / sizeof dipakai[0]))
        return;
    uint32_t k_ind = kolom(a->t, "indikator"),
             k_real = kolom(a->t, "realisasi"), k_prog = kolom(a->t, "program");
    uint32_t akhir = baris_akhir(a);
    size_t atas = TIDAK_ADA; /* the plan's indicator last seen */
    bool *program = calloc(a->ing->jumlah_simpul + 1, 1);
    if (!program) {
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
        return;
    }
    for (uint32_t b = tata_baris_isi(a->t); b <= akhir; b++) {
        char buf[40];
        const char *p = teks_di(a, b, k_prog, buf);
        /* the JUMLAH row closes the table */
        if (p && !strcmp(p, "JUMLAH"))
            break;
        if (p && !kosong_teks(p))
            baca_program(a, b, p, program);
        const char *nama = teks_di(a, b, k_ind, buf);
        if (!nama || kosong_teks(nama)) {
            /* an inserted row: a figure typed there belongs to nothing */
            const buku_sel *s = buku_sel_di(a->b, a->lembar, b, k_real);
            if (s && !s->rumus && s->jenis != BUKU_KOSONG)
                lapor(a, b, k_real, "realisasi tanpa indikator di barisnya",
                      NULL);
            continue;
        }
        bool baru = false;
        size_t i = cocok_indikator(a, b, k_ind, nama, &baru);
        if (i != TIDAK_ADA) {
            terima_realisasi(a, b, k_real, i);
            atas = i;
        } else if (baru)
            tambah_indikator(a, b, nama, atas);
    }
    free(program);
}

/* The Ringkasan sheet shows each sasaran indicator's realisasi again
 * (taken where staff changed it there) and each sasaran's realisasi
 * anggaran, a sum over its programs with no place of its own in the
 * plan: a changed one is refused with where to type it instead. */
static void baca_ringkasan(bacaan *a)
{
    static const char *const dipakai[] = {"sasaran", "indikator", "realisasi",
                                          "realisasi_anggaran"};
    if (!periksa_kepala(a, dipakai, sizeof dipakai / sizeof dipakai[0]))
        return;
    const rencana *r = a->r;
    uint32_t k_sas = kolom(a->t, "sasaran"), k_ind = kolom(a->t, "indikator"),
             k_real = kolom(a->t, "realisasi"),
             k_ang = kolom(a->t, "realisasi_anggaran");
    uint32_t akhir = baris_akhir(a);
    for (uint32_t b = tata_baris_isi(a->t); b <= akhir; b++) {
        char buf[40];
        const char *sas = teks_di(a, b, k_sas, buf);
        for (size_t k = 0; sas && k < r->jumlah_kelompok; k++) {
            if (r->kelompok[k].jenis != KELOMPOK_SASARAN ||
                strcmp(r->kelompok[k].uraian, sas))
                continue;
            int64_t pagu, real;
            bool ada;
            rencana_anggaran_sasaran(r, k, &pagu, &ada, &real);
            isian_rupiah v;
            if (rupiah_isian(a, b, k_ang, &v) &&
                (v.ada != ada || (v.ada && v.nilai != real)))
                lapor(a, b, k_ang,
                      "realisasi anggaran sasaran adalah jumlah programnya; "
                      "ketik realisasi di lembar Realisasi Anggaran (baris "
                      "sub kegiatan) atau Pengukuran Kinerja (baris program)",
                      NULL);
            break;
        }
        const char *nama = teks_di(a, b, k_ind, buf);
        if (!nama || kosong_teks(nama))
            continue;
        size_t i = cari_indikator(a, b, k_ind, nama);
        if (i != TIDAK_ADA)
            terima_realisasi(a, b, k_real, i);
    }
}

/* The cells of the Pemeriksaan sheet staff fill: the totals by kind of
 * spending, found by the label the check row shows beside them. */
static const struct {
    const char *label;
    size_t medan; /* offset in identitas */
} belanja[] = {
    {"Anggaran belanja operasi", offsetof(identitas, pagu_operasi)},
    {"Anggaran belanja modal", offsetof(identitas, pagu_modal)},
    {"Realisasi belanja operasi", offsetof(identitas, realisasi_operasi)},
    {"Realisasi belanja modal", offsetof(identitas, realisasi_modal)},
};

static void baca_pemeriksaan(bacaan *a)
{
    static const char *const dipakai[] = {"diperiksa", "nilai_diperiksa"};
    if (!periksa_kepala(a, dipakai, 2))
        return;
    uint32_t k_label = kolom(a->t, "diperiksa"),
             k_nilai = kolom(a->t, "nilai_diperiksa");
    uint32_t akhir = baris_akhir(a);
    for (uint32_t b = tata_baris_isi(a->t); b <= akhir; b++) {
        char buf[40];
        const char *label = teks_di(a, b, k_label, buf);
        for (size_t j = 0; label && j < sizeof belanja / sizeof belanja[0]; j++)
            if (!strcmp(label, belanja[j].label)) {
                rupiah_isian(
                    a, b, k_nilai,
                    (isian_rupiah *)((char *)&a->r->id + belanja[j].medan));
                break;
            }
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
        const char *nama = teks_di(a, b, k_ind, buf);
        if (!nama || kosong_teks(nama))
            continue;
        size_t i = cari_indikator(a, b, k_ind, nama);
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

/* The line with this kode: the plan's (urut, its first n_awal) or one
 * added from the sheet; TIDAK_ADA for none or a blank kode. */
static size_t cari_kode(const rencana *r, const kode_urut *urut, size_t n_awal,
                        const char *kode)
{
    if (!kode || kosong_teks(kode))
        return TIDAK_ADA;
    kode_urut kunci = {kode, 0};
    const kode_urut *t =
        bsearch(&kunci, urut, n_awal, sizeof *urut, banding_kode_urut);
    return t ? t->simpul : cari_baru(r, n_awal, kode);
}

/*
 * The text cells of a line the plan has (unlocked on sub kegiatan rows):
 * a renamed line takes its new uraian; a line whose Induk was retyped to
 * another line one level up moves under it, as the sheet's SUMIF totals
 * follow the Induk; its Tingkat cannot change (a line changing level is
 * a new line with a new kode).
 */
static void ubah_baris(bacaan *a, uint32_t b, size_t i, const kode_urut *urut,
                       size_t n_awal)
{
    rencana *r = a->r;
    simpul *s = &r->simpul[i];
    char buf[3][40];
    uint32_t k_uraian = kolom(a->t, "uraian"), k_induk = kolom(a->t, "induk"),
             k_tingkat = kolom(a->t, "tingkat");
    const char *u = teks_di(a, b, k_uraian, buf[0]);
    if (u && !kosong_teks(u) && strcmp(u, s->uraian)) {
        char *baru = strdup(u);
        if (!baru) {
            galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
            return;
        }
        free(s->uraian);
        s->uraian = baru;
    }
    if (tingkat_dari(teks_di(a, b, k_tingkat, buf[1])) != s->tingkat) {
        lapor(a, b, k_tingkat,
              "Tingkat baris yang ada dalam rencana tidak dapat diubah "
              "(baris dengan tingkat lain perlu kode baru), kode ",
              s->kode);
        return;
    }
    const char *induk = teks_di(a, b, k_induk, buf[2]);
    const char *lama = s->induk == TIDAK_ADA ? "" : r->simpul[s->induk].kode;
    if (!strcmp(induk ? induk : "", lama))
        return;
    size_t p = cari_kode(r, urut, n_awal, induk);
    if (s->tingkat == TINGKAT_PROGRAM || p == TIDAK_ADA ||
        r->simpul[p].tingkat != s->tingkat - 1) {
        lapor(a, b, k_induk,
              "Induk harus kode baris satu tingkat di atasnya dalam "
              "rencana: ",
              induk ? induk : "(kosong)");
        return;
    }
    size_t *anak = realloc(r->simpul[p].anak,
                           (r->simpul[p].jumlah_anak + 1) * sizeof *anak);
    if (!anak) {
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
        return;
    }
    r->simpul[p].anak = anak;
    anak[r->simpul[p].jumlah_anak++] = i;
    simpul *q = &r->simpul[s->induk];
    size_t n = 0;
    for (size_t j = 0; j < q->jumlah_anak; j++)
        if (q->anak[j] != i)
            q->anak[n++] = q->anak[j];
    q->jumlah_anak = n;
    s->induk = p;
}

/* The group a new program's Induk names: its number in the NO column of
 * Pengukuran Kinerja (the groups in the order tulis_kelompok_urut gives
 * them) or its name as written there; TIDAK_ADA when neither. */
static size_t kelompok_induk(const rencana *r, const char *induk)
{
    size_t k = kelompok_bernama(r, induk);
    char *akhir;
    unsigned long no = strtoul(induk, &akhir, 10);
    if (k != TIDAK_ADA || akhir == induk || *akhir || !no)
        return k;
    size_t n = 0;
    size_t *urut = tulis_kelompok_urut(r, &n);
    k = urut && no <= n ? urut[no - 1] : TIDAK_ADA;
    free(urut);
    return k;
}

/* A program added on an inserted Realisasi Anggaran row: its Induk names
 * its sasaran (kelompok_induk); left empty, its name typed in a group of
 * Pengukuran Kinerja does (pasang_program).  Returns its index or
 * TIDAK_ADA with a message. */
static size_t tambah_program(bacaan *a, uint32_t b, const char *kode,
                             const char *uraian, const char *induk)
{
    rencana *r = a->r;
    size_t sasaran = TIDAK_ADA;
    if (induk && !kosong_teks(induk) &&
        (sasaran = kelompok_induk(r, induk)) == TIDAK_ADA) {
        lapor(a, b, kolom(a->t, "induk"),
              "Induk program baru harus sasarannya: nomor di kolom NO atau "
              "nama sasaran strategis / kinerja lainnya seperti di lembar "
              "Pengukuran Kinerja; tertulis ",
              induk);
        return TIDAK_ADA;
    }
    program_baru *pb = tambah_satu(a, (void **)&a->ing->program_baru,
                                   &a->ing->jumlah_program_baru, sizeof *pb);
    if (!pb)
        return TIDAK_ADA;
    size_t i = r->jumlah_simpul;
    simpul *s =
        tambah_satu(a, (void **)&r->simpul, &r->jumlah_simpul, sizeof *s);
    if (!s) {
        a->ing->jumlah_program_baru--;
        return TIDAK_ADA;
    }
    s->tingkat = TINGKAT_PROGRAM;
    s->induk = TIDAK_ADA;
    s->sasaran = sasaran;
    pb->simpul = i;
    pb->tempat = tempat_sel(a, b, kolom(a->t, "induk"));
    if (!(s->kode = strdup(kode)) || !(s->uraian = strdup(uraian)) ||
        !pb->tempat) {
        galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
        return TIDAK_ADA;
    }
    return i;
}

/*
 * A program, kegiatan or sub kegiatan staff added on an inserted row, as
 * the sheet's instruction asks (Kode, Induk, Tingkat, uraian, Anggaran):
 * a kegiatan or sub kegiatan is added to the plan under its parent, which
 * must be in the plan or added above it; a program has no Induk, and its
 * sasaran is the group its name is typed in on Pengukuran Kinerja
 * (pasang_program, once every workbook is read).  Returns the new line's
 * index, or TIDAK_ADA with a message.
 */
static size_t tambah_baris(bacaan *a, uint32_t b, const char *kode,
                           const kode_urut *urut, size_t n_awal)
{
    rencana *r = a->r;
    char buf1[40], buf2[40];
    uint32_t k_induk = kolom(a->t, "induk"), k_tingkat = kolom(a->t, "tingkat"),
             k_uraian = kolom(a->t, "uraian");
    const char *induk = teks_di(a, b, k_induk, buf1);
    const char *tingkat_teks = teks_di(a, b, k_tingkat, buf2);
    const buku_sel *u = buku_sel_di(a->b, a->lembar, b, k_uraian);
    simpul_tingkat tingkat = tingkat_dari(tingkat_teks);
    if (!tingkat) {
        lapor(a, b, k_tingkat,
              "baris baru dengan kode yang tidak ada dalam rencana: Tingkat "
              "harus 'Program', 'Kegiatan' atau 'Sub Kegiatan', kode ",
              kode);
        return TIDAK_ADA;
    }
    if (!u || u->jenis != BUKU_TEKS || kosong_teks(u->teks)) {
        lapor(a, b, k_uraian, "baris baru tanpa uraian, kode ", kode);
        return TIDAK_ADA;
    }
    if (tingkat == TINGKAT_PROGRAM)
        return tambah_program(a, b, kode, u->teks, induk);
    size_t p = cari_kode(r, urut, n_awal, induk);
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
        const char *kode = teks_di(a, b, k_kode, buf);
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
            ubah_baris(a, b, i, urut, n_awal);
        } else if (cari_baru(r, n_awal, kode) != TIDAK_ADA) {
            lapor(a, b, k_kode, "kode tercantum dua kali: ", kode);
            continue;
        } else if ((i = tambah_baris(a, b, kode, urut, n_awal)) == TIDAK_ADA)
            continue;
        simpul *s = &r->simpul[i];
        rupiah_isian(a, b, k_pagu, &s->pagu);
        rupiah_isian(a, b, k_real, &s->realisasi);
        /* a new kegiatan or program row holds its children's sum (the
         * formula copied from another parent row, as the sheet's
         * instruction says): its pagu comes from them */
        const buku_sel *sp = buku_sel_di(a->b, a->lembar, b, k_pagu);
        if (i >= n_awal && !s->pagu.ada && !(sp && sp->rumus))
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

/* ---- the Perjanjian Kinerja letters ----------------------------------
 * Not a table: the letter's parts are found by the labels the writer puts
 * beside them, in the columns its declarations name (tulis_pk.c):
 * "Nama" and "Jabatan" of each party (tata_pk_pihak's "label", the text
 * after ": " in its "isi"), "Pihak Pertama" over the signature block
 * (tata_pk_ttd's "pihak_pertama"; the titles on the next row, the names
 * two rows below, then the rank and the NIP rows when the plan has them),
 * and "Tempat," (its "tempat") left of the date. */

/* The first sheet column of column `nama` of a PK declaration (a name
 * it lacks: 0, never the case for the names used here). */
static uint32_t kolom_pk(const tata_lembar *t, const char *nama)
{
    int k = tata_sel_cari(t, nama);
    return k < 0 ? 0 : (uint32_t)k;
}

#define TIDAK_ADA_BARIS UINT32_MAX

/* The first row from `dari` whose cell in column k is the text `teks`. */
static uint32_t baris_teks(bacaan *a, uint32_t dari, uint32_t k,
                           const char *teks)
{
    uint32_t akhir = baris_akhir(a);
    for (uint32_t b = dari; b <= akhir; b++) {
        const buku_sel *s = buku_sel_di(a->b, a->lembar, b, k);
        if (s && s->jenis == BUKU_TEKS && !strcmp(s->teks, teks))
            return b;
    }
    return TIDAK_ADA_BARIS;
}

/* Where a signatory's text stands: the cell and the words written before
 * it (": ", "NIP "). */
typedef struct tempat_teks {
    uint32_t baris, kolom;
    const char *awalan;
} tempat_teks;

/* The text of the cell without its awalan ("" for a cleared cell); NULL
 * when the place does not exist. */
static const char *teks_tempat(bacaan *a, const tempat_teks *t, char buf[40])
{
    if (t->baris == TIDAK_ADA_BARIS)
        return NULL;
    const char *v = teks_di(a, t->baris, t->kolom, buf);
    if (!v || kosong_teks(v))
        return "";
    size_t n = strlen(t->awalan);
    if (!strncmp(v, t->awalan, n))
        v += n;
    else if (n && !strncmp(v, t->awalan, n - 1)) /* ":" typed without space */
        v += n - 1;
    while (*v == ' ')
        v++;
    return v;
}

/*
 * A signatory's text shown in up to two places (the list of parties and
 * the signature block): the one staff changed is taken, for every field
 * in `medan` (the murni copy of an unrevised PK too); both changed to
 * different texts are refused.
 */
static void terima_teks(bacaan *a, char **medan[2], const tempat_teks t[2])
{
    const char *baru = NULL;
    char buf[2][40];
    for (int i = 0; i < 2; i++) {
        const char *v = teks_tempat(a, &t[i], buf[i]);
        if (!v || !strcmp(v, *medan[0]))
            continue;
        if (baru && strcmp(baru, v)) {
            lapor(a, t[i].baris, t[i].kolom,
                  "berbeda dengan teks yang sama di baris lain lembar ini: ",
                  baru);
            return;
        }
        baru = v;
    }
    for (int i = 0; baru && i < 2 && medan[i]; i++) {
        char *salinan = strdup(baru);
        if (!salinan) {
            galat_tambah(a->g, a->berkas, 0, 0, "memori tidak cukup");
            return;
        }
        free(*medan[i]);
        *medan[i] = salinan;
    }
}

/* Days since 1899-12-30 (a spreadsheet's date serial) as a date: the
 * proleptic Gregorian calendar's civil-from-days. */
static tanggal tanggal_serial(double serial)
{
    long z = (long)floor(serial) - 25569 + 719468; /* days since 0000-03-01 */
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int bulan = (int)(mp < 10 ? mp + 3 : mp - 9);
    return (tanggal){(int)(yoe + era * 400 + (bulan <= 2)), bulan,
                     (int)(doy - (153 * mp + 2) / 5 + 1)};
}

/* The date of signing, right of "Tempat,". */
static void baca_tanggal(bacaan *a, bool *ada, tanggal *t)
{
    char label[300];
    snprintf(label, sizeof label, "%s,", a->r->id.tempat);
    uint32_t k = kolom_pk(&tata_pk_ttd, "pihak_pertama");
    uint32_t b = baris_teks(a, 0, kolom_pk(&tata_pk_ttd, "tempat"), label);
    if (b == TIDAK_ADA_BARIS)
        return;
    const buku_sel *s;
    switch (isi_sel(a, b, k, &s)) {
    case ISI_KOSONG:
        *ada = false;
        break;
    case ISI_ANGKA:
        *t = tanggal_serial(s->angka);
        *ada = true;
        break;
    case ISI_TEKS:
        if (tanggal_baca(s->teks, NOTASI_INDONESIA, t) ||
            tanggal_baca(s->teks, NOTASI_INTERNASIONAL, t))
            *ada = true;
        else
            lapor(a, b, k, "bukan tanggal: ", s->teks);
        break;
    default:
        break;
    }
}

/* Programs' original pagu the plan did not know, typed on PK Murni: the
 * lampiran's program table (tata_pk_program) found by its anggaran
 * column's title, each row's program by name. */
static void baca_pagu_murni(bacaan *a)
{
    const tata_lembar *t = &tata_pk_program;
    int ka = tata_kolom_cari(t, "anggaran"), kp = tata_kolom_cari(t, "program");
    if (ka < 0 || kp < 0)
        return;
    uint32_t k_anggaran = tata_kolom_sel(t, (unsigned)ka),
             k_program = tata_kolom_sel(t, (unsigned)kp);
    uint32_t b = baris_teks(a, 0, k_anggaran, t->kolom[ka].judul);
    if (b == TIDAK_ADA_BARIS)
        return;
    rencana *r = a->r;
    uint32_t akhir = baris_akhir(a);
    for (b++; b <= akhir; b++) {
        char buf[40];
        const char *nama = teks_di(a, b, k_program, buf);
        for (size_t i = 0; nama && i < a->ing->jumlah_simpul; i++) {
            simpul *s = &r->simpul[i];
            if (s->tingkat == TINGKAT_PROGRAM && !strcmp(s->uraian, nama)) {
                if (!s->ada_murni)
                    rupiah_isian(a, b, k_anggaran, &s->pagu_murni);
                break;
            }
        }
    }
}

static void baca_pk(bacaan *a)
{
    identitas *id = &a->r->id;
    bool tunggal = a->versi == PK_TUNGGAL, murni = a->versi == PK_MURNI;
    penandatangan *pihak[2] = {murni ? &id->kepala_murni : &id->kepala,
                               murni ? &id->atasan_murni : &id->atasan};
    penandatangan *salinan[2] = {tunggal ? &id->kepala_murni : NULL,
                                 tunggal ? &id->atasan_murni : NULL};
    uint32_t k_label = kolom_pk(&tata_pk_pihak, "label"),
             k_isi = kolom_pk(&tata_pk_pihak, "isi"),
             k_pertama = kolom_pk(&tata_pk_ttd, "pihak_pertama"),
             k_kedua = kolom_pk(&tata_pk_ttd, "pihak_kedua");
    uint32_t nama[2];
    nama[0] = baris_teks(a, 0, k_label, "Nama");
    nama[1] = nama[0] == TIDAK_ADA_BARIS
                  ? TIDAK_ADA_BARIS
                  : baris_teks(a, nama[0] + 1, k_label, "Nama");
    /* the pihak pertama's title over its signature block, as declared */
    int kp = tata_kolom_cari(&tata_pk_ttd, "pihak_pertama");
    uint32_t ttd =
        kp < 0 ? TIDAK_ADA_BARIS
               : baris_teks(a, 0, k_pertama, tata_pk_ttd.kolom[kp].judul);
    if (nama[1] == TIDAK_ADA_BARIS || ttd == TIDAK_ADA_BARIS) {
        lapor(a, 0, k_label,
              "bukan lembar PK dari kinerja-template: label 'Nama' dan "
              "'Pihak Pertama' tidak ditemukan",
              NULL);
        return;
    }
    /* the signature block: the second party on the left, the first on
     * the right; rank and NIP rows only when the plan has them */
    bool ada_pangkat = *id->kepala.pangkat || *id->atasan.pangkat,
         ada_nip = *id->kepala.nip || *id->atasan.nip;
    uint32_t b_pangkat = ada_pangkat ? ttd + 4 : TIDAK_ADA_BARIS;
    uint32_t b_nip = ada_nip ? ttd + 4 + ada_pangkat : TIDAK_ADA_BARIS;
    for (int p = 0; p < 2; p++) {
        penandatangan *s = pihak[p], *c = salinan[p];
        uint32_t k = p == 0 ? k_pertama : k_kedua;
        tempat_teks t_nama[2] = {{nama[p], k_isi, ": "}, {ttd + 3, k, ""}};
        tempat_teks t_jab[2] = {{nama[p] + 1, k_isi, ": "}, {ttd + 1, k, ""}};
        tempat_teks t_pangkat[2] = {{b_pangkat, k, ""},
                                    {TIDAK_ADA_BARIS, 0, ""}};
        tempat_teks t_nip[2] = {{b_nip, k, "NIP "}, {TIDAK_ADA_BARIS, 0, ""}};
        terima_teks(a, (char **[2]){&s->nama, c ? &c->nama : NULL}, t_nama);
        terima_teks(a, (char **[2]){&s->jabatan, c ? &c->jabatan : NULL},
                    t_jab);
        terima_teks(a, (char **[2]){&s->pangkat, c ? &c->pangkat : NULL},
                    t_pangkat);
        terima_teks(a, (char **[2]){&s->nip, c ? &c->nip : NULL}, t_nip);
    }
    if (a->versi == PK_PERUBAHAN)
        baca_tanggal(a, &id->ada_tanggal_pk_perubahan,
                     &id->tanggal_pk_perubahan);
    else
        baca_tanggal(a, &id->ada_tanggal_pk, &id->tanggal_pk);
    if (murni)
        baca_pagu_murni(a);
}

/* ---- Perbandingan (tulis_ringkasan.c, tata_perbandingan): only this
 * year's realisasi of an indicator not on the Ringkasan sheet is an input
 * there (the kinerja lainnya), under the plan's year: the repeat of the
 * layout's year run whose group header is the year's number.  Perbandingan
 * Daerah (tulis_grafik.c) is a table of fixed columns, no layout declared:
 * the other regions' realisasi, in No, Pemda/KL, indicator, realisasi. */

/* An indicator of earlier Renstra years only heads its own rows (Tabel 3.2
 * keeps them); it has no realisasi this year, so nothing there is input. */
static bool indikator_lama_bernama(const rencana *r, const char *nama)
{
    for (size_t j = 0; j < r->jumlah_indikator_lama; j++) {
        const renstra_isian *e = &r->renstra[r->indikator_lama[j].renstra];
        if (e->uraian && !strcmp(e->uraian, nama))
            return true;
    }
    return false;
}

static void baca_perbandingan(bacaan *a)
{
    static const char *const dipakai[] = {"sasaran", "indikator"};
    if (!periksa_kepala(a, dipakai, sizeof dipakai / sizeof dipakai[0]))
        return;
    char tahun[16];
    snprintf(tahun, sizeof tahun, "%d", a->r->id.tahun);
    int k_real = -1;
    for (unsigned i = 0; i < PERBANDINGAN_TAHUN_MAKS && k_real < 0; i++) {
        char buf[40];
        const char *t =
            teks_di(a, a->t->baris_kepala,
                    (uint32_t)tata_ulang_kolom(a->t, i, "target"), buf);
        if (t && !strcmp(t, tahun))
            k_real = tata_ulang_kolom(a->t, i, "realisasi");
    }
    if (k_real < 0)
        return; /* the plan's year is not on it: no input */
    uint32_t k_ind = kolom(a->t, "indikator"), akhir = baris_akhir(a);
    for (uint32_t b = a->baris_isi; b <= akhir; b++) {
        char buf[40];
        const char *nama = teks_di(a, b, k_ind, buf);
        if (!nama || kosong_teks(nama) || indikator_lama_bernama(a->r, nama))
            continue;
        size_t i = cari_indikator(a, b, k_ind, nama);
        if (i != TIDAK_ADA)
            terima_realisasi(a, b, (uint32_t)k_real, i);
    }
}

static void baca_daerah(bacaan *a)
{
    rencana *r = a->r;
    uint32_t akhir = baris_akhir(a);
    for (uint32_t b = 0; b <= akhir; b++) {
        char buf1[40], buf2[40];
        const char *pemda = teks_di(a, b, 1, buf1);
        const char *nama = teks_di(a, b, 2, buf2);
        if (!pemda || !nama)
            continue;
        size_t j = 0;
        for (; j < r->jumlah_pembanding; j++) {
            pembanding_isian *e = &r->pembanding[j];
            if (strcmp(e->pemda, pemda) ||
                strcmp(r->indikator[e->indikator].uraian, nama))
                continue;
            int min = r->indikator[e->indikator].target.desimal;
            if (e->realisasi.ada && e->realisasi.desimal > min)
                min = e->realisasi.desimal;
            angka_isian(a, b, 3, &e->realisasi, min);
            break;
        }
        /* a figure typed for a region the plan does not compare with (the
         * office's own row is a formula or its own figure) */
        const buku_sel *s = buku_sel_di(a->b, a->lembar, b, 3);
        if (j == r->jumlah_pembanding && s && !s->rumus &&
            s->jenis == BUKU_ANGKA && strcmp(pemda, r->id.kabupaten))
            lapor(a, b, 1,
                  "daerah tidak ada di pembanding.csv untuk indikator ini: ",
                  pemda);
    }
}

/* The input sheets: by the layouts' names, and the PK letters. */
static const struct {
    const char *nama; /* NULL: the layout's */
    const tata_lembar *t;
    void (*baca)(bacaan *a);
    daftar_indikator daftar;
    const char *kolom_grup;
    pk_versi versi;
} lembar_isian[] = {
    {NULL, &tata_pengukuran, baca_pengukuran, DAFTAR_PENGUKURAN, "sasaran", 0},
    {NULL, &tata_triwulan, baca_triwulan, DAFTAR_TRIWULAN, "kelompok", 0},
    {NULL, &tata_realisasi, baca_anggaran, DAFTAR_PENGUKURAN, NULL, 0},
    {NULL, &tata_ringkasan, baca_ringkasan, DAFTAR_RINGKASAN, "sasaran", 0},
    {NULL, &tata_pemeriksaan, baca_pemeriksaan, DAFTAR_PENGUKURAN, NULL, 0},
    {NULL, &tata_perbandingan, baca_perbandingan, DAFTAR_PENGUKURAN, "sasaran",
     0},
    {"Perbandingan Daerah", NULL, baca_daerah, DAFTAR_PENGUKURAN, NULL, 0},
    {"PK", NULL, baca_pk, DAFTAR_PENGUKURAN, NULL, PK_TUNGGAL},
    {"PK Murni", NULL, baca_pk, DAFTAR_PENGUKURAN, NULL, PK_MURNI},
    {"PK Perubahan", NULL, baca_pk, DAFTAR_PENGUKURAN, NULL, PK_PERUBAHAN},
};
/* The sheets above, for the messages. */
#define DAFTAR_LEMBAR                                                          \
    "Pengukuran Kinerja, Triwulan, Realisasi Anggaran, Ringkasan, "            \
    "Pemeriksaan, Perbandingan, Perbandingan Daerah, PK"
#define JUMLAH_LEMBAR (sizeof lembar_isian / sizeof lembar_isian[0])

/* Reads one workbook; returns its input sheets read, or -1 when it could
 * not be opened.  pemilik[i] is the workbook input sheet i was read from
 * already (NULL: none): a folder holding it twice (a copy, last month's
 * file) would make the result depend on file names, so it is refused. */
static long baca_satu(const char *jalur, rencana *r, galat_rencana *g,
                      const char **pemilik, ingatan *ing)
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
        const char *nama = lembar_isian[i].nama ? lembar_isian[i].nama
                                                : lembar_isian[i].t->nama;
        long l = buku_cari_lembar(b, nama);
        if (l < 0)
            continue;
        if (pemilik[i]) {
            galat_tambah(g, NULL, 0, 0,
                         "%s: lembar '%s' juga ada di %s; sisakan satu buku "
                         "kerja per lembar isian di folder itu",
                         jalur, nama, pemilik[i]);
            continue;
        }
        pemilik[i] = jalur;
        memset(terpakai, 0, r->jumlah_indikator + 1);
        bacaan a = {jalur,
                    b,
                    (size_t)l,
                    nama,
                    lembar_isian[i].t,
                    r,
                    g,
                    terpakai,
                    ing,
                    lembar_isian[i].daftar,
                    lembar_isian[i].kolom_grup,
                    lembar_isian[i].versi,
                    0,
                    0};
        if (a.t && a.kolom_grup) {
            a.k_grup = kolom(a.t, a.kolom_grup);
            a.baris_isi = tata_baris_isi(a.t);
        }
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

/* Reads the file or folder `jalur` (buku_baca_isian); *dibaca receives
 * the input sheets read. */
static void baca_jalur(const char *jalur, rencana *r, size_t *jumlah_lembar,
                       galat_rencana *g, ingatan *ing)
{
    size_t awal = galat_hitung(g), dibaca = 0;
    const char *pemilik[JUMLAH_LEMBAR] = {NULL};
    struct stat st;
    if (stat(jalur, &st) != 0) {
        galat_tambah(g, jalur, 0, 0, "tidak dapat dibuka");
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        long n = baca_satu(jalur, r, g, pemilik, ing);
        if (n == 0)
            galat_tambah(g, jalur, 0, 0,
                         "tidak ada lembar isian (" DAFTAR_LEMBAR
                         "): bukan buku kerja isian dari kinerja-template");
        dibaca = n > 0 ? (size_t)n : 0;
    } else {
        DIR *d = opendir(jalur);
        if (!d) {
            galat_tambah(g, jalur, 0, 0, "folder tidak dapat dibuka");
            return;
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
            long l = baca_satu(nama[i], r, g, pemilik, ing);
            if (l > 0)
                dibaca += (size_t)l;
        }
        for (size_t i = 0; i < n; i++)
            free(nama[i]);
        free(nama);
        if (!dibaca && galat_hitung(g) == awal)
            galat_tambah(g, jalur, 0, 0,
                         "tidak ada buku kerja .xlsx atau .ods dengan lembar "
                         "isian (" DAFTAR_LEMBAR ")");
    }
    *jumlah_lembar = dibaca;
}

/*
 * A pagu changed from the plan's is the budget's revision (APBD
 * Perubahan): when the plan knew no original (murni) pagu, the plan's
 * pagu of every line becomes it, so the PK Murni keeps the agreement as
 * signed and the PK Perubahan shows the revised one.  Every line, not
 * only the changed ones: the murni totals of kegiatan and programs are
 * sums over their lines.  Lines added from the sheet had no murni.
 */
static void catat_murni(rencana *r, const ingatan *ing, bool ada_murni)
{
    bool berubah = false;
    for (size_t i = 0; i < ing->jumlah_simpul; i++) {
        const isian_rupiah *a = &r->simpul[i].pagu, *b = &ing->pagu[i];
        berubah |= a->ada != b->ada || a->nilai != b->nilai;
    }
    if (ada_murni || !berubah)
        return;
    for (size_t i = 0; i < ing->jumlah_simpul; i++)
        if (r->simpul[i].jumlah_anak == 0)
            r->simpul[i].pagu_murni = ing->pagu[i];
}

/* Whether kode names anything in the plan: kodes are unique across it. */
static bool kode_dipakai(const rencana *r, const char *kode)
{
    for (size_t i = 0; i < r->jumlah_kelompok; i++)
        if (!strcmp(r->kelompok[i].kode, kode))
            return true;
    for (size_t i = 0; i < r->jumlah_indikator; i++)
        if (r->indikator[i].kode && !strcmp(r->indikator[i].kode, kode))
            return true;
    for (size_t i = 0; i < r->jumlah_simpul; i++)
        if (!strcmp(r->simpul[i].kode, kode))
            return true;
    for (size_t i = 0; i < r->jumlah_indikator_lama; i++)
        if (!strcmp(r->indikator_lama[i].kode, kode))
            return true;
    return false;
}

/* Where a new indicator goes among the plan's n indicators (before
 * index pos): after the one above it on the sheet, else before its
 * group's first, else where its group stands in kinerja.csv. */
static size_t letak_baru(const rencana *r, size_t n, const indikator_baru *b)
{
    if (b->setelah != TIDAK_ADA)
        return b->setelah + 1;
    size_t kel = b->d.induk;
    for (size_t i = 0; i < n; i++)
        if (r->indikator[i].jenis_induk == INDUK_KELOMPOK &&
            r->indikator[i].induk == kel)
            return i;
    for (size_t i = 0; i < n; i++)
        if (r->indikator[i].baris > r->kelompok[kel].baris)
            return i;
    return n;
}

/*
 * The new indicators joined to the plan at their places (letak_baru),
 * each with a kode of its group's ("S1.3", the first number free) and a
 * line between its neighbours' in kinerja.csv's order (its group's line
 * when it is the group's first), so rencana_tulis_csv writes it where
 * staff put it.  The Renstra and pembanding rows follow their indicators'
 * new indexes.
 */
static bool pasang_indikator(rencana *r, ingatan *ing, galat_rencana *g)
{
    size_t n = r->jumlah_indikator, m = ing->jumlah_indikator_baru;
    if (!m)
        return true;
    indikator *semua = malloc((n + m) * sizeof *semua);
    size_t *peta = malloc((n + 1) * sizeof *peta);
    size_t *letak = malloc(m * sizeof *letak);
    if (!semua || !peta || !letak) {
        free(semua);
        free(peta);
        free(letak);
        galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
        return false;
    }
    for (size_t j = 0; j < m; j++)
        letak[j] = letak_baru(r, n, &ing->indikator_baru[j]);
    size_t k = 0;
    for (size_t pos = 0; pos <= n; pos++) {
        for (size_t j = 0; j < m; j++) {
            if (letak[j] != pos)
                continue;
            indikator *d = &ing->indikator_baru[j].d;
            const kelompok *kel = &r->kelompok[d->induk];
            size_t sebelum = pos ? r->indikator[pos - 1].baris : 0;
            size_t sesudah = pos < n ? r->indikator[pos].baris : SIZE_MAX;
            d->baris = kel->baris > sebelum && kel->baris <= sesudah
                           ? kel->baris
                           : sebelum;
            semua[k++] = *d;
        }
        if (pos < n) {
            peta[pos] = k;
            semua[k++] = r->indikator[pos];
        }
    }
    free(letak);
    free(r->indikator);
    r->indikator = semua;
    r->jumlah_indikator = n + m;
    for (size_t j = 0; j < r->jumlah_renstra; j++)
        if (r->renstra[j].indikator != TIDAK_ADA)
            r->renstra[j].indikator = peta[r->renstra[j].indikator];
    for (size_t j = 0; j < r->jumlah_pembanding; j++)
        r->pembanding[j].indikator = peta[r->pembanding[j].indikator];
    free(peta);
    /* owned by the plan now */
    ing->jumlah_indikator_baru = 0;
    bool ok = true;
    for (size_t i = 0; ok && i < r->jumlah_indikator; i++) {
        indikator *d = &r->indikator[i];
        if (d->kode)
            continue;
        const char *dasar = r->kelompok[d->induk].kode;
        size_t len = strlen(dasar) + 24;
        ok = (d->kode = malloc(len)) != NULL;
        for (unsigned nomor = 1; ok; nomor++) {
            snprintf(d->kode, len, "%s.%u", dasar, nomor);
            char *simpan = d->kode;
            d->kode = NULL; /* not itself while looking */
            bool dipakai = kode_dipakai(r, simpan);
            d->kode = simpan;
            if (!dipakai)
                break;
        }
    }
    if (!ok)
        galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
    return ok;
}

/*
 * A program added on Realisasi Anggaran with its Induk left empty takes
 * as its sasaran the group its name is typed in on Pengukuran Kinerja
 * (where staff can type there: a workbook edited outside the protection);
 * a program without either is refused, saying what to type where, and so
 * is a program name on Pengukuran Kinerja that is neither the plan's nor
 * added.
 */
static void pasang_program(rencana *r, ingatan *ing, galat_rencana *g)
{
    for (size_t i = 0; i < ing->jumlah_program_baru; i++) {
        const program_baru *pb = &ing->program_baru[i];
        simpul *s = &r->simpul[pb->simpul];
        program_sebut *p = NULL;
        for (size_t j = 0; !p && j < ing->jumlah_sebut; j++)
            if (!ing->sebut[j].dipakai &&
                !strcmp(ing->sebut[j].nama, s->uraian))
                p = &ing->sebut[j];
        if (!p && s->sasaran == TIDAK_ADA) {
            galat_tambah(g, NULL, 0, 0,
                         "%s: program baru '%s' (kode %s) belum mempunyai "
                         "sasaran: ketik di Induk-nya nomor sasarannya di "
                         "kolom NO lembar Pengukuran Kinerja, atau nama "
                         "sasarannya seperti di lembar itu",
                         pb->tempat, s->uraian, s->kode);
            continue;
        }
        if (!p)
            continue;
        p->dipakai = true;
        if (s->sasaran != TIDAK_ADA && s->sasaran != p->kelompok)
            galat_tambah(g, NULL, 0, 0,
                         "%s: program baru '%s' tercantum di kelompok lain "
                         "daripada sasaran di Induk-nya, %s",
                         p->tempat, p->nama, pb->tempat);
        else if (p->kelompok == TIDAK_ADA)
            galat_tambah(g, NULL, 0, 0,
                         "%s: program baru '%s' tidak berada dalam kelompok "
                         "sasaran atau kinerja lainnya dari rencana",
                         p->tempat, p->nama);
        else
            s->sasaran = p->kelompok;
        if (p->realisasi.ada)
            s->realisasi = p->realisasi;
    }
    for (size_t j = 0; j < ing->jumlah_sebut; j++)
        if (!ing->sebut[j].dipakai)
            galat_tambah(g, NULL, 0, 0,
                         "%s: program tidak ada dalam rencana: %s (program "
                         "baru: tambahkan juga barisnya di lembar Realisasi "
                         "Anggaran dengan Kode, Tingkat 'Program' dan nama "
                         "yang sama)",
                         ing->sebut[j].tempat, ing->sebut[j].nama);
}

/* Frees what the read noted of rows the plan lacks (those not joined). */
static void bebas_baru(ingatan *ing)
{
    for (size_t i = 0; i < ing->jumlah_indikator_baru; i++)
        rencana_indikator_bebas(&ing->indikator_baru[i].d);
    free(ing->indikator_baru);
    for (size_t i = 0; i < ing->jumlah_sebut; i++) {
        free(ing->sebut[i].nama);
        free(ing->sebut[i].tempat);
    }
    free(ing->sebut);
    for (size_t i = 0; i < ing->jumlah_program_baru; i++)
        free(ing->program_baru[i].tempat);
    free(ing->program_baru);
}

bool buku_baca_isian(const char *jalur, rencana *r, size_t *jumlah_lembar,
                     galat_rencana *g)
{
    size_t awal = galat_hitung(g), dibaca = 0;
    size_t ni = r->jumlah_indikator + 1, ns = r->jumlah_simpul + 1;
    ingatan ing = {.jumlah_indikator = r->jumlah_indikator,
                   .realisasi = malloc(ni * sizeof *ing.realisasi),
                   .diubah_di = calloc(ni, sizeof *ing.diubah_di),
                   .jumlah_simpul = r->jumlah_simpul,
                   .pagu = malloc(ns * sizeof *ing.pagu)};
    bool ada_murni = r->ada_murni;
    if (ing.realisasi && ing.diubah_di && ing.pagu) {
        for (size_t i = 0; i < r->jumlah_indikator; i++)
            ing.realisasi[i] = r->indikator[i].realisasi;
        for (size_t i = 0; i < r->jumlah_simpul; i++)
            ing.pagu[i] = r->simpul[i].pagu;
        baca_jalur(jalur, r, &dibaca, g, &ing);
        pasang_program(r, &ing, g);
        catat_murni(r, &ing, ada_murni);
        /* joined only to a plan read without fault: it is written out */
        if (galat_hitung(g) == awal && pasang_indikator(r, &ing, g) &&
            (ing.jumlah_program_baru ||
             r->jumlah_indikator != ing.jumlah_indikator) &&
            !rencana_indeks_indikator(r))
            galat_tambah(g, jalur, 0, 0, "memori tidak cukup");
    } else
        galat_tambah(g, jalur, 0, 0, "memori tidak cukup");
    for (size_t i = 0; ing.diubah_di && i < ing.jumlah_indikator; i++)
        free(ing.diubah_di[i]);
    free(ing.realisasi);
    free(ing.diubah_di);
    free(ing.pagu);
    bebas_baru(&ing);
    if (jumlah_lembar)
        *jumlah_lembar = dibaca;
    if (galat_hitung(g) != awal)
        return false;
    return rencana_hitung(r, g);
}
