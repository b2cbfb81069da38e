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
#define BEBAS(n, j, f, a)                                                      \
    {                                                                          \
        n, j, false, 0, TINGKAT_SEMUA, NULL, f, 0, KOLOM_TANPA, NULL, a        \
    }
#define WAJIB(n, j, f, a)                                                      \
    {                                                                          \
        n, j, true, TINGKAT_SEMUA, TINGKAT_SEMUA, NULL, f, 0, KOLOM_TANPA,     \
            NULL, a                                                            \
    }
#define BERLABEL(n, f, c, d, a)                                                \
    {                                                                          \
        n, KOLOM_TEKS, false, 0, TINGKAT_SEMUA, NULL, f, c, KOLOM_TANPA, d, a  \
    }
#define CATATAN                                                                \
    {                                                                          \
        "catatan", KOLOM_CATATAN, false, 0, TINGKAT_SEMUA, NULL, 0, 0,         \
            KOLOM_TANPA, NULL, "catatan bebas untuk pembaca; diabaikan"        \
    }

/* Texts shared by the columns of one group (the README shows a group as
 * one row). */
static const char ARTI_TANGGAL[] =
    "`2024-09-23`, `23 September 2024`, atau di berkas `;` juga `23/09/2024`; "
    "kosong: sel tanggal dibiarkan kosong untuk diisi";
static const char ARTI_KEPALA[] =
    "pihak pertama; NIP 18 angka (spasi boleh), ditulis sebagai teks";
static const char ARTI_ATASAN[] =
    "pihak kedua (Bupati/Wali Kota; pangkat dan NIP kosong bila tidak ada)";
static const char ARTI_MURNI[] =
    "penandatangan PK murni bila berbeda; bawaan: sama dengan di atas";
static const char ARTI_KETERANGAN_PK[] =
    "kolom Keterangan tabel program; bawaan `APBD TAHUN`, `P APBD TAHUN`";
static const char ARTI_DILAPORKAN[] =
    "total perangkat daerah seperti tercetak di laporan";
static const char ARTI_IKHTISAR[] = "total seperti tercetak di Ikhtisar "
                                    "Eksekutif (diperiksa terhadap jumlahnya)";
static const char ARTI_BELANJA[] =
    "anggaran dan realisasi per jenis belanja; operasi + modal harus sama "
    "dengan jumlah anggaran (kosong: diisi di lembar Pemeriksaan)";
static const char ARTI_TW[] =
    "realisasi triwulan I-IV (boleh kosong); bila `rekap` diisi, `realisasi` "
    "dikosongkan karena dihitung dari triwulan";
static const char ARTI_TARGET_TW[] =
    "target triwulan I-IV (rencana aksi; boleh kosong, boleh diisi kemudian di "
    "lembar Triwulan); perlu `rekap`";
static const char ARTI_KODE_INDIKATOR[] = "kode indikator di `kinerja.csv`";
static const char ARTI_RS_TARGET[] = "target tahun itu dan predikatnya";
static const char ARTI_RS_REALISASI[] = "realisasi tahun itu";
static const char ARTI_RS_LAMA[] =
    "hanya untuk indikator yang dipakai di tahun-tahun sebelumnya saja (tidak "
    "ada di `kinerja.csv`): nama indikator (wajib), sasaran strategisnya dan "
    "satuannya, sama di setiap barisnya; lembar Perbandingan menampilkannya "
    "di atas indikator tahun rencana";

/* A signatory's columns (penandatangan f, prefix p): the name and the
 * title, each printed after a label ("Nama: "), then the rank and the
 * 18-digit NIP, printed after "NIP ". */
#define NAMA_JABATAN(p, f, a)                                                  \
    BERLABEL(p "_nama", ID(f.nama), 2, "': '", a),                             \
        BERLABEL(p "_jabatan", ID(f.jabatan), 2, "': '", a)
#define PENANDATANGAN(p, f, a)                                                 \
    NAMA_JABATAN(p, f, a), BEBAS(p "_pangkat", KOLOM_TEKS, ID(f.pangkat), a),  \
    {                                                                          \
        p "_nip", KOLOM_NIP, false, 0, TINGKAT_SEMUA, NULL, ID(f.nip), 4,      \
            KOLOM_TANPA, "'NIP '", a                                           \
    }

/* ---- identitas.csv: one key per row -------------------------------------- */

