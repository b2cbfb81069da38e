/*
 * rencana_baca.c - building the plan model from its CSV files (rencana.h).
 *
 * Columns are found by their header name, not their position, so staff may
 * reorder them and leave optional ones out; header names are compared
 * ignoring case, spaces, `_`, `-` and `.` ("Pagu Murni" = "pagu_murni").
 * An unknown header is an error (a typo would otherwise silently drop a
 * column).  Every problem is collected, with its file, line and column;
 * nothing is built unless there are none.
 *
 * What each file's columns hold and how they are checked is declared in
 * rencana_kolom.c; one loop (baca_baris_semua) reads every file of rows by
 * those declarations, and identitas.csv's keys go through the same value
 * readers.  What a declaration cannot say is a step of its file: turning a
 * row into the model (terima_*), the quarters of an indicator, and, after
 * every file is read, the links by kode, duplicates (by sorting) and the
 * budget tree.
 */
#include <ctype.h>
#include <errno.h>
#include <sys/stat.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "batas.h"
#include "contoh.h"
#include "core/skala.h"
#include "gaya.h"
#include "rencana.h"
#include "rencana_kolom.h"

/* ---- names as staff write them ---------------------------------------- */

/* Lower-case ASCII with spaces, '_', '-' and '.' dropped. */
static void normal(const char *in, char *out, size_t n)
{
    size_t k = 0;
    for (; *in && k + 1 < n; in++) {
        unsigned char c = (unsigned char)*in;
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t')
            continue;
        out[k++] = (char)tolower(c);
    }
    out[k] = 0;
}

/* Compares a and b as normal() would write them, without a buffer that
 * could cut a long name short (two region names differing only past the
 * 127th character are different regions).  <0, 0, >0 like strcmp. */
static bool diabaikan(unsigned char c)
{
    return c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t';
}

static int banding_normal(const char *a, const char *b)
{
    for (;;) {
        while (diabaikan((unsigned char)*a))
            a++;
        while (diabaikan((unsigned char)*b))
            b++;
        int x = tolower((unsigned char)*a), y = tolower((unsigned char)*b);
        if (x != y || x == 0)
            return x - y;
        a++;
        b++;
    }
}

static bool sama_normal(const char *a, const char *b)
{
    return banding_normal(a, b) == 0;
}

/* ---- reading context ---------------------------------------------------- */

typedef struct konteks {
    galat_rencana *g;
    bool memori_habis;
} konteks;

/* A trimmed, owned copy of s ("" for NULL). */
static char *salin(konteks *k, const char *s)
{
    if (!s)
        s = "";
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    char *hasil = malloc(n + 1);
    if (!hasil) {
        k->memori_habis = true;
        return NULL;
    }
    memcpy(hasil, s, n);
    hasil[n] = 0;
    return hasil;
}

static bool kosong(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t')
            return false;
    return true;
}

/* ---- columns by header --------------------------------------------------- */

#define JUMLAH(a) (sizeof(a) / sizeof((a)[0]))

/* Maps each spec column to its field index (TIDAK_ADA if absent). */
static bool petakan(const csv_tabel *t, const kolom_rencana *spek, size_t n,
                    size_t *idx, galat_rencana *g)
{
    bool ok = true;
    const csv_baris *judul = &t->baris[0];
    for (size_t s = 0; s < n; s++)
        idx[s] = TIDAK_ADA;
    for (size_t k = 0; k < judul->jumlah; k++) {
        const char *h = judul->kolom[k];
        if (kosong(h))
            continue; /* a spreadsheet's trailing empty column */
        size_t s = 0;
        while (s < n && !sama_normal(h, spek[s].nama))
            s++;
        if (s == n) {
            char daftar[512] = "";
            for (size_t j = 0; j < n; j++) {
                strncat(daftar, spek[j].nama,
                        sizeof daftar - strlen(daftar) - 1);
                if (j + 1 < n)
                    strncat(daftar, ", ", sizeof daftar - strlen(daftar) - 1);
            }
            galat_tambah(g, t->nama, judul->nomor, k + 1,
                         "kolom '%s' tidak dikenal (kolom yang dikenal: %s)", h,
                         daftar);
            ok = false;
        } else if (idx[s] != TIDAK_ADA) {
            galat_tambah(g, t->nama, judul->nomor, k + 1,
                         "kolom '%s' muncul dua kali (pertama di kolom %zu)", h,
                         idx[s] + 1);
            ok = false;
        } else {
            idx[s] = k;
        }
    }
    for (size_t s = 0; s < n; s++)
        if (spek[s].judul_wajib && idx[s] == TIDAK_ADA) {
            galat_tambah(g, t->nama, judul->nomor, 0,
                         "kolom wajib '%s' tidak ada di baris judul",
                         spek[s].nama);
            ok = false;
        }
    return ok;
}

/* The field of column s in row b ("" if the column or the field is absent). */
static const char *sel(const csv_baris *b, const size_t *idx, size_t s)
{
    if (idx[s] == TIDAK_ADA || idx[s] >= b->jumlah)
        return "";
    return b->kolom[idx[s]];
}

static size_t kol(const size_t *idx, size_t s)
{
    return idx[s] == TIDAK_ADA ? 0 : idx[s] + 1;
}

/* A worksheet cell holds at most 32 767 characters: libxlsxwriter refuses
 * a longer string only when the workbook is written, so a plan with one
 * must be refused here, where the field's line and column are known. */
#define SEL_MAKS_KARAKTER 32767

/* Characters (code points) of valid UTF-8: the bytes that do not continue
 * a sequence. */
static size_t jumlah_karakter(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* How many bytes of s to quote in a message: at most `maks`, never half a
 * UTF-8 character. */
static int kutipan(const char *s, size_t maks)
{
    size_t n = strnlen(s, maks + 1);
    if (n <= maks)
        return (int)n;
    n = maks;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return (int)n;
}

/* A row's shape: fields beyond the header are an error unless empty
 * (spreadsheets export trailing empty columns), and no field is longer than
 * a cell holds.  A field is quoted only in part: it may be megabytes. */
static bool periksa_baris(const csv_tabel *t, const csv_baris *b,
                          galat_rencana *g)
{
    size_t lebar = t->baris[0].jumlah;
    /* a column without a header is skipped as a spreadsheet's empty
     * trailing column only while it is empty: data under it would
     * otherwise vanish without a word */
    for (size_t k = 0; k < lebar && k < b->jumlah; k++)
        if (kosong(t->baris[0].kolom[k]) && !kosong(b->kolom[k])) {
            galat_tambah(g, t->nama, b->nomor, k + 1,
                         "isian '%.*s' ada di kolom %zu yang judulnya kosong: "
                         "tulis judul kolom itu di baris %zu atau kosongkan "
                         "isiannya",
                         kutipan(b->kolom[k], 60), b->kolom[k], k + 1,
                         t->baris[0].nomor);
            return false;
        }
    for (size_t k = lebar; k < b->jumlah; k++)
        if (!kosong(b->kolom[k])) {
            galat_tambah(g, t->nama, b->nomor, k + 1,
                         "baris ini memuat %zu kolom, baris judul hanya %zu: "
                         "isian '%.*s' tidak punya judul",
                         b->jumlah, lebar, kutipan(b->kolom[k], 60),
                         b->kolom[k]);
            return false;
        }
    for (size_t k = 0; k < b->jumlah; k++) {
        /* no more characters than bytes: only a long field is counted */
        if (strlen(b->kolom[k]) <= SEL_MAKS_KARAKTER)
            continue;
        size_t n = jumlah_karakter(b->kolom[k]);
        if (n > SEL_MAKS_KARAKTER) {
            /* named by its column's header, as every other message is */
            galat_tambah(g, t->nama, b->nomor, k + 1,
                         "%s '%.*s...' memuat %zu karakter; satu sel "
                         "lembar kerja memuat paling banyak 32.767",
                         k < lebar ? t->baris[0].kolom[k] : "isian",
                         kutipan(b->kolom[k], 30), b->kolom[k], n);
            return false;
        }
    }
    return true;
}

/* Text the workbooks show with something in front of it in the same cell
 * ("1.2 " before an indicator, "Sasaran: ", a kode before its uraian, ": "
 * before a name): the field and that prefix together must fit a cell, so
 * the field may hold `cadangan` characters fewer than SEL_MAKS_KARAKTER.
 * `depan` says what stands in front, for the message. */
static bool batas_bersama(galat_rencana *g, const char *berkas, size_t baris,
                          size_t kolom, const char *nama, const char *isi,
                          size_t cadangan, const char *depan)
{
    /* no more characters than bytes: only a long field is counted */
    if (strlen(isi) + cadangan <= SEL_MAKS_KARAKTER)
        return true;
    size_t n = jumlah_karakter(isi);
    if (n + cadangan <= SEL_MAKS_KARAKTER)
        return true;
    galat_tambah(g, berkas, baris, kolom,
                 "%s '%.*s...' memuat %zu karakter; buku kerja menulisnya "
                 "bersama %s di satu sel, yang memuat paling banyak 32.767: "
                 "%s paling banyak %zu karakter",
                 nama, kutipan(isi, 30), isi, n, depan, nama,
                 SEL_MAKS_KARAKTER - cadangan);
    return false;
}

static bool baris_kosong(const csv_baris *b)
{
    for (size_t k = 0; k < b->jumlah; k++)
        if (!kosong(b->kolom[k]))
            return false;
    return true;
}

/* ---- kode index ------------------------------------------------------------
 */

typedef enum kode_asal { ASAL_KELOMPOK, ASAL_INDIKATOR, ASAL_SIMPUL } kode_asal;

typedef struct kode_entri {
    const char *kode;
    kode_asal asal;
    size_t indeks;
    const char *berkas;
    size_t baris;
    size_t urutan; /* order of appearance, for a stable sort */
} kode_entri;

static int banding_kode(const void *a, const void *b)
{
    const kode_entri *x = a, *y = b;
    int c = strcmp(x->kode, y->kode);
    if (c)
        return c;
    return x->urutan < y->urutan ? -1 : x->urutan > y->urutan;
}

static const kode_entri *cari_kode(const kode_entri *e, size_t n,
                                   const char *kode)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(e[mid].kode, kode);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && strcmp(e[lo].kode, kode) == 0 ? &e[lo] : NULL;
}

