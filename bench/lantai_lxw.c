/*
 * lantai_lxw.c - the floor: a bare libxlsxwriter program writing the cells
 * of a dump (bench/ekstrak_sel.py), the same cells, formats, formulas with
 * their cached results, merges, widths, heights, frozen panes and
 * protection as kinerja-template's workbooks, and nothing else: no plan to
 * read or check, no model, no arithmetic (BENCHMARKS.md, item 3).
 *
 *     bench-lxw DUMP OUTDIR [COPIES [konstan]]
 *
 * The dump is read once; COPIES (default 1) writes every workbook of it
 * that many times, into OUTDIR/1, OUTDIR/2, ... (one organisation each),
 * as bench/tulis_xlsxwriter.py does.  "konstan" uses libxlsxwriter's
 * constant-memory mode (each row flushed once the next is begun), to show
 * the memory a writer in row order can get down to.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <xlsxwriter.h>

#define MAKS_KOLOM 16
#define MAKS_FORMAT 4096

/* One dump line, its fields split in place (TAB -> NUL) and unescaped:
 * only its start is kept, so the floor's own copy of the dump costs about
 * the dump's size plus 8 bytes a line. */
typedef struct rekaman {
    char *kolom[MAKS_KOLOM];
    int jumlah;
} rekaman;

static void rekaman_buka(const char *awal, const char *akhir, rekaman *rk)
{
    rk->jumlah = 0;
    for (const char *p = awal; p <= akhir && rk->jumlah < MAKS_KOLOM;) {
        rk->kolom[rk->jumlah++] = (char *)p;
        p += strlen(p) + 1;
    }
}

/* Undoes the dump's backslash escapes in place. */
static char *tanpa_escape(char *s)
{
    char *baca = s, *tulis = s;
    while (*baca) {
        if (*baca == '\\' && baca[1]) {
            baca++;
            *tulis++ = *baca == 't' ? '\t' : *baca == 'n' ? '\n' : *baca;
            baca++;
        } else {
            *tulis++ = *baca++;
        }
    }
    *tulis = '\0';
    return s;
}

/* The dump in memory; *baris[i] .. *baris[i + 1] is line i. */
static char **baca_dump(const char *jalur, size_t *jumlah)
{
    FILE *f = fopen(jalur, "rb");
    if (!f) {
        perror(jalur);
        exit(1);
    }
    fseek(f, 0, SEEK_END);
    long ukuran = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *isi = malloc((size_t)ukuran + 1);
    if (!isi || fread(isi, 1, (size_t)ukuran, f) != (size_t)ukuran) {
        fprintf(stderr, "bench-lxw: cannot read %s\n", jalur);
        exit(1);
    }
    isi[ukuran] = '\0';
    fclose(f);

    size_t baris = 0;
    for (long i = 0; i < ukuran; i++)
        baris += isi[i] == '\n';
    char **awal = malloc((baris + 2) * sizeof(*awal));
    size_t n = 0;
    char *p = isi;
    while (p < isi + ukuran) {
        char *akhir = strchr(p, '\n');
        if (!akhir)
            akhir = isi + ukuran;
        *akhir = '\0';
        awal[n++] = p;
        /* split and unescape the fields in place */
        char *medan = p;
        for (;;) {
            char *tab = strchr(medan, '\t');
            if (tab)
                *tab = '\0';
            size_t lama = strlen(medan);
            tanpa_escape(medan);
            /* pad what unescaping freed so fields stay NUL-separated */
            memset(medan + strlen(medan), '\0', lama - strlen(medan));
            if (!tab)
                break;
            medan = tab + 1;
        }
        p = akhir + 1;
    }
    awal[n] = isi + ukuran + 1;
    *jumlah = n;
    return awal;
}

/* The dump's alignment names (OOXML's, in field 7 horizontal and field 8
 * vertical) and libxlsxwriter's values for them; any other name leaves
 * the default. */
static const struct {
    int kolom;
    const char *nama;
    uint8_t nilai;
} perataan[] = {
    {7, "center", LXW_ALIGN_CENTER},
    {7, "left", LXW_ALIGN_LEFT},
    {7, "right", LXW_ALIGN_RIGHT},
    {7, "centerContinuous", LXW_ALIGN_CENTER_ACROSS},
    {8, "center", LXW_ALIGN_VERTICAL_CENTER},
    {8, "top", LXW_ALIGN_VERTICAL_TOP},
    {8, "bottom", LXW_ALIGN_VERTICAL_BOTTOM},
};

static lxw_format *format_baru(lxw_workbook *wb, char **k)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_num_format(f, k[0]);
    if (strcmp(k[1], "1") == 0)
        format_set_bold(f);
    if (strcmp(k[2], "1") == 0)
        format_set_italic(f);
    format_set_font_size(f, atof(k[3]));
    if (k[4][0])
        format_set_font_color(f, (lxw_color_t)strtol(k[4], NULL, 16));
    if (k[5][0])
        format_set_bg_color(f, (lxw_color_t)strtol(k[5], NULL, 16));
    if (strcmp(k[6], "1") == 0)
        format_set_border(f, LXW_BORDER_THIN);
    for (size_t i = 0; i < sizeof perataan / sizeof perataan[0]; i++)
        if (strcmp(k[perataan[i].kolom], perataan[i].nama) == 0)
            format_set_align(f, perataan[i].nilai);
    if (strcmp(k[9], "1") == 0)
        format_set_text_wrap(f);
    if (strcmp(k[10], "0") == 0)
        format_set_unlocked(f);
    return f;
}

