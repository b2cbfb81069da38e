/*
 * Text written with some characters replaced: the escaping of every
 * generated format (XML's specials in the xcu, Markdown's in the README),
 * each a table of replacements instead of a switch of its own.
 */
#include "meta.h"

void meta_tulis_ganti(FILE *keluar, const char *teks,
                      const char *const ganti[128])
{
    for (const unsigned char *c = (const unsigned char *)teks; *c; c++) {
        if (*c < 128 && ganti[*c] != NULL)
            fputs(ganti[*c], keluar);
        else
            fputc(*c, keluar);
    }
}