/* The kind of row an entry is, one bit each in what a kode column may
 * name (aturan_tautan). */
enum {
    JB_TUJUAN,
    JB_SASARAN,
    JB_LAINNYA,
    JB_INDIKATOR,
    JB_PROGRAM,
    JB_KEGIATAN,
    JB_SUB_KEGIATAN
};

static int jenis_baris(const rencana *r, const kode_entri *e)
{
    switch (e->asal) {
    case ASAL_KELOMPOK:
        return JB_TUJUAN + (int)r->kelompok[e->indeks].jenis;
    case ASAL_INDIKATOR:
        break;
    case ASAL_SIMPUL:
        return JB_PROGRAM + (int)r->simpul[e->indeks].tingkat - 1;
    }
    return JB_INDIKATOR;
}

static const char *nama_asal(const rencana *r, const kode_entri *e)
{
    static const char *const nama[] = {[JB_TUJUAN] = "tujuan",
                                       [JB_SASARAN] = "sasaran",
                                       [JB_LAINNYA] = "kinerja lainnya",
                                       [JB_INDIKATOR] = "indikator",
                                       [JB_PROGRAM] = "program",
                                       [JB_KEGIATAN] = "kegiatan",
                                       [JB_SUB_KEGIATAN] = "sub kegiatan"};
    return nama[jenis_baris(r, e)];
}

/* ---- values, by the kind a column declares (rencana_kolom.h) ------------ */

static bool nip_sah(const char *s)
{
    size_t digit = 0;
    for (; *s; s++) {
        if (isdigit((unsigned char)*s))
            digit++;
        else if (*s != ' ')
            return false;
    }
    return digit == 18;
}

/* A four-digit year, 1900-9999, or 0. */
static int baca_tahun(const char *s)
{
    char *akhir;
    long v = strtol(s, &akhir, 10);
    while (*akhir == ' ')
        akhir++;
    return *akhir || v < 1900 || v > 9999 ? 0 : (int)v;
}

/* Where one value stands, for messages. */
typedef struct letak_sel {
    const csv_tabel *t;
    size_t baris, kolom;
} letak_sel;

static bool baca_skala(konteks *k, const letak_sel *l, const char *isi,
                       char **hasil)
{
    /* preset names contain '_' (IP_ASN): compare normalised */
    size_t np = 0;
    const struct skala *semua = skala_preset_semua(&np);
    for (size_t j = 0; j < np; j++)
        if (semua[j].nama && sama_normal(semua[j].nama, isi)) {
            *hasil = salin(k, semua[j].nama);
            return true;
        }
    char daftar[256] = "";
    for (size_t j = 0; j < np && semua[j].nama; j++) {
        strncat(daftar, semua[j].nama, sizeof daftar - strlen(daftar) - 1);
        if (j + 1 < np)
            strncat(daftar, ", ", sizeof daftar - strlen(daftar) - 1);
    }
    galat_tambah(k->g, l->t->nama, l->baris, l->kolom,
                 "skala '%s' tidak dikenal (skala: %s)", isi, daftar);
    return false;
}

/* Reads the non-empty text `isi` of column c into its place in `rekaman`.
 * KOLOM_TINGKAT is read by the loop itself (it decides the row's kind). */
static bool baca_nilai(konteks *k, const letak_sel *l, const kolom_rencana *c,
                       const char *isi, void *rekaman)
{
    void *p = (char *)rekaman + c->letak;
    const char *nama = c->nama, *berkas = l->t->nama;
    notasi nt = l->t->notasi;
    angka_hasil h = ANGKA_OK;
    switch (c->jenis) {
    case KOLOM_TEKS:
        *(char **)p = salin(k, isi);
        return true;
    case KOLOM_NIP:
        if (!nip_sah(isi)) {
            galat_tambah(k->g, berkas, l->baris, l->kolom,
                         "NIP '%s' harus 18 angka (spasi boleh)%s", isi,
                         strpbrk(isi, "Ee") ? ": lembar kerja membacanya "
                                              "sebagai angka; format kolom "
                                              "sebagai Teks"
                                            : "");
            return false;
        }
        *(char **)p = salin(k, isi);
        return true;
    case KOLOM_TEKS_FORMAT: {
        size_t bita = strlen(isi);
        if (bita > GAYA_AKHIRAN_MAKS_BITA) {
            galat_tambah(k->g, berkas, l->baris, l->kolom,
                         "%s '%.*s...' terlalu panjang (%zu bita): %s "
                         "ditampilkan di format angka sel, yang memuat paling "
                         "banyak %d bita (%d huruf biasa; huruf beraksen 2 "
                         "bita)",
                         nama, kutipan(isi, 30), isi, bita, nama,
                         GAYA_AKHIRAN_MAKS_BITA, GAYA_AKHIRAN_MAKS_BITA);
            return false;
        }
        if (strchr(isi, '"')) {
            galat_tambah(k->g, berkas, l->baris, l->kolom,
                         "%s '%s' memuat tanda kutip ganda (\"), yang tidak "
                         "dapat ditampilkan di format angka",
                         nama, isi);
            return false;
        }
        *(char **)p = salin(k, isi);
        return true;
    }
    case KOLOM_KODE:
        *(kode_tautan *)p = (kode_tautan){salin(k, isi), l->baris, l->kolom};
        return true;
    case KOLOM_ANGKA: {
        isian_angka *a = p;
        h = angka_baca(isi, nt, &a->nilai, &a->desimal);
        if (h == ANGKA_OK && a->nilai < 0) {
            galat_tambah(k->g, berkas, l->baris, l->kolom,
                         "%s '%s' negatif: tidak ada target atau realisasi "
                         "kinerja di bawah nol",
                         nama, isi);
            return false;
        }
        a->ada = h == ANGKA_OK;
        break;
    }
    case KOLOM_RUPIAH: {
        isian_rupiah *a = p;
        h = rupiah_baca(isi, nt, &a->nilai);
        if (h == ANGKA_OK && a->nilai < 0) {
            galat_tambah(k->g, berkas, l->baris, l->kolom,
                         "%s '%s' negatif: rupiah tidak boleh di bawah nol",
                         nama, isi);
            return false;
        }
        a->ada = h == ANGKA_OK;
        break;
    }
    case KOLOM_TAHUN:
        *(int *)p = baca_tahun(isi);
        if (*(int *)p)
            return true;
        galat_tambah(k->g, berkas, l->baris, l->kolom,
                     "%s '%s' harus angka tahun empat digit, mis. 2024", nama,
                     isi);
        return false;
    case KOLOM_TANGGAL: {
        isian_tanggal *d = p;
        d->ada = tanggal_baca(isi, nt, &d->nilai);
        if (!d->ada)
            galat_tambah(k->g, berkas, l->baris, l->kolom,
                         "tanggal '%s' tidak dikenali: tulis 2024-09-23 atau "
                         "23 September 2024%s",
                         isi, nt == NOTASI_INDONESIA ? " atau 23/09/2024" : "");
        return d->ada;
    }
    case KOLOM_ARAH: {
        char buf[32];
        /* a longer value was cut to fit buf: never a known name, whatever
         * its first characters say */
        while (*isi == ' ' || *isi == '\t')
            isi++;
        size_t n = strlen(isi);
        while (n && (isi[n - 1] == ' ' || isi[n - 1] == '\t'))
            n--;
        if (n < sizeof buf) {
            memcpy(buf, isi, n);
            buf[n] = 0;
            if (capaian_rumus_dari_nama(buf, p) == KINERJA_OK)
                return true;
        }
        galat_tambah(k->g, berkas, l->baris, l->kolom,
                     "arah '%s' tidak dikenal: tulis NAIK (makin tinggi makin "
                     "baik, rumus 1) atau TURUN (makin rendah makin baik, "
                     "rumus 2)",
                     isi);
        return false;
    }
    case KOLOM_SKALA:
        return baca_skala(k, l, isi, p);
    case KOLOM_REKAP: {
        isian_rekap *r = p;
        char buf[32];
        normal(isi, buf, sizeof buf);
        r->ada = true;
        if (strlen(isi) < sizeof buf &&
            (!strcmp(buf, "jumlah") || !strcmp(buf, "1")))
            r->jenis = TRIWULAN_JUMLAH;
        else if (strlen(isi) < sizeof buf &&
                 (!strcmp(buf, "akhir") || !strcmp(buf, "2")))
            r->jenis = TRIWULAN_AKHIR;
        else {
            r->ada = false;
            galat_tambah(k->g, berkas, l->baris, l->kolom,
                         "rekap '%s' tidak dikenal: tulis JUMLAH (realisasi "
                         "tahunan = jumlah triwulan) atau AKHIR (= triwulan "
                         "terakhir yang terisi)",
                         isi);
        }
        return r->ada;
    }
    case KOLOM_TINGKAT:
    case KOLOM_CATATAN:
        return true;
    }
    if (h != ANGKA_OK) {
        galat_tambah(k->g, berkas, l->baris, l->kolom, "%s '%s' %s", nama, isi,
                     angka_hasil_teks(h, nt));
        return false;
    }
    return true;
}

