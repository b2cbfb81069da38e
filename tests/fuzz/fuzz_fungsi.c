/*
 * fuzz_fungsi.c - libFuzzer target for the domain core and the function
 * layer (addin/core, addin/fungsi).
 *
 * The input is read as a program (bita.h): its first byte chooses a mode.
 *
 *  - fungsi_panggil: one row of fungsi_tabel (every row is reachable), with
 *    the row's argument count or a wrong one, each argument a kinerja_matriks
 *    of any shape (0 rows or columns too, 47 x 1 for INDEKS_SPBE, N x 2 or
 *    N x 3 for a custom KATEGORI scale), each cell a number (special values:
 *    NaN with payloads, +-inf, denormals, -0, 1e308, band edges; or any bit
 *    pattern), a scale or option name, random text, empty text, omitted, or
 *    an error passed through.  Checked: the call's documented contract
 *    (fungsi.h), that no number in a result is NaN or infinite (a non-finite
 *    result is never returned as a number), and for the per-cell functions
 *    and the preset scales, every element against an oracle written from
 *    the rules of docs/aturan.md, including which error each bad input
 *    gives ("Errors are values").  The oracle's data (signatures, preset
 *    bands) is spesifikasi.h, generated from tests/e2e/spec.py, so a wrong
 *    entry in the C tables cannot agree with itself; the table's
 *    signatures are checked against it too.
 *  - the core directly: bulat_desimal, custom scales (skala_periksa and
 *    skala_cari), indeks_spbe_hitung with arbitrary weight arrays,
 *    rupiah sums against 128-bit arithmetic, triwulan_rekap, capaian,
 *    serapan, efisiensi, periksa_anggaran and name matching.
 *
 * A failed property aborts (FUZZ_PASTIKAN), so libFuzzer keeps the input.
 * The same file is linked with ulang.c to replay the corpus and every
 * regression input in the ordinary and the sanitizer builds (CTest).
 */
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bita.h"
#include "core/bulat.h"
#include "core/capaian.h"
#include "core/efisiensi.h"
#include "core/indeks_spbe.h"
#include "core/nama.h"
#include "core/periksa_anggaran.h"
#include "core/rupiah.h"
#include "core/serapan.h"
#include "core/skala.h"
#include "core/triwulan.h"
#include "fungsi/fungsi.h"
#include "spesifikasi.h"

/* ---- values ------------------------------------------------------------ */

static double nan_muatan(uint64_t muatan)
{
    uint64_t bit = UINT64_C(0x7FF8000000000000) | muatan;
    double d;
    memcpy(&d, &bit, sizeof(d));
    return d;
}

static double angka_khusus(uint8_t i)
{
    static const double tabel[] = {
        0.0,
        -0.0,
        1.0,
        -1.0,
        2.0,
        3.0,
        3.75,
        4.16,
        100.0,
        90.0,
        90.005,
        89.995,
        4.195,
        4.2,
        5.0,
        5.0000001,
        1e308,
        -1e308,
        DBL_MAX,
        DBL_MIN,
        5e-324,
        -5e-324,
        0.5,
        1e-300,
        1e300,
        0.1,
        55.0,
        75.0,
        65.0,
        50.0,
        30.0,
        60.0,
        70.0,
        80.0,
        1.8,
        2.6,
        3.5,
        1.5,
        2.5,
        0.005,
        -5.0,
        -5.005,
        110.93,
        96.25,
        9e10,
        9e15,
        1.005,
        2.675,
        4000000.0,
        905000.0,
        12345678.5,
        -0.004,
        9007199254740992.0,
        9007199254740994.0,
        -9007199254740992.0,
    };
    size_t n = sizeof(tabel) / sizeof(tabel[0]);
    switch (i % (n + 6)) {
    case 0:
        return NAN;
    case 1:
        return -NAN;
    case 2:
        return nan_muatan(532); /* what Calc reads as #DIV/0! */
    case 3:
        return nan_muatan(0x7FFFF);
    case 4:
        return INFINITY;
    case 5:
        return -INFINITY;
    default:
        return tabel[i % (n + 6) - 6];
    }
}

static double angka_baca(bita *b)
{
    uint8_t jenis = bita_u8(b);
    switch (jenis % 4) {
    case 0:
    case 1:
        return angka_khusus(bita_u8(b));
    case 2:
        return bita_double_mentah(b);
    default:
        /* small values with two decimals: band edges and typical inputs */
        return (double)(int16_t)bita_u16(b) / 100.0;
    }
}

static const char *const nama_dikenal[] = {
    "NAIK",
    "turun",
    "1",
    "2",
    "TINGKAT",
    "berhasil",
    "SPBE",
    "pemdi",
    "SAKIP",
    "IP_ASN",
    "EFISIENSI",
    "EFISIENSI_SELISIH",
    "RASIO",
    "selisih",
    "JUMLAH",
    "akhir",
    ">",
    ">=",
    "\xe2\x89\xa5",
    "Sangat Tinggi",
    "",
    " NAIK",
    "NAIK ",
    "3",
    "0",
    "1.0",
    "NA\xC4\xB0K", /* dotted I */
    "x",
    "tIngKaT",
    "Baik",
};

