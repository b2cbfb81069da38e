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

/* The printf-formatted text, malloc'd (free it); NULL if memory ran out. */
char *teks_cetak(const char *format, ...) __attribute__((format(printf, 1, 2)));

/* Capitals for the ASCII letters of s, in place (titles).  Other bytes,
 * including every byte of a multi-byte UTF-8 character, stay as they are,
 * so the text stays valid UTF-8. */
void teks_kapital(char *s);

#endif
