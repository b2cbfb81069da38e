/*
 * berkas_rencana.h - one fuzz input as a plan's CSV files, for the targets
 * that feed the generator (fuzz_rencana, fuzz_templat).
 *
 * The input holds the plan files in their fixed order, separated by a line
 * "%%BERKAS%%" (the corpus writers, buat_korpus.py and
 * buat_korpus_templat.py, join them the same way).  Header-only, as bita.h,
 * so that the targets build the same way under libFuzzer and in the replay
 * driver.
 */
#ifndef KINERJA_FUZZ_BERKAS_RENCANA_H
#define KINERJA_FUZZ_BERKAS_RENCANA_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define BERKAS_PEMISAH "%%BERKAS%%\n"
#define BERKAS_MAKS 5

/* The plan's files in input order: the first three are required by the
 * generator, renstra.csv and pembanding.csv are optional. */
static const char *const nama_berkas[BERKAS_MAKS] = {
    "identitas.csv", "kinerja.csv", "anggaran.csv", "renstra.csv",
    "pembanding.csv"};

/* Splits data[0..size) at the separators into at most BERKAS_MAKS files
 * (the last takes the rest, separators included): awal[i] and panjang[i]
 * point into data.  Returns how many files there are (at least 1). */
static inline size_t berkas_pisah(const uint8_t *data, size_t size,
                                  const uint8_t *awal[BERKAS_MAKS],
                                  size_t panjang[BERKAS_MAKS])
{
    const size_t np = strlen(BERKAS_PEMISAH);
    const uint8_t *p = data;
    size_t sisa = size;
    size_t jumlah = 0;
    for (;;) {
        const uint8_t *s = NULL;
        for (size_t i = 0; i + np <= sisa; i++)
            if (memcmp(p + i, BERKAS_PEMISAH, np) == 0) {
                s = p + i;
                break;
            }
        awal[jumlah] = p;
        if (s == NULL || jumlah == BERKAS_MAKS - 1) {
            panjang[jumlah++] = sisa;
            return jumlah;
        }
        panjang[jumlah++] = (size_t)(s - p);
        sisa -= (size_t)(s - p) + np;
        p = s + np;
    }
}

#endif
