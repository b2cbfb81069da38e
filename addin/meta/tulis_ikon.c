/*
 * tulis_ikon.c - the extension's icon, drawn as a PNG at build time so
 * that the repository carries no binary and the picture is the same on
 * every build.
 *
 * The Extension Manager draws an extension's icon in a 42 x 42 pixel box
 * (larger ones are scaled down into it), from description.xml's
 * <icon><default/> and, when the desktop uses a high-contrast theme,
 * <high-contrast/>.  The picture: three rising bars of a performance chart,
 * the tallest in gold (the achievement), on a rounded blue tile; in high
 * contrast, white and yellow on black with a white rim.
 *
 * The PNG (ISO/IEC 15948) is 8-bit RGBA, unfiltered, in one zlib stream
 * of "stored" deflate blocks (RFC 1950/1951): no compression library is
 * needed, and 42 x 42 pixels are 7 kB either way.
 */
#include <stdint.h>
#include <string.h>

#include "meta.h"

#define SISI 42
#define SAMPEL 4 /* SAMPEL x SAMPEL points per pixel smooth the corners */

typedef struct warna {
    double r, g, b, a; /* 0..1, not premultiplied */
} warna;

typedef struct palet {
    warna latar, tepi, batang, puncak;
    double tebal_tepi; /* the rim's width in pixels; 0 for none */
} palet;

static const palet palet_biasa = {
    {0.114, 0.306, 0.537, 1}, /* #1D4E89 */
    {0.114, 0.306, 0.537, 1},
    {1, 1, 1, 1},
    {0.949, 0.718, 0.020, 1}, /* #F2B705 */
    0,
};
static const palet palet_kontras = {
    {0, 0, 0, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 0, 1}, 2,
};

/* Is (x, y) inside the square [t, SISI - t]^2 with corners of radius r? */
static bool di_ubin(double x, double y, double t, double r)
{
    double lo = t + r, hi = SISI - t - r;
    if (x < t || y < t || x > SISI - t || y > SISI - t)
        return false;
    double dx = x < lo ? lo - x : (x > hi ? x - hi : 0);
    double dy = y < lo ? lo - y : (y > hi ? y - hi : 0);
    return dx * dx + dy * dy <= r * r;
}

/* The three bars: left edge, top; all end on the baseline. */
static const struct {
    double kiri, atas;
} batang[] = {{9, 25}, {18, 18}, {27, 10}};
#define LEBAR_BATANG 7.0
#define DASAR 33.0 /* the bars' bottom; the baseline lies below it */

static warna warna_titik(double x, double y, const palet *p)
{
    const warna bening = {0, 0, 0, 0};
    if (!di_ubin(x, y, 1, 8))
        return bening;
    if (p->tebal_tepi > 0 &&
        !di_ubin(x, y, 1 + p->tebal_tepi, 8 - p->tebal_tepi))
        return p->tepi;
    for (size_t i = 0; i < sizeof(batang) / sizeof(batang[0]); i++)
        if (x >= batang[i].kiri && x < batang[i].kiri + LEBAR_BATANG &&
            y >= batang[i].atas && y < DASAR)
            return i + 1 == sizeof(batang) / sizeof(batang[0]) ? p->puncak
                                                               : p->batang;
    if (y >= DASAR + 1 && y < DASAR + 3 && x >= 7 && x < SISI - 7)
        return p->batang;
    return p->latar;
}

static uint8_t bulat_byte(double v)
{
    double u = v * 255 + 0.5;
    return (uint8_t)(u < 0 ? 0 : (u > 255 ? 255 : u));
}

/* One pixel: the mean of its sample points, weighted by their opacity. */
static void piksel(int px, int py, const palet *p, uint8_t keluar[4])
{
    double r = 0, g = 0, b = 0, a = 0;
    for (int sy = 0; sy < SAMPEL; sy++)
        for (int sx = 0; sx < SAMPEL; sx++) {
            warna w = warna_titik(px + (sx + 0.5) / SAMPEL,
                                  py + (sy + 0.5) / SAMPEL, p);
            r += w.r * w.a;
            g += w.g * w.a;
            b += w.b * w.a;
            a += w.a;
        }
    keluar[0] = bulat_byte(a > 0 ? r / a : 0);
    keluar[1] = bulat_byte(a > 0 ? g / a : 0);
    keluar[2] = bulat_byte(a > 0 ? b / a : 0);
    keluar[3] = bulat_byte(a / (SAMPEL * SAMPEL));
}

