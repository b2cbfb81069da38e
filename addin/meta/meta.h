/*
 * meta.h - what the build generates from the function table
 * (addin/fungsi/fungsi_tabel.c), so that the Function Wizard, the README and
 * the IDL check never restate it by hand:
 *
 *   tulis_xcu.c        CalcAddIns.xcu: names, descriptions and argument help
 *                      in Indonesian and English, for the .oxt
 *   tulis_referensi.c  the README's function reference, in Markdown
 *   tulis_idl.c        the methods the IDL must declare, as unoidl-read
 *                      prints them
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

/* An argument's UNO parameter name: its English name, which must be a
 * lower-case identifier (the IDL's parameter and the xcu's Parameters node
 * are both called by it).  NULL, after a message, if it is not one. */
const char *meta_nama_parameter(const fungsi_info *f, size_t k);

#endif
