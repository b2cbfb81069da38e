/*
 * fuzz_templat.c - libFuzzer target for the generator's whole path: plan
 * files -> plan model -> the five workbooks on disk -> what an office
 * suite reads back.
 *
 * The input is the plan's files, as for fuzz_rencana (identitas.csv,
 * kinerja.csv, anggaran.csv, renstra.csv, pembanding.csv separated by a
 * line "%%BERKAS%%"), so both targets share the seed corpus.  A plan that
 * builds is written with generator_tulis into a temporary folder; every
 * workbook is then opened as the zip it is (libzip) and checked:
 *  - every XML part parses (expat: well-formed, and every character one
 *    XML allows, in valid UTF-8);
 *  - every text of the plan is shown whole: each budget row's kode and
 *    uraian, each group's uraian, each region's name and note is a cell
 *    of its own (a shared string equal to it); every indicator's uraian
 *    is a cell or a numbered one ("1.2 uraian"); identitas fields are part
 *    of a cell; every satuan and predikat is part of a number format;
 *  - nothing is left in the folder but the five workbooks.
 * Plans over a few thousand rows are read but not written: writing is
 * what takes the time, and size is what fuzz_rencana and the benchmarks
 * cover.
 */
#include <dirent.h>
#include <expat.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "berkas_rencana.h"
#include "bita.h"
#include "csv_baca.h"
#include "galat.h"
#include "generator.h"
#include "rencana.h"

#define BARIS_MAKS 3000

/* ---- what the workbooks hold ------------------------------------------ */

typedef struct daftar_teks {
    char **isi;
    size_t jumlah, kapasitas;
} daftar_teks;

static void tambah_teks(daftar_teks *d, const char *s, size_t n)
{
    if (d->jumlah == d->kapasitas) {
        d->kapasitas = d->kapasitas ? d->kapasitas * 2 : 256;
        d->isi = realloc(d->isi, d->kapasitas * sizeof *d->isi);
        FUZZ_PASTIKAN(d->isi != NULL);
    }
    char *t = malloc(n + 1);
    FUZZ_PASTIKAN(t != NULL);
    memcpy(t, s, n);
    t[n] = 0;
    d->isi[d->jumlah++] = t;
}

static void bebas_teks(daftar_teks *d)
{
    for (size_t i = 0; i < d->jumlah; i++)
        free(d->isi[i]);
    free(d->isi);
    memset(d, 0, sizeof *d);
}

/* State of one XML part's parse. */
typedef struct pengurai {
    daftar_teks *sel;    /* shared strings: one per <si> */
    daftar_teks *format; /* number formats: formatCode of <numFmt> */
    daftar_teks *judul;  /* chart text: one per <a:t> */
    bool di_si, di_t, di_at;
    char *kini; /* text of the current <si> or <a:t> */
    size_t panjang, kapasitas;
} pengurai;

static void kini_tambah(pengurai *p, const char *s, size_t n)
{
    if (p->panjang + n + 1 > p->kapasitas) {
        p->kapasitas = (p->panjang + n + 1) * 2;
        p->kini = realloc(p->kini, p->kapasitas);
        FUZZ_PASTIKAN(p->kini != NULL);
    }
    memcpy(p->kini + p->panjang, s, n);
    p->panjang += n;
}

static const char *nama_lokal(const char *nama)
{
    const char *c = strrchr(nama, ':');
    return c ? c + 1 : nama;
}

static void XMLCALL awal(void *data, const XML_Char *nama,
                         const XML_Char **atribut)
{
    pengurai *p = data;
    if (strcmp(nama, "si") == 0) {
        p->di_si = true;
        p->panjang = 0;
    } else if (strcmp(nama, "t") == 0 && p->di_si) {
        p->di_t = true;
    } else if (strcmp(nama, "a:t") == 0) {
        p->di_at = true;
        p->panjang = 0;
    } else if (strcmp(nama_lokal(nama), "numFmt") == 0) {
        for (size_t i = 0; atribut[i]; i += 2)
            if (strcmp(atribut[i], "formatCode") == 0)
                tambah_teks(p->format, atribut[i + 1], strlen(atribut[i + 1]));
    }
}

