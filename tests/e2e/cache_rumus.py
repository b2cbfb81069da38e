"""Formula cells of a generated workbook recalculated by real Calc against
the values the generator cached in the file: the one comparison the
generator's Calc tests share (tests/generator/test_calc.py,
tests/e2e/test_konsolidasi.py), and the file ownership it needs.

A cached "" (a guarded formula whose input is blank) must stay a blank
string; text must be equal; rupiah (whole numbers of 1 000 and above)
exact; other numbers within 1e-9 relative; no cell may show an error.
"""

import os

import openpyxl


def sama_dengan_cache(sel, cache):
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
    tol = 0 if abs(cache) >= 1000 and float(cache).is_integer() \
        else 1e-9 * max(1.0, abs(cache))
    return abs(v - cache) <= tol, repr(cache), repr(v)


def bandingkan(calc, jalur, lembar, label, catatan):
    """Loads `jalur` in the CalcSession, recalculates everything and holds
    every formula cell of the sheets `lembar` to its cached value, one
    check each in `catatan` (tests/catatan.py).  Returns the number of
    formula cells compared."""
    rumus = openpyxl.load_workbook(jalur)
    cache = openpyxl.load_workbook(jalur, data_only=True)
    doc = calc.load(jalur)
    semua = 0
    try:
        doc.calculateAll()
        for nama in lembar:
            if nama not in rumus.sheetnames:
                catatan.fail("%s: no sheet %r (%s)" % (label, nama,
                                                       rumus.sheetnames))
                continue
            ws, wv = rumus[nama], cache[nama]
            sheet = doc.Sheets.getByName(nama)
            n = 0
            for baris in ws.iter_rows():
                for s in baris:
                    if not (isinstance(s.value, str) and
                            s.value.startswith("=")):
                        continue
                    n += 1
                    sel = sheet.getCellRangeByName(s.coordinate)
                    ok, harap, dapat = sama_dengan_cache(
                        sel, wv[s.coordinate].value)
                    catatan.ok("%s %s!%s: cached %s, Calc %s (%s)"
                               % (label, nama, s.coordinate, harap, dapat,
                                  s.value), ok)
            catatan.ok("%s %s: no formulas" % (label, nama), n > 0)
            print("  %-40s %d formula cells recalculated" % (
                label + " " + nama, n))
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
