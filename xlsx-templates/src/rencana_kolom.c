/*
 * rencana_kolom.c - the plan format's files as data (rencana_kolom.h).
 *
 * The order of each table is the order the writer writes the columns in
 * (the built-in example's order); the reader finds columns by header, in
 * any order.
 */
#include <string.h>

#include "rencana_kolom.h"

#define JUMLAH(a) (sizeof(a) / sizeof((a)[0]))
#define ID(f) offsetof(isian_identitas, f)
#define KN(f) offsetof(isian_kinerja, f)
#define AG(f) offsetof(isian_anggaran, f)
#define RS(f) offsetof(isian_renstra, f)
#define PB(f) offsetof(isian_pembanding, f)

/* A column every row may fill, required or not; a name followed by a
 * label (": " before a name, "NIP ", the place before its comma). */
#define BEBAS(n, j, f)                                                         \
    {                                                                          \
        n, j, false, 0, TINGKAT_SEMUA, NULL, f, 0, KOLOM_TANPA, NULL           \
    }
#define WAJIB(n, j, f)                                                         \
    {                                                                          \
        n, j, true, TINGKAT_SEMUA, TINGKAT_SEMUA, NULL, f, 0, KOLOM_TANPA,     \
            NULL                                                               \
    }
#define BERLABEL(n, f, c, d)                                                   \
    {                                                                          \
        n, KOLOM_TEKS, false, 0, TINGKAT_SEMUA, NULL, f, c, KOLOM_TANPA, d     \
    }
#define CATATAN                                                                \
    {                                                                          \
        "catatan", KOLOM_CATATAN, false, 0, TINGKAT_SEMUA, NULL, 0, 0,         \
            KOLOM_TANPA, NULL                                                  \
    }

/* ---- identitas.csv: one key per row -------------------------------------- */

static const kolom_rencana kolom_identitas[] = {
    WAJIB("instansi", KOLOM_TEKS, ID(id.instansi)),
    BEBAS("singkatan", KOLOM_TEKS, ID(id.singkatan)),
    WAJIB("kabupaten", KOLOM_TEKS, ID(id.kabupaten)),
    BERLABEL("tempat", ID(id.tempat), 1, "koma di belakangnya"),
    WAJIB("tahun", KOLOM_TAHUN, ID(id.tahun)),
    BEBAS("tanggal_pk", KOLOM_TANGGAL, ID(tanggal_pk)),
    BEBAS("tanggal_pk_perubahan", KOLOM_TANGGAL, ID(tanggal_pk_perubahan)),
    BERLABEL("kepala_nama", ID(id.kepala.nama), 2, "': '"),
    BERLABEL("kepala_jabatan", ID(id.kepala.jabatan), 2, "': '"),
    BEBAS("kepala_pangkat", KOLOM_TEKS, ID(id.kepala.pangkat)),
    {"kepala_nip", KOLOM_NIP, false, 0, TINGKAT_SEMUA, NULL, ID(id.kepala.nip),
     4, KOLOM_TANPA, "'NIP '"},
    BERLABEL("atasan_nama", ID(id.atasan.nama), 2, "': '"),
    BERLABEL("atasan_jabatan", ID(id.atasan.jabatan), 2, "': '"),
    BEBAS("atasan_pangkat", KOLOM_TEKS, ID(id.atasan.pangkat)),
    {"atasan_nip", KOLOM_NIP, false, 0, TINGKAT_SEMUA, NULL, ID(id.atasan.nip),
     4, KOLOM_TANPA, "'NIP '"},
    BERLABEL("pk_murni_kepala_nama", ID(kepala_murni.nama), 2, "': '"),
    BERLABEL("pk_murni_kepala_jabatan", ID(kepala_murni.jabatan), 2, "': '"),
    BEBAS("pk_murni_kepala_pangkat", KOLOM_TEKS, ID(kepala_murni.pangkat)),
    {"pk_murni_kepala_nip", KOLOM_NIP, false, 0, TINGKAT_SEMUA, NULL,
     ID(kepala_murni.nip), 4, KOLOM_TANPA, "'NIP '"},
    BERLABEL("pk_murni_atasan_nama", ID(atasan_murni.nama), 2, "': '"),
    BERLABEL("pk_murni_atasan_jabatan", ID(atasan_murni.jabatan), 2, "': '"),
    BEBAS("keterangan_pk", KOLOM_TEKS, ID(id.keterangan_pk)),
    BEBAS("keterangan_pk_perubahan", KOLOM_TEKS,
          ID(id.keterangan_pk_perubahan)),
    BEBAS("pagu_dilaporkan", KOLOM_RUPIAH, ID(id.pagu_dilaporkan)),
    BEBAS("realisasi_dilaporkan", KOLOM_RUPIAH, ID(id.realisasi_dilaporkan)),
    BEBAS("pagu_ikhtisar", KOLOM_RUPIAH, ID(id.pagu_ikhtisar)),
    BEBAS("realisasi_ikhtisar", KOLOM_RUPIAH, ID(id.realisasi_ikhtisar)),
    BEBAS("pagu_belanja_operasi", KOLOM_RUPIAH, ID(id.pagu_operasi)),
    BEBAS("pagu_belanja_modal", KOLOM_RUPIAH, ID(id.pagu_modal)),
    BEBAS("realisasi_belanja_operasi", KOLOM_RUPIAH, ID(id.realisasi_operasi)),
    BEBAS("realisasi_belanja_modal", KOLOM_RUPIAH, ID(id.realisasi_modal)),
};

