/*
 * format_rencana.c - the README's tables of the plan format (and of the
 * kumpulan's pemda.csv) are the column declarations' (rencana_kolom.h,
 * konsolidasi.h): `tulis README.md` rewrites the text
 * between each file's markers, `periksa README.md` fails when that text is
 * not what the declarations give (someone changed a column and not the
 * README, or the other way round).
 *
 *   <!-- format-rencana:kinerja.csv:mulai -->
 *   ...table...
 *   <!-- format-rencana:kinerja.csv:selesai -->
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "konsolidasi.h"
#include "rencana_kolom.h"

static char *baca_semua(const char *jalur)
{
    FILE *f = fopen(jalur, "rb");
    if (!f)
        return NULL;
    char *isi = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&isi, &n);
    char buf[65536];
    size_t k;
    while (m && (k = fread(buf, 1, sizeof buf, f)) > 0)
        fwrite(buf, 1, k, m);
    fclose(f);
    if (m)
        fclose(m);
    return isi;
}

/* The README with every marked table replaced; NULL (and a message) when a
 * file's markers are missing. */
static char *perbarui(const char *lama)
{
    char *hasil = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&hasil, &n);
    if (!m)
        return NULL;
    const char *p = lama;
    /* in the README's order: the plan's files, then the kumpulan's */
    const berkas_rencana *semua[JUMLAH_BERKAS_RENCANA + 1];
    for (int i = 0; i < JUMLAH_BERKAS_RENCANA; i++)
        semua[i] = &berkas_rencana_semua[i];
    semua[JUMLAH_BERKAS_RENCANA] = &berkas_pemda;
    for (int i = 0; i <= JUMLAH_BERKAS_RENCANA; i++) {
        const berkas_rencana *b = semua[i];
        char mulai[96], selesai[96];
        snprintf(mulai, sizeof mulai, "<!-- format-rencana:%s:mulai -->\n",
                 b->nama);
        snprintf(selesai, sizeof selesai, "<!-- format-rencana:%s:selesai -->",
                 b->nama);
        const char *a = strstr(p, mulai), *z = a ? strstr(a, selesai) : NULL;
        if (!a || !z) {
            fprintf(stderr, "penanda '%s' atau '%s' tidak ada\n", mulai,
                    selesai);
            fclose(m);
            free(hasil);
            return NULL;
        }
        a += strlen(mulai);
        fwrite(p, 1, (size_t)(a - p), m);
        rencana_kolom_tulis_md(m, b);
        p = z;
    }
    fputs(p, m);
    fclose(m);
    return hasil;
}

int main(int argc, char **argv)
{
    if (argc != 3 || (strcmp(argv[1], "tulis") && strcmp(argv[1], "periksa"))) {
        fprintf(stderr, "pakai: %s tulis|periksa README.md\n", argv[0]);
        return 2;
    }
    char *lama = baca_semua(argv[2]);
    if (!lama) {
        perror(argv[2]);
        return 1;
    }
    char *baru = perbarui(lama);
    int hasil = 0;
    if (!baru)
        hasil = 1;
    else if (!strcmp(argv[1], "periksa")) {
        if (strcmp(lama, baru)) {
            fprintf(stderr,
                    "%s: tabel format rencana tidak sama dengan deklarasi "
                    "kolom (xlsx-templates/src/rencana_kolom.c); jalankan "
                    "`cmake --build build --target format-rencana`\n",
                    argv[2]);
            hasil = 1;
        }
    } else {
        FILE *f = fopen(argv[2], "wb");
        if (!f || fputs(baru, f) < 0 || fclose(f) != 0) {
            perror(argv[2]);
            hasil = 1;
        }
    }
    free(lama);
    free(baru);
    return hasil;
}
