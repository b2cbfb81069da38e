/*
 * ods.c - reading an OpenDocument spreadsheet (ODF 1.2/1.3, content.xml):
 * every <table:table> of <office:spreadsheet> is a sheet, in order.
 *
 * What Calc writes, and is read here:
 *   - table:number-rows-repeated / table:number-columns-repeated: Calc
 *     closes every sheet with a repeat of empty rows to row 1 048 576 and
 *     every row with a repeat of empty cells to the last column.  Empty
 *     repeats only move the position, never allocate; repeats of a cell
 *     with a value are expanded (a row of repeated non-empty cells repeated
 *     again multiplies), and are checked against the cell limit *before*
 *     expanding, so the message names the repeat that passed it;
 *   - office:value-type float, percentage, currency (office:value),
 *     date (office:date-value, as a serial number from the document's
 *     table:null-date, 1899-12-30 by default), time (office:time-value),
 *     boolean (office:boolean-value), string (office:string-value, else
 *     the paragraphs); Calc's error results carry calcext:value-type
 *     "error" and the error's text in the paragraph;
 *   - the text of a cell is its <text:p> paragraphs joined by a newline,
 *     with <text:s text:c="n"/> as n spaces, <text:tab/> as a tab and
 *     <text:line-break/> as a newline; comments (office:annotation),
 *     drawings and anything else not in the text namespace are not the
 *     cell's text;
 *   - covered cells (table:covered-table-cell, the hidden part of a merged
 *     range) take a column like any cell, and are read like one;
 *   - rows inside table:table-header-rows, row groups and table:table-rows
 *     are rows like any other.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dalam.h"

#define NS_TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_CALCEXT                                                             \
    "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"

/* Repeats larger than any sheet are not a sheet (and would overflow). */
#define ULANG_MAKS (1ull << 40)

typedef struct ods_keadaan {
    xml_keadaan x;
    long lembar;     /* the sheet being read, -1 outside a table */
    unsigned lewati; /* depth inside an element that is not cell text */
    uint64_t baris;  /* the row being read */
    uint64_t ulang_baris;
    uint64_t kolom; /* the column of the cell being read */
    bool dalam_baris, dalam_sel;
    uint64_t ulang_kolom;
    unsigned paragraf; /* paragraphs seen in this cell */
    unsigned dalam_p;  /* depth inside text:p / text:h */
    /* the cell's attributes */
    char jenis[16], jenis_calc[16];
    char nilai[64], boolean[8], tanggal[64], waktu[64];
    bool ada_nilai, ada_string, ada_rumus;
    teks_penampung teks, string, rumus;
    /* the row's cells, expanded over its repeat at the row's end */
    buku_sel *sel;
    size_t jumlah_sel, kapasitas_sel;
    int nol_tahun, nol_bulan, nol_hari;
} ods_keadaan;

static bool tabel(const char *nama, const char *lokal)
{
    return xml_ns(nama, NS_TABLE) && strcmp(xml_lokal(nama), lokal) == 0;
}

static void gagal(ods_keadaan *k, buku_kode kode, const char *pesan)
{
    baca_gagal(k->x.c, kode, "%s", pesan);
    xml_henti(&k->x);
}

static bool ulang(ods_keadaan *k, const char **atr, const char *nama,
                  uint64_t *hasil)
{
    const char *s = xml_atribut(atr, NS_TABLE, nama);
    *hasil = 1;
    if (s == NULL)
        return true;
    uint64_t v = 0;
    const char *p = s;
    for (; *p >= '0' && *p <= '9'; p++) {
        v = v * 10 + (uint64_t)(*p - '0');
        if (v > ULANG_MAKS)
            break;
    }
    if (p == s || *p != '\0' || v == 0) {
        baca_gagal(k->x.c, BUKU_GALAT_ISI, "table:%s '%.20s' tidak sah", nama,
                   s);
        xml_henti(&k->x);
        return false;
    }
    *hasil = v;
    return true;
}

