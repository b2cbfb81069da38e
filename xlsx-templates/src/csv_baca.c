/*
 * csv_baca.c - CSV files of a plan over libcsv (csv_baca.h).
 *
 * libcsv reports fields and row ends through callbacks but not where they
 * are in the file, so the data is fed one physical line at a time: every
 * callback then happens while we know the current line, and a row that
 * starts on a line with no row pending starts there (a quoted field may
 * carry it over several lines).
 */
#include "csv_baca.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A block of fields' text: filled from the front, a new one when a field
 * does not fit the rest. */
struct csv_blok {
    csv_blok *lanjut; /* the block filled before */
    size_t isi, kapasitas;
    char teks[];
};

/* Bytes of a block: a field longer than this gets a block of its own. */
#define BLOK_UKURAN 65536

/* Room for n bytes of text in t's blocks; NULL if memory ran out. */
static char *blok_ambil(csv_tabel *t, size_t n)
{
    csv_blok *b = t->blok;
    if (!b || b->kapasitas - b->isi < n) {
        size_t k = n > BLOK_UKURAN ? n : BLOK_UKURAN;
        b = malloc(sizeof *b + k);
        if (!b)
            return NULL;
        b->lanjut = t->blok;
        b->isi = 0;
        b->kapasitas = k;
        t->blok = b;
    }
    char *hasil = b->teks + b->isi;
    b->isi += n;
    return hasil;
}

/* Rows under construction: the state libcsv's callbacks write into. */
typedef struct pembaca {
    csv_tabel *t;
    galat_rencana *g;
    const char *nama;
    size_t baris_awal; /* line where the current row started */
    bool ada_tertunda; /* a row has fields but no end yet */
    csv_baris kini;    /* the pending row */
    size_t kapasitas_kolom;
    size_t kapasitas_baris;
    bool memori_habis;
    bool ada_galat;
} pembaca;

/* True for a character that XML 1.0 has no place for (its Char
 * production): C0 controls other than TAB, LF and CR, and U+FFFE/U+FFFF.
 * Every text of a plan ends up in a workbook's XML parts, and a chart's
 * title is written there without escaping, so such a character would
 * leave a part no office suite can parse; a cell cannot show it anyway. */
static bool bukan_karakter_xml(uint32_t kode)
{
    return (kode < 0x20 && kode != '\t' && kode != '\n' && kode != '\r') ||
           kode == 0xFFFE || kode == 0xFFFF;
}

/* Length of the prefix of s[0..n) that is valid UTF-8 made of characters
 * XML allows; n if all of it is. */
static size_t utf8_sah(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t lanjut;
        uint32_t kode;
        if (c < 0x80) {
            if (bukan_karakter_xml(c))
                return i; /* NUL or another control character: not text */
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            lanjut = 1;
            kode = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            lanjut = 2;
            kode = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            lanjut = 3;
            kode = c & 0x07;
        } else {
            return i;
        }
        for (size_t k = 1; k <= lanjut; k++) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                return i;
            kode = (kode << 6) | (s[i + k] & 0x3F);
        }
        /* overlong forms, surrogates and values above U+10FFFF */
        if ((lanjut == 2 && kode < 0x800) || (lanjut == 3 && kode < 0x10000) ||
            (kode >= 0xD800 && kode <= 0xDFFF) || kode > 0x10FFFF ||
            bukan_karakter_xml(kode))
            return i;
        i += lanjut + 1;
    }
    return n;
}

/* How staff may know a control character: the ones spreadsheets and
 * editors let slip in by name, the rest by their number. */
static const char *nama_kendali(unsigned char c)
{
    switch (c) {
    case 0x0B:
        return "tab vertikal";
    case 0x0C:
        return "ganti halaman";
    case 0x1B:
        return "escape";
    case 0x08:
        return "backspace";
    default:
        return "tak terlihat";
    }
}

