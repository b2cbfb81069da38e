#!/usr/bin/python3
"""e2e_lembar_cek: the Windows check sheet (windows/cek-windows.fods) in real
headless Calc with the built .oxt installed, evaluated the way a user opens
it (soffice --convert-to csv, recalculation on load): every row must say
OK and the summary cell SEMUA OK.  On Linux this proves the sheet itself;
on Windows the user sees the same rows with the Windows library.
"""
import argparse
import csv
import os
import sys

SINI = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(SINI, "..", "e2e"))
sys.path.insert(0, os.path.join(SINI, "..", "..", "windows"))
import checks  # noqa: E402
import harness  # noqa: E402
import lembar_cek  # noqa: E402

CSV_FILTER = "csv:Text - txt - csv (StarCalc):59,34,76,1"


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--oxt", required=True)
    p.add_argument("--soffice")
    p.add_argument("--lembar", required=True, help="the check sheet (.fods)")
    p.add_argument("--keep", action="store_true")
    args = p.parse_args()

    report = checks.Report("e2e_lembar_cek")
    try:
        calc = harness.CalcSession(args.oxt, budget=240, label="e2e_lembar_cek",
                                   soffice=args.soffice, keep=args.keep)
    except harness.HarnessError as e:
        harness.die(str(e))
    try:
        calc.prepare()
        out = calc.convert(os.path.abspath(args.lembar), CSV_FILTER)
        with open(out, encoding="utf-8", newline="") as f:
            baris = list(csv.reader(f, delimiter=";", quotechar='"'))
        n = len(lembar_cek.KASUS)
        awal = lembar_cek.BARIS_PERTAMA - 1
        kasus = baris[awal:awal + n]
        report.ok("the sheet has %d case rows" % n,
                  len(kasus) == n and all(len(b) > 5 for b in kasus), str(baris))
        for b in kasus:
            if len(b) > 5:
                report.ok("row %s %s %s" % (b[0], b[1], b[2]), b[5] == "OK",
                          "result %r, expected %r, check %r" % (b[3], b[4], b[5]))
        ringkas = baris[3][1] if len(baris) > 3 and len(baris[3]) > 1 else None
        report.ok("the summary says SEMUA OK", ringkas == "SEMUA OK (%d/%d)" % (n, n),
                  repr(ringkas))
        fungsi = {b[1] for b in kasus if len(b) > 1}
        report.ok("every function of the add-in is on the sheet",
                  fungsi == {"CAPAIAN", "SERAPAN", "EFISIENSI", "KATEGORI", "INDEKS_SPBE",
                             "SELISIH_RINCIAN", "CEK_ANGGARAN", "REKAP_TRIWULAN"},
                  str(sorted(fungsi)))
    except harness.HarnessError as e:
        report.fail("harness", str(e))
    finally:
        calc.close()
    sys.exit(report.summary())


if __name__ == "__main__":
    main()
