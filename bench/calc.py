#!/usr/bin/python3
"""Recalculation in headless Calc: per-cell add-in calls, array calls and
text arrays (BENCHMARKS.md, items 1 and 2).

One soffice with the extension in a throwaway profile (tests/e2e/harness.py)
holds one document per variant, all with the same data in A:B.  A run is
``doc.calculateAll()`` (a hard recalculation of every formula) on each
document in turn, so the variants are measured side by side and interleaved;
each figure is the median of --runs runs with min and max, and every
formula variant is also given net of the document without formulas.

Parts (--part, repeatable; default percell and array):
  percell   100 000 cells each of =CAPAIAN(A;B), =B/A*100, =QUOTIENT(B;A)
  array     one =SUMPRODUCT(CAPAIAN(A1:An;B1:Bn)) against the per-cell
            built-ins and Calc's own =SUMPRODUCT(B1:Bn/A1:An*100)
  teks      array results holding text: KATEGORI over 10 000 and 100 000
            values, and CAPAIAN over a column with every other realisasi
            empty (numbers and "" mixed), at 10 000 and 100 000

--profil perf  also records `perf record -e cpu-clock -g` on soffice.bin
               while the CAPAIAN per-cell document recalculates, and prints
               the share of each library (our kinerja.uno.so, Calc's
               libsclo.so, the UNO runtime and bridges, ...).
"""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "e2e"))
import harness  # noqa: E402


def figure(times):
    return (statistics.median(times), min(times), max(times))


def fmt_ms(t):
    med, lo, hi = t
    return "%8.1f ms (min %.1f, max %.1f)" % (med * 1e3, lo * 1e3, hi * 1e3)


FODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"'
    ' office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
    '<office:body><office:spreadsheet><table:table table:name="Data">\n')
FODS_TAIL = '</table:table></office:spreadsheet></office:body></office:document>\n'


