/*
 * rencana_baca.c - building the plan model from its CSV files (rencana.h).
 *
 * Columns are found by their header name, not their position, so staff may
 * reorder them and leave optional ones out; header names are compared
 * ignoring case, spaces, `_`, `-` and `.` ("Pagu Murni" = "pagu_murni").
 * An unknown header is an error (a typo would otherwise silently drop a
 * column).  Every problem is collected, with its file, line and column;
 * nothing is built unless there are none.
 */
#include <ctype.h>
#include <errno.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batas.h"
#include "contoh.h"
#include "core/skala.h"
#include "gaya.h"
#include "rencana.h"

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
    galat_daftar *g;
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

typedef struct kolom_spek {
    const char *nama;
    bool wajib;
} kolom_spek;

#define JUMLAH(a) (sizeof(a) / sizeof((a)[0]))

/* Maps each spec column to its field index (TIDAK_ADA if absent). */
static bool petakan(const csv_tabel *t, const kolom_spek *spek, size_t n,
                    size_t *idx, galat_daftar *g)
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
        if (spek[s].wajib && idx[s] == TIDAK_ADA) {
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
                          galat_daftar *g)
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
static bool batas_bersama(const csv_tabel *t, const csv_baris *b,
                          const size_t *idx, size_t s, const char *nama,
                          size_t cadangan, const char *depan, galat_daftar *g)
{
    const char *isi = sel(b, idx, s);
    size_t n = jumlah_karakter(isi);
    if (n + cadangan <= SEL_MAKS_KARAKTER)
        return true;
    galat_tambah(g, t->nama, b->nomor, kol(idx, s),
                 "%s '%.*s...' memuat %zu karakter; buku kerja menulisnya "
                 "bersama %s di satu sel, yang memuat paling banyak 32.767: "
                 "%s paling banyak %zu karakter",
                 nama, kutipan(isi, 30), isi, n, depan, nama,
                 SEL_MAKS_KARAKTER - cadangan);
    return false;
}

/* Room for a number such as "1048576.1048576 " or a label such as
 * "Sasaran: " in front of a name. */
#define CADANGAN_NOMOR 16

static bool baris_kosong(const csv_baris *b)
{
    for (size_t k = 0; k < b->jumlah; k++)
        if (!kosong(b->kolom[k]))
            return false;
    return true;
}

/* ---- typed fields -------------------------------------------------------- */

static bool baca_angka(const csv_tabel *t, const csv_baris *b,
                       const size_t *idx, size_t s, const char *nama,
                       bool wajib, isian_angka *hasil, galat_daftar *g)
{
    const char *isi = sel(b, idx, s);
    memset(hasil, 0, sizeof *hasil);
    if (kosong(isi)) {
        if (wajib) {
            galat_tambah(g, t->nama, b->nomor, kol(idx, s),
                         "%s kosong, padahal wajib diisi", nama);
            return false;
        }
        return true;
    }
    angka_hasil h = angka_baca(isi, t->notasi, &hasil->nilai, &hasil->desimal);
    if (h != ANGKA_OK) {
        galat_tambah(g, t->nama, b->nomor, kol(idx, s), "%s '%s' %s", nama, isi,
                     angka_hasil_teks(h, t->notasi));
        return false;
    }
    if (hasil->nilai < 0) {
        galat_tambah(g, t->nama, b->nomor, kol(idx, s),
                     "%s '%s' negatif: tidak ada target atau realisasi "
                     "kinerja di bawah nol",
                     nama, isi);
        return false;
    }
    hasil->ada = true;
    return true;
}

static bool baca_rupiah(const csv_tabel *t, const csv_baris *b,
                        const size_t *idx, size_t s, const char *nama,
                        isian_rupiah *hasil, galat_daftar *g)
{
    const char *isi = sel(b, idx, s);
    memset(hasil, 0, sizeof *hasil);
    if (kosong(isi))
        return true;
    angka_hasil h = rupiah_baca(isi, t->notasi, &hasil->nilai);
    if (h != ANGKA_OK) {
        galat_tambah(g, t->nama, b->nomor, kol(idx, s), "%s '%s' %s", nama, isi,
                     angka_hasil_teks(h, t->notasi));
        return false;
    }
    if (hasil->nilai < 0) {
        galat_tambah(g, t->nama, b->nomor, kol(idx, s),
                     "%s '%s' negatif: rupiah tidak boleh di bawah nol", nama,
                     isi);
        return false;
    }
    hasil->ada = true;
    return true;
}

/* Text that ends up inside a number format ("86 (A)", "19 Inovasi"). */
static bool baca_teks_format(konteks *k, const csv_tabel *t, const csv_baris *b,
                             const size_t *idx, size_t s, const char *nama,
                             char **hasil)
{
    const char *isi = sel(b, idx, s);
    size_t bita = strlen(isi);
    if (bita > GAYA_AKHIRAN_MAKS_BITA) {
        galat_tambah(k->g, t->nama, b->nomor, kol(idx, s),
                     "%s '%.*s...' terlalu panjang (%zu bita): %s ditampilkan "
                     "di format angka sel, yang memuat paling banyak %d bita "
                     "(%d huruf biasa; huruf beraksen 2 bita)",
                     nama, kutipan(isi, 30), isi, bita, nama,
                     GAYA_AKHIRAN_MAKS_BITA, GAYA_AKHIRAN_MAKS_BITA);
        *hasil = salin(k, "");
        return false;
    }
    if (strchr(isi, '"')) {
        galat_tambah(k->g, t->nama, b->nomor, kol(idx, s),
                     "%s '%s' memuat tanda kutip ganda (\"), yang tidak dapat "
                     "ditampilkan di format angka",
                     nama, isi);
        *hasil = salin(k, "");
        return false;
    }
    *hasil = salin(k, isi);
    return true;
}