static void XMLCALL akhir(void *data, const XML_Char *nama)
{
    pengurai *p = data;
    if (strcmp(nama, "si") == 0 && p->di_si) {
        tambah_teks(p->sel, p->kini ? p->kini : "", p->panjang);
        p->di_si = false;
    } else if (strcmp(nama, "t") == 0) {
        p->di_t = false;
    } else if (strcmp(nama, "a:t") == 0 && p->di_at) {
        tambah_teks(p->judul, p->kini ? p->kini : "", p->panjang);
        p->di_at = false;
    }
}

static void XMLCALL teks(void *data, const XML_Char *s, int n)
{
    pengurai *p = data;
    if (p->di_t || p->di_at)
        kini_tambah(p, s, (size_t)n);
}

/* Valid UTF-8 (expat hands out UTF-8; this checks that it did). */
static bool utf8_sah(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        size_t n = *u < 0x80 ? 0 : *u >= 0xF0 ? 3 : *u >= 0xE0 ? 2 : 1;
        if (*u >= 0x80 && *u < 0xC2)
            return false;
        u++;
        for (size_t i = 0; i < n; i++, u++)
            if ((*u & 0xC0) != 0x80)
                return false;
    }
    return true;
}

/* Every XML part of one workbook parses; collects its texts. */
static void periksa_buku(const char *jalur, daftar_teks *sel,
                         daftar_teks *format, daftar_teks *judul)
{
    int galat = 0;
    zip_t *z = zip_open(jalur, ZIP_RDONLY | ZIP_CHECKCONS, &galat);
    if (!z)
        fprintf(stderr, "%s: not a zip (%d)\n", jalur, galat);
    FUZZ_PASTIKAN(z != NULL);
    zip_int64_t n = zip_get_num_entries(z, 0);
    FUZZ_PASTIKAN(n > 0);
    for (zip_int64_t i = 0; i < n; i++) {
        const char *nama = zip_get_name(z, (zip_uint64_t)i, 0);
        FUZZ_PASTIKAN(nama != NULL);
        size_t pn = strlen(nama);
        bool xml = (pn > 4 && strcmp(nama + pn - 4, ".xml") == 0) ||
                   (pn > 5 && strcmp(nama + pn - 5, ".rels") == 0);
        if (!xml)
            continue;
        zip_stat_t st;
        FUZZ_PASTIKAN(zip_stat_index(z, (zip_uint64_t)i, 0, &st) == 0);
        char *isi = malloc(st.size ? st.size : 1);
        FUZZ_PASTIKAN(isi != NULL);
        zip_file_t *f = zip_fopen_index(z, (zip_uint64_t)i, 0);
        FUZZ_PASTIKAN(f != NULL);
        FUZZ_PASTIKAN(zip_fread(f, isi, st.size) == (zip_int64_t)st.size);
        zip_fclose(f);

        pengurai p = {.sel = sel, .format = format, .judul = judul};
        XML_Parser x = XML_ParserCreate("UTF-8");
        FUZZ_PASTIKAN(x != NULL);
        XML_SetUserData(x, &p);
        XML_SetElementHandler(x, awal, akhir);
        XML_SetCharacterDataHandler(x, teks);
        if (XML_Parse(x, isi, (int)st.size, 1) != XML_STATUS_OK) {
            fprintf(stderr, "%s: %s: line %lu: %s\n", jalur, nama,
                    (unsigned long)XML_GetCurrentLineNumber(x),
                    XML_ErrorString(XML_GetErrorCode(x)));
            FUZZ_PASTIKAN(!"every XML part parses");
        }
        XML_ParserFree(x);
        free(p.kini);
        free(isi);
    }
    zip_close(z);
}

/* ---- the plan's texts against them --------------------------------------- */

static bool ada_sama(const daftar_teks *d, const char *s)
{
    for (size_t i = 0; i < d->jumlah; i++)
        if (strcmp(d->isi[i], s) == 0)
            return true;
    return false;
}

