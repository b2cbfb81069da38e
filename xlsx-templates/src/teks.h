/*
 * teks.h - text built from plan content, on the heap.
 *
 * A cell holds up to 32 767 characters and UTF-8 takes up to four bytes
 * each, so no fixed buffer fits every name a plan may carry; cutting one
 * by bytes can split a character and leave an XML part no office suite
 * opens.  The writers therefore build every text that includes plan
 * content here, whole.
 */
#ifndef KINERJA_TEKS_H
#define KINERJA_TEKS_H

#include <stdbool.h>
#include <stddef.h>

/* The printf-formatted text, malloc'd (free it); NULL if memory ran out. */
char *teks_cetak(const char *format, ...) __attribute__((format(printf, 1, 2)));

/* Capitals for the ASCII letters of s, in place (titles).  Other bytes,
 * including every byte of a multi-byte UTF-8 character, stay as they are,
 * so the text stays valid UTF-8. */
void teks_kapital(char *s);

/* A text that grows as pieces arrive (a child's report, a report's
 * lines): isi is NUL-terminated, or NULL while nothing came.  Starts as
 * {0}. */
typedef struct teks_tumbuh {
    char *isi;
    size_t panjang, kapasitas;
    bool gagal; /* memory ran out: isi is freed (NULL), later pieces dropped */
} teks_tumbuh;

/* Appends n bytes of s (capacity doubles); returns the start of the copy
 * in t->isi, or NULL once t->gagal. */
char *teks_tumbuh_tambah(teks_tumbuh *t, const char *s, size_t n);

#endif
