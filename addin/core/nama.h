/*
 * nama.h - matching the names users type (arah, skala, metode, kerangka).
 *
 * Names are ASCII and compared case-insensitively without the C locale's
 * help: strcasecmp depends on the process locale, which inside an office
 * suite is whatever the user runs (Turkish dotless i included).
 */
#ifndef KINERJA_NAMA_H
#define KINERJA_NAMA_H

#include <stdbool.h>

/* true if a and b are equal ignoring ASCII case; false if either is NULL. */
bool nama_sama(const char *a, const char *b);

#endif
