/*
 * test_benang.c - the core and the function layer called from several
 * threads at once give the results they give alone.
 *
 * The core is reentrant, with no global mutable state (docs/arsitektur.md):
 * Calc calls the add-in from one thread, but the generator, other UNO clients
 * and a future server may not.  A table of calls covering every row of
 * fungsi_tabel (numbers, text, blanks, errors, ranges, custom scales,
 * weights) is first computed in one thread; then 8 threads make 10 000
 * calls each, in different orders, and every result must equal the
 * single-threaded one bit for bit.  A few references are checked against
 * the example report's figures (docs/laporan-contoh.md), so that the
 * comparison is anchored.
 *
 * Plain C and pthreads (cmocka's assertions are not thread-safe); run it
 * under ThreadSanitizer with tests/keandalan/tsan.sh.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bulat.h"
#include "core/capaian.h"
#include "core/indeks_spbe.h"
#include "core/rupiah.h"
#include "core/skala.h"
#include "fungsi/fungsi.h"

#define BENANG 8
#define PANGGILAN 10000
#define KASUS 96

static atomic_int gagal;

#define PERIKSA(syarat)                                                        \
    do {                                                                       \
        if (!(syarat)) {                                                       \
            fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__,         \
                    #syarat);                                                  \
            atomic_fetch_add(&gagal, 1);                                       \
        }                                                                      \
    } while (0)

/* One call: a row of the table and its arguments, and the result it gave
 * in one thread. */
typedef struct kasus {
    const fungsi_info *f;
    kinerja_matriks arg[FUNGSI_ARGUMEN_MAKS];
    kinerja_status status;
    kinerja_matriks hasil;
} kasus;

static kasus kasus_semua[KASUS];

/* A deterministic generator (xorshift), the same on every run. */
static uint64_t acak_keadaan = 0x2024020620250101u;

static uint64_t acak(void)
{
    acak_keadaan ^= acak_keadaan << 13;
    acak_keadaan ^= acak_keadaan >> 7;
    acak_keadaan ^= acak_keadaan << 17;
    return acak_keadaan;
}

static kinerja_sel sel_acak(const fungsi_argumen *a)
{
    static const char *const nama[] = {"NAIK",    "TURUN",    "2",    "RASIO",
                                       "SELISIH", "BERHASIL", "SPBE", "PEMDI",
                                       "JUMLAH",  "AKHIR",    "abc",  "sakip"};
    static const double angka[] = {0,      3.75, 4.16, 110.93, 96.25,  4.195,
                                   90.005, -1,   100,  1e308,  5e-324, 2.6,
                                   9e10,   4,    1,    2,      85.2,   0.5};
    uint64_t r = acak() % 16;
    if (r < 10)
        return sel_angka(angka[acak() % (sizeof(angka) / sizeof(angka[0]))]);
    if (r < 13 && a->jenis != ARG_ANGKA)
        return sel_teks(nama[acak() % (sizeof(nama) / sizeof(nama[0]))]);
    if (r < 14)
        return sel_teks("abc");
    if (r < 15)
        return sel_kosong();
    return a->opsional ? sel_tiada() : sel_kosong();
}

static kinerja_matriks matriks(size_t baris, size_t kolom)
{
    kinerja_matriks m = {baris, kolom,
                         calloc(baris * kolom, sizeof(kinerja_sel)),
                         baris * kolom > 1};
    if (m.sel == NULL)
        abort();
    return m;
}

