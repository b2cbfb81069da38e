/*
 * xlsx.c - reading an Office Open XML workbook (SpreadsheetML, ECMA-376
 * part 1, 18): the sheets of xl/workbook.xml in order, their parts through
 * xl/_rels/workbook.xml.rels, the shared strings, and each sheet's
 * <sheetData>.
 *
 * What writers differ in, and is read here:
 *   - shared strings (t="s") may be rich text: the <t> of every run <r> is
 *     concatenated; phonetic runs <rPh> are not part of the text;
 *   - inline strings (t="inlineStr", <is>), formula strings (t="str"),
 *     booleans (t="b"), errors (t="e"), ISO dates (t="d", Strict);
 *   - <row> and <c> without an r attribute (Excel writes them, and
 *     openpyxl's streaming writer): the row after the previous one, the
 *     column after the previous cell's;
 *   - whitespace in text is kept as written (xml:space="preserve" is what
 *     writers put on text with leading or trailing blanks);
 *   - element names are matched by local name, so the Strict namespace
 *     reads like the transitional one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dalam.h"

/* More relationships than this in one workbook is not a workbook. */
#define HUBUNGAN_MAKS 65536u

typedef struct hubungan {
    char *id;
    char *target; /* resolved to a part name */
    bool sst;
} hubungan;

typedef struct teks_bersama {
    const char *teks;
    size_t panjang;
} teks_bersama;

typedef struct xlsx {
    hubungan *hub;
    size_t jumlah_hub;
    char **bagian_lembar; /* per sheet, owned */
    teks_bersama *sst;
    size_t jumlah_sst, kapasitas_sst;
} xlsx;

static char *salin(const char *s)
{
    size_t n = strlen(s) + 1;
    char *t = malloc(n);
    if (t)
        memcpy(t, s, n);
    return t;
}

/* A relationship's Target is relative to the source part's folder (xl/)
 * or absolute from the package root (OPC, ECMA-376 part 2, 9.3). */
static char *jalur_target(const char *target)
{
    if (target[0] == '/')
        return salin(target + 1);
    size_t n = strlen(target);
    const char *awal = "xl/";
    while (strncmp(target, "../", 3) == 0) {
        target += 3;
        n -= 3;
        awal = "";
    }
    char *t = malloc(strlen(awal) + n + 1);
    if (t) {
        strcpy(t, awal);
        strcat(t, target);
    }
    return t;
}

/* ---- xl/_rels/workbook.xml.rels ---------------------------------- */

typedef struct rels_keadaan {
    xml_keadaan x;
    xlsx *w;
    size_t kapasitas;
} rels_keadaan;

static void rels_mulai(void *pengguna, const char *nama, const char **atr)
{
    rels_keadaan *k = pengguna;
    if (strcmp(xml_lokal(nama), "Relationship") != 0)
        return;
    const char *id = xml_atribut(atr, NULL, "Id");
    const char *target = xml_atribut(atr, NULL, "Target");
    const char *jenis = xml_atribut(atr, NULL, "Type");
    if (id == NULL || target == NULL)
        return;
    xlsx *w = k->w;
    if (w->jumlah_hub >= HUBUNGAN_MAKS) {
        baca_gagal(k->x.c, BUKU_GALAT_BATAS, "lebih dari %u hubungan",
                   HUBUNGAN_MAKS);
        xml_henti(&k->x);
        return;
    }
    hubungan *semua = larik_sediakan(w->hub, &k->kapasitas, w->jumlah_hub + 1,
                                     sizeof *semua, 16);
    if (semua == NULL)
        goto memori;
    w->hub = semua;
    hubungan *h = &w->hub[w->jumlah_hub];
    h->id = salin(id);
    h->target = jalur_target(target);
    size_t nj = jenis ? strlen(jenis) : 0;
    h->sst = nj >= 14 && strcmp(jenis + nj - 14, "/sharedStrings") == 0;
    w->jumlah_hub++;
    if (h->id == NULL || h->target == NULL)
        goto memori;
    return;
memori:
    baca_gagal(k->x.c, BUKU_GALAT_MEMORI, "memori tidak cukup");
    xml_henti(&k->x);
}

static void abaikan_akhir(void *pengguna, const char *nama)
{
    (void)pengguna, (void)nama;
}

static void abaikan_teks(void *pengguna, const char *s, int n)
{
    (void)pengguna, (void)s, (void)n;
}

/* ---- xl/workbook.xml ---------------------------------------------- */

typedef struct buku_keadaan {
    xml_keadaan x;
    xlsx *w;
} buku_keadaan;

