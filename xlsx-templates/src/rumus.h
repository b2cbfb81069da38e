/*
 * rumus.h - the formulas the templates write, and their cached results.
 *
 * Two forms of every formula:
 *  - RUMUS_ADDIN (default): the add-in's functions under the internal name
 *    Calc stores in files, `ID.KINERJA.FUNGSI.CAPAIAN(...)` (docs/calc.md:
 *    a plain CAPAIAN in an xlsx is #NAME? in LibreOffice 7.4).  They
 *    recalculate in Calc with the extension installed.
 *  - RUMUS_STANDAR (`--rumus standar`): only standard functions (IF, ROUND,
 *    arithmetic), for offices without the extension and for Excel, with
 *    the same results for every valid input.
 *
 * Every formula's cached result is computed here by the same C code the
 * add-in runs (the function layer, fungsi_panggil), so a viewer that does
 * not recalculate still shows the right numbers.
 *
 * Formulas that depend on a cell staff fill in later are guarded:
 * `IF(F7="","",...)`.  A single empty cell reaches an add-in as 0, and an
 * unguarded rumus-2 capaian would read 200 % for a row nobody has filled.
 * The guard gives "" (the cell looks blank), and so does the cached value.
 *
 * Formulas are written in the file syntax: English function names, `,`
 * between arguments (Calc shows `;` to the user).
 */
#ifndef KINERJA_RUMUS_H
#define KINERJA_RUMUS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/capaian.h"
#include "core/triwulan.h"
#include "fungsi/sel.h"

typedef enum rumus_mode {
    RUMUS_ADDIN,  /* ID.KINERJA.FUNGSI.* */
    RUMUS_STANDAR /* standard functions only */
} rumus_mode;

/* Longest formula text: nested IFs of a seven-band scale fit easily. */
#define RUMUS_MAKS 2048

typedef struct rumus {
    char teks[RUMUS_MAKS]; /* without the leading '=' */
    /* The cached result: SEL_ANGKA, SEL_TEKS (static text), SEL_KOSONG
     * (the guard's "") or SEL_GALAT. */
    kinerja_sel hasil;
} rumus;

/* An input cell: its reference ("F7") and its current value (SEL_KOSONG
 * when not filled in). */
typedef struct rujukan_sel {
    char ref[80]; /* room for a sheet's name: 'Realisasi Anggaran'!$G$8 */
    kinerja_sel nilai;
} rujukan_sel;

rujukan_sel sel_di(unsigned baris, unsigned kolom, kinerja_sel nilai);

/*
 * A cell of another sheet of the same workbook, absolute:
 * 'Realisasi Anggaran'!$F$12.  The file format's rule for a sheet in a
 * reference: the name is quoted unless it is letters, digits and _ not
 * starting with a digit (Triwulan!$J$6), and a ' in it is doubled.
 */
rujukan_sel sel_lembar(const char *lembar, unsigned baris, unsigned kolom,
                       kinerja_sel nilai);

/* The add-in's internal-name prefix, "ID.KINERJA.FUNGSI.". */
const char *rumus_awalan(void);

/* CAPAIAN(target; realisasi; arah), guarded on realisasi. */
void rumus_capaian(rumus *r, rumus_mode m, const rujukan_sel *target,
                   const rujukan_sel *realisasi, capaian_rumus arah);

/* SERAPAN(pagu; realisasi), guarded on realisasi. */
void rumus_serapan(rumus *r, rumus_mode m, const rujukan_sel *pagu,
                   const rujukan_sel *realisasi);

/* EFISIENSI(capaian kinerja; capaian anggaran) (RASIO), guarded on both. */
void rumus_efisiensi(rumus *r, rumus_mode m, const rujukan_sel *kinerja,
                     const rujukan_sel *anggaran);

/* KATEGORI(nilai; skala) with a preset's name, guarded on nilai.  In the
 * standard form the preset's bands become nested IFs on ROUND(nilai;2), as
 * the add-in rounds before looking up. */
void rumus_kategori(rumus *r, rumus_mode m, const rujukan_sel *nilai,
                    const char *skala);

