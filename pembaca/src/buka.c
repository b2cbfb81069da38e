/*
 * buka.c - opening a workbook: the package's format is told by its
 * content, never by the file's name (staff rename files, and a .xlsx
 * saved by Calc "Keep current format" may be named anything):
 *
 *   - OpenDocument: the entry `mimetype` names the type
 *     (ODF 1.2 part 3, 3.3); a spreadsheet is
 *     application/vnd.oasis.opendocument.spreadsheet (or -template);
 *   - Office Open XML: `[Content_Types].xml` (OPC) with the workbook part
 *     `xl/workbook.xml`.
 */
#include <string.h>

#include "dalam.h"

#define MIME_ODS "application/vnd.oasis.opendocument.spreadsheet"

static void isi_batas(buku_batas *hasil, const buku_batas *diminta)
{
    buku_batas kosong = {0};
    const buku_batas *d = diminta ? diminta : &kosong;
    hasil->bagian_maks = d->bagian_maks ? d->bagian_maks : BUKU_BAGIAN_MAKS;
    hasil->sel_maks = d->sel_maks ? d->sel_maks : BUKU_SEL_MAKS;
    hasil->lembar_maks = d->lembar_maks ? d->lembar_maks : BUKU_LEMBAR_MAKS;
    hasil->total_maks = d->total_maks ? d->total_maks : BUKU_TOTAL_MAKS;
}

static bool baca_paket(baca *c)
{
    if (arsip_ada(c->arsip, "mimetype")) {
        char mime[128];
        if (!arsip_baca_kecil(c, "mimetype", mime, sizeof mime)) {
            if (baca_sudah_gagal(c))
                return false;
            return baca_gagal(c, BUKU_GALAT_BUKAN_BUKU,
                              "mimetype terlalu panjang: bukan dokumen ODF");
        }
        /* "-template" (.ots) is a spreadsheet too. */
        if (strncmp(mime, MIME_ODS, strlen(MIME_ODS)) != 0 ||
            (mime[strlen(MIME_ODS)] != '\0' &&
             strcmp(mime + strlen(MIME_ODS), "-template") != 0))
            return baca_gagal(c, BUKU_GALAT_BUKAN_BUKU,
                              "dokumen ODF, tetapi bukan lembar kerja "
                              "(mimetype '%.100s')",
                              mime);
        c->buku = buku_baru(BUKU_ODS);
        if (c->buku == NULL)
            return baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
        return ods_baca(c);
    }
    if (arsip_ada(c->arsip, "[Content_Types].xml")) {
        if (!arsip_ada(c->arsip, "xl/workbook.xml"))
            return baca_gagal(c, BUKU_GALAT_BUKAN_BUKU,
                              "paket Office Open XML tanpa xl/workbook.xml: "
                              "bukan buku kerja Excel");
        c->buku = buku_baru(BUKU_XLSX);
        if (c->buku == NULL)
            return baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
        return xlsx_baca(c);
    }
    return baca_gagal(c, BUKU_GALAT_BUKAN_BUKU,
                      "arsip zip tanpa mimetype (ODF) maupun "
                      "[Content_Types].xml (Office Open XML): bukan buku "
                      "kerja .xlsx atau .ods");
}

static bool selesai(baca *c, bool buka, buku **hasil)
{
    bool ok = buka && baca_paket(c);
    arsip_tutup(c->arsip);
    c->arsip = NULL;
    if (ok && !buku_rapikan(c->buku))
        ok = baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
    if (!ok) {
        buku_tutup(c->buku);
        *hasil = NULL;
        return false;
    }
    *hasil = c->buku;
    return true;
}

static void mulai(baca *c, const char *berkas, const buku_batas *batas,
                  buku_galat *galat, buku_galat *cadangan)
{
    memset(c, 0, sizeof *c);
    c->berkas = berkas ? berkas : "(buku kerja)";
    isi_batas(&c->batas, batas);
    c->galat = galat ? galat : cadangan;
    c->galat->kode = BUKU_OK;
    c->galat->pesan[0] = '\0';
}

bool buku_buka(const char *jalur, const buku_batas *batas, buku **hasil,
               buku_galat *galat)
{
    baca c;
    buku_galat cadangan;
    mulai(&c, jalur, batas, galat, &cadangan);
    return selesai(&c, arsip_buka_berkas(&c, jalur), hasil);
}

bool buku_buka_memori(const void *data, size_t ukuran, const char *nama,
                      const buku_batas *batas, buku **hasil, buku_galat *galat)
{
    baca c;
    buku_galat cadangan;
    mulai(&c, nama, batas, galat, &cadangan);
    return selesai(&c, arsip_buka_memori(&c, data, ukuran), hasil);
}
