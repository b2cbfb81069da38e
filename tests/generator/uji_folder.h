/*
 * uji_folder.h - the scratch folder the generator's file tests write in:
 * made fresh under /tmp for a cmocka group, emptied between tests, removed
 * with all it holds at the end, and the small file helpers those tests
 * share (write a text, read it back, count what a folder holds, reserve
 * outputs in it, read a member of a written zip).
 */
#ifndef KINERJA_UJI_FOLDER_H
#define KINERJA_UJI_FOLDER_H

#include <stdbool.h>
#include <stddef.h>
#include <zip.h>

#include "galat.h"
#include "keluaran.h"

/* The group's folder, set by uji_folder_siapkan. */
extern char uji_folder[256];

/* cmocka group setup: makes a new, empty uji_folder (0, or -1 when
 * /tmp refuses). */
int uji_folder_siapkan(void **state);

/* cmocka group teardown: removes uji_folder and everything in it. */
int uji_folder_lepas(void **state);

/* cmocka test setup: empties uji_folder and hands the test a new message
 * list in *state (a galat_rencana *); -1 when memory ran out. */
int uji_folder_mulai(void **state);

/* cmocka test teardown after uji_folder_mulai: frees the list. */
int uji_folder_akhiri(void **state);

/* Removes everything inside dir (not dir itself), descending into
 * subfolders but never through a symbolic link. */
void uji_folder_kosongkan(const char *dir);

/* Writes "uji_folder/nama" into buf (n bytes). */
void uji_folder_jalur(char *buf, size_t n, const char *nama);

/* Writes teks as the whole content of the file at jalur; fails the test
 * when the file cannot be written. */
void uji_tulis_teks(const char *jalur, const char *teks);

/* Reads the file at jalur into buf (at most n - 1 bytes, NUL ended);
 * NULL when the file cannot be opened. */
char *uji_baca_teks(const char *jalur, char *buf, size_t n);

/* How many names dir holds ("." and ".." aside); only those starting
 * with '.' (temporaries, backups) when tersembunyi.  0 for a missing dir. */
size_t uji_folder_hitung(const char *dir, bool tersembunyi);

/* Reserves the outputs nama[0..n) in uji_folder (keluaran_siapkan with
 * timpa), asserting each is KELUARAN_OK, and writes isi[i] into the
 * temporary file of each (isi NULL: nothing written). */
void uji_keluaran_siapkan(keluaran *k, size_t n, const char *const nama[],
                          const char *const isi[], bool timpa,
                          galat_rencana *g);

/* The end of a test that placed outputs in uji_folder: no temporary or
 * backup file is left there (asserted), g is freed and the folder emptied
 * for the next test. */
void uji_folder_selesai(galat_rencana *g);

/* The member `nama` of the zip z, whole and NUL ended (malloc'd); NULL
 * when z has no such member. */
char *uji_zip_bagian(zip_t *z, const char *nama);

#endif
