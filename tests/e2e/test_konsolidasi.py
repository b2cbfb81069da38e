#!/usr/bin/python3
"""e2e_konsolidasi: the regional workbook of kinerja-template --konsolidasi
in real headless Calc.

The kumpulan of tests/generator/test_konsolidasi.py (the built-in example,
32 synthetic offices of different shapes, some filled with openpyxl, some
not reported, a quarterly plan, and pemda.csv rolling S1.1 up by JUMLAH,
RATA and AKHIR) is consolidated in both formula modes; each workbook is
opened in Calc with the .oxt installed and recalculated (calculateAll),
and every formula cell of every sheet (Pemda, Indikator, Perangkat Daerah,
Grafik, Pemetaan) equals the value the generator cached: every number the
same double, text equal, a cached "" blank, no error.
The figures themselves are checked against Python's own sums by the
generator test; here Calc's recalculation is held to them.

Usage: test_konsolidasi.py --oxt kinerja-calc.oxt --generator kinerja-template
       [--soffice soffice] [--budget SECONDS]
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "generator"))
sys.path.insert(0, os.path.join(HERE, ".."))
import cache_rumus  # noqa: E402
import catatan  # noqa: E402
import harness  # noqa: E402
import test_konsolidasi as kumpulan_uji  # noqa: E402

CATATAN = catatan.Catatan("e2e_konsolidasi")
LEMBAR = ["Pemda", "Indikator", "Perangkat Daerah", "Grafik", "Pemetaan"]


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--oxt", required=True)
    p.add_argument("--generator", required=True)
    p.add_argument("--soffice")
    p.add_argument("--budget", type=int, default=360)
    args = p.parse_args()
    kumpulan_uji.siapkan(args.generator, CATATAN)
    with harness.CalcSession(args.oxt, budget=args.budget, soffice=args.soffice,
                             label="e2e_konsolidasi") as calc:
        kerja = calc._mkdir("work/konsolidasi")
        kumpulan, harapan = kumpulan_uji.buat_kumpulan(kerja)
        kumpulan_uji.tulis_pemda(kumpulan, harapan)
        CATATAN.ok("%d kantor" % len(harapan), len(harapan) >= 30)
        for mode in ("addin", "standar"):
            keluar = os.path.join(kerja, "hasil-" + mode)
            r = subprocess.run([os.path.abspath(args.generator), "--konsolidasi",
                                kumpulan, "-k", keluar, "--rumus", mode],
                               capture_output=True, text=True, timeout=300)
            jalur = os.path.join(keluar, "konsolidasi-2024.xlsx")
            if not CATATAN.ok(mode + ": ditulis", r.returncode == 0 and
                              os.path.exists(jalur), r.stdout + r.stderr):
                continue
            cache_rumus.milik_soffice(calc, keluar)
            n = cache_rumus.bandingkan(calc, jalur, LEMBAR, mode, CATATAN)
            CATATAN.ok("%s: %d rumus dihitung ulang" % (mode, n), n > 1000)
    return CATATAN.summary()


if __name__ == "__main__":
    sys.exit(main())