static bool ada_memuat(const daftar_teks *d, const char *s)
{
    for (size_t i = 0; i < d->jumlah; i++)
        if (strstr(d->isi[i], s))
            return true;
    return false;
}

/* An indicator's uraian: a cell of its own, or "1.2 uraian" (the PK
 * numbers several indicators of one group). */
static bool ada_bernomor(const daftar_teks *d, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < d->jumlah; i++) {
        const char *t = d->isi[i];
        size_t m = strlen(t);
        if (m < n || strcmp(t + m - n, s) != 0)
            continue;
        if (m == n)
            return true;
        size_t j = 0;
        while (j < m - n && (t[j] == '.' || (t[j] >= '0' && t[j] <= '9')))
            j++;
        if (j == m - n - 1 && t[j] == ' ')
            return true;
        if (strncmp(t, "Sasaran: ", 9) == 0 && m - n == 9)
            return true;
    }
    return false;
}

#define HARUS(kondisi, apa, nilai)                                             \
    do {                                                                       \
        if (!(kondisi)) {                                                      \
            fprintf(stderr, "not shown whole: %s '%s'\n", apa, nilai);         \
            FUZZ_PASTIKAN(kondisi);                                            \
        }                                                                      \
    } while (0)

static void periksa_teks(const rencana *r, const daftar_teks *sel,
                         const daftar_teks *format)
{
    for (size_t i = 0; i < sel->jumlah; i++)
        FUZZ_PASTIKAN(utf8_sah(sel->isi[i]));
    for (size_t i = 0; i < r->jumlah_simpul; i++) {
        const simpul *s = &r->simpul[i];
        HARUS(ada_sama(sel, s->uraian), "uraian", s->uraian);
        HARUS(ada_sama(sel, s->kode), "kode", s->kode);
    }
    for (size_t i = 0; i < r->jumlah_kelompok; i++)
        HARUS(ada_memuat(sel, r->kelompok[i].uraian), "kelompok",
              r->kelompok[i].uraian);
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        const indikator *d = &r->indikator[i];
        HARUS(ada_bernomor(sel, d->uraian), "indikator", d->uraian);
        if (*d->satuan)
            HARUS(ada_memuat(format, d->satuan), "satuan", d->satuan);
        if (*d->predikat)
            HARUS(ada_memuat(format, d->predikat), "predikat", d->predikat);
    }
    for (size_t i = 0; i < r->jumlah_pembanding; i++) {
        const pembanding_isian *p = &r->pembanding[i];
        if (p->indikator == TIDAK_ADA)
            continue;
        HARUS(ada_sama(sel, p->pemda), "pemda", p->pemda);
        if (*p->keterangan)
            HARUS(ada_sama(sel, p->keterangan), "keterangan", p->keterangan);
    }
    const char *isian_id[] = {r->id.instansi,    r->id.kabupaten,
                              r->id.kepala.nama, r->id.kepala.jabatan,
                              r->id.atasan.nama, r->id.atasan.jabatan};
    for (size_t i = 0; i < sizeof isian_id / sizeof isian_id[0]; i++) {
        if (!*isian_id[i])
            continue;
        /* titles capitalise ASCII letters: look for either form */
        char *besar = strdup(isian_id[i]);
        FUZZ_PASTIKAN(besar != NULL);
        for (char *c = besar; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                *c = (char)(*c - 'a' + 'A');
        HARUS(ada_memuat(sel, isian_id[i]) || ada_memuat(sel, besar),
              "identitas", isian_id[i]);
        free(besar);
    }
}

/* ---- the run ----------------------------------------------------------- */

static char folder[64];

static void kosongkan(void)
{
    DIR *d = opendir(folder);
    FUZZ_PASTIKAN(d != NULL);
    struct dirent *e;
    char jalur[sizeof folder + 258];
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' &&
            (e->d_name[1] == 0 || (e->d_name[1] == '.' && !e->d_name[2])))
            continue;
        snprintf(jalur, sizeof jalur, "%s/%s", folder, e->d_name);
        unlink(jalur);
    }
    closedir(d);
}

