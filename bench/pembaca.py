#!/usr/bin/python3
"""Reading a filled workbook back: the reader (pembaca/) against Python
openpyxl (BENCHMARKS.md, item 6).

A synthetic plan of --baris sub kegiatan (bench/rencana_sintetis.py) is
written by kinerja-template as its Realisasi Anggaran workbook, the largest
it writes; real headless LibreOffice converts it to .ods.  Then, alternating
within every run (run 0 only warms the page cache):

  - `pembaca-dump --ringkas` on the .xlsx and on the .ods (the whole
    workbook read into cells, values, texts and formulas; nothing printed
    but the counts), and `pembaca-dump` printing every cell as JSON;
  - openpyxl.load_workbook(read_only=True) and the default mode, touching
    every cell's value (the formulas, as openpyxl's default reads them).

Each figure is the median wall time of --runs runs (min, max); peak memory
is the maximum resident set size from /usr/bin/time -v of one more run.
The cell counts of the reader and of openpyxl are printed and must agree.

    bench/pembaca.py --program build/xlsx-templates/kinerja-template \\
        --dump build/pembaca/pembaca-dump [--baris 10000] [--runs 5]
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"
sys.path.insert(0, os.path.join(HERE, "..", "tests", "pembaca"))
import test_pembaca_banding  # noqa: E402  (its soffice conversion, as the tests run it)

OPENPYXL = """
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=sys.argv[2] == "1")
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                n += 1
print(n)
"""


def wall(argv):
    t0 = time.perf_counter()
    p = subprocess.run(argv, check=True, stdout=subprocess.PIPE, text=True)
    return time.perf_counter() - t0, p.stdout


def peak_rss(argv):
    r = subprocess.run(["/usr/bin/time", "-v"] + argv, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)",
                         r.stderr).group(1)) * 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--program", required=True, help="kinerja-template")
    ap.add_argument("--dump", required=True, help="pembaca-dump")
    ap.add_argument("--baris", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 5)))
    ap.add_argument("--soffice", default=shutil.which("soffice"))
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="kinerja-bench-baca-")
    try:
        rencana = os.path.join(tmp, "rencana")
        subprocess.run([PY, os.path.join(HERE, "rencana_sintetis.py"), "--baris",
                        str(args.baris), "--keluar", rencana, "--program", args.program],
                       check=True, stdout=subprocess.DEVNULL)
        keluar = os.path.join(tmp, "buku")
        subprocess.run([args.program, rencana, "-k", keluar, "-b", "realisasi",
                        "-r", "standar"], check=True, stdout=subprocess.DEVNULL)
        xlsx = os.path.join(keluar, [n for n in os.listdir(keluar) if n.endswith(".xlsx")][0])
        ods = test_pembaca_banding.soffice_ubah(args.soffice, [xlsx], "ods", tmp)[0]
        print("workbook: %s, %d sub kegiatan: .xlsx %d bytes, Calc's .ods %d bytes"
              % (os.path.basename(xlsx), args.baris, os.path.getsize(xlsx),
                 os.path.getsize(ods)))

        varian = {
            "pembaca .xlsx": [args.dump, "--ringkas", xlsx],
            "pembaca .ods (Calc)": [args.dump, "--ringkas", ods],
            "pembaca .xlsx + JSON of every cell": [args.dump, xlsx],
            "openpyxl read_only=True": [PY, "-c", OPENPYXL, xlsx, "1"],
            "openpyxl default": [PY, "-c", OPENPYXL, xlsx, "0"],
        }
        waktu = {k: [] for k in varian}
        keluaran = {}
        for r in range(args.runs + 1):
            for k, argv in varian.items():
                w, out = wall(argv)
                keluaran[k] = out
                if r > 0:
                    waktu[k].append(w)

        def sel(k):
            out = keluaran[k]
            if k.startswith("openpyxl"):
                return int(out)
            return sum(int(line.split("\t")[1]) for line in out.splitlines())
        print("cells with a value or formula: pembaca .xlsx %d, .ods %d; "
              "openpyxl read_only %d, default %d"
              % (sel("pembaca .xlsx"), sel("pembaca .ods (Calc)"),
                 sel("openpyxl read_only=True"), sel("openpyxl default")))

        dasar = statistics.median(waktu["pembaca .xlsx"])
        print("\n| reader | wall time, median of %d (min, max) | vs pembaca .xlsx | peak RSS |"
              % args.runs)
        print("|---|---|---|---|")
        for k, argv in varian.items():
            ts = waktu[k]
            print("| %s | %.0f ms (%.0f, %.0f) | %.1f× | %.1f MB |"
                  % (k, statistics.median(ts) * 1e3, min(ts) * 1e3, max(ts) * 1e3,
                     statistics.median(ts) / dasar, peak_rss(argv) / 1e6))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