static void buku_mulai(void *pengguna, const char *nama, const char **atr)
{
    buku_keadaan *k = pengguna;
    baca *c = k->x.c;
    if (strcmp(xml_lokal(nama), "sheet") != 0)
        return;
    const char *nm = xml_atribut(atr, NULL, "name");
    const char *id = xml_atribut(atr, "*", "id");
    if (nm == NULL || id == NULL) {
        baca_gagal(c, BUKU_GALAT_ISI, "<sheet> tanpa name atau r:id");
        xml_henti(&k->x);
        return;
    }
    size_t n = buku_jumlah_lembar(c->buku);
    if (n >= c->batas.lembar_maks) {
        baca_gagal(c, BUKU_GALAT_BATAS, "lebih dari %u lembar",
                   (unsigned)c->batas.lembar_maks);
        xml_henti(&k->x);
        return;
    }
    const hubungan *h = NULL;
    for (size_t i = 0; i < k->w->jumlah_hub; i++)
        if (strcmp(k->w->hub[i].id, id) == 0)
            h = &k->w->hub[i];
    if (h == NULL) {
        baca_gagal(c, BUKU_GALAT_ISI,
                   "lembar '%s' merujuk hubungan '%s' yang tidak ada", nm, id);
        xml_henti(&k->x);
        return;
    }
    char **bl = realloc(k->w->bagian_lembar, (n + 1) * sizeof *bl);
    if (bl == NULL || buku_tambah_lembar(c->buku, nm, strlen(nm)) < 0) {
        if (bl)
            k->w->bagian_lembar = bl;
        baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
        xml_henti(&k->x);
        return;
    }
    k->w->bagian_lembar = bl;
    bl[n] = salin(h->target);
    if (bl[n] == NULL) {
        baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
        xml_henti(&k->x);
    }
}

/* ---- xl/sharedStrings.xml ----------------------------------------- */

typedef struct sst_keadaan {
    xml_keadaan x;
    xlsx *w;
    teks_penampung t;
    bool dalam_si, dalam_t;
    unsigned fonetik; /* depth inside <rPh> */
} sst_keadaan;

static void sst_mulai(void *pengguna, const char *nama, const char **atr)
{
    (void)atr;
    sst_keadaan *k = pengguna;
    const char *l = xml_lokal(nama);
    if (strcmp(l, "si") == 0) {
        k->dalam_si = true;
        teks_kosongkan(&k->t);
    } else if (strcmp(l, "rPh") == 0) {
        k->fonetik++;
    } else if (strcmp(l, "t") == 0 && k->dalam_si && k->fonetik == 0) {
        k->dalam_t = true;
    }
}

static void sst_akhir(void *pengguna, const char *nama)
{
    sst_keadaan *k = pengguna;
    baca *c = k->x.c;
    xlsx *w = k->w;
    const char *l = xml_lokal(nama);
    if (strcmp(l, "t") == 0) {
        k->dalam_t = false;
    } else if (strcmp(l, "rPh") == 0) {
        k->fonetik--;
    } else if (strcmp(l, "si") == 0 && k->dalam_si) {
        k->dalam_si = false;
        if (k->t.lebih) {
            baca_gagal(c, BUKU_GALAT_BATAS,
                       "string bersama ke-%zu lebih dari %u karakter",
                       w->jumlah_sst + 1, BUKU_TEKS_MAKS);
            xml_henti(&k->x);
            return;
        }
        /* A string no cell can use is still a string: the table may be
         * as long as the cells allow, no longer. */
        if (w->jumlah_sst >= c->batas.sel_maks) {
            baca_gagal(c, BUKU_GALAT_BATAS,
                       "lebih dari %llu string bersama (batas pembaca)",
                       (unsigned long long)c->batas.sel_maks);
            xml_henti(&k->x);
            return;
        }
        teks_bersama *s = larik_sediakan(w->sst, &w->kapasitas_sst,
                                         w->jumlah_sst + 1, sizeof *s, 256);
        if (s == NULL)
            goto memori;
        w->sst = s;
        const char *t =
            buku_simpan_teks(c->buku, k->t.isi ? k->t.isi : "", k->t.panjang);
        if (t == NULL || k->t.memori_habis)
            goto memori;
        w->sst[w->jumlah_sst].teks = t;
        w->sst[w->jumlah_sst].panjang = k->t.panjang;
        w->jumlah_sst++;
    }
    return;
memori:
    baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
    xml_henti(&k->x);
}

static void sst_teks(void *pengguna, const char *s, int n)
{
    sst_keadaan *k = pengguna;
    if (k->dalam_t)
        teks_tambah(&k->t, s, (size_t)n);
}

/* ---- a worksheet ---------------------------------------------------- */

