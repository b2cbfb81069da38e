#!/usr/bin/python3
"""Writes the seed corpora of the fuzz targets (korpus/fungsi, korpus/rencana).

Seeds come from the built-in example (xlsx-templates/contoh/mojokerto-2024)
and from the inputs of the existing tests: the seed report's figures for
every function of the table (tests/test_seed.c, tests/e2e/seed.py), the CSV
reader's edge cases (tests/generator/test_csv_baca.c) and the generator's
bad-input matrix (tests/generator/test_masukan_salah.py).  The encoding of a
function call follows fuzz_fungsi.c (bita.h): change both together.

Run it from anywhere; it rewrites the two folders' seed_* files only (the
fuzzer's own additions, if any were merged in, are left alone).
"""

import glob
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CONTOH = os.path.join(ROOT, "xlsx-templates", "contoh", "mojokerto-2024")

# ---- fuzz_fungsi's encoding ----------------------------------------------
# fungsi_tabel rows, in table order (fungsi_tabel.c)
ROWS = ["CAPAIAN", "SERAPAN", "EFISIENSI", "KATEGORI", "INDEKS_SPBE",
        "SELISIH_RINCIAN", "CEK_ANGGARAN", "REKAP_TRIWULAN"]
ROW_CODES = {1: 0, 2: 4, 3: 6, 4: 7, 5: 8, 7: 9, 8: 10, 47: 11}
COL_CODES = {1: 0, 2: 3, 3: 4, 4: 5, 5: 6}


def num(x):
    """A number cell: two-decimal values as int16/100, others raw."""
    c = round(x * 100)
    if c == x * 100 and -32768 <= c <= 32767 and float(c) / 100 == x:
        return bytes([0, 3]) + struct.pack("<h", c)
    return bytes([0, 2]) + struct.pack("<d", x)


def text(s):
    b = s.encode("utf-8")
    assert len(b) <= 24
    return bytes([4, len(b)]) + b


def empty():
    return bytes([5])


def omitted():
    return bytes([6])


def cell(v):
    if v is None:
        return empty()
    if isinstance(v, str):
        return text(v)
    return num(float(v))


def arg(v, rentang=None):
    """A scalar (number, text, None = empty text, "OMIT") or a list of rows."""
    if isinstance(v, str) and v == "OMIT":
        return bytes([ROW_CODES[1] | COL_CODES[1] << 4]) + omitted()
    if not isinstance(v, list):
        flag = 0x80 if rentang else 0
        return bytes([ROW_CODES[1] | COL_CODES[1] << 4 | flag]) + cell(v)
    rows, cols = len(v), len(v[0])
    out = bytes([ROW_CODES[rows] | COL_CODES[cols] << 4 | 0x80])
    flat = [x for r in v for x in r]
    if rows * cols > 1:
        same = all(x == flat[0] for x in flat)
        out += bytes([1 if same else 0])
        if same:
            return out + cell(flat[0])
    return out + b"".join(cell(x) for x in flat)


def call(name, *args):
    out = bytes([0, ROWS.index(name), 0])
    args = list(args) + ["OMIT"] * (4 - len(args))
    return out + b"".join(arg(a) for a in args)


def col(values):
    return [[v] for v in values]


