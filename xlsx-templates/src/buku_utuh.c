/*
 * buku_utuh.c - a written workbook's XML parts are whole (buku_utuh.h).
 */
#include "buku_utuh.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

/* The smallest block a file system gives space in: a file cut short by a
 * full disk ends on a multiple of it. */
#define BLOK 512

/* The start and the end of a part are kept while it is read. */
#define KEPALA 1024
#define EKOR 256

#define NAMA_MAKS 64

static bool spasi(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Past white space, <?...?> and <!--...--> from x[i]; n at the end. */
static size_t lewati_pembuka(const char *x, size_t n, size_t i)
{
    for (;;) {
        while (i < n && spasi(x[i]))
            i++;
        const char *akhir = NULL;
        size_t panjang = 0;
        if (n - i >= 2 && !memcmp(x + i, "<?", 2))
            akhir = "?>", panjang = 2;
        else if (n - i >= 4 && !memcmp(x + i, "<!--", 4))
            akhir = "-->", panjang = 3;
        if (!akhir)
            return i;
        const char *t = NULL;
        for (size_t j = i + 2; j + panjang <= n && !t; j++)
            if (!memcmp(x + j, akhir, panjang))
                t = x + j;
        if (!t)
            return n;
        i = (size_t)(t - x) + panjang;
    }
}

/* The root element's name from the part's start x[0..n) into nama, and
 * whether its start tag closes it (`<calcChain/>`).  False if the start
 * holds no whole start tag. */
static bool akar(const char *x, size_t n, char nama[NAMA_MAKS],
                 bool *tutup_sendiri)
{
    size_t i = lewati_pembuka(x, n, 0);
    if (i >= n || x[i] != '<')
        return false;
    size_t j = ++i;
    while (j < n && !spasi(x[j]) && x[j] != '>' && x[j] != '/')
        j++;
    if (j == i || j - i >= NAMA_MAKS)
        return false;
    memcpy(nama, x + i, j - i);
    nama[j - i] = 0;
    /* the start tag's end: a '>' outside an attribute value */
    char kutip = 0;
    for (; j < n; j++) {
        if (kutip) {
            if (x[j] == kutip)
                kutip = 0;
        } else if (x[j] == '"' || x[j] == '\'') {
            kutip = x[j];
        } else if (x[j] == '>') {
            *tutup_sendiri = x[j - 1] == '/';
            return true;
        }
    }
    return false;
}

/* Whether the part's end x[0..n) closes root element `nama`. */
static bool akhir_akar(const char *x, size_t n, const char *nama,
                       bool tutup_sendiri)
{
    while (n && spasi(x[n - 1]))
        n--;
    if (tutup_sendiri)
        return n >= 2 && !memcmp(x + n - 2, "/>", 2);
    size_t p = strlen(nama);
    return n >= p + 3 && !memcmp(x + n - p - 3, "</", 2) &&
           !memcmp(x + n - p - 1, nama, p) && x[n - 1] == '>';
}

bool buku_utuh_xml(const char *x, size_t n)
{
    char nama[NAMA_MAKS];
    bool tutup_sendiri = false;
    return akar(x, n, nama, &tutup_sendiri) &&
           akhir_akar(x, n, nama, tutup_sendiri);
}

/* Whether entry i of z, of `ukuran` bytes, is whole XML: read through,
 * its start and its end kept. */
static bool entri_utuh(zip_t *z, zip_uint64_t i, zip_uint64_t ukuran)
{
    if (ukuran == 0)
        return false;
    zip_file_t *f = zip_fopen_index(z, i, 0);
    if (!f)
        return false;
    char kepala[KEPALA], ekor[2 * EKOR], buf[16384];
    size_t n_kepala = 0, n_ekor = 0;
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) {
        size_t m = (size_t)n;
        if (n_kepala < KEPALA) {
            size_t ambil = m < KEPALA - n_kepala ? m : KEPALA - n_kepala;
            memcpy(kepala + n_kepala, buf, ambil);
            n_kepala += ambil;
        }
        /* the last EKOR bytes at least, in ekor[0..n_ekor) */
        if (m >= EKOR) {
            memcpy(ekor, buf + m - EKOR, EKOR);
            n_ekor = EKOR;
        } else {
            if (n_ekor + m > sizeof ekor) {
                memmove(ekor, ekor + n_ekor - EKOR, EKOR);
                n_ekor = EKOR;
            }
            memcpy(ekor + n_ekor, buf, m);
            n_ekor += m;
        }
    }
    bool dibaca = n == 0;
    zip_fclose(f);
    char nama[NAMA_MAKS];
    bool tutup_sendiri = false;
    return dibaca && akar(kepala, n_kepala, nama, &tutup_sendiri) &&
           akhir_akar(ekor, n_ekor, nama, tutup_sendiri);
}

static bool bagian_xml(const char *nama)
{
    size_t n = strlen(nama);
    return (n >= 4 && !strcmp(nama + n - 4, ".xml")) ||
           (n >= 5 && !strcmp(nama + n - 5, ".rels"));
}

bool buku_utuh_periksa(const char *jalur, const char *nama, galat_rencana *g)
{
    int e = 0;
    zip_t *z = zip_open(jalur, ZIP_RDONLY, &e);
    if (!z) {
        galat_tambah(g, nama, 0, 0,
                     "gagal ditulis: berkas yang ditulis tidak terbaca "
                     "kembali sebagai zip (disk penuh?)");
        return false;
    }
    bool ok = true;
    zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; ok && i < n; i++) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z, (zip_uint64_t)i, 0, &st) != 0 ||
            !(st.valid & ZIP_STAT_NAME) || !(st.valid & ZIP_STAT_SIZE)) {
            galat_tambah(g, nama, 0, 0,
                         "gagal ditulis: isi zip yang ditulis tidak terbaca "
                         "kembali");
            ok = false;
        } else if (bagian_xml(st.name) && st.size % BLOK == 0 &&
                   !entri_utuh(z, (zip_uint64_t)i, st.size)) {
            galat_tambah(g, nama, 0, 0,
                         "gagal ditulis: %s terpotong (disk penuh?); "
                         "kosongkan ruang lalu jalankan lagi",
                         st.name);
            ok = false;
        }
    }
    zip_discard(z);
    return ok;
}