typedef struct lembar_keadaan {
    xml_keadaan x;
    const xlsx *w;
    size_t indeks;
    int64_t baris, kolom; /* the last row and cell seen, -1 before */
    bool dalam_c, dalam_v, dalam_f, dalam_is, dalam_t;
    unsigned fonetik;
    bool ada_v, ada_f, ada_is;
    char jenis[16];
    teks_penampung v, f, is;
    /* the cell's <f t="shared" si="..">, and the sheet's shared groups */
    bool bersama;
    uint32_t si;
    struct bersama {
        const char *rumus; /* the first cell's text, in the arena */
        uint32_t baris, kolom;
    } * kelompok;
    size_t jumlah_kelompok;
} lembar_keadaan;

static void lembar_gagal(lembar_keadaan *k, buku_kode kode, const char *pesan)
{
    baca_gagal(k->x.c, kode, "%s", pesan);
    xml_henti(&k->x);
}

static bool angka_bulat(const char *s, uint64_t maks, uint64_t *hasil)
{
    uint64_t v = 0;
    if (*s == '\0')
        return false;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return false;
        v = v * 10 + (uint64_t)(*s - '0');
        if (v > maks)
            return false;
    }
    *hasil = v;
    return true;
}

static void lembar_mulai(void *pengguna, const char *nama, const char **atr)
{
    lembar_keadaan *k = pengguna;
    baca *c = k->x.c;
    const char *l = xml_lokal(nama);
    if (strcmp(l, "row") == 0) {
        c->ada_sel = false;
        const char *r = xml_atribut(atr, NULL, "r");
        uint64_t b;
        if (r == NULL) {
            b = (uint64_t)(k->baris + 1) + 1;
        } else if (!angka_bulat(r, BUKU_BARIS_MAKS, &b) || b == 0) {
            baca_gagal(c, BUKU_GALAT_ISI, "nomor baris '%.20s' tidak sah", r);
            xml_henti(&k->x);
            return;
        }
        if (b > BUKU_BARIS_MAKS) {
            lembar_gagal(k, BUKU_GALAT_ISI, "baris di luar lembar");
            return;
        }
        k->baris = (int64_t)b - 1;
        k->kolom = -1;
    } else if (strcmp(l, "c") == 0) {
        const char *r = xml_atribut(atr, NULL, "r");
        const char *t = xml_atribut(atr, NULL, "t");
        uint32_t b, kl;
        if (r != NULL) {
            if (!alamat_urai(r, &b, &kl)) {
                c->ada_sel = false;
                baca_gagal(c, BUKU_GALAT_ISI, "alamat sel '%.20s' tidak sah",
                           r);
                xml_henti(&k->x);
                return;
            }
        } else {
            if (k->baris < 0)
                k->baris = 0;
            if (k->kolom + 1 >= (int64_t)BUKU_KOLOM_MAKS) {
                lembar_gagal(k, BUKU_GALAT_ISI, "sel di luar lembar");
                return;
            }
            b = (uint32_t)k->baris;
            kl = (uint32_t)(k->kolom + 1);
        }
        k->baris = b;
        k->kolom = kl;
        c->ada_sel = true;
        c->baris = b;
        c->kolom = kl;
        snprintf(k->jenis, sizeof k->jenis, "%s", t ? t : "n");
        k->dalam_c = true;
        k->ada_v = k->ada_f = k->ada_is = k->bersama = false;
        teks_kosongkan(&k->v);
        teks_kosongkan(&k->f);
        teks_kosongkan(&k->is);
    } else if (!k->dalam_c) {
        return;
    } else if (strcmp(l, "v") == 0) {
        k->dalam_v = k->ada_v = true;
    } else if (strcmp(l, "f") == 0) {
        k->dalam_f = k->ada_f = true;
        const char *t = xml_atribut(atr, NULL, "t");
        const char *si = xml_atribut(atr, NULL, "si");
        uint64_t n = 0;
        k->bersama = t != NULL && strcmp(t, "shared") == 0;
        if (k->bersama &&
            (si == NULL || !angka_bulat(si, RUMUS_BERSAMA_MAKS - 1, &n))) {
            baca_gagal(c, BUKU_GALAT_ISI,
                       "rumus bersama dengan si '%.20s' tidak sah",
                       si ? si : "");
            xml_henti(&k->x);
            return;
        }
        k->si = (uint32_t)n;
    } else if (strcmp(l, "is") == 0) {
        k->dalam_is = k->ada_is = true;
    } else if (strcmp(l, "rPh") == 0) {
        k->fonetik++;
    } else if (strcmp(l, "t") == 0 && k->dalam_is && k->fonetik == 0) {
        k->dalam_t = true;
    }
}