SPBE47 = [4, 3, 5, 4, 4, 3, 2, 4, 5, 3] * 4 + [3, 4, 4, 5, 2, 3, 4]
FUNGSI = {
    # the example report's figures (docs/laporan-contoh.md)
    "capaian_110_93": call("CAPAIAN", 3.75, 4.16),
    "capaian_450": call("CAPAIAN", 2, 9),
    "capaian_naik_teks": call("CAPAIAN", 14, 16, "naik"),
    "capaian_turun": call("CAPAIAN", 2.6, 2.73, 2),
    "capaian_turun_teks": call("CAPAIAN", 86, 85.2, "TURUN"),
    "capaian_target_0": call("CAPAIAN", 0, 4),
    "capaian_target_negatif": call("CAPAIAN", -1, 4),
    "capaian_teks": call("CAPAIAN", "abc", 4),
    "capaian_kosong": call("CAPAIAN", 3, None),
    "capaian_tanpa_realisasi": call("CAPAIAN", 3),
    "capaian_kolom": call("CAPAIAN", col([3.75, 86, 95.45]), col([4.16, 85.2, 96.23])),
    "capaian_kolom_celah": call("CAPAIAN", col([3.75, 2.6, 2]), col([4.16, None, 9])),
    "capaian_kolom_arah": call("CAPAIAN", col([3.75, 86, 95.45]),
                               col([4.16, 85.2, 96.23]), col([1, "TURUN", 2])),
    "capaian_bentuk_beda": call("CAPAIAN", col([1, 2, 3]), col([1, 2])),
    "capaian_baris_kolom": call("CAPAIAN", [[2, 4, 5]], col([1, 4, 10])),
    "serapan_22_63": call("SERAPAN", 4000000, 905000),
    "serapan_pagu_0": call("SERAPAN", 0, 1),
    "serapan_kolom": call("SERAPAN", col([4000000, 100, 0]), col([905000, 50, 1])),
    "efisiensi_1_15": call("EFISIENSI", 110.93, 96.25),
    "efisiensi_selisih": call("EFISIENSI", 110.93, 96.25, "SELISIH"),
    "efisiensi_nol": call("EFISIENSI", 110.93, 0),
    "kategori_berhasil": call("KATEGORI", 110.93, "BERHASIL"),
    "kategori_tingkat": call("KATEGORI", 96.25),
    "kategori_spbe": call("KATEGORI", 4.16, "spbe"),
    "kategori_spbe_4_195": call("KATEGORI", 4.195, "SPBE"),
    "kategori_sakip": call("KATEGORI", 85.2, "SAKIP"),
    "kategori_ip_asn": call("KATEGORI", 84.24, "IP_ASN"),
    "kategori_pemdi": call("KATEGORI", 3.5, "PEMDI"),
    "kategori_efisiensi": call("KATEGORI", 1.15, "EFISIENSI"),
    "kategori_efisiensi_selisih": call("KATEGORI", -5, "EFISIENSI_SELISIH"),
    "kategori_skala_tak_dikenal": call("KATEGORI", 50, "BAGUS"),
    "kategori_sendiri": call("KATEGORI", col([90, 70, 10]),
                             [[0, "Kurang", None], [70, "Baik", ">"],
                              [85, "Sangat Baik", ">="]]),
    "kategori_sendiri_2kolom": call("KATEGORI", 60, [[0, "Tidak"], [55, "Ya"]]),
    "kategori_sendiri_baris_kosong": call("KATEGORI", 60, [[0, "Tidak"], [None, None],
                                                           [55, "Ya"]]),
    "kategori_sendiri_tidak_urut": call("KATEGORI", 60, [[55, "Ya"], [0, "Tidak"]]),
    "indeks_domain": call("INDEKS_SPBE", col([4.16, 3.5, 2.8, 4.5])),
    "indeks_aspek": call("INDEKS_SPBE", col([4, 3, 5, 4, 4, 3, 2, 4])),
    "indeks_indikator": call("INDEKS_SPBE", col(SPBE47)),
    "indeks_indikator_sama": call("INDEKS_SPBE", col([3] * 47)),
    "indeks_pemdi": call("INDEKS_SPBE", col([4, 3, 5, 4, 4, 3, 2]), "OMIT", "PEMDI"),
    "indeks_bobot_persen": call("INDEKS_SPBE", col([4, 3, 2, 1]), col([13, 25, 16.5, 45.5])),
    "indeks_bobot_pecahan": call("INDEKS_SPBE", col([4, 3, 2, 1]),
                                 col([0.13, 0.25, 0.165, 0.455])),
    "indeks_kosong": call("INDEKS_SPBE", col([4, None, 2, 1])),
    "indeks_di_luar": call("INDEKS_SPBE", col([4, 5.5, 2, 1])),
    "selisih_rincian_seed": call("SELISIH_RINCIAN", 81487214,
                                 col([1200000, 72350236, 9998000])),
    "selisih_rincian_nol": call("SELISIH_RINCIAN", 18416966117,
                                col([4080018663, 6652113012, 7684834442])),
    "cek_anggaran_sesuai": call("CEK_ANGGARAN", 4000000, 905000),
    "cek_anggaran_lebih": call("CEK_ANGGARAN", 100, 101),
    "cek_anggaran_belum": call("CEK_ANGGARAN", 100),
    "cek_anggaran_kolom": call("CEK_ANGGARAN", col([100, 100, 100]), col([0, 50, 150])),
    "rekap_jumlah": call("REKAP_TRIWULAN", [[1, 2, 3, 4]], "JUMLAH"),
    "rekap_akhir": call("REKAP_TRIWULAN", [[1, 2, None, None]], "akhir"),
    "rekap_baris": call("REKAP_TRIWULAN", [[1, 2, 3, 4], [5, None, 7, None]], 1),
    "rekap_kolom": call("REKAP_TRIWULAN", col([1, 2, 3, 4]), 2),
    "rekap_kosong": call("REKAP_TRIWULAN", [[None, None, None, None]], "JUMLAH"),
    "jumlah_argumen_salah": bytes([0, 0, 0xF1]) + arg(1) + arg(2) + arg(3) + arg(4),
}
# the core directly (modes 3..7): a few hand-made starts
for mode, name in [(3, "bulat"), (4, "skala"), (5, "indeks"), (6, "rupiah"), (7, "hitung")]:
    FUNGSI["inti_%s" % name] = bytes([mode]) + bytes(range(1, 64))