/* A bounded copy.  No number, date or type name is this long: a longer
 * value is replaced by one that fails as each of them, never cut to a
 * shorter valid one. */
static void salin_atribut(char *ke, size_t n, const char *nilai)
{
    size_t i = 0;
    for (; nilai && nilai[i] && i + 1 < n; i++)
        ke[i] = nilai[i];
    ke[i] = '\0';
    if (nilai && nilai[i] && n > 1) {
        /* "?" fails as a number, a date and a type name alike */
        ke[0] = '?';
        ke[1] = '\0';
    }
}

static void sel_mulai(ods_keadaan *k, const char **atr)
{
    baca *c = k->x.c;
    if (!ulang(k, atr, "number-columns-repeated", &k->ulang_kolom))
        return;
    k->dalam_sel = true;
    k->paragraf = 0;
    k->dalam_p = 0;
    c->ada_sel = k->kolom < BUKU_KOLOM_MAKS && k->baris < BUKU_BARIS_MAKS;
    c->baris = (uint32_t)k->baris;
    c->kolom = (uint32_t)k->kolom;
    salin_atribut(k->jenis, sizeof k->jenis,
                  xml_atribut(atr, NS_OFFICE, "value-type"));
    salin_atribut(k->jenis_calc, sizeof k->jenis_calc,
                  xml_atribut(atr, NS_CALCEXT, "value-type"));
    const char *v = xml_atribut(atr, NS_OFFICE, "value");
    k->ada_nilai = v != NULL;
    salin_atribut(k->nilai, sizeof k->nilai, v);
    salin_atribut(k->boolean, sizeof k->boolean,
                  xml_atribut(atr, NS_OFFICE, "boolean-value"));
    salin_atribut(k->tanggal, sizeof k->tanggal,
                  xml_atribut(atr, NS_OFFICE, "date-value"));
    salin_atribut(k->waktu, sizeof k->waktu,
                  xml_atribut(atr, NS_OFFICE, "time-value"));
    teks_kosongkan(&k->teks);
    teks_kosongkan(&k->string);
    teks_kosongkan(&k->rumus);
    const char *s = xml_atribut(atr, NS_OFFICE, "string-value");
    k->ada_string = s != NULL;
    if (s)
        teks_tambah(&k->string, s, strlen(s));
    const char *f = xml_atribut(atr, NS_TABLE, "formula");
    k->ada_rumus = f != NULL;
    if (f)
        teks_tambah(&k->rumus, f, strlen(f));
}

static bool simpan(ods_keadaan *k, const teks_penampung *t, const char **ke)
{
    *ke = buku_simpan_teks(k->x.c->buku, t->isi ? t->isi : "", t->panjang);
    return *ke != NULL;
}