static size_t isi_folder(void)
{
    DIR *d = opendir(folder);
    FUZZ_PASTIKAN(d != NULL);
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            n++;
    closedir(d);
    return n;
}

static void hapus_folder(void)
{
    kosongkan();
    rmdir(folder);
}

static void tulis_dan_periksa(const rencana *r, bool standar)
{
    if (!folder[0]) {
        const char *tmp = getenv("TMPDIR");
        snprintf(folder, sizeof folder, "%s/fuzz-templat-XXXXXX",
                 tmp && strlen(tmp) < 32 ? tmp : "/tmp");
        FUZZ_PASTIKAN(mkdtemp(folder) != NULL);
        atexit(hapus_folder);
    }
    /* both formula forms: the standard one spells the scales out */
    generator_opsi o = {
        .folder = folder,
        .buku = BUKU_SEMUA,
        .tulis = {.rumus = standar ? RUMUS_STANDAR : RUMUS_ADDIN,
                  .proteksi = !standar},
        .timpa = true};
    char **ditulis = NULL;
    size_t n = 0;
    galat_rencana g;
    galat_init(&g);
    generator_hasil h = generator_tulis(r, &o, &ditulis, &n, &g);
    if (h != HASIL_OK)
        for (size_t i = 0; i < g.jumlah; i++)
            fprintf(stderr, "%s\n", g.pesan[i]);
    /* a plan that builds is always written: every limit was checked while
     * reading */
    FUZZ_PASTIKAN(h == HASIL_OK);
    FUZZ_PASTIKAN(g.jumlah == 0);
    FUZZ_PASTIKAN(n == 5);
    FUZZ_PASTIKAN(isi_folder() == 5); /* no temporary file left */
    daftar_teks sel = {0}, format = {0}, judul = {0};
    for (size_t i = 0; i < n; i++) {
        periksa_buku(ditulis[i], &sel, &format, &judul);
        free(ditulis[i]);
    }
    free(ditulis);
    periksa_teks(r, &sel, &format);
    for (size_t i = 0; i < judul.jumlah; i++)
        FUZZ_PASTIKAN(utf8_sah(judul.isi[i]));
    bebas_teks(&sel);
    bebas_teks(&format);
    bebas_teks(&judul);
    galat_bebas(&g);
    kosongkan();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *mulai[BERKAS_MAKS];
    size_t panjang[BERKAS_MAKS];
    const size_t jumlah = berkas_pisah(data, size, mulai, panjang);
    if (jumlah < 3)
        return 0;

    csv_tabel t[BERKAS_MAKS];
    bool ada[BERKAS_MAKS] = {false};
    bool semua = true;
    for (size_t i = 0; i < jumlah; i++) {
        galat_rencana gi;
        galat_init(&gi);
        ada[i] =
            csv_baca_data(nama_berkas[i], mulai[i], panjang[i], &t[i], &gi);
        galat_bebas(&gi);
        semua = semua && ada[i];
    }
    size_t baris = 0;
    for (size_t i = 0; i < jumlah; i++)
        if (ada[i])
            baris += t[i].jumlah;
    if (semua && baris <= BARIS_MAKS) {
        rencana_berkas b = {&t[0], &t[1], &t[2], jumlah >= 4 ? &t[3] : NULL};
        rencana_tambahan tb = {jumlah >= 5 ? &t[4] : NULL};
        rencana r;
        galat_rencana g;
        galat_init(&g);
        if (rencana_bangun_tambahan(&b, &tb, &r, &g)) {
            if (getenv("KINERJA_FUZZ_CERITA"))
                fprintf(stderr, "plan built: %zu nodes, %zu indicators\n",
                        r.jumlah_simpul, r.jumlah_indikator);
            tulis_dan_periksa(&r, size % 2 == 1);
            rencana_bebas(&r);
        }
        galat_bebas(&g);
    }
    for (size_t i = 0; i < jumlah; i++)
        if (ada[i])
            csv_tabel_bebas(&t[i]);
    return 0;
}