/* CRC-32 of PNG chunks (ISO 3309, the polynomial 0xEDB88320 reflected). */
static uint32_t crc_tambah(uint32_t crc, const uint8_t *data, size_t n)
{
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= data[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

static void tulis_u32(FILE *keluar, uint32_t v)
{
    uint8_t b[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8),
                    (uint8_t)v};
    fwrite(b, 1, 4, keluar);
}

static void tulis_potongan(FILE *keluar, const char jenis[4],
                           const uint8_t *data, size_t n)
{
    tulis_u32(keluar, (uint32_t)n);
    fwrite(jenis, 1, 4, keluar);
    if (n > 0)
        fwrite(data, 1, n, keluar);
    uint32_t crc = crc_tambah(0, (const uint8_t *)jenis, 4);
    tulis_u32(keluar, crc_tambah(crc, data, n));
}

/* Each row: filter type 0 (none), then SISI RGBA pixels. */
#define BARIS_MENTAH ((size_t)1 + (size_t)SISI * 4)
#define MENTAH ((size_t)SISI * BARIS_MENTAH)
/* zlib header, one final stored block (header, LEN, NLEN), Adler-32. */
#define ZLIB (2 + 5 + MENTAH + 4)

_Static_assert(MENTAH <= 65535, "one stored deflate block holds 65535 bytes");

int tulis_ikon(FILE *keluar, bool kontras)
{
    const palet *p = kontras ? &palet_kontras : &palet_biasa;
    uint8_t z[ZLIB];
    uint8_t *mentah = z + 7;
    for (int y = 0; y < SISI; y++) {
        uint8_t *baris = mentah + (size_t)y * BARIS_MENTAH;
        baris[0] = 0;
        for (int x = 0; x < SISI; x++)
            piksel(x, y, p, baris + 1 + (size_t)4 * (size_t)x);
    }

    /* CMF 0x78 (deflate, 32 K window), FLG 0x01: 0x7801 % 31 == 0. */
    z[0] = 0x78;
    z[1] = 0x01;
    z[2] = 0x01; /* BFINAL = 1, BTYPE = 00 (stored) */
    z[3] = (uint8_t)(MENTAH & 0xff);
    z[4] = (uint8_t)(MENTAH >> 8);
    z[5] = (uint8_t)~z[3];
    z[6] = (uint8_t)~z[4];
    uint32_t s1 = 1, s2 = 0; /* Adler-32 of the uncompressed data */
    for (size_t i = 0; i < MENTAH; i++) {
        s1 = (s1 + mentah[i]) % 65521;
        s2 = (s2 + s1) % 65521;
    }
    uint32_t adler = (s2 << 16) | s1;
    uint8_t *ekor = z + 7 + MENTAH;
    ekor[0] = (uint8_t)(adler >> 24);
    ekor[1] = (uint8_t)(adler >> 16);
    ekor[2] = (uint8_t)(adler >> 8);
    ekor[3] = (uint8_t)adler;

    static const uint8_t tanda[8] = {0x89, 'P',  'N',  'G',
                                     '\r', '\n', 0x1a, '\n'};
    /* width, height, bit depth 8, colour type 6 (RGBA), deflate, adaptive
     * filtering, no interlace */
    const uint8_t ihdr[13] = {0, 0, 0, SISI, 0, 0, 0, SISI, 8, 6, 0, 0, 0};
    fwrite(tanda, 1, sizeof(tanda), keluar);
    tulis_potongan(keluar, "IHDR", ihdr, sizeof(ihdr));
    tulis_potongan(keluar, "IDAT", z, sizeof(z));
    tulis_potongan(keluar, "IEND", NULL, 0);
    return ferror(keluar) ? -1 : 0;
}