static const kolom_rencana kolom_identitas[] = {
    WAJIB("instansi", KOLOM_TEKS, ID(id.instansi),
          "`Dinas Komunikasi dan Informatika`"),
    BEBAS("singkatan", KOLOM_TEKS, ID(id.singkatan),
          "`Diskominfo` (judul Pengukuran Kinerja)"),
    WAJIB("kabupaten", KOLOM_TEKS, ID(id.kabupaten), "`Kabupaten Mojokerto`"),
    BERLABEL("tempat", ID(id.tempat), 1, "koma di belakangnya",
             "`Mojokerto` (tempat penandatanganan)"),
    WAJIB("tahun", KOLOM_TAHUN, ID(id.tahun), "`2024`"),
    BEBAS("tanggal_pk", KOLOM_TANGGAL, ID(tanggal_pk), ARTI_TANGGAL),
    BEBAS("tanggal_pk_perubahan", KOLOM_TANGGAL, ID(tanggal_pk_perubahan),
          ARTI_TANGGAL),
    PENANDATANGAN("kepala", id.kepala, ARTI_KEPALA),
    PENANDATANGAN("atasan", id.atasan, ARTI_ATASAN),
    PENANDATANGAN("pk_murni_kepala", kepala_murni, ARTI_MURNI),
    NAMA_JABATAN("pk_murni_atasan", atasan_murni, ARTI_MURNI),
    BEBAS("keterangan_pk", KOLOM_TEKS, ID(id.keterangan_pk),
          ARTI_KETERANGAN_PK),
    BEBAS("keterangan_pk_perubahan", KOLOM_TEKS, ID(id.keterangan_pk_perubahan),
          ARTI_KETERANGAN_PK),
    BEBAS("pagu_dilaporkan", KOLOM_RUPIAH, ID(id.pagu_dilaporkan),
          ARTI_DILAPORKAN),
    BEBAS("realisasi_dilaporkan", KOLOM_RUPIAH, ID(id.realisasi_dilaporkan),
          ARTI_DILAPORKAN),
    BEBAS("pagu_ikhtisar", KOLOM_RUPIAH, ID(id.pagu_ikhtisar), ARTI_IKHTISAR),
    BEBAS("realisasi_ikhtisar", KOLOM_RUPIAH, ID(id.realisasi_ikhtisar),
          ARTI_IKHTISAR),
    BEBAS("pagu_belanja_operasi", KOLOM_RUPIAH, ID(id.pagu_operasi),
          ARTI_BELANJA),
    BEBAS("pagu_belanja_modal", KOLOM_RUPIAH, ID(id.pagu_modal), ARTI_BELANJA),
    BEBAS("realisasi_belanja_operasi", KOLOM_RUPIAH, ID(id.realisasi_operasi),
          ARTI_BELANJA),
    BEBAS("realisasi_belanja_modal", KOLOM_RUPIAH, ID(id.realisasi_modal),
          ARTI_BELANJA)};

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
#define IND(n, j, f, a)                                                        \
    {                                                                          \
        n, j, false, 0, TINGKAT_BIT(KN_INDIKATOR), NULL, KN(f), 0,             \
            KOLOM_TANPA, NULL, a                                               \
    }

