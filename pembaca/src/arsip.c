/*
 * arsip.c - the zip package under every .xlsx and .ods, through libzip.
 *
 * A part is streamed, never read whole, and its size is checked twice: the
 * size the zip declares before reading, and the bytes actually inflated
 * while reading (a zip bomb may declare a small size and inflate to
 * gigabytes); and all parts together are bounded too, since a hostile zip
 * may hold a thousand sheets each just under the part limit.  libzip checks
 * each part's CRC when it is read to the end.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>
#ifdef _WIN32
#include <windows.h>
#endif

#include "dalam.h"

struct arsip {
    zip_t *zip;
};

#define POTONGAN 65536

/* A zip's local header starts "PK\3\4": a file that starts so but has no
 * readable central directory was cut short or damaged, not another kind
 * of file. */
static bool mirip_zip(const unsigned char *awal, size_t n)
{
    return n >= 4 && awal[0] == 'P' && awal[1] == 'K' && awal[2] == 3 &&
           awal[3] == 4;
}

/* An OLE compound file (D0 CF 11 E0 A1 B1 1A E1) is what Excel 97-2003
 * (.xls) writes, and also what Excel and Calc write for an .xlsx saved
 * with a password to open: staff meet both, so the message says which. */
static bool mirip_ole(const unsigned char *awal, size_t n)
{
    static const unsigned char ole[8] = {0xD0, 0xCF, 0x11, 0xE0,
                                         0xA1, 0xB1, 0x1A, 0xE1};
    return n >= 8 && memcmp(awal, ole, 8) == 0;
}

static bool gagal_buka(baca *c, int kode_zip, const unsigned char *awal,
                       size_t n)
{
    zip_error_t ze;
    zip_error_init_with_code(&ze, kode_zip);
    const char *teks = zip_error_strerror(&ze);
    bool hasil;
    switch (kode_zip) {
    case ZIP_ER_MEMORY:
        hasil = baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
        break;
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
    case ZIP_ER_NOENT:
        hasil =
            baca_gagal(c, BUKU_GALAT_BERKAS, "tidak dapat dibuka: %s", teks);
        break;
    case ZIP_ER_NOZIP:
        if (mirip_ole(awal, n)) {
            hasil = baca_gagal(c, BUKU_GALAT_BUKAN_ZIP,
                               "buku kerja Excel 97-2003 (.xls) atau buku "
                               "kerja berkata sandi: simpan ulang sebagai "
                               ".xlsx atau .ods tanpa kata sandi");
            break;
        }
        if (!mirip_zip(awal, n)) {
            hasil = baca_gagal(c, BUKU_GALAT_BUKAN_ZIP,
                               "bukan buku kerja .xlsx atau .ods (bukan "
                               "arsip zip)");
            break;
        }
        /* a zip's start without its end: damaged */
        /* fall through */
    default:
        hasil = baca_gagal(c, BUKU_GALAT_ZIP_RUSAK,
                           "arsip zip rusak atau terpotong (%s)", teks);
        break;
    }
    zip_error_fini(&ze);
    return hasil;
}

static bool pasang(baca *c, zip_t *z)
{
    c->arsip = malloc(sizeof *c->arsip);
    if (c->arsip == NULL) {
        zip_discard(z);
        return baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
    }
    c->arsip->zip = z;
    return true;
}

/* Opens a file by its UTF-8 path for reading bytes.  On Windows the path
 * goes to the wide-character (UTF-16) API: fopen would read it in the ANSI
 * code page, where a folder named "Dinas Pendidikan — Kota Batu" is
 * another name or none.  libzip's zip_open does the same conversion itself
 * on Windows (its file source takes UTF-8 names there). */
static FILE *buka_biner(const char *jalur)
{
#ifdef _WIN32
    int n =
        MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, jalur, -1, NULL, 0);
    wchar_t *w = n > 0 ? malloc((size_t)n * sizeof *w) : NULL;
    if (w == NULL) {
        errno = n > 0 ? ENOMEM : EINVAL;
        return NULL;
    }
    MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, jalur, -1, w, n);
    FILE *f = _wfopen(w, L"rb");
    free(w);
    return f;
#else
    return fopen(jalur, "rb");
#endif
}

bool arsip_buka_berkas(baca *c, const char *jalur)
{
    FILE *f = buka_biner(jalur);
    if (f == NULL)
        return baca_gagal(c, BUKU_GALAT_BERKAS, "tidak dapat dibuka: %s",
                          strerror(errno));
    unsigned char awal[8];
    size_t n = fread(awal, 1, sizeof awal, f);
    fclose(f);
    int e = 0;
    /* ZIP_CHECKCONS: the central directory must agree with the local
     * headers, so a tampered archive is refused before anything is read. */
    zip_t *z = zip_open(jalur, ZIP_RDONLY | ZIP_CHECKCONS, &e);
    if (z == NULL)
        return gagal_buka(c, e, awal, n);
    return pasang(c, z);
}

