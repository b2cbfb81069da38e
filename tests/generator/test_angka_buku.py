"""Every number kinerja-template writes into a workbook reads back as the
double it means, in the fewest digits that do.

Runs the program the ways that write workbooks: the built-in example's
one workbook (formulas calling the add-in, and `--rumus standar`), its
five documents alone (`-b semua`), the PK perubahan and the LKjIP tables
from filled workbooks (`--baca-buku -b pk,ringkasan`), next year's
workbook (`--tahun-depan -b satu`) and a region's consolidation
(`--konsolidasi`).  In every sheet of every workbook written, every
number cell and every formula's cached number (`<v>` of a cell without a
type or of type n):

- is written in no more significant digits than the shortest text that
  reads back as the same double (Python's repr); sixteen-digit "%.16G"
  writes 96.48999999999999 for 96.49;
- and, for the cells whose double is computed here from the plan's CSV
  files (capaian of every indicator: realisasi / target * 100, as
  docs/aturan.md has it; serapan of every sub kegiatan, kegiatan, program
  and the office: the rupiah sums of the leaves, realisasi / pagu * 100),
  reads back as exactly that double.  "%.16G" writes the SPBE capaian
  4,16 / 3,75 * 100 = 110.93333333333332 as 110.9333333333333, which reads
  back as another double.

Usage: test_angka_buku.py PATH/TO/kinerja-template
"""

import os
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
import rencana_csv  # noqa: E402

PROGRAM = os.path.abspath(sys.argv[1])
CATATAN = catatan.Catatan("test_angka_buku")
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def angka(teks):
    """A number of a ;-separated plan file ("19.133.884.991", "4,16")."""
    return float(teks.replace(".", "").replace(",", "."))


def digit(teks):
    """Significant digits of a number's text: 110.93333333333332 has 17,
    2000 and 2E+3 one."""
    m = teks.upper().lstrip("-").split("E")[0].replace(".", "")
    return len(m.strip("0")) or 1


def lembar_xml(z):
    """{sheet name: its XML member} from the workbook's relationships."""
    buku = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    hasil = {}
    for s in buku.find("m:sheets", NS):
        t = target[s.get(R_ID)]
        hasil[s.get("name")] = t.lstrip("/") if t.startswith("/") else "xl/" + t
    return hasil


def teks_angka(jalur):
    """{sheet: {cell: the text of its number}} of every number cell and
    cached formula number of the workbook, as written."""
    hasil = {}
    with zipfile.ZipFile(jalur) as z:
        for nama, anggota in lembar_xml(z).items():
            sel = {}
            for c in ET.fromstring(z.read(anggota)).iter("{%s}c" % NS["m"]):
                v = c.find("m:v", NS)
                if v is not None and c.get("t", "n") == "n":
                    sel[c.get("r")] = v.text
            hasil[nama] = sel
    return hasil


def tabel(folder, berkas):
    baris = rencana_csv.baca_csv(folder, berkas)
    return [dict(zip(baris[0], b)) for b in baris[1:] if any(b)]


def capaian_rencana(folder, kunci="uraian"):
    """{indicator uraian (or kode): its capaian} from kinerja.csv, for the indicators
    with target and realisasi (capaian_hitung's rules: NAIK divides first,
    TURUN is (target - (realisasi - target)) / target * 100)."""
    hasil = {}
    for b in tabel(folder, "kinerja.csv"):
        if b["tingkat"] != "indikator" or not b["realisasi"].strip() \
                or not b["target"].strip():
            continue
        t, r = angka(b["target"]), angka(b["realisasi"])
        if t == 0:
            continue
        hasil[b[kunci]] = r / t * 100 if b.get("arah") != "TURUN" \
            else (t - (r - t)) / t * 100
    return hasil


def serapan_rencana(folder):
    """{kode: serapan} of every budget line with realisasi, and "" for the
    office: realisasi / pagu * 100 of the rupiah sums of its leaves."""
    rows = tabel(folder, "anggaran.csv")
    induk = {r["kode"]: r["induk"] for r in rows}
    anak = {r["induk"] for r in rows}
    pagu, real = {}, {}
    for r in rows:
        if r["kode"] in anak or not r["realisasi"].strip():
            continue
        k = r["kode"]
        while True:  # the leaf, its parents, and the office ("")
            pagu[k] = pagu.get(k, 0) + int(r["pagu"].replace(".", ""))
            real[k] = real.get(k, 0) + int(r["realisasi"].replace(".", ""))
            if k == "":
                break
            k = induk.get(k, "")
    return {k: real[k] / pagu[k] * 100 for k in pagu}


def kolom(ws, judul, baris_maks=8):
    """(row, column letter) of the header cell saying `judul`."""
    for r in range(1, baris_maks + 1):
        for c in ws[r]:
            if c.value == judul:
                return r, c.column_letter
    raise AssertionError("%s: judul %r tidak ada" % (ws.title, judul))


