#!/usr/bin/python3
"""Reading a whole country's LKjIP year: N filled office workbook sets read
back, by kinerja-template against Python openpyxl, on 1 and 2 cores
(BENCHMARKS.md, item 7).

About 20 000 perangkat daerah report an LKjIP each year (every province,
kabupaten and kota has a few dozen).  The corpus: --ragam distinct synthetic
offices (bench/rencana_sintetis.py, sizes drawn between --min and --max sub
kegiatan with a fixed seed, realisasi filled, as staff leave them at year
end), each written by kinerja-template in standard-formula mode; then
--kantor office folders, each a real copy (not a link) of one of them: its
plan's CSV files and its workbooks.  Copies of a few shapes read exactly as
many distinct files would: every reader parses every byte of every file.

Measured, each with 1 and with 2 workers over the same folders:

  - `kinerja-template RENCANA --baca-buku BUKU -k OUT`, one process per
    office (what a script over a region's folders runs): the plan's CSV
    read, every input sheet of every workbook read and checked, the
    plan written back as CSV;
  - openpyxl `load_workbook(read_only=True)` touching every cell value of
    every workbook (reading only: no checks, no output), one Python
    process per worker, each importing openpyxl once;
  - `kinerja-template --konsolidasi WILAYAH`, one process per region: the
    offices are dealt into --wilayah regions (552: 514 kabupaten and kota,
    38 provinces), and each region's offices become its one regional
    workbook, as each Bappeda would make its own.

Wall time, CPU time (user + system of the workers) and the largest
resident set of one worker.  The machine's load during the run is printed:
on a shared machine wall times on 2 workers say less than CPU times.

    bench/wilayah.py --program build/xlsx-templates/kinerja-template \\
        [--kantor 20000] [--wilayah 552] [--ragam 60] [--kerja /var/tmp/wilayah]
        [--tanpa-openpyxl]
"""

import argparse
import concurrent.futures
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"


def buat_ragam(program, kerja, ragam, kecil, besar, benih):
    """Writes --ragam distinct offices: kerja/ragam/I/{rencana,buku}."""
    acak = random.Random(benih)
    daftar = []
    for i in range(ragam):
        akar = os.path.join(kerja, "ragam", "%03d" % i)
        rencana = os.path.join(akar, "rencana")
        buku = os.path.join(akar, "buku")
        if not os.path.isdir(buku):
            shutil.rmtree(akar, ignore_errors=True)
            baris = acak.randint(kecil, besar)
            subprocess.run([PY, os.path.join(HERE, "rencana_sintetis.py"), "--baris",
                            str(baris), "--keluar", rencana, "--program", program,
                            "--nama", "Perangkat Daerah %03d" % i, "--benih", str(benih + i)],
                           check=True, stdout=subprocess.DEVNULL)
            subprocess.run([program, rencana, "-k", buku + ".tmp", "-r", "standar"],
                           check=True, stdout=subprocess.DEVNULL)
            os.rename(buku + ".tmp", buku)
        else:
            acak.randint(kecil, besar)
        daftar.append(akar)
    return daftar


def buat_kumpulan(kerja, ragam, kantor, wilayah):
    """kerja/kumpulan-N-W/WWW/NNNNN/: offices dealt round the W regions, each
    a copy of the plan (CSV) and the workbooks of one shape side by side, as
    a region's consolidation reads them (--konsolidasi)."""
    kumpulan = os.path.join(kerja, "kumpulan-%d-%d" % (kantor, wilayah))
    if os.path.isdir(kumpulan):
        return kumpulan
    sementara = kumpulan + ".tmp"
    shutil.rmtree(sementara, ignore_errors=True)
    for k in range(kantor):
        asal = ragam[k % len(ragam)]
        tujuan = os.path.join(sementara, "%03d" % (k % wilayah), "%05d" % k)
        shutil.copytree(os.path.join(asal, "rencana"), tujuan)
        for nama in os.listdir(os.path.join(asal, "buku")):
            shutil.copyfile(os.path.join(asal, "buku", nama), os.path.join(tujuan, nama))
    os.rename(sementara, kumpulan)
    return kumpulan


