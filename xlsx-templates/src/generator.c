/*
 * generator.c - one run: workbooks into temporary files, then all placed
 * together (generator.h).
 */
#include "generator.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "buku_angka.h"
#include "buku_utuh.h"
#include "contoh.h"
#include "gaya.h"
#include "keluaran.h"
#include "tulis.h"

typedef lxw_error (*penulis_fn)(lxw_workbook *, gaya *, const rencana *,
                                const tulis_opsi *);

static lxw_error tulis_semua_lembar(lxw_workbook *wb, gaya *g, const rencana *r,
                                    const tulis_opsi *o);

/* The documents in the order of the year's work: planned (RKT), agreed
 * (PK), measured (Pengukuran), spent (Realisasi Anggaran, checked by
 * Pemeriksaan) and summed up for the LKjIP (Ringkasan and its tables and
 * charts).  The one workbook holds their sheets in this order. */
static const struct {
    buku b;
    const char *nama;  /* for --buku */
    const char *awal;  /* file name before the year */
    const char *judul; /* document title in the file's properties */
    penulis_fn tulis;
} daftar_buku[] = {
    /* "kinerja": the organisation's performance of the year, planned,
     * agreed, measured and spent; the name of no single document, as the
     * workbook holds them all */
    {BUKU_SATU, "satu", "kinerja", "Kinerja Perangkat Daerah",
     tulis_semua_lembar},
    {BUKU_RKT, "rkt", "rkt", "Rencana Kerja Tahunan", tulis_rkt},
    {BUKU_PK, "pk", "perjanjian-kinerja", "Perjanjian Kinerja", tulis_pk},
    {BUKU_PENGUKURAN, "pengukuran", "pengukuran-kinerja", "Pengukuran Kinerja",
     tulis_pengukuran},
    {BUKU_REALISASI, "realisasi", "realisasi-anggaran", "Realisasi Anggaran",
     tulis_realisasi},
    {BUKU_RINGKASAN, "ringkasan", "ringkasan", "Ringkasan Capaian Kinerja",
     tulis_ringkasan},
};
#define JUMLAH_BUKU (sizeof daftar_buku / sizeof daftar_buku[0])

/* Every document's sheets into one workbook, each figure typed once and
 * referenced by formula everywhere else (tulis_opsi.satu_buku). */
static lxw_error tulis_semua_lembar(lxw_workbook *wb, gaya *g, const rencana *r,
                                    const tulis_opsi *o)
{
    tulis_opsi satu = *o;
    satu.satu_buku = true;
    lxw_error e = LXW_NO_ERROR;
    for (size_t i = 0; e == LXW_NO_ERROR && i < JUMLAH_BUKU; i++)
        if (daftar_buku[i].b & BUKU_SEMUA)
            e = daftar_buku[i].tulis(wb, g, r, &satu);
    return e;
}

void generator_nama_berkas(buku b, int tahun, char *buf, size_t n)
{
    for (size_t i = 0; i < JUMLAH_BUKU; i++)
        if (daftar_buku[i].b == b) {
            snprintf(buf, n, "%s-%d.xlsx", daftar_buku[i].awal, tahun);
            return;
        }
    snprintf(buf, n, "?");
}

unsigned generator_buku_dari_nama(const char *daftar)
{
    unsigned hasil = 0;
    const char *p = daftar;
    while (*p) {
        const char *akhir = strchr(p, ',');
        size_t n = akhir ? (size_t)(akhir - p) : strlen(p);
        bool cocok = false;
        if (n == 5 && strncmp(p, "semua", 5) == 0) {
            hasil |= BUKU_SEMUA;
            cocok = true;
        }
        for (size_t i = 0; i < JUMLAH_BUKU && !cocok; i++)
            if (strlen(daftar_buku[i].nama) == n &&
                strncmp(p, daftar_buku[i].nama, n) == 0) {
                hasil |= daftar_buku[i].b;
                cocok = true;
            }
        if (!cocok)
            return 0;
        p += n;
        if (*p == ',')
            p++;
    }
    return hasil;
}

