/*
 * uji.h - what every unit test shares: cmocka, assertions that print
 * doubles with 17 significant digits and statuses by name, and a runner
 * that turns each row of a table into its own named cmocka test.
 *
 * Expected values in the tests come from the seed report or from
 * the rules of docs/aturan.md, never from running the core.
 */
#ifndef KINERJA_UJI_H
#define KINERJA_UJI_H

/* cmocka.h needs these first. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <ctype.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bulat.h"
#include "core/kinerja_status.h"

#define UJI_JUMLAH(a) (sizeof(a) / sizeof((a)[0]))

/* The status's enum name: our own table, so a wrong status prints as the
 * name a reader can look up in kinerja_status.h. */
static inline const char *uji_nama_status(kinerja_status s)
{
    switch (s) {
    case KINERJA_OK:
        return "KINERJA_OK";
    case KINERJA_KOSONG:
        return "KINERJA_KOSONG";
    case KINERJA_GALAT_BAGI_NOL:
        return "KINERJA_GALAT_BAGI_NOL";
    case KINERJA_GALAT_ARGUMEN:
        return "KINERJA_GALAT_ARGUMEN";
    case KINERJA_GALAT_TIPE:
        return "KINERJA_GALAT_TIPE";
    case KINERJA_GALAT_TIDAK_TERSEDIA:
        return "KINERJA_GALAT_TIDAK_TERSEDIA";
    case KINERJA_GALAT_MEMORI:
        return "KINERJA_GALAT_MEMORI";
    }
    return "(not a kinerja_status)";
}

#define assert_status(got, want)                                               \
    do {                                                                       \
        kinerja_status uji_g_ = (got), uji_w_ = (want);                        \
        if (uji_g_ != uji_w_)                                                  \
            fail_msg("%s gave %s, expected %s", #got, uji_nama_status(uji_g_), \
                     uji_nama_status(uji_w_));                                 \
    } while (0)

