/*
 * utama.c - kinerja-meta, the build's generator of everything that is
 * derived from the function table.
 *
 *   kinerja-meta xcu LAYANAN KELUARAN      CalcAddIns.xcu for service LAYANAN
 *   kinerja-meta keterangan id|en [KELUARAN]
 *                                          the Extension Manager's description
 *   kinerja-meta ikon biasa|kontras KELUARAN
 *                                          the extension's icon (PNG)
 *   kinerja-meta idl [KELUARAN]            the IDL methods, as unoidl-read
 *                                          prints them
 *   kinerja-meta referensi [KELUARAN]      the README's function reference
 *   kinerja-meta referensi-tulis README    rewrite README's reference section
 *   kinerja-meta referensi-periksa README  exit 1 if that section is stale
 *
 * The README's section is the text between the markers below.  Files are
 * written to a temporary name and renamed, so an interrupted or failed run
 * never leaves a half-written file that looks up to date.
 */
#include <stdlib.h>
#include <string.h>

#include "meta.h"

#define PENANDA_MULAI "<!-- referensi-fungsi:mulai -->"
#define PENANDA_SELESAI "<!-- referensi-fungsi:selesai -->"

/* A README is a few tens of kilobytes; anything this large is not one. */
#define UKURAN_MAKS (8L * 1024 * 1024)

typedef int (*penulis)(FILE *keluar, const void *data);

static int penulis_xcu(FILE *keluar, const void *layanan)
{
    return tulis_xcu(keluar, layanan);
}

static int penulis_idl(FILE *keluar, const void *data)
{
    (void)data;
    return tulis_idl(keluar);
}

static int penulis_keterangan(FILE *keluar, const void *inggris)
{
    return tulis_keterangan(keluar, *(const bool *)inggris);
}

static int penulis_ikon(FILE *keluar, const void *kontras)
{
    return tulis_ikon(keluar, *(const bool *)kontras);
}

static int penulis_referensi(FILE *keluar, const void *data)
{
    (void)data;
    return tulis_referensi(keluar);
}

/* Writes `jalur` through `tulis`, replacing it only when all went well;
 * NULL writes to stdout. */
static int tulis_berkas(const char *jalur, penulis tulis, const void *data)
{
    if (jalur == NULL)
        return tulis(stdout, data) == 0 && fflush(stdout) == 0 ? 0 : -1;

    size_t n = strlen(jalur) + sizeof(".tmp");
    char *sementara = malloc(n);
    if (sementara == NULL) {
        fputs("kinerja-meta: out of memory\n", stderr);
        return -1;
    }
    snprintf(sementara, n, "%s.tmp", jalur);

    int hasil = -1;
    FILE *f = fopen(sementara, "wb");
    if (f == NULL) {
        perror(sementara);
    } else {
        int ok = tulis(f, data) == 0;
        if (fclose(f) != 0)
            ok = 0;
        if (!ok)
            fprintf(stderr, "kinerja-meta: writing %s failed\n", sementara);
        else if (rename(sementara, jalur) != 0)
            perror(jalur);
        else
            hasil = 0;
        if (hasil != 0)
            remove(sementara);
    }
    free(sementara);
    return hasil;
}

/* The whole of `f` from its current position, NUL-terminated. */
static char *baca_semua(FILE *f, const char *nama, size_t *panjang)
{
    size_t kapasitas = 4096, n = 0;
    char *isi = malloc(kapasitas);
    while (isi != NULL) {
        n += fread(isi + n, 1, kapasitas - n - 1, f);
        if (ferror(f)) {
            perror(nama);
            break;
        }
        if (feof(f)) {
            isi[n] = '\0';
            *panjang = n;
            return isi;
        }
        if (kapasitas >= (size_t)UKURAN_MAKS) {
            fprintf(stderr, "kinerja-meta: %s is too large\n", nama);
            break;
        }
        char *lebih = realloc(isi, kapasitas * 2);
        if (lebih == NULL)
            break;
        isi = lebih;
        kapasitas *= 2;
    }
    if (isi == NULL)
        fputs("kinerja-meta: out of memory\n", stderr);
    free(isi);
    return NULL;
}

static char *baca_berkas(const char *jalur, size_t *panjang)
{
    FILE *f = fopen(jalur, "rb");
    if (f == NULL) {
        perror(jalur);
        return NULL;
    }
    char *isi = baca_semua(f, jalur, panjang);
    fclose(f);
    return isi;
}

/* What belongs between the markers: the generated reference, set off from
 * them by a line break and a blank line. */
static char *bagian_referensi(size_t *panjang)
{
    FILE *f = tmpfile();
    if (f == NULL) {
        perror("tmpfile");
        return NULL;
    }
    char *isi = NULL;
    if (fputc('\n', f) != EOF && tulis_referensi(f) == 0 &&
        fputc('\n', f) != EOF && fflush(f) == 0) {
        rewind(f);
        isi = baca_semua(f, "the generated reference", panjang);
    }
    fclose(f);
    return isi;
}

