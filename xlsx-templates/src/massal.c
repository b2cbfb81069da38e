/*
 * massal.c - batch mode (massal.h).
 */
#include "massal.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "keluaran.h"
#include "platform_berkas.h"
#include "platform_proses.h"
#include "rencana.h"
#include "teks.h"

static char *gabung_jalur(const char *folder, const char *nama)
{
    size_t n = strlen(folder);
    size_t k = n + strlen(nama) + 2;
    char *p = malloc(k);
    if (p)
        snprintf(p, k, "%s%s%s", folder,
                 n && platform_pemisah(folder[n - 1]) ? ""
                                                      : platform_pemisah_baku,
                 nama);
    return p;
}

static bool ada_berkas(const char *folder, const char *nama)
{
    char *p = gabung_jalur(folder, nama);
    struct stat st;
    bool ada = p && stat(p, &st) == 0 && S_ISREG(st.st_mode);
    free(p);
    return ada;
}

static bool folder_ada(const char *jalur)
{
    struct stat st;
    return stat(jalur, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Frees the `jumlah` names of a massal_daftar list, then the list. */
static void daftar_bebas(char **nama, size_t jumlah)
{
    for (size_t i = 0; i < jumlah; i++)
        free(nama[i]);
    free(nama);
}

static int banding_nama(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool massal_daftar(const char *folder, char ***nama, size_t *jumlah,
                   galat_rencana *g)
{
    *nama = NULL;
    *jumlah = 0;
    DIR *d = opendir(folder);
    if (!d) {
        galat_tambah(g, folder, 0, 0, "folder rencana tidak dapat dibaca: %s",
                     strerror(errno));
        return false;
    }
    size_t kap = 0;
    bool ok = true;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue; /* ., .., hidden folders */
        char *jalur = gabung_jalur(folder, e->d_name);
        bool subfolder = jalur && folder_ada(jalur);
        free(jalur);
        if (!subfolder)
            continue; /* a file beside the plans: not a plan */
        if (*jumlah == kap) {
            kap = kap ? 2 * kap : 16;
            char **baru = realloc(*nama, kap * sizeof *baru);
            if (!baru) {
                ok = false;
                break;
            }
            *nama = baru;
        }
        (*nama)[*jumlah] = strdup(e->d_name);
        if (!(*nama)[*jumlah]) {
            ok = false;
            break;
        }
        (*jumlah)++;
    }
    closedir(d);
    if (!ok) {
        galat_tambah(g, folder, 0, 0, "memori tidak cukup");
        daftar_bebas(*nama, *jumlah);
        *nama = NULL;
        *jumlah = 0;
        return false;
    }
    if (*jumlah > 1)
        qsort(*nama, *jumlah, sizeof **nama, banding_nama);
    return true;
}

void *massal_daftar_siapkan(const char *folder, const char *kosong,
                            size_t ukuran, char ***nama, size_t *jumlah,
                            galat_rencana *g)
{
    if (!massal_daftar(folder, nama, jumlah, g))
        return NULL;
    void *isi = *jumlah ? calloc(*jumlah, ukuran) : NULL;
    if (!isi) {
        if (*jumlah)
            galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
        else
            galat_tambah(g, folder, 0, 0, "%s", kosong);
        daftar_bebas(*nama, *jumlah);
        *nama = NULL;
    }
    return isi;
}

bool massal_tampak_kumpulan(const char *folder)
{
    if (!folder_ada(folder) || ada_berkas(folder, "identitas.csv"))
        return false;
    galat_rencana g;
    galat_init(&g);
    char **nama = NULL;
    size_t n = 0;
    bool kumpulan = false;
    if (massal_daftar(folder, &nama, &n, &g)) {
        for (size_t i = 0; i < n; i++) {
            char *sub = gabung_jalur(folder, nama[i]);
            kumpulan |= sub && ada_berkas(sub, "identitas.csv");
            free(sub);
            free(nama[i]);
        }
        free(nama);
    }
    galat_bebas(&g);
    return kumpulan;
}

unsigned massal_jumlah_inti(void)
{
    return platform_jumlah_inti();
}

/* ---- the child's report --------------------------------------------- */

/* One line "J text": the kind's letter, then the text on one line. */
static void tambah_baris(teks_tumbuh *t, char jenis, const char *isi)
{
    char kepala[2] = {jenis, ' '};
    size_t n = strlen(isi);
    char *salinan = NULL;
    if (teks_tumbuh_tambah(t, kepala, sizeof kepala))
        salinan = teks_tumbuh_tambah(t, isi, n);
    for (size_t i = 0; salinan && i < n; i++) /* one item per line */
        if (salinan[i] == '\n' || salinan[i] == '\r')
            salinan[i] = ' ';
    (void)teks_tumbuh_tambah(t, "\n", 1);
}

char *massal_laporan_teks(generator_hasil hasil, char *const *berkas,
                          size_t jumlah_berkas, const galat_rencana *g)
{
    teks_tumbuh t = {0};
    char angka[32];
    snprintf(angka, sizeof angka, "%d", (int)hasil);
    tambah_baris(&t, 'H', angka);
    for (size_t i = 0; i < jumlah_berkas; i++)
        tambah_baris(&t, 'B', berkas[i]);
    for (size_t i = 0; g && i < g->jumlah; i++)
        tambah_baris(&t, 'G', g->pesan[i]);
    if (g && g->terbuang) {
        snprintf(angka, sizeof angka, "%zu", g->terbuang);
        tambah_baris(&t, 'T', angka);
    }
    if (g && g->memori_habis)
        tambah_baris(&t, 'G', "memori tidak cukup");
    return t.isi; /* NULL when memory ran out */
}

bool massal_laporan_baca(const char *teks, massal_satu *satu)
{
    bool ada_hasil = false;
    const char *p = teks;
    while (p && *p) {
        const char *akhir = strchr(p, '\n');
        size_t n = akhir ? (size_t)(akhir - p) : strlen(p);
        if (n >= 2 && p[1] == ' ') {
            char *isi = malloc(n - 1);
            if (!isi)
                return false;
            memcpy(isi, p + 2, n - 2);
            isi[n - 2] = 0;
            switch (p[0]) {
            case 'H':
                satu->hasil = (generator_hasil)atoi(isi);
                ada_hasil = true;
                break;
            case 'B': {
                char **baru = realloc(satu->berkas,
                                      (satu->jumlah_berkas + 1) * sizeof *baru);
                if (!baru) {
                    free(isi);
                    return false;
                }
                satu->berkas = baru;
                satu->berkas[satu->jumlah_berkas++] = isi;
                isi = NULL;
                break;
            }
            case 'G':
                galat_tambah(&satu->galat, NULL, 0, 0, "%s", isi);
                break;
            case 'T':
                satu->galat.terbuang += (size_t)strtoul(isi, NULL, 10);
                break;
            default:
                break;
            }
            free(isi);
        }
        p = akhir ? akhir + 1 : NULL;
    }
    return ada_hasil;
}

/* ---- one plan ----------------------------------------------------------- */

static generator_hasil satu_rencana(const massal_opsi *o, const char *masuk,
                                    const char *keluar, char ***ditulis,
                                    size_t *n, galat_rencana *g)
{
    *ditulis = NULL;
    *n = 0;
    rencana r;
    if (!rencana_baca_folder(masuk, &r, g)) {
        galat_tambah(g, NULL, 0, 0,
                     "kinerja-template: rencana di '%s' memuat kesalahan; "
                     "tidak ada berkas ditulis",
                     masuk);
        return HASIL_RENCANA_SALAH;
    }
    if (o->tanpa_realisasi && !rencana_tanpa_realisasi(&r, g)) {
        rencana_bebas(&r);
        return HASIL_RENCANA_SALAH;
    }
    generator_hasil h = HASIL_OK;
    if (!o->periksa) {
        generator_opsi go = o->generator;
        go.folder = keluar;
        h = generator_tulis(&r, &go, ditulis, n, g);
    }
    rencana_bebas(&r);
    return h;
}

/* ---- running the plans ----------------------------------------------------
 */

typedef struct massal_kerja {
    const massal_opsi *o;
    massal_laporan *lap;
    size_t selesai;
    massal_kemajuan kemajuan;
    void *ctx;
} massal_kerja;

/* One plan, as a job (platform_proses.h): in a child process on POSIX.
 * Its report is the text massal_laporan_baca reads back. */
static char *kerja_satu(void *ctx, size_t indeks, int *status)
{
    massal_kerja *mk = ctx;
    const massal_satu *satu = &mk->lap->rencana[indeks];
    galat_rencana g;
    galat_init(&g);
    char **ditulis = NULL;
    size_t n = 0;
    generator_hasil h = HASIL_GAGAL_TULIS;
    char *masuk = gabung_jalur(mk->o->folder_rencana, satu->nama);
    if (masuk && satu->folder_keluar)
        h = satu_rencana(mk->o, masuk, satu->folder_keluar, &ditulis, &n, &g);
    else
        galat_tambah(&g, NULL, 0, 0, "memori tidak cukup");
    free(masuk);
    char *teks = massal_laporan_teks(h, ditulis, n, &g);
    for (size_t i = 0; i < n; i++)
        free(ditulis[i]);
    free(ditulis);
    galat_bebas(&g);
    *status = teks ? (int)h : HASIL_GAGAL_TULIS;
    return teks;
}

static void gagal_satu(massal_satu *s, generator_hasil h, const char *format,
                       const char *isi)
{
    s->hasil = h;
    galat_tambah(&s->galat, NULL, 0, 0, format, isi);
}

/* A plan's job has ended: its report into lap, then progress. */
static void kerja_selesai(void *ctx, size_t indeks, platform_akhir *a)
{
    massal_kerja *mk = ctx;
    massal_satu *s = &mk->lap->rencana[indeks];
    bool terbaca = a->teks && massal_laporan_baca(a->teks, s);
    if (a->tidak_dimulai) {
        gagal_satu(s, HASIL_GAGAL_TULIS,
                   "kinerja-template: proses tidak dapat dimulai: %s",
                   strerror(a->sebab));
    } else if (a->oleh_sinyal) {
        char sinyal[64];
        snprintf(sinyal, sizeof sinyal, "%d (%s)", a->sinyal,
                 platform_nama_sinyal(a->sinyal));
        gagal_satu(s, HASIL_GAGAL_TULIS,
                   "kinerja-template: proses rencana ini berhenti oleh sinyal "
                   "%s",
                   sinyal);
    } else if (!terbaca) {
        gagal_satu(s, HASIL_GAGAL_TULIS,
                   "kinerja-template: proses rencana ini tidak melapor%s", "");
    } else if (a->status != (int)s->hasil) {
        s->hasil = (generator_hasil)a->status;
    }
    free(a->teks);
    a->teks = NULL;
    s->selesai = true;
    mk->selesai++;
    if (mk->kemajuan)
        mk->kemajuan(mk->ctx, mk->selesai, mk->lap->jumlah, s);
}

generator_hasil massal_jalankan(const massal_opsi *o, massal_laporan *lap,
                                massal_kemajuan kemajuan, void *ctx,
                                galat_rencana *g)
{
    memset(lap, 0, sizeof *lap);
    char **nama = NULL;
    size_t n = 0;
    lap->rencana = massal_daftar_siapkan(
        o->folder_rencana,
        "tidak ada subfolder rencana (mode massal: satu subfolder berisi "
        "identitas.csv, kinerja.csv, anggaran.csv per perangkat daerah)",
        sizeof *lap->rencana, &nama, &n, g);
    if (!lap->rencana) /* n: the folder was listed, memory ran out */
        return n ? HASIL_GAGAL_TULIS : HASIL_PEMAKAIAN;
    lap->jumlah = n;
    for (size_t i = 0; i < n; i++) {
        massal_satu *s = &lap->rencana[i];
        s->nama = nama[i]; /* owned by the report now */
        s->folder_keluar = gabung_jalur(o->generator.folder, nama[i]);
        galat_init(&s->galat);
    }
    free(nama);

    /* the output root exists before the children race to create their
     * subfolders; removed again if nothing ends up in it */
    char *akar_baru = NULL;
    if (!o->periksa && !keluaran_folder(o->generator.folder, &akar_baru, g)) {
        massal_laporan_bebas(lap);
        return HASIL_GAGAL_TULIS;
    }

    massal_kerja mk = {o, lap, 0, kemajuan, ctx};
    platform_jalankan_kerja(n, o->jobs ? o->jobs : 1, kerja_satu, kerja_selesai,
                            &mk);
    for (size_t i = 0; i < n; i++) {
        if (lap->rencana[i].hasil == HASIL_OK)
            lap->berhasil++;
        else
            lap->gagal++;
    }
    /* only if every plan failed: the folders are empty then */
    keluaran_folder_hapus(o->generator.folder, akar_baru);
    return lap->gagal ? HASIL_SEBAGIAN_GAGAL : HASIL_OK;
}

void massal_laporan_bebas(massal_laporan *lap)
{
    for (size_t i = 0; i < lap->jumlah; i++) {
        massal_satu *s = &lap->rencana[i];
        free(s->nama);
        free(s->folder_keluar);
        for (size_t k = 0; k < s->jumlah_berkas; k++)
            free(s->berkas[k]);
        free(s->berkas);
        galat_bebas(&s->galat);
    }
    free(lap->rencana);
    memset(lap, 0, sizeof *lap);
}
