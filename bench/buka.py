#!/usr/bin/python3
"""Opening generated workbooks in headless Calc and recalculating them:
add-in formulas against the portable standard-formula mode
(BENCHMARKS.md, item 5).

A synthetic plan of --baris sub kegiatan and as many indicators
(bench/rencana_sintetis.py) is written by kinerja-template twice, with
`--rumus addin` and `--rumus standar`.  One soffice with the extension
(tests/e2e/harness.py; the profile recalculates every file on load) opens
each workbook, then recalculates it once more with calculateAll(), then
closes it; the two modes alternate within every run.  Each figure is the
median of --runs runs with min and max; the ratio is taken per run.  After
the runs, the computed columns of both modes are compared cell by cell.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "e2e"))
import harness  # noqa: E402

BUKU = ("realisasi-anggaran", "pengukuran-kinerja", "ringkasan", "rkt",
        "perjanjian-kinerja")


def fig(ts):
    return "%8.0f ms (min %.0f, max %.0f)" % (
        statistics.median(ts) * 1e3, min(ts) * 1e3, max(ts) * 1e3)


def ratio(a, b):
    rs = [x / y for x, y in zip(a, b) if y > 0]
    return "%.2f (min %.2f, max %.2f)" % (statistics.median(rs), min(rs), max(rs))


def error_cells(doc):
    """Formula cells whose result is an error (#NAME?, Err:502, ...)."""
    n = 0
    for sh in harness.sheets_of(doc):
        ranges = sh.queryFormulaCells(4)  # FormulaResult.ERROR
        for a in ranges.getRangeAddresses():
            n += (a.EndColumn - a.StartColumn + 1) * (a.EndRow - a.StartRow + 1)
    return n


def sheet_values(doc):
    """Every sheet's used area as values (what a reader sees)."""
    return {sh.getName(): harness.used_area_values(sh) for sh in harness.sheets_of(doc)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--program", required=True, help="kinerja-template")
    ap.add_argument("--soffice")
    ap.add_argument("--baris", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 5)))
    ap.add_argument("--buku", default=",".join(BUKU[:3]),
                    help="workbooks to open, comma-separated (default: the three"
                         " with add-in formulas)")
    args = ap.parse_args()
    books = args.buku.split(",")

    tmp = tempfile.mkdtemp(prefix="kinerja-bench-buka-")
    try:
        plan = os.path.join(tmp, "rencana")
        subprocess.run([sys.executable, os.path.join(HERE, "rencana_sintetis.py"),
                        "--baris", str(args.baris), "--keluar", plan,
                        "--program", args.program], check=True)
        out = {}
        for mode in ("addin", "standar"):
            out[mode] = os.path.join(tmp, mode)
            subprocess.run([args.program, plan, "-k", out[mode], "-t", "--rumus", mode,
                            "-b", ",".join(b.split("-")[0] if b != "perjanjian-kinerja"
                                           else "pk" for b in books)],
                           check=True, stdout=subprocess.DEVNULL)
        files = {}
        for mode in out:
            for b in books:
                cand = [f for f in os.listdir(out[mode]) if f.startswith(b)]
                if len(cand) != 1:
                    raise harness.HarnessError("no %s workbook in %s" % (b, out[mode]))
                files[(mode, b)] = os.path.join(out[mode], cand[0])

        with harness.CalcSession(args.oxt, budget=7200, label="bench-buka",
                                 soffice=args.soffice) as calc:
            local = {}
            for key, path in files.items():
                dst = os.path.join(calc.work, "%s-%s" % (key[0], os.path.basename(path)))
                shutil.copyfile(path, dst)
                os.chmod(dst, 0o644)
                local[key] = dst
            print("soffice %s, extension %s, plan of %d sub kegiatan and %d sasaran indicators,"
                  " %d runs" % (calc.soffice, args.oxt, args.baris, args.baris, args.runs))
            t_open = {k: [] for k in local}
            t_calc = {k: [] for k in local}
            values = {}
            for r in range(args.runs + 1):  # run 0 warms up
                modes = ("addin", "standar") if r % 2 == 0 else ("standar", "addin")
                for b in books:
                    for mode in modes:
                        key = (mode, b)
                        t0 = time.perf_counter()
                        doc = calc.load(local[key])
                        t1 = time.perf_counter()
                        doc.calculateAll()
                        t2 = time.perf_counter()
                        if r == 0:
                            values[key] = (sheet_values(doc), error_cells(doc))
                        else:
                            t_open[key].append(t1 - t0)
                            t_calc[key].append(t2 - t1)
                        doc.close(True)

            print("\n== Open (load + recalculation on load) and one more hard"
                  " recalculation, %d rows ==" % args.baris)
            tot = {m: [0.0] * args.runs for m in ("addin", "standar")}
            for b in books:
                for mode in ("addin", "standar"):
                    key = (mode, b)
                    for i, t in enumerate(t_open[key]):
                        tot[mode][i] += t
                    print("%-20s %-8s open %s   recalc %s" % (
                        b, mode, fig(t_open[key]), fig(t_calc[key])))
                print("%-20s addin/standar: open %s   recalc %s" % (
                    "", ratio(t_open[("addin", b)], t_open[("standar", b)]),
                    ratio(t_calc[("addin", b)], t_calc[("standar", b)])))
            print("%-20s addin %s, standar %s, addin/standar %s" % (
                "all opened", fig(tot["addin"]), fig(tot["standar"]),
                ratio(tot["addin"], tot["standar"])))

            print("\n== Same values in both modes? ==")
            for b in books:
                (va, errors), (vs, errors_s) = values[("addin", b)], values[("standar", b)]
                diff = 0
                cells = 0
                for name in va:
                    for ra, rs in zip(va[name], vs.get(name, ())):
                        for x, y in zip(ra, rs):
                            cells += 1
                            if x != y and not (isinstance(x, float) and isinstance(y, float)
                                               and abs(x - y) <= 1e-9 * max(abs(x), abs(y))):
                                diff += 1
                print("%-20s %d cells, %d differ; error results: addin %d, standar %d"
                      % (b, cells, diff, errors, errors_s))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
