"""A plan of another shape than the built-in example, for the tests that
must not hold only for the example's one sasaran: an invented Dinas
Kesehatan at the start of the year, with three tujuan each with its
sasaran, six programs (kode in the Kepmendagri 050/5889 pattern: urusan
kesehatan 1.02 and pengendalian penduduk dan KB 2.14), indicators where
lower is better (arah TURUN, rumus 2: angka kematian, prevalensi
stunting, kasus DBD), indicators monitored per quarter of both kinds
(rekap AKHIR for a rate, JUMLAH for a count), quarterly targets filled
as the rencana aksi, and no realisasi anywhere: every realisasi, quarter
and realisasi anggaran is blank.

Every row is written by column name from the example's headers (plus the
quarter columns), so a reordered or widened header stays correct.
"""

import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import rencana_csv  # noqa: E402

INSTANSI = "Dinas Kesehatan"
KABUPATEN = "Kabupaten Sendangsari"
TRIWULAN = ["rekap", "tw1", "tw2", "tw3", "tw4",
            "target_tw1", "target_tw2", "target_tw3", "target_tw4"]

# (tingkat, kode, induk, uraian, satuan, target, arah, skala, rekap,
#  quarterly targets): tujuan, sasaran and their indicators
KINERJA = [
    ("tujuan", "T1", "", "Meningkatnya derajat kesehatan masyarakat",
     "", "", "", "", "", ()),
    ("indikator", "T1.1", "T1", "Usia Harapan Hidup", "Tahun", "73,40",
     "NAIK", "", "", ()),
    ("sasaran", "S1", "T1", "Menurunnya angka kematian ibu dan bayi",
     "", "", "", "", "", ()),
    ("indikator", "S1.1", "S1", "Angka Kematian Ibu per 100.000 Kelahiran Hidup",
     "", "85", "TURUN", "", "", ()),
    ("indikator", "S1.2", "S1", "Angka Kematian Bayi per 1.000 Kelahiran Hidup",
     "", "9,5", "TURUN", "", "", ()),
    ("tujuan", "T2", "", "Meningkatnya status gizi dan kesehatan lingkungan",
     "", "", "", "", "", ()),
    ("sasaran", "S2", "T2", "Menurunnya prevalensi stunting pada balita",
     "", "", "", "", "", ()),
    ("indikator", "S2.1", "S2", "Prevalensi Stunting pada Balita", "%", "14",
     "TURUN", "", "AKHIR", ("16,5", "15,8", "15", "14")),
    ("indikator", "S2.2", "S2",
     "Jumlah Desa yang Melaksanakan Sanitasi Total Berbasis Masyarakat",
     "Desa", "40", "NAIK", "", "JUMLAH", ("8", "12", "12", "8")),
    ("tujuan", "T3", "", "Meningkatnya mutu pelayanan kesehatan",
     "", "", "", "", "", ()),
    ("sasaran", "S3", "T3", "Meningkatnya mutu dan akses fasilitas pelayanan kesehatan",
     "", "", "", "", "", ()),
    ("indikator", "S3.1", "S3", "Persentase Puskesmas Terakreditasi Paripurna",
     "%", "60", "NAIK", "", "AKHIR", ("", "40", "", "60")),
    ("indikator", "S3.2", "S3", "Jumlah Kasus Demam Berdarah Dengue", "Kasus",
     "120", "TURUN", "", "JUMLAH", ("45", "35", "20", "20")),
    ("lainnya", "L1", "", "Meningkatnya akuntabilitas kinerja perangkat daerah",
     "", "", "", "", "", ()),
    ("indikator", "L1.1", "L1", "Nilai SAKIP Perangkat Daerah", "", "78",
     "NAIK", "SAKIP", "", ()),
    ("indikator", "1.02.02/1", "1.02.02",
     "Persentase Ibu Hamil yang Mendapat Pelayanan Kesehatan Sesuai Standar",
     "%", "100", "", "", "", ()),
    ("indikator", "1.02.02.2.02/1", "1.02.02.2.02",
     "Persentase Balita Gizi Buruk yang Mendapat Perawatan", "%", "100", "",
     "", "", ()),
    ("indikator", "1.02.05/1", "1.02.05", "Persentase Desa Siaga Aktif", "%",
     "75", "", "", "", ()),
    ("indikator", "2.14.02/1", "2.14.02", "Angka Kelahiran Total", "", "2,1",
     "TURUN", "", "", ()),
]