/* Text the model keeps as "" when a row leaves it empty. */
static bool jenis_teks(kolom_jenis j)
{
    return j == KOLOM_TEKS || j == KOLOM_TEKS_FORMAT || j == KOLOM_NIP ||
           j == KOLOM_SKALA;
}

/* After a column's value is read: the room the workbooks leave for it
 * (the text and what they write in front of it fit one cell), and "" for
 * text left empty.  `lain` is the text of column c->cadangan_kolom. */
static bool lengkapi(konteks *k, const letak_sel *l, const kolom_rencana *c,
                     const char *isi, const char *lain, void *rekaman)
{
    void *p = (char *)rekaman + c->letak;
    if (jenis_teks(c->jenis) && !*(char **)p)
        *(char **)p = salin(k, "");
    if (c->jenis == KOLOM_KODE && !((kode_tautan *)p)->kode)
        *(kode_tautan *)p = (kode_tautan){salin(k, ""), l->baris, l->kolom};
    size_t cadangan = c->cadangan;
    if (c->cadangan_kolom != KOLOM_TANPA)
        cadangan += jumlah_karakter(lain) + 1;
    return !cadangan || batas_bersama(k->g, l->t->nama, l->baris, l->kolom,
                                      c->nama, isi, cadangan, c->depan);
}

/* ---- one loop for every file of rows --------------------------------------
 */

typedef struct bacaan {
    rencana *r;
    kode_tautan *induk_kelompok;  /* per kelompok */
    kode_tautan *induk_indikator; /* per indikator */
    kode_tautan *induk_simpul;    /* per simpul */
    kode_tautan *sasaran_simpul;  /* per simpul */
    kode_tautan *renstra_indikator;
    kode_tautan *pembanding_indikator;
    const csv_tabel *kinerja, *anggaran, *renstra, *pembanding;
    size_t kolom_tahun_renstra; /* for messages about the years */
    size_t kolom_lama[3];       /* ... and about earlier indicators: uraian,
                                   sasaran, satuan */
    /* a file declared outside the plan (berkas_rencana_baca) */
    berkas_terima luar;
    void *luar_ctx;
    size_t luar_kolom;
} bacaan;

static void *tumbuh(konteks *k, void *p, size_t n, size_t ukuran)
{
    void *baru = realloc(p, (n ? n : 1) * ukuran);
    if (!baru)
        k->memori_habis = true;
    return baru;
}

/* What a file's rows become: the arrays made ready for `n` rows, and one
 * read row moved into the model (`ok`: every value of it read cleanly). */
typedef struct langkah_berkas {
    size_t ukuran; /* of the file's record */
    void (*siapkan)(konteks *k, bacaan *bc, size_t n);
    void (*terima)(konteks *k, bacaan *bc, const letak_sel *l,
                   const size_t *idx, void *rekaman, bool ok);
} langkah_berkas;

/* The tingkat of row b, or -1 (reported). */
static int baca_tingkat(konteks *k, const berkas_rencana *d, const letak_sel *l,
                        const char *isi)
{
    for (size_t i = 0; i < d->jumlah_tingkat; i++)
        if (sama_normal(isi, d->tingkat[i].nama) ||
            (d->tingkat[i].nama_lain &&
             sama_normal(isi, d->tingkat[i].nama_lain)))
            return (int)i;
    char daftar[128] = "";
    for (size_t i = 0; i < d->jumlah_tingkat; i++) {
        strncat(daftar, d->tingkat[i].nama, sizeof daftar - strlen(daftar) - 1);
        strncat(daftar,
                i + 2 < d->jumlah_tingkat    ? ", "
                : i + 2 == d->jumlah_tingkat ? " atau "
                                             : "",
                sizeof daftar - strlen(daftar) - 1);
    }
    if (kosong(isi))
        galat_tambah(k->g, l->t->nama, l->baris, l->kolom,
                     "tingkat kosong: tulis %s", daftar);
    else
        galat_tambah(k->g, l->t->nama, l->baris, l->kolom,
                     "tingkat '%s' tidak dikenal: tulis %s", isi, daftar);
    return -1;
}

/* Reads every row of t, a file declared by d, through the file's steps. */
static void baca_baris_semua(konteks *k, const csv_tabel *t,
                             const berkas_rencana *d, const langkah_berkas *lk,
                             bacaan *bc)
{
    size_t idx[KOLOM_MAKS];
    if (!petakan(t, d->kolom, d->jumlah_kolom, idx, k->g))
        return;
    lk->siapkan(k, bc, t->jumlah);
    void *rekaman = malloc(lk->ukuran);
    if (!rekaman)
        k->memori_habis = true;
    if (k->memori_habis) {
        free(rekaman);
        return;
    }
    for (size_t i = 1; i < t->jumlah && !k->memori_habis; i++) {
        const csv_baris *b = &t->baris[i];
        if (baris_kosong(b) || !periksa_baris(t, b, k->g))
            continue;
        memset(rekaman, 0, lk->ukuran);
        int tingkat = 0;
        bool ok = true;
        for (size_t s = 0; s < d->jumlah_kolom; s++) {
            const kolom_rencana *c = &d->kolom[s];
            letak_sel l = {t, b->nomor, kol(idx, s)};
            if (c->jenis != KOLOM_TINGKAT)
                continue;
            tingkat = baca_tingkat(k, d, &l, sel(b, idx, s));
            *(int *)((char *)rekaman + c->letak) = tingkat;
        }
        if (tingkat < 0)
            continue;
        const tingkat_rencana *tk = d->tingkat ? &d->tingkat[tingkat] : NULL;
        unsigned bit = TINGKAT_BIT(tingkat);
        for (size_t s = 0; s < d->jumlah_kolom; s++) {
            const kolom_rencana *c = &d->kolom[s];
            const char *isi = sel(b, idx, s);
            letak_sel l = {t, b->nomor, kol(idx, s)};
            if (c->jenis == KOLOM_TINGKAT || c->jenis == KOLOM_CATATAN)
                continue;
            if (kosong(isi)) {
                if (c->wajib & bit) {
                    if (tk && tk->petunjuk_induk && c->jenis == KOLOM_KODE)
                        galat_tambah(k->g, t->nama, b->nomor, l.kolom,
                                     "%s tanpa %s: %s", tk->nama, c->nama,
                                     tk->petunjuk_induk);
                    else
                        galat_tambah(k->g, t->nama, b->nomor, l.kolom,
                                     "%s kosong, padahal wajib diisi", c->nama);
                    ok = false;
                }
            } else if (!(c->boleh & bit)) {
                if (c->pesan_tak_boleh)
                    galat_tambah(k->g, t->nama, b->nomor, l.kolom, "%s",
                                 c->pesan_tak_boleh);
                else
                    galat_tambah(k->g, t->nama, b->nomor, l.kolom,
                                 "%s diisi pada baris %s: %s", c->nama,
                                 tk ? tk->nama : "ini", d->alasan_tak_boleh);
                ok = false;
                continue;
            } else
                ok &= baca_nilai(k, &l, c, isi, rekaman);
            if (c->boleh & bit)
                ok &= lengkapi(k, &l, c, isi,
                               c->cadangan_kolom == KOLOM_TANPA
                                   ? ""
                                   : sel(b, idx, c->cadangan_kolom),
                               rekaman);
        }
        lk->terima(k, bc, &(letak_sel){t, b->nomor, 0}, idx, rekaman, ok);
    }
    free(rekaman);
}

/* ---- identitas.csv: one key per row ---------------------------------------
 */

