/*
 * uji_folder.c - the generator tests' scratch folder (uji_folder.h).
 */
#include "uji_folder.h"

#include "uji.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

char uji_folder[256];

int uji_folder_siapkan(void **state)
{
    (void)state;
    snprintf(uji_folder, sizeof uji_folder, "/tmp/kinerja-uji-XXXXXX");
    return mkdtemp(uji_folder) ? 0 : -1;
}

int uji_folder_lepas(void **state)
{
    (void)state;
    uji_folder_kosongkan(uji_folder);
    return rmdir(uji_folder) == 0 ? 0 : -1;
}

static bool nama_titik(const char *nama)
{
    return strcmp(nama, ".") == 0 || strcmp(nama, "..") == 0;
}

void uji_folder_kosongkan(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char jalur[512];
    while ((e = readdir(d))) {
        if (nama_titik(e->d_name))
            continue;
        snprintf(jalur, sizeof jalur, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(jalur, &st) == 0 && S_ISDIR(st.st_mode)) {
            uji_folder_kosongkan(jalur);
            rmdir(jalur);
        } else {
            unlink(jalur);
        }
    }
    closedir(d);
}

void uji_folder_jalur(char *buf, size_t n, const char *nama)
{
    snprintf(buf, n, "%s/%s", uji_folder, nama);
}

void uji_tulis_teks(const char *jalur, const char *teks)
{
    FILE *f = fopen(jalur, "wb");
    if (!f)
        fail_msg("cannot write %s", jalur);
    fputs(teks, f);
    assert_int_equal(fclose(f), 0);
}

char *uji_baca_teks(const char *jalur, char *buf, size_t n)
{
    FILE *f = fopen(jalur, "rb");
    if (!f)
        return NULL;
    size_t k = fread(buf, 1, n - 1, f);
    buf[k] = 0;
    fclose(f);
    return buf;
}

size_t uji_folder_hitung(const char *dir, bool tersembunyi)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (!nama_titik(e->d_name) && (!tersembunyi || e->d_name[0] == '.'))
            n++;
    closedir(d);
    return n;
}

void uji_keluaran_siapkan(keluaran *k, size_t n, const char *const nama[],
                          const char *const isi[], bool timpa, galat_rencana *g)
{
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(keluaran_siapkan(&k[i], uji_folder, nama[i], timpa, g),
                         KELUARAN_OK);
        if (isi)
            uji_tulis_teks(k[i].sementara, isi[i]);
    }
}

void uji_folder_selesai(galat_rencana *g)
{
    assert_int_equal(uji_folder_hitung(uji_folder, true), 0);
    galat_bebas(g);
    uji_folder_kosongkan(uji_folder);
}

int uji_folder_mulai(void **state)
{
    uji_folder_kosongkan(uji_folder);
    galat_rencana *g = malloc(sizeof *g);
    if (!g)
        return -1;
    galat_init(g);
    *state = g;
    return 0;
}

int uji_folder_akhiri(void **state)
{
    galat_bebas(*state);
    free(*state);
    return 0;
}

char *uji_zip_bagian(zip_t *z, const char *nama)
{
    zip_stat_t st;
    if (zip_stat(z, nama, 0, &st) != 0)
        return NULL;
    char *isi = malloc(st.size + 1);
    assert_non_null(isi);
    zip_file_t *f = zip_fopen(z, nama, 0);
    assert_non_null(f);
    assert_int_equal(zip_fread(f, isi, st.size), (zip_int64_t)st.size);
    zip_fclose(f);
    isi[st.size] = 0;
    return isi;
}
