#!/usr/bin/python3
"""Money: 100 000 whole-rupiah amounts of up to 9*10^10 each,
summed exactly by the template generator's formulas - in their cached
values and after Calc recalculates them.

The core's side is tests/test_rupiah.c (`jumlah_100000_baris_eksak`: the
same sizes, rupiah_jumlah against the integer sum).  This program takes the
generator's side, end to end:

1. a plan of 100 000 sub kegiatan under 100 kegiatan and 2 programs, pagu
   up to 9*10^10 and realisasi up to the pagu (rencana_besar.py, seeded),
   whose exact totals Python keeps as integers;
2. `kinerja-template -b realisasi` writes the Realisasi Anggaran workbook;
3. the cached value of every total formula in the sheet XML (the
   organisation's, each program's and kegiatan's pagu and realisasi:
   SUMIF formulas) equals the exact integer total, to the rupiah, and every
   sub kegiatan input cell holds its amount;
4. headless Calc with the .oxt opens the workbook with recalculation
   forced (the e2e harness's profile), recalculates everything, and every
   total cell again equals the exact integer total.

The grand totals are about 4.5*10^15, below 2^53 (~9.007*10^15), where
every whole rupiah is a double.

Usage: test_rupiah_templat.py --oxt OXT --program kinerja-template [--keep]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "e2e"))

import checks  # noqa: E402
import harness  # noqa: E402
import rencana_besar  # noqa: E402

N = 100_000
MAX_PAGU = 90_000_000_000
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
WORKBOOK = "realisasi-anggaran-2024.xlsx"


def column_row(ref):
    m = re.match(r"([A-Z]+)(\d+)$", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return col - 1, int(m.group(2)) - 1


def read_sheet(path):
    """{(col, row): (formula or None, value text)} of the first worksheet,
    shared strings resolved."""
    with zipfile.ZipFile(path) as z:
        strings = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(NS + "si"):
                strings.append("".join(t.text or "" for t in si.iter(NS + "t")))
        cells = {}
        with z.open("xl/worksheets/sheet1.xml") as f:
            for _, el in ET.iterparse(f):
                if el.tag != NS + "c":
                    continue
                f_el, v_el = el.find(NS + "f"), el.find(NS + "v")
                value = v_el.text if v_el is not None else None
                if el.get("t") == "s" and value is not None:
                    value = strings[int(value)]
                elif el.get("t") == "inlineStr":
                    value = "".join(t.text or "" for t in el.iter(NS + "t"))
                cells[column_row(el.get("r"))] = (
                    f_el.text if f_el is not None else None, value)
                el.clear()
    return cells


def expected_sums(plan, totals, pagu_col, real_col):
    """(row, what it totals, column, 'pagu' or 'realisasi', exact integer
    sum) for each total row (key None: the grand total) and both amount
    columns."""
    for r, k in totals:
        label = "total" if k is None else k
        want_pagu = plan.total_pagu if k is None else plan.pagu[k]
        want_real = plan.total_realisasi if k is None else plan.realisasi[k]
        yield r, label, pagu_col, "pagu", want_pagu
        yield r, label, real_col, "realisasi", want_real


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--oxt", required=True)
    p.add_argument("--program", required=True, help="the kinerja-template binary")
    p.add_argument("--soffice")
    p.add_argument("--keep", action="store_true")
    args = p.parse_args()
    report = checks.Report("keandalan_rupiah")
    started = time.monotonic()

    calc = harness.CalcSession(args.oxt, budget=900, label="keandalan_rupiah",
                               soffice=args.soffice, keep=args.keep)
    calc.watchdog.report = report
    try:
        # 1-2: the plan and the workbook
        report.section = "generator"
        plan_dir = os.path.join(calc.work, "rencana")
        out = os.path.join(calc.work, "keluaran")
        t0 = time.monotonic()
        plan = rencana_besar.tulis(os.path.abspath(args.program), plan_dir, N, MAX_PAGU)
        print("plan: %d sub kegiatan, total pagu %d, total realisasi %d"
              % (plan.sub_kegiatan, plan.total_pagu, plan.total_realisasi))
        report.ok("the totals stay below 2^53", plan.total_pagu < 2 ** 53)
        p = subprocess.run([os.path.abspath(args.program), plan_dir, "-k", out,
                            "-b", "realisasi"], capture_output=True, text=True, timeout=600)
        report.ok("kinerja-template writes the workbook", p.returncode == 0,
                  p.stderr[-1000:])
        xlsx = os.path.join(out, WORKBOOK)
        print("generator: %.1f s, %d bytes" % (time.monotonic() - t0, os.path.getsize(xlsx)))

        # 3: cached values
        report.section = "cached values"
        t0 = time.monotonic()
        cells = read_sheet(xlsx)
        rows = {}  # row -> kode, for the rows of the budget tree
        kode_col = 1  # column B holds the kode
        for (c, r), (f, v) in cells.items():
            if c == kode_col and f is None and v in plan.pagu:
                rows[r] = v
        total_row = min(rows) - 1
        # The pagu and realisasi columns: where the sub kegiatan amounts are.
        some_leaf = next(r for r, k in rows.items() if k.count(".") == 4)
        leaf_kode = rows[some_leaf]
        pagu_col = next(c for (c, r), (f, v) in cells.items()
                        if r == some_leaf and f is None and v == str(plan.pagu[leaf_kode]))
        real_col = next(c for (c, r), (f, v) in cells.items()
                        if r == some_leaf and f is None and v == str(plan.realisasi[leaf_kode])
                        and c != pagu_col)
        print("sheet: %d cells, %d budget rows, total row %d, pagu column %d, "
              "realisasi column %d (read in %.1f s)"
              % (len(cells), len(rows), total_row + 1, pagu_col, real_col,
                 time.monotonic() - t0))
        report.ok("every node of the plan has its row",
                  len(rows) == len(plan.pagu), "%d rows, %d nodes" % (len(rows), len(plan.pagu)))

        def cached(c, r):
            f, v = cells.get((c, r), (None, None))
            return f, v

        totals = [(total_row, None)] + sorted((r, k) for r, k in rows.items()
                                              if k.count(".") < 4)
        wrong_leaf = 0
        for r, k in rows.items():
            if k.count(".") == 4:
                wrong_leaf += (cached(pagu_col, r)[1] != str(plan.pagu[k]) or
                               cached(real_col, r)[1] != str(plan.realisasi[k]))
        report.ok("every sub kegiatan cell holds its amount", wrong_leaf == 0,
                  "%d wrong" % wrong_leaf)
        exact = 0
        for r, label, col, what, want in expected_sums(plan, totals, pagu_col, real_col):
            f, v = cached(col, r)
            ok = f is not None and v is not None and int(v) == want
            exact += ok
            report.ok("cached %s of %s is the exact sum %d" % (what, label, want), ok,
                      "formula %r, cached %r" % (f, v))
        print("cached values: %d totals equal their exact integer sums" % exact)

        # 4: Calc recalculates
        report.section = "Calc"
        calc.__enter__()
        local = os.path.join(calc.work, "calc-" + WORKBOOK)
        shutil.copyfile(xlsx, local)
        calc._own(local)
        t0 = time.monotonic()
        doc = calc.load(local)
        t1 = time.monotonic()
        doc.calculateAll()
        t2 = time.monotonic()
        sheet = doc.Sheets.getByIndex(0)
        last = max(rows)
        data = sheet.getCellRangeByPosition(0, 0, max(pagu_col, real_col), last).getDataArray()
        print("Calc: loaded (recalculating) in %.1f s, calculateAll %.1f s"
              % (t1 - t0, t2 - t1))
        recalculated = 0
        for r, label, col, what, want in expected_sums(plan, totals, pagu_col, real_col):
            got = data[r][col]
            ok = isinstance(got, float) and got == float(want) and int(got) == want
            recalculated += ok
            report.ok("Calc's %s of %s is the exact sum %d" % (what, label, want), ok,
                      "got %r" % (got,))
        # The formulas really were recomputed: overwrite one input, recalc.
        leaf_row = some_leaf
        cell = sheet.getCellByPosition(pagu_col, leaf_row)
        cell.setValue(float(plan.pagu[leaf_kode] + 1))
        doc.calculateAll()
        got = sheet.getCellByPosition(pagu_col, total_row).getValue()
        report.ok("changing one sub kegiatan by 1 rupiah moves the total by exactly 1",
                  got == float(plan.total_pagu + 1), "got %r" % got)
        doc.close(True)
        print("Calc: %d totals equal their exact integer sums after recalculation"
              % recalculated)
    except harness.HarnessError as e:
        report.fail("harness", str(e))
    finally:
        calc.close()
    print("keandalan_rupiah took %.0f s" % (time.monotonic() - started))
    sys.exit(report.summary())


if __name__ == "__main__":
    main()