static bool simpan(lembar_keadaan *k, const teks_penampung *t,
                   const char **hasil)
{
    *hasil = buku_simpan_teks(k->x.c->buku, t->isi ? t->isi : "", t->panjang);
    return *hasil != NULL;
}

/* A shared formula: the group's first cell (with text) is remembered,
 * the others get its text moved to their own position.  A cell of a group
 * whose first cell was not seen keeps the empty text. */
static bool rumus_bersama(lembar_keadaan *k, buku_sel *s)
{
    buku *b = k->x.c->buku;
    if (k->f.panjang > 0) {
        size_t lama = k->jumlah_kelompok;
        struct bersama *g = larik_sediakan(k->kelompok, &k->jumlah_kelompok,
                                           (size_t)k->si + 1, sizeof *g, 16);
        if (g == NULL)
            return false;
        memset(g + lama, 0, (k->jumlah_kelompok - lama) * sizeof *g);
        k->kelompok = g;
        k->kelompok[k->si] = (struct bersama){s->rumus, s->baris, s->kolom};
        return true;
    }
    if (k->si >= k->jumlah_kelompok || k->kelompok[k->si].rumus == NULL)
        return true;
    const struct bersama *g = &k->kelompok[k->si];
    char *geser = rumus_geser(g->rumus, (int64_t)s->baris - g->baris,
                              (int64_t)s->kolom - g->kolom);
    if (geser == NULL)
        return false;
    s->rumus = buku_simpan_teks(b, geser, strlen(geser));
    free(geser);
    return s->rumus != NULL;
}

/* The cell just closed, from its type attribute and gathered texts. */
static bool sel_selesai(lembar_keadaan *k)
{
    baca *c = k->x.c;
    const xlsx *w = k->w;
    buku_sel s = {.baris = c->baris, .kolom = c->kolom};
    const char *j = k->jenis;
    const char *v = k->v.isi ? k->v.isi : "";
    if (!teks_sel_periksa(c, &k->v, &k->is, &k->f))
        return false;

    /* openpyxl writes a formula without a cached value as <v></v>: an
     * empty value is no value, except for a text. */
    if (k->ada_v && k->v.panjang == 0 && strcmp(j, "str") != 0 &&
        strcmp(j, "inlineStr") != 0)
        k->ada_v = false;
    if (strcmp(j, "inlineStr") == 0) {
        s.jenis = BUKU_TEKS;
        const teks_penampung *t = k->ada_is ? &k->is : &k->v;
        if (!k->ada_is && !k->ada_v && !k->ada_f)
            return true;
        if (!simpan(k, t, &s.teks))
            goto memori;
        s.panjang = t->panjang;
    } else if (!k->ada_v) {
        /* No value: a styled blank, or a formula not yet calculated. */
        if (!k->ada_f)
            return true;
        s.jenis = BUKU_KOSONG;
    } else if (strcmp(j, "n") == 0) {
        s.jenis = BUKU_ANGKA;
        if (!angka_urai(v, &s.angka))
            return baca_gagal(c, BUKU_GALAT_ISI, "angka '%.40s' tidak sah", v);
    } else if (strcmp(j, "s") == 0) {
        uint64_t i;
        if (!angka_bulat(v, UINT32_MAX, &i) || i >= w->jumlah_sst)
            return baca_gagal(c, BUKU_GALAT_ISI,
                              "string bersama nomor '%.20s' tidak ada "
                              "(ada %zu)",
                              v, w->jumlah_sst);
        s.jenis = BUKU_TEKS;
        s.teks = w->sst[i].teks;
        s.panjang = w->sst[i].panjang;
    } else if (strcmp(j, "str") == 0 || strcmp(j, "e") == 0) {
        s.jenis = j[0] == 'e' ? BUKU_GALAT : BUKU_TEKS;
        if (!simpan(k, &k->v, &s.teks))
            goto memori;
        s.panjang = k->v.panjang;
    } else if (strcmp(j, "b") == 0) {
        s.jenis = BUKU_BOOLEAN;
        if (strcmp(v, "1") == 0 || strcmp(v, "true") == 0)
            s.angka = 1;
        else if (strcmp(v, "0") == 0 || strcmp(v, "false") == 0)
            s.angka = 0;
        else
            return baca_gagal(c, BUKU_GALAT_ISI,
                              "nilai boolean '%.20s' tidak sah", v);
    } else if (strcmp(j, "d") == 0) {
        s.jenis = BUKU_ANGKA;
        if (!angka_tanggal(v, 1899, 12, 30, &s.angka))
            return baca_gagal(c, BUKU_GALAT_ISI, "tanggal '%.40s' tidak sah",
                              v);
    } else {
        return baca_gagal(c, BUKU_GALAT_ISI, "jenis sel '%s' tidak dikenal", j);
    }
    if (k->ada_f && !simpan(k, &k->f, &s.rumus))
        goto memori;
    if (k->ada_f && k->bersama && !rumus_bersama(k, &s))
        goto memori;
    return buku_tambah_sel(c, k->indeks, &s);
memori:
    return baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
}

