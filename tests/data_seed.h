/*
 * data_seed.h - the example report's budget tree (Tabel 3.5 of the LKjIP
 * 2024 of Diskominfo Kabupaten Mojokerto, docs/laporan-contoh.md),
 * transcribed row by row
 * with its printed figures, for test_seed.c (serapan of every row) and
 * test_rupiah.c (every total against its parts, to the rupiah).
 */
#ifndef KINERJA_DATA_SEED_H
#define KINERJA_DATA_SEED_H

#include <stdint.h>

typedef enum seed_tingkat {
    TINGKAT_ORGANISASI = 0, /* I   DINAS KOMUNIKASI DAN INFORMATIKA */
    TINGKAT_PROGRAM = 1,    /* A..E */
    TINGKAT_KEGIATAN = 2,   /* 1, 2, ... under a program */
    TINGKAT_SUB = 3         /* 1, 2, ... under a kegiatan */
} seed_tingkat;

typedef struct seed_anggaran {
    const char *nama; /* "Tabel 3.5 <number> <label>" */
    seed_tingkat tingkat;
    int64_t pagu;      /* Anggaran (Rp) as printed */
    int64_t realisasi; /* Realisasi (Rp) as printed */
    double persen;     /* % as printed */
    /* Printed realisasi minus the sum of the printed realisasi of the rows
     * one level below (0 for a sub kegiatan): the report's five
     * inconsistencies (docs/laporan-contoh.md).  Every pagu agrees with its
     * parts. */
    int64_t selisih_realisasi;
} seed_anggaran;