/* The README's section: [*awal, *akhir) lies between the two markers. */
static int cari_bagian(const char *readme, const char *jalur, size_t *awal,
                       size_t *akhir)
{
    const char *mulai = strstr(readme, PENANDA_MULAI);
    const char *selesai = mulai ? strstr(mulai, PENANDA_SELESAI) : NULL;
    if (mulai == NULL || selesai == NULL ||
        strstr(mulai + 1, PENANDA_MULAI) != NULL ||
        strstr(selesai + 1, PENANDA_SELESAI) != NULL) {
        fprintf(stderr,
                "kinerja-meta: %s must contain \"%s\" followed by \"%s\", "
                "once each\n",
                jalur, PENANDA_MULAI, PENANDA_SELESAI);
        return -1;
    }
    *awal = (size_t)(mulai - readme) + strlen(PENANDA_MULAI);
    *akhir = (size_t)(selesai - readme);
    return 0;
}

typedef struct readme_baru {
    const char *readme;
    size_t awal, akhir;
    const char *bagian;
    size_t panjang_bagian;
} readme_baru;

static int penulis_readme(FILE *keluar, const void *data)
{
    const readme_baru *r = data;
    fwrite(r->readme, 1, r->awal, keluar);
    fwrite(r->bagian, 1, r->panjang_bagian, keluar);
    fputs(r->readme + r->akhir, keluar);
    return ferror(keluar) ? -1 : 0;
}

/* Line number (from 1) of the first line where a and b differ. */
static size_t baris_beda(const char *a, size_t na, const char *b, size_t nb)
{
    size_t baris = 1;
    for (size_t i = 0; i < na && i < nb && a[i] == b[i]; i++)
        if (a[i] == '\n')
            baris++;
    return baris;
}

static int referensi_readme(const char *jalur, bool tulis)
{
    size_t panjang_readme = 0, panjang_bagian = 0, awal, akhir;
    int hasil = -1;
    char *readme = baca_berkas(jalur, &panjang_readme);
    char *bagian = readme ? bagian_referensi(&panjang_bagian) : NULL;
    if (bagian == NULL || cari_bagian(readme, jalur, &awal, &akhir) != 0)
        goto selesai;

    bool sama = akhir - awal == panjang_bagian &&
                memcmp(readme + awal, bagian, panjang_bagian) == 0;
    if (sama) {
        hasil = 0;
    } else if (tulis) {
        readme_baru r = {readme, awal, akhir, bagian, panjang_bagian};
        hasil = tulis_berkas(jalur, penulis_readme, &r);
        if (hasil == 0)
            fprintf(stderr,
                    "kinerja-meta: updated the function reference in "
                    "%s\n",
                    jalur);
    } else {
        fprintf(
            stderr,
            "kinerja-meta: the function reference in %s differs from the "
            "function table (line %zu of the section); run "
            "`cmake --build build --target referensi`\n",
            jalur,
            baris_beda(readme + awal, akhir - awal, bagian, panjang_bagian));
    }
selesai:
    free(bagian);
    free(readme);
    return hasil;
}

static int pakai(void)
{
    fputs("usage: kinerja-meta xcu SERVICE OUTPUT\n"
          "       kinerja-meta keterangan id|en [OUTPUT]\n"
          "       kinerja-meta ikon biasa|kontras OUTPUT\n"
          "       kinerja-meta idl [OUTPUT]\n"
          "       kinerja-meta referensi [OUTPUT]\n"
          "       kinerja-meta referensi-tulis README\n"
          "       kinerja-meta referensi-periksa README\n",
          stderr);
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return pakai();
    const char *perintah = argv[1];
    const char *keluaran = NULL; /* stdout */
    int hasil;
    if (strcmp(perintah, "xcu") == 0 && argc == 4) {
        hasil = tulis_berkas(argv[3], penulis_xcu, argv[2]);
    } else if (strcmp(perintah, "keterangan") == 0 &&
               (argc == 3 || argc == 4) &&
               (strcmp(argv[2], "id") == 0 || strcmp(argv[2], "en") == 0)) {
        bool inggris = strcmp(argv[2], "en") == 0;
        if (argc == 4)
            keluaran = argv[3];
        hasil = tulis_berkas(keluaran, penulis_keterangan, &inggris);
    } else if (strcmp(perintah, "ikon") == 0 && argc == 4 &&
               (strcmp(argv[2], "biasa") == 0 ||
                strcmp(argv[2], "kontras") == 0)) {
        bool kontras = strcmp(argv[2], "kontras") == 0;
        hasil = tulis_berkas(argv[3], penulis_ikon, &kontras);
    } else if (strcmp(perintah, "idl") == 0 && argc <= 3) {
        if (argc == 3)
            keluaran = argv[2];
        hasil = tulis_berkas(keluaran, penulis_idl, NULL);
    } else if (strcmp(perintah, "referensi") == 0 && argc <= 3) {
        if (argc == 3)
            keluaran = argv[2];
        hasil = tulis_berkas(keluaran, penulis_referensi, NULL);
    } else if (strcmp(perintah, "referensi-tulis") == 0 && argc == 3) {
        hasil = referensi_readme(argv[2], true);
    } else if (strcmp(perintah, "referensi-periksa") == 0 && argc == 3) {
        hasil = referensi_readme(argv[2], false);
    } else {
        return pakai();
    }
    return hasil == 0 ? 0 : 1;
}
