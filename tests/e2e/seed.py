"""The computed figures of the seed report, as printed.

Source: the LKjIP 2024 of Diskominfo Kabupaten Mojokerto, the example report
(docs/laporan-contoh.md).  Figures are kept in the report's own notation
("110,93", "4.706.741.900") so each row can be found in the report by eye;
spec.dec() reads them.

`truncated=True` marks a printed figure that is the exact value cut (not
rounded) to two decimals: eight computations, Tabel 3.2 101,56 / 93,48 /
99,06 / 100,81, Lampiran 4 100,83, Tabel 3.3 98,49 / 91,56 / 90,47.  Lampiran
4 also repeats Tabel 3.2's 99,06 (SAKIP 86 -> 85,20, the same computation):
nine truncated rows (docs/laporan-contoh.md lists them).  For those rows the tests assert the exact
arithmetic rounded half up (what Calc's ROUND shows) and check that the seed
figure is the truncation of that same value.
"""

from collections import namedtuple

Capaian = namedtuple("Capaian", "table indicator year target realisasi printed truncated label scale")
Serapan = namedtuple("Serapan", "table level name pagu realisasi printed")


def cap(table, indicator, year, target, realisasi, printed, truncated=False,
        label=None, scale=None):
    return Capaian(table, indicator, year, target, realisasi, printed, truncated,
                   label, scale)


# Tabel 3.1 and Tabel 3.2 (2021-2024): target, realisasi, tingkat capaian.
# All use rumus 1 (higher is better; the report applies rumus 1 throughout).
CAPAIAN = [
    cap("3.1", "Indeks SPBE", 2024, "3,75", "4,16", "110,93",
        label="Sangat Berhasil", scale="BERHASIL"),
    cap("3.2", "IKM Pelayanan Kominfo", 2021, "95", "96,49", "101,56",
        truncated=True),  # exact 101.5684... ; the seed cuts it to 101,56
    cap("3.2", "Persentase Penyelenggaraan SPBE", 2022, "81", "103", "127,16"),
    cap("3.2", "Persentase Penyelenggaraan SPBE", 2023, "100", "100,96", "100,96"),
    cap("3.2", "Indeks SPBE", 2021, "2,60", "2,71", "104,23"),
    cap("3.2", "Indeks SPBE", 2022, "2,60", "2,73", "105"),
    cap("3.2", "Indeks SPBE", 2023, "2,70", "3,52", "130,37"),
    cap("3.2", "Indeks SPBE", 2024, "3,75", "4,16", "110,93"),
    cap("3.2", "Nilai SAKIP", 2021, "76", "80,40", "105,79"),
    cap("3.2", "Nilai SAKIP", 2022, "80,92", "85,51", "105,67"),
    cap("3.2", "Nilai SAKIP", 2023, "85,6", "85,20", "99,53"),
    cap("3.2", "Nilai SAKIP", 2024, "86", "85,20", "99,06",
        truncated=True),  # exact 99.0697... ; the seed cuts it to 99,06
    cap("3.2", "Persentase Realisasi Anggaran", 2021, "90", "91,37", "101,52"),
    cap("3.2", "Persentase Realisasi Anggaran", 2022, "90", "84,14", "93,48",
        truncated=True),  # exact 93.4888... ; the seed cuts it to 93,48
    cap("3.2", "Persentase Realisasi Anggaran", 2023, "92", "96,71", "105,12"),
    cap("3.2", "Persentase Realisasi Anggaran", 2024, "95,45", "96,23", "100,81",
        truncated=True),  # exact 100.8171... ; the seed cuts it to 100,81
    cap("3.2", "Indeks Profesionalitas ASN", 2021, "76", "82,90", "109,08"),
    cap("3.2", "Indeks Profesionalitas ASN", 2022, "80", "81,61", "102,01"),
    cap("3.2", "Indeks Profesionalitas ASN", 2023, "89,9", "89,81", "99,90"),
    cap("3.2", "Indeks Profesionalitas ASN", 2024, "90", "84,24", "93,6"),
    cap("3.2", "Jumlah Inovasi", 2022, "2", "9", "450"),
    cap("3.2", "Jumlah Inovasi", 2023, "14", "16", "114,29"),
    cap("3.2", "Jumlah Inovasi", 2024, "19", "19", "100"),
    # Tabel 3.3: realisasi 2024 against the Renstra's final target.
    cap("3.3", "Indeks SPBE (akhir Renstra)", 2024, "4", "4,16", "104"),
    cap("3.3", "Nilai SAKIP (akhir Renstra)", 2024, "86,5", "85,20", "98,49",
        truncated=True),  # exact 98.4971... ; the seed cuts it to 98,49
    cap("3.3", "Persentase Realisasi Anggaran (akhir Renstra)", 2024, "95,80", "96,25",
        "100,47"),
    cap("3.3", "Indeks Profesionalitas ASN (akhir Renstra)", 2024, "92", "84,24", "91,56",
        truncated=True),  # exact 91.5652... ; the seed cuts it to 91,56
    cap("3.3", "Jumlah Inovasi (akhir Renstra)", 2024, "21", "19", "90,47",
        truncated=True),  # exact 90.4761... ; the seed cuts it to 90,47
    # Tabel 3.7 (kinerja) and Lampiran 4 (Pengukuran Kinerja).
    cap("3.7", "Indeks SPBE", 2024, "3,75", "4,16", "110,93"),
    cap("L4", "Indeks SPBE", 2024, "3,75", "4,16", "110,93"),
    cap("L4", "Nilai SAKIP", 2024, "86", "85,20", "99,06",
        truncated=True),  # same computation as Tabel 3.2's truncated 99,06
    cap("L4", "Persentase Realisasi Anggaran", 2024, "95,45", "96,25", "100,83",
        truncated=True),  # exact 100.8381... ; the seed cuts it to 100,83
    cap("L4", "Indeks Profesionalitas ASN", 2024, "90", "84,24", "93,60"),
    cap("L4", "Jumlah Inovasi", 2024, "19", "19", "100,00"),
]

