#!/usr/bin/python3
"""The generator's time and memory against the plan's size (BENCHMARKS.md,
section 3, "Scale"), one run per figure, /usr/bin/time -v:

1. written: the five workbooks for 1 000 to 1 000 000 sub kegiatan, each
   with its indicator (bench/rencana_sintetis.py --indikator 0), and the
   same with as many indicators of sasaran again (--indikator N);
2. --periksa over the same plans (reading and checking only);
3. duplicate detection: pembanding.csv with N distinct regions under one
   indicator, and renstra.csv with N identical rows (--periksa);
4. a plan over a worksheet's rows (1 100 000 sub kegiatan): refused, with
   --periksa and when writing.

    /usr/bin/python3 bench/skala_generator.py --program build/xlsx-templates/kinerja-template

Prints one Markdown table per part; --ukuran limits the sizes (default
1000,10000,100000,1000000).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def ukur(argv):
    """(exit status, wall seconds, max RSS in MiB, first stderr line)."""
    p = subprocess.run(["/usr/bin/time", "-v"] + argv, capture_output=True, text=True)
    err = p.stderr
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)",
                     err)
    jam = int(wall.group(1) or 0)
    detik = jam * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1)) / 1024
    baris = [b for b in err.splitlines()
             if b.strip() and not b.startswith("\t") and not b.startswith("Command ")]
    return p.returncode, detik, rss, (baris[0] if baris else "")


def rencana(program, folder, n, indikator):
    subprocess.run([sys.executable, os.path.join(HERE, "rencana_sintetis.py"),
                    "--baris", str(n), "--keluar", folder, "--program", program,
                    "--indikator", str(indikator)], check=True, stdout=subprocess.DEVNULL)


def baris_csv(folder):
    return sum(sum(1 for _ in open(os.path.join(folder, f), encoding="utf-8")) - 1
               for f in os.listdir(folder) if f.endswith(".csv"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--program", required=True)
    ap.add_argument("--ukuran", default="1000,10000,100000,1000000")
    ap.add_argument("--bagian", default="tulis,periksa,ganda,batas")
    args = ap.parse_args()
    program = os.path.abspath(args.program)
    ukuran = [int(x) for x in args.ukuran.split(",")]
    bagian = args.bagian.split(",")
    tmp = tempfile.mkdtemp(prefix="skala-generator-")
    try:
        if "tulis" in bagian or "periksa" in bagian:
            print("| plan | CSV rows | written: exit, wall, max RSS | --periksa: exit, wall, max RSS |")
            print("|---|---:|---:|---:|")
            for indikator in ("0", "n"):
                for n in ukuran:
                    plan = os.path.join(tmp, "rencana")
                    shutil.rmtree(plan, ignore_errors=True)
                    rencana(program, plan, n, 0 if indikator == "0" else n)
                    baris = baris_csv(plan)
                    sel = []
                    for args_ in (["-k", os.path.join(tmp, "keluar")], ["--periksa"]):
                        if (args_[0] == "-k" and "tulis" not in bagian) or \
                           (args_[0] == "--periksa" and "periksa" not in bagian):
                            sel.append("-")
                            continue
                        shutil.rmtree(os.path.join(tmp, "keluar"), ignore_errors=True)
                        rc, t, m, _ = ukur([program, plan] + args_)
                        sel.append("%d, %.2f s, %.0f MiB" % (rc, t, m))
                    print("| %s sub kegiatan%s | %d | %s | %s |" % (
                        "{:,}".format(n).replace(",", " "),
                        "" if indikator == "0" else " + %s sasaran indicators"
                        % "{:,}".format(n).replace(",", " "), baris, sel[0], sel[1]))
                    sys.stdout.flush()
            shutil.rmtree(os.path.join(tmp, "keluar"), ignore_errors=True)
        if "ganda" in bagian:
            print()
            print("| duplicates, --periksa | rows | exit, wall, max RSS |")
            print("|---|---:|---:|")
            contoh = os.path.join(tmp, "contoh")
            for n in ukuran:
                shutil.rmtree(contoh, ignore_errors=True)
                subprocess.run([program, "--salin-contoh", contoh], check=True,
                               stdout=subprocess.DEVNULL)
                with open(os.path.join(contoh, "pembanding.csv"), "w") as f:
                    f.write("indikator;pemda;realisasi;keterangan\n")
                    for i in range(n):
                        f.write("S1.1;Daerah %d;1,5;\n" % i)
                rc, t, m, _ = ukur([program, contoh, "--periksa"])
                print("| pembanding.csv, distinct regions under one indicator | %d | %d, %.2f s, %.0f MiB |"
                      % (n, rc, t, m))
                with open(os.path.join(contoh, "pembanding.csv"), "w") as f:
                    f.write("indikator;pemda;realisasi;keterangan\n")
                with open(os.path.join(contoh, "renstra.csv"), "w") as f:
                    f.write("indikator;tahun;target\n")
                    for i in range(n):
                        f.write("S1.1;2023;1\n")
                rc, t, m, _ = ukur([program, contoh, "--periksa"])
                print("| renstra.csv, identical rows | %d | %d, %.2f s, %.0f MiB |" % (n, rc, t, m))
                sys.stdout.flush()
        if "batas" in bagian:
            print()
            print("| over a worksheet | exit, wall, max RSS | message |")
            print("|---|---:|---|")
            plan = os.path.join(tmp, "rencana")
            shutil.rmtree(plan, ignore_errors=True)
            rencana(program, plan, 1100000, 0)
            for args_ in (["--periksa"], ["-k", os.path.join(tmp, "keluar")]):
                rc, t, m, pesan = ukur([program, plan] + args_)
                print("| 1 100 000 sub kegiatan, `%s` | %d, %.2f s, %.0f MiB | `%s` |"
                      % (args_[0], rc, t, m, pesan[:160]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
