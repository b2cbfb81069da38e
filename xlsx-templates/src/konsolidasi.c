/*
 * konsolidasi.c - reading a region's offices and rolling their figures up
 * (konsolidasi.h).
 */
#include "konsolidasi.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "buku_baca.h"
#include "core/rupiah.h"
#include "core/terisi.h"
#include "massal.h"
#include "teks.h"

static const char *const nama_cara[] = {[GABUNG_JUMLAH] = "JUMLAH",
                                        [GABUNG_RATA] = "RATA",
                                        [GABUNG_AKHIR] = "AKHIR"};

bool gabung_cara_dari_nama(const char *nama, gabung_cara *cara)
{
    while (*nama == ' ')
        nama++;
    for (int c = GABUNG_JUMLAH; c <= GABUNG_AKHIR; c++) {
        size_t n = strlen(nama_cara[c]);
        if (strncasecmp(nama, nama_cara[c], n) != 0)
            continue;
        const char *sisa = nama + n;
        while (*sisa == ' ')
            sisa++;
        if (*sisa)
            continue;
        *cara = (gabung_cara)c;
        return true;
    }
    return false;
}

const char *gabung_cara_nama(gabung_cara cara)
{
    return cara <= GABUNG_AKHIR ? nama_cara[cara] : "?";
}

kinerja_status konsolidasi_gabung(gabung_cara cara, const double *nilai,
                                  const bool *ada, size_t n, double *hasil)
{
    terisi_rekap r;
    kinerja_status st = terisi_hitung(nilai, ada, n, &r);
    if (st != KINERJA_OK)
        return st;
    switch (cara) {
    case GABUNG_JUMLAH:
        *hasil = r.jumlah;
        return KINERJA_OK;
    case GABUNG_RATA:
        *hasil = r.jumlah / (double)r.banyak;
        return KINERJA_OK;
    case GABUNG_AKHIR:
        *hasil = r.akhir;
        return KINERJA_OK;
    }
    return KINERJA_GALAT_ARGUMEN;
}

/* Whether `folder` holds a workbook staff may have filled: an .xlsx or
 * .ods that is not a lock file (Calc's ".~lock", Excel's "~$"). */
static bool ada_buku(const char *folder)
{
    DIR *d = opendir(folder);
    if (!d)
        return false;
    bool ada = false;
    for (struct dirent *e; !ada && (e = readdir(d));) {
        const char *n = e->d_name;
        size_t p = strlen(n);
        if (n[0] == '.' || !strncmp(n, "~$", 2))
            continue;
        ada = (p > 5 && !strcasecmp(n + p - 5, ".xlsx")) ||
              (p > 4 && !strcasecmp(n + p - 4, ".ods"));
    }
    closedir(d);
    return ada;
}

/* One office: its plan, then what its workbooks hold in place of the
 * plan's realisasi (an office without a workbook has reported nothing),
 * then its cross-checks. */
static bool baca_opd(opd *o, galat_rencana *g)
{
    if (!rencana_baca_folder(o->folder, &o->r, g))
        return false;
    o->melapor = ada_buku(o->folder);
    if (o->melapor ? !buku_baca_isian(o->folder, &o->r, &o->lembar, g)
                   : !rencana_tanpa_realisasi(&o->r, g))
        return false;
    /* the findings of the office's one workbook of the year (no copies
     * to compare there) */
    if (!pemeriksaan_susun_buku(&o->r, true, &o->periksa)) {
        galat_tambah(g, o->folder, 0, 0, "memori tidak cukup");
        return false;
    }
    return true;
}

/* What a folder without subfolders is told. */
static const char tanpa_opd[] =
    "tidak ada subfolder perangkat daerah (satu subfolder per perangkat "
    "daerah, berisi rencananya dan buku kerja yang sudah diisi)";

