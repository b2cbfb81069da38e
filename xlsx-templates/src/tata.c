/*
 * tata.c - the sheet layout engine (tata.h).
 */
#include "tata.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tulis.h"

int tata_kolom_cari(const tata_lembar *t, const char *nama)
{
    for (unsigned k = 0; k < t->jumlah_kolom; k++)
        if (!strcmp(t->kolom[k].nama, nama))
            return (int)k;
    return -1;
}

/* Header rows above the column titles: 0, 1 (grup) or 2 (subgrup). */
static unsigned tingkat_grup(const tata_lembar *t)
{
    unsigned n = 0;
    for (unsigned k = 0; k < t->jumlah_kolom; k++) {
        unsigned m =
            (t->kolom[k].grup ? 1u : 0u) + (t->kolom[k].subgrup ? 1u : 0u);
        if (m > n)
            n = m;
    }
    return n;
}

unsigned tata_tinggi_kepala(const tata_lembar *t)
{
    return 1u + tingkat_grup(t) + (t->nomor_kolom ? 1u : 0u);
}

unsigned tata_baris_isi(const tata_lembar *t)
{
    return t->baris_kepala + tata_tinggi_kepala(t);
}

static bool sama(const char *a, const char *b)
{
    return a && b && !strcmp(a, b);
}

/* A header cell: "%d" stands for the plan's year. */
static void kepala(tata_penulis *p, unsigned r1, unsigned k1, unsigned r2,
                   unsigned k2, const char *teks)
{
    char buf[256];
    const char *tahun = strstr(teks, "%d");
    if (tahun) {
        snprintf(buf, sizeof buf, "%.*s%d%s", (int)(tahun - teks), teks,
                 p->tahun, tahun + 2);
        teks = buf;
    }
    CATAT(p->galat, lembar_gabung(p->ws, r1, k1, r2, k2, teks, p->g->kepala));
}

/* The last column of the run of neighbours from k that share its grup
 * (and its subgrup, if `sub`). */
static unsigned akhir_run(const tata_lembar *t, unsigned k, bool sub)
{
    const tata_kolom *c = &t->kolom[k];
    unsigned akhir = k;
    while (akhir + 1 < t->jumlah_kolom &&
           sama(t->kolom[akhir + 1].grup, c->grup) &&
           (!sub || sama(t->kolom[akhir + 1].subgrup, c->subgrup)))
        akhir++;
    return akhir;
}

/* The header of table t from row h1: a grup merged across its run on the
 * first row, a subgrup across its run on the next, and each column's
 * title on the rows left below them down to the last header row, every
 * declared column over its sheet columns (tata_lembar.rentang).  Returns
 * the row after the header. */
static unsigned kepala_di(tata_penulis *p, const tata_lembar *t, unsigned h1)
{
    unsigned akhir = h1 + tingkat_grup(t);
    for (unsigned k = 0; k < t->jumlah_kolom; k++) {
        const tata_kolom *c = &t->kolom[k];
        const tata_kolom *kiri = k ? &t->kolom[k - 1] : NULL;
        unsigned atas = h1, c1 = tata_kolom_sel(t, k);
        if (c->grup) {
            if (!kiri || !sama(kiri->grup, c->grup))
                kepala(p, h1, c1, h1,
                       tata_kolom_sel_akhir(t, akhir_run(t, k, false)),
                       c->grup);
            atas++;
        }
        if (c->subgrup) {
            if (!kiri || !sama(kiri->grup, c->grup) ||
                !sama(kiri->subgrup, c->subgrup))
                kepala(p, atas, c1, atas,
                       tata_kolom_sel_akhir(t, akhir_run(t, k, true)),
                       c->subgrup);
            atas++;
        }
        kepala(p, atas, c1, akhir, tata_kolom_sel_akhir(t, k), c->judul);
        /* no height declared: as tall as the title needs (a long title
         * wraps in its narrow column) */
        if (t->tinggi_judul <= 0)
            lembar_perlu(&p->tinggi, atas, akhir, c->judul, c->lebar);
    }
    /* noted, not set: the page planning counts every row's height */
    if (t->tinggi_judul > 0)
        lembar_perlu_baris(&p->tinggi, akhir, t->tinggi_judul);
    if (!t->nomor_kolom)
        return akhir + 1;
    for (unsigned k = 0; k < t->jumlah_kolom; k++) {
        char buf[16];
        snprintf(buf, sizeof buf, "(%u)", k + 1);
        CATAT(p->galat, lembar_gabung(p->ws, akhir + 1, tata_kolom_sel(t, k),
                                      akhir + 1, tata_kolom_sel_akhir(t, k),
                                      buf, p->g->nomor_kolom));
    }
    return akhir + 2;
}

