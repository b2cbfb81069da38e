"""Formula cells of a generated workbook recalculated by real Calc against
the values the generator cached in the file: the one comparison the
generator's Calc tests share (tests/generator/test_calc.py,
tests/e2e/test_konsolidasi.py), and the file ownership it needs.

A cached "" (a guarded formula whose input is blank) must stay a blank
string; text must be equal; no cell may show an error; every number
exactly the same double (the generator writes each number so that it reads
back as the double it computed, and Calc computes the same IEEE doubles),
but for one Calc behaviour: its SUM and AVERAGE add with compensation
(LibreOffice's Kahan summation), the generator (and Excel) left to right,
so a sum of non-integers, and what is computed from it, may differ in its
last bits (the Pemda roll-ups of the consolidation: 496.85000000000014
cached, 496.84999999999997 in Calc).  Those cells, found by their
formulas, are held to 1e-12 relative; whole-rupiah sums are exact in both.
"""

import os
import re

import openpyxl

# A formula that adds a range the way Calc compensates.
JUMLAH = re.compile(r"\b(?:SUM|AVERAGE)\(")
# A cell reference, with its sheet when it names one.
RUJUKAN = re.compile(r"(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!)?"
                     r"\$?([A-Z]{1,3})\$?([0-9]+)\b")


def dari_jumlah(lembar, rumus, longgar):
    """Whether the formula sums a range or reads a cell (or a range's
    corner) of the set `longgar` of (sheet, cell) that do."""
    if JUMLAH.search(rumus):
        return True
    for m in RUJUKAN.finditer(rumus):
        nama = (m.group(1) or "").replace("''", "'") or m.group(2) or lembar
        if (nama, m.group(3) + m.group(4)) in longgar:
            return True
    return False


def sama_dengan_cache(sel, cache, longgar=False):
    """(ok, what was expected, what Calc shows) for one cell."""
    err = sel.getError()
    if err:
        return False, repr(cache), "error %d" % err
    jenis = sel.FormulaResultType2  # 1 VALUE, 2 STRING
    if cache is None or cache == "":
        ok = jenis == 2 and sel.getString() == ""
        return ok, "blank", repr(sel.getString() if jenis == 2
                                 else sel.getValue())
    if isinstance(cache, str):
        return jenis == 2 and sel.getString() == cache, repr(cache), \
            repr(sel.getString())
    v = sel.getValue()
    if jenis != 1:
        return False, repr(cache), repr(sel.getString())
    if longgar:
        return abs(v - cache) <= 1e-12 * max(1.0, abs(cache)), repr(cache), \
            repr(v) + " (a sum: 1e-12)"
    return v == cache, repr(cache), repr(v)


def bandingkan(calc, jalur, lembar, label, catatan):
    """Loads `jalur` in the CalcSession, recalculates everything and holds
    every formula cell of the sheets `lembar` to its cached value, one
    check each in `catatan` (tests/catatan.py).  Returns the number of
    formula cells compared."""
    rumus = openpyxl.load_workbook(jalur)
    cache = openpyxl.load_workbook(jalur, data_only=True)
    doc = calc.load(jalur)
    semua = 0
    longgar = set()  # (sheet, cell) computed from a SUM or AVERAGE
    try:
        doc.calculateAll()
        for nama in lembar:
            if nama not in rumus.sheetnames:
                catatan.fail("%s: no sheet %r (%s)" % (label, nama,
                                                       rumus.sheetnames))
                continue
            ws, wv = rumus[nama], cache[nama]
            sheet = doc.Sheets.getByName(nama)
            n = n_jumlah = 0
            for baris in ws.iter_rows():
                for s in baris:
                    if not (isinstance(s.value, str) and
                            s.value.startswith("=")):
                        continue
                    n += 1
                    sel = sheet.getCellRangeByName(s.coordinate)
                    jumlah = dari_jumlah(nama, s.value, longgar)
                    if jumlah:
                        longgar.add((nama, s.coordinate))
                        n_jumlah += 1
                    ok, harap, dapat = sama_dengan_cache(
                        sel, wv[s.coordinate].value, jumlah)
                    catatan.ok("%s %s!%s: cached %s, Calc %s (%s)"
                               % (label, nama, s.coordinate, harap, dapat,
                                  s.value), ok)
            catatan.ok("%s %s: no formulas" % (label, nama), n > 0)
            print("  %-40s %d formula cells recalculated, %d of them from "
                  "a SUM or AVERAGE" % (label + " " + nama, n, n_jumlah))
            semua += n
    finally:
        doc.close(True)
    return semua


def milik_soffice(calc, folder):
    """soffice (an unprivileged user when we are root) must be able to lock
    the files it opens, or it opens them read-only and ignores edits."""
    for akar, _, berkas in os.walk(folder):
        calc._own(akar)
        for b in berkas:
            calc._own(os.path.join(akar, b))