static bool wajib_teks(const csv_tabel *t, const csv_baris *b,
                       const size_t *idx, size_t s, const char *nama,
                       galat_daftar *g)
{
    if (!kosong(sel(b, idx, s)))
        return true;
    galat_tambah(g, t->nama, b->nomor, kol(idx, s),
                 "%s kosong, padahal wajib diisi", nama);
    return false;
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

/* A reference by kode, kept with where it was written for messages. */
typedef struct rujukan {
    char *kode; /* "" when not given */
    size_t baris, kolom;
} rujukan;

static const char *nama_asal(const rencana *r, const kode_entri *e)
{
    switch (e->asal) {
    case ASAL_KELOMPOK:
        switch (r->kelompok[e->indeks].jenis) {
        case KELOMPOK_TUJUAN:
            return "tujuan";
        case KELOMPOK_SASARAN:
            return "sasaran";
        case KELOMPOK_LAINNYA:
            return "kinerja lainnya";
        }
        break;
    case ASAL_INDIKATOR:
        return "indikator";
    case ASAL_SIMPUL:
        switch (r->simpul[e->indeks].tingkat) {
        case TINGKAT_PROGRAM:
            return "program";
        case TINGKAT_KEGIATAN:
            return "kegiatan";
        case TINGKAT_SUB_KEGIATAN:
            return "sub kegiatan";
        }
    }
    return "?";
}

/* ---- identitas.csv ---------------------------------------------------------
 */

enum {
    ID_INSTANSI,
    ID_SINGKATAN,
    ID_KABUPATEN,
    ID_TEMPAT,
    ID_TAHUN,
    ID_TANGGAL_PK,
    ID_TANGGAL_PK_PERUBAHAN,
    ID_KEPALA_NAMA,
    ID_KEPALA_JABATAN,
    ID_KEPALA_PANGKAT,
    ID_KEPALA_NIP,
    ID_ATASAN_NAMA,
    ID_ATASAN_JABATAN,
    ID_ATASAN_PANGKAT,
    ID_ATASAN_NIP,
    ID_MURNI_KEPALA_NAMA,
    ID_MURNI_KEPALA_JABATAN,
    ID_MURNI_KEPALA_PANGKAT,
    ID_MURNI_KEPALA_NIP,
    ID_MURNI_ATASAN_NAMA,
    ID_MURNI_ATASAN_JABATAN,
    ID_KETERANGAN_PK,
    ID_KETERANGAN_PK_PERUBAHAN,
    ID_PAGU_DILAPORKAN,
    ID_REALISASI_DILAPORKAN,
    ID_PAGU_IKHTISAR,
    ID_REALISASI_IKHTISAR,
    ID_PAGU_OPERASI,
    ID_PAGU_MODAL,
    ID_REALISASI_OPERASI,
    ID_REALISASI_MODAL,
    ID_JUMLAH
};

static const kolom_spek kunci_identitas[ID_JUMLAH] = {
    {"instansi", true},
    {"singkatan", false},
    {"kabupaten", true},
    {"tempat", false},
    {"tahun", true},
    {"tanggal_pk", false},
    {"tanggal_pk_perubahan", false},
    {"kepala_nama", false},
    {"kepala_jabatan", false},
    {"kepala_pangkat", false},
    {"kepala_nip", false},
    {"atasan_nama", false},
    {"atasan_jabatan", false},
    {"atasan_pangkat", false},
    {"atasan_nip", false},
    {"pk_murni_kepala_nama", false},
    {"pk_murni_kepala_jabatan", false},
    {"pk_murni_kepala_pangkat", false},
    {"pk_murni_kepala_nip", false},
    {"pk_murni_atasan_nama", false},
    {"pk_murni_atasan_jabatan", false},
    {"keterangan_pk", false},
    {"keterangan_pk_perubahan", false},
    {"pagu_dilaporkan", false},
    {"realisasi_dilaporkan", false},
    {"pagu_ikhtisar", false},
    {"realisasi_ikhtisar", false},
    {"pagu_belanja_operasi", false},
    {"pagu_belanja_modal", false},
    {"realisasi_belanja_operasi", false},
    {"realisasi_belanja_modal", false},
};

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

static void baca_identitas(konteks *k, const csv_tabel *t, identitas *id)
{
    static const kolom_spek spek[] = {
        {"kunci", true}, {"nilai", true}, {"catatan", false}};
    size_t idx[JUMLAH(spek)];
    if (!petakan(t, spek, JUMLAH(spek), idx, k->g))
        return;

    const char *nilai[ID_JUMLAH] = {0};
    size_t baris[ID_JUMLAH] = {0};
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
        while (s < ID_JUMLAH && !sama_normal(kunci, kunci_identitas[s].nama))
            s++;
        if (s == ID_JUMLAH) {
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, 0),
                         "kunci '%s' tidak dikenal (lihat README: format "
                         "identitas.csv)",
                         kunci);
        } else if (nilai[s]) {
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, 0),
                         "kunci '%s' sudah diisi di baris %zu", kunci,
                         baris[s]);
        } else {
            nilai[s] = sel(b, idx, 1);
            baris[s] = b->nomor;
        }
    }
    size_t kn = kol(idx, 1);
    for (size_t s = 0; s < ID_JUMLAH; s++)
        if (kunci_identitas[s].wajib && (!nilai[s] || kosong(nilai[s]))) {
            if (nilai[s])
                galat_tambah(k->g, t->nama, baris[s], kn,
                             "nilai '%s' kosong, padahal wajib diisi",
                             kunci_identitas[s].nama);
            else
                galat_tambah(k->g, t->nama, 0, 0, "kunci wajib '%s' tidak ada",
                             kunci_identitas[s].nama);
        }