static int periksa(lxw_error e)
{
    if (e != LXW_NO_ERROR && e != LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE) {
        fprintf(stderr, "bench-lxw: %s\n", lxw_strerror(e));
        exit(1);
    }
    return 0;
}

static bool konstan;

static void tulis_semua(char *const *baris, size_t n, const char *folder)
{
    static lxw_format *fmt[MAKS_FORMAT];
    lxw_workbook *wb = NULL;
    lxw_worksheet *ws = NULL;
    char jalur[4096];
    for (size_t i = 0; i < n; i++) {
        rekaman rk;
        rekaman_buka(baris[i], baris[i + 1] - 1, &rk);
        char *const *k = rk.kolom;
        if (rk.jumlah == 0 || k[0][0] == '\0')
            continue;
        switch (k[0][0]) {
        case 'N':
            periksa(worksheet_write_number(ws, atoi(k[1]), atoi(k[2]),
                                           atof(k[4]), fmt[atoi(k[3])]));
            break;
        case 'X': {
            lxw_format *f = fmt[atoi(k[3])];
            if (k[4][0] == 'n')
                periksa(worksheet_write_formula_num(ws, atoi(k[1]), atoi(k[2]),
                                                    k[6], f, atof(k[5])));
            else
                periksa(worksheet_write_formula_str(ws, atoi(k[1]), atoi(k[2]),
                                                    k[6], f, k[5]));
            break;
        }
        case 'T':
            periksa(worksheet_write_string(ws, atoi(k[1]), atoi(k[2]), k[4],
                                           fmt[atoi(k[3])]));
            break;
        case 'B':
            periksa(worksheet_write_blank(ws, atoi(k[1]), atoi(k[2]),
                                          fmt[atoi(k[3])]));
            break;
        case 'M': {
            lxw_format *f = fmt[atoi(k[5])];
            bool angka = k[6][0] == 'n';
            periksa(worksheet_merge_range(ws, atoi(k[1]), atoi(k[2]),
                                          atoi(k[3]), atoi(k[4]),
                                          angka ? "" : k[7], f));
            /* a number in a merged range: written over the first cell */
            if (angka)
                periksa(worksheet_write_number(ws, atoi(k[1]), atoi(k[2]),
                                               atof(k[7]), f));
            break;
        }
        case 'C':
            periksa(worksheet_set_column(ws, atoi(k[1]), atoi(k[1]), atof(k[2]),
                                         NULL));
            break;
        case 'R':
            periksa(worksheet_set_row(ws, atoi(k[1]), atof(k[2]), NULL));
            break;
        case 'F': {
            int id = atoi(k[1]);
            if (id < 0 || id >= MAKS_FORMAT) {
                fprintf(stderr, "bench-lxw: too many formats\n");
                exit(1);
            }
            fmt[id] = format_baru(wb, (char **)&k[2]);
            break;
        }
        case 'S':
            ws = workbook_add_worksheet(wb, k[1]);
            break;
        case 'Z':
            worksheet_freeze_panes(ws, atoi(k[1]), atoi(k[2]));
            break;
        case 'P':
            worksheet_protect(ws, NULL, NULL);
            break;
        case 'W':
            if (wb && workbook_close(wb) != LXW_NO_ERROR)
                exit(1);
            if ((size_t)snprintf(jalur, sizeof jalur, "%s/%s", folder, k[1]) >=
                sizeof jalur) {
                fprintf(stderr, "bench-lxw: path too long\n");
                exit(1);
            }
            lxw_workbook_options wo = {.constant_memory = konstan};
            wb = workbook_new_opt(jalur, &wo);
            if (!wb)
                exit(1);
            break;
        default:
            break;
        }
    }
    if (wb && workbook_close(wb) != LXW_NO_ERROR)
        exit(1);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench-lxw DUMP OUTDIR [COPIES]\n");
        return 2;
    }
    size_t n;
    char **r = baca_dump(argv[1], &n);
    int salinan = argc > 3 ? atoi(argv[3]) : 1;
    konstan = argc > 4 && strcmp(argv[4], "konstan") == 0;
    for (int i = 1; i <= salinan; i++) {
        char folder[2048];
        if ((size_t)snprintf(folder, sizeof folder, "%s/%d", argv[2], i) >=
            sizeof folder) {
            fprintf(stderr, "bench-lxw: path too long\n");
            return 1;
        }
        if (mkdir(folder, 0755) != 0 && errno != EEXIST) {
            perror(folder);
            return 1;
        }
        tulis_semua(r, n, folder);
    }
    return 0;
}