static void baca_identitas(konteks *k, const csv_tabel *t, identitas *id)
{
    static const kolom_rencana spek[] = {
        {"kunci", KOLOM_TEKS, true, 0, 0, NULL, 0, 0, KOLOM_TANPA, NULL, NULL},
        {"nilai", KOLOM_TEKS, true, 0, 0, NULL, 0, 0, KOLOM_TANPA, NULL, NULL},
        {"catatan", KOLOM_CATATAN, false, 0, 0, NULL, 0, 0, KOLOM_TANPA, NULL,
         NULL}};
    const berkas_rencana *d = &berkas_rencana_semua[BERKAS_IDENTITAS];
    size_t idx[JUMLAH(spek)];
    if (!petakan(t, spek, JUMLAH(spek), idx, k->g))
        return;

    const char **nilai = calloc(d->jumlah_kolom, sizeof *nilai);
    size_t *baris = calloc(d->jumlah_kolom, sizeof *baris);
    if (!nilai || !baris) {
        free(nilai);
        free(baris);
        k->memori_habis = true;
        return;
    }
    for (size_t i = 1; i < t->jumlah; i++) {
        const csv_baris *b = &t->baris[i];
        if (baris_kosong(b) || !periksa_baris(t, b, k->g))
            continue;
        const char *kunci = sel(b, idx, 0);
        if (kosong(kunci)) {
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, 0),
                         "kunci kosong (nilai '%s' tanpa nama)",
                         sel(b, idx, 1));
            continue;
        }
        size_t s = 0;
        while (s < d->jumlah_kolom && !sama_normal(kunci, d->kolom[s].nama))
            s++;
        if (s == d->jumlah_kolom)
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, 0),
                         "kunci '%s' tidak dikenal (lihat README: format "
                         "identitas.csv)",
                         kunci);
        else if (nilai[s])
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, 0),
                         "kunci '%s' sudah diisi di baris %zu", kunci,
                         baris[s]);
        else {
            nilai[s] = sel(b, idx, 1);
            baris[s] = b->nomor;
        }
    }

    isian_identitas rek;
    memset(&rek, 0, sizeof rek);
    size_t kn = kol(idx, 1);
    for (size_t s = 0; s < d->jumlah_kolom; s++) {
        const kolom_rencana *c = &d->kolom[s];
        const char *isi = nilai[s] ? nilai[s] : "";
        letak_sel l = {t, baris[s], kn};
        if (!kosong(isi))
            baca_nilai(k, &l, c, isi, &rek);
        else if (c->wajib && nilai[s])
            galat_tambah(k->g, t->nama, baris[s], kn,
                         "nilai '%s' kosong, padahal wajib diisi", c->nama);
        else if (c->wajib)
            galat_tambah(k->g, t->nama, 0, 0, "kunci wajib '%s' tidak ada",
                         c->nama);
        lengkapi(k, &l, c, isi, "", &rek);
    }
    /* a title joins "PERANGKAT DAERAH : " (19 characters), singkatan or
     * instansi, a space and kabupaten in one cell */
    {
        size_t n_inst = jumlah_karakter(rek.id.instansi),
               n_sing = jumlah_karakter(rek.id.singkatan),
               n_kab = jumlah_karakter(rek.id.kabupaten);
        size_t n_nama = n_inst > n_sing ? n_inst : n_sing;
        if (n_nama + n_kab + 20 > SEL_MAKS_KARAKTER)
            galat_tambah(k->g, t->nama, baris[n_kab > n_nama ? 2 : 0], kn,
                         "instansi (atau singkatan) dan kabupaten bersama "
                         "memuat %zu karakter; judul buku kerja menulis "
                         "keduanya di satu sel, yang memuat paling banyak "
                         "32.767: bersama paling banyak %d karakter",
                         n_nama + n_kab, SEL_MAKS_KARAKTER - 20);
    }
    free(nilai);
    free(baris);

    *id = rek.id;
    id->ada_tanggal_pk = rek.tanggal_pk.ada;
    id->tanggal_pk = rek.tanggal_pk.nilai;
    id->ada_tanggal_pk_perubahan = rek.tanggal_pk_perubahan.ada;
    id->tanggal_pk_perubahan = rek.tanggal_pk_perubahan.nilai;
    /* The original PK's signatories default to the current ones as a whole:
     * mixing one person's name with another's NIP would be worse. */
    penandatangan *m = &rek.kepala_murni, *ma = &rek.atasan_murni;
    if (k->memori_habis)
        return;
    if (*m->nama || *m->jabatan || *m->pangkat || *m->nip)
        id->kepala_murni = *m;
    else {
        id->kepala_murni = (penandatangan){
            salin(k, id->kepala.nama), salin(k, id->kepala.jabatan),
            salin(k, id->kepala.pangkat), salin(k, id->kepala.nip)};
        free(m->nama);
        free(m->jabatan);
        free(m->pangkat);
        free(m->nip);
    }
    free(ma->pangkat);
    free(ma->nip);
    if (*ma->nama || *ma->jabatan)
        id->atasan_murni =
            (penandatangan){ma->nama, ma->jabatan, salin(k, ""), salin(k, "")};
    else {
        id->atasan_murni = (penandatangan){
            salin(k, id->atasan.nama), salin(k, id->atasan.jabatan),
            salin(k, id->atasan.pangkat), salin(k, id->atasan.nip)};
        free(ma->nama);
        free(ma->jabatan);
    }
    static const char *const awalan[2] = {"APBD", "P APBD"};
    char **ket[2] = {&id->keterangan_pk, &id->keterangan_pk_perubahan};
    for (int j = 0; j < 2; j++)
        if (*ket[j] && !**ket[j]) {
            char bawaan[64];
            snprintf(bawaan, sizeof bawaan, "%s %d", awalan[j], id->tahun);
            free(*ket[j]);
            *ket[j] = salin(k, bawaan);
        }
}

/* ---- kinerja.csv -----------------------------------------------------------
 */

static void siapkan_kinerja(konteks *k, bacaan *bc, size_t n)
{
    rencana *r = bc->r;
    r->kelompok = tumbuh(k, NULL, n, sizeof *r->kelompok);
    r->indikator = tumbuh(k, NULL, n, sizeof *r->indikator);
    bc->induk_kelompok = tumbuh(k, NULL, n, sizeof(kode_tautan));
    bc->induk_indikator = tumbuh(k, NULL, n, sizeof(kode_tautan));
}

/* The column of kinerja.csv named `nama`, for a message. */
static size_t kol_nama(const size_t *idx, const char *nama)
{
    const berkas_rencana *bk = &berkas_rencana_semua[BERKAS_KINERJA];
    return kol(idx, (size_t)(berkas_rencana_kolom(bk, nama) - bk->kolom));
}

/*
 * Quarterly realisasi: `rekap` names how the year follows from the
 * quarters (JUMLAH for flows, AKHIR for levels, indices and percentages;
 * core triwulan.h).  The year's realisasi is then computed, so it must not
 * also be typed: two figures for one thing would sooner or later disagree.
 */
static bool triwulan(konteks *k, const letak_sel *l, const size_t *idx,
                     const isian_kinerja *rek, indikator *d, bool ok)
{
    bool ada_tw = false;
    for (int q = 0; q < 4; q++)
        ada_tw |= d->tw[q].ada || d->target_tw[q].ada;
    d->triwulan = rek->rekap.ada;
    d->rekap = rek->rekap.jenis;
    if (!d->triwulan && ada_tw) {
        galat_tambah(k->g, l->t->nama, l->baris, kol_nama(idx, "rekap"),
                     "triwulan diisi tetapi rekap kosong: tulis JUMLAH atau "
                     "AKHIR (tw1-tw4 dan target_tw1-target_tw4 perlu rekap)");
        return false;
    }
    if (d->triwulan && d->realisasi.ada) {
        galat_tambah(k->g, l->t->nama, l->baris, kol_nama(idx, "realisasi"),
                     "realisasi diisi bersama rekap triwulan: kosongkan "
                     "realisasi, nilainya dihitung dari tw1-tw4");
        return false;
    }
    if (ok && d->triwulan && ada_tw) {
        double nilai[4];
        bool terisi[4];
        int desimal = 0;
        for (int q = 0; q < 4; q++) {
            nilai[q] = d->tw[q].nilai;
            terisi[q] = d->tw[q].ada;
            if (d->tw[q].ada && d->tw[q].desimal > desimal)
                desimal = d->tw[q].desimal;
        }
        double v;
        if (triwulan_rekap(nilai, terisi, 4, d->rekap, &v) == KINERJA_OK) {
            d->realisasi.ada = true;
            d->realisasi.nilai = v;
            d->realisasi.desimal = desimal;
        }
    }
    return ok;
}

