/*
 * tulis_referensi.c - the README's function reference, in Indonesian and
 * in English, from the function table.
 */
#include "meta.h"

typedef struct bahasa {
    const char *judul;     /* section heading */
    const char *kolom_arg; /* table header */
    const char *kolom_urai;
    bool inggris;
} bahasa;

/* Optional arguments show in brackets in the syntax line, as Calc writes
 * them; their help says so too. */
static const bahasa bahasa_id = {"Bahasa Indonesia", "Argumen", "Keterangan",
                                 false};
static const bahasa bahasa_en = {"English", "Argument", "Description", true};

/* Markdown that shows the text as written: a table cell must not contain
 * '|', and '<', '*' or '`' would start HTML, emphasis or code. */
static void tulis_teks_md(FILE *keluar, const char *teks)
{
    static const char *const ganti[128] = {['|'] = "\\|",
                                           ['*'] = "\\*",
                                           ['`'] = "\\`",
                                           ['<'] = "&lt;",
                                           ['\n'] = " "};
    meta_tulis_ganti(keluar, teks, ganti);
}

static const char *nama_argumen(const fungsi_argumen *a, const bahasa *b)
{
    return b->inggris ? a->nama_en : a->nama_id;
}

/* CAPAIAN(target; realisasi; [arah]): Calc's own notation, with the
 * separator the Indonesian and most European locales use. */
static void tulis_sintaks(FILE *keluar, const fungsi_info *f, const bahasa *b)
{
    fprintf(keluar, "`%s(", f->nama);
    for (size_t k = 0; k < f->jumlah_argumen; k++) {
        const fungsi_argumen *a = &f->argumen[k];
        fprintf(keluar, "%s%s%s%s", k > 0 ? "; " : "", a->opsional ? "[" : "",
                nama_argumen(a, b), a->opsional ? "]" : "");
    }
    fputs(")`\n", keluar);
}

static void tulis_fungsi(FILE *keluar, const fungsi_info *f, const bahasa *b)
{
    fprintf(keluar, "\n#### %s\n\n", f->nama);
    tulis_sintaks(keluar, f, b);
    fputc('\n', keluar);
    tulis_teks_md(keluar, b->inggris ? f->uraian_en : f->uraian_id);
    fprintf(keluar, "\n\n| %s | %s |\n|---|---|\n", b->kolom_arg,
            b->kolom_urai);
    for (size_t k = 0; k < f->jumlah_argumen; k++) {
        const fungsi_argumen *a = &f->argumen[k];
        fputs("| `", keluar);
        tulis_teks_md(keluar, nama_argumen(a, b));
        fputs("` | ", keluar);
        tulis_teks_md(keluar, b->inggris ? a->uraian_en : a->uraian_id);
        fputs(" |\n", keluar);
    }
}

int tulis_referensi(FILE *keluar)
{
    fputs("<!-- Dibuat dari addin/fungsi/fungsi_tabel.c oleh"
          " `cmake --build build --target referensi`; jangan disunting di"
          " sini. Generated from the function table: do not edit here. -->\n",
          keluar);
    const bahasa *semua[] = {&bahasa_id, &bahasa_en};
    for (size_t j = 0; j < 2; j++) {
        fprintf(keluar, "\n### %s\n", semua[j]->judul);
        for (size_t i = 0; i < fungsi_jumlah; i++)
            tulis_fungsi(keluar, &fungsi_tabel[i], semua[j]);
    }
    return ferror(keluar) ? -1 : 0;
}
