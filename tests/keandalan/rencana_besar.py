"""Large generated plans for the reliability tests.

A plan folder is the built-in example's identitas.csv, kinerja.csv and
renstra.csv (the indicators of its own programs left out, and its printed
totals, which belong to the example's budget) with a generated
anggaran.csv: programs of 99 kegiatan of up to 1000 sub kegiatan each,
whole-rupiah pagu up to `max_pagu` and realisasi up to the pagu, from a
seeded generator, so every run sees the same plan.
"""

import os
import random
import subprocess

TINGKAT_INDUK = ("tujuan", "sasaran", "lainnya")


def rupiah(x):
    """19133884991 -> 19.133.884.991 (the example's Indonesian notation)."""
    return "{:,}".format(x).replace(",", ".")


class Rencana:
    """The generated budget: every node's exact integer totals."""

    def __init__(self):
        self.baris = []       # anggaran.csv lines, header first
        self.pagu = {}        # kode -> exact total pagu (int)
        self.realisasi = {}   # kode -> exact total realisasi (int)
        self.total_pagu = 0
        self.total_realisasi = 0
        self.sub_kegiatan = 0


def anggaran(n, max_pagu, seed=6, error_last=False):
    """A Rencana with n sub kegiatan.  error_last writes a word in the last
    line's realisasi (column 8): that line is line len(baris)."""
    rnd = random.Random(seed)
    r = Rencana()
    r.baris.append("tingkat;kode;induk;sasaran;uraian;pagu_murni;pagu;realisasi;catatan")
    i, p = 0, 0
    while i < n:
        p += 1
        pk = "9.%02d" % p
        r.baris.append("program;%s;;S1;Program %d;;;;" % (pk, p))
        r.pagu[pk] = r.realisasi[pk] = 0
        for kk in range(99):
            if i >= n:
                break
            kc = "%s.2.%02d" % (pk, kk + 1)
            r.baris.append("kegiatan;%s;%s;;Kegiatan %d;;;;" % (kc, pk, kk + 1))
            r.pagu[kc] = r.realisasi[kc] = 0
            for s in range(1000):
                if i >= n:
                    break
                pagu = rnd.randint(1, max_pagu)
                real = rnd.randint(0, pagu)
                kode = "%s.%04d" % (kc, s + 1)
                r.baris.append("sub kegiatan;%s;%s;;Sub kegiatan %d;;%s;%s;"
                               % (kode, kc, i + 1, rupiah(pagu), rupiah(real)))
                r.pagu[kode], r.realisasi[kode] = pagu, real
                for k in (kc, pk):
                    r.pagu[k] += pagu
                    r.realisasi[k] += real
                r.total_pagu += pagu
                r.total_realisasi += real
                i += 1
    r.sub_kegiatan = i
    if error_last:
        fields = r.baris[-1].split(";")
        fields[7] = "sembilan"
        r.baris[-1] = ";".join(fields)
    return r


def tulis(program, folder, n, max_pagu=9_000_000_000, seed=6, error_last=False):
    """Writes the plan folder with `program --salin-contoh`; returns the
    Rencana."""
    subprocess.run([program, "--salin-contoh", folder], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    path = lambda name: os.path.join(folder, name)
    with open(path("kinerja.csv"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    keep = [lines[0]] + [l for l in lines[1:]
                         if l.split(";")[0] in TINGKAT_INDUK
                         or (l.startswith("indikator;") and l.split(";")[2][:1] in "TSL")]
    with open(path("kinerja.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(keep) + "\n")
    with open(path("identitas.csv"), encoding="utf-8") as f:
        ident = [l for l in f.read().splitlines()
                 if not l.startswith(("pagu_", "realisasi_"))]
    with open(path("identitas.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(ident) + "\n")
    for extra in os.listdir(folder):  # only the files this plan describes
        if extra not in ("identitas.csv", "kinerja.csv", "anggaran.csv", "renstra.csv"):
            os.remove(path(extra))
    r = anggaran(n, max_pagu, seed, error_last)
    with open(path("anggaran.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(r.baris) + "\n")
    return r