#define NILAI(s) (nilai[s] ? nilai[s] : "")
    /* Values the workbooks show behind a label in the same cell (": " before
     * a name, "NIP ", the place before its comma), and the names of the
     * organisation, which a title joins: "PERANGKAT DAERAH : " singkatan or
     * instansi, a space, kabupaten. */
    {
        size_t n_inst = jumlah_karakter(NILAI(ID_INSTANSI)),
               n_sing = jumlah_karakter(NILAI(ID_SINGKATAN)),
               n_kab = jumlah_karakter(NILAI(ID_KABUPATEN));
        size_t n_nama = n_inst > n_sing ? n_inst : n_sing;
        static const struct {
            int kunci;
            size_t cadangan;
            const char *depan;
        } bersama[] = {
            {ID_KEPALA_NAMA, 2, "': '"},
            {ID_KEPALA_JABATAN, 2, "': '"},
            {ID_ATASAN_NAMA, 2, "': '"},
            {ID_ATASAN_JABATAN, 2, "': '"},
            {ID_MURNI_KEPALA_NAMA, 2, "': '"},
            {ID_MURNI_KEPALA_JABATAN, 2, "': '"},
            {ID_MURNI_ATASAN_NAMA, 2, "': '"},
            {ID_MURNI_ATASAN_JABATAN, 2, "': '"},
            {ID_KEPALA_NIP, 4, "'NIP '"},
            {ID_ATASAN_NIP, 4, "'NIP '"},
            {ID_MURNI_KEPALA_NIP, 4, "'NIP '"},
            {ID_TEMPAT, 1, "koma di belakangnya"},
        };
        for (size_t j = 0; j < JUMLAH(bersama); j++) {
            int s = bersama[j].kunci;
            size_t n = jumlah_karakter(NILAI(s));
            if (n + bersama[j].cadangan > SEL_MAKS_KARAKTER)
                galat_tambah(k->g, t->nama, baris[s], kn,
                             "%s memuat %zu karakter; buku kerja menulisnya "
                             "bersama %s di satu sel, yang memuat paling "
                             "banyak 32.767: paling banyak %zu karakter",
                             kunci_identitas[s].nama, n, bersama[j].depan,
                             SEL_MAKS_KARAKTER - bersama[j].cadangan);
        }
        /* "PERANGKAT DAERAH : " is 19 characters, then a space */
        if (n_nama + n_kab + 20 > SEL_MAKS_KARAKTER)
            galat_tambah(k->g, t->nama,
                         baris[n_kab > n_nama ? ID_KABUPATEN : ID_INSTANSI], kn,
                         "instansi (atau singkatan) dan kabupaten bersama "
                         "memuat %zu karakter; judul buku kerja menulis "
                         "keduanya di satu sel, yang memuat paling banyak "
                         "32.767: bersama paling banyak %d karakter",
                         n_nama + n_kab, SEL_MAKS_KARAKTER - 20);
    }
    id->instansi = salin(k, NILAI(ID_INSTANSI));
    id->singkatan = salin(k, NILAI(ID_SINGKATAN));
    id->kabupaten = salin(k, NILAI(ID_KABUPATEN));
    id->tempat = salin(k, NILAI(ID_TEMPAT));

    if (nilai[ID_TAHUN] && !kosong(nilai[ID_TAHUN])) {
        char *akhir;
        long th = strtol(nilai[ID_TAHUN], &akhir, 10);
        while (*akhir == ' ')
            akhir++;
        if (*akhir || th < 1900 || th > 9999)
            galat_tambah(k->g, t->nama, baris[ID_TAHUN], kn,
                         "tahun '%s' harus angka tahun empat digit, mis. "
                         "2024",
                         nilai[ID_TAHUN]);
        else
            id->tahun = (int)th;
    }

    static const struct {
        int kunci;
        bool perubahan;
    } tgl[] = {{ID_TANGGAL_PK, false}, {ID_TANGGAL_PK_PERUBAHAN, true}};
    for (size_t j = 0; j < JUMLAH(tgl); j++) {
        const char *v = NILAI(tgl[j].kunci);
        if (kosong(v))
            continue;
        tanggal d;
        if (!tanggal_baca(v, t->notasi, &d)) {
            galat_tambah(
                k->g, t->nama, baris[tgl[j].kunci], kn,
                "tanggal '%s' tidak dikenali: tulis 2024-09-23 atau "
                "23 September 2024%s",
                v, t->notasi == NOTASI_INDONESIA ? " atau 23/09/2024" : "");
            continue;
        }
        if (tgl[j].perubahan) {
            id->tanggal_pk_perubahan = d;
            id->ada_tanggal_pk_perubahan = true;
        } else {
            id->tanggal_pk = d;
            id->ada_tanggal_pk = true;
        }
    }

    static const int nip[] = {ID_KEPALA_NIP, ID_ATASAN_NIP,
                              ID_MURNI_KEPALA_NIP};
    for (size_t j = 0; j < JUMLAH(nip); j++) {
        const char *v = NILAI(nip[j]);
        if (!kosong(v) && !nip_sah(v))
            galat_tambah(k->g, t->nama, baris[nip[j]], kn,
                         "NIP '%s' harus 18 angka (spasi boleh)%s", v,
                         strpbrk(v, "Ee") ? ": lembar kerja membacanya "
                                            "sebagai angka; format kolom "
                                            "sebagai Teks"
                                          : "");
    }

    id->kepala = (penandatangan){
        salin(k, NILAI(ID_KEPALA_NAMA)), salin(k, NILAI(ID_KEPALA_JABATAN)),
        salin(k, NILAI(ID_KEPALA_PANGKAT)), salin(k, NILAI(ID_KEPALA_NIP))};
    id->atasan = (penandatangan){
        salin(k, NILAI(ID_ATASAN_NAMA)), salin(k, NILAI(ID_ATASAN_JABATAN)),
        salin(k, NILAI(ID_ATASAN_PANGKAT)), salin(k, NILAI(ID_ATASAN_NIP))};
    /* The original PK's signatories default to the current ones as a whole:
     * mixing one person's name with another's NIP would be worse. */
    bool murni_kepala = false, murni_atasan = false;
    for (int s = ID_MURNI_KEPALA_NAMA; s <= ID_MURNI_KEPALA_NIP; s++)
        murni_kepala |= !kosong(NILAI(s));
    for (int s = ID_MURNI_ATASAN_NAMA; s <= ID_MURNI_ATASAN_JABATAN; s++)
        murni_atasan |= !kosong(NILAI(s));
    if (murni_kepala)
        id->kepala_murni =
            (penandatangan){salin(k, NILAI(ID_MURNI_KEPALA_NAMA)),
                            salin(k, NILAI(ID_MURNI_KEPALA_JABATAN)),
                            salin(k, NILAI(ID_MURNI_KEPALA_PANGKAT)),
                            salin(k, NILAI(ID_MURNI_KEPALA_NIP))};
    else
        id->kepala_murni = (penandatangan){
            salin(k, NILAI(ID_KEPALA_NAMA)), salin(k, NILAI(ID_KEPALA_JABATAN)),
            salin(k, NILAI(ID_KEPALA_PANGKAT)), salin(k, NILAI(ID_KEPALA_NIP))};
    if (murni_atasan)
        id->atasan_murni =
            (penandatangan){salin(k, NILAI(ID_MURNI_ATASAN_NAMA)),
                            salin(k, NILAI(ID_MURNI_ATASAN_JABATAN)),
                            salin(k, ""), salin(k, "")};
    else
        id->atasan_murni = (penandatangan){
            salin(k, NILAI(ID_ATASAN_NAMA)), salin(k, NILAI(ID_ATASAN_JABATAN)),
            salin(k, NILAI(ID_ATASAN_PANGKAT)), salin(k, NILAI(ID_ATASAN_NIP))};

    char bawaan[64];
    snprintf(bawaan, sizeof bawaan, "APBD %d", id->tahun);
    id->keterangan_pk = salin(
        k, kosong(NILAI(ID_KETERANGAN_PK)) ? bawaan : NILAI(ID_KETERANGAN_PK));
    snprintf(bawaan, sizeof bawaan, "P APBD %d", id->tahun);
    id->keterangan_pk_perubahan =
        salin(k, kosong(NILAI(ID_KETERANGAN_PK_PERUBAHAN))
                     ? bawaan
                     : NILAI(ID_KETERANGAN_PK_PERUBAHAN));

    const struct {
        int kunci;
        isian_rupiah *hasil;
    } rp[] = {
        {ID_PAGU_DILAPORKAN, &id->pagu_dilaporkan},
        {ID_REALISASI_DILAPORKAN, &id->realisasi_dilaporkan},
        {ID_PAGU_IKHTISAR, &id->pagu_ikhtisar},
        {ID_REALISASI_IKHTISAR, &id->realisasi_ikhtisar},
        {ID_PAGU_OPERASI, &id->pagu_operasi},
        {ID_PAGU_MODAL, &id->pagu_modal},
        {ID_REALISASI_OPERASI, &id->realisasi_operasi},
        {ID_REALISASI_MODAL, &id->realisasi_modal},
    };
    for (size_t j = 0; j < JUMLAH(rp); j++) {
        const char *v = NILAI(rp[j].kunci);
        if (kosong(v))
            continue;
        isian_rupiah *hasil = rp[j].hasil;
        angka_hasil h = rupiah_baca(v, t->notasi, &hasil->nilai);
        if (h != ANGKA_OK || hasil->nilai < 0)
            galat_tambah(k->g, t->nama, baris[rp[j].kunci], kn, "%s '%s' %s",
                         kunci_identitas[rp[j].kunci].nama, v,
                         h != ANGKA_OK ? angka_hasil_teks(h, t->notasi)
                                       : "negatif");
        else
            hasil->ada = true;
    }