/* Every text a call saw, freed after its result has been checked (a label
 * may point into an argument). */
typedef struct teks_milik {
    char *isi[4096];
    size_t jumlah;
} teks_milik;

static const char *teks_simpan(teks_milik *t, char *s)
{
    if (t->jumlah == sizeof(t->isi) / sizeof(t->isi[0])) {
        free(s);
        return "x";
    }
    t->isi[t->jumlah++] = s;
    return s;
}

static void teks_bebas(teks_milik *t)
{
    for (size_t i = 0; i < t->jumlah; i++)
        free(t->isi[i]);
    t->jumlah = 0;
}

static kinerja_sel sel_baca(bita *b, teks_milik *t)
{
    uint8_t jenis = bita_u8(b);
    switch (jenis % 8) {
    case 0:
    case 1:
    case 2:
        return sel_angka(angka_baca(b));
    case 3:
        return sel_teks(nama_dikenal[bita_u8(b) % (sizeof(nama_dikenal) /
                                                   sizeof(nama_dikenal[0]))]);
    case 4:
        return sel_teks(teks_simpan(t, bita_teks(b, 24)));
    case 5:
        return sel_kosong();
    case 6:
        return sel_tiada();
    default:
        /* the generator passes errors through */
        return sel_galat(
            (kinerja_status)(KINERJA_GALAT_BAGI_NOL + bita_u8(b) % 5));
    }
}

static size_t baris_dari_kode(unsigned kode)
{
    static const size_t tabel[16] = {1, 1, 1, 1,  2, 2, 3, 4,
                                     5, 7, 8, 47, 1, 2, 0, 100};
    return tabel[kode & 15];
}

static size_t kolom_dari_kode(unsigned kode)
{
    static const size_t tabel[8] = {1, 1, 1, 2, 3, 4, 5, 0};
    return tabel[kode & 7];
}

/* ---- the oracle -------------------------------------------------------
 * Its data (each function's signature, the preset scales) is spesifikasi.h,
 * generated from tests/e2e/spec.py: never the C tables under test.  Its
 * rules are those of docs/aturan.md ("Errors are values") and docs/calc.md
 * ("Empty cells"), stated here in the spec's terms. */

static const spesifikasi_fungsi *spesifikasi_cari(const char *nama)
{
    size_t n =
        sizeof(spesifikasi_fungsi_semua) / sizeof(spesifikasi_fungsi_semua[0]);
    for (size_t i = 0; i < n; i++)
        if (strcmp(spesifikasi_fungsi_semua[i].nama, nama) == 0)
            return &spesifikasi_fungsi_semua[i];
    return NULL;
}

/* The table must say what the spec says: the same count, kinds and
 * optional arguments.  The oracle then needs nothing else from it. */
static void periksa_tabel(const fungsi_info *f, const spesifikasi_fungsi *sp)
{
    static const argumen_jenis jenis_dari_huruf[128] = {['A'] = ARG_ANGKA,
                                                        ['P'] = ARG_PILIHAN,
                                                        ['U'] = ARG_UTUH,
                                                        ['B'] = ARG_BARIS};
    FUZZ_PASTIKAN(sp != NULL);
    FUZZ_PASTIKAN(f->jumlah_argumen == sp->jumlah_argumen);
    for (size_t k = 0; k < sp->jumlah_argumen; k++) {
        FUZZ_PASTIKAN(f->argumen[k].jenis ==
                      jenis_dari_huruf[(unsigned char)sp->jenis[k]]);
        FUZZ_PASTIKAN(f->argumen[k].opsional == (sp->opsional[k] == 'y'));
    }
}

static bool satu(const kinerja_matriks *m)
{
    return m->baris == 1 && m->kolom == 1;
}

/* How many elements argument k contributes, as rows x columns: a per-cell
 * argument all its cells, a per-row one each row (a single column being
 * one row), a whole-value one none of its own (1 x 1). */
static void unsur(char jenis, const kinerja_matriks *m, size_t *baris,
                  size_t *kolom)
{
    *baris = *kolom = 1;
    if (jenis == 'A' || jenis == 'P') {
        *baris = m->baris;
        *kolom = m->kolom;
    } else if (jenis == 'B' && m->kolom != 1) {
        *baris = m->baris;
    }
}

/* The result's shape: every argument that contributes more than one
 * element contributes the same shape, which the result takes; a range
 * among the per-cell arguments makes the result a range.  False for a call
 * that must fail as a whole: an empty argument, shapes that disagree, a
 * required argument left out. */