/* The cell just closed: its value, then its repeat into the row. */
static bool sel_selesai(ods_keadaan *k)
{
    baca *c = k->x.c;
    buku_sel s = {0};
    const char *j = k->jenis;
    bool ada = true;
    if (!teks_sel_periksa(c, &k->teks, &k->string, &k->rumus))
        return false;

    if (strcmp(k->jenis_calc, "error") == 0) {
        s.jenis = BUKU_GALAT;
        if (!simpan(k, &k->teks, &s.teks))
            goto memori;
        s.panjang = k->teks.panjang;
    } else if (strcmp(j, "float") == 0 || strcmp(j, "percentage") == 0 ||
               strcmp(j, "currency") == 0) {
        s.jenis = BUKU_ANGKA;
        if (!k->ada_nilai || !angka_urai(k->nilai, &s.angka))
            return baca_gagal(c, BUKU_GALAT_ISI,
                              "office:value '%s' bukan angka", k->nilai);
    } else if (strcmp(j, "date") == 0) {
        s.jenis = BUKU_ANGKA;
        if (!angka_tanggal(k->tanggal, k->nol_tahun, k->nol_bulan, k->nol_hari,
                           &s.angka))
            return baca_gagal(c, BUKU_GALAT_ISI,
                              "office:date-value '%s' bukan tanggal",
                              k->tanggal);
    } else if (strcmp(j, "time") == 0) {
        s.jenis = BUKU_ANGKA;
        if (!angka_durasi(k->waktu, &s.angka))
            return baca_gagal(c, BUKU_GALAT_ISI,
                              "office:time-value '%s' bukan waktu", k->waktu);
    } else if (strcmp(j, "boolean") == 0) {
        s.jenis = BUKU_BOOLEAN;
        if (strcmp(k->boolean, "true") == 0 || strcmp(k->boolean, "1") == 0)
            s.angka = 1;
        else if (strcmp(k->boolean, "false") == 0 ||
                 strcmp(k->boolean, "0") == 0)
            s.angka = 0;
        else
            return baca_gagal(c, BUKU_GALAT_ISI,
                              "office:boolean-value '%s' tidak sah",
                              k->boolean);
    } else if (strcmp(j, "string") == 0 ||
               (j[0] == '\0' && k->paragraf > 0 && k->teks.panjang > 0)) {
        /* A cell with paragraphs and no value type is read as the text it
         * shows (not written by Calc, but by hand-made files). */
        const teks_penampung *t = k->ada_string ? &k->string : &k->teks;
        s.jenis = BUKU_TEKS;
        if (!simpan(k, t, &s.teks))
            goto memori;
        s.panjang = t->panjang;
    } else if (j[0] == '\0' || strcmp(j, "void") == 0) {
        /* ODF 1.2's "void" is no value, like no value type. */
        s.jenis = BUKU_KOSONG;
        ada = k->ada_rumus;
    } else {
        return baca_gagal(c, BUKU_GALAT_ISI,
                          "office:value-type '%s' tidak dikenal", j);
    }
    if (k->ada_rumus && !simpan(k, &k->rumus, &s.rumus))
        goto memori;

    if (ada) {
        if (k->kolom + k->ulang_kolom > BUKU_KOLOM_MAKS ||
            k->baris >= BUKU_BARIS_MAKS)
            return baca_gagal(c, BUKU_GALAT_ISI,
                              "sel berisi di luar lembar (kolom %llu, "
                              "baris %llu)",
                              (unsigned long long)k->kolom + k->ulang_kolom,
                              (unsigned long long)k->baris + 1);
        uint64_t sisa = c->batas.sel_maks - buku_jumlah_sel(c->buku);
        if (k->jumlah_sel + k->ulang_kolom > sisa)
            return baca_gagal(c, BUKU_GALAT_BATAS,
                              "sel diulang %llu kali "
                              "(table:number-columns-repeated): lebih dari "
                              "%llu sel dalam buku kerja (batas pembaca)",
                              (unsigned long long)k->ulang_kolom,
                              (unsigned long long)c->batas.sel_maks);
        buku_sel *b =
            larik_sediakan(k->sel, &k->kapasitas_sel,
                           k->jumlah_sel + k->ulang_kolom, sizeof *b, 64);
        if (b == NULL)
            goto memori;
        k->sel = b;
        for (uint64_t i = 0; i < k->ulang_kolom; i++) {
            s.kolom = (uint32_t)(k->kolom + i);
            k->sel[k->jumlah_sel++] = s;
        }
    }
    k->kolom += k->ulang_kolom;
    return true;
memori:
    return baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
}