#undef NILAI
}

/* ---- kinerja.csv ------------------------------------------------------------
 */

enum {
    KN_TINGKAT,
    KN_KODE,
    KN_INDUK,
    KN_URAIAN,
    KN_FORMULASI,
    KN_SATUAN,
    KN_TARGET,
    KN_PREDIKAT,
    KN_TARGET_MURNI,
    KN_REALISASI,
    KN_PREDIKAT_REALISASI,
    KN_ARAH,
    KN_SKALA,
    KN_REKAP,
    KN_TW1,
    KN_TW2,
    KN_TW3,
    KN_TW4,
    KN_TARGET_TW1,
    KN_TARGET_TW2,
    KN_TARGET_TW3,
    KN_TARGET_TW4,
    KN_CATATAN,
    KN_JUMLAH
};

static const kolom_spek spek_kinerja[KN_JUMLAH] = {
    {"tingkat", true},
    {"kode", true},
    {"induk", false},
    {"uraian", true},
    {"formulasi", false},
    {"satuan", false},
    {"target", false},
    {"predikat", false},
    {"target_murni", false},
    {"realisasi", false},
    {"predikat_realisasi", false},
    {"arah", false},
    {"skala", false},
    {"rekap", false},
    {"tw1", false},
    {"tw2", false},
    {"tw3", false},
    {"tw4", false},
    {"target_tw1", false},
    {"target_tw2", false},
    {"target_tw3", false},
    {"target_tw4", false},
    {"catatan", false},
};

/*
 * Quarterly realisasi: `rekap` names how the year follows from the
 * quarters (JUMLAH for flows, AKHIR for levels, indices and percentages;
 * core triwulan.h).  The year's realisasi is then computed, so it must not
 * also be typed: two figures for one thing would sooner or later disagree.
 */