static void tulis_kepala(tata_penulis *p)
{
    kepala_di(p, p->t, p->t->baris_kepala);
}

lxw_worksheet *tata_buka_lebar(tata_penulis *p, lxw_workbook *wb, gaya *g,
                               const tata_lembar *t, const tulis_opsi *o,
                               int tahun, const double *lebar)
{
    memset(p, 0, sizeof *p);
    p->tahun = tahun;
    p->g = g;
    p->t = t;
    p->o = o;
    p->lebar =
        malloc((t->jumlah_kolom ? t->jumlah_kolom : 1) * sizeof *p->lebar);
    p->ws = p->lebar ? workbook_add_worksheet(wb, t->nama) : NULL;
    if (!p->ws) {
        free(p->lebar);
        p->lebar = NULL;
        p->galat = LXW_ERROR_MEMORY_MALLOC_FAILED;
        return NULL;
    }
    for (unsigned k = 0; k < t->jumlah_kolom; k++) {
        p->lebar[k] = lebar ? lebar[k] : t->kolom[k].lebar;
        CATAT(p->galat, worksheet_set_column(p->ws, (lxw_col_t)k, (lxw_col_t)k,
                                             p->lebar[k], NULL));
    }
    tulis_kepala(p);
    return p->ws;
}

lxw_worksheet *tata_buka(tata_penulis *p, lxw_workbook *wb, gaya *g,
                         const tata_lembar *t, const tulis_opsi *o, int tahun)
{
    return tata_buka_lebar(p, wb, g, t, o, tahun, NULL);
}

double tata_lebar(const tata_penulis *p, unsigned k)
{
    return p->lebar && k < p->t->jumlah_kolom ? p->lebar[k] : 0;
}

static double lebar_semua(const tata_penulis *p)
{
    double l = 0;
    for (unsigned k = 0; k < p->t->jumlah_kolom; k++)
        l += tata_lebar(p, k);
    return l;
}

void tata_teks(tata_penulis *p, unsigned baris, unsigned k1, unsigned k2,
               const char *teks, lxw_format *f)
{
    if (k2 < k1 || k2 >= p->t->jumlah_kolom) {
        CATAT(p->galat, LXW_ERROR_PARAMETER_VALIDATION);
        return;
    }
    CATAT(p->galat, lembar_gabung(p->ws, baris, k1, baris, k2, teks, f));
    double lebar = 0;
    for (unsigned k = k1; k <= k2; k++)
        lebar += tata_lebar(p, k);
    lembar_perlu(&p->tinggi, baris, baris, teks, lebar);
}

/* Text across every column of a row, its height noted. */
static void baris_penuh(tata_penulis *p, unsigned baris, const char *teks,
                        lxw_format *f)
{
    tata_teks(p, baris, 0, p->t->jumlah_kolom - 1, teks, f);
}

/* Whether a printed page across best starts at column k (tata_cetak:
 * by name, so every repeat of a repeated column, tata_ulang). */
static bool awal_halaman(const tata_lembar *t, unsigned k)
{
    for (size_t i = 0;
         i < sizeof t->cetak.awal_halaman / sizeof t->cetak.awal_halaman[0] &&
         t->cetak.awal_halaman[i];
         i++)
        if (k < t->jumlah_kolom &&
            !strcmp(t->kolom[k].nama, t->cetak.awal_halaman[i]))
            return true;
    return false;
}

/* Whether a printed page across starts at column k (tata_cetak), or k
 * is the key column every page repeats or the column after it. */
static bool tepi_halaman(const tata_lembar *t, int kunci, unsigned k)
{
    if (kunci >= 0 && (k == (unsigned)kunci || k == (unsigned)kunci + 1))
        return true;
    return awal_halaman(t, k);
}

