/*
 * fuzz_pembaca.c - libFuzzer target for the reader of .xlsx and .ods files
 * (pembaca/pembaca.h, buku_buka_memori).
 *
 * Two kinds of input, so that mutations reach the XML as well as the zip:
 *   - any bytes: read as the file itself (a zip, or not);
 *   - bytes starting "%%BAGIAN ": parts, each a line "%%BAGIAN name"
 *     followed by its content up to the next such line, put into a zip
 *     (stored, in order) here with libzip, then read.
 * The seeds (korpus/pembaca) are real workbooks of both kinds, written by
 * tests/pembaca/test_pembaca_banding.py --korpus.
 *
 * Limits are small (4 MiB a part, 20 000 cells), so one input stays fast.
 * Checked: a failure has a code and a message that starts with the file's
 * name; a success has sheets with names, cells sorted strictly by
 * position inside the sheet's bounds, of a known kind, numbers finite,
 * booleans 0 or 1, texts NUL-terminated at their length and at most
 * 32 767 characters, an empty cell only with a formula, every cell found
 * again by buku_sel_di, no more cells than the limit; nothing leaks.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "bita.h"
#include "pembaca.h"

#define AWAL "%%BAGIAN "
#define BAGIAN_MAKS 64

static const buku_batas batas = {
    .bagian_maks = 4u << 20, .sel_maks = 20000, .lembar_maks = 64};

static size_t karakter(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static void periksa(const uint8_t *data, size_t size)
{
    buku *b = NULL;
    buku_galat g;
    memset(&g, 0x55, sizeof g);
    bool ok = buku_buka_memori(data, size, "fuzz", &batas, &b, &g);
    if (!ok) {
        FUZZ_PASTIKAN(b == NULL);
        FUZZ_PASTIKAN(g.kode > BUKU_OK && g.kode < BUKU_GALAT_JUMLAH_KODE);
        FUZZ_PASTIKAN(memchr(g.pesan, '\0', sizeof g.pesan) != NULL);
        FUZZ_PASTIKAN(strncmp(g.pesan, "fuzz: ", 6) == 0);
        FUZZ_PASTIKAN(strlen(g.pesan) > 6);
        if (getenv("KINERJA_FUZZ_CERITA"))
            fprintf(stderr, "%s\n", g.pesan);
        return;
    }
    FUZZ_PASTIKAN(b != NULL && g.kode == BUKU_OK);
    size_t total = 0, lembar = buku_jumlah_lembar(b);
    FUZZ_PASTIKAN(lembar >= 1 && lembar <= batas.lembar_maks);
    for (size_t i = 0; i < lembar; i++) {
        FUZZ_PASTIKAN(buku_nama_lembar(b, i) != NULL);
        size_t n;
        const buku_sel *s = buku_sel_lembar(b, i, &n);
        total += n;
        for (size_t k = 0; k < n; k++) {
            const buku_sel *c = &s[k];
            FUZZ_PASTIKAN(c->baris < BUKU_BARIS_MAKS);
            FUZZ_PASTIKAN(c->kolom < BUKU_KOLOM_MAKS);
            if (k > 0)
                FUZZ_PASTIKAN(
                    s[k - 1].baris < c->baris ||
                    (s[k - 1].baris == c->baris && s[k - 1].kolom < c->kolom));
            switch (c->jenis) {
            case BUKU_ANGKA:
                FUZZ_PASTIKAN(isfinite(c->angka));
                break;
            case BUKU_BOOLEAN:
                FUZZ_PASTIKAN(c->angka == 0 || c->angka == 1);
                break;
            case BUKU_TEKS:
            case BUKU_GALAT:
                FUZZ_PASTIKAN(c->teks != NULL && c->teks[c->panjang] == '\0');
                FUZZ_PASTIKAN(karakter(c->teks, c->panjang) <= BUKU_TEKS_MAKS);
                break;
            case BUKU_KOSONG:
                FUZZ_PASTIKAN(c->rumus != NULL);
                break;
            default:
                FUZZ_PASTIKAN(!"a cell of unknown kind");
            }
            if (c->jenis != BUKU_TEKS && c->jenis != BUKU_GALAT)
                FUZZ_PASTIKAN(c->teks == NULL);
            if (c->rumus)
                FUZZ_PASTIKAN(strlen(c->rumus) <= 4 * BUKU_TEKS_MAKS);
            FUZZ_PASTIKAN(buku_sel_di(b, i, c->baris, c->kolom) == c);
        }
        long j = buku_cari_lembar(b, buku_nama_lembar(b, i));
        FUZZ_PASTIKAN(j >= 0 && (size_t)j <= i);
    }
    FUZZ_PASTIKAN(total <= batas.sel_maks);
    if (getenv("KINERJA_FUZZ_CERITA"))
        fprintf(stderr, "read: %zu sheets, %zu cells\n", lembar, total);
    buku_tutup(b);
}

/* The parts of a "%%BAGIAN" input, zipped (stored) in memory. */
static void periksa_bagian(const uint8_t *data, size_t size)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    FUZZ_PASTIKAN(src != NULL);
    zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    FUZZ_PASTIKAN(z != NULL);
    zip_source_keep(src);
    const char *p = (const char *)data, *akhir = p + size;
    size_t na = strlen(AWAL);
    for (int n = 0; n < BAGIAN_MAKS && (size_t)(akhir - p) >= na &&
                    memcmp(p, AWAL, na) == 0;
         n++) {
        const char *nama = p + na;
        const char *eol = memchr(nama, '\n', (size_t)(akhir - nama));
        if (eol == NULL)
            break;
        char nm[256];
        size_t pn = (size_t)(eol - nama) < sizeof nm - 1 ? (size_t)(eol - nama)
                                                         : sizeof nm - 1;
        memcpy(nm, nama, pn);
        nm[pn] = '\0';
        const char *isi = eol + 1, *lanjut = akhir;
        for (const char *q = isi; q + na + 1 <= akhir; q++)
            if (q[0] == '\n' && memcmp(q + 1, AWAL, na) == 0) {
                lanjut = q + 1;
                break;
            }
        size_t panjang = (size_t)(lanjut - isi);
        if (lanjut != akhir)
            panjang--; /* the newline before the next part's line */
        zip_source_t *s = zip_source_buffer(z, isi, panjang, 0);
        FUZZ_PASTIKAN(s != NULL);
        zip_int64_t i = zip_file_add(z, nm, s, ZIP_FL_OVERWRITE);
        if (i < 0)
            zip_source_free(s); /* e.g. an empty name */
        else
            zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_STORE, 0);
        p = lanjut;
    }
    if (zip_close(z) != 0) {
        zip_discard(z);
        zip_source_free(src);
        zip_error_fini(&ze);
        return;
    }
    zip_stat_t st;
    if (zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
        uint8_t *zip = malloc(st.size ? st.size : 1);
        FUZZ_PASTIKAN(zip != NULL);
        zip_int64_t n = zip_source_read(src, zip, st.size);
        zip_source_close(src);
        if (n == (zip_int64_t)st.size)
            periksa(zip, st.size);
        free(zip);
    }
    zip_source_free(src);
    zip_error_fini(&ze);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size >= strlen(AWAL) && memcmp(data, AWAL, strlen(AWAL)) == 0)
        periksa_bagian(data, size);
    else
        periksa(data, size);
    return 0;
}