static bool baca_triwulan(konteks *k, const csv_tabel *t, const csv_baris *b,
                          const size_t *idx, indikator *d)
{
    bool ok = true;
    static const char *const nama[4] = {"tw1", "tw2", "tw3", "tw4"};
    static const char *const nama_target[4] = {"target_tw1", "target_tw2",
                                               "target_tw3", "target_tw4"};
    bool ada_tw = false;
    for (int q = 0; q < 4; q++) {
        ok &=
            baca_angka(t, b, idx, KN_TW1 + q, nama[q], false, &d->tw[q], k->g);
        ok &= baca_angka(t, b, idx, KN_TARGET_TW1 + q, nama_target[q], false,
                         &d->target_tw[q], k->g);
        ada_tw |= d->tw[q].ada || d->target_tw[q].ada;
    }
    const char *rekap = sel(b, idx, KN_REKAP);
    if (!kosong(rekap)) {
        char buf[32];
        normal(rekap, buf, sizeof buf);
        if (!strcmp(buf, "jumlah") || !strcmp(buf, "1"))
            d->rekap = TRIWULAN_JUMLAH;
        else if (!strcmp(buf, "akhir") || !strcmp(buf, "2"))
            d->rekap = TRIWULAN_AKHIR;
        else {
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, KN_REKAP),
                         "rekap '%s' tidak dikenal: tulis JUMLAH (realisasi "
                         "tahunan = jumlah triwulan) atau AKHIR (= triwulan "
                         "terakhir yang terisi)",
                         rekap);
            return false;
        }
        d->triwulan = true;
    } else if (ada_tw) {
        galat_tambah(k->g, t->nama, b->nomor, kol(idx, KN_REKAP),
                     "triwulan diisi tetapi rekap kosong: tulis JUMLAH atau "
                     "AKHIR (tw1-tw4 dan target_tw1-target_tw4 perlu rekap)");
        return false;
    }
    if (d->triwulan && d->realisasi.ada) {
        galat_tambah(k->g, t->nama, b->nomor, kol(idx, KN_REALISASI),
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

typedef struct bacaan {
    rencana *r;
    rujukan *induk_kelompok;  /* per kelompok */
    rujukan *induk_indikator; /* per indikator */
    rujukan *induk_simpul;    /* per simpul */
    rujukan *sasaran_simpul;  /* per simpul */
    rujukan *renstra_indikator;
    rujukan *pembanding_indikator;
    const csv_tabel *kinerja, *anggaran, *renstra, *pembanding;
} bacaan;

static void *tumbuh(konteks *k, void *p, size_t n, size_t ukuran)
{
    void *baru = realloc(p, (n ? n : 1) * ukuran);
    if (!baru)
        k->memori_habis = true;
    return baru;
}

static rujukan buat_rujukan(konteks *k, const csv_baris *b, const size_t *idx,
                            size_t s)
{
    rujukan r = {salin(k, sel(b, idx, s)), b->nomor, kol(idx, s)};
    return r;
}

static void baca_kinerja(konteks *k, const csv_tabel *t, bacaan *bc)
{
    size_t idx[KN_JUMLAH];
    if (!petakan(t, spek_kinerja, KN_JUMLAH, idx, k->g))
        return;
    rencana *r = bc->r;
    size_t n = t->jumlah;
    r->kelompok = tumbuh(k, NULL, n, sizeof *r->kelompok);
    r->indikator = tumbuh(k, NULL, n, sizeof *r->indikator);
    bc->induk_kelompok = tumbuh(k, NULL, n, sizeof(rujukan));
    bc->induk_indikator = tumbuh(k, NULL, n, sizeof(rujukan));
    if (k->memori_habis)
        return;

    for (size_t i = 1; i < n; i++) {
        const csv_baris *b = &t->baris[i];
        if (baris_kosong(b) || !periksa_baris(t, b, k->g))
            continue;
        const char *tingkat = sel(b, idx, KN_TINGKAT);
        char tn[64];
        normal(tingkat, tn, sizeof tn);
        /* both checked, so that both are reported */
        bool ok = wajib_teks(t, b, idx, KN_KODE, "kode", k->g);
        ok &= wajib_teks(t, b, idx, KN_URAIAN, "uraian", k->g);
        /* an indicator is numbered ("1.2 ", "3. "), a group labelled
         * ("Sasaran: ") in front of its uraian */
        ok &= batas_bersama(t, b, idx, KN_URAIAN, "uraian", CADANGAN_NOMOR,
                            "nomor atau sebutan di depannya", k->g);

        if (!strcmp(tn, "indikator")) {
            indikator d;
            memset(&d, 0, sizeof d);
            d.baris = b->nomor;
            ok &= baca_angka(t, b, idx, KN_TARGET, "target", true, &d.target,
                             k->g);
            ok &= baca_angka(t, b, idx, KN_TARGET_MURNI, "target_murni", false,
                             &d.target_murni, k->g);
            ok &= baca_angka(t, b, idx, KN_REALISASI, "realisasi", false,
                             &d.realisasi, k->g);
            d.arah = CAPAIAN_RUMUS_NAIK;
            const char *arah = sel(b, idx, KN_ARAH);
            if (!kosong(arah)) {
                char buf[32];
                snprintf(buf, sizeof buf, "%s", arah);
                char *p = buf + strlen(buf);
                while (p > buf && p[-1] == ' ')
                    *--p = 0;
                char *awal = buf;
                while (*awal == ' ')
                    awal++;
                /* a longer value was cut to fit buf: never a known name,
                 * whatever its first characters say */
                if (strlen(arah) >= sizeof buf ||
                    capaian_rumus_dari_nama(awal, &d.arah) != KINERJA_OK) {
                    galat_tambah(k->g, t->nama, b->nomor, kol(idx, KN_ARAH),
                                 "arah '%s' tidak dikenal: tulis NAIK (makin "
                                 "tinggi makin baik, rumus 1) atau TURUN "
                                 "(makin rendah makin baik, rumus 2)",
                                 arah);
                    ok = false;
                }
            }
            const char *nama_skala = sel(b, idx, KN_SKALA);
            if (!kosong(nama_skala)) {
                /* preset names contain '_' (IP_ASN): compare normalised */
                size_t np = 0;
                const struct skala *semua = skala_preset_semua(&np);
                const char *cocok = NULL;
                for (size_t j = 0; j < np; j++)
                    if (semua[j].nama && sama_normal(semua[j].nama, nama_skala))
                        cocok = semua[j].nama;
                if (!cocok) {
                    char daftar[256] = "";
                    for (size_t j = 0; j < np && semua[j].nama; j++) {
                        strncat(daftar, semua[j].nama,
                                sizeof daftar - strlen(daftar) - 1);
                        if (j + 1 < np)
                            strncat(daftar, ", ",
                                    sizeof daftar - strlen(daftar) - 1);
                    }
                    galat_tambah(k->g, t->nama, b->nomor, kol(idx, KN_SKALA),
                                 "skala '%s' tidak dikenal (skala: %s)",
                                 nama_skala, daftar);
                    ok = false;
                } else {
                    d.skala = salin(k, cocok);
                }
            }
            if (!d.skala)
                d.skala = salin(k, "");
            ok &= baca_triwulan(k, t, b, idx, &d);
            ok &=
                baca_teks_format(k, t, b, idx, KN_SATUAN, "satuan", &d.satuan);
            ok &= baca_teks_format(k, t, b, idx, KN_PREDIKAT, "predikat",
                                   &d.predikat);
            ok &= baca_teks_format(k, t, b, idx, KN_PREDIKAT_REALISASI,
                                   "predikat_realisasi", &d.predikat_realisasi);
            d.kode = salin(k, sel(b, idx, KN_KODE));
            d.uraian = salin(k, sel(b, idx, KN_URAIAN));
            d.formulasi = salin(k, sel(b, idx, KN_FORMULASI));
            if (kosong(sel(b, idx, KN_INDUK))) {
                galat_tambah(k->g, t->nama, b->nomor, kol(idx, KN_INDUK),
                             "indikator tanpa induk: tulis kode tujuan, "
                             "sasaran, kinerja lainnya, program, kegiatan "
                             "atau sub kegiatan yang diukurnya");
                ok = false;
            }
            (void)ok;
            bc->induk_indikator[r->jumlah_indikator] =
                buat_rujukan(k, b, idx, KN_INDUK);
            r->indikator[r->jumlah_indikator++] = d;
        } else if (!strcmp(tn, "tujuan") || !strcmp(tn, "sasaran") ||
                   !strcmp(tn, "lainnya") || !strcmp(tn, "kinerjalainnya")) {
            kelompok kl;
            memset(&kl, 0, sizeof kl);
            kl.jenis = tn[0] == 't'   ? KELOMPOK_TUJUAN
                       : tn[0] == 's' ? KELOMPOK_SASARAN
                                      : KELOMPOK_LAINNYA;
            kl.baris = b->nomor;
            kl.kode = salin(k, sel(b, idx, KN_KODE));
            kl.uraian = salin(k, sel(b, idx, KN_URAIAN));
            kl.induk = TIDAK_ADA;
            static const int hanya_indikator[] = {
                KN_TARGET, KN_TARGET_MURNI, KN_REALISASI,
                KN_SATUAN, KN_PREDIKAT,     KN_PREDIKAT_REALISASI,
                KN_ARAH,   KN_SKALA,        KN_FORMULASI,
                KN_REKAP,  KN_TW1,          KN_TW2,
                KN_TW3,    KN_TW4};
            for (size_t j = 0; j < JUMLAH(hanya_indikator); j++)
                if (!kosong(sel(b, idx, hanya_indikator[j])))
                    galat_tambah(
                        k->g, t->nama, b->nomor, kol(idx, hanya_indikator[j]),
                        "%s diisi pada baris %s: target, realisasi "
                        "dan sejenisnya milik baris indikator di "
                        "bawahnya",
                        spek_kinerja[hanya_indikator[j]].nama, tingkat);
            if (kl.jenis != KELOMPOK_SASARAN && !kosong(sel(b, idx, KN_INDUK)))
                galat_tambah(k->g, t->nama, b->nomor, kol(idx, KN_INDUK),
                             "%s tidak mempunyai induk (hanya sasaran yang "
                             "boleh menunjuk tujuannya)",
                             tingkat);
            bc->induk_kelompok[r->jumlah_kelompok] =
                buat_rujukan(k, b, idx, KN_INDUK);
            r->kelompok[r->jumlah_kelompok++] = kl;
        } else {
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, KN_TINGKAT),
                         kosong(tingkat)
                             ? "tingkat kosong%s: tulis tujuan, sasaran, "
                               "lainnya atau indikator"
                             : "tingkat '%s' tidak dikenal: tulis tujuan, "
                               "sasaran, lainnya atau indikator",
                         tingkat);
        }
    }
}