/* The row just closed: its cells once per repeat. */
static bool baris_selesai(ods_keadaan *k)
{
    baca *c = k->x.c;
    if (k->jumlah_sel > 0) {
        c->ada_sel = true;
        c->baris = (uint32_t)k->baris;
        c->kolom = k->sel[0].kolom;
        if (k->baris + k->ulang_baris > BUKU_BARIS_MAKS)
            return baca_gagal(c, BUKU_GALAT_ISI,
                              "baris berisi diulang sampai di luar lembar "
                              "(baris %llu)",
                              (unsigned long long)(k->baris + k->ulang_baris));
        uint64_t sisa = c->batas.sel_maks - buku_jumlah_sel(c->buku);
        if (k->jumlah_sel > sisa / k->ulang_baris)
            return baca_gagal(c, BUKU_GALAT_BATAS,
                              "baris berisi %zu sel diulang %llu kali "
                              "(table:number-rows-repeated): lebih dari %llu "
                              "sel dalam buku kerja (batas pembaca)",
                              k->jumlah_sel, (unsigned long long)k->ulang_baris,
                              (unsigned long long)c->batas.sel_maks);
        for (uint64_t r = 0; r < k->ulang_baris; r++)
            for (size_t i = 0; i < k->jumlah_sel; i++) {
                buku_sel s = k->sel[i];
                s.baris = (uint32_t)(k->baris + r);
                if (!buku_tambah_sel(c, (size_t)k->lembar, &s))
                    return false;
            }
        c->ada_sel = false;
    }
    k->jumlah_sel = 0;
    k->baris += k->ulang_baris;
    return true;
}

static void tambah_spasi(ods_keadaan *k, const char **atr)
{
    const char *n = xml_atribut(atr, NS_TEXT, "c");
    uint64_t jumlah = 1;
    if (n != NULL) {
        jumlah = 0;
        for (; *n >= '0' && *n <= '9' && jumlah <= BUKU_TEKS_MAKS; n++)
            jumlah = jumlah * 10 + (uint64_t)(*n - '0');
    }
    /* Past the text limit one more space is enough to report it. */
    for (uint64_t i = 0; i < jumlah && !k->teks.lebih; i++)
        teks_tambah(&k->teks, " ", 1);
}

static void mulai(void *pengguna, const char *nama, const char **atr)
{
    ods_keadaan *k = pengguna;
    baca *c = k->x.c;
    if (k->lewati > 0) {
        k->lewati++;
        return;
    }
    if (k->dalam_sel) {
        /* Inside a cell only the text namespace is the cell's text. */
        const char *l = xml_lokal(nama);
        if (!xml_ns(nama, NS_TEXT) || strcmp(l, "note") == 0) {
            k->lewati = 1;
        } else if (strcmp(l, "p") == 0 || strcmp(l, "h") == 0) {
            if (k->dalam_p == 0 && k->paragraf++ > 0)
                teks_tambah(&k->teks, "\n", 1);
            k->dalam_p++;
        } else if (strcmp(l, "s") == 0) {
            tambah_spasi(k, atr);
        } else if (strcmp(l, "tab") == 0) {
            teks_tambah(&k->teks, "\t", 1);
        } else if (strcmp(l, "line-break") == 0) {
            teks_tambah(&k->teks, "\n", 1);
        }
        return;
    }
    if (tabel(nama, "null-date")) {
        const char *d = xml_atribut(atr, NS_TABLE, "date-value");
        double v;
        /* Only a valid date replaces the default null date. */
        if (d && angka_tanggal(d, 1899, 12, 30, &v) &&
            sscanf(d, "%4d-%2d-%2d", &k->nol_tahun, &k->nol_bulan,
                   &k->nol_hari) != 3) {
            k->nol_tahun = 1899, k->nol_bulan = 12, k->nol_hari = 30;
        }
    } else if (tabel(nama, "table")) {
        if (k->lembar >= 0) {
            /* a table inside a table outside a cell is not Calc's */
            k->lewati = 1;
            return;
        }
        if (buku_jumlah_lembar(c->buku) >= c->batas.lembar_maks) {
            baca_gagal(c, BUKU_GALAT_BATAS, "lebih dari %u lembar",
                       (unsigned)c->batas.lembar_maks);
            xml_henti(&k->x);
            return;
        }
        const char *n = xml_atribut(atr, NS_TABLE, "name");
        char cadangan[32];
        if (n == NULL) {
            snprintf(cadangan, sizeof cadangan, "Lembar%zu",
                     buku_jumlah_lembar(c->buku) + 1);
            n = cadangan;
        }
        k->lembar = buku_tambah_lembar(c->buku, n, strlen(n));
        if (k->lembar < 0) {
            gagal(k, BUKU_GALAT_MEMORI, "memori tidak cukup");
            return;
        }
        c->lembar = buku_nama_lembar(c->buku, (size_t)k->lembar);
        k->baris = 0;
    } else if (k->lembar < 0) {
        return;
    } else if (tabel(nama, "table-row")) {
        if (!ulang(k, atr, "number-rows-repeated", &k->ulang_baris))
            return;
        k->dalam_baris = true;
        k->kolom = 0;
        k->jumlah_sel = 0;
    } else if (k->dalam_baris && (tabel(nama, "table-cell") ||
                                  tabel(nama, "covered-table-cell"))) {
        sel_mulai(k, atr);
    } else if (tabel(nama, "shapes") || xml_ns(nama, NS_OFFICE)) {
        k->lewati = 1; /* drawings on the sheet, forms, ... */
    }
}