void tata_bagian(tata_penulis *p, unsigned baris, unsigned akhir,
                 const char *teks, lxw_format *f)
{
    const tata_lembar *t = p->t;
    int kunci = t->cetak.kunci ? tata_kolom_cari(t, t->cetak.kunci) : -1;
    if (akhir >= t->jumlah_kolom)
        akhir = t->jumlah_kolom - 1;
    if (kunci < 0 || (unsigned)kunci > akhir) {
        tata_teks(p, baris, 0, akhir, teks, f);
        return;
    }
    for (unsigned k1 = 0, k2; k1 <= akhir; k1 = k2 + 1) {
        k2 = k1;
        while (k2 + 1 <= akhir && !tepi_halaman(t, kunci, k2 + 1))
            k2++;
        tata_teks(p, baris, k1, k2, k1 == (unsigned)kunci ? teks : "", f);
    }
}

void tata_judul(tata_penulis *p, unsigned baris, const char *teks,
                lxw_format *f)
{
    baris_penuh(p, baris, teks, f);
    /* a title row is printed in the page header instead (cetak.h) */
    if (teks && *teks && baris < p->t->baris_kepala &&
        p->jumlah_judul < TATA_JUDUL_MAKS) {
        char *salin = strdup(teks);
        if (salin)
            p->judul[p->jumlah_judul++] = salin;
    }
}

/* What a sheet says where the add-in is missing. */
#define PESAN_ADDIN                                                            \
    "PERHATIAN: rumus lembar ini memakai add-in Kinerja for Calc, yang "       \
    "belum terpasang di sini, sehingga sel rumus menampilkan #NAME?. "         \
    "Pasang berkas kinerja-calc.oxt (dari pembuat templat ini) lewat Alat > "  \
    "Pengelola Ekstensi > Tambah, lalu mulai ulang LibreOffice; atau minta "   \
    "buku kerja yang dibuat dengan --rumus standar, yang dihitung di Excel "   \
    "dan di Calc tanpa add-in."

void tata_pesan(tata_penulis *p, unsigned baris, const char *biasa,
                lxw_format *f)
{
    if (p->o->rumus != RUMUS_ADDIN) {
        if (*biasa)
            baris_penuh(p, baris, biasa, f);
        return;
    }
    unsigned akhir = p->t->jumlah_kolom - 1;
    if (akhir > 0)
        CATAT(p->galat, worksheet_merge_range(p->ws, baris, 0, baris,
                                              (lxw_col_t)akhir, "", f));
    rumus r;
    rumus_pesan_addin(&r, PESAN_ADDIN, biasa);
    CATAT(p->galat, lembar_rumus(p->ws, baris, 0, &r, f));
    const char *panjang =
        strlen(biasa) > strlen(PESAN_ADDIN) ? biasa : PESAN_ADDIN;
    lembar_perlu(&p->tinggi, baris, baris, panjang, lebar_semua(p));
}

void tata_validasi(tata_penulis *p, unsigned k1, unsigned k2, unsigned r1,
                   unsigned r2)
{
    if (k2 >= p->t->jumlah_kolom || k2 < k1 || r2 < r1) {
        CATAT(p->galat, LXW_ERROR_PARAMETER_VALIDATION);
        return;
    }
    for (unsigned k = k1; k <= k2; k++) {
        const tata_kolom *c = &p->t->kolom[k];
        CATAT(p->galat,
              lembar_validasi_isian(p->ws, r1, k, r2, k, c->judul, c->petunjuk,
                                    c->isi != TATA_ISIAN_TEKS));
    }
}

void tata_validasi_indikator(tata_penulis *p, unsigned k1, unsigned k2,
                             unsigned r1, unsigned r2,
                             const lembar_indikator *ind)
{
    if (k2 >= p->t->jumlah_kolom || k2 < k1 || r2 < r1) {
        CATAT(p->galat, LXW_ERROR_PARAMETER_VALIDATION);
        return;
    }
    for (unsigned k = k1; k <= k2; k++) {
        const tata_kolom *c = &p->t->kolom[k];
        CATAT(p->galat, lembar_validasi_indikator(p->ws, r1, k, r2, k, ind,
                                                  c->judul, c->petunjuk));
    }
}