# Programs: (kode, sasaran served, uraian, pagu murni, kegiatan), a
# kegiatan (kode after the program's, uraian, sub kegiatan), a sub
# kegiatan (kode after the kegiatan's, uraian, pagu).  Program Penunjang
# serves the kinerja lainnya, as many PKs put it.
PROGRAM = [
    ("1.02.01", "L1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
     "21.500.000.000", [
         ("2.02", "Administrasi Keuangan Perangkat Daerah", [
             ("0001", "Penyediaan Gaji dan Tunjangan ASN", "20.150.000.000")]),
         ("2.06", "Administrasi Umum Perangkat Daerah", [
             ("0004", "Penyediaan Bahan Logistik Kantor", "312.500.000"),
             ("0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
              "145.000.000")])]),
    ("1.02.02", "S1",
     "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
     "38.000.000.000", [
         ("2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan "
          "Tingkat Daerah Kabupaten/Kota", [
              ("0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "1.275.000.000"),
              ("0003", "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
               "864.300.000"),
              ("0016", "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
               "2.410.750.000")])]),
    ("1.02.03", "S3", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
     "950.000.000", [
         ("2.02", "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia "
          "Kesehatan", [
              ("0001", "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan",
               "987.600.000")])]),
    ("1.02.04", "S3", "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman",
     "420.000.000", [
         ("2.01", "Pemberian Izin Apotek, Toko Obat, Toko Alat Kesehatan dan "
          "Optikal, Usaha Mikro Obat Tradisional (UMOT)", [
              ("0001", "Pengendalian dan Pengawasan serta Tindak Lanjut "
               "Pengawasan Perizinan Apotek", "418.200.000")])]),
    ("1.02.05", "S2", "Program Pemberdayaan Masyarakat Bidang Kesehatan",
     "650.000.000", [
         ("2.01", "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta "
          "Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota", [
              ("0001", "Peningkatan Upaya Advokasi Kesehatan, Pemberdayaan, "
               "Penggalangan Kemitraan", "388.450.000"),
              ("0002", "Pelaksanaan Sehat dalam rangka Promotif Preventif "
               "Tingkat Daerah", "275.000.000")])]),
    ("2.14.02", "S1", "Program Pembinaan Keluarga Berencana (KB)",
     "1.100.000.000", [
         ("2.02", "Pemberdayaan dan Peningkatan Peran serta Organisasi "
          "Kemasyarakatan Tingkat Daerah Kabupaten/Kota dalam Pelaksanaan "
          "Pelayanan dan Pembinaan Kesertaan Ber-KB", [
              ("0001", "Pengendalian dan Pendistribusian Kebutuhan Alat dan "
               "Obat Kontrasepsi", "1.092.400.000")])]),
]


def anggaran():
    """PROGRAM as anggaran.csv's rows ({column: text}), each level under
    its parent, kode joined in the nomenklatur's pattern."""
    for kode, sasaran, uraian, murni, kegiatan in PROGRAM:
        yield {"tingkat": "program", "kode": kode, "sasaran": sasaran,
               "uraian": uraian, "pagu_murni": murni}
        for akhir, uraian_k, sub in kegiatan:
            kode_k = kode + "." + akhir
            yield {"tingkat": "kegiatan", "kode": kode_k, "induk": kode,
                   "uraian": uraian_k}
            for akhir_s, uraian_s, pagu in sub:
                yield {"tingkat": "sub kegiatan", "kode": kode_k + "." + akhir_s,
                       "induk": kode_k, "uraian": uraian_s, "pagu": pagu}


IDENTITAS = {
    "instansi": INSTANSI,
    "singkatan": "Dinkes",
    "kabupaten": KABUPATEN,
    "tempat": "Sendangsari",
    "tahun": "2024",
    "tanggal_pk": "2 Januari 2024",
    "kepala_nama": "dr. RATNA KUSUMAWARDANI, M.Kes",
    "kepala_jabatan": "KEPALA DINAS KESEHATAN KABUPATEN SENDANGSARI",
    "kepala_pangkat": "Pembina Utama Muda",
    "kepala_nip": "197503142003122005",
    "atasan_nama": "H. SUGENG PRIYANTO, S.H.",
    "atasan_jabatan": "BUPATI SENDANGSARI",
    "keterangan_pk": "APBD 2024",
}

# Perbandingan and Grafik Kinerja: earlier years of the Renstra for two
# indicators, one of them lower-is-better
RENSTRA = [
    {"indikator": "S1.1", "tahun": "2022", "target": "95", "realisasi": "98,6"},
    {"indikator": "S1.1", "tahun": "2023", "target": "90", "realisasi": "88,1"},
    {"indikator": "S1.1", "tahun": "2024", "target": "85"},
    {"indikator": "S1.1", "tahun": "2026", "target": "75"},
    {"indikator": "S2.1", "tahun": "2023", "target": "18", "realisasi": "17,2"},
    {"indikator": "S2.1", "tahun": "2024", "target": "14"},
    {"indikator": "S2.1", "tahun": "2026", "target": "12"},
]

# Perbandingan Daerah: stunting in neighbouring regions (ranked ascending:
# lower is better)
PEMBANDING = [
    ("Provinsi Jawa Tengah", "17,1"),
    ("Kabupaten Wanareja", "15,4"),
    ("Kabupaten Kalirejo", "19,8"),
    ("Kota Sendangsari", "12,9"),
]


def baris_bernama(kepala, isi):
    """One CSV row in the header's order from {column: text}; a column the
    header lacks is a mistake in this file, not a column to drop."""
    asing = set(isi) - set(kepala)
    if asing:
        raise KeyError("kolom tidak dikenal: %s" % sorted(asing))
    return [isi.get(k, "") for k in kepala]


def tulis(program, folder):
    """Writes the plan into `folder`: the example copied
    (kinerja-template --salin-contoh) for its headers, then every file
    replaced by this plan's rows.  Raises if the copy fails."""
    p = subprocess.run([program, "--salin-contoh", folder], capture_output=True,
                       text=True, timeout=120)
    if p.returncode != 0:
        raise RuntimeError("--salin-contoh: exit %d\n%s%s"
                           % (p.returncode, p.stdout, p.stderr))
    kepala = rencana_csv.baca_csv(folder, "identitas.csv")[0]
    rencana_csv.tulis_csv(folder, "identitas.csv", [kepala] + [
        baris_bernama(kepala, {"kunci": k, "nilai": v})
        for k, v in IDENTITAS.items()])

    kepala = rencana_csv.baca_csv(folder, "kinerja.csv")[0]
    kepala += [k for k in TRIWULAN if k not in kepala]
    isi = []
    for tingkat, kode, induk, uraian, satuan, target, arah, skala, rekap, tw \
            in KINERJA:
        kolom = {"tingkat": tingkat, "kode": kode, "induk": induk,
                 "uraian": uraian, "satuan": satuan, "target": target,
                 "arah": arah, "skala": skala, "rekap": rekap}
        kolom.update(("target_tw%d" % (i + 1), t) for i, t in enumerate(tw))
        isi.append(baris_bernama(kepala, kolom))
    rencana_csv.tulis_csv(folder, "kinerja.csv", [kepala] + isi)

    kepala = rencana_csv.baca_csv(folder, "anggaran.csv")[0]
    rencana_csv.tulis_csv(folder, "anggaran.csv", [kepala] + [
        baris_bernama(kepala, b) for b in anggaran()])

    kepala = rencana_csv.baca_csv(folder, "renstra.csv")[0]
    rencana_csv.tulis_csv(folder, "renstra.csv", [kepala] + [
        baris_bernama(kepala, r) for r in RENSTRA])

    kepala = rencana_csv.baca_csv(folder, "pembanding.csv")[0]
    rencana_csv.tulis_csv(folder, "pembanding.csv", [kepala] + [
        baris_bernama(kepala, {"indikator": "S2.1", "pemda": p, "realisasi": r})
        for p, r in PEMBANDING])


def indikator(uraian):
    """{target, arah, rekap} of the KINERJA indicator named `uraian`, the
    target as a number and a blank arah as NAIK; None for another name."""
    for baris in KINERJA:
        if baris[0] == "indikator" and baris[3] == uraian:
            return {"target": float(baris[5].replace(".", "").replace(",", ".")),
                    "arah": baris[6] or "NAIK", "rekap": baris[8]}
    return None