static void akhir(void *pengguna, const char *nama)
{
    ods_keadaan *k = pengguna;
    if (k->lewati > 0) {
        k->lewati--;
        return;
    }
    if (k->dalam_sel) {
        if (tabel(nama, "table-cell") || tabel(nama, "covered-table-cell")) {
            k->dalam_sel = false;
            if (!sel_selesai(k))
                xml_henti(&k->x);
            k->x.c->ada_sel = false;
        } else if (xml_ns(nama, NS_TEXT) &&
                   (strcmp(xml_lokal(nama), "p") == 0 ||
                    strcmp(xml_lokal(nama), "h") == 0)) {
            k->dalam_p--;
        }
        return;
    }
    if (k->lembar < 0)
        return;
    if (tabel(nama, "table-row") && k->dalam_baris) {
        k->dalam_baris = false;
        if (!baris_selesai(k))
            xml_henti(&k->x);
    } else if (tabel(nama, "table")) {
        k->lembar = -1;
        k->x.c->lembar = NULL;
    }
}

static void teks(void *pengguna, const char *s, int n)
{
    ods_keadaan *k = pengguna;
    if (k->dalam_sel && k->lewati == 0 && k->dalam_p > 0)
        teks_tambah(&k->teks, s, (size_t)n);
}

/* A password-protected ODF package is a zip like any other, but its
 * content.xml is encrypted: its manifest says so with
 * <manifest:encryption-data> (ODF 1.2 part 3, 4.8), and reading it would
 * only report broken XML. */
static bool terenkripsi(baca *c)
{
    const size_t maks = 65536;
    if (!arsip_ada(c->arsip, "META-INF/manifest.xml"))
        return false;
    char *manifes = malloc(maks);
    if (manifes == NULL)
        return false;
    /* too long to look at, or damaged: content.xml will tell */
    bool ya = arsip_baca_kecil(c, "META-INF/manifest.xml", manifes, maks) &&
              strstr(manifes, "encryption-data") != NULL;
    free(manifes);
    return ya;
}

bool ods_baca(baca *c)
{
    if (terenkripsi(c)) {
        c->bagian = "content.xml";
        return baca_gagal(c, BUKU_GALAT_ISI,
                          "dokumen berkata sandi (terenkripsi): simpan ulang "
                          "tanpa kata sandi");
    }
    if (baca_sudah_gagal(c))
        return false;
    static const xml_penangan h = {mulai, akhir, teks};
    ods_keadaan k = {
        .lembar = -1, .nol_tahun = 1899, .nol_bulan = 12, .nol_hari = 30};
    bool ok = xml_alirkan(c, "content.xml", &k.x, &h);
    c->lembar = NULL;
    teks_bebas(&k.teks);
    teks_bebas(&k.string);
    teks_bebas(&k.rumus);
    free(k.sel);
    if (ok && buku_jumlah_lembar(c->buku) == 0) {
        c->bagian = "content.xml";
        return baca_gagal(c, BUKU_GALAT_ISI,
                          "dokumen tanpa lembar (table:table)");
    }
    return ok;
}