# Category labels the seed prints next to a value: (table, value, scale, label).
LABELS = [
    ("3.1/IV.A", "110,93", "BERHASIL", "Sangat Berhasil"),     # capaian kinerja
    ("3.5 text", "96,25", "TINGKAT", "Sangat Tinggi"),         # realisasi anggaran
    ("3.4", "4,16", "SPBE", "Sangat Baik"),                    # Indeks SPBE 2024
    ("3.8", "1,15", "EFISIENSI", "Efisien"),
    ("3.2", "76", "SAKIP", "BB"),                              # 2021 target "76 (BB)"
    ("3.2", "80,40", "SAKIP", "A"),
    ("3.2", "80,92", "SAKIP", "A"),
    ("3.2", "85,51", "SAKIP", "A"),
    ("3.2", "85,6", "SAKIP", "A"),
    ("3.2", "85,20", "SAKIP", "A"),
    ("3.2", "86", "SAKIP", "A"),
    ("3.3", "86,5", "SAKIP", "A"),
    ("3.2", "90", "IP_ASN", "Tinggi"),                         # "90 (Tinggi)"
    ("L4", "84,24", "IP_ASN", "Tinggi"),                       # "84,24 (Tinggi)"
]

# Tabel 3.5: every row (dinas, program, kegiatan, sub kegiatan), then the
# Lampiran 4 program rows and the Tabel 3.7 total.
SERAPAN = [
    Serapan("3.5", "dinas", "Dinas Komunikasi dan Informatika", "19.133.884.991", "18.416.966.117", "96,25"),
    Serapan("3.5", "program", "A Penunjang Urusan Pemerintahan Daerah", "4.706.741.900", "4.080.018.663", "86,68"),
    Serapan("3.5", "kegiatan", "A1 Perencanaan, Penganggaran dan Evaluasi Kinerja", "12.000.000", "11.900.000", "99,17"),
    Serapan("3.5", "sub", "A1.1 Penyusunan Dokumen Perencanaan", "6.000.000", "5.950.000", "99,17"),
    Serapan("3.5", "sub", "A1.2 Evaluasi Kinerja Perangkat Daerah", "6.000.000", "5.950.000", "99,17"),
    Serapan("3.5", "kegiatan", "A2 Administrasi Keuangan Perangkat Daerah", "4.303.507.000", "3.743.038.658", "86,98"),
    Serapan("3.5", "sub", "A2.1 Penyediaan Gaji dan Tunjangan ASN", "4.303.507.000", "3.743.038.658", "86,98"),
    Serapan("3.5", "kegiatan", "A3 Administrasi Umum Perangkat Daerah", "96.600.000", "81.487.214", "84,36"),
    Serapan("3.5", "sub", "A3.1 Penyediaan Bahan Logistik Kantor", "17.600.000", "16.705.000", "94,91"),
    Serapan("3.5", "sub", "A3.2 Penyediaan Barang Cetakan dan Penggandaan", "20.000.000", "15.300.370", "76,50"),
    Serapan("3.5", "sub", "A3.3 Penyediaan Bahan/Material", "25.000.000", "20.760.750", "83,04"),
    Serapan("3.5", "sub", "A3.4 Fasilitasi Kunjungan Tamu", "4.000.000", "905.000", "22,63"),
    Serapan("3.5", "sub", "A3.5 Rapat Koordinasi dan Konsultasi SKPD", "30.000.000", "29.877.116", "99,59"),
    Serapan("3.5", "kegiatan", "A4 Penyediaan Jasa Penunjang Urusan Pemerintahan", "142.000.000", "111.336.122", "78,41"),
    Serapan("3.5", "sub", "A4.1 Jasa Komunikasi, Sumber Daya Air dan Listrik", "100.000.000", "69.336.122", "69,34"),
    Serapan("3.5", "sub", "A4.2 Jasa Pelayanan Umum Kantor", "42.000.000", "42.000.000", "100,00"),
    Serapan("3.5", "kegiatan", "A5 Pemeliharaan Barang Milik Daerah", "152.634.900", "132.256.669", "86,65"),
    Serapan("3.5", "sub", "A5.1 Pemeliharaan Kendaraan Dinas", "85.000.000", "71.720.220", "84,38"),
    Serapan("3.5", "sub", "A5.2 Pemeliharaan Gedung Kantor", "46.034.900", "44.181.500", "95,97"),
    Serapan("3.5", "sub", "A5.3 Pemeliharaan Sarana Prasarana Gedung", "21.600.000", "19.194.949", "88,87"),
    Serapan("3.5", "program", "B Informasi dan Komunikasi Publik", "6.894.237.591", "6.826.128.330", "99,01"),
    Serapan("3.5", "kegiatan", "B1 Pengelolaan Informasi dan Komunikasi Publik", "6.894.237.591", "6.826.128.330", "99,01"),
    Serapan("3.5", "sub", "B1.1 Monitoring Opini dan Aspirasi Publik", "985.538.000", "969.642.740", "98,39"),
    Serapan("3.5", "sub", "B1.2 Pengelolaan Media Komunikasi Publik", "1.171.369.191", "1.140.113.040", "97,33"),
    Serapan("3.5", "sub", "B1.3 Pelayanan Informasi Publik", "490.383.800", "485.835.670", "99,07"),
    Serapan("3.5", "sub", "B1.4 Layanan Hubungan Media", "4.246.946.600", "4.230.536.880", "99,61"),
    Serapan("3.5", "program", "C Aplikasi Informatika", "7.284.905.500", "7.263.616.680", "99,71"),
    Serapan("3.5", "kegiatan", "C1 Pengelolaan Nama Domain dan Sub Domain", "6.293.827.000", "6.285.552.840", "99,87"),
    Serapan("3.5", "sub", "C1.1 Penyelenggaraan Sistem Jaringan Intra Pemda", "6.293.827.000", "6.285.552.840", "99,87"),
    Serapan("3.5", "kegiatan", "C2 Pengelolaan e-Government", "991.078.500", "978.063.840", "98,69"),
    Serapan("3.5", "sub", "C2.1 Penatalaksanaan dan Pengawasan e-Government", "115.678.500", "113.163.840", "97,83"),
    Serapan("3.5", "sub", "C2.2 Pengembangan Sumber Daya TIK Pemda", "875.400.000", "864.900.000", "98,80"),
    Serapan("3.5", "program", "D Penyelenggaraan Statistik Sektoral", "200.000.000", "195.486.344", "97,74"),
    Serapan("3.5", "kegiatan", "D1 Statistik Sektoral Lingkup Daerah", "200.000.000", "195.486.344", "97,74"),
    Serapan("3.5", "sub", "D1.1 Koordinasi dan Sinkronisasi Data Statistik", "200.000.000", "195.486.344", "97,74"),
    Serapan("3.5", "program", "E Penyelenggaraan Persandian", "48.000.000", "46.815.078", "97,53"),
    Serapan("3.5", "kegiatan", "E1 Persandian untuk Pengamanan Informasi", "48.000.000", "46.815.078", "97,53"),
    Serapan("3.5", "sub", "E1.1 Pelaksanaan Keamanan Informasi", "48.000.000", "46.815.078", "97,53"),
    Serapan("3.7", "total", "Anggaran Diskominfo 2024", "19.133.884.991", "18.416.966.117", "96,25"),
    Serapan("L4", "program", "Penunjang Urusan Pemerintahan Daerah", "4.706.741.900", "4.084.919.685", "86,79"),
    Serapan("L4", "program", "Pengelolaan Informasi dan Komunikasi Publik", "6.894.237.591", "6.826.128.330", "99,01"),
    Serapan("L4", "program", "Pengelolaan Aplikasi Informatika", "7.284.905.500", "7.263.616.680", "99,71"),
    Serapan("L4", "program", "Penyelenggaraan Statistik Sektoral", "200.000.000", "195.486.344", "97,74"),
    Serapan("L4", "program", "Penyelenggaraan Persandian", "48.000.000", "46.815.078", "97,53"),
]

