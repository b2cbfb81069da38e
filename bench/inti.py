#!/usr/bin/python3
"""Instructions per call of the core, the function layer and the add-in's
own UNO layer, under callgrind (BENCHMARKS.md, item 4).

Runs bench-inti and bench-uno (bench/inti.c, bench/uno.c) under
`valgrind --tool=callgrind`; each scenario is one callgrind dump (client
requests), and the figure is the inclusive cost of the scenario's function
divided by its number of calls.  Instruction counts do not depend on the
machine's load: one run is enough, and a rerun gives the same numbers.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

N = 100000

# scenario: (function whose inclusive cost is counted, calls, what)
SKENARIO = {
    "capaian_naik": ("capaian_hitung", N, "capaian_hitung, rumus 1 (NAIK)"),
    "capaian_turun": ("capaian_hitung", N, "capaian_hitung, rumus 2 (TURUN)"),
    "serapan": ("serapan_hitung", N, "serapan_hitung"),
    "efisiensi": ("efisiensi_hitung", N, "efisiensi_hitung, RASIO"),
    "bulat_desimal": ("bulat_desimal", N, "bulat_desimal(x; 2)"),
    "kategori_tingkat": ("skala_cari", N, "skala_cari, TINGKAT (5 bands)"),
    "kategori_berhasil": ("skala_cari", N, "skala_cari, BERHASIL"),
    "indeks_spbe_47": ("indeks_spbe_resmi", N // 100,
                       "indeks_spbe_resmi, 47 values, official weights"),
    "indeks_spbe_47_bobot": ("indeks_spbe_hitung", N // 100,
                             "indeks_spbe_hitung, 47 values and weights"),
    "panggil_capaian_rentang": ("fungsi_panggil", N,
                                "fungsi_panggil CAPAIAN, 100 000 x 1, per element"),
    "panggil_capaian_skalar": ("fungsi_panggil", N,
                               "fungsi_panggil CAPAIAN, scalars, per call"),
    "panggil_kategori_rentang": ("fungsi_panggil", N,
                                 "fungsi_panggil KATEGORI, 100 000 x 1, per element"),
    "uno_capaian_skalar": ("objek_dispatch", N,
                           "dispatcher + konversi.c, CAPAIAN(number; number), per call"),
    "uno_capaian_rentang": ("objek_dispatch", N,
                            "dispatcher + konversi.c, CAPAIAN over 100 000 x 1, per element"),
    "uno_kategori_rentang": ("objek_dispatch", N,
                             "dispatcher + konversi.c, KATEGORI over 100 000 x 1, per element"),
}

# functions whose share is shown under a scenario (inclusive, per call)
RINCI = ("capaian_hitung", "skala_cari", "bulat_desimal", "kernel_capaian",
         "kernel_kategori", "fungsi_panggil", "panggil_fungsi", "anggota_nama",
         "jawab_service_info", "fungsi_cari_metode", "konversi_any_ke_sel",
         "konversi_sel_ke_nilai", "uno_type_sequence_construct", "malloc", "free",
         "log10", "ldexp")


def inclusive(path):
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                         capture_output=True, text=True, check=True).stdout
    trigger = re.search(r"Trigger: Client Request: (\S+)", out)
    costs = {}
    for line in out.splitlines():
        m = re.match(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+(\S.*?)(?: \[.*\])?$", line)
        if not m or "=>" in line:
            continue
        label = m.group(2)
        name = label.rsplit(":", 1)[-1]
        ir = int(m.group(1).replace(",", ""))
        costs[name] = max(costs.get(name, 0), ir)
    return (trigger.group(1) if trigger else None), costs


def run(program, tmp):
    base = os.path.join(tmp, os.path.basename(program))
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + base,
                    program], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    dumps = sorted((f for f in os.listdir(tmp)
                    if f.startswith(os.path.basename(program) + ".")),
                   key=lambda f: int(f.rsplit(".", 1)[1]))
    return [inclusive(os.path.join(tmp, d)) for d in dumps]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inti", required=True, help="bench-inti")
    ap.add_argument("--uno", required=True, help="bench-uno")
    ap.add_argument("--rinci", action="store_true", help="show the breakdown")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("bench-inti: valgrind is not installed")
    tmp = tempfile.mkdtemp(prefix="kinerja-bench-inti-")
    try:
        hasil = run(args.inti, tmp) + run(args.uno, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("== callgrind: instructions per call (valgrind %s) =="
          % subprocess.run(["valgrind", "--version"], capture_output=True,
                           text=True).stdout.strip())
    for nama, costs in hasil:
        if nama not in SKENARIO:
            continue
        fungsi, calls, what = SKENARIO[nama]
        if fungsi not in costs:
            print("%-26s %-64s (no %s in the dump)" % (nama, what, fungsi))
            continue
        print("%-26s %-64s %7.0f" % (nama, what, costs[fungsi] / calls))
        if args.rinci:
            for f in RINCI:
                if f in costs and f != fungsi and costs[f] / calls >= 1:
                    print("%28s %-30s %7.0f" % ("", f, costs[f] / calls))


if __name__ == "__main__":
    main()