/* ---- anggaran.csv -----------------------------------------------------------
 */

enum {
    AG_TINGKAT,
    AG_KODE,
    AG_INDUK,
    AG_SASARAN,
    AG_URAIAN,
    AG_PAGU_MURNI,
    AG_PAGU,
    AG_REALISASI,
    AG_CATATAN,
    AG_JUMLAH
};

static const kolom_spek spek_anggaran[AG_JUMLAH] = {
    {"tingkat", true},  {"kode", true},       {"induk", false},
    {"sasaran", false}, {"uraian", true},     {"pagu_murni", false},
    {"pagu", true},     {"realisasi", false}, {"catatan", false},
};

static void baca_anggaran(konteks *k, const csv_tabel *t, bacaan *bc)
{
    size_t idx[AG_JUMLAH];
    if (!petakan(t, spek_anggaran, AG_JUMLAH, idx, k->g))
        return;
    rencana *r = bc->r;
    size_t n = t->jumlah;
    r->simpul = tumbuh(k, NULL, n, sizeof *r->simpul);
    bc->induk_simpul = tumbuh(k, NULL, n, sizeof(rujukan));
    bc->sasaran_simpul = tumbuh(k, NULL, n, sizeof(rujukan));
    if (k->memori_habis)
        return;
    for (size_t i = 1; i < n; i++) {
        const csv_baris *b = &t->baris[i];
        if (baris_kosong(b) || !periksa_baris(t, b, k->g))
            continue;
        const char *tingkat = sel(b, idx, AG_TINGKAT);
        char tn[64];
        normal(tingkat, tn, sizeof tn);
        simpul s;
        memset(&s, 0, sizeof s);
        if (!strcmp(tn, "program"))
            s.tingkat = TINGKAT_PROGRAM;
        else if (!strcmp(tn, "kegiatan"))
            s.tingkat = TINGKAT_KEGIATAN;
        else if (!strcmp(tn, "subkegiatan"))
            s.tingkat = TINGKAT_SUB_KEGIATAN;
        else {
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, AG_TINGKAT),
                         kosong(tingkat)
                             ? "tingkat kosong%s: tulis program, kegiatan "
                               "atau sub kegiatan"
                             : "tingkat '%s' tidak dikenal: tulis program, "
                               "kegiatan atau sub kegiatan",
                         tingkat);
            continue;
        }
        wajib_teks(t, b, idx, AG_KODE, "kode", k->g);
        wajib_teks(t, b, idx, AG_URAIAN, "uraian", k->g);
        /* the RKT shows "kode uraian" in one cell */
        batas_bersama(t, b, idx, AG_URAIAN, "uraian",
                      jumlah_karakter(sel(b, idx, AG_KODE)) + 1,
                      "kodenya dan satu spasi", k->g);
        s.baris = b->nomor;
        s.kode = salin(k, sel(b, idx, AG_KODE));
        s.uraian = salin(k, sel(b, idx, AG_URAIAN));
        s.induk = TIDAK_ADA;
        s.sasaran = TIDAK_ADA;
        baca_rupiah(t, b, idx, AG_PAGU_MURNI, "pagu_murni", &s.pagu_murni,
                    k->g);
        baca_rupiah(t, b, idx, AG_PAGU, "pagu", &s.pagu, k->g);
        baca_rupiah(t, b, idx, AG_REALISASI, "realisasi", &s.realisasi, k->g);
        const char *induk = sel(b, idx, AG_INDUK);
        if (s.tingkat == TINGKAT_PROGRAM && !kosong(induk))
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, AG_INDUK),
                         "program tidak mempunyai induk; sasaran yang "
                         "dilayaninya ditulis di kolom sasaran");
        else if (s.tingkat != TINGKAT_PROGRAM && kosong(induk))
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, AG_INDUK),
                         "%s tanpa induk: tulis kode %s di atasnya", tingkat,
                         s.tingkat == TINGKAT_KEGIATAN ? "program"
                                                       : "kegiatan");
        if (s.tingkat != TINGKAT_PROGRAM && !kosong(sel(b, idx, AG_SASARAN)))
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, AG_SASARAN),
                         "kolom sasaran hanya untuk baris program (kegiatan "
                         "dan sub kegiatan mengikuti programnya)");
        bc->induk_simpul[r->jumlah_simpul] = buat_rujukan(k, b, idx, AG_INDUK);
        bc->sasaran_simpul[r->jumlah_simpul] =
            buat_rujukan(k, b, idx, AG_SASARAN);
        r->simpul[r->jumlah_simpul++] = s;
    }
}

/* ---- renstra.csv
 * -------------------------------------------------------------- */

enum {
    RS_INDIKATOR,
    RS_TAHUN,
    RS_TARGET,
    RS_PREDIKAT,
    RS_REALISASI,
    RS_PREDIKAT_REALISASI,
    RS_REALISASI_DILAPORKAN,
    RS_CATATAN,
    RS_JUMLAH
};

static void baca_renstra(konteks *k, const csv_tabel *t, bacaan *bc)
{
    static const kolom_spek spek[RS_JUMLAH] = {
        {"indikator", true},
        {"tahun", true},
        {"target", false},
        {"predikat", false},
        {"realisasi", false},
        {"predikat_realisasi", false},
        {"realisasi_dilaporkan", false},
        {"catatan", false},
    };
    size_t idx[RS_JUMLAH];
    if (!petakan(t, spek, RS_JUMLAH, idx, k->g))
        return;
    rencana *r = bc->r;
    r->renstra = tumbuh(k, NULL, t->jumlah, sizeof *r->renstra);
    bc->renstra_indikator = tumbuh(k, NULL, t->jumlah, sizeof(rujukan));
    if (k->memori_habis)
        return;
    for (size_t i = 1; i < t->jumlah; i++) {
        const csv_baris *b = &t->baris[i];
        if (baris_kosong(b) || !periksa_baris(t, b, k->g))
            continue;
        renstra_isian e;
        memset(&e, 0, sizeof e);
        e.baris = b->nomor;
        wajib_teks(t, b, idx, RS_INDIKATOR, "indikator", k->g);
        const char *th = sel(b, idx, RS_TAHUN);
        char *akhir;
        long v = strtol(th, &akhir, 10);
        while (*akhir == ' ')
            akhir++;
        if (kosong(th) || *akhir || v < 1900 || v > 9999)
            galat_tambah(k->g, t->nama, b->nomor, kol(idx, RS_TAHUN),
                         "tahun '%s' harus angka tahun empat digit", th);
        else
            e.tahun = (int)v;
        baca_angka(t, b, idx, RS_TARGET, "target", false, &e.target, k->g);
        baca_angka(t, b, idx, RS_REALISASI, "realisasi", false, &e.realisasi,
                   k->g);
        baca_angka(t, b, idx, RS_REALISASI_DILAPORKAN, "realisasi_dilaporkan",
                   false, &e.realisasi_dilaporkan, k->g);
        baca_teks_format(k, t, b, idx, RS_PREDIKAT, "predikat", &e.predikat);
        baca_teks_format(k, t, b, idx, RS_PREDIKAT_REALISASI,
                         "predikat_realisasi", &e.predikat_realisasi);
        e.indikator = TIDAK_ADA;
        bc->renstra_indikator[r->jumlah_renstra] =
            buat_rujukan(k, b, idx, RS_INDIKATOR);
        r->renstra[r->jumlah_renstra++] = e;
    }
    /* The Perbandingan sheet has a column group per year up to the plan's
     * (PERBANDINGAN_TAHUN_MAKS of them): a further year would be left out
     * without a word, so the row that brings it is refused. */
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
            galat_tambah(k->g, t->nama, r->renstra[i].baris, kol(idx, RS_TAHUN),
                         "tahun %d adalah tahun ke-%zu yang berbeda; lembar "
                         "Perbandingan memuat paling banyak %d tahun",
                         th, beda, PERBANDINGAN_TAHUN_MAKS);
            break;
        }
    }
    free(dilihat);
}

