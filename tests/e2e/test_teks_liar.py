#!/usr/bin/python3
"""e2e_teks_liar: workbooks written from a plan full of unusual text open in
every office program the project can run here, with every text whole.

The plan is the built-in example (kinerja-template --salin-contoh) with its
free text replaced by text that breaks careless writers: characters XML
escapes (< > & " ' and a CDATA end), long runs of two-byte and four-byte
UTF-8 (300 x e-acute, emoji, a flag), right-to-left Arabic, a combining
accent, CJK, a 5 000-character budget item.  The generator must accept it
(exit 0), and then every workbook it wrote, whatever their names:

- openpyxl loads it, and each text is in some cell;
- Gnumeric's ssconvert (an independent reader) converts every sheet to
  CSV with exit 0, and each text is in its output;
- real headless Calc opens it with no request at all on the interaction
  handler (a repair prompt is a request), editable, and each text is in
  some cell's string.

Usage: test_teks_liar.py --oxt FILE --generator PROGRAM [--soffice PATH]
"""

import csv
import glob
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
import harness  # noqa: E402
from rencana_csv import baca_csv, tulis_csv  # noqa: E402

# Each text is marked with its own number, so that a text found proves
# that one field came through whole, not a neighbour with the same start.
LIAR = {
    "instansi": "\u00e9" * 300 + " #1",
    "xml": "Indeks <SPBE> & \"Pemda\" 'Kab' ]]> &amp; #2",
    "emoji": "Inovasi \U0001f4c8 \U0001f1ee\U0001f1e9 digital #3",
    "rtl": "\u0645\u0624\u0634\u0631 \u0627\u0644\u0623\u062f\u0627\u0621 e\u0301 #4",
    "cjk": "\u6307\u6a19 \u30c6\u30b9\u30c8 \u2013 \u00bd #5",
    "panjang": "\u00fc" * 5000 + " #6",
}


def ganti(baris, kolom, syarat, teks_baru):
    """Replaces column `kolom` of the first rows meeting `syarat`, one text
    each, in order; returns how many were placed."""
    kepala = baris[0]
    i = kepala.index(kolom)
    sisa = list(teks_baru)
    for b in baris[1:]:
        if sisa and syarat(dict(zip(kepala, b))):
            b[i] = sisa.pop(0)
    return len(teks_baru) - len(sisa)


def buat_rencana(program, folder):
    subprocess.run([program, "--salin-contoh", folder], check=True,
                   capture_output=True)
    ident = baca_csv(folder, "identitas.csv")
    for b in ident[1:]:
        if b[0] == "instansi":
            b[1] = LIAR["instansi"]
    tulis_csv(folder, "identitas.csv", ident)

    kin = baca_csv(folder, "kinerja.csv")
    n = ganti(kin, "uraian", lambda r: r["tingkat"] == "indikator",
              [LIAR["xml"], LIAR["emoji"], LIAR["rtl"], LIAR["cjk"]])
    tulis_csv(folder, "kinerja.csv", kin)

    ang = baca_csv(folder, "anggaran.csv")
    m = ganti(ang, "uraian", lambda r: r["tingkat"] == "sub kegiatan",
              [LIAR["panjang"]])
    tulis_csv(folder, "anggaran.csv", ang)
    return n == 4 and m == 1


def teks_openpyxl(path):
    wb = openpyxl.load_workbook(path)
    return [c.value for ws in wb.worksheets for row in ws.iter_rows()
            for c in row if isinstance(c.value, str)]


def teks_gnumeric(path, kerja):
    """Every sheet through ssconvert to CSV; (exit code, stderr, texts)."""
    keluar = os.path.join(kerja, os.path.basename(path) + ".%n.csv")
    p = subprocess.run(["ssconvert", "-S", "--export-type=Gnumeric_stf:stf_csv",
                        path, keluar], capture_output=True, text=True, timeout=300)
    teks = []
    for f in sorted(glob.glob(os.path.join(kerja, os.path.basename(path) + ".*.csv"))):
        with open(f, encoding="utf-8", errors="replace", newline="") as h:
            teks.extend(v for baris in csv.reader(h) for v in baris if v)
    return p.returncode, p.stderr, teks


def teks_calc(calc, c, path):
    doc = harness.open_checked(calc, c, path, label="Calc: ")
    teks = []
    try:
        for sh in harness.sheets_of(doc):
            for baris in harness.used_area_values(sh):
                teks.extend(v for v in baris if isinstance(v, str) and v)
    finally:
        doc.close(True)
    return teks


def ada(teks_daftar, t):
    return any(t in x for x in teks_daftar)


def main():
    a = harness.arguments(__doc__, generator=True)
    c = catatan.Catatan("e2e_teks_liar")
    program = a.generator
    if not shutil.which("ssconvert"):
        harness.die("ssconvert (Debian package gnumeric) is missing")

    tmp = tempfile.mkdtemp(prefix="kinerja-teks-liar-")
    try:
        rencana = os.path.join(tmp, "rencana")
        c.ok("every unusual text placed in the plan", buat_rencana(program, rencana))
        hasil = os.path.join(tmp, "hasil")
        p = subprocess.run([program, rencana, "-k", hasil], capture_output=True,
                           text=True, timeout=300)
        c.ok("kinerja-template accepts the plan (exit 0)", p.returncode == 0,
             "exit %d: %s" % (p.returncode, p.stderr[-2000:]))
        buku = sorted(glob.glob(os.path.join(hasil, "*.xlsx")))
        c.ok("workbooks written", len(buku) >= 1, str(buku))

        semua = {"openpyxl": [], "gnumeric": [], "calc": []}
        for b in buku:
            nama = os.path.basename(b)
            try:
                semua["openpyxl"] += teks_openpyxl(b)
                c.ok("openpyxl: %s loads" % nama, True)
            except Exception as e:  # a refusal is the finding
                c.fail("openpyxl: %s loads" % nama, repr(e))
            kerja = os.path.join(tmp, "gnumeric")
            os.makedirs(kerja, exist_ok=True)
            rc, err, teks = teks_gnumeric(b, kerja)
            c.ok("Gnumeric: ssconvert reads every sheet of %s" % nama,
                 rc == 0 and teks, "exit %d: %s" % (rc, err[-1000:]))
            semua["gnumeric"] += teks

        with harness.CalcSession(a.oxt, locale="id-ID", budget=600,
                                 label="e2e_teks_liar", soffice=a.soffice) as calc:
            for b in buku:
                semua["calc"] += teks_calc(calc, c, b)

        for pembaca, teks in semua.items():
            for medan, t in LIAR.items():
                c.ok("%s shows the %s text whole" % (pembaca, medan), ada(teks, t),
                     "%d texts read" % len(teks))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(c.summary())


if __name__ == "__main__":
    main()
