#!/usr/bin/python3
"""A synthetic plan folder of N sub kegiatan rows, in kinerja-template's CSV
format (xlsx-templates/README.md), grown from the built-in example.

The built-in example (LKjIP 2024 Diskominfo Kabupaten Mojokerto: 5 programs,
10 kegiatan, 22 sub kegiatan, each sub kegiatan with one indicator) is copied
with `kinerja-template --salin-contoh`; its programs, kegiatan, tujuan,
sasaran and their indicators are kept, and its 22 sub kegiatan are the
templates of N new ones spread over the same kegiatan, each with its
indicator (the template's target, realisasi, satuan, arah); and as many
indicators of sasaran and kinerja lainnya, grown the same way from the
example's own (the rows of Pengukuran Kinerja).  Realisasi
anggaran varies by a seeded random factor (80-105 % of the template's), and
about one row in twenty has none yet (an empty cell, as a plan in progress
has).  The reported totals of the example (identitas pagu_dilaporkan, ...,
and the printed pagu/realisasi of programs and kegiatan) are dropped: they
no longer hold for the grown tree.

    bench/rencana_sintetis.py --baris 10000 --keluar /tmp/rencana-10000 \\
        --program build/xlsx-templates/kinerja-template [--nama "Dinas X"]
"""

import argparse
import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile

TOTAL_KEYS = {
    "pagu_dilaporkan", "realisasi_dilaporkan", "pagu_ikhtisar", "realisasi_ikhtisar",
    "pagu_belanja_operasi", "pagu_belanja_modal", "realisasi_belanja_operasi",
    "realisasi_belanja_modal",
}


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:] if any(r)]


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])


def rupiah(text):
    return int(text.replace(".", "")) if text else None


def rupiah_id(n):
    return "{:,}".format(n).replace(",", ".")


def make_plan(contoh, out, n, seed, nama=None, n_sasaran=0):
    rnd = random.Random(seed)
    os.makedirs(out, exist_ok=True)

    header, rows = read(os.path.join(contoh, "identitas.csv"))
    rows = [r for r in rows if r["kunci"] not in TOTAL_KEYS]
    if nama:
        for r in rows:
            if r["kunci"] == "instansi":
                r["nilai"] = nama
    write(os.path.join(out, "identitas.csv"), header, rows)

    header_a, anggaran = read(os.path.join(contoh, "anggaran.csv"))
    subs = [r for r in anggaran if r["tingkat"] == "sub kegiatan"]
    sub_codes = {r["kode"] for r in subs}
    rows_a = []
    for r in anggaran:
        if r["tingkat"] == "sub kegiatan":
            continue
        r = dict(r)
        r["pagu"] = ""
        r["realisasi"] = ""
        r["catatan"] = ""
        rows_a.append(r)

    header_k, kinerja = read(os.path.join(contoh, "kinerja.csv"))
    indikator_sub = {r["induk"]: r for r in kinerja
                     if r["tingkat"] == "indikator" and r["induk"] in sub_codes}
    rows_k = [dict(r, catatan="") for r in kinerja
              if not (r["tingkat"] == "indikator" and r["induk"] in sub_codes)]
    kept_codes = {r["kode"] for r in rows_k}

    new_subs = []
    new_ind = []
    for i in range(n):
        t = subs[i % len(subs)]
        kode = "%s.%05d" % (t["induk"], i + 1)
        pagu = rupiah(t["pagu"]) or 1000000
        real = rupiah(t["realisasi"])
        if real is None or rnd.random() < 0.05:
            real_text = ""
        else:
            real_text = rupiah_id(int(real * rnd.uniform(0.80, 1.05)))
        new_subs.append(dict(t, kode=kode, uraian="%s (%d)" % (t["uraian"], i + 1),
                             pagu=rupiah_id(pagu), realisasi=real_text, catatan=""))
        ind = indikator_sub.get(t["kode"])
        if ind is not None:
            new_ind.append(dict(ind, kode=kode + "/1", induk=kode, catatan=""))
    # Sub kegiatan follow their kegiatan in the file, as a planner writes them.
    by_parent = {}
    for s in new_subs:
        by_parent.setdefault(s["induk"], []).append(s)
    ordered = []
    for r in rows_a:
        ordered.append(r)
        if r["tingkat"] == "kegiatan":
            ordered.extend(by_parent.pop(r["kode"], []))
    for rest in by_parent.values():
        ordered.extend(rest)
    write(os.path.join(out, "anggaran.csv"), header_a, ordered)
    # Indicators of sasaran and kinerja lainnya: the rows of Pengukuran
    # Kinerja (CAPAIAN and KATEGORI each), grown from the example's own.
    atas = {r["kode"] for r in rows_k if r["tingkat"] in ("tujuan", "sasaran", "lainnya")}
    templat = [r for r in rows_k if r["tingkat"] == "indikator" and r["induk"] in atas
               and r.get("target")]
    baru = []
    for i in range(n_sasaran):
        t = templat[i % len(templat)]
        baru.append(dict(t, kode="%s.%05d" % (t["kode"], i + 1),
                         uraian="%s (%d)" % (t["uraian"], i + 1)))
    rows_k2 = rows_k + baru
    write(os.path.join(out, "kinerja.csv"), header_k, rows_k2 + new_ind)

    renstra = os.path.join(contoh, "renstra.csv")
    if os.path.exists(renstra):
        header_r, rows_r = read(renstra)
        rows_r = [r for r in rows_r if r["indikator"] in kept_codes]
        write(os.path.join(out, "renstra.csv"), header_r, rows_r)
    return len(new_subs), len(new_ind) + len(baru)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baris", type=int, required=True, help="sub kegiatan rows")
    ap.add_argument("--keluar", required=True, help="plan folder to write")
    ap.add_argument("--program", default="build/xlsx-templates/kinerja-template",
                    help="kinerja-template, for --salin-contoh")
    ap.add_argument("--indikator", type=int,
                    help="indicators of sasaran / kinerja lainnya (Pengukuran Kinerja"
                         " rows); default: as many as --baris")
    ap.add_argument("--nama", help="instansi name (batches of organisations)")
    ap.add_argument("--benih", type=int, default=2024)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="kinerja-contoh-")
    try:
        contoh = os.path.join(tmp, "contoh")
        subprocess.run([args.program, "--salin-contoh", contoh], check=True,
                       stdout=subprocess.DEVNULL)
        n_ind = args.baris if args.indikator is None else args.indikator
        subs, inds = make_plan(contoh, args.keluar, args.baris, args.benih, args.nama,
                               n_ind)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("rencana_sintetis: %s: %d sub kegiatan, %d indicators"
          % (args.keluar, subs, inds))


if __name__ == "__main__":
    sys.exit(main())