bool konsolidasi_baca(const char *folder, konsolidasi *k, galat_rencana *g)
{
    memset(k, 0, sizeof *k);
    size_t awal = galat_hitung(g);
    char **nama = NULL;
    size_t n = 0;
    k->opd =
        massal_daftar_siapkan(folder, tanpa_opd, sizeof *k->opd, &nama, &n, g);
    if (!k->opd)
        return false;
    size_t n_folder = strlen(folder);
    for (size_t i = 0; i < n; i++) {
        opd *o = &k->opd[k->jumlah_opd++];
        o->nama = nama[i];
        o->folder = teks_cetak(
            "%s%s%s", folder,
            n_folder && folder[n_folder - 1] == '/' ? "" : "/", nama[i]);
        if (!o->folder) {
            galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
            continue;
        }
        if (!baca_opd(o, g)) {
            /* a plan that failed is freed at once; its messages stay */
            rencana_bebas(&o->r);
            memset(&o->r, 0, sizeof o->r);
            continue;
        }
        k->melapor += o->melapor;
        if (!k->kabupaten) {
            k->kabupaten = o->r.id.kabupaten;
            k->tahun = o->r.id.tahun;
        } else if (o->r.id.tahun != k->tahun) {
            char *jalur = teks_cetak("%s/identitas.csv", o->folder);
            galat_tambah(g, jalur, 0, 0,
                         "tahun %d, padahal perangkat daerah '%s' tahun %d: "
                         "satu konsolidasi satu tahun",
                         o->r.id.tahun, k->opd[0].nama, k->tahun);
            free(jalur);
        }
    }
    free(nama);
    if (galat_hitung(g) == awal) {
        char *jalur =
            teks_cetak("%s%spemda.csv", folder,
                       n_folder && folder[n_folder - 1] == '/' ? "" : "/");
        struct stat st;
        if (!jalur)
            galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
        else if (stat(jalur, &st) == 0 || errno != ENOENT)
            pemda_baca(k, jalur, g);
        free(jalur);
    }
    if (galat_hitung(g) == awal)
        konsolidasi_hitung(k, g);
    if (galat_hitung(g) != awal) {
        konsolidasi_bebas(k);
        return false;
    }
    return true;
}

/* The exact sum of the offices' whole rupiah v[0..n) (the `apa` of each)
 * into *jumlah.  Past 2^53 a cell cannot hold the total exactly: refused,
 * never rounded. */
static bool jumlah_tepat(const int64_t *v, size_t n, int64_t *jumlah,
                         const char *apa, galat_rencana *g)
{
    if (rupiah_jumlah(v, n, jumlah) == KINERJA_OK)
        return true;
    galat_tambah(g, NULL, 0, 0,
                 "jumlah %s semua perangkat daerah melebihi "
                 "9.007.199.254.740.992 rupiah: tidak dapat ditulis tepat ke "
                 "satu sel",
                 apa);
    return false;
}

bool konsolidasi_hitung(konsolidasi *k, galat_rencana *g)
{
    size_t n = k->jumlah_opd;
    int64_t *pagu = malloc((n ? n : 1) * sizeof *pagu);
    int64_t *real = malloc((n ? n : 1) * sizeof *real);
    bool ok = pagu && real;
    size_t nr = 0;
    for (size_t i = 0; ok && i < n; i++) {
        pagu[i] = k->opd[i].r.jumlah_pagu;
        if (k->opd[i].r.ada_realisasi)
            real[nr++] = k->opd[i].r.jumlah_realisasi;
    }
    if (!ok)
        galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
    k->ada_realisasi = nr > 0;
    k->jumlah_realisasi = 0;
    ok = ok && jumlah_tepat(pagu, n, &k->jumlah_pagu, "pagu", g) &&
         jumlah_tepat(real, nr, &k->jumlah_realisasi, "realisasi", g);
    free(pagu);
    free(real);
    return ok;
}

void konsolidasi_bebas(konsolidasi *k)
{
    for (size_t i = 0; i < k->jumlah_opd; i++) {
        opd *o = &k->opd[i];
        pemeriksaan_bebas(&o->periksa);
        rencana_bebas(&o->r);
        free(o->nama);
        free(o->folder);
    }
    free(k->opd);
    for (size_t i = 0; i < k->jumlah_pemda; i++) {
        pemda_indikator *p = &k->pemda[i];
        free(p->kode);
        free(p->uraian);
        free(p->satuan);
        free(p->sumber);
    }
    free(k->pemda);
    memset(k, 0, sizeof *k);
}

void konsolidasi_nama_berkas(int tahun, char *buf, size_t n)
{
    snprintf(buf, n, "konsolidasi-%d.xlsx", tahun);
}