/* Exactly equal doubles (0.0 and -0.0 count as equal). */
#define assert_double_sama(got, want)                                          \
    do {                                                                       \
        double uji_g_ = (got), uji_w_ = (want);                                \
        if (!(uji_g_ == uji_w_))                                               \
            fail_msg("%s = %.17g, expected %.17g", #got, uji_g_, uji_w_);      \
    } while (0)

/* |got - want| <= tol * max(1, |want|). */
#define assert_double_dekat(got, want, tol)                                    \
    do {                                                                       \
        double uji_g_ = (got), uji_w_ = (want);                                \
        double uji_s_ = fabs(uji_w_) > 1.0 ? fabs(uji_w_) : 1.0;               \
        if (!(fabs(uji_g_ - uji_w_) <= (tol)*uji_s_))                          \
            fail_msg("%s = %.17g, expected %.17g (within %g)", #got, uji_g_,   \
                     uji_w_, (double)(tol));                                   \
    } while (0)

/* The value shown with two decimals, the way the seed's tables print it. */
#define assert_dua_desimal(got, want)                                          \
    do {                                                                       \
        double uji_v_ = (got);                                                 \
        double uji_b_ = bulat_desimal(uji_v_, 2), uji_w_ = (want);             \
        if (!(uji_b_ == uji_w_))                                               \
            fail_msg("%s = %.17g shows as %.17g, expected %.17g", #got,        \
                     uji_v_, uji_b_, uji_w_);                                  \
    } while (0)

/*
 * Runs one cmocka test per row of a table.  Every row struct begins with
 * `const char *nama` (the test's name: source table and row label); the
 * test function finds its row in *state.
 */
static inline int uji_per_baris(const char *grup, const void *tabel,
                                size_t ukuran_baris, size_t jumlah,
                                CMUnitTestFunction fungsi)
{
    struct CMUnitTest *uji = calloc(jumlah ? jumlah : 1, sizeof *uji);
    if (uji == NULL)
        return 1;
    for (size_t i = 0; i < jumlah; i++) {
        const char *baris = (const char *)tabel + i * ukuran_baris;
        const char *nama;
        memcpy(&nama, baris, sizeof nama);
        uji[i].name = nama;
        uji[i].test_func = fungsi;
        uji[i].initial_state = (void *)baris;
    }
    int gagal = _cmocka_run_group_tests(grup, uji, jumlah, NULL, NULL);
    free(uji);
    return gagal;
}

/* A row type for uji_per_baris: `const char *nama` first, as the runner
 * reads it, then the row's own fields, given as member declarations:
 * UJI_BARIS(kasus_x, double nilai; int desimal;); */
#define UJI_BARIS(tipe, ...)                                                   \
    typedef struct tipe {                                                      \
        const char *nama;                                                      \
        __VA_ARGS__                                                            \
    } tipe

/* uji_per_baris over a whole array (not a pointer): the row size and the
 * count are the array's own. */
#define UJI_TABEL(grup, tabel, fungsi)                                         \
    uji_per_baris((grup), (tabel), sizeof(tabel)[0], UJI_JUMLAH(tabel),        \
                  (fungsi))

/* What a double out-parameter holds before a call: no rule's result, so
 * a call that wrote it on a refusal shows at once. */
#define UJI_TIDAK_DIUBAH -777.25

/*
 * A computation's status and result against a row's: on KINERJA_OK the
 * result within tol (as assert_double_dekat), on any other status the
 * out-parameter still UJI_TIDAK_DIUBAH (a refused call writes nothing).
 */
static inline void uji_hasil_periksa(kinerja_status s, double hasil,
                                     kinerja_status status, double harapan,
                                     double tol)
{
    if (s != status)
        fail_msg("call gave %s, expected %s", uji_nama_status(s),
                 uji_nama_status(status));
    if (status == KINERJA_OK)
        assert_double_dekat(hasil, harapan, tol);
    else
        assert_double_sama(hasil, UJI_TIDAK_DIUBAH);
}

/*
 * Readers of an option a user names in a cell (a rumus, a metode, a
 * kerangka, a jenis) by its name or by its number.  The names are
 * case-insensitive, so every accepted name is read as written, in lower
 * case and in upper case.  A reader that refuses leaves its out-parameter
 * as it was: the caller turns the status into a cell error and must find
 * nothing half written.
 */
typedef struct uji_pilihan {
    const char *nama; /* the text read, as written; also the test's name */
    int nilai;        /* the enum value it names */
} uji_pilihan;

typedef struct uji_pilihan_angka {
    const char *nama;
    double angka; /* the number read */
    int nilai;
} uji_pilihan_angka;

/* What the out-parameter holds before the call: no option's value. */
#define UJI_PILIHAN_TIDAK_DIUBAH 99

/* The reader's status and value for `masukan` against those expected (on
 * a refusal: UJI_PILIHAN_TIDAK_DIUBAH). */
static inline void uji_pilihan_periksa(const char *masukan, kinerja_status s,
                                       int hasil, kinerja_status status,
                                       int nilai)
{
    if (s != status)
        fail_msg("'%s' gave %s, expected %s", masukan, uji_nama_status(s),
                 uji_nama_status(status));
    int harapan = status == KINERJA_OK ? nilai : UJI_PILIHAN_TIDAK_DIUBAH;
    if (hasil != harapan)
        fail_msg("'%s' set %d, expected %d%s", masukan, hasil, harapan,
                 status == KINERJA_OK ? "" : " (untouched)");
}

/* teks in the case `huruf` asks for (0 as written, 1 lower, 2 upper),
 * into buf (n bytes). */
static inline const char *uji_huruf(const char *teks, int huruf, char *buf,
                                    size_t n)
{
    size_t i = 0;
    for (; teks[i] && i + 1 < n; i++) {
        unsigned char c = (unsigned char)teks[i];
        buf[i] = (char)(huruf == 1 ? tolower(c) : huruf == 2 ? toupper(c) : c);
    }
    buf[i] = '\0';
    return buf;
}

/*
 * Defines `static int fungsi(void)`, which runs the tests of a reader by
 * name, `kinerja_status pembaca(const char *, jenis *)`, and returns the
 * failures: every row of `diterima` (uji_pilihan) read in all three cases,
 * every text of `ditolak` (const char *const []) refused with
 * KINERJA_GALAT_ARGUMEN.  The groups are named after the reader.
 */
#define UJI_PEMBACA_NAMA(fungsi, jenis, pembaca, diterima, ditolak)            \
    static void fungsi##_diterima(void **state)                                \
    {                                                                          \
        const uji_pilihan *k = *state;                                         \
        for (int huruf = 0; huruf < 3; huruf++) {                              \
            char teks[64];                                                     \
            jenis v = (jenis)UJI_PILIHAN_TIDAK_DIUBAH;                         \
            uji_huruf(k->nama, huruf, teks, sizeof teks);                      \
            kinerja_status s = pembaca(teks, &v);                              \
            uji_pilihan_periksa(teks, s, (int)v, KINERJA_OK, k->nilai);        \
        }                                                                      \
    }                                                                          \
    static void fungsi##_ditolak(void **state)                                 \
    {                                                                          \
        const char *const *teks = *state;                                      \
        jenis v = (jenis)UJI_PILIHAN_TIDAK_DIUBAH;                             \
        kinerja_status s = pembaca(*teks, &v);                                 \
        uji_pilihan_periksa(*teks, s, (int)v, KINERJA_GALAT_ARGUMEN, 0);       \
    }                                                                          \
    static int fungsi(void)                                                    \
    {                                                                          \
        int gagal = UJI_TABEL(#pembaca, diterima, fungsi##_diterima);          \
        return gagal +                                                         \
               UJI_TABEL(#pembaca " refuses", ditolak, fungsi##_ditolak);      \
    }

/*
 * The same for a reader by number, `kinerja_status pembaca(double,
 * jenis *)`: every row of `diterima` (uji_pilihan_angka) accepted, every
 * number of the array `ditolak` refused with KINERJA_GALAT_ARGUMEN.
 */
#define UJI_PEMBACA_ANGKA(fungsi, jenis, pembaca, diterima, ditolak)           \
    static void fungsi##_diterima(void **state)                                \
    {                                                                          \
        const uji_pilihan_angka *k = *state;                                   \
        jenis v = (jenis)UJI_PILIHAN_TIDAK_DIUBAH;                             \
        kinerja_status s = pembaca(k->angka, &v);                              \
        uji_pilihan_periksa(k->nama, s, (int)v, KINERJA_OK, k->nilai);         \
    }                                                                          \
    static void fungsi##_ditolak(void **state)                                 \
    {                                                                          \
        (void)state;                                                           \
        for (size_t i = 0; i < UJI_JUMLAH(ditolak); i++) {                     \
            char nama[32];                                                     \
            jenis v = (jenis)UJI_PILIHAN_TIDAK_DIUBAH;                         \
            snprintf(nama, sizeof nama, "%.17g", (ditolak)[i]);                \
            kinerja_status s = pembaca((ditolak)[i], &v);                      \
            uji_pilihan_periksa(nama, s, (int)v, KINERJA_GALAT_ARGUMEN, 0);    \
        }                                                                      \
    }                                                                          \
    static int fungsi(void)                                                    \
    {                                                                          \
        const struct CMUnitTest tolak[] = {                                    \
            cmocka_unit_test(fungsi##_ditolak)};                               \
        int gagal = UJI_TABEL(#pembaca, diterima, fungsi##_diterima);          \
        return gagal + cmocka_run_group_tests_name(#pembaca " refuses", tolak, \
                                                   NULL, NULL);                \
    }

#endif
