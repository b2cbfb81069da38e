#!/usr/bin/python3
"""The template generator against what an office would use instead
(BENCHMARKS.md, item 3).

1. Speed: the full template set (five workbooks) for --organisasi
   organisations of --baris sub kegiatan each (bench/rencana_sintetis.py,
   one plan per organisation), written by
     - kinerja-template, once per organisation (there is no batch mode yet);
     - Python XlsxWriter (bench/tulis_xlsxwriter.py) and
     - a bare libxlsxwriter program (bench/lantai_lxw.c, the floor),
   the last two writing the same cells, formats and formulas, read from a
   dump of kinerja-template's own output (bench/ekstrak_sel.py), in one
   process for all organisations.  The three alternate within every run;
   each figure is the median of --runs runs (wall and CPU time) with min
   and max, and the ratios are taken per run.
2. Batch mode: `kinerja-template --massal` over the same plans with -j 1
   and -j 2, alternating; parallel efficiency T(-j 1) / (2 T(-j 2)).
3. Memory: peak resident size (/usr/bin/time -v) of kinerja-template and
   of the floor for one organisation of 1 000, 10 000 and 100 000
   sub kegiatan; the slope in bytes per row between the smallest and the
   largest (plan model included: the whole process is measured).
"""

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"


def timed(argv):
    """Wall and CPU (user + sys of the children) seconds of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def fig(ts, unit=1.0, fmt="%.2f"):
    return (fmt + " (min " + fmt + ", max " + fmt + ")") % (
        statistics.median(ts) * unit, min(ts) * unit, max(ts) * unit)


def ratio(a, b):
    rs = [x / y for x, y in zip(a, b)]
    return "%.2f (min %.2f, max %.2f)" % (statistics.median(rs), min(rs), max(rs))


CPU = {}


def peak_rss(argv):
    """Peak resident bytes of one command; its CPU seconds go to CPU[argv[0]]."""
    r = subprocess.run(["/usr/bin/time", "-v"] + argv, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    u = re.search(r"User time \(seconds\): ([\d.]+)", r.stderr)
    s = re.search(r"System time \(seconds\): ([\d.]+)", r.stderr)
    CPU.setdefault(argv[0], []).append(float(u.group(1)) + float(s.group(1)))
    return int(m.group(1)) * 1024


def plan(program, folder, rows, org, seed):
    subprocess.run([PY, os.path.join(HERE, "rencana_sintetis.py"), "--baris", str(rows),
                    "--indikator", "0", "--keluar", folder, "--program", program,
                    "--nama", "Dinas Organisasi %d" % org, "--benih", str(seed)],
                   check=True, stdout=subprocess.DEVNULL)


def argumen(doc):
    """The options every comparison with the floor takes: the program, the
    floor, the rows of a plan."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--program", required=True, help="kinerja-template")
    ap.add_argument("--lantai", required=True, help="bench-lxw (bench/lantai_lxw.c)")
    ap.add_argument("--baris", type=int, default=1000)
    return ap