lxw_format *tata_format(const tata_penulis *p, unsigned k, lxw_format *f)
{
    const tata_lembar *t = p->t;
    for (unsigned i = 0; k < t->jumlah_kolom && i < t->jumlah_jaga; i++)
        if (!strcmp(t->jaga[i].kolom, t->kolom[k].nama))
            return gaya_hitung(p->g, f);
    return f;
}

/* What a computed cell that follows an input says when selected, and
 * when something is typed into it. */
#define JUDUL_RUMUS "Sel rumus"
#define PESAN_RUMUS                                                            \
    "Sel ini dihitung oleh rumus. Untuk baris baru: salin rumus dari baris "   \
    "di atasnya (pilih sel ini dan sel di atasnya, Ctrl+D)."

/* What a label a new row types says. */
#define JUDUL_LABEL "Dari rencana"
#define PESAN_LABEL                                                            \
    "Isian rencana (PK): ubah di berkas rencana. Untuk baris baru yang "       \
    "disisipkan: ketik di sini sebelum mengisi ke bawah sel rumusnya; "        \
    "persen tanpa tanda %: 60 untuk 60%."

/* Rows r1..r2 of column k take only what `aturan` allows, with
 * `petunjuk` as the prompt and `pesan` as the refusal. */
static void validasi_aturan(tata_penulis *p, unsigned r1, unsigned r2,
                            unsigned k, const rumus_aturan *aturan,
                            const char *judul, const char *petunjuk,
                            const char *pesan)
{
    lxw_data_validation v;
    memset(&v, 0, sizeof v);
    v.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
    v.value_formula = (char *)aturan->teks;
    v.input_title = (char *)judul;
    v.input_message = (char *)petunjuk;
    v.error_title = (char *)judul;
    v.error_message = (char *)pesan;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    CATAT(p->galat, worksheet_data_validation_range(p->ws, r1, (lxw_col_t)k, r2,
                                                    (lxw_col_t)k, &v));
}

void tata_validasi_daun(tata_penulis *p, unsigned k1, unsigned k2, unsigned r1,
                        unsigned r2, unsigned kj1, unsigned kj2,
                        const char *pesan)
{
    if (k2 >= p->t->jumlah_kolom || k2 < k1 || r2 < r1 ||
        kj1 >= p->t->jumlah_kolom || kj2 >= p->t->jumlah_kolom) {
        CATAT(p->galat, LXW_ERROR_PARAMETER_VALIDATION);
        return;
    }
    for (unsigned k = k1; k <= k2; k++) {
        const tata_kolom *c = &p->t->kolom[k];
        char sel[16], jumlah[16];
        rumus_aturan aturan;
        lxw_rowcol_to_cell(sel, r1, (lxw_col_t)k);
        if (k == kj1 || k == kj2) {
            lxw_rowcol_to_cell(jumlah, r1, (lxw_col_t)(k == kj1 ? kj2 : kj1));
            rumus_aturan_isian_daun(&aturan, sel, jumlah);
        } else {
            lxw_rowcol_to_cell_abs(jumlah, r1, (lxw_col_t)kj1, 0, 1);
            rumus_aturan_belum_rumus(&aturan, jumlah);
        }
        /* a prompt's title holds 32 characters in xlsx (the uraian's
         * header is longer); the column titles are ASCII */
        char judul[33];
        snprintf(judul, sizeof judul, "%s", c->judul);
        validasi_aturan(p, r1, r2, k, &aturan, judul, c->petunjuk, pesan);
    }
}

/* The column a guard names: -1 for none, and a name the layout lacks is
 * an error of the layout. */
static int kolom_nama(tata_penulis *p, const char *nama)
{
    if (!nama)
        return -1;
    int k = tata_kolom_cari(p->t, nama);
    if (k < 0)
        CATAT(p->galat, LXW_ERROR_PARAMETER_VALIDATION);
    return k;
}

/* One guarded column on rows r1..r2: a label a new row types, refused
 * once the row's computed cell holds its formula; or a computed cell
 * that takes no typed entry, marked red where its input holds a number
 * and it no formula. */
