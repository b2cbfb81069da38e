#!/usr/bin/python3
"""Valgrind memcheck over real soffice evaluating the bad-input matrix.

The extension is installed into a throwaway profile (tests/e2e/harness.py);
the bad-input matrix of e2e_masukan_buruk (without its whole-column
formulas) is stored as an .ods; then soffice.bin itself runs under
valgrind's memcheck to load that file (which recalculates every formula:
the profile sets ODFRecalcMode to "always") and convert it to CSV.

Passes when:
  - valgrind finished and soffice exited 0 within the time limit;
  - no memcheck error and no leak has a frame in our library
    (kinerja.uno.so) in its stack: LibreOffice's own errors are counted
    and reported, not judged;
  - the add-in was really called under valgrind (frames of it were seen
    by the tool's suppression-free run: the CSV shows the add-in's
    results), and every scalar cell of the matrix in the CSV shows the
    documented result.

Usage: valgrind_calc.py --oxt build/kinerja-calc-<versi>.oxt [--keep]
       [--batas DETIK] [--soffice PATH]
"""

import argparse
import csv
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "e2e"))

import checks  # noqa: E402
import harness  # noqa: E402
import test_masukan_buruk  # noqa: E402

OUR_LIBRARY = "kinerja.uno.so"


def soffice_bin(soffice):
    """The real binary: oosplash (soffice) would fork it out of valgrind's
    sight."""
    program = os.path.dirname(os.path.realpath(soffice))
    path = os.path.join(program, "soffice.bin")
    if not os.access(path, os.X_OK):
        harness.die("soffice.bin not found next to %s" % soffice)
    return path


def frames(error):
    for frame in error.iter("frame"):
        yield (frame.findtext("obj") or "", frame.findtext("fn") or "",
               frame.findtext("file") or "", frame.findtext("line") or "")


def describe(error):
    kind = error.findtext("kind")
    what = error.findtext("what") or error.findtext("xwhat/text") or ""
    lines = ["%s: %s" % (kind, what)]
    for obj, fn, f, line in list(frames(error))[:12]:
        lines.append("    %s %s %s" % (fn, "%s:%s" % (f, line) if f else "",
                                       os.path.basename(obj)))
    return "\n".join(lines)


PLANTED = "-12345"


def plant_cached_values(ods):
    """Overwrites the cached result of every formula cell with -12345, so
    that a CSV showing the documented results proves that Calc recomputed
    them under valgrind (by calling the add-in), not that it reused the
    values stored with the file."""
    import re
    import zipfile
    with zipfile.ZipFile(ods) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    planted = 0

    def cell(m):
        nonlocal planted
        tag, body = m.group(1), m.group(2)
        tag = re.sub(r'\s(office:value|office:string-value|office:boolean-value|'
                     r'office:date-value|office:time-value|office:value-type|'
                     r'calcext:value-type)="[^"]*"', "", tag)
        tag = tag.replace("<table:table-cell",
                          '<table:table-cell office:value-type="float" office:value="%s" '
                          'calcext:value-type="float"' % PLANTED, 1)
        planted += 1
        return "%s><text:p>%s</text:p></table:table-cell>" % (tag, PLANTED)

    out = []
    for info, data in members:
        if info.filename == "content.xml":
            text = data.decode("utf-8")
            text = re.sub(r'(<table:table-cell [^>]*table:formula="[^"]*"[^>]*?)'
                          r'(?:/>|>(.*?)</table:table-cell>)', cell, text, flags=re.S)
            data = text.encode("utf-8")
        out.append((info, data))
    with zipfile.ZipFile(ods, "w") as z:
        for info, data in out:
            z.writestr(info, data)
    return planted