static bool bentuk_harapan(const spesifikasi_fungsi *sp,
                           const kinerja_matriks *arg, size_t *baris,
                           size_t *kolom, bool *rentang)
{
    size_t b0 = 1, c0 = 1;
    bool ada = false, rentang_ada = false;
    for (size_t k = 0; k < sp->jumlah_argumen; k++) {
        const kinerja_matriks *m = &arg[k];
        if (m->sel == NULL || m->baris * m->kolom == 0)
            return false;
        if (sp->opsional[k] == 'n' && satu(m) && m->sel[0].jenis == SEL_TIADA)
            return false;
        if (sp->jenis[k] == 'U')
            continue;
        rentang_ada |= m->rentang;
        size_t b, c;
        unsur(sp->jenis[k], m, &b, &c);
        if (b * c == 1)
            continue;
        if (ada && (b != b0 || c != c0))
            return false;
        ada = true;
        b0 = b;
        c0 = c;
    }
    *baris = b0;
    *kolom = c0;
    *rentang = rentang_ada;
    return true;
}

/* The rules every function shares, in the order the spec gives them: an
 * error value passes through, a required argument left out is Err:502, text
 * where a number belongs is #VALUE!, and empty text in a required argument
 * makes the element blank.  Whole-value and per-row arguments take part only
 * when they are a single non-range cell.  True with *hasil decided. */
static bool aturan_umum(const spesifikasi_fungsi *sp,
                        const kinerja_matriks *arg, size_t i,
                        kinerja_sel *hasil)
{
    bool kosong = false;
    for (size_t k = 0; k < sp->jumlah_argumen; k++) {
        char jenis = sp->jenis[k];
        bool wajib = sp->opsional[k] == 'n';
        const kinerja_matriks *m = &arg[k];
        const kinerja_sel *s;
        if (jenis == 'A' || jenis == 'P')
            s = satu(m) ? &m->sel[0] : &m->sel[i];
        else if (satu(m) && !m->rentang)
            s = &m->sel[0];
        else
            continue;
        switch (s->jenis) {
        case SEL_GALAT:
            *hasil = *s;
            return true;
        case SEL_TIADA:
            if (wajib) {
                *hasil = sel_galat(KINERJA_GALAT_ARGUMEN);
                return true;
            }
            break;
        case SEL_TEKS:
            if (jenis == 'A') {
                *hasil = sel_galat(KINERJA_GALAT_TIPE);
                return true;
            }
            break;
        case SEL_KOSONG:
            kosong |= wajib;
            break;
        case SEL_ANGKA:
            break;
        }
    }
    if (kosong)
        *hasil = sel_kosong();
    return kosong;
}

/* An ASCII case-insensitive comparison written independently of nama.c. */
static bool sama(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return false;
    size_t n = strlen(a);
    if (strlen(b) != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'a' && x <= 'z')
            x = (unsigned char)(x - 32);
        if (y >= 'a' && y <= 'z')
            y = (unsigned char)(y - 32);
        if (x != y)
            return false;
    }
    return true;
}

/* An option (arah, metode, jenis): 0 = the default, 1, 2, or -1 = bad.
 * `bawaan`: whether omitted / empty / a lone 0 means the default. */
static int pilihan(const kinerja_sel *s, const char *satu_nama,
                   const char *dua_nama, bool bawaan)
{
    if (bawaan && (s->jenis == SEL_TIADA || s->jenis == SEL_KOSONG ||
                   (s->jenis == SEL_ANGKA && s->angka == 0.0)))
        return 1;
    if (s->jenis == SEL_ANGKA)
        return s->angka == 1.0 ? 1 : s->angka == 2.0 ? 2 : -1;
    if (s->jenis == SEL_TEKS) {
        if (sama(s->teks, satu_nama) || sama(s->teks, "1"))
            return 1;
        if (sama(s->teks, dua_nama) || sama(s->teks, "2"))
            return 2;
    }
    return -1;
}

static kinerja_sel angka_atau_galat(double v)
{
    return isfinite(v) ? sel_angka(v) : sel_galat(KINERJA_GALAT_ARGUMEN);
}

static kinerja_sel harapan_capaian(const kinerja_matriks *arg, size_t i)
{
    int arah = pilihan(fungsi_arg_sel(&arg[2], i), "NAIK", "TURUN", true);
    double t = fungsi_arg_sel(&arg[0], i)->angka;
    double r = fungsi_arg_sel(&arg[1], i)->angka;
    if (arah < 0 || !isfinite(t) || t < 0.0 || !isfinite(r))
        return sel_galat(KINERJA_GALAT_ARGUMEN);
    if (t == 0.0)
        return sel_galat(KINERJA_GALAT_BAGI_NOL);
    return angka_atau_galat(arah == 1 ? r / t * 100.0
                                      : (t - (r - t)) / t * 100.0);
}