static void terima_kinerja(konteks *k, bacaan *bc, const letak_sel *l,
                           const size_t *idx, void *rekaman, bool ok)
{
    isian_kinerja *rek = rekaman;
    rencana *r = bc->r;
    if (rek->tingkat == KN_INDIKATOR) {
        indikator d = rek->d;
        d.baris = l->baris;
        if (!d.arah)
            d.arah = CAPAIAN_RUMUS_NAIK;
        triwulan(k, l, idx, rek, &d, ok);
        bc->induk_indikator[r->jumlah_indikator] = rek->induk;
        r->indikator[r->jumlah_indikator++] = d;
        return;
    }
    static const kelompok_jenis jenis[] = {[KN_TUJUAN] = KELOMPOK_TUJUAN,
                                           [KN_SASARAN] = KELOMPOK_SASARAN,
                                           [KN_LAINNYA] = KELOMPOK_LAINNYA};
    kelompok kl = {jenis[rek->tingkat], rek->d.kode, rek->d.uraian, TIDAK_ADA,
                   l->baris};
    bc->induk_kelompok[r->jumlah_kelompok] = rek->induk;
    r->kelompok[r->jumlah_kelompok++] = kl;
}

/* ---- anggaran.csv ----------------------------------------------------------
 */

static void siapkan_anggaran(konteks *k, bacaan *bc, size_t n)
{
    rencana *r = bc->r;
    r->simpul = tumbuh(k, NULL, n, sizeof *r->simpul);
    bc->induk_simpul = tumbuh(k, NULL, n, sizeof(kode_tautan));
    bc->sasaran_simpul = tumbuh(k, NULL, n, sizeof(kode_tautan));
}

static void terima_anggaran(konteks *k, bacaan *bc, const letak_sel *l,
                            const size_t *idx, void *rekaman, bool ok)
{
    (void)ok;
    isian_anggaran *rek = rekaman;
    rencana *r = bc->r;
    simpul s = rek->s;
    const isian_angka *u = &s.urutan_pk;
    if (u->ada && (u->nilai < 1 || u->nilai != floor(u->nilai))) {
        const berkas_rencana *d = &berkas_rencana_semua[BERKAS_ANGGARAN];
        galat_tambah(
            k->g, l->t->nama, l->baris,
            kol(idx, (size_t)(berkas_rencana_kolom(d, "urutan_pk") - d->kolom)),
            "urutan_pk '%g' harus bilangan bulat 1 atau lebih: nomor program "
            "di Perjanjian Kinerja",
            u->nilai);
    }
    s.tingkat = (simpul_tingkat)(rek->tingkat + 1);
    s.baris = l->baris;
    s.induk = TIDAK_ADA;
    s.sasaran = TIDAK_ADA;
    bc->induk_simpul[r->jumlah_simpul] = rek->induk;
    bc->sasaran_simpul[r->jumlah_simpul] = rek->sasaran;
    r->simpul[r->jumlah_simpul++] = s;
}

/* ---- renstra.csv, pembanding.csv (Tabel 3.4) ------------------------------
 */

/* renstra.csv's columns that name an indicator of earlier years only */
static const char *const NAMA_TEKS_LAMA[3] = {"uraian", "sasaran", "satuan"};

static void siapkan_renstra(konteks *k, bacaan *bc, size_t n)
{
    bc->r->renstra = tumbuh(k, NULL, n, sizeof *bc->r->renstra);
    bc->renstra_indikator = tumbuh(k, NULL, n, sizeof(kode_tautan));
}

static void terima_renstra(konteks *k, bacaan *bc, const letak_sel *l,
                           const size_t *idx, void *rekaman, bool ok)
{
    (void)k, (void)ok;
    isian_renstra *rek = rekaman;
    bc->kolom_tahun_renstra = kol(idx, 1);
    const berkas_rencana *d = &berkas_rencana_semua[BERKAS_RENSTRA];
    for (size_t q = 0; q < 3; q++)
        bc->kolom_lama[q] =
            kol(idx, (size_t)(berkas_rencana_kolom(d, NAMA_TEKS_LAMA[q]) -
                              d->kolom));
    rencana *r = bc->r;
    rek->e.baris = l->baris;
    rek->e.indikator = TIDAK_ADA;
    rek->e.lama = TIDAK_ADA;
    bc->renstra_indikator[r->jumlah_renstra] = rek->indikator;
    r->renstra[r->jumlah_renstra++] = rek->e;
}

/* The Perbandingan sheet has a column group per year up to the plan's
 * (PERBANDINGAN_TAHUN_MAKS of them): a further year would be left out
 * without a word, so the row that brings it is refused. */
static void tahun_renstra(konteks *k, const csv_tabel *t, rencana *r,
                          size_t k_tahun)
{
    bool *dilihat = calloc(10000, sizeof *dilihat);
    if (!dilihat) {
        k->memori_habis = true;
        return;
    }
    size_t beda = 0;
    for (size_t i = 0; i < r->jumlah_renstra; i++) {
        int th = r->renstra[i].tahun;
        if (th < 1900 || th > 9999 || (r->id.tahun && th > r->id.tahun) ||
            dilihat[th])
            continue;
        dilihat[th] = true;
        if (++beda > PERBANDINGAN_TAHUN_MAKS) {
            galat_tambah(k->g, t->nama, r->renstra[i].baris, k_tahun,
                         "tahun %d adalah tahun ke-%zu yang berbeda; lembar "
                         "Perbandingan memuat paling banyak %d tahun",
                         th, beda, PERBANDINGAN_TAHUN_MAKS);
            break;
        }
    }
    free(dilihat);
}

static void siapkan_pembanding(konteks *k, bacaan *bc, size_t n)
{
    bc->r->pembanding = tumbuh(k, NULL, n, sizeof *bc->r->pembanding);
    bc->pembanding_indikator = tumbuh(k, NULL, n, sizeof(kode_tautan));
}

static void terima_pembanding(konteks *k, bacaan *bc, const letak_sel *l,
                              const size_t *idx, void *rekaman, bool ok)
{
    (void)ok;
    isian_pembanding *rek = rekaman;
    rencana *r = bc->r;
    rek->e.baris = l->baris;
    rek->e.indikator = TIDAK_ADA;
    /* the plan's own region: its realisasi is the plan's, only its
     * Keterangan is written here */
    rek->e.sendiri = rek->e.pemda && r->id.kabupaten &&
                     sama_normal(rek->e.pemda, r->id.kabupaten);
    if (rek->e.sendiri && rek->e.realisasi.ada)
        galat_tambah(k->g, l->t->nama, l->baris, kol(idx, 2),
                     "realisasi %s adalah realisasi rencana (kinerja.csv, "
                     "lembar Pengukuran Kinerja): kosongkan; baris daerah "
                     "sendiri hanya membawa keterangan",
                     rek->e.pemda);
    bc->pembanding_indikator[r->jumlah_pembanding] = rek->indikator;
    r->pembanding[r->jumlah_pembanding++] = rek->e;
}

static const langkah_berkas langkah[JUMLAH_BERKAS_RENCANA] = {
    [BERKAS_KINERJA] = {sizeof(isian_kinerja), siapkan_kinerja, terima_kinerja},
    [BERKAS_ANGGARAN] = {sizeof(isian_anggaran), siapkan_anggaran,
                         terima_anggaran},
    [BERKAS_RENSTRA] = {sizeof(isian_renstra), siapkan_renstra, terima_renstra},
    [BERKAS_PEMBANDING] = {sizeof(isian_pembanding), siapkan_pembanding,
                           terima_pembanding},
};

/* ---- a file declared elsewhere (berkas_rencana_baca) ------------------- */

static void siapkan_luar(konteks *k, bacaan *bc, size_t n)
{
    (void)k, (void)bc, (void)n;
}

static void terima_luar(konteks *k, bacaan *bc, const letak_sel *l,
                        const size_t *idx, void *rekaman, bool ok)
{
    (void)k;
    size_t kolom[KOLOM_MAKS];
    for (size_t s = 0; s < bc->luar_kolom; s++)
        kolom[s] = kol(idx, s);
    bc->luar(bc->luar_ctx, l->t, l->baris, kolom, rekaman, ok);
}

bool berkas_rencana_baca(const csv_tabel *t, const berkas_rencana *d,
                         size_t ukuran, berkas_terima terima, void *ctx,
                         galat_rencana *g)
{
    size_t awal = galat_hitung(g);
    konteks k = {g, false};
    bacaan bc = {
        .luar = terima, .luar_ctx = ctx, .luar_kolom = d->jumlah_kolom};
    langkah_berkas lk = {ukuran, siapkan_luar, terima_luar};
    baca_baris_semua(&k, t, d, &lk, &bc);
    if (k.memori_habis)
        galat_tambah(g, t->nama, 0, 0, "memori tidak cukup");
    return galat_hitung(g) == awal;
}

/* ---- duplicate rows, by sorting ----------------------------------------
 *
 * One row per indicator and year (renstra.csv), one per indicator and
 * region (pembanding.csv).  Sorting the rows by that key (file order
 * breaking ties) puts each repeat right after the first row of its key:
 * n log n, where comparing every row with every earlier one took minutes
 * for tens of thousands of rows.  Messages then go out in file order. */

typedef struct urutan_ganda {
    const rencana *r;
    size_t i; /* the row's index */
} urutan_ganda;