/* Arguments for call i: scalars, columns, custom scales, weights. */
static void isi_kasus(kasus *k, size_t i)
{
    k->f = &fungsi_tabel[i % fungsi_jumlah];
    size_t bentuk = (i / fungsi_jumlah) % 4; /* 0 scalars, 1..3 ranges */
    size_t baris = bentuk == 0 ? 1 : 2 + bentuk;
    for (size_t a = 0; a < k->f->jumlah_argumen; a++) {
        const fungsi_argumen *arg = &k->f->argumen[a];
        kinerja_matriks *m = &k->arg[a];
        if (strcmp(k->f->nama, "KATEGORI") == 0 && a == 1 && bentuk == 3) {
            /* a custom scale */
            *m = matriks(3, 3);
            const double batas[] = {0, 70, 85};
            const char *label[] = {"Kurang", "Baik", "Sangat Baik"};
            for (size_t r = 0; r < 3; r++) {
                m->sel[r * 3] = sel_angka(batas[r]);
                m->sel[r * 3 + 1] = sel_teks(label[r]);
                m->sel[r * 3 + 2] = r == 1 ? sel_teks(">") : sel_kosong();
            }
        } else if (arg->jenis == ARG_UTUH && a == 0) {
            /* INDEKS_SPBE's values: 4, 8 or 47 levels, or 5 (an error) */
            static const size_t n[] = {4, 8, 47, 5};
            *m = matriks(n[bentuk], 1);
            for (size_t j = 0; j < m->baris; j++)
                m->sel[j] = sel_angka((double)(acak() % 6));
        } else if (arg->jenis == ARG_UTUH &&
                   strcmp(k->f->nama, "INDEKS_SPBE") == 0 && a == 1 &&
                   bentuk == 1) {
            *m = matriks(8, 1); /* explicit weights for 8 values */
            for (size_t j = 0; j < 8; j++)
                m->sel[j] = sel_angka((double)(acak() % 30));
        } else if (arg->jenis == ARG_UTUH &&
                   strcmp(k->f->nama, "SELISIH_RINCIAN") == 0) {
            *m = matriks(baris + 2, 1);
            for (size_t j = 0; j < m->baris; j++)
                m->sel[j] = sel_angka((double)(acak() % 90000000001u));
        } else if (arg->jenis == ARG_BARIS) {
            *m = matriks(baris, 4);
            for (size_t j = 0; j < baris * 4; j++)
                m->sel[j] = (acak() % 4) ? sel_angka((double)(acak() % 100))
                                         : sel_kosong();
        } else if (arg->jenis == ARG_ANGKA || arg->jenis == ARG_PILIHAN) {
            *m = matriks(baris, 1);
            for (size_t j = 0; j < baris; j++)
                m->sel[j] = sel_acak(arg);
            if (strcmp(k->f->nama, "SELISIH_RINCIAN") == 0 ||
                strcmp(k->f->nama, "CEK_ANGGARAN") == 0)
                for (size_t j = 0; j < baris; j++)
                    m->sel[j] = sel_angka((double)(acak() % 90000000001u));
        } else {
            *m = matriks(1, 1);
            m->sel[0] = sel_acak(arg);
            m->rentang = false;
        }
    }
}

static bool sel_sama(const kinerja_sel *a, const kinerja_sel *b)
{
    if (a->jenis != b->jenis)
        return false;
    switch (a->jenis) {
    case SEL_ANGKA:
        return memcmp(&a->angka, &b->angka, sizeof(double)) == 0;
    case SEL_TEKS:
        return strcmp(a->teks, b->teks) == 0;
    case SEL_GALAT:
        return a->galat == b->galat;
    default:
        return true;
    }
}

static atomic_size_t dipanggil;

static void *kerja(void *p)
{
    size_t nomor = (size_t)(uintptr_t)p;
    for (size_t i = 0; i < PANGGILAN; i++) {
        atomic_fetch_add(&dipanggil, 1);
        /* each thread walks the table in its own order */
        kasus *k = &kasus_semua[(i * (2 * nomor + 1) + nomor) % KASUS];
        kinerja_matriks h;
        kinerja_status st =
            fungsi_panggil(k->f, k->arg, k->f->jumlah_argumen, &h);
        PERIKSA(st == k->status);
        if (st == KINERJA_OK && st == k->status) {
            PERIKSA(h.baris == k->hasil.baris && h.kolom == k->hasil.kolom);
            for (size_t j = 0; j < h.baris * h.kolom; j++)
                PERIKSA(sel_sama(&h.sel[j], &k->hasil.sel[j]));
        }
        kinerja_matriks_bebas(&h);

        /* the core directly, with its own expectations */
        double t = 1.0 + (double)(i % 97), r = (double)(i % 89), c = 0;
        PERIKSA(capaian_hitung(t, &r, CAPAIAN_RUMUS_NAIK, &c) == KINERJA_OK &&
                c == r / t * 100.0);
        int64_t rp[3] = {(int64_t)i, 9000000000, (int64_t)nomor}, total = 0;
        PERIKSA(rupiah_jumlah(rp, 3, &total) == KINERJA_OK &&
                total == (int64_t)i + 9000000000 + (int64_t)nomor);
        PERIKSA(bulat_desimal(1.005, 2) == 1.01);
    }
    return NULL;
}