lxw_workbook *generator_buku_baru(const keluaran *k, const char *folder,
                                  const char *judul, const char *perusahaan,
                                  galat_rencana *g)
{
    lxw_workbook_options wo;
    memset(&wo, 0, sizeof wo);
    /* libxlsxwriter's own temporary files go beside the output, not to a
     * /tmp that may be small or shared */
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", folder);
    wo.tmpdir = tmp;
    lxw_workbook *wb = workbook_new_opt(k->sementara, &wo);
    if (!wb) {
        galat_tambah(g, k->akhir, 0, 0, "buku kerja tidak dapat dibuat");
        return NULL;
    }
    lxw_doc_properties prop;
    memset(&prop, 0, sizeof prop);
    /* libxlsxwriter's fields are not const, but it only copies them */
    prop.title = (char *)judul;
    prop.company = (char *)perusahaan;
    prop.comments =
        "Dibuat oleh kinerja-template " KINERJA_VERSI " (Kinerja for Calc)";
    workbook_set_properties(wb, &prop);
    return wb;
}

bool generator_buku_tutup(lxw_workbook *wb, lxw_error e, const keluaran *k,
                          galat_rencana *g)
{
    /* the numbers libxlsxwriter would write inexactly, noted while its
     * cells exist (workbook_close frees them), corrected in the file it
     * writes: every number reads back as the double it is */
    gaya_satukan(wb);
    buku_angka tepat;
    bool dicatat = buku_angka_catat(wb, &tepat);
    errno = 0;
    lxw_error tutup = workbook_close(wb);
    int sebab = errno;
    if (e == LXW_NO_ERROR)
        e = tutup;
    if (e == LXW_NO_ERROR && !dicatat)
        e = LXW_ERROR_MEMORY_MALLOC_FAILED;
    /* a part cut short by a full disk, which workbook_close does not
     * report (buku_utuh.h) */
    if (e == LXW_NO_ERROR && !buku_utuh_periksa(k->sementara, k->akhir, g)) {
        buku_angka_bebas(&tepat);
        return false;
    }
    if (e == LXW_NO_ERROR) {
        bool ok = buku_angka_perbaiki(k->sementara, &tepat, k->akhir, g);
        buku_angka_bebas(&tepat);
        return ok;
    }
    buku_angka_bebas(&tepat);
    /* libxlsxwriter reports a failed file or zip operation without its
     * cause ("Zip generic error ZIP_ERRNO"); the cause is still in errno,
     * and a full disk is what staff can act on. */
    if (e == tutup && e >= LXW_ERROR_CREATING_XLSX_FILE &&
        e <= LXW_ERROR_ZIP_CLOSE && sebab != 0) {
        keluaran_galat_tulis(g, k->akhir, lxw_strerror(e), sebab);
    } else if (e == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE) {
        /* every cell is written inside the sheet's columns, so it is rows;
         * batas.c refuses such a plan while reading, so this is a guard
         * for a layout its counts missed */
        galat_tambah(g, k->akhir, 0, 0,
                     "gagal ditulis: rencana terlalu besar untuk satu lembar "
                     "kerja (paling banyak 1.048.576 baris); bagi rencana, "
                     "misalnya satu folder per program");
    } else {
        galat_tambah(g, k->akhir, 0, 0, "gagal ditulis: %s", lxw_strerror(e));
    }
    return false;
}

/* Writes one workbook into k's temporary file. */
static bool tulis_satu(size_t i, const rencana *r, const generator_opsi *o,
                       const keluaran *k, galat_rencana *g)
{
    char judul[256];
    char *instansi = tulis_nama_instansi(r, false);
    snprintf(judul, sizeof judul, "%s %d", daftar_buku[i].judul, r->id.tahun);
    lxw_workbook *wb = generator_buku_baru(k, o->folder, judul, instansi, g);
    free(instansi);
    if (!wb)
        return false;
    gaya gy;
    lxw_error e =
        gaya_buat(&gy, wb) ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
    /* a document written alone keeps its own input cells */
    tulis_opsi to = o->tulis;
    to.satu_buku = false;
    if (e == LXW_NO_ERROR)
        e = daftar_buku[i].tulis(wb, &gy, r, &to);
    if (e == LXW_NO_ERROR)
        e = gaya_isian_tandai(&gy);
    gaya_bebas(&gy);
    return generator_buku_tutup(wb, e, k, g);
}

generator_hasil generator_pasang(keluaran *k, size_t n, generator_hasil hasil,
                                 bool timpa, galat_rencana *g)
{
    if (hasil != HASIL_OK)
        return hasil;
    keluaran_hasil kh = keluaran_pasang(k, n, timpa, g);
    if (kh == KELUARAN_OK)
        return HASIL_OK;
    return kh == KELUARAN_SUDAH_ADA ? HASIL_SUDAH_ADA : HASIL_GAGAL_TULIS;
}

