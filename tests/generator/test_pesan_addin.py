#!/usr/bin/python3
"""The add-in note in real headless Calc: an add-in-mode workbook opened
where the extension is missing says so in a visible cell, and says nothing
more than its usual instruction where the extension is installed.

For the built-in example written with add-in formulas (the default):
1. Calc without the .oxt, after recalculation: the add-in cells show
   #NAME? (the situation the note explains), and the note row of every
   sheet with add-in formulas starts with "PERHATIAN" and names the
   extension file and --rumus standar;
2. Calc with the .oxt: the same rows show the sheet's usual instruction
   (the generator's cached value), Ringkasan's is blank, and the add-in
   cells compute.

Usage: test_pesan_addin.py --generator kinerja-template --oxt kinerja-calc.oxt
       [--soffice soffice]
"""

import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "e2e"))
import harness  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402

import openpyxl  # noqa: E402

CATATAN = catatan.Catatan("test_pesan_addin")

AWALAN = "ID.KINERJA.FUNGSI."

BUKU = "kinerja-2024.xlsx"  # the one workbook of the year holds every sheet
# the note's formula: the add-in's answer to a call that cannot fail
TANDA_PESAN = "CAPAIAN(1,1+0*NOW())"


def catatan_sel(jalur):
    """(sheet, note cell, an add-in cell) of every sheet whose formulas
    call the add-in: a sheet with one and no note is a failure, reported
    here, as it would show #NAME? unexplained."""
    hasil = []
    for ws in openpyxl.load_workbook(jalur):
        pesan, rumus = None, None
        for baris in ws.iter_rows():
            for sel in baris:
                v = sel.value
                if not (isinstance(v, str) and AWALAN in v):
                    continue
                if TANDA_PESAN in v:
                    pesan = pesan or sel.coordinate
                else:
                    rumus = rumus or sel.coordinate
        if rumus:
            CATATAN.ok("%s has a note where the add-in is missing" % ws.title,
                       pesan is not None, "add-in formula at " + rumus)
            if pesan:
                hasil.append((ws.title, pesan, rumus))
    CATATAN.ok("add-in formulas on 6 sheets or more", len(hasil) >= 6,
               ", ".join(h[0] for h in hasil))
    return hasil


def milik_soffice(calc, folder):
    """soffice (an unprivileged user when we are root) must own the files
    it opens."""
    for akar, _, berkas in os.walk(folder):
        calc._own(akar)
        for b in berkas:
            calc._own(os.path.join(akar, b))


def tulis(calc, program, nama):
    folder = calc._mkdir("work/" + nama)
    p = subprocess.run([program, "-k", folder, "--timpa"],
                       capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise RuntimeError("kinerja-template: %d\n%s" % (p.returncode, p.stderr))
    milik_soffice(calc, folder)
    return folder


def periksa(calc, folder, ada_addin):
    label = "dengan add-in" if ada_addin else "tanpa add-in"
    jalur = os.path.join(folder, BUKU)
    doc = calc.load(jalur)
    doc.calculateAll()
    for lembar, sel_pesan, sel_rumus in catatan_sel(jalur):
        ws = doc.Sheets.getByName(lembar)
        pesan = ws.getCellRangeByName(sel_pesan)
        rumus = ws.getCellRangeByName(sel_rumus)
        teks = pesan.getString()
        nama = "%s %s!%s" % (label, lembar, sel_pesan)
        CATATAN.ok(nama + " is a formula", pesan.getFormula().startswith("="),
                   pesan.getFormula()[:60])
        if ada_addin:
            cache = openpyxl.load_workbook(jalur, data_only=True)[lembar]
            harap = cache[sel_pesan].value or ""
            CATATAN.equal(teks, harap, nama + " shows the usual instruction")
            CATATAN.ok("%s %s!%s computes" % (label, lembar, sel_rumus),
                       rumus.getError() == 0, "error %d" % rumus.getError())
        else:
            CATATAN.ok("%s %s!%s shows #NAME? without the add-in"
                       % (label, lembar, sel_rumus), rumus.getError() != 0)
            CATATAN.ok(nama + " explains", teks.startswith("PERHATIAN") and
                       "kinerja-calc.oxt" in teks and "--rumus standar" in teks,
                       repr(teks[:120]))
    doc.close(True)


def main():
    a = harness.arguments(__doc__, generator=True)
    program = a.generator
    with harness.CalcSession(None, budget=240, soffice=a.soffice,
                             label="test_pesan_addin") as calc:
        periksa(calc, tulis(calc, program, "tanpa"), False)
    with harness.CalcSession(a.oxt, budget=240, soffice=a.soffice,
                             label="test_pesan_addin") as calc:
        periksa(calc, tulis(calc, program, "dengan"), True)
    return CATATAN.summary()


if __name__ == "__main__":
    sys.exit(main())