/* ---- kinerja.csv ------------------------------------------------------------
 */

static const tingkat_rencana tingkat_kinerja[] = {
    [KN_TUJUAN] = {"tujuan", NULL, NULL},
    [KN_SASARAN] = {"sasaran", NULL, NULL},
    [KN_LAINNYA] = {"lainnya", "kinerja lainnya", NULL},
    [KN_INDIKATOR] = {"indikator", NULL,
                      "tulis kode tujuan, sasaran, kinerja lainnya, program, "
                      "kegiatan atau sub kegiatan yang diukurnya"},
};

/* A value only an indicator row carries. */
#define IND(n, j, f)                                                           \
    {                                                                          \
        n, j, false, 0, TINGKAT_BIT(KN_INDIKATOR), NULL, KN(f), 0,             \
            KOLOM_TANPA, NULL                                                  \
    }

static const kolom_rencana kolom_kinerja[] = {
    {"tingkat", KOLOM_TINGKAT, true, TINGKAT_SEMUA, TINGKAT_SEMUA, NULL,
     KN(tingkat), 0, KOLOM_TANPA, NULL},
    WAJIB("kode", KOLOM_TEKS, KN(d.kode)),
    {"induk", KOLOM_KODE, false, TINGKAT_BIT(KN_INDIKATOR),
     TINGKAT_BIT(KN_SASARAN) | TINGKAT_BIT(KN_INDIKATOR),
     "tujuan dan kinerja lainnya tidak mempunyai induk (hanya sasaran yang "
     "boleh menunjuk tujuannya)",
     KN(induk), 0, KOLOM_TANPA, NULL},
    /* an indicator is numbered ("1.2 ", "3. "), a group labelled
     * ("Sasaran: ") in front of its uraian */
    {"uraian", KOLOM_TEKS, true, TINGKAT_SEMUA, TINGKAT_SEMUA, NULL,
     KN(d.uraian), 16, KOLOM_TANPA, "nomor atau sebutan di depannya"},
    IND("formulasi", KOLOM_TEKS, d.formulasi),
    IND("satuan", KOLOM_TEKS_FORMAT, d.satuan),
    {"target", KOLOM_ANGKA, false, TINGKAT_BIT(KN_INDIKATOR),
     TINGKAT_BIT(KN_INDIKATOR), NULL, KN(d.target), 0, KOLOM_TANPA, NULL},
    IND("predikat", KOLOM_TEKS_FORMAT, d.predikat),
    IND("target_murni", KOLOM_ANGKA, d.target_murni),
    IND("realisasi", KOLOM_ANGKA, d.realisasi),
    IND("predikat_realisasi", KOLOM_TEKS_FORMAT, d.predikat_realisasi),
    IND("arah", KOLOM_ARAH, d.arah),
    IND("skala", KOLOM_SKALA, d.skala),
    IND("rekap", KOLOM_REKAP, rekap),
    IND("tw1", KOLOM_ANGKA, d.tw[0]),
    IND("tw2", KOLOM_ANGKA, d.tw[1]),
    IND("tw3", KOLOM_ANGKA, d.tw[2]),
    IND("tw4", KOLOM_ANGKA, d.tw[3]),
    IND("target_tw1", KOLOM_ANGKA, d.target_tw[0]),
    IND("target_tw2", KOLOM_ANGKA, d.target_tw[1]),
    IND("target_tw3", KOLOM_ANGKA, d.target_tw[2]),
    IND("target_tw4", KOLOM_ANGKA, d.target_tw[3]),
    CATATAN,
};

/* ---- anggaran.csv -----------------------------------------------------------
 */