static void kolom_diterima(void *data, size_t len, void *arg)
{
    pembaca *p = arg;
    if (p->memori_habis)
        return;
    if (!p->ada_tertunda) {
        p->ada_tertunda = true;
        p->kini.nomor = p->baris_awal;
    }
    if (p->kini.jumlah == p->kapasitas_kolom) {
        size_t k = p->kapasitas_kolom ? p->kapasitas_kolom * 2 : 16;
        char **baru = realloc(p->kini.kolom, k * sizeof *baru);
        if (!baru) {
            p->memori_habis = true;
            return;
        }
        p->kini.kolom = baru;
        p->kapasitas_kolom = k;
    }
    char *isi = blok_ambil(p->t, len + 1);
    if (!isi) {
        p->memori_habis = true;
        return;
    }
    /* A line break inside a field is LF in a cell: XML parsers turn a raw
     * CR into LF when a workbook is opened, so CRLF and a lone CR (from
     * Windows or old Mac exports) are stored as the LF the cell will
     * hold. */
    const unsigned char *d = data;
    size_t m = 0;
    for (size_t j = 0; j < len; j++) {
        if (d[j] == '\r') {
            isi[m++] = '\n';
            if (j + 1 < len && d[j + 1] == '\n')
                j++;
        } else {
            isi[m++] = (char)d[j];
        }
    }
    isi[m] = 0;
    p->kini.kolom[p->kini.jumlah++] = isi;
}

static void baris_diterima(int c, void *arg)
{
    (void)c;
    pembaca *p = arg;
    if (p->memori_habis)
        return;
    if (!p->ada_tertunda) {
        /* libcsv reports a row end without fields only for rows it skips */
        return;
    }
    csv_tabel *t = p->t;
    if (t->jumlah == p->kapasitas_baris) {
        size_t k = p->kapasitas_baris ? p->kapasitas_baris * 2 : 64;
        csv_baris *baru = realloc(t->baris, k * sizeof *baru);
        if (!baru) {
            p->memori_habis = true;
            return;
        }
        t->baris = baru;
        p->kapasitas_baris = k;
    }
    t->baris[t->jumlah++] = p->kini;
    memset(&p->kini, 0, sizeof p->kini);
    p->kapasitas_kolom = 0;
    p->ada_tertunda = false;
}

/* The separator of the header line: the one of ';' and ',' that occurs
 * outside quotes.  0 (and a message) if it is neither or both. */
static char cari_pemisah(const unsigned char *d, size_t n, const char *nama,
                         galat_rencana *g)
{
    size_t titik_koma = 0, koma = 0, tab = 0;
    bool kutip = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == '"')
            kutip = !kutip;
        else if (!kutip && (c == '\n' || c == '\r'))
            break;
        else if (!kutip && c == ';')
            titik_koma++;
        else if (!kutip && c == ',')
            koma++;
        else if (!kutip && c == '\t')
            tab++;
    }
    if (titik_koma && !koma)
        return ';';
    if (koma && !titik_koma)
        return ',';
    if (titik_koma && koma)
        galat_tambah(g, nama, 1, 0,
                     "baris judul memuat ';' dan ',' sekaligus: pemisah "
                     "kolom harus salah satu saja");
    else if (tab)
        galat_tambah(g, nama, 1, 0,
                     "kolom dipisah tab: simpan sebagai CSV dengan pemisah "
                     "';' atau ','");
    else
        galat_tambah(g, nama, 1, 0,
                     "baris judul tidak memuat pemisah ';' atau ',' (berkas "
                     "kosong atau bukan CSV?)");
    return 0;
}

void csv_tabel_bebas(csv_tabel *t)
{
    for (size_t i = 0; i < t->jumlah; i++)
        free(t->baris[i].kolom);
    free(t->baris);
    free(t->nama);
    while (t->blok) {
        csv_blok *lanjut = t->blok->lanjut;
        free(t->blok);
        t->blok = lanjut;
    }
    memset(t, 0, sizeof *t);
}

/* True if byte j ends a line: a line feed, or a lone carriage return (the
 * "CSV (Macintosh)" that Excel for Mac writes), which libcsv also takes as
 * the end of a row; the CR of a CRLF is not the end, its LF is. */
static bool akhir_baris(const unsigned char *d, size_t n, size_t j)
{
    return d[j] == '\n' || (d[j] == '\r' && (j + 1 >= n || d[j + 1] != '\n'));
}

