/*
 * meta.h - what the build generates from the function table
 * (addin/fungsi/fungsi_tabel.c), so that the Function Wizard, the Extension
 * Manager, the README and the IDL check never restate it by hand, and the
 * extension's icon:
 *
 *   tulis_xcu.c         CalcAddIns.xcu: names, descriptions and argument
 *                       help in Indonesian and English, for the .oxt
 *   tulis_keterangan.c  the Extension Manager's description (keterangan/
 *                       id.txt, en.txt in the .oxt), naming every function
 *   tulis_referensi.c   the README's function reference, in Markdown
 *   tulis_idl.c         the methods the IDL must declare, as unoidl-read
 *                       prints them
 *   tulis_ikon.c        the Extension Manager's icon, a 42 x 42 PNG
 *   tulis_ganti.c       the escaping the text writers share
 *
 * Each writer returns 0 on success and -1 on a write error or a table entry
 * it cannot represent, after saying why on stderr.
 */
#ifndef KINERJA_META_H
#define KINERJA_META_H

#include <stdio.h>

#include "fungsi/fungsi.h"

int tulis_xcu(FILE *keluar, const char *layanan);
int tulis_referensi(FILE *keluar);
int tulis_idl(FILE *keluar);

/* The Indonesian description, or the English one when `inggris`. */
int tulis_keterangan(FILE *keluar, bool inggris);

/* The icon; its high-contrast variant when `kontras`.  Binary: `keluar`
 * must be opened in binary mode. */
int tulis_ikon(FILE *keluar, bool kontras);

/* An argument's UNO parameter name: its English name, which must be a
 * lower-case identifier (the IDL's parameter and the xcu's Parameters node
 * are both called by it).  NULL, after a message, if it is not one. */
const char *meta_nama_parameter(const fungsi_info *f, size_t k);

/* Writes teks with every ASCII byte that has an entry in `ganti` written as
 * that entry (a byte without one, and every byte >= 128, as itself). */
void meta_tulis_ganti(FILE *keluar, const char *teks,
                      const char *const ganti[128]);

#endif