static int banding_renstra(const void *a, const void *b)
{
    const urutan_ganda *x = a, *y = b;
    const renstra_isian *p = &x->r->renstra[x->i], *q = &y->r->renstra[y->i];
    size_t kp = rencana_renstra_kunci(x->r, x->i),
           kq = rencana_renstra_kunci(y->r, y->i);
    if (kp != kq)
        return kp < kq ? -1 : 1;
    if (p->tahun != q->tahun)
        return p->tahun < q->tahun ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static int banding_pembanding(const void *a, const void *b)
{
    const urutan_ganda *x = a, *y = b;
    const pembanding_isian *p = &x->r->pembanding[x->i],
                           *q = &y->r->pembanding[y->i];
    if (p->indikator != q->indikator)
        return p->indikator < q->indikator ? -1 : 1;
    int c = banding_normal(p->pemda ? p->pemda : "", q->pemda ? q->pemda : "");
    if (c)
        return c;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* For each row that repeats an earlier one's key, that earlier row's index
 * (TIDAK_ADA for first rows and unlinked ones); NULL when memory ran out.
 * `sama` tells whether two sorted neighbours share the key. */
static size_t *cari_ganda(konteks *k, const rencana *r, size_t n,
                          bool (*tertaut)(const rencana *, size_t),
                          int (*banding)(const void *, const void *),
                          bool (*sama)(const rencana *, size_t, size_t))
{
    urutan_ganda *u = malloc((n ? n : 1) * sizeof *u);
    size_t *asal = malloc((n ? n : 1) * sizeof *asal);
    if (!u || !asal) {
        free(u);
        free(asal);
        k->memori_habis = true;
        return NULL;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        asal[i] = TIDAK_ADA;
        if (tertaut(r, i))
            u[m++] = (urutan_ganda){r, i};
    }
    qsort(u, m, sizeof *u, banding);
    size_t pertama = 0;
    for (size_t j = 1; j < m; j++) {
        if (sama(r, u[pertama].i, u[j].i))
            asal[u[j].i] = u[pertama].i;
        else
            pertama = j;
    }
    free(u);
    return asal;
}

static bool renstra_tertaut(const rencana *r, size_t i)
{
    return rencana_renstra_kunci(r, i) != TIDAK_ADA && r->renstra[i].tahun != 0;
}

static bool renstra_sama(const rencana *r, size_t a, size_t b)
{
    return rencana_renstra_kunci(r, a) == rencana_renstra_kunci(r, b) &&
           r->renstra[a].tahun == r->renstra[b].tahun;
}

static bool pembanding_tertaut(const rencana *r, size_t i)
{
    return r->pembanding[i].indikator != TIDAK_ADA && r->pembanding[i].pemda;
}

static bool pembanding_sama(const rencana *r, size_t a, size_t b)
{
    return r->pembanding[a].indikator == r->pembanding[b].indikator &&
           sama_normal(r->pembanding[a].pemda, r->pembanding[b].pemda);
}

static void ganda_renstra(konteks *k, bacaan *bc)
{
    rencana *r = bc->r;
    size_t *asal = cari_ganda(k, r, r->jumlah_renstra, renstra_tertaut,
                              banding_renstra, renstra_sama);
    for (size_t i = 0; asal && i < r->jumlah_renstra; i++)
        if (asal[i] != TIDAK_ADA)
            galat_tambah(k->g, bc->renstra->nama, r->renstra[i].baris, 0,
                         "indikator '%s' tahun %d sudah ada di baris %zu",
                         r->renstra[i].lama != TIDAK_ADA
                             ? r->indikator_lama[r->renstra[i].lama].kode
                             : bc->renstra_indikator[i].kode,
                         r->renstra[i].tahun, r->renstra[asal[i]].baris);
    free(asal);
}

static void ganda_pembanding(konteks *k, bacaan *bc)
{
    rencana *r = bc->r;
    size_t *asal = cari_ganda(k, r, r->jumlah_pembanding, pembanding_tertaut,
                              banding_pembanding, pembanding_sama);
    for (size_t i = 0; asal && i < r->jumlah_pembanding; i++)
        if (asal[i] != TIDAK_ADA)
            galat_tambah(k->g, bc->pembanding->nama, r->pembanding[i].baris, 0,
                         "pemda '%s' untuk indikator '%s' sudah ada di "
                         "baris %zu",
                         r->pembanding[i].pemda,
                         bc->pembanding_indikator[i].kode,
                         r->pembanding[asal[i]].baris);
    free(asal);
}

/* ---- indicators of earlier Renstra years only ---------------------------
 *
 * A renstra.csv row that names its indicator (uraian) speaks of one the
 * plan's year no longer has: its kode is no row of kinerja.csv or
 * anggaran.csv, and all its rows give the same texts.  Rows are grouped by
 * sorting on kode (file order breaking ties), and the groups numbered in
 * order of first appearance, the order the Perbandingan sheet shows. */

static int banding_baris(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

static const char *teks_atau_kosong(const char *s)
{
    return s ? s : "";
}

/* The column of the first of uraian, sasaran, satuan row e fills, or 0. */
static size_t kolom_teks_lama(const bacaan *bc, const renstra_isian *e)
{
    const char *teks[3] = {e->uraian, e->sasaran, e->satuan};
    for (size_t q = 0; q < 3; q++)
        if (!kosong(teks_atau_kosong(teks[q])))
            return bc->kolom_lama[q];
    return 0;
}

static void tautkan_lama(konteks *k, bacaan *bc, const kode_entri *e, size_t m)
{
    rencana *r = bc->r;
    size_t n = r->jumlah_renstra;
    kode_entri *u = malloc((n ? n : 1) * sizeof *u);
    size_t *pertama = malloc((n ? n : 1) * sizeof *pertama);
    if (!u || !pertama) {
        free(u);
        free(pertama);
        k->memori_habis = true;
        return;
    }
    size_t nu = 0;
    for (size_t i = 0; i < n; i++) {
        const renstra_isian *x = &r->renstra[i];
        const char *kode = bc->renstra_indikator[i].kode;
        size_t kolom = kolom_teks_lama(bc, x);
        if (!kode || !*kode || !kolom)
            continue;
        if (cari_kode(e, m, kode))
            galat_tambah(k->g, bc->renstra->nama, x->baris, kolom,
                         "indikator '%s' ada di rencana: uraian, sasaran dan "
                         "satuan hanya untuk indikator tahun-tahun sebelumnya "
                         "yang tidak ada di kinerja.csv (kosongkan)",
                         kode);
        else if (kosong(teks_atau_kosong(x->uraian)))
            galat_tambah(k->g, bc->renstra->nama, x->baris, bc->kolom_lama[0],
                         "uraian kosong: indikator '%s' tidak ada di "
                         "kinerja.csv, jadi tulis namanya di setiap barisnya",
                         kode);
        else
            u[nu++] = (kode_entri){kode, ASAL_INDIKATOR, i, NULL, 0, i};
    }
    qsort(u, nu, sizeof *u, banding_kode); /* by kode, then row */
    size_t nl = 0;
    for (size_t j = 0; j < nu; j++)
        if (j == 0 || strcmp(u[j].kode, u[j - 1].kode) != 0)
            pertama[nl++] = u[j].indeks;
    qsort(pertama, nl, sizeof *pertama, banding_baris);
    r->indikator_lama = tumbuh(k, NULL, nl, sizeof *r->indikator_lama);
    if (!r->indikator_lama) {
        free(u);
        free(pertama);
        return;
    }
    for (size_t j = 0; j < nl; j++) {
        size_t i = pertama[j];
        r->indikator_lama[j] =
            (indikator_lama){bc->renstra_indikator[i].kode, i};
        r->renstra[i].lama = j;
        bc->renstra_indikator[i].kode = NULL; /* now the lama's */
    }
    r->jumlah_indikator_lama = nl;
    /* the other rows of each kode: the same texts as its first */
    for (size_t j = 0, p = 0; j < nu; j++) {
        size_t i = u[j].indeks;
        if (r->renstra[i].lama != TIDAK_ADA) {
            p = i;
            continue;
        }
        const renstra_isian *a = &r->renstra[p];
        renstra_isian *x = &r->renstra[i];
        x->lama = a->lama;
        const char *const *nama = NAMA_TEKS_LAMA;
        const char *di_a[] = {a->uraian, a->sasaran, a->satuan};
        const char *di_x[] = {x->uraian, x->sasaran, x->satuan};
        for (size_t q = 0; q < 3; q++)
            if (strcmp(teks_atau_kosong(di_a[q]), teks_atau_kosong(di_x[q])))
                galat_tambah(k->g, bc->renstra->nama, x->baris, 0,
                             "%s indikator '%s' berbeda dengan baris %zu "
                             "('%s'): tulis sama di setiap baris",
                             nama[q], r->indikator_lama[a->lama].kode, a->baris,
                             teks_atau_kosong(di_a[q]));
        free(bc->renstra_indikator[i].kode);
        bc->renstra_indikator[i].kode = NULL;
    }
    free(u);
    free(pertama);
}

/* ---- links by kode
 * -------------------------------------------------------------- */

/* What a kode column may name from a row of one kind: kinds of row (bits
 * of JB_*; 0: the column links nothing there), and what to write instead
 * when it names something else. */
typedef struct aturan_tautan {
    unsigned boleh;
    const char *petunjuk;
} aturan_tautan;

#define JB(j) (1u << (j))

/* kinerja.csv induk, by the row's kelompok_jenis: a sasaran's tujuan */
static const aturan_tautan tautan_induk_kelompok[] = {
    [KELOMPOK_SASARAN] = {JB(JB_TUJUAN),
                          "induk sasaran harus tujuan (kode di kinerja.csv)"}};
/* kinerja.csv induk of an indicator: what it measures */
static const aturan_tautan tautan_induk_indikator[] = {
    {~0u & ~JB(JB_INDIKATOR),
     "indikator berinduk tujuan, sasaran, kinerja lainnya, program, kegiatan "
     "atau sub kegiatan (kode di kinerja.csv atau anggaran.csv)"}};
/* anggaran.csv induk and sasaran, by the row's simpul_tingkat */
static const aturan_tautan tautan_induk_simpul[] = {
    [TINGKAT_KEGIATAN] = {JB(JB_PROGRAM), "kegiatan harus berinduk program "
                                          "(kode di anggaran.csv)"},
    [TINGKAT_SUB_KEGIATAN] = {JB(JB_KEGIATAN),
                              "sub kegiatan harus berinduk kegiatan (kode di "
                              "anggaran.csv)"}};
static const aturan_tautan tautan_sasaran_simpul[] = {
    [TINGKAT_PROGRAM] = {JB(JB_SASARAN) | JB(JB_LAINNYA),
                         "kolom sasaran menunjuk sasaran atau kinerja "
                         "lainnya (kode di kinerja.csv)"}};
/* renstra.csv and pembanding.csv: an indicator */
static const aturan_tautan tautan_indikator[] = {
    {JB(JB_INDIKATOR),
     "kolom indikator menunjuk indikator (kode di kinerja.csv)"}};
static const aturan_tautan tautan_indikator_renstra[] = {
    {JB(JB_INDIKATOR),
     "kolom indikator menunjuk indikator (kode di kinerja.csv), atau tulis "
     "uraian untuk indikator tahun-tahun sebelumnya"}};

/* One kode column of one file: the links read (one per row), the model's
 * rows they belong to (`ukuran` bytes apart), where in a row its kind
 * stands (an enum; KOLOM_TANPA: one rule for all), where the index of the
 * row named goes, and for an indicator where its induk_jenis goes. */
typedef struct tautan_kolom {
    const kode_tautan *tautan;
    size_t jumlah;
    const char *berkas, *kolom;
    void *baris;
    size_t ukuran, letak_jenis, letak_indeks, letak_jenis_induk;
    const aturan_tautan *aturan;
    size_t jumlah_aturan;
} tautan_kolom;

/* Resolves every link of column t through the sorted kode index e. */
static void tautkan(konteks *k, const rencana *r, const kode_entri *e, size_t m,
                    const tautan_kolom *t)
{
    for (size_t i = 0; i < t->jumlah; i++) {
        const kode_tautan *rj = &t->tautan[i];
        if (!rj->kode || !*rj->kode)
            continue;
        char *baris = (char *)t->baris + i * t->ukuran;
        size_t jenis = t->letak_jenis == KOLOM_TANPA
                           ? 0
                           : (size_t) * (const int *)(baris + t->letak_jenis);
        if (jenis >= t->jumlah_aturan || !t->aturan[jenis].boleh)
            continue;
        const aturan_tautan *a = &t->aturan[jenis];
        const kode_entri *x = cari_kode(e, m, rj->kode);
        if (!x)
            galat_tambah(k->g, t->berkas, rj->baris, rj->kolom,
                         "%s '%s' tidak ditemukan: %s", t->kolom, rj->kode,
                         a->petunjuk);
        else if (!(a->boleh & JB(jenis_baris(r, x))))
            galat_tambah(k->g, t->berkas, rj->baris, rj->kolom,
                         "%s '%s' adalah %s; %s", t->kolom, rj->kode,
                         nama_asal(r, x), a->petunjuk);
        else {
            *(size_t *)(baris + t->letak_indeks) = x->indeks;
            if (t->letak_jenis_induk != KOLOM_TANPA)
                *(induk_jenis *)(baris + t->letak_jenis_induk) =
                    x->asal == ASAL_KELOMPOK ? INDUK_KELOMPOK : INDUK_SIMPUL;
        }
    }
}

#define ATURAN(a) a, sizeof(a) / sizeof((a)[0])

static void hubungkan(konteks *k, bacaan *bc)
{
    rencana *r = bc->r;
    size_t n = r->jumlah_kelompok + r->jumlah_indikator + r->jumlah_simpul;
    kode_entri *e = malloc((n ? n : 1) * sizeof *e);
    if (!e) {
        k->memori_habis = true;
        return;
    }
    size_t m = 0;
    const char *fk = bc->kinerja->nama, *fa = bc->anggaran->nama;
    /* Order of appearance: kinerja.csv by line, then anggaran.csv. */
    for (size_t i = 0; i < r->jumlah_kelompok; i++)
        e[m++] = (kode_entri){r->kelompok[i].kode,  ASAL_KELOMPOK,       i, fk,
                              r->kelompok[i].baris, r->kelompok[i].baris};
    for (size_t i = 0; i < r->jumlah_indikator; i++)
        e[m++] =
            (kode_entri){r->indikator[i].kode,  ASAL_INDIKATOR,       i, fk,
                         r->indikator[i].baris, r->indikator[i].baris};
    size_t geser = bc->kinerja->jumlah + 1;
    for (size_t i = 0; i < r->jumlah_simpul; i++)
        e[m++] = (kode_entri){
            r->simpul[i].kode,         ASAL_SIMPUL, i, fa, r->simpul[i].baris,
            geser + r->simpul[i].baris};
    /* empty kode was already reported */
    size_t w = 0;
    for (size_t i = 0; i < m; i++)
        if (e[i].kode && *e[i].kode)
            e[w++] = e[i];
    m = w;
    qsort(e, m, sizeof *e, banding_kode);
    /* p: the first entry of the current run of equal kode (walking back
     * from every repeat to it would be quadratic in a run's length) */
    for (size_t i = 1, p = 0; i < m; i++)
        if (strcmp(e[i].kode, e[p].kode) != 0)
            p = i;
        else {
            galat_tambah(k->g, e[i].berkas, e[i].baris, 0,
                         "kode '%s' sudah dipakai %s di %s baris %zu: kode "
                         "harus unik di seluruh rencana",
                         e[i].kode, nama_asal(r, &e[p]), e[p].berkas,
                         e[p].baris);
        }

    if (bc->renstra)
        tautkan_lama(k, bc, e, m);
    const char *frs = bc->renstra ? bc->renstra->nama : "",
               *fpb = bc->pembanding ? bc->pembanding->nama : "";
    const tautan_kolom kolom[] = {
        {bc->induk_kelompok, r->jumlah_kelompok, fk, "induk", r->kelompok,
         sizeof(kelompok), offsetof(kelompok, jenis), offsetof(kelompok, induk),
         KOLOM_TANPA, ATURAN(tautan_induk_kelompok)},
        {bc->induk_indikator, r->jumlah_indikator, fk, "induk", r->indikator,
         sizeof(indikator), KOLOM_TANPA, offsetof(indikator, induk),
         offsetof(indikator, jenis_induk), ATURAN(tautan_induk_indikator)},
        {bc->induk_simpul, r->jumlah_simpul, fa, "induk", r->simpul,
         sizeof(simpul), offsetof(simpul, tingkat), offsetof(simpul, induk),
         KOLOM_TANPA, ATURAN(tautan_induk_simpul)},
        {bc->sasaran_simpul, r->jumlah_simpul, fa, "sasaran", r->simpul,
         sizeof(simpul), offsetof(simpul, tingkat), offsetof(simpul, sasaran),
         KOLOM_TANPA, ATURAN(tautan_sasaran_simpul)},
        {bc->renstra_indikator, r->jumlah_renstra, frs, "indikator", r->renstra,
         sizeof(renstra_isian), KOLOM_TANPA, offsetof(renstra_isian, indikator),
         KOLOM_TANPA, ATURAN(tautan_indikator_renstra)},
        {bc->pembanding_indikator, r->jumlah_pembanding, fpb, "indikator",
         r->pembanding, sizeof(pembanding_isian), KOLOM_TANPA,
         offsetof(pembanding_isian, indikator), KOLOM_TANPA,
         ATURAN(tautan_indikator)},
    };
    for (size_t i = 0; i < JUMLAH(kolom); i++)
        tautkan(k, r, e, m, &kolom[i]);
    /* one row per indicator and year, per indicator and region */
    ganda_renstra(k, bc);
    ganda_pembanding(k, bc);
    free(e);
}

/* Children lists; every row without children must carry its pagu. */
static void susun_pohon(konteks *k, bacaan *bc)
{
    rencana *r = bc->r;
    size_t *hitung =
        calloc(r->jumlah_simpul ? r->jumlah_simpul : 1, sizeof *hitung);
    if (!hitung) {
        k->memori_habis = true;
        return;
    }
    for (size_t i = 0; i < r->jumlah_simpul; i++)
        if (r->simpul[i].induk != TIDAK_ADA)
            hitung[r->simpul[i].induk]++;
    for (size_t i = 0; i < r->jumlah_simpul; i++) {
        r->simpul[i].anak =
            malloc((hitung[i] ? hitung[i] : 1) * sizeof(size_t));
        if (!r->simpul[i].anak)
            k->memori_habis = true;
    }
    if (!k->memori_habis)
        for (size_t i = 0; i < r->jumlah_simpul; i++) {
            size_t p = r->simpul[i].induk;
            if (p != TIDAK_ADA)
                r->simpul[p].anak[r->simpul[p].jumlah_anak++] = i;
        }
    free(hitung);
    for (size_t i = 0; i < r->jumlah_simpul; i++) {
        simpul *s = &r->simpul[i];
        if (s->jumlah_anak == 0 && !s->pagu.ada)
            galat_tambah(k->g, bc->anggaran->nama, s->baris, 0,
                         "pagu kosong pada %s '%s' yang tidak mempunyai "
                         "rincian: pagu wajib diisi di baris paling rinci",
                         s->tingkat == TINGKAT_SUB_KEGIATAN ? "sub kegiatan"
                         : s->tingkat == TINGKAT_KEGIATAN   ? "kegiatan"
                                                            : "program",
                         s->kode);
    }
}

static void bebas_tautan(kode_tautan *r, size_t n)
{
    if (!r)
        return;
    for (size_t i = 0; i < n; i++)
        free(r[i].kode);
    free(r);
}

bool rencana_bangun(const rencana_berkas *b, rencana *r, galat_rencana *g)
{
    return rencana_bangun_tambahan(b, NULL, r, g);
}

bool rencana_bangun_tambahan(const rencana_berkas *b, const rencana_tambahan *t,
                             rencana *r, galat_rencana *g)
{
    memset(r, 0, sizeof *r);
    size_t awal = galat_hitung(g);
    konteks k = {g, false};
    bacaan bc = {.r = r,
                 .kinerja = b->kinerja,
                 .anggaran = b->anggaran,
                 .renstra = b->renstra,
                 .pembanding = t ? t->pembanding : NULL};

    const csv_tabel *berkas[JUMLAH_BERKAS_RENCANA] = {
        b->identitas, b->kinerja, b->anggaran, b->renstra, bc.pembanding};
    baca_identitas(&k, b->identitas, &r->id);
    for (int i = BERKAS_KINERJA; i < JUMLAH_BERKAS_RENCANA; i++)
        if (berkas[i] && !k.memori_habis)
            baca_baris_semua(&k, berkas[i], &berkas_rencana_semua[i],
                             &langkah[i], &bc);
    if (b->renstra && !k.memori_habis)
        tahun_renstra(&k, b->renstra, r, bc.kolom_tahun_renstra);
    if (!k.memori_habis)
        hubungkan(&k, &bc);
    if (!k.memori_habis && galat_hitung(g) == awal)
        susun_pohon(&k, &bc);
    if (!k.memori_habis && galat_hitung(g) == awal &&
        !rencana_indeks_indikator(r))
        k.memori_habis = true;
    if (k.memori_habis)
        galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
    if (galat_hitung(g) == awal)
        rencana_hitung(r, g);
    /* a plan larger than a worksheet is refused now, not minutes into
     * writing it */
    if (galat_hitung(g) == awal)
        batas_periksa(r, g);

    bebas_tautan(bc.induk_kelompok, r->jumlah_kelompok);
    bebas_tautan(bc.induk_indikator, r->jumlah_indikator);
    bebas_tautan(bc.induk_simpul, r->jumlah_simpul);
    bebas_tautan(bc.sasaran_simpul, r->jumlah_simpul);
    bebas_tautan(bc.renstra_indikator, r->jumlah_renstra);
    bebas_tautan(bc.pembanding_indikator, r->jumlah_pembanding);
    if (galat_hitung(g) != awal) {
        rencana_bebas(r);
        return false;
    }
    return true;
}

/* ---- sources
 * ------------------------------------------------------------------- */

/* Every budget row is a row of the Realisasi Anggaran sheet, below its
 * title, header and total rows (batas.c): a larger anggaran.csv is refused
 * before it is parsed. */
#define ANGGARAN_MAKS (BATAS_BARIS_LEMBAR - BATAS_BARIS_TETAP)

#define JUMLAH_BERKAS JUMLAH_BERKAS_RENCANA
#define BERKAS_WAJIB BERKAS_RENCANA_WAJIB
#define NAMA_BERKAS(i) (berkas_rencana_semua[i].nama)

static bool bangun_dari(csv_tabel t[JUMLAH_BERKAS], bool ada[JUMLAH_BERKAS],
                        rencana *r, galat_rencana *g)
{
    rencana_berkas b = {&t[0], &t[1], &t[2], ada[3] ? &t[3] : NULL};
    rencana_tambahan tb = {ada[4] ? &t[4] : NULL};
    bool ok = rencana_bangun_tambahan(&b, &tb, r, g);
    for (int i = 0; i < JUMLAH_BERKAS; i++)
        if (ada[i])
            csv_tabel_bebas(&t[i]);
    return ok;
}

bool rencana_baca_folder(const char *folder, rencana *r, galat_rencana *g)
{
    memset(r, 0, sizeof *r);
    csv_tabel t[JUMLAH_BERKAS];
    bool ada[JUMLAH_BERKAS] = {false};
    bool ok = true;
    {
        char jalur[4096];
        size_t n = strlen(folder), baris = 0;
        snprintf(jalur, sizeof jalur, "%s%s%s", folder,
                 n && folder[n - 1] == '/' ? "" : "/", NAMA_BERKAS(2));
        if (csv_hitung_baris(jalur, &baris) && baris > ANGGARAN_MAKS) {
            galat_tambah(g, jalur, 0, 0,
                         "%zu baris anggaran, paling banyak %u: lembar "
                         "Realisasi Anggaran memuat satu baris per baris "
                         "anggaran, dan satu lembar kerja memuat paling "
                         "banyak 1.048.576 baris; bagi rencana, misalnya "
                         "satu folder per program (lihat README: batas "
                         "rencana)",
                         baris, ANGGARAN_MAKS);
            return false;
        }
    }
    for (int i = 0; i < JUMLAH_BERKAS; i++) {
        char jalur[4096];
        size_t n = strlen(folder);
        snprintf(jalur, sizeof jalur, "%s%s%s", folder,
                 n && folder[n - 1] == '/' ? "" : "/", NAMA_BERKAS(i));
        /* optional: absent is fine; anything there is read (and refused
         * if it is not a regular file: opening a FIFO to test it would
         * block) */
        struct stat st;
        if (i >= BERKAS_WAJIB && lstat(jalur, &st) != 0 && errno == ENOENT)
            continue;
        ada[i] = csv_baca_berkas(jalur, jalur, &t[i], g);
        ok &= ada[i];
    }
    if (!ok) {
        for (int i = 0; i < JUMLAH_BERKAS; i++)
            if (ada[i])
                csv_tabel_bebas(&t[i]);
        return false;
    }
    return bangun_dari(t, ada, r, g);
}

bool rencana_baca_contoh(rencana *r, galat_rencana *g)
{
    memset(r, 0, sizeof *r);
    csv_tabel t[JUMLAH_BERKAS];
    bool ada[JUMLAH_BERKAS] = {false};
    bool ok = true;
    for (int i = 0; i < JUMLAH_BERKAS; i++) {
        const contoh_berkas *c = NULL;
        for (size_t j = 0; j < contoh_bawaan_jumlah; j++)
            if (!strcmp(contoh_bawaan[j].nama, NAMA_BERKAS(i)))
                c = &contoh_bawaan[j];
        if (!c)
            continue;
        char nama[256];
        snprintf(nama, sizeof nama, "%s/%s", CONTOH_FOLDER, NAMA_BERKAS(i));
        ada[i] = csv_baca_data(nama, c->data, c->panjang, &t[i], g);
        ok &= ada[i];
    }
    if (!ok || !ada[0] || !ada[1] || !ada[2]) {
        for (int i = 0; i < JUMLAH_BERKAS; i++)
            if (ada[i])
                csv_tabel_bebas(&t[i]);
        if (ok)
            galat_tambah(g, CONTOH_FOLDER, 0, 0, "contoh bawaan tidak lengkap");
        return false;
    }
    return bangun_dari(t, ada, r, g);
}
