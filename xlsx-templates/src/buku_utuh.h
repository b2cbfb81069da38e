/*
 * buku_utuh.h - a written workbook's XML parts are whole.
 *
 * libxlsxwriter writes each part of the package (a sheet's XML, the
 * styles, the shared strings) to a temporary file first, in the folder it
 * is given (the output folder: generator_buku_baru), and then copies that
 * file into the zip.  It does not check its writes to the temporary file:
 * a disk that fills up while a sheet is written there leaves the sheet
 * cut short, and the zip is then closed without any error, its parts
 * consistent with each other.  Calc would refuse the workbook, or open it
 * with its rows missing.  errno does not keep the trace either: later
 * temporary files are made with errno reset.
 *
 * A file system gives space in whole blocks, so a file its disk ran out
 * under ends on a block boundary: a part cut short has a length that is a
 * multiple of 512 (the smallest block), or is empty.  Only those parts are
 * read back and checked for their root element's end tag; the others (511
 * of 512 whole parts) are not read at all, their lengths coming from the
 * zip's central directory.
 */
#ifndef KINERJA_BUKU_UTUH_H
#define KINERJA_BUKU_UTUH_H

#include <stdbool.h>
#include <stddef.h>

#include "galat.h"

/* Whether the XML text x[0..n) ends with the end tag of its root element
 * (or is a root element closed in its own tag, `<calcChain/>`).  A
 * declaration, comments and white space around the root are allowed. */
bool buku_utuh_xml(const char *x, size_t n);

/*
 * Whether every XML part (".xml", ".rels") of the xlsx package at `jalur`
 * is whole, as buku_utuh_xml says, for each part whose length makes it
 * suspect (see above).  When not, a message in g under `nama` (the name
 * the user knows the file by) saying the disk may be full, and false.
 */
bool buku_utuh_periksa(const char *jalur, const char *nama, galat_rencana *g);

#endif