/*
 * The year's figure from the four quarters in one row (tw[0..3], left to
 * right): JUMLAH sums the filled quarters, AKHIR takes the last filled
 * one; blank while no quarter is filled.  The add-in form is
 * REKAP_TRIWULAN(F6:I6; kind), where `jenis_ref` is the cell that names
 * the kind ("E6"), or the kind's name when NULL; the standard form is
 * SUM/IF.  Cached by the core's triwulan_rekap.
 */
void rumus_triwulan(rumus *r, rumus_mode m, const rujukan_sel tw[4],
                    triwulan_jenis jenis, const char *jenis_ref);

/* A reference to a cell that keeps it blank while the cell is blank
 * (a plain =A1 shows 0 for an empty A1): IF(ref="","",ref).  `ref` may
 * name another sheet ('Realisasi Anggaran'!$G$8). */
void rumus_rujuk(rumus *r, const char *ref, kinerja_sel nilai);

/*
 * SELISIH_RINCIAN(total; rincian): total - SUM(rincian) in exact rupiah,
 * blank while the total or every part is blank.  `rincian` is one cell
 * ("G9") or a range ("E20:E21") holding the n values rincian[]; in the
 * standard form T-G9 or T-SUM(E20:E21).
 */
void rumus_selisih_rincian(rumus *r, rumus_mode m, const rujukan_sel *total,
                           const char *rincian, const kinerja_sel *nilai,
                           size_t n);

/* CEK_ANGGARAN(pagu; realisasi): "Sesuai", "Melebihi pagu" or "Belum ada
 * realisasi" (empty or 0); blank while the pagu is blank.  The standard
 * form is the same test with IF. */
void rumus_cek_anggaran(rumus *r, rumus_mode m, const rujukan_sel *pagu,
                        const rujukan_sel *realisasi);

/* a - b rounded to `desimal` decimals (a difference of figures shown with
 * that many), blank while either is blank: ROUND in both forms. */
void rumus_selisih_poin(rumus *r, const rujukan_sel *a, const rujukan_sel *b,
                        int desimal);

/* The word for a difference: `nol` when it is 0, `bukan_nol` otherwise,
 * blank while it is blank (IF(H9="","",IF(H9=0,"Cocok","Tidak cocok"))). */
void rumus_hasil_selisih(rumus *r, const rujukan_sel *selisih, const char *nol,
                         const char *bukan_nol);

/* SUM(dari:sampai): a total over a block of cells ("G8", "G20"), cached
 * as `hasil` (the caller adds the block's values up). */
void rumus_jumlah(rumus *r, const char *dari, const char *sampai,
                  kinerja_sel hasil);

/* SUM over rows r1..r2 of column `kolom` of sheet `lembar` (of this
 * workbook); terisi: blank while no cell of it holds a number, as
 * rumus_jumlah_terisi. */
void rumus_jumlah_lembar(rumus *r, const char *lembar, unsigned r1, unsigned r2,
                         unsigned kolom, bool terisi, kinerja_sel hasil);

/* The same, blank while no cell of the block holds a number
 * (IF(COUNT(..)=0,"",SUM(..))): a realisasi total nobody has reported yet
 * stays blank instead of showing 0. */
void rumus_jumlah_terisi(rumus *r, const char *dari, const char *sampai,
                         kinerja_sel hasil);

/* The mean of the numbers of dari:sampai, blank while none holds one
 * (IF(COUNT(..)=0,"",AVERAGE(..))): text and blank cells are not counted,
 * as AVERAGE skips them.  desimal >= 0: rounded to that many decimals
 * (ROUND), for a mean that is ranked: spreadsheets add in different
 * orders, and a last-bit difference would break a tie one way in one of
 * them and the other way in another.  Cached as `hasil`. */
void rumus_rata_terisi(rumus *r, const char *dari, const char *sampai,
                       int desimal, kinerja_sel hasil);