int main(void)
{
    /* The single-threaded references. */
    size_t per_fungsi[16] = {0};
    size_t angka = 0, teks = 0, galat = 0, kosong = 0, gagal_panggil = 0;
    for (size_t i = 0; i < KASUS; i++) {
        kasus *k = &kasus_semua[i];
        isi_kasus(k, i);
        k->status =
            fungsi_panggil(k->f, k->arg, k->f->jumlah_argumen, &k->hasil);
        per_fungsi[i % fungsi_jumlah]++;
        gagal_panggil += k->status != KINERJA_OK;
        for (size_t j = 0;
             k->status == KINERJA_OK && j < k->hasil.baris * k->hasil.kolom;
             j++) {
            sel_jenis jenis = k->hasil.sel[j].jenis;
            angka += jenis == SEL_ANGKA;
            teks += jenis == SEL_TEKS;
            galat += jenis == SEL_GALAT;
            kosong += jenis == SEL_KOSONG;
        }
    }
    /* the cases must exercise more than error paths */
    PERIKSA(angka >= 50 && teks >= 20 && galat >= 20 && kosong >= 5);
    for (size_t i = 0; i < fungsi_jumlah; i++)
        PERIKSA(per_fungsi[i] >= 8); /* every row of the table is called */

    /* Anchors: the seed's figures, computed alone. */
    kinerja_sel t = sel_angka(3.75), r = sel_angka(4.16), arah = sel_tiada();
    kinerja_matriks arg[3] = {matriks_skalar(&t), matriks_skalar(&r),
                              matriks_skalar(&arah)};
    kinerja_matriks h;
    PERIKSA(fungsi_panggil(fungsi_cari_nama("CAPAIAN"), arg, 3, &h) ==
                KINERJA_OK &&
            fabs(h.sel[0].angka - 110.93333333333334) < 1e-12);
    kinerja_matriks_bebas(&h);
    kinerja_sel v = sel_angka(4.195), nama_skala = sel_teks("SPBE");
    kinerja_matriks arg2[2] = {matriks_skalar(&v), matriks_skalar(&nama_skala)};
    PERIKSA(fungsi_panggil(fungsi_cari_nama("KATEGORI"), arg2, 2, &h) ==
                KINERJA_OK &&
            strcmp(h.sel[0].teks, "Memuaskan") == 0);
    kinerja_matriks_bebas(&h);

    pthread_t id[BENANG];
    for (size_t b = 0; b < BENANG; b++)
        PERIKSA(pthread_create(&id[b], NULL, kerja, (void *)(uintptr_t)b) == 0);
    for (size_t b = 0; b < BENANG; b++)
        pthread_join(id[b], NULL);

    for (size_t i = 0; i < KASUS; i++) {
        kinerja_matriks_bebas(&kasus_semua[i].hasil);
        for (size_t a = 0; a < FUNGSI_ARGUMEN_MAKS; a++)
            free(kasus_semua[i].arg[a].sel);
    }
    if (gagal != 0) {
        fprintf(stderr, "%d check(s) failed\n", gagal);
        return 1;
    }
    PERIKSA(dipanggil == (size_t)BENANG * PANGGILAN);
    if (gagal != 0) {
        fprintf(stderr, "%d check(s) failed\n", gagal);
        return 1;
    }
    printf("test_benang: %zu calls of fungsi_panggil from %d threads (%d "
           "cases over %zu functions: %zu numbers, %zu labels, %zu errors, "
           "%zu blanks, %zu failed calls) and the core: identical to one "
           "thread\n",
           (size_t)dipanggil, BENANG, KASUS, fungsi_jumlah, angka, teks, galat,
           kosong, gagal_panggil);
    return 0;
}