/* ---- pembanding.csv (Tabel 3.4) -------------------------------------- */

enum {
    PB_INDIKATOR,
    PB_PEMDA,
    PB_REALISASI,
    PB_KETERANGAN,
    PB_CATATAN,
    PB_JUMLAH
};

static void baca_pembanding(konteks *k, const csv_tabel *t, bacaan *bc)
{
    static const kolom_spek spek[PB_JUMLAH] = {
        {"indikator", true},   {"pemda", true},    {"realisasi", false},
        {"keterangan", false}, {"catatan", false},
    };
    size_t idx[PB_JUMLAH];
    if (!petakan(t, spek, PB_JUMLAH, idx, k->g))
        return;
    rencana *r = bc->r;
    r->pembanding = tumbuh(k, NULL, t->jumlah, sizeof *r->pembanding);
    bc->pembanding_indikator = tumbuh(k, NULL, t->jumlah, sizeof(rujukan));
    if (k->memori_habis)
        return;
    for (size_t i = 1; i < t->jumlah; i++) {
        const csv_baris *b = &t->baris[i];
        if (baris_kosong(b) || !periksa_baris(t, b, k->g))
            continue;
        pembanding_isian e;
        memset(&e, 0, sizeof e);
        e.baris = b->nomor;
        e.indikator = TIDAK_ADA;
        wajib_teks(t, b, idx, PB_INDIKATOR, "indikator", k->g);
        wajib_teks(t, b, idx, PB_PEMDA, "pemda", k->g);
        /* empty: not published yet, a cell to fill in */
        baca_angka(t, b, idx, PB_REALISASI, "realisasi", false, &e.realisasi,
                   k->g);
        e.pemda = salin(k, sel(b, idx, PB_PEMDA));
        e.keterangan = salin(k, sel(b, idx, PB_KETERANGAN));
        bc->pembanding_indikator[r->jumlah_pembanding] =
            buat_rujukan(k, b, idx, PB_INDIKATOR);
        r->pembanding[r->jumlah_pembanding++] = e;
    }
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
    if (p->indikator != q->indikator)
        return p->indikator < q->indikator ? -1 : 1;
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
    return r->renstra[i].indikator != TIDAK_ADA && r->renstra[i].tahun != 0;
}

static bool renstra_sama(const rencana *r, size_t a, size_t b)
{
    return r->renstra[a].indikator == r->renstra[b].indikator &&
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
                         bc->renstra_indikator[i].kode, r->renstra[i].tahun,
                         r->renstra[asal[i]].baris);
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

/* ---- links by kode
 * -------------------------------------------------------------- */

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

    /* sasaran -> tujuan */
    for (size_t i = 0; i < r->jumlah_kelompok; i++) {
        rujukan *rj = &bc->induk_kelompok[i];
        if (r->kelompok[i].jenis != KELOMPOK_SASARAN || !rj->kode || !*rj->kode)
            continue;
        const kode_entri *x = cari_kode(e, m, rj->kode);
        if (!x)
            galat_tambah(k->g, fk, rj->baris, rj->kolom,
                         "induk '%s' tidak ditemukan: tulis kode tujuan yang "
                         "ada di %s",
                         rj->kode, fk);
        else if (x->asal != ASAL_KELOMPOK ||
                 r->kelompok[x->indeks].jenis != KELOMPOK_TUJUAN)
            galat_tambah(k->g, fk, rj->baris, rj->kolom,
                         "induk '%s' adalah %s; induk sasaran harus tujuan",
                         rj->kode, nama_asal(r, x));
        else
            r->kelompok[i].induk = x->indeks;
    }
    /* indicator -> anything but an indicator */
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        rujukan *rj = &bc->induk_indikator[i];
        if (!rj->kode || !*rj->kode)
            continue;
        const kode_entri *x = cari_kode(e, m, rj->kode);
        if (!x)
            galat_tambah(k->g, fk, rj->baris, rj->kolom,
                         "induk '%s' tidak ditemukan di %s maupun %s", rj->kode,
                         fk, fa);
        else if (x->asal == ASAL_INDIKATOR)
            galat_tambah(k->g, fk, rj->baris, rj->kolom,
                         "induk '%s' adalah indikator; indikator berinduk "
                         "tujuan, sasaran, kinerja lainnya, program, kegiatan "
                         "atau sub kegiatan",
                         rj->kode);
        else {
            r->indikator[i].jenis_induk =
                x->asal == ASAL_KELOMPOK ? INDUK_KELOMPOK : INDUK_SIMPUL;
            r->indikator[i].induk = x->indeks;
        }
    }
    /* budget tree */
    for (size_t i = 0; i < r->jumlah_simpul; i++) {
        simpul *s = &r->simpul[i];
        rujukan *rj = &bc->induk_simpul[i];
        if (s->tingkat != TINGKAT_PROGRAM && rj->kode && *rj->kode) {
            simpul_tingkat mau = s->tingkat - 1;
            const kode_entri *x = cari_kode(e, m, rj->kode);
            if (!x)
                galat_tambah(k->g, fa, rj->baris, rj->kolom,
                             "induk '%s' tidak ditemukan: %s harus berinduk "
                             "kode %s yang ada di %s",
                             rj->kode,
                             s->tingkat == TINGKAT_KEGIATAN ? "kegiatan"
                                                            : "sub kegiatan",
                             mau == TINGKAT_PROGRAM ? "program" : "kegiatan",
                             fa);
            else if (x->asal != ASAL_SIMPUL ||
                     r->simpul[x->indeks].tingkat != mau)
                galat_tambah(k->g, fa, rj->baris, rj->kolom,
                             "induk '%s' adalah %s; %s harus berinduk %s",
                             rj->kode, nama_asal(r, x),
                             s->tingkat == TINGKAT_KEGIATAN ? "kegiatan"
                                                            : "sub kegiatan",
                             mau == TINGKAT_PROGRAM ? "program" : "kegiatan");
            else
                s->induk = x->indeks;
        }
        rj = &bc->sasaran_simpul[i];
        if (s->tingkat == TINGKAT_PROGRAM && rj->kode && *rj->kode) {
            const kode_entri *x = cari_kode(e, m, rj->kode);
            if (!x)
                galat_tambah(k->g, fa, rj->baris, rj->kolom,
                             "sasaran '%s' tidak ditemukan di %s", rj->kode,
                             fk);
            else if (x->asal != ASAL_KELOMPOK ||
                     r->kelompok[x->indeks].jenis == KELOMPOK_TUJUAN)
                galat_tambah(k->g, fa, rj->baris, rj->kolom,
                             "'%s' adalah %s; kolom sasaran menunjuk sasaran "
                             "atau kinerja lainnya",
                             rj->kode, nama_asal(r, x));
            else
                s->sasaran = x->indeks;
        }
    }
    /* renstra -> indicator, one row per indicator and year */
    for (size_t i = 0; i < r->jumlah_renstra; i++) {
        rujukan *rj = &bc->renstra_indikator[i];
        if (!rj->kode || !*rj->kode)
            continue;
        const kode_entri *x = cari_kode(e, m, rj->kode);
        if (!x || x->asal != ASAL_INDIKATOR) {
            galat_tambah(k->g, bc->renstra->nama, rj->baris, rj->kolom,
                         x ? "'%s' adalah %s, bukan indikator"
                           : "indikator '%s' tidak ditemukan di %s",
                         rj->kode, x ? nama_asal(r, x) : fk);
            continue;
        }
        r->renstra[i].indikator = x->indeks;
    }
    ganda_renstra(k, bc);
    /* pembanding -> indicator, one row per indicator and region */
    for (size_t i = 0; i < r->jumlah_pembanding; i++) {
        rujukan *rj = &bc->pembanding_indikator[i];
        if (!rj->kode || !*rj->kode)
            continue;
        const kode_entri *x = cari_kode(e, m, rj->kode);
        if (!x || x->asal != ASAL_INDIKATOR) {
            galat_tambah(k->g, bc->pembanding->nama, rj->baris, rj->kolom,
                         x ? "'%s' adalah %s, bukan indikator"
                           : "indikator '%s' tidak ditemukan di %s",
                         rj->kode, x ? nama_asal(r, x) : fk);
            continue;
        }
        r->pembanding[i].indikator = x->indeks;
    }
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