static const tingkat_rencana tingkat_anggaran[] = {
    {"program", NULL, NULL},
    {"kegiatan", NULL, "tulis kode program di atasnya"},
    {"sub kegiatan", NULL, "tulis kode kegiatan di atasnya"},
};

#define BUKAN_PROGRAM (TINGKAT_BIT(1) | TINGKAT_BIT(2))

static const kolom_rencana kolom_anggaran[] = {
    {"tingkat", KOLOM_TINGKAT, true, TINGKAT_SEMUA, TINGKAT_SEMUA, NULL,
     AG(tingkat), 0, KOLOM_TANPA, NULL},
    WAJIB("kode", KOLOM_TEKS, AG(s.kode)),
    {"induk", KOLOM_KODE, false, BUKAN_PROGRAM, BUKAN_PROGRAM,
     "program tidak mempunyai induk; sasaran yang dilayaninya ditulis di "
     "kolom sasaran",
     AG(induk), 0, KOLOM_TANPA, NULL},
    {"sasaran", KOLOM_KODE, false, 0, TINGKAT_BIT(0),
     "kolom sasaran hanya untuk baris program (kegiatan dan sub kegiatan "
     "mengikuti programnya)",
     AG(sasaran), 0, KOLOM_TANPA, NULL},
    /* the RKT shows "kode uraian" in one cell */
    {"uraian", KOLOM_TEKS, true, TINGKAT_SEMUA, TINGKAT_SEMUA, NULL,
     AG(s.uraian), 0, 1, "kodenya dan satu spasi"},
    BEBAS("pagu_murni", KOLOM_RUPIAH, AG(s.pagu_murni)),
    /* required where the row has no children: a step after the loop */
    {"pagu", KOLOM_RUPIAH, true, 0, TINGKAT_SEMUA, NULL, AG(s.pagu), 0,
     KOLOM_TANPA, NULL},
    BEBAS("realisasi", KOLOM_RUPIAH, AG(s.realisasi)),
    CATATAN,
};

/* ---- renstra.csv, pembanding.csv --------------------------------------------
 */

static const kolom_rencana kolom_renstra[] = {
    WAJIB("indikator", KOLOM_KODE, RS(indikator)),
    WAJIB("tahun", KOLOM_TAHUN, RS(e.tahun)),
    BEBAS("target", KOLOM_ANGKA, RS(e.target)),
    BEBAS("predikat", KOLOM_TEKS_FORMAT, RS(e.predikat)),
    BEBAS("realisasi", KOLOM_ANGKA, RS(e.realisasi)),
    BEBAS("predikat_realisasi", KOLOM_TEKS_FORMAT, RS(e.predikat_realisasi)),
    BEBAS("realisasi_dilaporkan", KOLOM_ANGKA, RS(e.realisasi_dilaporkan)),
    CATATAN,
};

static const kolom_rencana kolom_pembanding[] = {
    WAJIB("indikator", KOLOM_KODE, PB(indikator)),
    WAJIB("pemda", KOLOM_TEKS, PB(e.pemda)),
    /* empty: not published yet, a cell to fill in */
    BEBAS("realisasi", KOLOM_ANGKA, PB(e.realisasi)),
    BEBAS("keterangan", KOLOM_TEKS, PB(e.keterangan)),
    CATATAN,
};

const berkas_rencana berkas_rencana_semua[JUMLAH_BERKAS_RENCANA] = {
    [BERKAS_IDENTITAS] = {"identitas.csv", kolom_identitas,
                          JUMLAH(kolom_identitas), true, NULL, 0, NULL},
    [BERKAS_KINERJA] = {"kinerja.csv", kolom_kinerja, JUMLAH(kolom_kinerja),
                        false, tingkat_kinerja, JUMLAH(tingkat_kinerja),
                        "target, realisasi dan sejenisnya milik baris "
                        "indikator di bawahnya"},
    [BERKAS_ANGGARAN] = {"anggaran.csv", kolom_anggaran, JUMLAH(kolom_anggaran),
                         false, tingkat_anggaran, JUMLAH(tingkat_anggaran),
                         NULL},
    [BERKAS_RENSTRA] = {"renstra.csv", kolom_renstra, JUMLAH(kolom_renstra),
                        false, NULL, 0, NULL},
    [BERKAS_PEMBANDING] = {"pembanding.csv", kolom_pembanding,
                           JUMLAH(kolom_pembanding), false, NULL, 0, NULL},
};

const kolom_rencana *berkas_rencana_kolom(const berkas_rencana *b,
                                          const char *nama)
{
    for (size_t i = 0; i < b->jumlah_kolom; i++)
        if (!strcmp(b->kolom[i].nama, nama))
            return &b->kolom[i];
    return NULL;
}
