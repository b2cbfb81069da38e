/*
 * pembaca_dump.c - prints what the reader reads from a workbook, as one
 * JSON document, so that tests and people can compare it with another
 * reader (openpyxl) or another save of the same workbook:
 *
 *   pembaca-dump BUKU.xlsx|BUKU.ods
 *   {"format":"xlsx","lembar":[{"nama":"...","sel":[
 *     ["A1",0,0,"teks","Judul",null],
 * ["F7",6,5,"angka",19133884991,"SUM(...)"],
 *     ...]}]}
 *
 * Each cell is [A1 name, row, column (both from 0), kind, value, formula
 * or null]; kinds: "angka", "teks", "boolean" (value true/false), "galat"
 * (value the error's text), "kosong" (value null).  Numbers are printed
 * with 17 significant digits, so they read back as the same double.
 *
 * `pembaca-dump --ringkas BUKU` prints only each sheet's name and number
 * of cells (tab-separated), for timing the reader without the printing.
 *
 * Exit status: 0 read; 1 the workbook cannot be read (the message on
 * stderr, as the library gives it); 2 wrong usage.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "pembaca.h"

static void json_teks(FILE *f, const char *s, size_t n)
{
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", f);
        else if (c == '\t')
            fputs("\\t", f);
        else if (c == '\r')
            fputs("\\r", f);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static const char *const nama_jenis[] = {[BUKU_KOSONG] = "kosong",
                                         [BUKU_ANGKA] = "angka",
                                         [BUKU_TEKS] = "teks",
                                         [BUKU_BOOLEAN] = "boolean",
                                         [BUKU_GALAT] = "galat"};

static void cetak_sel(FILE *f, const buku_sel *s)
{
    char a[16];
    fprintf(f, "[\"%s\",%u,%u,\"%s\",", buku_alamat(s->baris, s->kolom, a),
            s->baris, s->kolom, nama_jenis[s->jenis]);
    switch (s->jenis) {
    case BUKU_ANGKA:
        fprintf(f, "%.17g", s->angka);
        break;
    case BUKU_BOOLEAN:
        fputs(s->angka != 0 ? "true" : "false", f);
        break;
    case BUKU_TEKS:
    case BUKU_GALAT:
        json_teks(f, s->teks, s->panjang);
        break;
    default:
        fputs("null", f);
    }
    fputc(',', f);
    if (s->rumus)
        json_teks(f, s->rumus, strlen(s->rumus));
    else
        fputs("null", f);
    fputc(']', f);
}

int main(int argc, char **argv)
{
    bool ringkas = argc == 3 && strcmp(argv[1], "--ringkas") == 0;
    if ((argc != 2 && !ringkas) || argv[argc - 1][0] == '-') {
        fprintf(stderr,
                "Pemakaian: pembaca-dump [--ringkas] BUKU.xlsx|BUKU.ods\n");
        return 2;
    }
    buku *b;
    buku_galat g;
    if (!buku_buka(argv[argc - 1], NULL, &b, &g)) {
        fprintf(stderr, "%s\n", g.pesan);
        return 1;
    }
    FILE *f = stdout;
    if (ringkas) {
        for (size_t i = 0; i < buku_jumlah_lembar(b); i++) {
            size_t n;
            buku_sel_lembar(b, i, &n);
            fprintf(f, "%s\t%zu\n", buku_nama_lembar(b, i), n);
        }
        buku_tutup(b);
        return ferror(f) ? 1 : 0;
    }
    fprintf(f, "{\"format\":\"%s\",\"lembar\":[",
            buku_format_dari(b) == BUKU_ODS ? "ods" : "xlsx");
    for (size_t i = 0; i < buku_jumlah_lembar(b); i++) {
        const char *nm = buku_nama_lembar(b, i);
        fprintf(f, "%s\n{\"nama\":", i ? "," : "");
        json_teks(f, nm, strlen(nm));
        fputs(",\"sel\":[", f);
        size_t n;
        const buku_sel *sel = buku_sel_lembar(b, i, &n);
        for (size_t k = 0; k < n; k++) {
            fputs(k ? ",\n" : "\n", f);
            cetak_sel(f, &sel[k]);
        }
        fputs("]}", f);
    }
    fputs("]}\n", f);
    buku_tutup(b);
    return ferror(f) ? 1 : 0;
}