static void bebas_rujukan(rujukan *r, size_t n)
{
    if (!r)
        return;
    for (size_t i = 0; i < n; i++)
        free(r[i].kode);
    free(r);
}

bool rencana_bangun(const rencana_berkas *b, rencana *r, galat_daftar *g)
{
    return rencana_bangun_tambahan(b, NULL, r, g);
}

bool rencana_bangun_tambahan(const rencana_berkas *b, const rencana_tambahan *t,
                             rencana *r, galat_daftar *g)
{
    memset(r, 0, sizeof *r);
    size_t awal = galat_hitung(g);
    konteks k = {g, false};
    bacaan bc = {.r = r,
                 .kinerja = b->kinerja,
                 .anggaran = b->anggaran,
                 .renstra = b->renstra,
                 .pembanding = t ? t->pembanding : NULL};

    baca_identitas(&k, b->identitas, &r->id);
    baca_kinerja(&k, b->kinerja, &bc);
    baca_anggaran(&k, b->anggaran, &bc);
    if (b->renstra)
        baca_renstra(&k, b->renstra, &bc);
    if (bc.pembanding)
        baca_pembanding(&k, bc.pembanding, &bc);
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

    bebas_rujukan(bc.induk_kelompok, r->jumlah_kelompok);
    bebas_rujukan(bc.induk_indikator, r->jumlah_indikator);
    bebas_rujukan(bc.induk_simpul, r->jumlah_simpul);
    bebas_rujukan(bc.sasaran_simpul, r->jumlah_simpul);
    bebas_rujukan(bc.renstra_indikator, r->jumlah_renstra);
    bebas_rujukan(bc.pembanding_indikator, r->jumlah_pembanding);
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

#define JUMLAH_BERKAS 5
static const char *const nama_berkas[JUMLAH_BERKAS] = {
    "identitas.csv", "kinerja.csv", "anggaran.csv", "renstra.csv",
    "pembanding.csv"};
/* renstra.csv and pembanding.csv may be absent */
#define BERKAS_WAJIB 3

static bool bangun_dari(csv_tabel t[JUMLAH_BERKAS], bool ada[JUMLAH_BERKAS],
                        rencana *r, galat_daftar *g)
{
    rencana_berkas b = {&t[0], &t[1], &t[2], ada[3] ? &t[3] : NULL};
    rencana_tambahan tb = {ada[4] ? &t[4] : NULL};
    bool ok = rencana_bangun_tambahan(&b, &tb, r, g);
    for (int i = 0; i < JUMLAH_BERKAS; i++)
        if (ada[i])
            csv_tabel_bebas(&t[i]);
    return ok;
}

bool rencana_baca_folder(const char *folder, rencana *r, galat_daftar *g)
{
    memset(r, 0, sizeof *r);
    csv_tabel t[JUMLAH_BERKAS];
    bool ada[JUMLAH_BERKAS] = {false};
    bool ok = true;
    {
        char jalur[4096];
        size_t n = strlen(folder), baris = 0;
        snprintf(jalur, sizeof jalur, "%s%s%s", folder,
                 n && folder[n - 1] == '/' ? "" : "/", nama_berkas[2]);
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
                 n && folder[n - 1] == '/' ? "" : "/", nama_berkas[i]);
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

bool rencana_baca_contoh(rencana *r, galat_daftar *g)
{
    memset(r, 0, sizeof *r);
    csv_tabel t[JUMLAH_BERKAS];
    bool ada[JUMLAH_BERKAS] = {false};
    bool ok = true;
    for (int i = 0; i < JUMLAH_BERKAS; i++) {
        const contoh_berkas *c = NULL;
        for (size_t j = 0; j < contoh_bawaan_jumlah; j++)
            if (!strcmp(contoh_bawaan[j].nama, nama_berkas[i]))
                c = &contoh_bawaan[j];
        if (!c)
            continue;
        char nama[256];
        snprintf(nama, sizeof nama, "%s/%s", CONTOH_FOLDER, nama_berkas[i]);
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