static kinerja_sel harapan_serapan(const kinerja_matriks *arg, size_t i)
{
    double p = fungsi_arg_sel(&arg[0], i)->angka;
    double r = fungsi_arg_sel(&arg[1], i)->angka;
    if (!isfinite(p) || p < 0.0 || !isfinite(r) || r < 0.0)
        return sel_galat(KINERJA_GALAT_ARGUMEN);
    if (p == 0.0)
        return sel_galat(KINERJA_GALAT_BAGI_NOL);
    return angka_atau_galat(r / p * 100.0);
}

static kinerja_sel harapan_efisiensi(const kinerja_matriks *arg, size_t i)
{
    int metode = pilihan(fungsi_arg_sel(&arg[2], i), "RASIO", "SELISIH", true);
    double k = fungsi_arg_sel(&arg[0], i)->angka;
    double a = fungsi_arg_sel(&arg[1], i)->angka;
    if (metode < 0 || !isfinite(k) || !isfinite(a) || a < 0.0)
        return sel_galat(KINERJA_GALAT_ARGUMEN);
    if (metode == 1 && a == 0.0)
        return sel_galat(KINERJA_GALAT_BAGI_NOL);
    return angka_atau_galat(metode == 1 ? k / a : k - a);
}

static bool rupiah_sah(double d)
{
    return isfinite(d) && d == trunc(d) && fabs(d) <= 9007199254740992.0;
}

static kinerja_sel harapan_cek_anggaran(const kinerja_matriks *arg, size_t i)
{
    double p = fungsi_arg_sel(&arg[0], i)->angka;
    const kinerja_sel *r = fungsi_arg_sel(&arg[1], i);
    if (!rupiah_sah(p) || p < 0.0)
        return sel_galat(KINERJA_GALAT_ARGUMEN);
    if (r->jenis != SEL_ANGKA)
        return sel_teks("Belum ada realisasi");
    if (!rupiah_sah(r->angka) || r->angka < 0.0)
        return sel_galat(KINERJA_GALAT_ARGUMEN);
    if (r->angka == 0.0)
        return sel_teks("Belum ada realisasi");
    return sel_teks(r->angka > p ? "Melebihi pagu" : "Sesuai");
}

/* The label of v on a scale: the highest band whose bound the value,
 * rounded to two decimals, meets.  Forward scan, unlike skala.c. */
static kinerja_sel harapan_label(const spesifikasi_pita *pita, size_t n,
                                 double domain_min, double domain_max, double v)
{
    if (!isfinite(v))
        return sel_galat(KINERJA_GALAT_ARGUMEN);
    double t = bulat_desimal(v, 2);
    if (t < domain_min || t > domain_max)
        return sel_galat(KINERJA_GALAT_ARGUMEN);
    const char *label = NULL;
    for (size_t j = 0; j < n; j++)
        if (pita[j].eksklusif ? t > pita[j].batas : t >= pita[j].batas)
            label = pita[j].label;
    return label ? sel_teks(label) : sel_galat(KINERJA_GALAT_TIDAK_TERSEDIA);
}

static kinerja_sel harapan_label_preset(const spesifikasi_skala *s, double v)
{
    return harapan_label(s->pita, s->jumlah_pita, s->domain_min, s->domain_max,
                         v);
}

static const spesifikasi_skala *spesifikasi_skala_cari(const char *nama)
{
    size_t n =
        sizeof(spesifikasi_skala_semua) / sizeof(spesifikasi_skala_semua[0]);
    for (size_t j = 0; j < n; j++)
        if (sama(spesifikasi_skala_semua[j].nama, nama))
            return &spesifikasi_skala_semua[j];
    return NULL;
}

/* The preset a scalar skala argument names, or NULL (not a preset call). */
static const spesifikasi_skala *preset_harapan(const kinerja_matriks *m,
                                               bool *salah)
{
    *salah = false;
    if (m->rentang || !satu(m))
        return NULL;
    const kinerja_sel *s = &m->sel[0];
    if (s->jenis == SEL_TIADA || s->jenis == SEL_KOSONG ||
        (s->jenis == SEL_ANGKA && s->angka == 0.0))
        return spesifikasi_skala_cari(SPESIFIKASI_SKALA_BAWAAN);
    const spesifikasi_skala *p =
        s->jenis == SEL_TEKS ? spesifikasi_skala_cari(s->teks) : NULL;
    *salah = p == NULL; /* a number or an unknown name: Err:502 for the call */
    return p;
}

static bool sel_sama(const kinerja_sel *a, const kinerja_sel *b)
{
    if (a->jenis != b->jenis)
        return false;
    switch (a->jenis) {
    case SEL_ANGKA:
        return a->angka == b->angka;
    case SEL_TEKS:
        return strcmp(a->teks, b->teks) == 0;
    case SEL_GALAT:
        return a->galat == b->galat;
    case SEL_KOSONG:
    case SEL_TIADA:
        return true;
    }
    return false;
}