def subfolder(folder):
    return [os.path.join(folder, n) for n in sorted(os.listdir(folder))
            if os.path.isdir(os.path.join(folder, n))]


def workbooks(kantor):
    return [n for n in sorted(os.listdir(kantor)) if n.endswith(".xlsx")]


def ukur(fungsi):
    """Wall time and CPU time (user + system) of the children it waits for."""
    sebelum = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    hasil = fungsi()
    wall = time.perf_counter() - t0
    sesudah = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (sesudah.ru_utime - sebelum.ru_utime) + (sesudah.ru_stime - sebelum.ru_stime)
    return wall, cpu, hasil


def rss_puncak(argv, masukan=None):
    """Peak resident set of one run, from /usr/bin/time (RUSAGE_CHILDREN's
    ru_maxrss only ever grows, so it cannot tell one variant from another)."""
    r = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, input=masukan, text=True,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return int(r.stderr.strip().splitlines()[-1]) * 1024


def baca_kinerja(program, daftar, keluar, pekerja):
    def satu(kantor):
        tujuan = os.path.join(keluar, os.path.basename(kantor))
        subprocess.run([program, kantor, "--baca-buku", kantor, "-k", tujuan, "--timpa"],
                       check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return 1
    with concurrent.futures.ThreadPoolExecutor(pekerja) as pool:
        return sum(pool.map(satu, daftar))


OPENPYXL = r"""
import os, sys, openpyxl
n = 0
for kantor in sys.stdin.read().split("\n"):
    if not kantor:
        continue
    for nama in sorted(os.listdir(kantor)):
        if nama.endswith(".xlsx"):
            wb = openpyxl.load_workbook(os.path.join(kantor, nama), read_only=True)
            for ws in wb.worksheets:
                for row in ws.iter_rows():
                    for c in row:
                        if c.value is not None:
                            n += 1
            wb.close()
print(n)
"""


def baca_openpyxl(daftar, pekerja):
    """One Python process per worker, each given its share of the offices."""
    bagian = [daftar[i::pekerja] for i in range(pekerja)]
    proses = [subprocess.Popen([PY, "-c", OPENPYXL], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True) for _ in bagian]
    for p, b in zip(proses, bagian):
        p.stdin.write("\n".join(b))
        p.stdin.close()
    sel = 0
    for p in proses:
        sel += int(p.stdout.read())
        if p.wait() != 0:
            raise SystemExit("openpyxl worker failed")
    return sel


def konsolidasi_wilayah(program, daftar_wilayah, keluar, pekerja):
    def satu(wilayah):
        subprocess.run([program, "--konsolidasi", wilayah, "-k",
                        os.path.join(keluar, os.path.basename(wilayah)), "--timpa"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return 1
    with concurrent.futures.ThreadPoolExecutor(pekerja) as pool:
        return sum(pool.map(satu, daftar_wilayah))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--program", required=True, help="kinerja-template")
    ap.add_argument("--kantor", type=int, default=20000, help="office folders")
    ap.add_argument("--wilayah", type=int, default=552,
                    help="regions the offices are dealt into (514 kabupaten and "
                    "kota and 38 provinces)")
    ap.add_argument("--ragam", type=int, default=60, help="distinct office shapes")
    ap.add_argument("--min", type=int, default=15, help="fewest sub kegiatan")
    ap.add_argument("--max", type=int, default=120, help="most sub kegiatan")
    ap.add_argument("--benih", type=int, default=2024)
    ap.add_argument("--kerja", help="work folder, kept for later runs "
                    "(default: a temporary one, removed)")
    ap.add_argument("--tanpa-openpyxl", action="store_true",
                    help="leave openpyxl out (it takes about six times as long)")
    args = ap.parse_args()

    kerja = args.kerja or tempfile.mkdtemp(prefix="kinerja-bench-wilayah-")
    os.makedirs(kerja, exist_ok=True)
    try:
        t0 = time.perf_counter()
        ragam = buat_ragam(args.program, kerja, args.ragam, args.min, args.max, args.benih)
        kumpulan = buat_kumpulan(kerja, ragam, args.kantor, args.wilayah)
        daftar_wilayah = subfolder(kumpulan)
        daftar = [k for w in daftar_wilayah for k in subfolder(w)]
        sampel = [os.path.join(a, "buku") for a in ragam]
        berkas = sum(len(workbooks(b)) for b in sampel)
        ukuran = sum(os.path.getsize(os.path.join(b, n)) for b in sampel for n in workbooks(b))
        print("corpus: %d offices in %d regions (%d shapes, %d-%d sub kegiatan), "
              "%.0f workbooks and %.2f GB of .xlsx in all; built in %.0f s"
              % (len(daftar), len(daftar_wilayah), len(ragam), args.min, args.max,
                 berkas * len(daftar) / len(ragam), ukuran * len(daftar) / len(ragam) / 1e9,
                 time.perf_counter() - t0))
        print("load average before: %.2f %.2f %.2f" % os.getloadavg())

        # Peak memory, measured apart: the largest of one office's read-back
        # over every shape, one openpyxl worker over every shape, and the
        # first region's consolidation.
        # offices 0..ragam-1 are one of each shape (office k is shape k % ragam);
        # daftar is in region order, which deals them apart
        contoh = sorted(daftar, key=os.path.basename)[:len(ragam)]
        rss_kinerja = max(rss_puncak([args.program, k, "--baca-buku", k, "-k",
                                      os.path.join(kerja, "rss", os.path.basename(k)),
                                      "--timpa"]) for k in contoh)
        rss_openpyxl = 0 if args.tanpa_openpyxl else rss_puncak([PY, "-c", OPENPYXL],
                                                               "\n".join(contoh))
        rss_konsolidasi = rss_puncak([args.program, "--konsolidasi", daftar_wilayah[0],
                                      "-k", os.path.join(kerja, "rss-konsolidasi"),
                                      "--timpa"])

        baris = []
        for pekerja in (1, 2):
            keluar = os.path.join(kerja, "hasil-%d" % pekerja)
            shutil.rmtree(keluar, ignore_errors=True)
            w, c, n = ukur(lambda: baca_kinerja(args.program, daftar, keluar, pekerja))
            baris.append(("kinerja-template --baca-buku, a process per office",
                          pekerja, w, c, rss_kinerja, len(daftar), "%d offices" % n))
            print(baris[-1], file=sys.stderr)
            if not args.tanpa_openpyxl:
                w, c, n = ukur(lambda: baca_openpyxl(daftar, pekerja))
                baris.append(("openpyxl read_only, every cell", pekerja, w, c,
                              rss_openpyxl, len(daftar), "%d cells" % n))
                print(baris[-1], file=sys.stderr)
            keluar = os.path.join(kerja, "konsolidasi-%d" % pekerja)
            shutil.rmtree(keluar, ignore_errors=True)
            w, c, n = ukur(lambda: konsolidasi_wilayah(args.program, daftar_wilayah,
                                                       keluar, pekerja))
            baris.append(("kinerja-template --konsolidasi, a process per region",
                          pekerja, w, c, rss_konsolidasi, len(daftar),
                          "%d regional workbooks" % n))
            print(baris[-1], file=sys.stderr)
        print("load average after: %.2f %.2f %.2f" % os.getloadavg())

        print("\n| what | workers | wall time | per office | CPU time | peak RSS "
              "of a worker | result |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for nama, pekerja, w, c, rss, n_kantor, hasil in baris:
            print("| %s | %d | %.1f s | %.1f ms | %.1f s | %.1f MB | %s |"
                  % (nama, pekerja, w, w * 1e3 / n_kantor, c, rss / 1e6, hasil))
    finally:
        if not args.kerja:
            shutil.rmtree(kerja, ignore_errors=True)


if __name__ == "__main__":
    main()