static const kolom_rencana kolom_kinerja[] = {
    {"tingkat", KOLOM_TINGKAT, true, TINGKAT_SEMUA, TINGKAT_SEMUA, NULL,
     KN(tingkat), 0, KOLOM_TANPA, NULL,
     "`tujuan`, `sasaran`, `lainnya` (kinerja lainnya di PK) atau "
     "`indikator`"},
    WAJIB("kode", KOLOM_TEKS, KN(d.kode),
          "unik, mis. `T1`, `S1`, `S1.1`, `2.16.01/1`"),
    {"induk", KOLOM_KODE, false, TINGKAT_BIT(KN_INDIKATOR),
     TINGKAT_BIT(KN_SASARAN) | TINGKAT_BIT(KN_INDIKATOR),
     "tujuan dan kinerja lainnya tidak mempunyai induk (hanya sasaran yang "
     "boleh menunjuk tujuannya)",
     KN(induk), 0, KOLOM_TANPA, NULL,
     "sasaran: kode tujuannya (boleh kosong); indikator: kode "
     "tujuan, sasaran, kinerja lainnya, program, kegiatan atau sub "
     "kegiatan yang diukurnya (wajib)"},
    /* an indicator is numbered ("1.2 ", "3. "), a group labelled
     * ("Sasaran: ") in front of its uraian */
    {"uraian", KOLOM_TEKS, true, TINGKAT_SEMUA, TINGKAT_SEMUA, NULL,
     KN(d.uraian), 16, KOLOM_TANPA, "nomor atau sebutan di depannya",
     "nama sasaran / nama indikator"},
    IND("formulasi", KOLOM_TEKS, d.formulasi,
        "rumus perhitungan indikator (Lampiran 4)"),
    IND("satuan", KOLOM_TEKS_FORMAT, d.satuan,
        "ditampilkan di belakang angka: `%` → `95,45%`, `Inovasi` → "
        "`19 Inovasi`; kosongkan bila laporan tidak menampilkannya"),
    {"target", KOLOM_ANGKA, false, TINGKAT_BIT(KN_INDIKATOR),
     TINGKAT_BIT(KN_INDIKATOR), NULL, KN(d.target), 0, KOLOM_TANPA, NULL,
     "angka; desimal yang ditulis (`85,20`) dipertahankan di "
     "tampilan"},
    IND("predikat", KOLOM_TEKS_FORMAT, d.predikat,
        "predikat target: `A` → `86 (A)`"),
    IND("target_murni", KOLOM_ANGKA, d.target_murni,
        "target PK murni bila berbeda dari target perubahan"),
    IND("realisasi", KOLOM_ANGKA, d.realisasi, "kosong = belum dilaporkan"),
    IND("predikat_realisasi", KOLOM_TEKS_FORMAT, d.predikat_realisasi,
        "teks di belakang realisasi (jarang perlu: lihat `skala`)"),
    IND("arah", KOLOM_ARAH, d.arah,
        "`NAIK` (bawaan, rumus 1: makin tinggi makin baik) atau "
        "`TURUN` (rumus 2)"),
    IND("skala", KOLOM_SKALA, d.skala,
        "skala predikat realisasi, dihitung dengan KATEGORI: `SPBE`, "
        "`PEMDI`, `SAKIP`, `IP_ASN`, `TINGKAT`, `BERHASIL`, ..."),
    IND("rekap", KOLOM_REKAP, rekap,
        "indikator dipantau per triwulan: `JUMLAH` (realisasi tahunan "
        "= jumlah triwulan yang terisi; untuk hitungan seperti "
        "dokumen, inovasi) atau `AKHIR` (= triwulan terakhir yang "
        "terisi; untuk indeks, nilai, persentase)"),
    IND("tw1", KOLOM_ANGKA, d.tw[0], ARTI_TW),
    IND("tw2", KOLOM_ANGKA, d.tw[1], ARTI_TW),
    IND("tw3", KOLOM_ANGKA, d.tw[2], ARTI_TW),
    IND("tw4", KOLOM_ANGKA, d.tw[3], ARTI_TW),
    IND("target_tw1", KOLOM_ANGKA, d.target_tw[0], ARTI_TARGET_TW),
    IND("target_tw2", KOLOM_ANGKA, d.target_tw[1], ARTI_TARGET_TW),
    IND("target_tw3", KOLOM_ANGKA, d.target_tw[2], ARTI_TARGET_TW),
    IND("target_tw4", KOLOM_ANGKA, d.target_tw[3], ARTI_TARGET_TW),
    CATATAN};

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
     AG(tingkat), 0, KOLOM_TANPA, NULL,
     "`program`, `kegiatan` atau `sub kegiatan`"},
    WAJIB("kode", KOLOM_TEKS, AG(s.kode),
          "kode nomenklatur, mis. `2.16.01`, `2.16.01.2.01`, "
          "`2.16.01.2.01.0001`"),
    {"induk", KOLOM_KODE, false, BUKAN_PROGRAM, BUKAN_PROGRAM,
     "program tidak mempunyai induk; sasaran yang dilayaninya ditulis di "
     "kolom sasaran",
     AG(induk), 0, KOLOM_TANPA, NULL,
     "kode program (untuk kegiatan) / kegiatan (untuk sub kegiatan)"},
    {"sasaran", KOLOM_KODE, false, 0, TINGKAT_BIT(0),
     "kolom sasaran hanya untuk baris program (kegiatan dan sub kegiatan "
     "mengikuti programnya)",
     AG(sasaran), 0, KOLOM_TANPA, NULL,
     "program saja: kode sasaran (atau kinerja lainnya) yang "
     "dilayaninya"},
    /* the RKT shows "kode uraian" in one cell */
    {"uraian", KOLOM_TEKS, true, TINGKAT_SEMUA, TINGKAT_SEMUA, NULL,
     AG(s.uraian), 0, 1, "kodenya dan satu spasi", "nama"},
    BEBAS("pagu_murni", KOLOM_RUPIAH, AG(s.pagu_murni),
          "pagu APBD murni (untuk PK murni); cukup di baris program bila "
          "rinciannya tidak ada"),
    /* required where the row has no children: a step after the loop */
    {"pagu", KOLOM_RUPIAH, true, 0, TINGKAT_SEMUA, NULL, AG(s.pagu), 0,
     KOLOM_TANPA, NULL,
     "pagu (perubahan bila APBD diubah), rupiah bulat; wajib di "
     "baris paling rinci (baris tanpa rincian)"},
    BEBAS("realisasi", KOLOM_RUPIAH, AG(s.realisasi),
          "rupiah bulat; kosong = belum dilaporkan"),
    /* a signed PK is a legal document: its order is kept */
    {"urutan_pk", KOLOM_ANGKA, false, 0, TINGKAT_BIT(0),
     "urutan_pk hanya untuk baris program", AG(s.urutan_pk), 0, KOLOM_TANPA,
     NULL,
     "program saja: nomor urutnya di Perjanjian Kinerja yang "
     "ditandatangani (1, 2, ...) bila berbeda dari urutan berkas; program "
     "tanpa nomor di belakangnya, menurut urutan berkas"},
    CATATAN};