static void periksa_hasil_sel(const fungsi_info *f, const kinerja_sel *s)
{
    switch (s->jenis) {
    case SEL_ANGKA:
        /* A non-finite result is never returned as a number.  T1: the sum
         * of finite quarters can overflow to infinity. */
        FUZZ_PASTIKAN(isfinite(s->angka) ||
                      (lewati("T1") && strcmp(f->nama, "REKAP_TRIWULAN") == 0));
        break;
    case SEL_TEKS:
        FUZZ_PASTIKAN(s->teks != NULL);
        FUZZ_PASTIKAN(strlen(s->teks) < 1000);
        break;
    case SEL_GALAT:
        FUZZ_PASTIKAN(s->galat >= KINERJA_GALAT_BAGI_NOL &&
                      s->galat <= KINERJA_GALAT_MEMORI);
        break;
    case SEL_KOSONG:
        break;
    case SEL_TIADA:
        FUZZ_PASTIKAN(!"a result cell is never SEL_TIADA");
    }
}

static void uji_fungsi_panggil(bita *b)
{
    const fungsi_info *f = &fungsi_tabel[bita_u8(b) % fungsi_jumlah];
    const spesifikasi_fungsi *sp = spesifikasi_cari(f->nama);
    periksa_tabel(f, sp);
    uint8_t bendera = bita_u8(b);
    size_t jumlah_argumen = f->jumlah_argumen;
    if ((bendera & 0xF0) == 0xF0) /* a wrong argument count */
        jumlah_argumen = bendera % (FUNGSI_ARGUMEN_MAKS + 1);

    kinerja_matriks arg[FUNGSI_ARGUMEN_MAKS];
    teks_milik *teks = calloc(1, sizeof(*teks));
    FUZZ_PASTIKAN(teks != NULL);
    size_t total_sel = 0;
    for (size_t k = 0; k < FUNGSI_ARGUMEN_MAKS; k++) {
        uint8_t bentuk = bita_u8(b);
        kinerja_matriks *m = &arg[k];
        m->baris = baris_dari_kode(bentuk);
        m->kolom = kolom_dari_kode(bentuk >> 4);
        m->rentang = (bentuk & 0x80) != 0 || m->baris * m->kolom > 1;
        size_t n = m->baris * m->kolom;
        if (total_sel + n > 4096) {
            m->baris = m->kolom = 1;
            n = 1;
        }
        total_sel += n;
        m->sel = n == 0 ? NULL : malloc(n * sizeof(kinerja_sel));
        /* A range may hold one value in every cell (a byte says so): long
         * runs of equal values, as in a real column, cost one cell. */
        bool sama_semua = n > 1 && (bita_u8(b) & 1);
        for (size_t j = 0; j < n; j++)
            m->sel[j] = sama_semua && j > 0 ? m->sel[0] : sel_baca(b, teks);
    }

    kinerja_matriks hasil;
    memset(&hasil, 0xA5, sizeof(hasil));
    kinerja_status st = fungsi_panggil(f, arg, jumlah_argumen, &hasil);
    FUZZ_PASTIKAN(st >= KINERJA_OK && st <= KINERJA_GALAT_MEMORI);
    FUZZ_PASTIKAN(st != KINERJA_KOSONG);
    if (getenv("KINERJA_FUZZ_CERITA")) {
        fprintf(stderr, "%s/%zu: %s", f->nama, jumlah_argumen,
                kinerja_status_teks(st));
        if (st == KINERJA_OK && hasil.sel[0].jenis == SEL_ANGKA)
            fprintf(stderr, " %.17g", hasil.sel[0].angka);
        else if (st == KINERJA_OK && hasil.sel[0].jenis == SEL_TEKS)
            fprintf(stderr, " \"%s\"", hasil.sel[0].teks);
        else if (st == KINERJA_OK && hasil.sel[0].jenis == SEL_GALAT)
            fprintf(stderr, " error: %s",
                    kinerja_status_teks(hasil.sel[0].galat));
        fprintf(stderr, st == KINERJA_OK ? " (%zux%zu)\n" : "\n", hasil.baris,
                hasil.kolom);
    }

    size_t baris = 0, kolom = 0;
    bool rentang = false;
    bool bentuk_sah = jumlah_argumen == sp->jumlah_argumen &&
                      bentuk_harapan(sp, arg, &baris, &kolom, &rentang);

    if (st != KINERJA_OK) {
        /* A failed call leaves the result empty: the glue shows one error. */
        FUZZ_PASTIKAN(hasil.sel == NULL && hasil.baris == 0 &&
                      hasil.kolom == 0);
        FUZZ_PASTIKAN(st == KINERJA_GALAT_ARGUMEN || st == KINERJA_GALAT_TIPE ||
                      st == KINERJA_GALAT_MEMORI);
        /* Only a scale's preparation may fail a well-formed call. */
        if (bentuk_sah)
            FUZZ_PASTIKAN(f->siapkan != NULL);
    } else {
        FUZZ_PASTIKAN(bentuk_sah);
        FUZZ_PASTIKAN(hasil.sel != NULL);
        FUZZ_PASTIKAN(hasil.baris == baris && hasil.kolom == kolom);
        FUZZ_PASTIKAN(hasil.rentang == rentang);
    }

    bool preset_salah = false;
    const spesifikasi_skala *preset =
        strcmp(f->nama, "KATEGORI") == 0
            ? preset_harapan(&arg[1], &preset_salah)
            : NULL;
    if (preset_salah && bentuk_sah)
        FUZZ_PASTIKAN(st == KINERJA_GALAT_ARGUMEN);

    if (st == KINERJA_OK) {
        for (size_t i = 0; i < baris * kolom; i++) {
            const kinerja_sel *s = &hasil.sel[i];
            periksa_hasil_sel(f, s);
            kinerja_sel h;
            bool ada_harapan = true;
            if (aturan_umum(sp, arg, i, &h))
                ;
            else if (strcmp(f->nama, "CAPAIAN") == 0)
                h = harapan_capaian(arg, i);
            else if (strcmp(f->nama, "SERAPAN") == 0)
                h = harapan_serapan(arg, i);
            else if (strcmp(f->nama, "EFISIENSI") == 0)
                h = harapan_efisiensi(arg, i);
            else if (strcmp(f->nama, "CEK_ANGGARAN") == 0)
                h = harapan_cek_anggaran(arg, i);
            else if (preset != NULL)
                h = harapan_label_preset(preset,
                                         fungsi_arg_sel(&arg[0], i)->angka);
            else
                ada_harapan = false;
            if (ada_harapan && !sel_sama(s, &h)) {
                fprintf(stderr,
                        "%s element %zu: got kind %d (%.17g, %s, status %d), "
                        "expected kind %d (%.17g, %s, status %d)\n",
                        f->nama, i, s->jenis, s->angka,
                        s->jenis == SEL_TEKS ? s->teks : "-", s->galat, h.jenis,
                        h.angka, h.jenis == SEL_TEKS ? h.teks : "-", h.galat);
                FUZZ_PASTIKAN(!"result differs from the oracle");
            }
        }
    }

    kinerja_matriks_bebas(&hasil);
    FUZZ_PASTIKAN(hasil.sel == NULL);
    for (size_t k = 0; k < FUNGSI_ARGUMEN_MAKS; k++)
        free(arg[k].sel);
    teks_bebas(teks);
    free(teks);
}