static const seed_anggaran seed_tabel_3_5[] = {
    {"Tabel 3.5 I DINAS KOMUNIKASI DAN INFORMATIKA (total)", TINGKAT_ORGANISASI,
     19133884991, 18416966117, 96.25,
     /* the five programs sum to 18.412.065.095 */ 4901022},
    {"Tabel 3.5 A PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
     TINGKAT_PROGRAM, 4706741900, 4080018663, 86.68, 0},
    {"Tabel 3.5 A.1 Perencanaan, Penganggaran dan Evaluasi Kinerja PD",
     TINGKAT_KEGIATAN, 12000000, 11900000, 99.17, 0},
    {"Tabel 3.5 A.1.1 Penyusunan Dokumen Perencanaan PD", TINGKAT_SUB, 6000000,
     5950000, 99.17, 0},
    {"Tabel 3.5 A.1.2 Evaluasi Kinerja PD", TINGKAT_SUB, 6000000, 5950000,
     99.17, 0},
    {"Tabel 3.5 A.2 Administrasi Keuangan PD", TINGKAT_KEGIATAN, 4303507000,
     3743038658, 86.98, 0},
    {"Tabel 3.5 A.2.1 Penyediaan Gaji dan Tunjangan ASN", TINGKAT_SUB,
     4303507000, 3743038658, 86.98, 0},
    {"Tabel 3.5 A.3 Administrasi Umum PD", TINGKAT_KEGIATAN, 96600000, 81487214,
     84.36,
     /* its sub kegiatan sum to 83.548.236 */ -2061022},
    {"Tabel 3.5 A.3.1 Penyediaan Bahan Logistik Kantor", TINGKAT_SUB, 17600000,
     16705000, 94.91, 0},
    {"Tabel 3.5 A.3.2 Penyediaan Barang Cetakan dan Penggandaan", TINGKAT_SUB,
     20000000, 15300370, 76.50, 0},
    {"Tabel 3.5 A.3.3 Penyediaan Bahan/Material", TINGKAT_SUB, 25000000,
     20760750, 83.04, 0},
    {"Tabel 3.5 A.3.4 Fasilitasi Kunjungan Tamu", TINGKAT_SUB, 4000000, 905000,
     /* 22.625 exactly: half up */ 22.63, 0},
    {"Tabel 3.5 A.3.5 Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
     TINGKAT_SUB, 30000000, 29877116, 99.59, 0},
    {"Tabel 3.5 A.4 Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
     TINGKAT_KEGIATAN, 142000000, 111336122, 78.41, 0},
    {"Tabel 3.5 A.4.1 Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
     TINGKAT_SUB, 100000000, 69336122, 69.34, 0},
    {"Tabel 3.5 A.4.2 Penyediaan Jasa Pelayanan Umum Kantor", TINGKAT_SUB,
     42000000, 42000000, 100.00, 0},
    {"Tabel 3.5 A.5 Pemeliharaan Barang Milik Daerah Penunjang Urusan",
     TINGKAT_KEGIATAN, 152634900, 132256669, 86.65,
     /* its sub kegiatan sum to 135.096.669 */ -2840000},
    {"Tabel 3.5 A.5.1 Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas",
     TINGKAT_SUB, 85000000, 71720220, 84.38, 0},
    {"Tabel 3.5 A.5.2 Pemeliharaan Rehabilitasi Gedung Kantor", TINGKAT_SUB,
     46034900, 44181500, 95.97, 0},
    {"Tabel 3.5 A.5.3 Pemeliharaan Rehabilitasi Sarana dan Prasarana Gedung",
     TINGKAT_SUB, 21600000, 19194949, 88.87, 0},
    {"Tabel 3.5 B PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", TINGKAT_PROGRAM,
     6894237591, 6826128330, 99.01, 0},
    {"Tabel 3.5 B.1 Pengelolaan Informasi dan Komunikasi Publik Pemda",
     TINGKAT_KEGIATAN, 6894237591, 6826128330, 99.01, 0},
    {"Tabel 3.5 B.1.1 Monitoring Opini dan Aspirasi Publik", TINGKAT_SUB,
     985538000, 969642740, 98.39, 0},
    {"Tabel 3.5 B.1.2 Pengelolaan Media Komunikasi Publik", TINGKAT_SUB,
     1171369191, 1140113040, 97.33, 0},
    {"Tabel 3.5 B.1.3 Pelayanan Informasi Publik", TINGKAT_SUB, 490383800,
     485835670, 99.07, 0},
    {"Tabel 3.5 B.1.4 Layanan Hubungan Media", TINGKAT_SUB, 4246946600,
     4230536880, 99.61, 0},
    {"Tabel 3.5 C PROGRAM APLIKASI INFORMATIKA", TINGKAT_PROGRAM, 7284905500,
     7263616680, 99.71, 0},
    {"Tabel 3.5 C.1 Pengelolaan Nama Domain dan Sub Domain", TINGKAT_KEGIATAN,
     6293827000, 6285552840, 99.87, 0},
    {"Tabel 3.5 C.1.1 Penyelenggaraan Sistem Jaringan Intra Pemda", TINGKAT_SUB,
     6293827000, 6285552840, 99.87, 0},
    {"Tabel 3.5 C.2 Pengelolaan e-government", TINGKAT_KEGIATAN, 991078500,
     978063840, 98.69, 0},
    {"Tabel 3.5 C.2.1 Penatalaksanaan dan Pengawasan e-government", TINGKAT_SUB,
     115678500, 113163840, 97.83, 0},
    {"Tabel 3.5 C.2.2 Pengembangan dan Pengelolaan Sumber Daya TIK",
     TINGKAT_SUB, 875400000, 864900000, 98.80, 0},
    {"Tabel 3.5 D PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL", TINGKAT_PROGRAM,
     200000000, 195486344, 97.74, 0},
    {"Tabel 3.5 D.1 Penyelenggaraan Statistik Sektoral", TINGKAT_KEGIATAN,
     200000000, 195486344, 97.74, 0},
    {"Tabel 3.5 D.1.1 Koordinasi dan Sinkronisasi Data Statistik Sektoral",
     TINGKAT_SUB, 200000000, 195486344, 97.74, 0},
    {"Tabel 3.5 E PROGRAM PENYELENGGARAAN PERSANDIAN", TINGKAT_PROGRAM,
     48000000, 46815078, 97.53, 0},
    {"Tabel 3.5 E.1 Penyelenggaraan Persandian untuk Pengamanan Informasi",
     TINGKAT_KEGIATAN, 48000000, 46815078, 97.53, 0},
    {"Tabel 3.5 E.1.1 Pelaksanaan Keamanan Informasi Pemda", TINGKAT_SUB,
     48000000, 46815078, 97.53, 0},
};

#define SEED_TABEL_3_5_JUMLAH (sizeof seed_tabel_3_5 / sizeof seed_tabel_3_5[0])

/* Other printed rupiah figures of the seed. */
#define SEED_PAGU_TOTAL                                                        \
    INT64_C(19133884991) /* Tabel 3.5, 3.7, Ikhtisar, Lampiran 3 */
#define SEED_REALISASI_TOTAL                                                   \
    INT64_C(18416966117) /* Tabel 3.5, 3.7, text below 3.5 */
#define SEED_REALISASI_IKHTISAR                                                \
    INT64_C(18416966177) /* Ikhtisar Eksekutif: 60 more */
#define SEED_PROGRAM_A_LAMPIRAN_4                                              \
    INT64_C(4084919685) /* Lampiran 4: sum of A's sub kegiatan */
#define SEED_BELANJA_OPERASI_PAGU INT64_C(18915075391)
#define SEED_BELANJA_MODAL_PAGU INT64_C(218809600)
#define SEED_BELANJA_OPERASI_REALISASI INT64_C(18202763277)
#define SEED_BELANJA_MODAL_REALISASI INT64_C(214202840)

#endif