def write_fods(path, data, formula=None, single=None):
    """A flat ODF spreadsheet: the data in A (and B), a per-row formula in
    the next column (OpenFormula, %(r)d = the row) and one formula in E1.
    Entering 100 000 formulas through the UNO API (setFormulaArray) is
    quadratic in Calc 7.4 (listener set-up: 40 000 cells take a minute),
    while loading the same file takes about a second."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(FODS_HEAD)
        for i, row in enumerate(data):
            r = i + 1
            f.write("<table:table-row>")
            for v in row:
                if v == "":
                    f.write("<table:table-cell/>")
                else:
                    f.write('<table:table-cell office:value-type="float" office:value="%r"/>' % v)
            if formula is not None:
                f.write('<table:table-cell table:formula="%s"/>' % (formula % {"r": r}))
            if single is not None and r == 1:
                for _ in range(len(row) + (formula is not None), 4):
                    f.write("<table:table-cell/>")
                f.write('<table:table-cell table:formula="%s"/>' % single)
            f.write("</table:table-row>\n")
        f.write(FODS_TAIL)
    os.chmod(path, 0o644)


class Doc:
    """One loaded document; run() is one hard recalculation of it."""

    def __init__(self, calc, name, rows, data, formula=None, single=None):
        self.name = name
        self.rows = rows
        path = os.path.join(calc.work, "%s.fods" % name)
        write_fods(path, data, formula, single)
        self.doc = calc.load(path)
        os.unlink(path)
        self.sheet = self.doc.getSheets().getByIndex(0)
        self.times = []

    def run(self):
        t0 = time.perf_counter()
        self.doc.calculateAll()
        t = time.perf_counter() - t0
        self.times.append(t)
        return t

    def check(self, cell, expect_number=True):
        c = self.sheet.getCellRangeByName(cell)
        err = c.getError()
        if err != 0:
            raise harness.HarnessError("%s: %s is error %d (%s)" % (
                self.name, cell, err, c.getFormula()))
        return c.getValue() if expect_number else c.getString()

    def close(self):
        self.doc.close(True)


# Calc stores and reads an add-in function by its internal name
# (docs/calc.md, "Names in saved files").
ADDIN = harness.FILE_PREFIX
CAPAIAN_SEL = "of:=" + ADDIN + "CAPAIAN([.A%(r)d];[.B%(r)d])"


def make_data(rows, seed, blanks=False):
    rnd = random.Random(seed)
    data = []
    for i in range(rows):
        target = round(rnd.uniform(1, 1000), 2)
        real = round(rnd.uniform(0, 1500), 2)
        data.append((target, "" if blanks and i % 2 else real))
    return tuple(data)


def make_values(rows, seed):
    rnd = random.Random(seed)
    return tuple((rnd.uniform(0, 150),) for _ in range(rows))


def interleave(docs, runs, warmup=1):
    for _ in range(warmup):
        for d in docs:
            d.run()
        for d in docs:
            d.times.clear()
    for r in range(runs):
        order = docs if r % 2 == 0 else list(reversed(docs))
        for d in order:
            d.run()


def report_percell(docs, rows):
    base = docs["kosong"]
    b = figure(base.times)
    print("\n== Per-cell recalculation, %d rows (calculateAll) ==" % rows)
    print("%-22s %s" % ("no formulas", fmt_ms(b)))
    nets = {}
    for key, label in (("builtin", "=B/A*100"), ("quotient", "=QUOTIENT(B;A)"),
                       ("capaian", "=CAPAIAN(A;B)")):
        if key not in docs:
            continue
        d = docs[key]
        f = figure(d.times)
        # net per run, paired with the no-formula run of the same round
        net = [t - tb for t, tb in zip(d.times, base.times)]
        nets[key] = net
        n = figure(net)
        print("%-22s %s   net %s   %.2f us/cell" % (
            label, fmt_ms(f), fmt_ms(n), n[0] / rows * 1e6))
    print("ratios of net times (median of the per-round ratios, min-max):")
    for a, bkey in (("capaian", "quotient"), ("capaian", "builtin"),
                    ("quotient", "builtin")):
        if a in nets and bkey in nets:
            rs = [x / y for x, y in zip(nets[a], nets[bkey]) if y > 0]
            print("  %-9s / %-9s %.2f (min %.2f, max %.2f)" % (
                a, bkey, statistics.median(rs), min(rs), max(rs)))


def report_simple(title, docs, base_key, keys):
    print("\n== %s ==" % title)
    base = docs.get(base_key)
    for key, label in keys:
        d = docs[key]
        f = figure(d.times)
        line = "%-44s %s" % (label, fmt_ms(f))
        if base is not None and d is not base:
            net = figure([t - tb for t, tb in zip(d.times, base.times)])
            line += "   net %s" % fmt_ms(net)
        print(line)


def soffice_bin_pid(calc):
    out = subprocess.run(["ps", "-o", "pid=,comm=", "-g", str(calc.proc.pid)],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        pid, comm = line.split(None, 1)
        if comm.strip() == "soffice.bin":
            return int(pid)
    raise harness.HarnessError("no soffice.bin in process group %d" % calc.proc.pid)


def profile_perf(calc, doc, repeats, outdir, label):
    pid = soffice_bin_pid(calc)
    data = os.path.join(outdir, "perf-%s.data" % doc.name)
    rec = subprocess.Popen(["perf", "record", "-e", "cpu-clock", "-g", "-F", "2000",
                            "-o", data, "-p", str(pid)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    for _ in range(repeats):
        doc.run()
    rec.send_signal(2)
    rec.wait(timeout=120)
    rep = subprocess.run(["perf", "report", "-i", data, "--stdio", "--no-children",
                          "-g", "none", "--sort", "dso", "--percent-limit", "0.5"],
                         capture_output=True, text=True).stdout
    print("\n== perf: share of each library while %s recalculates %d times"
          " (self time, cpu-clock samples of soffice.bin) ==" % (label, repeats))
    for line in rep.splitlines():
        if line.strip() and not line.startswith("#") and "%" in line:
            print("  " + line.strip())
    rep = subprocess.run(["perf", "report", "-i", data, "--stdio", "--no-children",
                          "-g", "none", "--sort", "dso,sym", "--percent-limit", "0.7"],
                         capture_output=True, text=True).stdout
    print("-- top symbols (exported names only: LibreOffice ships no symbol table) --")
    for line in rep.splitlines():
        if line.strip() and not line.startswith("#") and "%" in line and "[" in line:
            print("  " + line.strip()[:140])
    print("perf data kept in %s (perf report -i %s)" % (data, data))


# Every hard recalculation (doc.calculateAll()) is collected on its own and
# dumped when it returns; nothing else is counted.  (callgrind_control
# cannot reach an idle soffice here: vgdb waits for it forever.)
CALLGRIND_FUNKSI = "ScDocShell::DoHardRecalc()"


def start_under_callgrind(calc, outdir):
    """Starts soffice.bin itself (not the oosplash wrapper) under callgrind;
    the harness's own start() gives up after 60 s, and soffice under
    valgrind takes longer to listen."""
    uno = harness.import_uno()
    program = os.path.join(os.path.dirname(os.path.realpath(calc.soffice)), "soffice.bin")
    calc.port = harness.free_port()
    argv = ["valgrind", "--tool=callgrind", "--vgdb=no",
            "--toggle-collect=" + CALLGRIND_FUNKSI, "--dump-after=" + CALLGRIND_FUNKSI,
            "--callgrind-out-file=%s/cg.%%p" % outdir, program] + calc.env_args() + [
        "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
        "--nolockcheck", "--accept=socket,host=127.0.0.1,port=%d;urp;" % calc.port]
    log = open(os.path.join(calc.log_dir, "soffice-callgrind.log"), "wb")
    calc.proc = subprocess.Popen(calc._command(argv), stdin=subprocess.DEVNULL, stdout=log,
                                 stderr=subprocess.STDOUT, cwd=calc.work,
                                 start_new_session=True)
    log.close()
    calc.watchdog.watch(calc.proc.pid)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    url = "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % calc.port
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline and calc.proc.poll() is None:
        try:
            calc.ctx = resolver.resolve(url)
            break
        except Exception:
            time.sleep(1.0)
    if calc.ctx is None:
        raise harness.HarnessError("soffice under callgrind did not listen within 900 s")
    calc.desktop = calc.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", calc.ctx)


def threads_off(calc):
    """Formula groups of built-ins (=B/A*100) are calculated on worker
    threads, which --toggle-collect (per thread) would not count: for the
    instruction counts, Calc calculates on one thread."""
    xcu = os.path.join(calc.profile, "user", "registrymodifications.xcu")
    with open(xcu, encoding="utf-8") as f:
        text = f.read()
    item = ('<item oor:path="/org.openoffice.Office.Calc/Formula/Calculation">'
            '<prop oor:name="UseThreadedCalculationForFormulaGroups" oor:op="fuse"'
            ' oor:type="xs:boolean"><value>false</value></prop></item>\n')
    with open(xcu, "w", encoding="utf-8") as f:
        f.write(text.replace("</oor:items>", item + "</oor:items>"))


def newest_dump(outdir):
    dumps = [f for f in os.listdir(outdir) if f.startswith("cg.") and f.count(".") == 2]
    if not dumps:
        return None
    return os.path.join(outdir, max(dumps, key=lambda f: int(f.rsplit(".", 1)[1])))


def inclusive_costs(path):
    """{function label: inclusive Ir} from callgrind_annotate."""
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                         capture_output=True, text=True).stdout
    costs = {}
    total = None
    import re
    for line in out.splitlines():
        m = re.match(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$", line)
        if not m:
            continue
        ir = int(m.group(1).replace(",", ""))
        name = m.group(2).strip()
        if name == "PROGRAM TOTALS":
            total = ir
        elif name not in costs:
            costs[name] = ir
    return total, costs


def share(costs, pattern):
    """The largest inclusive cost among functions whose label contains
    pattern (the entry point of that library on the call path)."""
    best = 0
    for name, ir in costs.items():
        if pattern in name:
            best = max(best, ir)
    return best


def run_callgrind(args):
    """Instructions per call in soffice itself: repeatable where times are
    not.  Each variant's document is recalculated once with instrumentation
    on; the dump's total, net of the document without formulas, divided by
    the number of formula cells (or array elements)."""
    n = args.callgrind_rows
    outdir_host = None
    calc = harness.CalcSession(args.oxt, budget=7200, label="bench-calc-callgrind",
                               soffice=args.soffice)
    try:
        calc.prepare()
        threads_off(calc)
        outdir_host = calc._mkdir("work/callgrind")
        start_under_callgrind(calc, outdir_host)
        data = make_data(n, 7)
        vals = make_values(n, 11)
        variants = [
            ("kosong", n, dict(data=data)),
            ("builtin", n, dict(data=data, formula="of:=[.B%(r)d]/[.A%(r)d]*100")),
            ("quotient", n, dict(data=data, formula="of:=QUOTIENT([.B%(r)d];[.A%(r)d])")),
            ("capaian", n, dict(data=data, formula=CAPAIAN_SEL)),
            ("sp_builtin", n, dict(data=data, single="of:=SUMPRODUCT([.B1:.B%d]/[.A1:.A%d]*100)" % (n, n))),
            ("sp_capaian", n, dict(data=data, single="of:=SUMPRODUCT(%sCAPAIAN([.A1:.A%d];[.B1:.B%d]))" % (ADDIN, n, n))),
            ("kosong1", n, dict(data=vals)),
            ("sp_kategori", n, dict(data=vals, single="of:=SUMPRODUCT(LEN(%sKATEGORI([.A1:.A%d])))" % (ADDIN, n))),
        ]
        results = {}
        for name, rows, kw in variants:
            d = Doc(calc, name, rows, kw["data"], kw.get("formula"), kw.get("single"))
            d.run()  # warm: the add-in loaded, caches filled
            before = newest_dump(outdir_host)
            d.run()
            after = newest_dump(outdir_host)
            if after is None or after == before:
                raise harness.HarnessError("no callgrind dump after recalculating %s" % name)
            results[name] = after
            d.close()
            print("  %s: %s" % (name, after), flush=True)
        print("\n== callgrind: instructions in soffice.bin per formula cell / array"
              " element, %d rows, one hard recalculation ==" % n)
        totals = {k: inclusive_costs(v) for k, v in results.items()}
        base = totals["kosong"][0]
        base1 = totals["kosong1"][0]
        missing = [k for k, v in totals.items() if v[0] is None]
        if missing:
            raise harness.HarnessError("no totals in the dumps of %s" % missing)
        for name, label, b in (("builtin", "=B/A*100 per cell", base),
                               ("quotient", "=QUOTIENT(B;A) per cell", base),
                               ("capaian", "=CAPAIAN(A;B) per cell", base),
                               ("sp_builtin", "=SUMPRODUCT(B/A*100) per element", base),
                               ("sp_capaian", "=SUMPRODUCT(CAPAIAN(A;B)) per element", base),
                               ("sp_kategori", "=SUMPRODUCT(LEN(KATEGORI(A))) per element", base1)):
            total, costs = totals[name]
            ours = share(costs, "[" ) and share(costs, "objek_dispatch")
            refl = share(costs, "libreflectionlo.so]")
            analysis = share(costs, "libanalysislo.so]")
            line = "%-44s %9.0f instr" % (label, (total - b) / n)
            if ours:
                line += "   ours (dispatcher and below) %6.0f (%4.1f%%)" % (
                    ours / n, 100.0 * ours / (total - b))
            if refl:
                line += "   reflection+bridge+callee %6.0f" % (refl / n)
            if analysis and not ours:
                line += "   libanalysislo %6.0f" % (analysis / n)
            print(line)
        print("callgrind dumps kept in %s (callgrind_annotate --inclusive=yes FILE)"
              % outdir_host)
    finally:
        calc.keep = True  # keep the dumps; the temp dir is printed above
        calc.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--soffice")
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 7)))
    ap.add_argument("--part", action="append", choices=("percell", "array", "teks"))
    ap.add_argument("--profil", choices=("perf", "callgrind"))
    ap.add_argument("--callgrind-rows", type=int, default=10000)
    ap.add_argument("--satu-utas", action="store_true",
                    help="calculate formula groups on one thread (Calc's"
                         " UseThreadedCalculationForFormulaGroups off)")
    ap.add_argument("--profil-ulang", type=int, default=10,
                    help="recalculations recorded by --profil")
    ap.add_argument("--keluar", default="/tmp/kinerja-bench",
                    help="folder for profiles")
    args = ap.parse_args()
    parts = args.part or ["percell", "array"]
    os.makedirs(args.keluar, exist_ok=True)
    n = args.rows
    if args.profil == "callgrind":
        run_callgrind(args)
        return

    calc = harness.CalcSession(args.oxt, budget=7200, label="bench-calc",
                               soffice=args.soffice)
    try:
        calc.prepare()
        if args.satu_utas:
            threads_off(calc)
        calc.start()
        print("soffice %s, extension %s, %d runs per figure, %d rows, %s"
              % (calc.soffice, args.oxt, args.runs, n,
                 "formula groups on one thread" if args.satu_utas
                 else "Calc's default threading"))
        data = make_data(n, 7)
        if "percell" in parts:
            docs = {
                "kosong": Doc(calc, "kosong", n, data),
                "builtin": Doc(calc, "builtin", n, data, "of:=[.B%(r)d]/[.A%(r)d]*100"),
                "quotient": Doc(calc, "quotient", n, data,
                                "of:=QUOTIENT([.B%(r)d];[.A%(r)d])"),
                "capaian": Doc(calc, "capaian", n, data,
                               CAPAIAN_SEL),
            }
            interleave(list(docs.values()), args.runs)
            docs["capaian"].check("C%d" % n)
            docs["quotient"].check("C%d" % n)
            a = docs["capaian"].sheet.getCellRangeByName("C17").getValue()
            b = docs["builtin"].sheet.getCellRangeByName("C17").getValue()
            if a != b:
                raise harness.HarnessError("CAPAIAN %r != built-in %r" % (a, b))
            report_percell(docs, n)
            if args.profil == "perf":
                profile_perf(calc, docs["capaian"], args.profil_ulang, args.keluar,
                             "%d x =CAPAIAN(A;B)" % n)
            for d in docs.values():
                d.close()

        if "array" in parts:
            docs = {
                "kosong": Doc(calc, "kosong", n, data),
                "builtin": Doc(calc, "builtin", n, data, "of:=[.B%(r)d]/[.A%(r)d]*100"),
                "sumproduct_builtin": Doc(calc, "sp-builtin", n, data,
                                          single="of:=SUMPRODUCT([.B1:.B%d]/[.A1:.A%d]*100)" % (n, n)),
                "sumproduct_capaian": Doc(calc, "sp-capaian", n, data,
                                          single="of:=SUMPRODUCT(%sCAPAIAN([.A1:.A%d];[.B1:.B%d]))" % (ADDIN, n, n)),
            }
            interleave(list(docs.values()), args.runs)
            x = docs["sumproduct_capaian"].check("E1")
            y = docs["sumproduct_builtin"].check("E1")
            if abs(x - y) > 1e-9 * abs(y):
                raise harness.HarnessError("array sums differ: %r vs %r" % (x, y))
            report_simple("Array form, %d rows (calculateAll)" % n, docs, "kosong", [
                ("kosong", "no formulas"),
                ("builtin", "%d x =B/A*100 (per cell)" % n),
                ("sumproduct_builtin", "=SUMPRODUCT(B1:B%d/A1:A%d*100)" % (n, n)),
                ("sumproduct_capaian", "=SUMPRODUCT(CAPAIAN(A1:A%d;B1:B%d))" % (n, n)),
            ])
            base = docs["kosong"].times
            cap = [t - b for t, b in zip(docs["sumproduct_capaian"].times, base)]
            blt = [t - b for t, b in zip(docs["builtin"].times, base)]
            rs = [c / b for c, b in zip(cap, blt) if b > 0]
            print("  array CAPAIAN / per-cell built-in (net): %.2f (min %.2f, max %.2f)"
                  % (statistics.median(rs), min(rs), max(rs)))
            if args.profil == "perf":
                profile_perf(calc, docs["sumproduct_capaian"], args.profil_ulang * 5,
                             args.keluar, "=SUMPRODUCT(CAPAIAN(A1:A%d;B1:B%d))" % (n, n))
            for d in docs.values():
                d.close()

        if "teks" in parts:
            docs = {}
            sizes = (10000, 100000)
            for m in sizes:
                vals = make_values(m, 11)
                docs["kosong%d" % m] = Doc(calc, "kosong%d" % m, m, vals)
                docs["kategori%d" % m] = Doc(
                    calc, "kategori%d" % m, m, vals,
                    single="of:=SUMPRODUCT(LEN(%sKATEGORI([.A1:.A%d])))" % (ADDIN, m))
                mixed = make_data(m, 13, blanks=True)
                docs["campur_kosong%d" % m] = Doc(calc, "campur-kosong%d" % m, m, mixed)
                docs["campur%d" % m] = Doc(
                    calc, "campur%d" % m, m, mixed,
                    single="of:=SUMPRODUCT(%sCAPAIAN([.A1:.A%d];[.B1:.B%d]))" % (ADDIN, m, m))
                docs["angka%d" % m] = Doc(
                    calc, "angka%d" % m, m, make_data(m, 13),
                    single="of:=SUMPRODUCT(%sCAPAIAN([.A1:.A%d];[.B1:.B%d]))" % (ADDIN, m, m))
            runs = max(5, args.runs)
            interleave(list(docs.values()), runs)
            for m in sizes:
                docs["kategori%d" % m].check("E1")
                docs["campur%d" % m].check("E1")
            for m in sizes:
                print("\n== Array results with text, %d values (calculateAll) ==" % m)
                for key, base, label in (
                        ("kosong", None, "no formulas, one column of values"),
                        ("kategori", "kosong", "=SUMPRODUCT(LEN(KATEGORI(A1:A%d)))" % m),
                        ("campur_kosong", None, "no formulas, A and B, every other B empty"),
                        ("angka", "campur_kosong", "=SUMPRODUCT(CAPAIAN(A;B)), no B empty"),
                        ("campur", "campur_kosong", "=SUMPRODUCT(CAPAIAN(A;B)), every other B empty")):
                    d = docs["%s%d" % (key, m)]
                    line = "%-48s %s" % (label, fmt_ms(figure(d.times)))
                    if base:
                        bt = docs["%s%d" % (base, m)].times
                        line += "   net %s" % fmt_ms(figure([t - x for t, x in zip(d.times, bt)]))
                    print(line)
            print("\ngrowth from %d to %d elements (median net times; linear = %.0fx):"
                  % (sizes[0], sizes[1], sizes[1] / sizes[0]))
            for key, base in (("kategori", "kosong"), ("angka", "kosong"),
                              ("campur", "campur_kosong")):
                nets = []
                for m in sizes:
                    t = statistics.median(docs["%s%d" % (key, m)].times)
                    tb = statistics.median(docs["%s%d" % (base, m)].times)
                    nets.append(t - tb)
                print("  %-9s %.1f ms -> %.1f ms: %.0fx" % (
                    key, nets[0] * 1e3, nets[1] * 1e3, nets[1] / max(nets[0], 1e-9)))
            if args.profil == "perf":
                profile_perf(calc, docs["kategori%d" % sizes[1]], args.profil_ulang,
                             args.keluar, "=SUMPRODUCT(LEN(KATEGORI(A1:A%d)))" % sizes[1])
            for d in docs.values():
                d.close()
    finally:
        calc.close()


if __name__ == "__main__":
    main()