/* ---- the core directly --------------------------------------------------- */

static void uji_bulat(bita *b)
{
    double x = angka_baca(b);
    int d = (int8_t)bita_u8(b);
    double r = bulat_desimal(x, d);
    if (!isfinite(x)) {
        FUZZ_PASTIKAN(isnan(x) ? isnan(r) : r == x);
        return;
    }
    FUZZ_PASTIKAN(isfinite(r));
    int dd = d < 0 ? 0 : d > 15 ? 15 : d;
    double batas = 0.5 * pow(10.0, -dd) + fabs(x) * 0x1p-40;
    FUZZ_PASTIKAN(fabs(r - x) <= batas);
    FUZZ_PASTIKAN(r == 0.0 || signbit(r) == signbit(x));
    /* ROUND(-x) = -ROUND(x): half away from zero is symmetric. */
    FUZZ_PASTIKAN(bulat_desimal(-x, d) == -r);
}

static const char *const label_uji[] = {"A", "B", "Sangat Tinggi", "", NULL};

static void uji_skala(bita *b)
{
    skala_pita pita[8];
    size_t n = bita_u8(b) % 9;
    for (size_t j = 0; j < n; j++) {
        uint8_t x = bita_u8(b);
        pita[j].batas = (x & 1) && j > 0 ? pita[j - 1].batas : angka_baca(b);
        pita[j].eksklusif = (x & 2) != 0;
        pita[j].label = label_uji[(x >> 2) % 5];
    }
    skala s = {NULL, n ? pita : NULL, n, -INFINITY, INFINITY};
    uint8_t domain = bita_u8(b);
    if (domain & 1) {
        s.domain_min = angka_baca(b);
        s.domain_max = angka_baca(b);
    }
    kinerja_status st = skala_periksa(&s);
    FUZZ_PASTIKAN(st == KINERJA_OK || st == KINERJA_GALAT_ARGUMEN);
    if (st != KINERJA_OK)
        return;
    /* What skala_periksa promises. */
    FUZZ_PASTIKAN(n > 0);
    for (size_t j = 0; j < n; j++) {
        FUZZ_PASTIKAN(pita[j].label != NULL && pita[j].label[0] != '\0');
        FUZZ_PASTIKAN(!isnan(pita[j].batas));
        FUZZ_PASTIKAN(j == 0 || isfinite(pita[j].batas));
        FUZZ_PASTIKAN(j == 0 || pita[j].batas >= pita[j - 1].batas);
    }
    spesifikasi_pita sebagai_spesifikasi[8];
    for (size_t j = 0; j < n; j++)
        sebagai_spesifikasi[j] =
            (spesifikasi_pita){pita[j].batas, pita[j].eksklusif, pita[j].label};
    for (int k = 0; k < 4; k++) {
        double v = angka_baca(b);
        const char *label = NULL;
        st = skala_cari(&s, v, &label);
        kinerja_sel h = harapan_label(sebagai_spesifikasi, n, s.domain_min,
                                      s.domain_max, v);
        kinerja_sel dapat = st == KINERJA_OK ? sel_teks(label) : sel_galat(st);
        FUZZ_PASTIKAN(sel_sama(&dapat, &h));
    }
}

