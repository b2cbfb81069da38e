/*
 * rencana_tulis.c - a plan written back as its CSV files, by the column
 * declarations of rencana_kolom.c (rencana_tulis.h).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka_tepat.h"
#include "keluaran.h"
#include "rencana_kolom.h"
#include "rencana_tulis.h"

#define PEMISAH ';'

/* ---- one field ------------------------------------------------------------
 */

/* Text as one field: quoted when it holds the separator, a quote or a line
 * break (quotes doubled), as libcsv reads it back. */
static void tulis_teks(FILE *f, const char *s)
{
    if (!s)
        s = "";
    if (!strpbrk(s, ";\"\r\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

/* Integer digits with a dot between groups of three. */
static void tulis_bulat(FILE *f, const char *digit, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0)
            fputc('.', f);
        fputc(digit[i], f);
    }
}

/* A figure in Indonesian notation with at least `desimal` decimals: the
 * fewest significant digits that read back as the same double (never more
 * than the 17 the reader accepts), laid out without an exponent. */
static void tulis_angka(FILE *f, double v, int desimal)
{
    char e[40];
    snprintf(e, sizeof e, "%.*e", angka_tepat_digit(v) - 1, v);
    /* e: d[.ddd]e±XX -> the digits and where the decimal mark goes */
    char digit[24];
    size_t nd = 0;
    const char *s = e;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digit[nd++] = *s;
    long titik = strtol(s + 1, NULL, 10) + 1; /* digits before the mark */
    char bulat[400], pecahan[400];
    size_t nb = 0, np = 0;
    if (titik <= 0) {
        bulat[nb++] = '0';
        for (long i = 0; i < -titik; i++)
            pecahan[np++] = '0';
        memcpy(pecahan + np, digit, nd);
        np += nd;
    } else if ((size_t)titik >= nd) {
        memcpy(bulat, digit, nd);
        nb = nd;
        for (size_t i = nd; i < (size_t)titik; i++)
            bulat[nb++] = '0';
    } else {
        memcpy(bulat, digit, (size_t)titik);
        nb = (size_t)titik;
        memcpy(pecahan, digit + titik, nd - (size_t)titik);
        np = nd - (size_t)titik;
    }
    while (np > 0 && pecahan[np - 1] == '0' && np > (size_t)desimal)
        np--;
    while (np < (size_t)desimal)
        pecahan[np++] = '0';
    tulis_bulat(f, bulat, nb);
    if (np) {
        fputc(',', f);
        fwrite(pecahan, 1, np, f);
    }
}

static void tulis_rupiah(FILE *f, int64_t v)
{
    char digit[24];
    int n = snprintf(digit, sizeof digit, "%" PRId64, v);
    tulis_bulat(f, digit, (size_t)n);
}

static bool teks_ada(const char *s)
{
    return s && *s;
}

/* The text a column written as text holds in the record at p (NULL or ""
 * when empty); NULL for numbers, dates and notes. */
static const char *teks_kolom(const berkas_rencana *b, const kolom_rencana *c,
                              const void *p)
{
    switch (c->jenis) {
    case KOLOM_TEKS:
    case KOLOM_TEKS_FORMAT:
    case KOLOM_NIP:
    case KOLOM_SKALA:
        return *(char *const *)p;
    case KOLOM_KODE:
        return ((const kode_tautan *)p)->kode;
    case KOLOM_TINGKAT:
        return b->tingkat[*(const int *)p].nama;
    case KOLOM_ARAH: {
        capaian_rumus a = *(const capaian_rumus *)p;
        return a == CAPAIAN_RUMUS_TURUN  ? "TURUN"
               : a == CAPAIAN_RUMUS_NAIK ? "NAIK"
                                         : NULL;
    }
    case KOLOM_REKAP: {
        const isian_rekap *r = p;
        return !r->ada ? NULL : r->jenis == TRIWULAN_AKHIR ? "AKHIR" : "JUMLAH";
    }
    default:
        return NULL;
    }
}

/* Whether column c of `rekaman` (a row of file b) has a value, i.e.
 * tulis_nilai writes something: identitas.csv leaves out the keys that
 * have none. */
static bool nilai_ada(const berkas_rencana *b, const kolom_rencana *c,
                      const void *rekaman)
{
    const void *p = (const char *)rekaman + c->letak;
    switch (c->jenis) {
    case KOLOM_ANGKA:
        return ((const isian_angka *)p)->ada;
    case KOLOM_RUPIAH:
        return ((const isian_rupiah *)p)->ada;
    case KOLOM_TAHUN:
        return *(const int *)p != 0;
    case KOLOM_TANGGAL:
        return ((const isian_tanggal *)p)->ada;
    default:
        return teks_ada(teks_kolom(b, c, p));
    }
}

/* The value of column c in `rekaman` (a row of file b), or nothing when
 * it is empty. */
static void tulis_nilai(FILE *f, const berkas_rencana *b,
                        const kolom_rencana *c, const void *rekaman)
{
    const void *p = (const char *)rekaman + c->letak;
    if (!nilai_ada(b, c, rekaman))
        return;
    if (c->jenis == KOLOM_ANGKA) {
        const isian_angka *a = p;
        tulis_angka(f, a->nilai, a->desimal);
    } else if (c->jenis == KOLOM_RUPIAH) {
        tulis_rupiah(f, ((const isian_rupiah *)p)->nilai);
    } else if (c->jenis == KOLOM_TAHUN) {
        fprintf(f, "%d", *(const int *)p);
    } else if (c->jenis == KOLOM_TANGGAL) {
        const isian_tanggal *d = p;
        fprintf(f, "%04d-%02d-%02d", d->nilai.tahun, d->nilai.bulan,
                d->nilai.hari);
    } else {
        tulis_teks(f, teks_kolom(b, c, p));
    }
}

/* What the rows are written from: the plan, and the order of kinerja.csv's
 * rows (kelompok j < jumlah_kelompok, else indicator j - jumlah_kelompok). */
typedef struct sumber {
    const rencana *r;
    const size_t *urutan_kinerja;
} sumber;

/* The header, then one row per record: `isi` fills the record of row i
 * (borrowing the model's strings) and returns its tingkat. */
typedef int (*isi_baris)(const sumber *sb, size_t i, void *rekaman);

static void tulis_baris_semua(FILE *f, const berkas_rencana *b,
                              const sumber *sb, size_t jumlah, isi_baris isi,
                              void *rekaman, size_t ukuran)
{
    size_t n = b->jumlah_kolom;
    while (n > 0 && b->kolom[n - 1].jenis == KOLOM_CATATAN)
        n--;
    for (size_t s = 0; s < n; s++) {
        fputs(b->kolom[s].nama, f);
        fputc(s + 1 < n ? PEMISAH : '\n', f);
    }
    for (size_t i = 0; i < jumlah; i++) {
        memset(rekaman, 0, ukuran);
        unsigned bit = TINGKAT_BIT(isi(sb, i, rekaman));
        for (size_t s = 0; s < n; s++) {
            if (b->kolom[s].boleh & bit)
                tulis_nilai(f, b, &b->kolom[s], rekaman);
            fputc(s + 1 < n ? PEMISAH : '\n', f);
        }
    }
}

/* ---- each file's rows from the model ---------------------------------------
 */

static kode_tautan tautan(const char *kode)
{
    return (kode_tautan){(char *)kode, 0, 0};
}

static int isi_kinerja(const sumber *sb, size_t i, void *rekaman)
{
    const rencana *r = sb->r;
    isian_kinerja *x = rekaman;
    size_t j = sb->urutan_kinerja[i];
    if (j < r->jumlah_kelompok) {
        const kelompok *k = &r->kelompok[j];
        x->tingkat = k->jenis == KELOMPOK_TUJUAN    ? KN_TUJUAN
                     : k->jenis == KELOMPOK_SASARAN ? KN_SASARAN
                                                    : KN_LAINNYA;
        x->d.kode = k->kode;
        x->d.uraian = k->uraian;
        if (k->induk != TIDAK_ADA)
            x->induk = tautan(r->kelompok[k->induk].kode);
        return x->tingkat;
    }
    const indikator *d = &r->indikator[j - r->jumlah_kelompok];
    x->tingkat = KN_INDIKATOR;
    x->d = *d;
    x->rekap = (isian_rekap){d->triwulan, d->rekap};
    /* the year of a quarterly indicator is computed from its quarters */
    if (d->triwulan)
        x->d.realisasi.ada = false;
    x->induk =
        tautan(d->jenis_induk == INDUK_KELOMPOK ? r->kelompok[d->induk].kode
                                                : r->simpul[d->induk].kode);
    return KN_INDIKATOR;
}

static int isi_anggaran(const sumber *sb, size_t i, void *rekaman)
{
    const rencana *r = sb->r;
    isian_anggaran *x = rekaman;
    const simpul *s = &r->simpul[i];
    x->tingkat = (int)s->tingkat - 1;
    x->s = *s;
    if (s->induk != TIDAK_ADA)
        x->induk = tautan(r->simpul[s->induk].kode);
    if (s->sasaran != TIDAK_ADA)
        x->sasaran = tautan(r->kelompok[s->sasaran].kode);
    return x->tingkat;
}

/* A renstra or pembanding row names its indicator by kode; the files have
 * no tingkat column (0). */
static int isi_indikator(const sumber *sb, kode_tautan *t, size_t ke)
{
    *t = tautan(sb->r->indikator[ke].kode);
    return 0;
}

static int isi_renstra(const sumber *sb, size_t i, void *rekaman)
{
    isian_renstra *x = rekaman;
    x->e = sb->r->renstra[i];
    if (x->e.lama != TIDAK_ADA) {
        /* an indicator of earlier years only: named by its own kode */
        x->indikator = tautan(sb->r->indikator_lama[x->e.lama].kode);
        return 0;
    }
    return isi_indikator(sb, &x->indikator, x->e.indikator);
}

static int isi_pembanding(const sumber *sb, size_t i, void *rekaman)
{
    isian_pembanding *x = rekaman;
    x->e = sb->r->pembanding[i];
    return isi_indikator(sb, &x->indikator, x->e.indikator);
}

static bool sama_teks(const char *a, const char *b)
{
    return !strcmp(a ? a : "", b ? b : "");
}

static bool sama_orang(const penandatangan *a, const penandatangan *b)
{
    return sama_teks(a->nama, b->nama) && sama_teks(a->jabatan, b->jabatan) &&
           sama_teks(a->pangkat, b->pangkat) && sama_teks(a->nip, b->nip);
}

/* identitas.csv: a key;value row per key with a value.  The original PK's
 * signatories are written only where they differ from the current ones,
 * which they default to. */
static void tulis_identitas(FILE *f, const rencana *r)
{
    const berkas_rencana *b = &berkas_rencana_semua[BERKAS_IDENTITAS];
    isian_identitas x;
    memset(&x, 0, sizeof x);
    x.id = r->id;
    x.tanggal_pk = (isian_tanggal){r->id.ada_tanggal_pk, r->id.tanggal_pk};
    x.tanggal_pk_perubahan = (isian_tanggal){r->id.ada_tanggal_pk_perubahan,
                                             r->id.tanggal_pk_perubahan};
    if (!sama_orang(&r->id.kepala_murni, &r->id.kepala))
        x.kepala_murni = r->id.kepala_murni;
    if (!sama_orang(&r->id.atasan_murni, &r->id.atasan))
        x.atasan_murni = r->id.atasan_murni;
    fprintf(f, "kunci%cnilai\n", PEMISAH);
    for (size_t s = 0; s < b->jumlah_kolom; s++) {
        const kolom_rencana *c = &b->kolom[s];
        if (!nilai_ada(b, c, &x))
            continue;
        fprintf(f, "%s%c", c->nama, PEMISAH);
        tulis_nilai(f, b, c, &x);
        fputc('\n', f);
    }
}

/* kinerja.csv holds kelompok and indicators in one sequence: the two
 * arrays merged by line, so that both keep their order. */
static size_t *urut_kinerja(const rencana *r)
{
    size_t nk = r->jumlah_kelompok, ni = r->jumlah_indikator;
    size_t *u = malloc((nk + ni ? nk + ni : 1) * sizeof *u);
    if (!u)
        return NULL;
    size_t a = 0, b = 0, m = 0;
    while (a < nk || b < ni)
        if (b == ni ||
            (a < nk && r->kelompok[a].baris <= r->indikator[b].baris))
            u[m++] = a++;
        else
            u[m++] = nk + b++;
    return u;
}

generator_hasil rencana_tulis_csv(const rencana *r, const char *folder,
                                  bool timpa, galat_rencana *g)
{
    static const struct {
        isi_baris isi;
        size_t ukuran;
    } baris[JUMLAH_BERKAS_RENCANA] = {
        [BERKAS_KINERJA] = {isi_kinerja, sizeof(isian_kinerja)},
        [BERKAS_ANGGARAN] = {isi_anggaran, sizeof(isian_anggaran)},
        [BERKAS_RENSTRA] = {isi_renstra, sizeof(isian_renstra)},
        [BERKAS_PEMBANDING] = {isi_pembanding, sizeof(isian_pembanding)},
    };
    const size_t jumlah[JUMLAH_BERKAS_RENCANA] = {
        [BERKAS_KINERJA] = r->jumlah_kelompok + r->jumlah_indikator,
        [BERKAS_ANGGARAN] = r->jumlah_simpul,
        [BERKAS_RENSTRA] = r->jumlah_renstra,
        [BERKAS_PEMBANDING] = r->jumlah_pembanding};
    size_t *urutan = urut_kinerja(r);
    char *folder_baru = NULL;
    if (!urutan) {
        galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
        return HASIL_GAGAL_TULIS;
    }
    if (!keluaran_folder(folder, &folder_baru, g)) {
        free(urutan);
        return HASIL_GAGAL_TULIS;
    }
    sumber sb = {r, urutan};
    union {
        isian_kinerja k;
        isian_anggaran a;
        isian_renstra rs;
        isian_pembanding p;
    } rekaman;
    /* Every file is written, renstra.csv and pembanding.csv with their
     * header alone when the plan has no such rows: an older file of that
     * name left in the folder would otherwise join the plan. */
    keluaran k[JUMLAH_BERKAS_RENCANA];
    size_t n = 0;
    generator_hasil hasil = HASIL_OK;
    for (int b = 0; b < JUMLAH_BERKAS_RENCANA && hasil == HASIL_OK; b++) {
        const berkas_rencana *d = &berkas_rencana_semua[b];
        keluaran_hasil kh = keluaran_siapkan(&k[n], folder, d->nama, timpa, g);
        if (kh != KELUARAN_OK) {
            hasil =
                kh == KELUARAN_SUDAH_ADA ? HASIL_SUDAH_ADA : HASIL_GAGAL_TULIS;
            break;
        }
        FILE *f = fopen(k[n++].sementara, "w");
        if (!f) {
            galat_tambah(g, k[n - 1].akhir, 0, 0, "tidak dapat ditulis: %s",
                         strerror(errno));
            hasil = HASIL_GAGAL_TULIS;
            break;
        }
        if (b == BERKAS_IDENTITAS)
            tulis_identitas(f, r);
        else
            tulis_baris_semua(f, d, &sb, jumlah[b], baris[b].isi, &rekaman,
                              baris[b].ukuran);
        bool ok = !ferror(f);
        ok &= fclose(f) == 0;
        if (!ok) {
            galat_tambah(g, k[n - 1].akhir, 0, 0, "gagal ditulis");
            hasil = HASIL_GAGAL_TULIS;
        }
    }
    hasil = generator_pasang(k, n, hasil, timpa, g);
    generator_selesai(k, n, hasil, folder, folder_baru);
    free(urutan);
    return hasil;
}