/* ---- renstra.csv, pembanding.csv --------------------------------------------
 */

static const kolom_rencana kolom_renstra[] = {
    WAJIB("indikator", KOLOM_KODE, RS(indikator), ARTI_KODE_INDIKATOR),
    WAJIB("tahun", KOLOM_TAHUN, RS(e.tahun), "`2021`"),
    BEBAS("target", KOLOM_ANGKA, RS(e.target), ARTI_RS_TARGET),
    BEBAS("predikat", KOLOM_TEKS_FORMAT, RS(e.predikat), ARTI_RS_TARGET),
    BEBAS("realisasi", KOLOM_ANGKA, RS(e.realisasi), ARTI_RS_REALISASI),
    BEBAS("predikat_realisasi", KOLOM_TEKS_FORMAT, RS(e.predikat_realisasi),
          ARTI_RS_REALISASI),
    BEBAS("realisasi_dilaporkan", KOLOM_ANGKA, RS(e.realisasi_dilaporkan),
          "realisasi seperti tercetak di sebuah tabel laporan bila "
          "berbeda dari `realisasi` (yang dipakai); perbedaannya "
          "ditandai di lembar Pemeriksaan. Untuk tahun rencana, "
          "pembandingnya realisasi di `kinerja.csv`"),
    /* Tabel 3.2 lists the years of indicators the Renstra used earlier and
     * the plan's year no longer has: they are named here, not in
     * kinerja.csv, so that no PK, RKT or Pengukuran shows them */
    BEBAS("uraian", KOLOM_TEKS, RS(e.uraian), ARTI_RS_LAMA),
    BEBAS("sasaran", KOLOM_TEKS, RS(e.sasaran), ARTI_RS_LAMA),
    BEBAS("satuan", KOLOM_TEKS_FORMAT, RS(e.satuan), ARTI_RS_LAMA), CATATAN};

static const kolom_rencana kolom_pembanding[] = {
    WAJIB("indikator", KOLOM_KODE, PB(indikator), ARTI_KODE_INDIKATOR),
    WAJIB("pemda", KOLOM_TEKS, PB(e.pemda),
          "nama pemda atau kementerian, unik per indikator"),
    /* empty: not published yet, a cell to fill in */
    BEBAS("realisasi", KOLOM_ANGKA, PB(e.realisasi),
          "realisasinya; kosong: belum terbit, diisi kemudian (sel "
          "kuning)"),
    BEBAS("keterangan", KOLOM_TEKS, PB(e.keterangan),
          "teks kolom Keterangan; keterangan baris daerah sendiri: baris "
          "dengan `pemda` = `kabupaten` di `identitas.csv` dan `realisasi` "
          "kosong (realisasinya dari rencana)"),
    CATATAN};

_Static_assert(JUMLAH(kolom_identitas) <= KOLOM_MAKS &&
                   JUMLAH(kolom_kinerja) <= KOLOM_MAKS &&
                   JUMLAH(kolom_anggaran) <= KOLOM_MAKS,
               "a file declares more columns than the reader maps");

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
