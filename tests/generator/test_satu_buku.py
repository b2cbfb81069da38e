"""The one workbook of a year (kinerja-TAHUN.xlsx, the default) through the
real command, without Calc (openpyxl reads formulas and cached values).

- the default writes kinerja-2024.xlsx alone, its sheets in the order of
  the year's work (RKT, PK, Pengukuran, Triwulan, Realisasi Anggaran,
  Pemeriksaan, Ringkasan, Perbandingan, charts);
- every cell of every sheet caches the value the same sheet has when the
  documents are written alone (-b semua): one workbook changes where a
  figure is typed, never a figure (Pemeriksaan aside: no copies to check);
- each figure has one input cell: the figures other sheets show are
  formulas IF(X="","",X) on another sheet's cell, and that cell holds the
  same cached value; Ringkasan, Perbandingan (this year) and the programs
  of Pengukuran Kinerja have no input cell left;
- Pemeriksaan counts the seed's five findings and lists no copies;
- a document written alone (-b pk, -b ringkasan) refers to no other sheet
  and keeps its own input cells;
- --baca-buku reads the one workbook's input sheets back.

Both formula modes, the built-in example and a plan monitored per quarter.

Usage: test_satu_buku.py PATH/TO/kinerja-template
"""

import csv
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
import rencana_triwulan  # noqa: E402

import openpyxl  # noqa: E402

PROGRAM = os.path.abspath(sys.argv[1])
CATATAN = catatan.Catatan("test_satu_buku")


def cek(kondisi, pesan, rinci=""):
    return CATATAN.ok(pesan, kondisi, rinci)


URUTAN = ["RKT", "PK Murni", "PK Perubahan", "Pengukuran Kinerja",
          "Realisasi Anggaran", "Pemeriksaan", "Ringkasan", "Perbandingan",
          "Grafik Kinerja", "Perbandingan Daerah"]
# IF('Sheet'!$F$8="","",'Sheet'!$F$8): a figure shown from another sheet
RUJUK = re.compile(r"^=IF\(((?:'[^']+'|\w+)!\$[A-Z]+\$\d+)=\"\",\"\",\1\)$")


def jalankan(*args):
    p = subprocess.run([PROGRAM, *args], capture_output=True, text=True,
                       timeout=300)
    return p.returncode, p.stdout, p.stderr


def buka(jalur):
    return (openpyxl.load_workbook(jalur),
            openpyxl.load_workbook(jalur, data_only=True))


def sel_sumber(ref):
    """('Realisasi Anggaran', 'F8') from 'Realisasi Anggaran'!$F$8."""
    lembar, sel = ref.rsplit("!", 1)
    return lembar.strip("'").replace("''", "'"), sel.replace("$", "")