static void jaga_kolom(tata_penulis *p, const tata_jaga_kolom *j, unsigned r1,
                       unsigned r2)
{
    int k = kolom_nama(p, j->kolom);
    int kd = kolom_nama(p, j->ikut ? j->ikut : j->tutup);
    if (k < 0 || kd < 0)
        return;
    char sel[16], dari[16];
    lxw_rowcol_to_cell(sel, r1, (lxw_col_t)k);
    lxw_rowcol_to_cell(dari, r1, (lxw_col_t)kd);
    rumus_aturan aturan;
    if (!j->ikut) {
        int kn = kolom_nama(p, j->persen);
        char nama[16];
        if (kn >= 0) {
            lxw_rowcol_to_cell(nama, r1, (lxw_col_t)kn);
            rumus_aturan_belum_rumus_persen(&aturan, dari, sel, nama);
        } else {
            rumus_aturan_belum_rumus(&aturan, dari);
        }
        const char *pesan = j->pesan ? j->pesan : PESAN_LABEL;
        validasi_aturan(p, r1, r2, (unsigned)k, &aturan, JUDUL_LABEL, pesan,
                        pesan);
        return;
    }
    rumus_aturan_harus_rumus(&aturan, sel);
    validasi_aturan(p, r1, r2, (unsigned)k, &aturan, JUDUL_RUMUS, PESAN_RUMUS,
                    PESAN_RUMUS);
    rumus_aturan_tanpa_rumus(&aturan, dari, sel);
    tata_tanda(p, r1, (unsigned)k, r2, (unsigned)k, &aturan, p->g->tanda_lebih);
}

void tata_jaga(tata_penulis *p, unsigned r1, unsigned r2)
{
    for (unsigned i = 0; i < p->t->jumlah_jaga && r1 <= r2; i++)
        jaga_kolom(p, &p->t->jaga[i], r1, r2);
}

/* A sheet-qualified column range, rows r1..r2 (rujukan_sel's form). */
static void rentang_lembar(char *buf, size_t n, const tata_lembar *t,
                           unsigned k, unsigned r1, unsigned r2)
{
    rujukan_sel a = sel_lembar(t->nama, r1, k, sel_kosong());
    char b[16];
    lxw_rowcol_to_cell_abs(b, r2, (lxw_col_t)k, 1, 1);
    snprintf(buf, n, "%s:%s", a.ref, b);
}

bool tata_rumus_hilang(rumus *r, const tata_lembar *t, unsigned r1, unsigned r2,
                       double jumlah)
{
    char isian[128], sel[128];
    bool ada = false;
    char teks[RUMUS_MAKS] = "";
    /* one term for each input a column follows (its first such column):
     * a row is counted once for each input it holds without its formula */
    for (unsigned i = 0; i < t->jumlah_jaga; i++) {
        const char *ikut = t->jaga[i].ikut;
        bool pertama = ikut != NULL;
        for (unsigned j = 0; pertama && j < i; j++)
            if (t->jaga[j].ikut && !strcmp(t->jaga[j].ikut, ikut))
                pertama = false;
        int ki = pertama ? tata_kolom_cari(t, ikut) : -1;
        int k = pertama ? tata_kolom_cari(t, t->jaga[i].kolom) : -1;
        if (ki < 0 || k < 0)
            continue;
        rentang_lembar(isian, sizeof isian, t, (unsigned)ki, r1, r2);
        rentang_lembar(sel, sizeof sel, t, (unsigned)k, r1, r2);
        rumus satu;
        rumus_baris_tanpa_rumus(&satu, isian, sel, 0);
        size_t n = strlen(teks), m = strlen(satu.teks);
        if (n + 1 + m >= sizeof teks) /* never: a few short terms */
            break;
        if (ada)
            teks[n++] = '+';
        memcpy(teks + n, satu.teks, m + 1);
        ada = true;
    }
    memcpy(r->teks, teks, sizeof teks);
    r->hasil = sel_angka(jumlah);
    return ada;
}

void tata_perlu(tata_penulis *p, unsigned r1, unsigned r2, unsigned kolom,
                const char *teks)
{
    lembar_perlu(&p->tinggi, r1, r2, teks, tata_lebar(p, kolom));
}

