/*
 * dalam.h - what the reader's own files share and the public header does
 * not show: the reading context with its error, the zip access, the XML
 * stream, the text buffer and the cell model's construction.
 */
#ifndef KINERJA_PEMBACA_DALAM_H
#define KINERJA_PEMBACA_DALAM_H

#include <expat.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pembaca.h"

typedef struct arsip arsip;

/* One reading of one file: where we are, for the messages. */
typedef struct baca {
    const char *berkas; /* the file's name, for messages */
    buku_batas batas;   /* every field resolved (no zeros) */
    buku_galat *galat;  /* never NULL; only the first failure is kept */
    arsip *arsip;
    buku *buku;
    const char *bagian; /* the zip part being read, or NULL */
    const char *lembar; /* the sheet being read, or NULL */
    uint64_t dibaca;    /* uncompressed bytes of all parts read so far */
    bool ada_sel;       /* baris/kolom name a cell */
    uint32_t baris, kolom;
} baca;

/* larik.c: room for at least `perlu` elements of `ukuran` bytes in the
 * array `larik` (NULL when empty), whose room is *kapasitas elements: the
 * capacity doubles from `awal`.  Returns the array, perhaps moved, with
 * *kapasitas updated; or NULL when memory runs out or the size would
 * overflow, with `larik` and *kapasitas untouched. */
void *larik_sediakan(void *larik, size_t *kapasitas, size_t perlu,
                     size_t ukuran, size_t awal);
/* larik.c: appends n bytes of s to the NUL-terminated text *isi of
 * *panjang bytes in *kapasitas (larik_sediakan's growth), keeping the NUL;
 * false when memory runs out, with the text untouched. */
bool larik_tambah_teks(char **isi, size_t *panjang, size_t *kapasitas,
                       const char *s, size_t n);

/* galat.c: records the failure (the first one only) with the file, part,
 * sheet and cell the context knows; returns false for `return
 * baca_gagal(...)`. */
bool baca_gagal(baca *c, buku_kode kode, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
bool baca_sudah_gagal(const baca *c);

/* arsip.c: the zip package, through libzip. */
bool arsip_buka_berkas(baca *c, const char *jalur);
bool arsip_buka_memori(baca *c, const void *data, size_t ukuran);
void arsip_tutup(arsip *a);
bool arsip_ada(const arsip *a, const char *nama);
/* Streams part `nama` to `terima` in chunks, the last with akhir = true;
 * stops (false) when terima returns false or a limit is passed. */
typedef bool (*arsip_terima)(void *pengguna, const char *data, size_t n,
                             bool akhir);
bool arsip_alirkan(baca *c, const char *nama, arsip_terima terima,
                   void *pengguna);
/* Reads a small part whole into buf (NUL-terminated); false if it is
 * longer than maks - 1 bytes. */
bool arsip_baca_kecil(baca *c, const char *nama, char *buf, size_t maks);

/* xml.c: one part through expat, names as "uri|local". */
typedef struct xml_penangan {
    XML_StartElementHandler mulai;
    XML_EndElementHandler akhir;
    XML_CharacterDataHandler teks;
} xml_penangan;
typedef struct xml_keadaan {
    baca *c;
    XML_Parser p;
    const xml_penangan *h;
    unsigned kedalaman; /* open elements */
} xml_keadaan;
/* No part of either format nests deeper than a few dozen elements; expat
 * keeps every open element, so a hostile part of nothing but opening tags
 * would take gigabytes without this limit. */
#define XML_KEDALAMAN_MAKS 256u
/* `keadaan` must start with an xml_keadaan; its p is set here. */
bool xml_alirkan(baca *c, const char *bagian, xml_keadaan *keadaan,
                 const xml_penangan *h);
/* Stops the parse after a failure recorded with baca_gagal. */
void xml_henti(xml_keadaan *k);
const char *xml_lokal(const char *nama);
bool xml_ns(const char *nama, const char *uri);
/* The value of attribute `lokal` in namespace `uri` (NULL: no namespace;
 * "*": any namespace), or NULL. */
const char *xml_atribut(const char **atribut, const char *uri,
                        const char *lokal);

/* teks.c: a cell's text as it is gathered, at most BUKU_TEKS_MAKS
 * characters (later ones are counted, not kept). */
typedef struct teks_penampung {
    char *isi;
    size_t panjang, kapasitas;
    size_t karakter;
    bool lebih; /* more than BUKU_TEKS_MAKS characters were given */
    bool memori_habis;
} teks_penampung;
void teks_kosongkan(teks_penampung *t);
void teks_tambah(teks_penampung *t, const char *s, size_t n);
void teks_bebas(teks_penampung *t);
/* A closed cell's texts (two that make its value, one its formula)
 * against the limits: false, with the failure recorded in c, when one
 * was longer than BUKU_TEKS_MAKS characters or memory ran out. */
bool teks_sel_periksa(baca *c, const teks_penampung *nilai,
                      const teks_penampung *nilai_lain,
                      const teks_penampung *rumus);

/* buku.c: building the model. */
buku *buku_baru(buku_format format);
/* Adds a sheet; its index, or -1 when out of memory. */
long buku_tambah_lembar(buku *b, const char *nama, size_t panjang);
/* A copy of s in the workbook's arena (NUL-terminated), or NULL. */
const char *buku_simpan_teks(buku *b, const char *s, size_t n);
/* Adds a cell to sheet i; counts it against the limit (fails with
 * BUKU_GALAT_BATAS or MEMORI recorded in c). */
bool buku_tambah_sel(baca *c, size_t i, const buku_sel *s);
uint64_t buku_jumlah_sel(const buku *b);
/* Sorts every sheet by position; of two cells at one position the later
 * in the file wins.  False when out of memory. */
bool buku_rapikan(buku *b);

/* alamat.c: "B7" -> row 6, column 1; false if not a cell name in the
 * sheet's bounds. */
bool alamat_urai(const char *s, uint32_t *baris, uint32_t *kolom);

/* angka.c: numbers and dates as the formats write them. */
bool angka_urai(const char *s, double *hasil);
/* ISO 8601 date or date-time -> days since the null date (y, m, d). */
bool angka_tanggal(const char *s, int nol_tahun, int nol_bulan, int nol_hari,
                   double *hasil);
/* ISO 8601 duration PnDTnHnMnS -> days. */
bool angka_durasi(const char *s, double *hasil);

/* rumus_bersama.c: an .xlsx formula as copied db rows down and dk
 * columns right (its relative references moved); malloc'd, NULL when out
 * of memory. */
char *rumus_geser(const char *rumus, int64_t db, int64_t dk);
/* Shared formula groups (si) of one sheet: more is not a real sheet. */
#define RUMUS_BERSAMA_MAKS (1u << 20)

/* xlsx.c, ods.c: read the package c->arsip into c->buku. */
bool xlsx_baca(baca *c);
bool ods_baca(baca *c);

#endif
