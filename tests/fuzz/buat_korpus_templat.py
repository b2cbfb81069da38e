"""Writes the seed corpus of fuzz_templat (korpus/templat): the built-in
example with the text that once broke a workbook, one kind per seed, in
fuzz_rencana's encoding (the plan's files separated by %%BERKAS%%).
fuzz_templat also replays korpus/rencana.

Usage: python3 tests/fuzz/buat_korpus_templat.py
"""

import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CONTOH = os.path.join(ROOT, "xlsx-templates", "contoh", "mojokerto-2024")
FILES = ["identitas.csv", "kinerja.csv", "anggaran.csv", "renstra.csv",
         "pembanding.csv"]
SEP = b"%%BERKAS%%\n"


def contoh(name):
    with open(os.path.join(CONTOH, name), "rb") as f:
        return f.read()


example = [contoh(n) for n in FILES]


def replaced(*changes):
    parts = list(example)
    for index, old, new in changes:
        assert old in parts[index], (FILES[index], old)
        parts[index] = parts[index].replace(old, new, 1)
    return SEP.join(parts)


E = "\u00e9".encode() * 300
SEEDS = {
    # 300 x e-acute: cut by bytes into fixed buffers, it broke every workbook
    "e_akut_instansi": replaced((0, b"Dinas Komunikasi dan Informatika", E)),
    "e_akut_nama": replaced((0, b"Drs. ARDI SEPDIANTO, M.Si", E),
                            (0, b"BUPATI MOJOKERTO", E)),
    "e_akut_uraian": replaced((2, b"Fasilitasi Kunjungan Tamu", E),
                              (1, b"Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)",
                               E)),
    "e_akut_pemda": replaced((4, b"Kota Batu", E)),
    # satuan and predikat as long as a number format keeps them
    "satuan_48_bita": replaced((1, b";Inovasi;", b";" + "\u00e9".encode() * 24 + b";")),
    # four-byte characters, XML's special characters, a quoted line break
    "emoji_xml": replaced((2, b"Fasilitasi Kunjungan Tamu",
                           "Tamu \U0001F600 <b>&amp; \"kutip\" 'satu' ]]>".encode()),
                          (1, b"Meningkatnya pelayanan publik",
                           b"\"Meningkatnya\r\npelayanan\tpublik\"")),
    "garis_bawah_x": replaced((2, b"Fasilitasi Kunjungan Tamu", b"Tamu _x0041_ _x000B_")),
}

os.makedirs(os.path.join(HERE, "korpus", "templat"), exist_ok=True)
for old in glob.glob(os.path.join(HERE, "korpus", "templat", "seed_*")):
    os.remove(old)
for name, data in SEEDS.items():
    with open(os.path.join(HERE, "korpus", "templat", "seed_" + name), "wb") as f:
        f.write(data)
print("korpus/templat: %d seeds" % len(SEEDS))