void generator_selesai(keluaran *k, size_t n, generator_hasil hasil,
                       const char *folder, char *folder_baru)
{
    for (size_t j = 0; j < n; j++)
        keluaran_buang(&k[j]);
    /* every folder this run made, if empty: nothing else is lost */
    if (hasil != HASIL_OK)
        keluaran_folder_hapus(folder, folder_baru);
    else
        keluaran_folder_simpan(folder_baru);
}

generator_hasil generator_tulis(const rencana *r, const generator_opsi *o,
                                char ***ditulis, size_t *jumlah,
                                galat_rencana *g)
{
    if (ditulis)
        *ditulis = NULL;
    if (jumlah)
        *jumlah = 0;
    char *folder_baru = NULL;
    if (!keluaran_folder(o->folder, &folder_baru, g))
        return HASIL_GAGAL_TULIS;

    keluaran k[JUMLAH_BUKU];
    size_t n = 0;
    generator_hasil hasil = HASIL_OK;
    /* reserve every target first: an existing file stops the run before
     * any work */
    for (size_t i = 0; i < JUMLAH_BUKU; i++) {
        if (!(o->buku & daftar_buku[i].b))
            continue;
        char nama[128];
        generator_nama_berkas(daftar_buku[i].b, r->id.tahun, nama, sizeof nama);
        keluaran_hasil kh =
            keluaran_siapkan(&k[n], o->folder, nama, o->timpa, g);
        if (kh != KELUARAN_OK) {
            if (hasil == HASIL_OK || kh == KELUARAN_SUDAH_ADA)
                hasil = kh == KELUARAN_SUDAH_ADA ? HASIL_SUDAH_ADA
                                                 : HASIL_GAGAL_TULIS;
            continue;
        }
        n++;
    }
    size_t urut[JUMLAH_BUKU];
    for (size_t i = 0, j = 0; i < JUMLAH_BUKU; i++)
        if (o->buku & daftar_buku[i].b)
            urut[j++] = i;
    if (hasil == HASIL_OK)
        for (size_t j = 0; j < n; j++)
            if (!tulis_satu(urut[j], r, o, &k[j], g)) {
                hasil = HASIL_GAGAL_TULIS;
                break;
            }
    hasil = generator_pasang(k, n, hasil, o->timpa, g);
    if (hasil == HASIL_OK && ditulis) {
        *ditulis = calloc(n ? n : 1, sizeof **ditulis);
        for (size_t j = 0; *ditulis && j < n; j++) {
            (*ditulis)[j] = strdup(k[j].akhir);
            (*jumlah)++;
        }
    }
    generator_selesai(k, n, hasil, o->folder, folder_baru);
    return hasil;
}

generator_hasil generator_salin_contoh(const char *folder, bool timpa,
                                       galat_rencana *g)
{
    char *folder_baru = NULL;
    if (!keluaran_folder(folder, &folder_baru, g))
        return HASIL_GAGAL_TULIS;
    keluaran k[8];
    size_t n = 0;
    generator_hasil hasil = HASIL_OK;
    for (size_t i = 0; i < contoh_bawaan_jumlah && n < 8; i++) {
        keluaran_hasil kh =
            keluaran_siapkan(&k[n], folder, contoh_bawaan[i].nama, timpa, g);
        if (kh != KELUARAN_OK) {
            hasil =
                kh == KELUARAN_SUDAH_ADA ? HASIL_SUDAH_ADA : HASIL_GAGAL_TULIS;
            continue;
        }
        FILE *f = fopen(k[n].sementara, "wb");
        bool ok =
            f && fwrite(contoh_bawaan[i].data, 1, contoh_bawaan[i].panjang,
                        f) == contoh_bawaan[i].panjang;
        if (f && fclose(f) != 0)
            ok = false;
        n++;
        if (!ok) {
            galat_tambah(g, k[n - 1].akhir, 0, 0, "gagal ditulis");
            hasil = HASIL_GAGAL_TULIS;
        }
    }
    hasil = generator_pasang(k, n, hasil, timpa, g);
    generator_selesai(k, n, hasil, folder, folder_baru);
    return hasil;
}
