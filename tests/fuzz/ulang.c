/*
 * ulang.c - replays fuzz inputs without libFuzzer: every file named on the
 * command line, and every file inside a folder named there, is passed to
 * the target's LLVMFuzzerTestOneInput once.  A failed property aborts.
 *
 * This is how the committed corpus and every regression input run in the
 * ordinary build and under AddressSanitizer + UndefinedBehaviorSanitizer
 * (CTest), with any compiler.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bita.h"

static size_t dijalankan;

static int jalankan_berkas(const char *jalur)
{
    FILE *f = fopen(jalur, "rb");
    if (f == NULL) {
        perror(jalur);
        return 1;
    }
    size_t kapasitas = 1 << 16, n = 0;
    unsigned char *isi = malloc(kapasitas);
    size_t baca;
    while (isi != NULL && (baca = fread(isi + n, 1, kapasitas - n, f)) > 0) {
        n += baca;
        if (n == kapasitas) {
            kapasitas *= 2;
            unsigned char *baru = realloc(isi, kapasitas);
            if (baru == NULL)
                free(isi);
            isi = baru;
        }
    }
    fclose(f);
    if (isi == NULL) {
        fprintf(stderr, "%s: out of memory\n", jalur);
        return 1;
    }
    /* An exact-size copy, so a read past the input is caught. */
    unsigned char *tepat = malloc(n ? n : 1);
    if (tepat == NULL) {
        free(isi);
        return 1;
    }
    memcpy(tepat, isi, n);
    free(isi);
    LLVMFuzzerTestOneInput(tepat, n);
    free(tepat);
    dijalankan++;
    return 0;
}

static int jalankan(const char *jalur)
{
    struct stat st;
    if (stat(jalur, &st) != 0) {
        perror(jalur);
        return 1;
    }
    if (!S_ISDIR(st.st_mode))
        return jalankan_berkas(jalur);
    DIR *d = opendir(jalur);
    if (d == NULL) {
        perror(jalur);
        return 1;
    }
    int gagal = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char anak[4096];
        snprintf(anak, sizeof(anak), "%s/%s", jalur, e->d_name);
        gagal |= jalankan(anak);
    }
    closedir(d);
    return gagal;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    int gagal = 0;
    for (int i = 1; i < argc; i++)
        gagal |= jalankan(argv[i]);
    printf("%zu input(s) replayed\n", dijalankan);
    /* An empty folder would make the test pass without testing anything. */
    return gagal || dijalankan == 0 ? 1 : 0;
}
