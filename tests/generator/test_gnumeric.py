"""Standard-mode workbooks recalculated by an independent engine.

Writes the built-in example with --rumus standar (realisasi filled, and
--tanpa-realisasi) and a plan with quarterly indicators, recalculates
every workbook (and those of tests/generator/rencana_lain.py's plan of
another shape) with Gnumeric (`ssconvert --recalc`, the `gnumeric`
package) and checks that every formula cell computes what the generator
cached: numbers the same double but for Gnumeric's wider intermediates
(within 2 ulp, sama_gnumeric.py), text and blanks equal.  The cached
values come from the add-in's own C code, so this holds the standard
formulas to the add-in's results in a spreadsheet engine that is neither
Calc nor the generator.  ssconvert missing is a failure, not a skip.

Usage: test_gnumeric.py PATH/TO/kinerja-template
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rencana_lain  # noqa: E402
import rencana_triwulan  # noqa: E402
from sama_gnumeric import sama_nilai  # noqa: E402

PROGRAM = os.path.abspath(sys.argv[1])
CATATAN = catatan.Catatan("test_gnumeric")


def periksa(berkas, folder):
    nama = os.path.basename(berkas)
    keluar = os.path.join(folder, "gnumeric-" + nama)
    hasil = subprocess.run(["ssconvert", "--recalc", berkas, keluar],
                           capture_output=True, text=True, timeout=300)
    if not CATATAN.ok(nama + ": ssconvert --recalc", hasil.returncode == 0
                      and os.path.exists(keluar), hasil.stderr[-500:]):
        return 0
    rumus = openpyxl.load_workbook(berkas)
    cache = openpyxl.load_workbook(berkas, data_only=True)
    ulang = openpyxl.load_workbook(keluar, data_only=True)
    n = 0
    for ws in rumus.worksheets:
        if not CATATAN.ok(nama + " " + ws.title + " in Gnumeric's output",
                          ws.title in ulang.sheetnames):
            continue
        for baris in ws.iter_rows():
            for sel in baris:
                if not (isinstance(sel.value, str) and sel.value.startswith("=")):
                    continue
                n += 1
                a = cache[ws.title][sel.coordinate].value
                b = ulang[ws.title][sel.coordinate].value
                CATATAN.ok("%s %s!%s %s" % (nama, ws.title, sel.coordinate,
                                            sel.value[:80]),
                           sama_nilai(a, b),
                           "cached %r, Gnumeric %r" % (a, b))
    return n


def main():
    CATATAN.ok("ssconvert installed (Debian package gnumeric)",
               shutil.which("ssconvert") is not None)
    if not shutil.which("ssconvert"):
        return CATATAN.summary()
    with tempfile.TemporaryDirectory() as tmp:
        rencana = os.path.join(tmp, "rencana-triwulan")
        rencana_triwulan.tulis(PROGRAM, rencana)
        lain = os.path.join(tmp, "rencana-lain")
        rencana_lain.tulis(PROGRAM, lain)
        kasus = {
            "contoh": [],
            # every document as its own file (the default: one workbook)
            "dokumen": ["-b", "semua"],
            "tanpa-realisasi": ["--tanpa-realisasi"],
            "triwulan": [rencana],
            # another shape: rumus 2, nothing entered yet
            "lain": [lain],
        }
        for label, argumen in kasus.items():
            CATATAN.section = label
            folder = os.path.join(tmp, label)
            jalan = subprocess.run([PROGRAM] + argumen + ["--rumus", "standar",
                                                           "-k", folder],
                                   capture_output=True, text=True)
            if not CATATAN.ok("kinerja-template --rumus standar",
                              jalan.returncode == 0, jalan.stderr[-500:]):
                continue
            n = 0
            for berkas in sorted(glob.glob(os.path.join(folder, "*.xlsx"))):
                n += periksa(berkas, tmp)
            # the example's sets hold hundreds of formulas: a layout that
            # lost them would pass every comparison above
            CATATAN.ok("formula cells compared (%d)" % n, n >= 300)
    return CATATAN.summary()


if __name__ == "__main__":
    sys.exit(main())
