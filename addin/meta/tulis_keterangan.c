/*
 * tulis_keterangan.c - the Extension Manager's description of the .oxt
 * (keterangan/id.txt and keterangan/en.txt, named by description.xml's
 * <extension-description>), from the function table, so that it names
 * every function the add-in has.
 *
 * The Extension Manager shows an extension that is not selected with its
 * description on one line (line breaks turned into spaces, the rest cut
 * off with an ellipsis), and the whole text, line by line, once it is
 * selected.  So the first line names every function, and one line per
 * function follows with its gloss.
 */
#include <string.h>

#include "meta.h"

/* A gloss longer than this is not a gloss: the description's first clause
 * was not written as one (see ringkasan below). */
#define RINGKASAN_MAKS 100

typedef struct naskah {
    const char *pembuka; /* before the list of names */
    const char *dan;     /* before the last name */
    const char *penutup; /* the last paragraph */
} naskah;

/* "Wisaya Fungsi" is Indonesian LibreOffice's name of the Function Wizard
 * (its dialog title), "Add-in" the category it lists the functions in. */
static const naskah naskah_id = {
    "Fungsi LKjIP untuk LibreOffice Calc: ",
    " dan ",
    "Nama fungsi sama di semua bahasa; bantuan di Wisaya Fungsi (kategori "
    "Add-in) dalam Bahasa Indonesia dan Inggris. Lisensi: Mozilla Public "
    "License 2.0 (berkas LICENSE).",
};
static const naskah naskah_en = {
    "LKjIP performance-report functions for LibreOffice Calc: ",
    " and ",
    "Function names are the same in every language; Function Wizard help "
    "(category Add-in) in Indonesian and English. License: Mozilla Public "
    "License 2.0 (LICENSE file).",
};

/*
 * The gloss of a function: the first clause of its Function Wizard
 * description, up to the first ':', ';' or sentence-ending '.' outside
 * parentheses and quotes ("Capaian kinerja dalam persen. Rumus 1 ..." ->
 * "Capaian kinerja dalam persen").  Its length in bytes, or 0 when the
 * description has no such clause of a gloss's length.
 */
static size_t ringkasan(const char *uraian)
{
    int kurung = 0;
    bool kutip = false;
    size_t n = 0;
    for (; uraian[n] != '\0'; n++) {
        char c = uraian[n];
        if (c == '"')
            kutip = !kutip;
        else if (kutip)
            continue;
        else if (c == '(')
            kurung++;
        else if (c == ')' && kurung > 0)
            kurung--;
        else if (kurung == 0 && (c == ':' || c == ';' ||
                                 (c == '.' && (uraian[n + 1] == ' ' ||
                                               uraian[n + 1] == '\0'))))
            break;
    }
    return n > RINGKASAN_MAKS ? 0 : n;
}

int tulis_keterangan(FILE *keluar, bool inggris)
{
    const naskah *b = inggris ? &naskah_en : &naskah_id;
    fputs(b->pembuka, keluar);
    for (size_t i = 0; i < fungsi_jumlah; i++)
        fprintf(keluar, "%s%s",
                i == 0                   ? ""
                : i + 1 == fungsi_jumlah ? b->dan
                                         : ", ",
                fungsi_tabel[i].nama);
    fputs(".\n\n", keluar);

    for (size_t i = 0; i < fungsi_jumlah; i++) {
        const fungsi_info *f = &fungsi_tabel[i];
        const char *uraian = inggris ? f->uraian_en : f->uraian_id;
        size_t n = uraian != NULL ? ringkasan(uraian) : 0;
        if (n == 0) {
            fprintf(stderr,
                    "kinerja-meta: %s: the %s description does not begin "
                    "with a clause of at most %d bytes ending in ':', ';' "
                    "or '.' (the Extension Manager's gloss)\n",
                    f->nama, inggris ? "English" : "Indonesian",
                    RINGKASAN_MAKS);
            return -1;
        }
        fprintf(keluar, "%s: %.*s.\n", f->nama, (int)n, uraian);
    }
    fprintf(keluar, "\n%s\n", b->penutup);
    return ferror(keluar) ? -1 : 0;
}