def shown(expect):
    """What a CSV cell shows for an expectation, or None to skip."""
    if isinstance(expect, checks.Err):
        return checks.error_name(expect.code)
    if isinstance(expect, checks.Text):
        return expect.expected
    return None


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--oxt", required=True)
    p.add_argument("--soffice")
    p.add_argument("--keep", action="store_true")
    p.add_argument("--batas", type=int, default=900,
                   help="seconds allowed for soffice under valgrind")
    args = p.parse_args()
    valgrind = shutil.which("valgrind")
    if not valgrind:
        harness.die("valgrind not found (apt-get install valgrind)")

    report = checks.Report("valgrind_calc")
    report.section = "valgrind"
    started = time.monotonic()
    calc = harness.CalcSession(args.oxt, budget=args.batas + 300, label="valgrind_calc",
                               soffice=args.soffice, keep=args.keep)
    calc.watchdog.report = report
    try:
        calc.__enter__()
        ods = os.path.join(calc.work, "masukan-buruk.ods")
        b, n = test_masukan_buruk.build(calc, report, with_whole_columns=False)
        expected = [(cells[0][0].CellAddress, cells[0][1], name)
                    for name, _, cells in b.checks if len(cells) == 1]
        b.checks = []
        calc.store(b.doc, ods, "calc8")
        b.doc.close(True)
        calc.stop()
        planted = plant_cached_values(ods)
        calc._own(ods)
        print("planted the cached value %s in %d formula cells" % (PLANTED, planted))
        print("stored the matrix: %d formulas, %d scalar cells to compare" % (n, len(expected)))

        outdir = os.path.join(calc.work, "out")
        os.makedirs(outdir, exist_ok=True)
        calc._own(outdir)
        xml_path = os.path.join(calc.work, "memcheck.xml")
        argv = [valgrind, "--tool=memcheck", "--xml=yes", "--xml-file=" + xml_path,
                "--error-limit=no", "--num-callers=50", "--leak-check=full",
                "--show-leak-kinds=definite,indirect", "--trace-children=no",
                "--child-silent-after-fork=yes", soffice_bin(calc.soffice)]
        argv += calc.env_args() + ["--headless", "--norestore", "--nologo",
                                   "--convert-to", "csv", "--outdir", outdir, ods]
        t0 = time.monotonic()
        rc, log = calc.run(argv, timeout=args.batas, log_name="valgrind.log")
        took = time.monotonic() - t0
        print("soffice under memcheck: exit status %d after %.0f s" % (rc, took))
        report.ok("soffice under valgrind exits 0 within %d s" % args.batas, rc == 0,
                  "exit %d; log tail:\n%s" % (rc, log[-2000:]))

        ours, theirs, leaks_theirs = [], 0, 0
        tree = ET.parse(xml_path)
        for error in tree.getroot().iter("error"):
            objs = [obj for obj, _, _, _ in frames(error)]
            kind = error.findtext("kind") or ""
            if any(OUR_LIBRARY in o for o in objs):
                ours.append(error)
            elif kind.startswith("Leak"):
                leaks_theirs += 1
            else:
                theirs += 1
        print("memcheck: %d error(s) with %s in the stack; LibreOffice's own: %d "
              "error(s), %d leak record(s) (not judged)"
              % (len(ours), OUR_LIBRARY, theirs, leaks_theirs))
        report.ok("no memcheck error or leak with %s in its stack" % OUR_LIBRARY,
                  not ours, "\n".join(describe(e) for e in ours[:20]))

        csv_path = os.path.join(outdir, "masukan-buruk.csv")
        rows = []
        if os.path.isfile(csv_path):
            with open(csv_path, encoding="utf-8", errors="replace", newline="") as f:
                rows = list(csv.reader(f))
        report.ok("the CSV was written", bool(rows), csv_path)
        compared = 0
        for address, expect, name in expected:
            r, c = address.Row, address.Column
            text = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
            want = shown(expect)
            if isinstance(expect, checks.Num):
                try:
                    got = Decimal(text)
                    tol = Decimal("1e-6") * max(Decimal(1), abs(expect.expected))
                    ok = abs(got - expect.expected) <= tol
                except Exception:
                    ok = False
                report.ok(name, ok, "CSV shows %r, expected %s" % (text, expect.expected))
            elif isinstance(expect, checks.Blank):
                report.ok(name, text == "", "CSV shows %r, expected blank" % text)
            elif want is not None:
                report.ok(name, text == want, "CSV shows %r, expected %r" % (text, want))
            else:
                continue
            compared += 1
        print("compared %d cells of the CSV with the documented results" % compared)
        stale = sum(1 for row in rows for text in row if text == PLANTED)
        report.ok("no cell shows the planted cached value: Calc recomputed every "
                  "formula under valgrind", stale == 0 and planted >= n, "%d stale, %d planted"
                  % (stale, planted))
        report.ok("the add-in ran under valgrind (results in the CSV)", compared > 200,
                  "%d" % compared)
    except harness.HarnessError as e:
        report.fail("harness", str(e))
    finally:
        calc.close()
    print("valgrind_calc took %.0f s" % (time.monotonic() - started))
    sys.exit(report.summary())


if __name__ == "__main__":
    main()