def harapan(jalur, folder):
    """{(sheet, cell): the double it must read back as} for the sheets of
    the workbook at jalur whose figures the plan at folder determines."""
    wb = openpyxl.load_workbook(jalur)
    hasil = {}
    if "Pengukuran Kinerja" in wb.sheetnames:
        ws = wb["Pengukuran Kinerja"]
        capaian = capaian_rencana(folder)
        h, k_ind = kolom(ws, "INDIKATOR KINERJA")
        _, k_cap = kolom(ws, "%")
        for r in range(h + 1, ws.max_row + 1):
            if ws[k_ind + str(r)].value in capaian:
                hasil[(ws.title, k_cap + str(r))] = capaian[ws[k_ind + str(r)].value]
    if "Realisasi Anggaran" in wb.sheetnames:
        ws = wb["Realisasi Anggaran"]
        serapan = serapan_rencana(folder)
        h, k_kode = kolom(ws, "Kode")
        _, k_uraian = kolom(ws, "Program / Kegiatan / Sub Kegiatan")
        _, k_pct = kolom(ws, "%")
        for r in range(h + 2, ws.max_row + 1):
            kode = ws[k_kode + str(r)].value
            if kode is None and ws[k_uraian + str(r)].value and r == h + 2:
                kode = ""  # the office's own row, above its programs
            if kode in serapan:
                hasil[(ws.title, k_pct + str(r))] = serapan[kode]
    return hasil


def harapan_konsolidasi(jalur, folder):
    """The consolidation of the one office planned at folder: each
    indicator's capaian (Indikator) and the office's serapan."""
    wb = openpyxl.load_workbook(jalur)
    hasil = {}
    capaian = capaian_rencana(folder, "kode")
    ws = wb["Indikator"]
    h, k_ind = kolom(ws, "Kode")
    _, k_cap = kolom(ws, "% Capaian")
    for r in range(h + 1, ws.max_row + 1):
        if ws[k_ind + str(r)].value in capaian:
            hasil[(ws.title, k_cap + str(r))] = capaian[ws[k_ind + str(r)].value]
    ws = wb["Perangkat Daerah"]
    _, k_ser = kolom(ws, "% Serapan")
    h, _ = kolom(ws, "(1)")
    hasil[(ws.title, k_ser + str(h + 1))] = serapan_rencana(folder)[""]
    return hasil


def periksa(jalur, tepat):
    """Every number of the workbook at jalur in its fewest digits, and the
    cells of `tepat` exactly their doubles; the count of numbers."""
    nama = os.path.basename(jalur)
    teks = teks_angka(jalur)
    n = 0
    for lembar, sel in teks.items():
        for ref, t in sel.items():
            n += 1
            CATATAN.ok("%s %s!%s: %s in its fewest digits" % (nama, lembar, ref, t),
                       digit(t) <= digit(repr(float(t))),
                       "%d digits, %r needs %d"
                       % (digit(t), float(t), digit(repr(float(t)))))
    for (lembar, ref), nilai in sorted(tepat.items()):
        t = teks.get(lembar, {}).get(ref)
        CATATAN.ok("%s %s!%s reads back as %r" % (nama, lembar, ref, nilai),
                   t is not None and float(t) == nilai,
                   "written %r" % t)
    return n


def jalankan(*args):
    rc, out, err = catatan.jalankan(PROGRAM, *args)
    CATATAN.ok("kinerja-template %s" % " ".join(args), rc == 0, err + out)


def main():
    tmp = tempfile.mkdtemp(prefix="uji-angka-buku-")
    try:
        rencana = os.path.join(tmp, "rencana")
        jalankan("--salin-contoh", rencana)
        kasus = {  # folder: (arguments, the plan its figures come from)
            "satu": (["-k"], rencana),
            "standar": (["--rumus", "standar", "-k"], rencana),
            "semua": (["-b", "semua", "-k"], rencana),
        }
        for folder, (args, _) in kasus.items():
            jalankan(rencana, *args, os.path.join(tmp, folder))
        terisi = os.path.join(tmp, "satu")
        jalankan(rencana, "--baca-buku", terisi, "-b", "pk,ringkasan",
                 "-k", os.path.join(tmp, "perubahan"))
        kasus["perubahan"] = (None, rencana)
        jalankan(rencana, "--baca-buku", terisi, "--tahun-depan", "-b", "satu",
                 "-k", os.path.join(tmp, "depan"))
        kasus["depan"] = (None, None)  # next year: nothing entered yet
        kantor = os.path.join(tmp, "kumpulan", "mojokerto")
        shutil.copytree(rencana, kantor)
        shutil.copy(os.path.join(terisi, "kinerja-2024.xlsx"), kantor)
        jalankan("--konsolidasi", os.path.join(tmp, "kumpulan"), "-k",
                 os.path.join(tmp, "daerah"))

        jumlah = tepat = 0
        spbe = None
        for folder, (_, asal) in kasus.items():
            for nama in sorted(os.listdir(os.path.join(tmp, folder))):
                jalur = os.path.join(tmp, folder, nama)
                h = harapan(jalur, asal) if asal else {}
                jumlah += periksa(jalur, h)
                tepat += len(h)
                if folder == "satu":
                    spbe = teks_angka(jalur)["Pengukuran Kinerja"].get("G7")
        jalur = os.path.join(tmp, "daerah", "konsolidasi-2024.xlsx")
        h = harapan_konsolidasi(jalur, rencana)
        jumlah += periksa(jalur, h)
        tepat += len(h)
        # the cell the report names: SPBE 4,16 against a target of 3,75
        CATATAN.equal(spbe, "110.93333333333332",
                      "kinerja-2024.xlsx Pengukuran Kinerja!G7 as written")
        CATATAN.ok("numbers checked: %d, of them computed here: %d"
                   % (jumlah, tepat), jumlah > 3000 and tepat > 130)
        print("numbers checked: %d, of them computed here: %d" % (jumlah, tepat))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return CATATAN.summary()


if __name__ == "__main__":
    sys.exit(main())
