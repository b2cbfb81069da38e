/*
 * contoh.h - the built-in example: the seed's 2024 plan of Diskominfo
 * Kabupaten Mojokerto (xlsx-templates/contoh/mojokerto-2024/), compiled into
 * the program so that `kinerja-template` with no input works anywhere.
 * The array is generated at build time (cmake/tanam_contoh.cmake).
 */
#ifndef KINERJA_CONTOH_H
#define KINERJA_CONTOH_H

#include <stddef.h>

typedef struct contoh_berkas {
    const char *nama;          /* "anggaran.csv" */
    const unsigned char *data; /* the file's bytes (NUL-terminated too) */
    size_t panjang;            /* without the terminating NUL */
} contoh_berkas;

extern const contoh_berkas contoh_bawaan[];
extern const size_t contoh_bawaan_jumlah;

/* Where the example lives in the source tree; messages name its files so. */
#define CONTOH_FOLDER "contoh/mojokerto-2024"

#endif