# Tabel 3.8: efisiensi = % capaian kinerja / % capaian anggaran.
EFISIENSI = ("3.8", "110,93", "96,25", "1,15", "Efisien")

# Tabel 3.2's 2024 column with the budget, the small sheet of the file-based
# smoke test and of the demo: (indicator, target, realisasi).
TABEL_3_2_2024 = [
    ("Indeks SPBE", "3,75", "4,16"),
    ("Nilai SAKIP Perangkat Daerah", "86", "85,20"),
    ("Persentase Realisasi Anggaran", "95,45", "96,23"),
    ("Indeks Profesionalitas ASN", "90", "84,24"),
    ("Jumlah Inovasi", "19", "19"),
]
ANGGARAN_2024 = ("19.133.884.991", "18.416.966.117")   # Tabel 3.5 / 3.7

# Tabel 2.4 (PK murni) and Lampiran 3 (PK perubahan): the programs in the
# signed documents' order, which puts Persandian (4) before Statistik (5)
# where Tabel 3.5 and Lampiran 4 list Statistik first: (name, murni,
# perubahan).
PK_PROGRAM = [
    ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "4.531.065.000",
     "4.706.741.900"),
    ("Program Pengelolaan Informasi dan Komunikasi Publik", "4.410.744.500", "6.894.237.591"),
    ("Program Pengelolaan Aplikasi Informatika", "7.219.227.000", "7.284.905.500"),
    ("Program Penyelenggaraan Persandian untuk Pengamanan Informasi", "50.000.000",
     "48.000.000"),
    ("Program Penyelenggaraan Statistik Sektoral", "200.000.000", "200.000.000"),
]

# Tabel 3.4, row 1 (Kabupaten Mojokerto): its Keterangan (the report's
# "2021- 2026" written without the stray space).
TABEL_3_4_KETERANGAN = (
    "Berdasarkan Keputusan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
    "Birokrasi Nomor 663 Tahun 2024, realisasi Indeks SPBE Kabupaten Mojokerto pada "
    "Tahun 2024 mencapai nilai 4,16 dengan predikat Sangat Baik. Realisasi pada Tahun "
    "2024 ini telah melampaui target akhir periode Renstra Diskominfo Tahun 2021-2026.")

# Tabel 3.2's realisasi as printed with a predikat ("80,40 (A)"): SAKIP in
# every year, 2024 included.
TABEL_3_2_PREDIKAT = [("Nilai SAKIP", 2021, "80,40 (A)"), ("Nilai SAKIP", 2022, "85,51 (A)"),
                      ("Nilai SAKIP", 2023, "85,20 (A)"), ("Nilai SAKIP", 2024, "85,20 (A)")]
