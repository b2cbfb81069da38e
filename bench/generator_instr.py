#!/usr/bin/python3
"""The generator against its floor in instructions (BENCHMARKS.md, item 3):
repeatable on any machine and under any load.

One organisation of --baris sub kegiatan (bench/rencana_sintetis.py
--indikator 0, the plan of bench/generator.py's first organisation) is
written by kinerja-template under callgrind; its workbook is dumped
(bench/ekstrak_sel.py) and written back by the floor (bench/lantai_lxw.c)
under callgrind once with one copy and once with --salinan copies, so that
the floor's figure per copy, (I(n) - I(1)) / (n - 1), leaves out reading its
dump.  Prints both figures, their ratio, and where kinerja-template's
instructions go (callgrind_annotate, inclusive).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

import generator  # bench/generator.py: the plan of its first organisation

HERE = os.path.dirname(os.path.abspath(__file__))
PY = generator.PY

# (label, callgrind function name as callgrind_annotate prints it)
RINCIAN = [
    ("reading and checking the plan", "rencana_baca.c:rencana_baca_folder"),
    ("the writers (cells, formulas, formats, page setup)",
     "generator.c:tulis_semua_lembar"),
    ("  of which page planning, the labels' pieces, row heights",
     "cetak.c:lembar_halaman"),
    ("libxlsxwriter's workbook_close (XML, deflate)", "???:workbook_close"),
    ("  of which the noted numbers replaced on the way to the zip",
     ("buku_angka.c:zipWriteInFileInZip", "???:zipWriteInFileInZip")),
    ("noting the inexact numbers", "buku_angka.c:buku_angka_catat"),
    ("one format object per set of properties", "gaya.c:gaya_satukan"),
    ("checking the written parts are whole (reads the zip back)",
     "buku_utuh.c:buku_utuh_periksa"),
    ("correcting numbers left in the written file (none: about 0)",
     "buku_angka.c:buku_angka_perbaiki"),
]


def callgrind(argv, keluar):
    """Instructions of one command (callgrind), its profile kept in keluar."""
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + keluar]
                       + argv, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    m = re.search(r"Collected : (\d+)", r.stderr)
    if not m:
        sys.exit("generator_instr: no callgrind total for %s" % argv[0])
    return int(m.group(1))


def inklusif(profil):
    """{function: inclusive instructions} from callgrind_annotate."""
    r = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", profil],
                       check=True, stdout=subprocess.PIPE, text=True)
    hasil = {}
    for baris in r.stdout.splitlines():
        m = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+(\S+)", baris)
        if m:
            nama = m.group(2)
            nama = nama.rsplit("/", 1)[-1]
            hasil.setdefault(nama, int(m.group(1).replace(",", "")))
    return hasil


def main():
    ap = generator.argumen(__doc__)
    ap.add_argument("--salinan", type=int, default=10)
    ap.add_argument("--simpan", help="keep the callgrind profiles in this folder")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("generator_instr: valgrind is not installed")
    tmp = tempfile.mkdtemp(prefix="kinerja-bench-instr-")
    try:
        rencana = os.path.join(tmp, "rencana")
        generator.plan(args.program, rencana, args.baris, 1, 1000)
        simpan = args.simpan or tmp
        os.makedirs(simpan, exist_ok=True)
        kt_profil = os.path.join(simpan, "callgrind.kinerja-template")
        keluar = os.path.join(tmp, "keluar")
        kt = callgrind([args.program, rencana, "-k", keluar], kt_profil)
        dump = os.path.join(tmp, "sel.dump")
        subprocess.run([PY, os.path.join(HERE, "ekstrak_sel.py"), dump] +
                       sorted(os.path.join(keluar, f) for f in os.listdir(keluar)),
                       check=True, stdout=subprocess.DEVNULL)
        lantai = {}
        for n in (1, args.salinan):
            out = os.path.join(tmp, "lantai-%d" % n)
            os.makedirs(out)
            lantai[n] = callgrind([args.lantai, dump, out, str(n)],
                                  os.path.join(simpan, "callgrind.lantai-%d" % n))
        per_salinan = (lantai[args.salinan] - lantai[1]) / (args.salinan - 1)
        print("kinerja-template, one organisation of %d rows: %d instructions"
              % (args.baris, kt))
        print("floor, per copy ((%d copies - 1 copy) / %d): %.0f instructions"
              % (args.salinan, args.salinan - 1, per_salinan))
        print("kinerja-template / floor: %.3f" % (kt / per_salinan))
        fungsi = inklusif(kt_profil)
        print("\nwhere kinerja-template's instructions go (inclusive):")
        for label, nama in RINCIAN:
            # a pair: the first's cost less the second's (a function
            # taking the place of another and calling it)
            n = (fungsi.get(nama[0], 0) - fungsi.get(nama[1], 0)
                 if isinstance(nama, tuple) else fungsi.get(nama, 0))
            print("  %-62s %12d  %5.1f %%" % (label, n, 100.0 * n / kt))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