bool arsip_buka_memori(baca *c, const void *data, size_t ukuran)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *s = zip_source_buffer_create(data, ukuran, 0, &ze);
    if (s == NULL) {
        zip_error_fini(&ze);
        return baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
    }
    zip_t *z = zip_open_from_source(s, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (z == NULL) {
        int e = zip_error_code_zip(&ze);
        zip_error_fini(&ze);
        zip_source_free(s);
        return gagal_buka(c, e, data, ukuran);
    }
    zip_error_fini(&ze);
    return pasang(c, z);
}

void arsip_tutup(arsip *a)
{
    if (a == NULL)
        return;
    zip_discard(a->zip);
    free(a);
}

/* OPC part names are case-insensitive (ECMA-376 part 2, 9.1.1.1); ODF's
 * are not, but no two parts of a real package differ only in case. */
static zip_int64_t cari(const arsip *a, const char *nama)
{
    return zip_name_locate(a->zip, nama, ZIP_FL_NOCASE);
}

bool arsip_ada(const arsip *a, const char *nama)
{
    return cari(a, nama) >= 0;
}

bool arsip_alirkan(baca *c, const char *nama, arsip_terima terima,
                   void *pengguna)
{
    const char *bagian_lama = c->bagian;
    c->bagian = nama;
    bool hasil = false;
    zip_file_t *f = NULL;
    char *potongan = NULL;
    zip_int64_t i = cari(c->arsip, nama);
    zip_stat_t st;
    if (i < 0) {
        baca_gagal(c, BUKU_GALAT_BAGIAN_HILANG,
                   "bagian ini tidak ada dalam arsip");
        goto selesai;
    }
    if (zip_stat_index(c->arsip->zip, (zip_uint64_t)i, 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE)) {
        baca_gagal(c, BUKU_GALAT_ZIP_RUSAK, "ukuran bagian tidak terbaca");
        goto selesai;
    }
    if (st.size > c->batas.bagian_maks) {
        baca_gagal(c, BUKU_GALAT_BATAS,
                   "bagian terlalu besar: %llu bita setelah diekstrak "
                   "(batas %llu)",
                   (unsigned long long)st.size,
                   (unsigned long long)c->batas.bagian_maks);
        goto selesai;
    }
    if (st.size > c->batas.total_maks - c->dibaca) {
        baca_gagal(c, BUKU_GALAT_BATAS,
                   "bagian-bagian buku kerja bersama lebih dari %llu bita "
                   "setelah diekstrak (batas)",
                   (unsigned long long)c->batas.total_maks);
        goto selesai;
    }
    f = zip_fopen_index(c->arsip->zip, (zip_uint64_t)i, 0);
    if (f == NULL) {
        baca_gagal(c, BUKU_GALAT_ZIP_RUSAK, "bagian tidak dapat dibuka (%s)",
                   zip_strerror(c->arsip->zip));
        goto selesai;
    }
    potongan = malloc(POTONGAN);
    if (potongan == NULL) {
        baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
        goto selesai;
    }
    zip_uint64_t total = 0;
    for (;;) {
        zip_int64_t n = zip_fread(f, potongan, POTONGAN);
        if (n < 0) {
            baca_gagal(c, BUKU_GALAT_ZIP_RUSAK, "bagian rusak (%s)",
                       zip_file_strerror(f));
            goto selesai;
        }
        total += (zip_uint64_t)n;
        c->dibaca += (zip_uint64_t)n;
        /* The declared size was checked against the limit; more bytes
         * than declared is a lying header. */
        if (total > st.size) {
            baca_gagal(c, BUKU_GALAT_BATAS,
                       "bagian lebih besar daripada ukuran yang dinyatakan "
                       "arsip (%llu bita): arsip rusak atau bom zip",
                       (unsigned long long)st.size);
            goto selesai;
        }
        if (!terima(pengguna, potongan, (size_t)n, n == 0))
            goto selesai;
        if (n == 0)
            break;
    }
    if (total != st.size) {
        baca_gagal(c, BUKU_GALAT_ZIP_RUSAK,
                   "bagian terpotong: %llu dari %llu bita",
                   (unsigned long long)total, (unsigned long long)st.size);
        goto selesai;
    }
    hasil = true;
selesai:
    free(potongan);
    if (f)
        zip_fclose(f);
    c->bagian = bagian_lama;
    return hasil;
}

typedef struct kecil {
    baca *c;
    char *buf;
    size_t maks, n;
} kecil;

static bool terima_kecil(void *pengguna, const char *data, size_t n, bool akhir)
{
    kecil *k = pengguna;
    (void)akhir;
    if (k->n + n >= k->maks)
        return false;
    memcpy(k->buf + k->n, data, n);
    k->n += n;
    k->buf[k->n] = '\0';
    return true;
}

bool arsip_baca_kecil(baca *c, const char *nama, char *buf, size_t maks)
{
    kecil k = {c, buf, maks, 0};
    buf[0] = '\0';
    return arsip_alirkan(c, nama, terima_kecil, &k);
}