/* Line and column (field) of byte offset `pos`, for an encoding problem. */
static void posisi(const unsigned char *d, size_t pos, char pemisah,
                   size_t *baris, size_t *kolom)
{
    *baris = 1;
    *kolom = 1;
    bool kutip = false;
    for (size_t i = 0; i < pos; i++) {
        if (d[i] == '"')
            kutip = !kutip;
        else if (akhir_baris(d, pos, i) && !kutip) {
            (*baris)++;
            *kolom = 1;
        } else if (akhir_baris(d, pos, i)) {
            (*baris)++;
        } else if (!kutip && pemisah && d[i] == (unsigned char)pemisah)
            (*kolom)++;
    }
}

bool csv_baca_data(const char *nama, const unsigned char *data, size_t n,
                   csv_tabel *t, galat_rencana *g)
{
    memset(t, 0, sizeof *t);
    size_t galat_awal = galat_hitung(g);

    /* A UTF-8 byte-order mark is not part of the first header name. */
    if (n >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
        data += 3;
        n -= 3;
    }
    char pemisah = cari_pemisah(data, n, nama, g);

    size_t sah = utf8_sah(data, n);
    if (sah != n) {
        size_t b, k;
        posisi(data, sah, pemisah, &b, &k);
        if (data[sah] == 0)
            galat_tambah(g, nama, b, k,
                         "berkas memuat byte NUL: ini bukan berkas teks CSV");
        else if (data[sah] < 0x20)
            galat_tambah(g, nama, b, k,
                         "karakter kendali 0x%02X (%s) tidak boleh ada di "
                         "teks: buku kerja tidak dapat menyimpannya; hapus "
                         "karakter itu dari sel",
                         data[sah], nama_kendali(data[sah]));
        else if (data[sah] == 0xEF && sah + 2 < n && data[sah + 1] == 0xBF &&
                 (data[sah + 2] == 0xBE || data[sah + 2] == 0xBF))
            galat_tambah(g, nama, b, k,
                         "karakter U+%s bukan karakter teks: buku kerja "
                         "tidak dapat menyimpannya; hapus karakter itu",
                         data[sah + 2] == 0xBE ? "FFFE" : "FFFF");
        else
            galat_tambah(g, nama, b, k,
                         "teks bukan UTF-8 (byte 0x%02X): simpan ulang "
                         "sebagai \"CSV UTF-8\" dari lembar kerja",
                         data[sah]);
        return false;
    }
    if (!pemisah)
        return false;

    t->nama = strdup(nama);
    if (!t->nama) {
        galat_tambah(g, nama, 0, 0, "memori tidak cukup");
        return false;
    }
    t->pemisah = pemisah;
    t->notasi = pemisah == ';' ? NOTASI_INDONESIA : NOTASI_INTERNASIONAL;

    struct csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) !=
        0) {
        galat_tambah(g, nama, 0, 0, "memori tidak cukup");
        csv_tabel_bebas(t);
        return false;
    }
    csv_set_delim(&parser, (unsigned char)pemisah);
    /* libcsv grows its field buffer by this much at a time (128 bytes by
     * default): a 10 MB field was 80 000 reallocations, quadratic under an
     * allocator that cannot grow in place (ASan's: minutes).  One buffer
     * serves every field of the file. */
    csv_set_blk_size(&parser, 1 << 16);

    pembaca p = {.t = t, .g = g, .nama = nama};
    size_t i = 0, nomor = 0;
    bool gagal = false;
    /* Inside quotes at a line's end, the row goes on on the next line.  A
     * row never ends inside quotes, and "" toggles twice, so the parity of
     * the quotes seen tells. */
    bool dalam_kutip = false;
    while (i < n && !gagal) {
        size_t j = i;
        while (j < n && !akhir_baris(data, n, j))
            j++;
        if (j < n)
            j++; /* include the line end */
        nomor++;
        if (!dalam_kutip)
            p.baris_awal = nomor;
        for (size_t k = i; k < j; k++)
            if (data[k] == '"')
                dalam_kutip = !dalam_kutip;
        if (csv_parse(&parser, data + i, j - i, kolom_diterima, baris_diterima,
                      &p) != j - i) {
            gagal = true;
            break;
        }
        i = j;
    }
    if (!gagal && csv_fini(&parser, kolom_diterima, baris_diterima, &p) != 0)
        gagal = true;
    if (gagal) {
        if (csv_error(&parser) == CSV_EPARSE) {
            size_t kolom = p.kini.jumlah + 1;
            if (i >= n)
                galat_tambah(g, nama, p.baris_awal, kolom,
                             "tanda kutip \" dibuka tetapi tidak pernah "
                             "ditutup");
            else
                galat_tambah(g, nama, nomor, kolom,
                             "tanda kutip \" salah tempat: kolom yang memuat "
                             "\" harus seluruhnya diapit kutip, dan \" di "
                             "dalamnya ditulis dua kali (\"\")");
        } else {
            galat_tambah(g, nama, 0, 0, "memori tidak cukup");
        }
    }
    if (p.memori_habis)
        galat_tambah(g, nama, 0, 0, "memori tidak cukup");
    free(p.kini.kolom); /* a row cut short: its fields are in t's blocks */
    csv_free(&parser);

    if (galat_hitung(g) != galat_awal) {
        csv_tabel_bebas(t);
        return false;
    }
    if (t->jumlah == 0) {
        galat_tambah(g, nama, 1, 0, "berkas kosong: baris judul tidak ada");
        csv_tabel_bebas(t);
        return false;
    }
    return true;
}