def sama(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


def nilai_sama(nama, satu, folder_dokumen):
    """Every cell of the one workbook caches what the documents alone
    cache; the notes that say where to type differ (long texts)."""
    dokumen = {}
    for berkas in os.listdir(folder_dokumen):
        wb = openpyxl.load_workbook(os.path.join(folder_dokumen, berkas),
                                    data_only=True)
        for ws in wb.worksheets:
            dokumen[ws.title] = ws
    cek(sorted(dokumen) == sorted(satu.sheetnames),
        "%s: the same sheets as the documents alone" % nama,
        "%s / %s" % (sorted(dokumen), satu.sheetnames))
    for ws in satu.worksheets:
        if ws.title == "Pemeriksaan" or ws.title not in dokumen:
            continue
        lain, beda, n = dokumen[ws.title], [], 0
        for baris in ws.iter_rows():
            for sel in baris:
                a, b = sel.value, lain[sel.coordinate].value
                if isinstance(a, str) and isinstance(b, str) and len(a) > 80:
                    continue  # an instruction: where to type differs
                n += 1
                if not sama(a, b):
                    beda.append("%s %r / %r" % (sel.coordinate, a, b))
        cek(not beda and n > 0, "%s %s: %d cells as in the document alone"
            % (nama, ws.title, n), "; ".join(beda[:6]))


def satu_sumber(nama, wb, nilai):
    """Every figure shown from another sheet: the cell it names exists and
    caches the same value.  Returns {sheet: formulas referring out}."""
    keluar = {}
    for ws in wb.worksheets:
        for baris in ws.iter_rows():
            for sel in baris:
                m = RUJUK.match(sel.value) if isinstance(sel.value, str) else None
                if not m:
                    continue
                lembar, ref = sel_sumber(m.group(1))
                if lembar == ws.title:
                    continue
                keluar.setdefault(ws.title, []).append(sel.coordinate)
                if lembar not in wb.sheetnames:
                    CATATAN.fail("%s %s!%s names sheet %r" % (nama, ws.title,
                                 sel.coordinate, lembar))
                    continue
                a = nilai[ws.title][sel.coordinate].value
                b = nilai[lembar][ref].value
                cek(sama(a, b if b is not None else ""),
                    "%s %s!%s shows %s!%s" % (nama, ws.title, sel.coordinate,
                                              lembar, ref), "%r / %r" % (a, b))
    return keluar


def isian_di(ws, kolom, dari):
    """Unlocked cells of a column from row `dari` on (input cells)."""
    return [ws.cell(r, kolom).coordinate for r in range(dari, ws.max_row + 1)
            if ws.cell(r, kolom).protection.locked is False]


def contoh(tmp, mode, args):
    nama = "contoh[%s]" % mode
    satu = os.path.join(tmp, "satu-" + mode)
    rc, out, err = jalankan("-k", satu, *args)
    if not cek(rc == 0 and os.listdir(satu) == ["kinerja-2024.xlsx"],
               nama + ": the default writes kinerja-2024.xlsx alone",
               "exit %d %s %s" % (rc, err, os.listdir(satu) if rc == 0 else "")):
        return
    jalur = os.path.join(satu, "kinerja-2024.xlsx")
    wb, nilai = buka(jalur)
    CATATAN.equal(wb.sheetnames, URUTAN, nama + ": sheets in the year's order")
    dokumen = os.path.join(tmp, "dokumen-" + mode)
    rc, _, err = jalankan("-k", dokumen, "-b", "semua", *args)
    cek(rc == 0, nama + ": -b semua", err)
    nilai_sama(nama, nilai, dokumen)
    keluar = satu_sumber(nama, wb, nilai)
    # where each figure is shown from its one cell
    for lembar, n in (("RKT", 22), ("PK Perubahan", 5), ("Pengukuran Kinerja", 10),
                      ("Ringkasan", 1), ("Perbandingan", 4)):
        cek(len(keluar.get(lembar, [])) >= n, "%s %s: %d figures shown from "
            "their one cell" % (nama, lembar, n), "%s" % keluar.get(lembar))
    cek("PK Murni" not in keluar, nama + ": PK Murni's original pagu is its own")
    ukur, ring, band = wb["Pengukuran Kinerja"], wb["Ringkasan"], wb["Perbandingan"]
    CATATAN.equal(ring["E8"].value,
                  "=IF('Pengukuran Kinerja'!$F$7=\"\",\"\",'Pengukuran Kinerja'!$F$7)",
                  nama + ": Ringkasan's SPBE realisasi is Pengukuran's")
    # Tabel 3.2's earlier-years indicators come first: SAKIP's row by name
    sakip = next(r for r in range(1, band.max_row + 1)
                 if band.cell(r, 3).value == "Nilai SAKIP Perangkat Daerah")
    CATATAN.equal(band.cell(sakip, 14).value,
                  "=IF('Pengukuran Kinerja'!$F$12=\"\",\"\",'Pengukuran Kinerja'!$F$12)",
                  nama + ": Perbandingan's SAKIP 2024 is Pengukuran's")
    CATATAN.equal(ukur["L7"].value,
                  "=IF('Realisasi Anggaran'!$G$8=\"\",\"\",'Realisasi Anggaran'!$G$8)",
                  nama + ": a program's realisasi is Realisasi Anggaran's")
    CATATAN.equal(nilai["Ringkasan"]["I8"].value, 18416966117,
                  nama + ": Ringkasan's realisasi anggaran, summed from the programs")
    # no input cell is left on the sheets that show figures typed elsewhere
    CATATAN.equal(isian_di(ring, 5, 8) + isian_di(ring, 9, 8), [],
                  nama + ": Ringkasan has no input cell")
    CATATAN.equal(isian_di(band, 14, 6), [],
                  nama + ": Perbandingan 2024 has no input cell")
    CATATAN.equal(isian_di(ukur, 12, 7), [],
                  nama + ": Pengukuran's programs have no input cell")
    CATATAN.equal([c for c in isian_di(ukur, 6, 7) if ukur[c].value is not None],
                  ["F7", "F12", "F13", "F14", "F15"],
                  nama + ": the indicators' realisasi are typed on Pengukuran")
    for c in ("H8", "I8"):
        cek(str(ring[c].value).startswith("=") and
            "SUM('Pengukuran Kinerja'!$" in ring[c].value,
            nama + ": Ringkasan %s sums the programs on Pengukuran" % c,
            str(ring[c].value))
    # Pemeriksaan: the seed's five findings, no copies
    pm = nilai["Pemeriksaan"]
    CATATAN.equal(pm["I5"].value, 5, nama + ": Pemeriksaan counts five findings")
    label = {str(pm.cell(r, c).value) for r in range(1, pm.max_row + 1)
             for c in (4, 6)}
    cek(not any("di Pengukuran Kinerja" in x or "di Ringkasan" in x
                for x in label), nama + ": no copies compared in Pemeriksaan")
    cek("Anggaran PK Murni" in label, nama + ": PK revisions still shown")
    f = [wb["Pemeriksaan"].cell(r, 7).value for r in range(1, pm.max_row + 1)
         if pm.cell(r, 4).value == "Realisasi 2024 yang dilaporkan"]
    cek(f and all(isinstance(x, str) and "'Pengukuran Kinerja'!" in x for x in f),
        nama + ": this year's realisasi read live from Pengukuran", "%s" % f)
    return jalur


def sendiri(tmp):
    """A document alone refers to no other sheet, keeps its inputs."""
    folder = os.path.join(tmp, "sendiri")
    rc, _, err = jalankan("-k", folder, "-b", "pk,ringkasan")
    cek(rc == 0 and sorted(os.listdir(folder)) == [
        "perjanjian-kinerja-2024.xlsx", "ringkasan-2024.xlsx"],
        "-b pk,ringkasan: those two alone", err)
    for berkas in sorted(os.listdir(folder)):
        wb, nilai = buka(os.path.join(folder, berkas))
        # satu_sumber fails a reference to a sheet the file does not hold
        keluar = satu_sumber(berkas, wb, nilai)
        cek(set(keluar) <= {"Perbandingan", "Grafik Kinerja", "Perbandingan Daerah"},
            "%s: only Ringkasan's own tables refer to its sheets" % berkas,
            "%s" % sorted(keluar))
    ws = openpyxl.load_workbook(os.path.join(folder, "ringkasan-2024.xlsx"))["Ringkasan"]
    CATATAN.equal(isian_di(ws, 5, 8), ["E8"], "Ringkasan alone: its realisasi is typed there")
    CATATAN.equal(isian_di(ws, 9, 8), ["I8"],
                  "Ringkasan alone: its realisasi anggaran is typed there")
    pk = openpyxl.load_workbook(os.path.join(folder, "perjanjian-kinerja-2024.xlsx"))
    nilai = [c.value for ws in pk.worksheets for r in ws.iter_rows() for c in r]
    cek(not any(isinstance(v, str) and "!" in v for v in nilai),
        "the PK alone refers to no other sheet (signed as it stands)")


def triwulan(tmp, mode, args):
    """A plan monitored per quarter: the quarters are typed on Triwulan,
    Pengukuran shows their year, Ringkasan and Perbandingan show
    Pengukuran's."""
    nama = "triwulan[%s]" % mode
    rencana = os.path.join(tmp, "rencana-tw")
    if not os.path.isdir(rencana):
        rencana_triwulan.tulis(PROGRAM, rencana)
    folder = os.path.join(tmp, "tw-" + mode)
    rc, _, err = jalankan(rencana, "-k", folder, *args)
    if not cek(rc == 0, nama + ": written", err):
        return
    wb, nilai = buka(os.path.join(folder, "kinerja-2024.xlsx"))
    CATATAN.equal(wb.sheetnames[:5], ["RKT", "PK Murni", "PK Perubahan",
                                      "Pengukuran Kinerja", "Triwulan"],
                  nama + ": Triwulan after Pengukuran Kinerja")
    satu_sumber(nama, wb, nilai)
    CATATAN.equal(wb["Pengukuran Kinerja"]["F7"].value,
                  '=IF(Triwulan!$J$6="","",Triwulan!$J$6)',
                  nama + ": the year's SPBE from the quarters")
    CATATAN.equal(nilai["Ringkasan"]["E8"].value, 4.16,
                  nama + ": Ringkasan shows it through Pengukuran")
    dokumen = os.path.join(tmp, "tw-dokumen-" + mode)
    rc, _, err = jalankan(rencana, "-k", dokumen, "-b", "semua", *args)
    cek(rc == 0, nama + ": -b semua", err)
    nilai_sama(nama, nilai, dokumen)


def baca_kembali(tmp, jalur):
    """Inputs typed into the one workbook (openpyxl: no cached values)
    read back by --baca-buku."""
    wb = openpyxl.load_workbook(jalur)
    wb["Pengukuran Kinerja"]["F7"].value = 4.2
    ra = wb["Realisasi Anggaran"]
    r = next(r for r in range(1, ra.max_row + 1)
             if ra.cell(r, 2).value == "2.16.01.2.06.0008")
    ra.cell(r, 7).value = 3900000
    diisi = os.path.join(tmp, "diisi.xlsx")
    wb.save(diisi)
    hasil = os.path.join(tmp, "dibaca")
    rc, out, err = jalankan("--baca-buku", diisi, "-k", hasil)
    # Pengukuran Kinerja, Realisasi Anggaran, Pemeriksaan, Ringkasan,
    # Perbandingan, Perbandingan Daerah, PK Murni, PK Perubahan: every sheet
    # with an input cell (the copies on Ringkasan and Perbandingan are
    # formulas here, which read-back passes over)
    cek(rc == 0 and "dibaca: 8 lembar isian" in out,
        "--baca-buku reads the one workbook's input sheets", out + err)
    if rc:
        return
    with open(os.path.join(hasil, "kinerja.csv"), encoding="utf-8") as f:
        kin = {b["kode"]: b for b in csv.DictReader(f, delimiter=";")}
    with open(os.path.join(hasil, "anggaran.csv"), encoding="utf-8") as f:
        agr = {b["kode"]: b for b in csv.DictReader(f, delimiter=";")}
    CATATAN.equal(kin["S1.1"]["realisasi"], "4,20", "SPBE realisasi read back")
    CATATAN.equal(agr["2.16.01.2.06.0008"]["realisasi"], "3.900.000",
                  "sub kegiatan realisasi read back")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        jalur = None
        for mode, args in (("addin", []), ("standar", ["--rumus", "standar"])):
            j = contoh(tmp, mode, args)
            jalur = jalur or j
            triwulan(tmp, mode, args)
        sendiri(tmp)
        if jalur:
            baca_kembali(tmp, jalur)
    sys.exit(CATATAN.summary())


main()