def main():
    ap = argumen(__doc__)
    ap.add_argument("--organisasi", type=int, default=40)
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 5)))
    ap.add_argument("--memori", default="1000,10000,100000",
                    help="plan sizes for the memory slope (empty: skip)")
    ap.add_argument("--tmp", help="work folder (default: a new one in $TMPDIR)")
    ap.add_argument("--bagian", action="append", choices=("kecepatan", "massal", "memori"),
                    help="parts to run (default: all)")
    args = ap.parse_args()
    parts = args.bagian or ["kecepatan", "massal", "memori"]
    if "memori" not in parts:
        args.memori = ""

    tmp = tempfile.mkdtemp(prefix="kinerja-bench-gen-", dir=args.tmp)
    try:
        plans = []
        for k in range(args.organisasi):
            p = os.path.join(tmp, "rencana", str(k + 1))
            plan(args.program, p, args.baris, k + 1, 1000 + k)
            plans.append(p)
        if "kecepatan" in parts:
            ref = os.path.join(tmp, "ref")
            subprocess.run([args.program, plans[0], "-k", ref, "-t"], check=True,
                           stdout=subprocess.DEVNULL)
            dump = os.path.join(tmp, "sel.dump")
            books = sorted(os.path.join(ref, f) for f in os.listdir(ref))
            subprocess.run([PY, os.path.join(HERE, "ekstrak_sel.py"), dump] + books, check=True)
            with open(dump, encoding="utf-8") as f:
                kinds = {}
                for line in f:
                    kinds[line[0]] = kinds.get(line[0], 0) + 1
            print("one organisation: %d workbooks, %d cells (%d formulas, %d numbers,"
                  " %d texts, %d formatted blanks), %d formats"
                  % (kinds.get("W", 0), sum(kinds.get(c, 0) for c in "NTXBM"),
                     kinds.get("X", 0), kinds.get("N", 0), kinds.get("T", 0),
                     kinds.get("B", 0), kinds.get("F", 0)))

            def run_kt(out):
                wall = cpu = 0.0
                for k, p in enumerate(plans):
                    w, c = timed([args.program, p, "-k", os.path.join(out, str(k + 1)), "-t"])
                    wall += w
                    cpu += c
                return wall, cpu

            variants = {
                "kinerja-template": run_kt,
                "Python XlsxWriter": lambda out: timed(
                    [PY, os.path.join(HERE, "tulis_xlsxwriter.py"), dump, out,
                     str(args.organisasi)]),
                "bare libxlsxwriter": lambda out: timed(
                    [args.lantai, dump, out, str(args.organisasi)]),
            }
            wall = {k: [] for k in variants}
            cpu = {k: [] for k in variants}
            for r in range(args.runs + 1):  # run 0 warms the page cache
                names = list(variants)
                if r % 2:
                    names.reverse()
                for name in names:
                    out = os.path.join(tmp, "out")
                    shutil.rmtree(out, ignore_errors=True)
                    os.makedirs(out)
                    w, c = variants[name](out)
                    if r:
                        wall[name].append(w)
                        cpu[name].append(c)
            print("\n== %d organisations x %d sub kegiatan, full template set, %d runs =="
                  % (args.organisasi, args.baris, args.runs))
            for name in variants:
                print("%-20s wall %s s   cpu %s s" % (name, fig(wall[name]), fig(cpu[name])))
            floor = "bare libxlsxwriter"
            for name in ("kinerja-template", "Python XlsxWriter"):
                print("%-20s / floor: wall %s   cpu %s" % (
                    name, ratio(wall[name], wall[floor]), ratio(cpu[name], cpu[floor])))
            print("%-20s / kinerja-template: wall %s   cpu %s" % (
                "Python XlsxWriter", ratio(wall["Python XlsxWriter"], wall["kinerja-template"]),
                ratio(cpu["Python XlsxWriter"], cpu["kinerja-template"])))

        if "massal" in parts:
            # Batch mode: every plan of the folder, -j workers (massal.c
            # forks one process per plan).  Efficiency = T(-j 1) / (2 T(-j 2)).
            folder = os.path.join(tmp, "rencana")
            t = {1: [], 2: []}
            c = {1: [], 2: []}
            for r in range(args.runs + 1):
                for j in ((1, 2) if r % 2 == 0 else (2, 1)):
                    out = os.path.join(tmp, "out-massal")
                    shutil.rmtree(out, ignore_errors=True)
                    w, cpu_s = timed([args.program, "--massal", folder, "-k", out,
                                      "-t", "-j", str(j)])
                    if r:
                        t[j].append(w)
                        c[j].append(cpu_s)
            eff = [a / (2 * b) for a, b in zip(t[1], t[2])]
            print("\n== Batch mode: --massal over the %d plans, %d runs (load average"
                  " at the end: %s) ==" % (args.organisasi, args.runs,
                                           " ".join("%.1f" % x for x in os.getloadavg())))
            for j in (1, 2):
                print("-j %d   wall %s s   cpu %s s" % (j, fig(t[j]), fig(c[j])))
            print("parallel efficiency on 2 cores, T(-j 1) / (2 T(-j 2)): %s"
                  % "%.0f %% (min %.0f %%, max %.0f %%)" % (
                      100 * statistics.median(eff), 100 * min(eff), 100 * max(eff)))

        sizes = [int(x) for x in args.memori.split(",") if x]
        if sizes:
            print("\n== Peak memory (max RSS, /usr/bin/time -v), one organisation,"
                  " median of %d ==" % args.runs)
            rss = {}
            for n in sizes:
                p = os.path.join(tmp, "mem-%d" % n)
                plan(args.program, p, n, 1, 7)
                out = os.path.join(tmp, "mem-out-%d" % n)
                CPU.clear()
                kt = [peak_rss([args.program, p, "-k", out, "-t"]) for _ in range(args.runs)]
                kt_cpu = statistics.median(CPU[args.program])
                d = os.path.join(tmp, "mem-%d.dump" % n)
                subprocess.run([PY, os.path.join(HERE, "ekstrak_sel.py"), d] +
                               sorted(os.path.join(out, f) for f in os.listdir(out)),
                               check=True)
                os.makedirs(out + "-lxw", exist_ok=True)
                fl = [peak_rss([args.lantai, d, out + "-lxw", "1"]) for _ in range(args.runs)]
                fk = [peak_rss([args.lantai, d, out + "-lxw", "1", "konstan"])
                      for _ in range(args.runs)]
                dump_bytes = os.path.getsize(d)
                rss[n] = (statistics.median(kt), statistics.median(fl),
                          statistics.median(fk), dump_bytes)
                print("%7d rows: kinerja-template %7.1f MiB (min %.1f, max %.1f), %.2f s cpu;"
                      "   floor %7.1f MiB, %.2f s cpu;   floor, constant memory %7.1f MiB"
                      "   (dump %.1f MiB)" % (
                          n, rss[n][0] / 2**20, min(kt) / 2**20, max(kt) / 2**20, kt_cpu,
                          rss[n][1] / 2**20, statistics.median(CPU[args.lantai][:args.runs]),
                          rss[n][2] / 2**20, dump_bytes / 2**20))
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(out + "-lxw", ignore_errors=True)
            a, b = sizes[0], sizes[-1]

            def slope(i):
                return (rss[b][i] - rss[a][i]) / (b - a)
            print("slope %d -> %d rows, bytes per row: kinerja-template %.0f; floor %.0f;"
                  " floor in constant-memory mode %.0f (both floors hold the whole dump in"
                  " memory: %.0f of their bytes per row)"
                  % (a, b, slope(0), slope(1), slope(2), slope(3)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