/*
 * The last number of a block, blank while none holds one: `dari:sampai`
 * the values, `urutan_dari:urutan_sampai` beside them each value's place
 * in the block while it holds a number (rumus_urutan_terisi), so that the
 * largest place is the last filled:
 * IF(COUNT(..)=0,"",INDEX(values,MAX(places))).  Standard functions only,
 * the same in Calc, Excel and Gnumeric.  Cached as `hasil`.
 */
void rumus_akhir_terisi(rumus *r, const char *dari, const char *sampai,
                        const char *urutan_dari, const char *urutan_sampai,
                        kinerja_sel hasil);

/* A value's place n in its block while the cell `x` holds a value,
 * blank otherwise: IF(x="","",n). */
void rumus_urutan_terisi(rumus *r, const rujukan_sel *x, unsigned n);

/* COUNT(dari:sampai): how many cells of a block hold numbers, cached as
 * `jumlah`. */
void rumus_hitung_angka(rumus *r, const char *dari, const char *sampai,
                        double jumlah);

/*
 * SUMIF(kriteria_rentang, kriteria, rentang): the rows of a block whose
 * key matches (children by their Induk kode).  `terisi`: blank while no
 * matching row has a number >= 0 in `rentang` (COUNTIFS guard).
 */
void rumus_jumlah_jika(rumus *r, const char *kriteria_rentang,
                       const char *kriteria, const char *rentang, bool terisi,
                       kinerja_sel hasil);

/* Wraps the formula already in r in IF(syarat="","",...): blank while the
 * cell `syarat` is blank (a quarter without its target has no capaian,
 * not #DIV/0!). */
void rumus_jaga(rumus *r, const rujukan_sel *syarat);

/*
 * The difference realisasi - pagu shown only when the Hasil cell `hasil`
 * says `label` (over-spending): IF(hasil="label",SELISIH_RINCIAN(a,x),"")
 * or a-x in the standard form.
 */
void rumus_lebih_pagu(rumus *r, rumus_mode m, const rujukan_sel *hasil,
                      const char *label, const rujukan_sel *a,
                      const rujukan_sel *x);

/* How many cells of dari:sampai say label1 or label2 (COUNTIF+COUNTIF),
 * cached as `jumlah`. */
void rumus_hitung_label(rumus *r, const char *dari, const char *sampai,
                        const char *label1, const char *label2, double jumlah);

/* RANK(x, rentang[, 1]) guarded on x, cached as `peringkat` (blank when x
 * is blank).  naik: the smallest ranks first. */
void rumus_peringkat(rumus *r, const rujukan_sel *x, const char *rentang,
                     bool naik, double peringkat);

/*
 * The sheet's note when the add-in is missing: shows `pesan` where a call
 * of the add-in fails (Calc without the extension, Excel), and `biasa`
 * (the sheet's usual instruction, possibly "") where it works, which is
 * also the cached value.  The call is made volatile (NOW()) so that the
 * note appears as soon as anything recalculates, like the #NAME? cells it
 * explains.  Text longer than the 255 characters Excel allows in one
 * string literal is joined from pieces cut on character boundaries.
 */
void rumus_pesan_addin(rumus *r, const char *pesan, const char *biasa);

/*
 * The condition of a conditional format (a mark, not a value): a formula
 * relative to the first cell of the range it marks, with its '='.
 */
typedef struct rumus_aturan {
    char teks[256];
} rumus_aturan;

/* Both cells hold numbers and `sel` op `pembanding` (op ">" or "<>"): a
 * realisasi above its pagu, a reported figure that differs from its sum. */
void rumus_aturan_banding(rumus_aturan *a, const char *sel,
                          const char *pembanding, const char *op);

/* `sel` says label1 (or label2, unless NULL). */
void rumus_aturan_label(rumus_aturan *a, const char *sel, const char *label1,
                        const char *label2);

/* `sel` is above 0 (a count of findings). */
void rumus_aturan_positif(rumus_aturan *a, const char *sel);

