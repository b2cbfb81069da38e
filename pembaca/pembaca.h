/*
 * pembaca.h - reading a spreadsheet file (.xlsx or .ods) into cells.
 *
 * The one public header of the reader library (pembaca/README.md).  A
 * workbook is opened whole: its sheets, by name and in the file's order,
 * and each sheet's cells with their row, column, kind, value (for a formula
 * cell: the value the saving program cached) and formula text.  The
 * format is told by the content, never by the file name: an OpenDocument
 * package names its type in its first entry `mimetype`; an Office Open XML
 * package has `[Content_Types].xml` and `xl/workbook.xml`.
 *
 * Input may be hostile (a workbook mailed in by anyone): nothing here
 * crashes, hangs or grows without bound on any input.  Every part is
 * streamed from the zip through the XML parser with limits on its
 * uncompressed size, the number of cells, the expanded repeats of an .ods
 * and the length of a text (buku_batas).  A failure is a value: a code
 * (buku_kode) and a message in Indonesian naming the file, the part, the
 * sheet and the cell (A1 style) where they are known.
 *
 * Rows and columns are counted from 0 here, as in libxlsxwriter; the
 * messages say them in A1 style, as staff see them.
 */
#ifndef KINERJA_PEMBACA_H
#define KINERJA_PEMBACA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a cell holds. */
typedef enum buku_jenis {
    BUKU_KOSONG = 0, /* nothing: a formula whose cached result is empty
                        (none yet, or the empty text "") */
    BUKU_ANGKA,      /* a number (dates and times as serial numbers) */
    BUKU_TEKS,       /* a text, UTF-8 */
    BUKU_BOOLEAN,    /* TRUE or FALSE: angka is 1 or 0 */
    BUKU_GALAT       /* an error value: teks is e.g. "#DIV/0!" */
} buku_jenis;

/* One cell.  Its strings belong to the workbook and live until
 * buku_tutup. */
typedef struct buku_sel {
    uint32_t baris; /* row, from 0 (row 1 is 0) */
    uint32_t kolom; /* column, from 0 (column A is 0) */
    buku_jenis jenis;
    double angka;      /* BUKU_ANGKA: the value; BUKU_BOOLEAN: 1 or 0 */
    const char *teks;  /* BUKU_TEKS, BUKU_GALAT: NUL-terminated; else NULL */
    size_t panjang;    /* bytes of teks (its strlen: XML holds no NUL) */
    const char *rumus; /* the formula as stored, or NULL: see below */
} buku_sel;

/*
 * Formula text is kept as the file stores it: .xlsx without the leading
 * "=" (`SUM(A1:A3)`), .ods in OpenFormula with its namespace
 * (`of:=SUM([.A1:.A3])`).  An .xlsx shared formula (Excel's fill down)
 * is stored once; each cell of the group gets it with its relative
 * references moved to the cell, as Excel shows it (a reference moved off
 * the sheet is #REF!).  A cell of a group whose first cell is missing has
 * rumus "".
 */

/* Why reading failed (0 is success). */
typedef enum buku_kode {
    BUKU_OK = 0,
    BUKU_GALAT_BERKAS,        /* the file cannot be opened or read */
    BUKU_GALAT_BUKAN_ZIP,     /* not a zip archive at all */
    BUKU_GALAT_ZIP_RUSAK,     /* a damaged zip (truncated, bad CRC, ...) */
    BUKU_GALAT_BUKAN_BUKU,    /* a zip, but no .xlsx or .ods workbook */
    BUKU_GALAT_BAGIAN_HILANG, /* a part the workbook names is missing */
    BUKU_GALAT_XML,           /* a part is not well-formed XML */
    BUKU_GALAT_ISI,           /* well-formed, but not what the format says */
    BUKU_GALAT_BATAS,         /* a limit of buku_batas was passed */
    BUKU_GALAT_MEMORI,        /* out of memory */
    BUKU_GALAT_JUMLAH_KODE    /* the number of codes, not a code */
} buku_kode;

/* The failure of one call: the code and its full message, e.g.
 * "isi.xlsx: xl/worksheets/sheet1.xml: lembar 'Data', sel F12: teks lebih
 * dari 32767 karakter". */
typedef struct buku_galat {
    buku_kode kode;
    char pesan[768];
} buku_galat;