static void uji_preset(bita *b)
{
    size_t n;
    const skala *semua = skala_preset_semua(&n);
    const skala *s = &semua[bita_u8(b) % n];
    FUZZ_PASTIKAN(skala_periksa(s) == KINERJA_OK);
    FUZZ_PASTIKAN(skala_preset_cari(s->nama) == s);
    const spesifikasi_skala *sp = spesifikasi_skala_cari(s->nama);
    FUZZ_PASTIKAN(sp != NULL); /* every preset is in the spec */
    double v = angka_baca(b);
    const char *label = NULL;
    kinerja_status st = skala_cari(s, v, &label);
    kinerja_sel h = harapan_label_preset(sp, v);
    kinerja_sel dapat = st == KINERJA_OK ? sel_teks(label) : sel_galat(st);
    FUZZ_PASTIKAN(sel_sama(&dapat, &h));
}

static void uji_indeks(bita *b)
{
    double nilai[64] = {0}, bobot[64] = {0};
    uint8_t x = bita_u8(b);
    size_t n = x & 63;
    indeks_spbe_kerangka kerangka = (indeks_spbe_kerangka)(bita_u8(b) % 4);
    bool sama_bobot = (x & 64) != 0;
    double w0 = angka_baca(b);
    for (size_t j = 0; j < n; j++) {
        nilai[j] = (bita_u8(b) & 1) ? angka_baca(b) : bita_u8(b) % 6;
        bobot[j] = sama_bobot ? w0 : angka_baca(b);
    }
    double r = -1.0;
    kinerja_status st = indeks_spbe_hitung(nilai, bobot, n, kerangka, &r);
    double min_nilai = kerangka == INDEKS_SPBE_KERANGKA_PEMDI ? 1.0 : 0.0;
    bool sah = (kerangka == INDEKS_SPBE_KERANGKA_SPBE ||
                kerangka == INDEKS_SPBE_KERANGKA_PEMDI) &&
               n > 0;
    for (size_t j = 0; j < n && sah; j++)
        sah = nilai[j] >= min_nilai && nilai[j] <= 5.0 && isfinite(bobot[j]) &&
              bobot[j] >= 0.0;
    if (!sah) {
        FUZZ_PASTIKAN(st == KINERJA_GALAT_ARGUMEN);
        return;
    }
    FUZZ_PASTIKAN(st == KINERJA_OK || st == KINERJA_GALAT_BAGI_NOL ||
                  st == KINERJA_GALAT_ARGUMEN);
    long double jumlah = 0;
    double lo = 5.0, hi = min_nilai;
    bool bobot_subnormal = false;
    for (size_t j = 0; j < n; j++) {
        jumlah += bobot[j];
        if (bobot[j] > 0.0) {
            lo = fmin(lo, nilai[j]);
            hi = fmax(hi, nilai[j]);
            /* T2: value x weight can fall into the subnormal range, where
             * it keeps only a few bits. */
            bobot_subnormal = bobot_subnormal || bobot[j] < 0x1p-969;
        }
    }
    if (jumlah == 0)
        FUZZ_PASTIKAN(st == KINERJA_GALAT_BAGI_NOL);
    if (st != KINERJA_OK)
        return;
    /* A weighted mean lies between the values that carry weight. */
    FUZZ_PASTIKAN(isfinite(r));
    double tol = 1e-9 * fmax(1.0, hi);
    if (!(r >= lo - tol && r <= hi + tol) &&
        !(bobot_subnormal && lewati("T2"))) {
        fprintf(stderr, "index %.17g outside [%.17g, %.17g]\n", r, lo, hi);
        FUZZ_PASTIKAN(!"weighted mean outside the range of its values");
    }
}

static int64_t rupiah_acak(bita *b)
{
    uint8_t x = bita_u8(b);
    switch (x % 4) {
    case 0:
        return (int64_t)bita_u64(b);
    case 1:
        return (int64_t)(bita_u64(b) % UINT64_C(90000000001)); /* <= 9e10 */
    case 2:
        return ((int64_t)1 << 53) - (int64_t)bita_u8(b) + 128;
    default:
        return -(((int64_t)1 << 53) - (int64_t)bita_u8(b) + 128);
    }
}