static void lembar_akhir(void *pengguna, const char *nama)
{
    lembar_keadaan *k = pengguna;
    if (!k->dalam_c)
        return;
    const char *l = xml_lokal(nama);
    if (strcmp(l, "c") == 0) {
        k->dalam_c = k->dalam_v = k->dalam_f = k->dalam_is = k->dalam_t = false;
        k->fonetik = 0;
        if (!sel_selesai(k))
            xml_henti(&k->x);
        k->x.c->ada_sel = false;
    } else if (strcmp(l, "v") == 0) {
        k->dalam_v = false;
    } else if (strcmp(l, "f") == 0) {
        k->dalam_f = false;
    } else if (strcmp(l, "is") == 0) {
        k->dalam_is = false;
    } else if (strcmp(l, "t") == 0) {
        k->dalam_t = false;
    } else if (strcmp(l, "rPh") == 0 && k->fonetik > 0) {
        k->fonetik--;
    }
}

static void lembar_teks(void *pengguna, const char *s, int n)
{
    lembar_keadaan *k = pengguna;
    if (k->dalam_v)
        teks_tambah(&k->v, s, (size_t)n);
    else if (k->dalam_f)
        teks_tambah(&k->f, s, (size_t)n);
    else if (k->dalam_t)
        teks_tambah(&k->is, s, (size_t)n);
}

/* ---- the workbook ----------------------------------------------------- */

static void xlsx_bebas(xlsx *w, size_t lembar)
{
    for (size_t i = 0; i < w->jumlah_hub; i++) {
        free(w->hub[i].id);
        free(w->hub[i].target);
    }
    free(w->hub);
    for (size_t i = 0; i < lembar && w->bagian_lembar; i++)
        free(w->bagian_lembar[i]);
    free(w->bagian_lembar);
    free(w->sst);
}

bool xlsx_baca(baca *c)
{
    xlsx w = {0};
    bool ok = false;
    static const xml_penangan rels = {rels_mulai, abaikan_akhir, abaikan_teks};
    rels_keadaan kr = {.w = &w};
    if (!xml_alirkan(c, "xl/_rels/workbook.xml.rels", &kr.x, &rels))
        goto selesai;

    static const xml_penangan bk = {buku_mulai, abaikan_akhir, abaikan_teks};
    buku_keadaan kb = {.w = &w};
    if (!xml_alirkan(c, "xl/workbook.xml", &kb.x, &bk))
        goto selesai;
    if (buku_jumlah_lembar(c->buku) == 0) {
        c->bagian = "xl/workbook.xml";
        baca_gagal(c, BUKU_GALAT_ISI, "buku kerja tanpa lembar");
        goto selesai;
    }

    const char *sst = NULL;
    for (size_t i = 0; i < w.jumlah_hub; i++)
        if (w.hub[i].sst)
            sst = w.hub[i].target;
    if (sst == NULL && arsip_ada(c->arsip, "xl/sharedStrings.xml"))
        sst = "xl/sharedStrings.xml";
    if (sst != NULL) {
        static const xml_penangan hs = {sst_mulai, sst_akhir, sst_teks};
        sst_keadaan ks = {.w = &w};
        bool b = xml_alirkan(c, sst, &ks.x, &hs);
        teks_bebas(&ks.t);
        if (!b)
            goto selesai;
    }

    static const xml_penangan hl = {lembar_mulai, lembar_akhir, lembar_teks};
    for (size_t i = 0; i < buku_jumlah_lembar(c->buku); i++) {
        lembar_keadaan kl = {.w = &w, .indeks = i, .baris = -1, .kolom = -1};
        c->lembar = buku_nama_lembar(c->buku, i);
        bool b = xml_alirkan(c, w.bagian_lembar[i], &kl.x, &hl);
        teks_bebas(&kl.v);
        teks_bebas(&kl.f);
        teks_bebas(&kl.is);
        free(kl.kelompok);
        if (!b)
            goto selesai;
    }
    c->lembar = NULL;
    ok = true;
selesai:
    xlsx_bebas(&w, buku_jumlah_lembar(c->buku));
    return ok;
}