bool csv_hitung_baris(const char *jalur, size_t *baris)
{
    *baris = 0;
    int fd = open(jalur, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return false;
    }
    unsigned char buf[1 << 16];
    size_t n_baris = 0;
    bool kutip = false, isi = false, cr = false;
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++) {
            unsigned char c = buf[i];
            /* a line ends at LF, CRLF or a lone CR, as akhir_baris says */
            if (cr && c == '\n') {
                cr = false;
                continue;
            }
            cr = false;
            if (c == '"')
                kutip = !kutip;
            if (!kutip && (c == '\n' || c == '\r')) {
                n_baris += isi;
                isi = false;
                cr = c == '\r';
            } else if (c != '\r' && c != '\n') {
                isi = true;
            }
        }
    }
    close(fd);
    if (n < 0)
        return false;
    n_baris += isi;
    *baris = n_baris ? n_baris - 1 : 0;
    return true;
}

bool csv_baca_berkas(const char *jalur, const char *nama, csv_tabel *t,
                     galat_rencana *g)
{
    memset(t, 0, sizeof *t);
    /* Only a regular file is a plan file.  Opening without blocking and
     * asking the open descriptor (not the name, which could change in
     * between) what it is: a FIFO would otherwise wait forever for a
     * writer, a device could be endless. */
    int fd = open(jalur, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        galat_tambah(g, nama, 0, 0, "tidak dapat dibuka: %s", strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        galat_tambah(g, nama, 0, 0,
                     "bukan berkas biasa (%s): rencana dibaca hanya dari "
                     "berkas CSV",
                     S_ISDIR(st.st_mode)    ? "folder"
                     : S_ISFIFO(st.st_mode) ? "pipa bernama (FIFO)"
                     : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "perangkat"
                     : S_ISSOCK(st.st_mode)                       ? "soket"
                                            : "jenis lain");
        close(fd);
        return false;
    }
    /* a regular file never blocks; the flag only mattered for the open */
    (void)fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        galat_tambah(g, nama, 0, 0, "tidak dapat dibuka: %s", strerror(errno));
        close(fd);
        return false;
    }
    unsigned char *isi = NULL;
    size_t n = 0, kap = 0;
    bool ok = true;
    for (;;) {
        if (n == kap) {
            kap = kap ? kap * 2 : 65536;
            unsigned char *baru = realloc(isi, kap);
            if (!baru) {
                ok = false;
                break;
            }
            isi = baru;
        }
        size_t k = fread(isi + n, 1, kap - n, f);
        n += k;
        if (k == 0)
            break;
    }
    if (ferror(f)) {
        galat_tambah(g, nama, 0, 0, "gagal dibaca: %s", strerror(errno));
        ok = false;
    } else if (!ok) {
        galat_tambah(g, nama, 0, 0, "memori tidak cukup");
    }
    fclose(f);
    if (ok)
        ok =
            csv_baca_data(nama, isi ? isi : (const unsigned char *)"", n, t, g);
    free(isi);
    return ok;
}