void tata_label(tata_penulis *p, unsigned r1, unsigned r2, unsigned kolom,
                const char *teks, lxw_format *f)
{
    if (!teks ||
        !lembar_label(&p->tinggi, r1, r2, kolom, teks, f, tata_lebar(p, kolom)))
        CATAT(p->galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
}

void tata_label_angka(tata_penulis *p, unsigned r1, unsigned r2, unsigned kolom,
                      double nilai, lxw_format *f)
{
    if (!lembar_label_angka(&p->tinggi, r1, r2, kolom, nilai, f))
        CATAT(p->galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
}

void tata_cetak_area(tata_penulis *p, unsigned awal, unsigned akhir)
{
    p->cetak_awal = awal;
    p->cetak_akhir = akhir;
    p->ada_cetak = true;
}

void tata_putus_baik(tata_penulis *p, unsigned baris)
{
    if (p->jumlah_putus_baik < TATA_PUTUS_MAKS)
        p->putus_baik[p->jumlah_putus_baik++] = baris;
}

void tata_tanda(tata_penulis *p, unsigned r1, unsigned k1, unsigned r2,
                unsigned k2, const rumus_aturan *aturan, lxw_format *f)
{
    lxw_conditional_format cf;
    memset(&cf, 0, sizeof cf);
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = (char *)aturan->teks;
    cf.format = f;
    CATAT(p->galat, worksheet_conditional_format_range(p->ws, r1, (lxw_col_t)k1,
                                                       r2, (lxw_col_t)k2, &cf));
}

/* The title rows as the page header's lines, malloc'd (NULL: none). */
static char *judul_cetak(const tata_penulis *p)
{
    size_t n = 0;
    for (unsigned i = 0; i < p->jumlah_judul; i++)
        n += strlen(p->judul[i]) + 1;
    if (n == 0)
        return NULL;
    char *hasil = malloc(n);
    if (!hasil)
        return NULL;
    hasil[0] = '\0';
    for (unsigned i = 0; i < p->jumlah_judul; i++) {
        if (i)
            strcat(hasil, "\n");
        strcat(hasil, p->judul[i]);
    }
    return hasil;
}

lxw_error tata_tutup(tata_penulis *p)
{
    if (!p->ws)
        return p->galat;
    const tata_lembar *t = p->t;
    /* the declared page starts across, by name */
    unsigned *awal =
        malloc((t->jumlah_kolom ? t->jumlah_kolom : 1) * sizeof *awal);
    size_t n_awal = 0;
    if (!awal)
        CATAT(p->galat, LXW_ERROR_MEMORY_MALLOC_FAILED);
    for (unsigned k = 0; awal && k < t->jumlah_kolom; k++)
        if (awal_halaman(t, k))
            awal[n_awal++] = k;
    int kunci = t->cetak.kunci ? tata_kolom_cari(t, t->cetak.kunci) : -1;
    char *judul = judul_cetak(p);
    /* the header repeats only over a print area that holds it */
    bool kepala = !p->ada_cetak || p->cetak_awal <= t->baris_kepala;
    halaman_atur atur = {
        .judul = judul,
        .kepala_awal = kepala ? (int)t->baris_kepala : -1,
        .kepala_akhir = kepala ? (int)(tata_baris_isi(t) - 1) : -1,
        .kunci_awal = kunci,
        .kunci_akhir = kunci,
        .kolom_baik = n_awal ? awal : NULL,
        .jumlah_kolom_baik = n_awal,
        .cetak_awal = p->ada_cetak ? p->cetak_awal : t->baris_kepala,
        .cetak_akhir = p->ada_cetak ? p->cetak_akhir : tata_baris_isi(t) - 1,
        .jumlah_kolom = t->jumlah_kolom,
        .lebar = p->lebar,
        .putus_baik = p->jumlah_putus_baik ? p->putus_baik : NULL,
        .jumlah_putus_baik = p->jumlah_putus_baik,
        .bantu = t->peran == TATA_BANTU};

    CATAT(p->galat, lembar_halaman(p->ws, p->o, &atur, &p->tinggi));
    free(judul);
    free(awal);
    for (unsigned i = 0; i < p->jumlah_judul; i++)
        free(p->judul[i]);
    p->jumlah_judul = 0;
    free(p->lebar);
    p->lebar = NULL;
    lembar_lindungi(p->ws, p->o);
    return p->galat;
}

unsigned tata_kolom_sel(const tata_lembar *t, unsigned k)
{
    unsigned sel = 0;
    for (unsigned i = 0; i < k && i < t->jumlah_kolom; i++)
        sel += t->rentang && t->rentang[i] ? t->rentang[i] : 1;
    return sel;
}

unsigned tata_kolom_sel_akhir(const tata_lembar *t, unsigned k)
{
    unsigned n =
        t->rentang && k < t->jumlah_kolom && t->rentang[k] ? t->rentang[k] : 1;
    return tata_kolom_sel(t, k) + n - 1;
}

int tata_sel_cari(const tata_lembar *t, const char *nama)
{
    int k = tata_kolom_cari(t, nama);
    return k < 0 ? -1 : (int)tata_kolom_sel(t, (unsigned)k);
}

unsigned tata_kepala(tata_penulis *p, const tata_lembar *t, unsigned baris)
{
    return kepala_di(p, t, baris);
}

/* `teks` with its "%s" replaced by `label`, malloc'd and kept in u; teks
 * itself when it has none.  false when memory runs out. */
static bool ganti_label(tata_ulangan *u, const char **teks, const char *label)
{
    const char *s = *teks ? strstr(*teks, "%s") : NULL;
    if (!s)
        return true;
    size_t n = strlen(*teks) - 2 + strlen(label) + 1;
    char *baru = malloc(n);
    if (!baru)
        return false;
    snprintf(baru, n, "%.*s%s%s", (int)(s - *teks), *teks, label, s + 2);
    u->teks[u->jumlah_teks++] = baru;
    *teks = baru;
    return true;
}

bool tata_ulang(tata_ulangan *u, const tata_lembar *pola, unsigned n,
                const char *const *label)
{
    memset(u, 0, sizeof *u);
    unsigned awal = pola->ulang_awal, m = pola->ulang_jumlah;
    if (awal + m > pola->jumlah_kolom || (m && pola->rentang))
        return false;
    unsigned jumlah = pola->jumlah_kolom - m + n * m;
    u->kolom = malloc((jumlah ? jumlah : 1) * sizeof *u->kolom);
    /* at most three headers of each repeated column */
    u->teks = malloc((n * m * 3 + 1) * sizeof *u->teks);
    if (!u->kolom || !u->teks) {
        tata_ulang_bebas(u);
        return false;
    }
    unsigned k = 0;
    memcpy(u->kolom, pola->kolom, awal * sizeof *u->kolom);
    k += awal;
    for (unsigned i = 0; i < n; i++)
        for (unsigned j = 0; j < m; j++, k++) {
            tata_kolom *c = &u->kolom[k];
            *c = pola->kolom[awal + j];
            if (!ganti_label(u, &c->grup, label[i]) ||
                !ganti_label(u, &c->subgrup, label[i]) ||
                !ganti_label(u, &c->judul, label[i])) {
                tata_ulang_bebas(u);
                return false;
            }
        }
    memcpy(u->kolom + k, pola->kolom + awal + m,
           (pola->jumlah_kolom - awal - m) * sizeof *u->kolom);
    u->t = *pola;
    u->t.kolom = u->kolom;
    u->t.jumlah_kolom = jumlah;
    u->t.ulang_jumlah = n ? m : 0;
    return true;
}

void tata_ulang_bebas(tata_ulangan *u)
{
    for (unsigned i = 0; u->teks && i < u->jumlah_teks; i++)
        free(u->teks[i]);
    free(u->teks);
    free(u->kolom);
    memset(u, 0, sizeof *u);
}

int tata_ulang_kolom(const tata_lembar *t, unsigned i, const char *nama)
{
    for (unsigned j = 0; j < t->ulang_jumlah; j++)
        if (t->ulang_awal + j < t->jumlah_kolom &&
            !strcmp(t->kolom[t->ulang_awal + j].nama, nama))
            return (int)(t->ulang_awal + i * t->ulang_jumlah + j);
    return -1;
}