FUNGSI["inti_bulat_1_005"] = bytes([3, 2]) + struct.pack("<d", 1.005) + bytes([2])
FUNGSI["inti_bulat_2_675"] = bytes([3, 2]) + struct.pack("<d", 2.675) + bytes([2])
FUNGSI["inti_rupiah_9e10"] = bytes([6, 64]) + bytes([1]) * 64 * 9

# ---- fuzz_rencana's encoding -----------------------------------------------
SEP = b"%%BERKAS%%\n"


def contoh(name):
    with open(os.path.join(CONTOH, name), "rb") as f:
        return f.read()


FILES = ["identitas.csv", "kinerja.csv", "anggaran.csv", "renstra.csv", "pembanding.csv"]
example = [contoh(n) for n in FILES if os.path.exists(os.path.join(CONTOH, n))]


def plan(parts):
    return SEP.join(parts)


def replaced(index, old, new):
    parts = list(example)
    assert old in parts[index], (FILES[index], old)
    parts[index] = parts[index].replace(old, new, 1)
    return plan(parts)


RENCANA = {
    "contoh": plan(example),
    "contoh_tanpa_renstra": plan(example[:3]),
    "contoh_tanpa_pembanding": plan(example[:4]),
    "contoh_bom_crlf": plan([b"\xef\xbb\xbf" + p.replace(b"\n", b"\r\n") for p in example]),
    # tests/generator/test_masukan_salah.py's cases, one broken thing each
    "tingkat_tak_dikenal": replaced(2, b"kegiatan;2.16.01.2.08;", b"kegiatn;2.16.01.2.08;"),
    "induk_hilang": replaced(2, b";2.16.01.2.06.0008;2.16.01.2.06;",
                             b";2.16.01.2.06.0008;2.16.01.2.66;"),
    "kode_ganda": replaced(2, b"sub kegiatan;2.16.01.2.01.0007;",
                           b"sub kegiatan;2.16.01.2.01.0001;"),
    "bukan_angka": replaced(2, b";4.000.000;905.000;", b";4.000.000;sembilan ratus;"),
    "sen": replaced(2, b";4.000.000;905.000;", b";4.000.000;905.000,50;"),
    "notasi_internasional": replaced(1, b";3,75;;;4,16;;NAIK;SPBE;",
                                     b";3.75;;;4,16;;NAIK;SPBE;"),
    "bukan_utf8": replaced(0, b"ARDI", b"ARD\xc9"),
    "kutip_terbuka": replaced(2, b"Tabel 3.5\n", b"\"Tabel 3.5\n", ),
    "rupiah_2_pangkat_53": replaced(2, b";4.000.000;905.000;",
                                    b";9.007.199.254.740.993;905.000;"),
}
# tests/generator/test_csv_baca.c's inputs, as single files
CSV = {
    "csv_kutip": b"\xef\xbb\xbfkode;uraian;pagu\r\n2.16.01;\"Program; dengan titik koma\";"
                 b"4.706.741.900\r\n\r\n2.16.02;\"dua\nbaris\";6.894.237.591\r\n"
                 b"2.16.03;\"kutip \"\"ganda\"\"\";7.284.905.500",
    "csv_koma": b"kode,target\nS1.1,3.75\nS1.2,\"1,5\"\n",
    "csv_tanpa_lf": b"a;b\n1;2",
    "csv_kutip_tak_tertutup": b"a;b\n1;\"dua\n3;4\n",
    "csv_kutip_salah_tempat": b"a;b\n1;2\nx;ab\"c\n",
    "csv_latin1": b"a;b\n1;2\n3;caf\xe9\n",
    "csv_overlong": b"a;b\n\xc0\xaf;1\n",
    "csv_nul": b"a;b\n1;\x00\n",
    "csv_dua_pemisah": b"a;b,c\n1;2\n",
    "csv_tab": b"a\tb\n1\t2\n",
    "csv_satu_kolom": b"a\n1\n",
    "csv_bom_saja": b"\xef\xbb\xbf",
    "csv_utf16": "kunci;nilai\ntahun;2024\n".encode("utf-16"),
}


def write(folder, items):
    os.makedirs(folder, exist_ok=True)
    for old in glob.glob(os.path.join(folder, "seed_*")):
        os.remove(old)
    for name, data in items.items():
        with open(os.path.join(folder, "seed_" + name), "wb") as f:
            f.write(data)
    print("%s: %d seeds" % (os.path.relpath(folder, ROOT), len(items)))


write(os.path.join(HERE, "korpus", "fungsi"), FUNGSI)
RENCANA.update(CSV)
write(os.path.join(HERE, "korpus", "rencana"), RENCANA)