/*
 * A computed cell `sel` that lost its formula while the input it follows,
 * `isian` (same row), holds a number: a row inserted and not filled down,
 * or a formula cleared with Delete (which no validation stops).
 * ISFORMULA is an Excel 2013 function, stored as _xlfn.ISFORMULA (the
 * file format's name for functions newer than Excel 2007); Calc reads it.
 */
void rumus_aturan_tanpa_rumus(rumus_aturan *a, const char *isian,
                              const char *sel);

/* The validation rule of a computed cell `sel`: valid only while it holds
 * a formula.  Calc checks typed input by putting it in the cell and
 * evaluating the rule (ScValidationData::IsDataValidCustom; typed text
 * starting with "=" never passes), Excel the same way, so any typed
 * entry is refused while filling down or pasting a formula, which skip
 * validation, still work. */
void rumus_aturan_harus_rumus(rumus_aturan *a, const char *sel);

/* The validation rule of a label a new row types: valid only while the
 * row's computed cell `sel` holds no formula yet (checked as
 * rumus_aturan_harus_rumus is). */
void rumus_aturan_belum_rumus(rumus_aturan *a, const char *sel);

/* The validation rule of an amount `sel` of a tree row (a sub kegiatan's
 * pagu or realisasi): a number >= 0, refused where the row's other amount
 * `jumlah` holds a formula (a parent row's totals), so that a row
 * inserted below a parent, which takes the parent's unlocked cells and
 * their rule, takes typed amounts.  A formula stored in `sel` is valid
 * (Mark Invalid Data leaves the parent's totals alone). */
void rumus_aturan_isian_daun(rumus_aturan *a, const char *sel,
                             const char *jumlah);

/* The same for a new row's target (`isian`) whose indicator name is in
 * `nama`: where the name begins "Persentase" (or "Prosentase"), a number
 * between 0 and 1 is refused too, as "60%" typed into a number cell is
 * stored 0,6 by Calc and Excel (text, such as '0,5%, passes). */
void rumus_aturan_belum_rumus_persen(rumus_aturan *a, const char *sel,
                                     const char *isian, const char *nama);

/*
 * How many rows lost their formula (rumus_aturan_tanpa_rumus) in a block:
 * rows whose input (range `isian`) holds a number while the computed cell
 * of the same row (range `sel`, the same rows) is truly empty.  ISBLANK,
 * not ISFORMULA: Gnumeric's ISFORMULA takes no range in an array
 * formula (#REF!), while "a number typed, the cell that computes from it
 * empty" reads the same in Calc, Excel and Gnumeric (a formula's "" is
 * not blank).  `jumlah`: the cached count.
 */
void rumus_baris_tanpa_rumus(rumus *r, const char *isian, const char *sel,
                             double jumlah);

/* `sel` is an input cell still to fill: unlocked (CELL("protect") 0: the
 * sheet's other cells are locked) and empty, nothing typed, not even a
 * formula giving "" (ISBLANK).  Both functions mean the same in Calc and
 * Excel. */
void rumus_aturan_isian_kosong(rumus_aturan *a, const char *sel);

/* "" as a formula: a cell that shows nothing yet is not blank (ISBLANK
 * is false, so the input shade leaves it white) and takes the
 * attributes of an input, for the row inserted below it. */
void rumus_teks_kosong(rumus *r);

/*
 * The cells of column `kolom` from the row below `baris` to row `akhir`
 * (0-based), as a reference to put in a formula of row `baris`:
 * OFFSET($C8,1,3,ROWS($C8:$C$144)-1), anchored on column `dasar` of the
 * formula's own row.  A row inserted directly below `baris` is inside it
 * (a plain F9:F144 moves down instead: a range grows only with rows
 * inserted below its first row, in Calc and Excel), and no part of it,
 * not even the anchor when dasar != the formula's column, is the
 * formula's own cell: Excel flags a range holding its own cell as a
 * circular reference.
 */
void rumus_rentang_bawah(char *buf, size_t n, unsigned dasar, unsigned kolom,
                         unsigned baris, unsigned akhir);

/* The text a cached error is shown as ("#DIV/0!", "Err:502", ...). */
const char *rumus_teks_galat(kinerja_status st);

#endif
