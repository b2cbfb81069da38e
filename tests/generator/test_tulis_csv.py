"""kinerja-template --tulis-csv through the real command.

- the built-in example written as CSV reads back and writes workbooks whose
  sheets are byte for byte those of the example itself (only the
  workbook's creation time may differ);
- the written files use the example's notation (`;`, 19.133.884.991, 3,75);
- written again without --timpa: exit 3 and nothing changed; with --timpa:
  exit 0;
- with --tanpa-realisasi: no realisasi anywhere in the written plan;
- --tulis-csv with --massal is refused (exit 2).

Usage: test_tulis_csv.py PATH/TO/kinerja-template
"""

import csv
import functools
import os
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402

PROGRAM = os.path.abspath(sys.argv[1])
CATATAN = catatan.Catatan("test_tulis_csv")
BERKAS = ["identitas.csv", "kinerja.csv", "anggaran.csv", "renstra.csv",
          "pembanding.csv"]


cek = CATATAN.cek
jalankan = functools.partial(catatan.jalankan, PROGRAM)


def isi_buku(folder):
    """{workbook: {part: bytes}} without the creation time (docProps/core.xml)."""
    hasil = {}
    for nama in sorted(os.listdir(folder)):
        with zipfile.ZipFile(os.path.join(folder, nama)) as z:
            hasil[nama] = {n: z.read(n) for n in z.namelist()
                           if n != "docProps/core.xml"}
    return hasil


def baris(folder, nama):
    with open(os.path.join(folder, nama), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        rc, out, err = jalankan("--tulis-csv", "rencana", cwd=tmp)
        cek(rc == 0, "the example written as CSV: exit %d (%s)" % (rc, err))
        ada = sorted(os.listdir(os.path.join(tmp, "rencana")))
        cek(ada == sorted(BERKAS), "the five files: %s" % ada)

        agr = baris(os.path.join(tmp, "rencana"), "anggaran.csv")
        cek(agr[0]["pagu"] == "4.706.741.900" and agr[0]["tingkat"] == "program",
            "rupiah with thousands dots: %s" % agr[0])
        kin = {b["kode"]: b for b in baris(os.path.join(tmp, "rencana"),
                                            "kinerja.csv")}
        cek(kin["S1.1"]["target"] == "3,75" and kin["S1.1"]["realisasi"] == "4,16",
            "decimal comma, decimals as typed: %s" % kin["S1.1"])
        cek(kin["L1.1"]["realisasi"] == "85,20",
            "a trailing zero typed is kept: %s" % kin["L1.1"]["realisasi"])

        rc, _, err = jalankan("rencana", "-k", "dari-csv", cwd=tmp)
        cek(rc == 0, "the written plan builds workbooks: exit %d (%s)" % (rc, err))
        rc, _, err = jalankan("-k", "contoh", cwd=tmp)
        cek(rc == 0, "the example's workbooks: exit %d (%s)" % (rc, err))
        a = isi_buku(os.path.join(tmp, "dari-csv"))
        b = isi_buku(os.path.join(tmp, "contoh"))
        cek(a.keys() == b.keys() and len(a) == 1, "same workbooks: %s" % list(a))
        for nama in b:
            beda = [n for n in b[nama] if a.get(nama, {}).get(n) != b[nama][n]]
            cek(not beda and a[nama].keys() == b[nama].keys(),
                "%s: every part equal, differing: %s" % (nama, beda))

        sebelum = open(os.path.join(tmp, "rencana", "kinerja.csv"), "rb").read()
        rc, _, err = jalankan("--tanpa-realisasi", "--tulis-csv", "rencana",
                              cwd=tmp)
        cek(rc == 3 and "--timpa" in err,
            "existing files are not replaced: exit %d (%s)" % (rc, err))
        cek(open(os.path.join(tmp, "rencana", "kinerja.csv"), "rb").read()
            == sebelum, "nothing changed")
        rc, _, err = jalankan("--tanpa-realisasi", "--tulis-csv", "rencana",
                              "--timpa", cwd=tmp)
        cek(rc == 0, "with --timpa: exit %d (%s)" % (rc, err))
        kin = baris(os.path.join(tmp, "rencana"), "kinerja.csv")
        agr = baris(os.path.join(tmp, "rencana"), "anggaran.csv")
        cek(all(not b["realisasi"] for b in kin + agr)
            and all(not b[k] for b in kin for k in ("tw1", "tw2", "tw3", "tw4")),
            "--tanpa-realisasi: no realisasi written")
        cek(any(b["target"] for b in kin), "targets are kept")

        os.mkdir(os.path.join(tmp, "kumpulan"))
        rc, _, err = jalankan("--massal", "kumpulan", "--tulis-csv", "x",
                              cwd=tmp)
        cek(rc == 2, "--tulis-csv with --massal is refused: exit %d" % rc)
    sys.exit(CATATAN.summary())


main()