/* What reading a code means, in Indonesian, like strerror; never NULL. */
const char *buku_kode_teks(buku_kode kode);

/*
 * Limits on what one workbook may make the reader do.  Zero in a field
 * means its default.  The defaults hold every workbook staff make in
 * practice (the generator's 10 000-row Realisasi workbook is 180 000
 * cells, 14 MB of XML, 41 MB as Calc's .ods) and stop a hostile one long
 * before it hurts.
 */
typedef struct buku_batas {
    uint64_t bagian_maks; /* uncompressed bytes of one zip part;
                             default BUKU_BAGIAN_MAKS */
    uint64_t sel_maks;    /* cells kept in the whole workbook, after
                             expanding .ods repeats of non-empty cells;
                             default BUKU_SEL_MAKS */
    uint32_t lembar_maks; /* sheets; default BUKU_LEMBAR_MAKS */
    uint64_t total_maks;  /* uncompressed bytes of all parts read together;
                             default BUKU_TOTAL_MAKS */
} buku_batas;

/* 256 MiB: a sheet of a million filled cells is about 100 MB of XML. */
#define BUKU_BAGIAN_MAKS (256u * 1024u * 1024u)
/* 1 GiB: the texts kept come from the XML read, so this bounds their
 * memory however many sheets a hostile zip has. */
#define BUKU_TOTAL_MAKS (1024ull * 1024u * 1024u)
/* 48 bytes each: the cell array of the default limit is 240 MB. */
#define BUKU_SEL_MAKS 5000000u
#define BUKU_LEMBAR_MAKS 1024u
/* Characters in one cell's text, as both formats and Calc allow. */
#define BUKU_TEKS_MAKS 32767u
/* The largest sheet of Excel and of Calc (7.4 with 16 384 columns). */
#define BUKU_BARIS_MAKS 1048576u
#define BUKU_KOLOM_MAKS 16384u

/* A workbook read into memory; opaque. */
typedef struct buku buku;

/* The file's format, as detected from its content. */
typedef enum buku_format { BUKU_XLSX = 1, BUKU_ODS } buku_format;

/*
 * Reads the workbook at `jalur` (.xlsx or .ods, told by content).  On
 * success returns true and sets *hasil (free it with buku_tutup); on
 * failure returns false, sets *hasil to NULL and fills *galat (which may
 * be NULL).  `batas` may be NULL for the defaults.
 */
bool buku_buka(const char *jalur, const buku_batas *batas, buku **hasil,
               buku_galat *galat);

/*
 * The same from bytes in memory (`data`, `ukuran` bytes; not kept after
 * the call).  `nama` is the file name the messages use.
 */
bool buku_buka_memori(const void *data, size_t ukuran, const char *nama,
                      const buku_batas *batas, buku **hasil, buku_galat *galat);

/* Frees a workbook; NULL is allowed. */
void buku_tutup(buku *b);

/* The detected format. */
buku_format buku_format_dari(const buku *b);

/* The number of sheets, and sheet i's name (UTF-8), in the file's order. */
size_t buku_jumlah_lembar(const buku *b);
const char *buku_nama_lembar(const buku *b, size_t i);

/* The index of the sheet named `nama` (exact bytes), or -1. */
long buku_cari_lembar(const buku *b, const char *nama);

/*
 * Sheet i's cells, sorted by row then column, one per position: only cells
 * with a value or a formula (a cell with only a style is not listed, nor
 * an .ods repeat of empty cells).  *jumlah gets their number.
 */
const buku_sel *buku_sel_lembar(const buku *b, size_t i, size_t *jumlah);

/*
 * The cell of sheet i at (baris, kolom), or NULL when it holds nothing
 * (binary search over buku_sel_lembar).
 */
const buku_sel *buku_sel_di(const buku *b, size_t i, uint32_t baris,
                            uint32_t kolom);

/*
 * Writes the A1-style name of a position ("A1", "XFD1048576") into
 * keluar (at least 16 bytes); returns keluar.
 */
char *buku_alamat(uint32_t baris, uint32_t kolom, char keluar[16]);

/*
 * Reads an A1-style name ("F7", "$F$7", "XFD1048576"; capital letters)
 * into *baris and *kolom (from 0); false if it is not a cell of the
 * largest sheet.
 */
bool buku_urai_alamat(const char *nama, uint32_t *baris, uint32_t *kolom);

#endif