static void uji_rupiah(bita *b)
{
    int64_t rp[64] = {0};
    size_t n = bita_u8(b) % 65;
    for (size_t j = 0; j < n; j++)
        rp[j] = rupiah_acak(b);
    const __int128 batas = (__int128)1 << 53;
    bool sah = true;
    __int128 jumlah = 0;
    for (size_t j = 0; j < n && sah; j++) {
        jumlah += rp[j];
        sah = jumlah <= batas && jumlah >= -batas;
    }
    int64_t total = 12345;
    kinerja_status st = rupiah_jumlah(rp, n, &total);
    if (sah) {
        FUZZ_PASTIKAN(st == KINERJA_OK && (__int128)total == jumlah);
    } else {
        FUZZ_PASTIKAN(st == KINERJA_GALAT_ARGUMEN && total == 12345);
    }

    int64_t t = rupiah_acak(b);
    int64_t selisih = 0;
    st = rupiah_selisih(t, rp, n, &selisih);
    if (sah && (__int128)t - jumlah <= batas && (__int128)t - jumlah >= -batas)
        FUZZ_PASTIKAN(st == KINERJA_OK && (__int128)selisih == t - jumlah);
    else if (!sah)
        FUZZ_PASTIKAN(st == KINERJA_GALAT_ARGUMEN);

    double d = angka_baca(b);
    int64_t r = 0;
    st = rupiah_dari_double(d, &r);
    if (rupiah_sah(d))
        FUZZ_PASTIKAN(st == KINERJA_OK && (double)r == d);
    else
        FUZZ_PASTIKAN(st == KINERJA_GALAT_ARGUMEN);
}

static void uji_hitung(bita *b)
{
    double x = angka_baca(b), y = angka_baca(b), h = 0.0;
    uint8_t pilih = bita_u8(b);
    kinerja_status st;

    st = capaian_hitung(x, (pilih & 1) ? &y : NULL,
                        (capaian_rumus)((pilih >> 1) % 4), &h);
    FUZZ_PASTIKAN(st != KINERJA_OK || isfinite(h));
    st = serapan_hitung(x, (pilih & 1) ? &y : NULL, &h);
    FUZZ_PASTIKAN(st != KINERJA_OK || isfinite(h));
    st = efisiensi_hitung(x, y, (efisiensi_metode)((pilih >> 3) % 4), &h);
    FUZZ_PASTIKAN(st != KINERJA_OK || isfinite(h));

    periksa_anggaran_temuan temuan;
    st = periksa_anggaran(x, (pilih & 1) ? &y : NULL, &temuan);
    if (st == KINERJA_OK)
        FUZZ_PASTIKAN(strcmp(periksa_anggaran_label(temuan), "?") != 0);

    double tw[5];
    bool terisi[5];
    size_t n = bita_u8(b) % 6;
    for (size_t j = 0; j < n; j++) {
        tw[j] = angka_baca(b);
        terisi[j] = (bita_u8(b) & 3) != 0;
    }
    triwulan_jenis jenis = (triwulan_jenis)(bita_u8(b) % 4);
    st = triwulan_rekap(tw, terisi, n, jenis, &h);
    if (st == KINERJA_OK) {
        /* A year's figure is a number a cell can show (T1: not yet). */
        FUZZ_PASTIKAN(isfinite(h) || lewati("T1"));
    }

    /* Names: every parser agrees with an independent comparison. */
    char *a = bita_teks(b, 12);
    char *c = bita_teks(b, 12);
    FUZZ_PASTIKAN(nama_sama(a, c) == sama(a, c));
    capaian_rumus rumus;
    st = capaian_rumus_dari_nama(a, &rumus);
    FUZZ_PASTIKAN((st == KINERJA_OK) == (sama(a, "NAIK") || sama(a, "TURUN") ||
                                         sama(a, "1") || sama(a, "2")));
    efisiensi_metode metode;
    (void)efisiensi_metode_dari_nama(a, &metode);
    indeks_spbe_kerangka kerangka;
    (void)indeks_spbe_kerangka_dari_nama(a, &kerangka);
    (void)triwulan_jenis_dari_nama(a, &jenis);
    const skala *p = skala_preset_cari(a);
    FUZZ_PASTIKAN(p == NULL || sama(p->nama, a));
    FUZZ_PASTIKAN(fungsi_cari_nama(a) == NULL ||
                  sama(fungsi_cari_nama(a)->nama, a));
    FUZZ_PASTIKAN(fungsi_cari_metode(a, strlen(a)) == NULL ||
                  strcmp(fungsi_cari_metode(a, strlen(a))->nama, a) == 0);
    free(a);
    free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bita b = {data, size};
    switch (bita_u8(&b) % 8) {
    case 0:
    case 1:
    case 2:
        uji_fungsi_panggil(&b);
        break;
    case 3:
        uji_bulat(&b);
        break;
    case 4:
        uji_skala(&b);
        uji_preset(&b);
        break;
    case 5:
        uji_indeks(&b);
        break;
    case 6:
        uji_rupiah(&b);
        break;
    default:
        uji_hitung(&b);
        break;
    }
    return 0;
}
