"""kinerja-template --konsolidasi over a region of 34 offices, checked
against figures computed here, independently of the program.

The kumpulan holds:
- the built-in example (`--salin-contoh`), its workbooks written with
  realisasi;
- 32 synthetic offices of different shapes (bench/rencana_sintetis.py:
  22 to 61 sub kegiatan, 0 to 9 extra sasaran indicators), in three kinds:
  workbooks written with the plan's realisasi; workbooks written blank
  (--tanpa-realisasi, --rumus standar) and filled here with openpyxl
  (numbers and Indonesian text, some cells left blank); no workbook at
  all (not reported);
- a plan monitored per quarter (its S1.1 the last filled quarter);
- pemda.csv: three Pemda indicators over S1.1 of many offices, by JUMLAH,
  RATA and AKHIR.

Then: every office's pagu and realisasi on the Perangkat Daerah sheet are
the rupiah computed here from the plan's leaves and what was typed, the
totals row is their exact sum, the offices that did not report show no
realisasi, each office's findings are counted and listed as its plan and
values imply, the charts draw one bar per office, ten at most a chart, the Pemda roll-ups are those computed here, the ranks are
those of the cached values, in both formula modes; the standard-mode
workbook recalculated by Gnumeric (`ssconvert --recalc`) gives every
formula its cached value; a wrong pemda.csv is refused with
file:line:column and exit 1, a damaged workbook with its file name,
nothing written either way; an existing output is kept (exit 3) unless
--timpa.

Usage: test_konsolidasi.py PATH/TO/kinerja-template
(tests/e2e/test_konsolidasi.py imports it for the same kumpulan.)
"""

import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

AKAR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(AKAR, "tests"))
sys.path.insert(0, os.path.join(AKAR, "tests", "generator"))
sys.path.insert(0, os.path.join(AKAR, "bench"))
import catatan  # noqa: E402
import rencana_csv  # noqa: E402
from rencana_csv import buku_dengan  # noqa: E402
import rencana_sintetis  # noqa: E402
import rencana_triwulan  # noqa: E402
from sama_gnumeric import sama_nilai  # noqa: E402

PROGRAM = None  # kinerja-template (siapkan)
CATATAN = catatan.Catatan("test_konsolidasi")


def siapkan(program, cat=None):
    """The program under test, and the record checks go to (the e2e test
    tests/e2e/test_konsolidasi.py builds its kumpulan with this module)."""
    global PROGRAM, CATATAN
    PROGRAM = os.path.abspath(program)
    if cat is not None:
        CATATAN = cat
BENIH = 2024


def jalankan(*args):
    p = subprocess.run([PROGRAM, *args], capture_output=True, text=True,
                       timeout=600)
    return p.returncode, p.stdout, p.stderr


def rupiah(teks):
    """Whole rupiah of a CSV field ("19.133.884.991"), None if empty."""
    return int(teks.replace(".", "")) if teks.strip() else None


def angka(teks):
    return float(teks.replace(".", "").replace(",", ".")) if teks.strip() else None


def tabel(folder, berkas):
    baris = rencana_csv.baca_csv(folder, berkas)
    return [dict(zip(baris[0], b)) for b in baris[1:] if any(b)]


def daun(folder):
    """The budget lines without children: where pagu and realisasi stand."""
    rows = tabel(folder, "anggaran.csv")
    induk = {r["induk"] for r in rows}
    return [r for r in rows if r["kode"] not in induk]


def cari(ws, teks, baris_maks=12):
    """(row, column) of the header cell saying `teks`."""
    for r in range(1, baris_maks + 1):
        for c in range(1, ws.max_column + 1):
            if ws.cell(r, c).value == teks:
                return r, c
    raise AssertionError("%s: judul %r tidak ada" % (ws.title, teks))


def isi_openpyxl(folder, rnd):
    """Types realisasi into the blank workbooks of `folder`: every budget
    line but some, every indicator but some.  Returns (rupiah typed per
    leaf kode, realisasi typed per indicator uraian)."""
    jalur = buku_dengan(folder, "Realisasi Anggaran")
    wb = openpyxl.load_workbook(jalur)
    ws = wb["Realisasi Anggaran"]
    hk, k_kode = cari(ws, "Kode")
    _, k_real = cari(ws, "Realisasi (Rp)")
    leaves = {r["kode"]: rupiah(r["pagu"]) for r in daun(folder)}
    anggaran = {}
    for r in range(hk + 1, ws.max_row + 1):
        kode = ws.cell(r, k_kode).value
        if kode not in leaves or rnd.random() < 0.15:
            continue
        nilai = int(leaves[kode] * rnd.uniform(0.5, 1.1))
        # as text in Indonesian notation for some, as a number for others
        ws.cell(r, k_real).value = (rencana_sintetis.rupiah_id(nilai)
                                    if rnd.random() < 0.3 else nilai)
        anggaran[kode] = nilai
    wb.save(jalur)
    jalur = buku_dengan(folder, "Pengukuran Kinerja")
    wb = openpyxl.load_workbook(jalur)
    ws = wb["Pengukuran Kinerja"]
    hi, k_ind = cari(ws, "INDIKATOR KINERJA")
    _, k_real = cari(ws, "REALISASI")
    kinerja = {}
    for r in range(hi + 1, ws.max_row + 1):
        uraian = ws.cell(r, k_ind).value
        if not isinstance(uraian, str) or rnd.random() < 0.2:
            continue
        nilai = round(rnd.uniform(1, 120), 2)
        ws.cell(r, k_real).value = (("%.2f" % nilai).replace(".", ",")
                                    if rnd.random() < 0.3 else nilai)
        kinerja[uraian] = nilai
    wb.save(jalur)
    return anggaran, kinerja


def buat_kumpulan(tmp):
    """Writes the kumpulan; returns {office: expected figures}."""
    kumpulan = os.path.join(tmp, "kumpulan")
    contoh = os.path.join(tmp, "contoh-asal")
    rc, _, err = jalankan("--salin-contoh", contoh)
    assert rc == 0, err
    rnd = random.Random(BENIH)
    harapan = {}
    nama_kantor = ["%02d-dinas-%d" % (i, i) for i in range(32)]
    folder_contoh = os.path.join(kumpulan, "contoh")
    jalankan("--salin-contoh", folder_contoh)
    tw = os.path.join(kumpulan, "triwulan")
    rencana_triwulan.tulis(PROGRAM, tw)
    for i, nama in enumerate(nama_kantor):
        rencana_sintetis.make_plan(contoh, os.path.join(kumpulan, nama),
                                   22 + (i * 7) % 40, BENIH + i,
                                   "Dinas Uji %d" % i, i % 10)
    for nama in ["contoh", "triwulan"] + nama_kantor:
        folder = os.path.join(kumpulan, nama)
        i = nama_kantor.index(nama) if nama in nama_kantor else -1
        jenis = "csv" if i < 0 or i % 3 == 0 else ("isi" if i % 3 == 1 else "belum")
        leaves = daun(folder)
        pagu = sum(rupiah(r["pagu"]) for r in leaves)
        kin = {r["kode"]: r for r in tabel(folder, "kinerja.csv")
               if r["tingkat"] == "indikator"}
        s11 = None
        if jenis == "csv":
            rc, _, err = jalankan(folder, "-k", folder, "--rumus", "standar")
            assert rc == 0, err
            real = [rupiah(r["realisasi"]) for r in leaves
                    if rupiah(r["realisasi"]) is not None]
            lebih = sum(1 for r in leaves if rupiah(r["realisasi"]) is not None
                        and rupiah(r["realisasi"]) > rupiah(r["pagu"]))
            s11 = angka(kin["S1.1"]["realisasi"]) if "S1.1" in kin else None
            if nama == "triwulan":
                s11 = 4.16  # the last filled quarter
        elif jenis == "isi":
            rc, _, err = jalankan(folder, "-k", folder, "--rumus", "standar",
                                  "--tanpa-realisasi")
            assert rc == 0, err
            # the plan beside the workbooks is the one they were written
            # from: read-back compares each input cell with it to tell what
            # staff changed, so its realisasi must be the blank ones too
            rc, _, err = jalankan(folder, "--tanpa-realisasi", "--tulis-csv", folder,
                                  "--timpa")
            assert rc == 0, err
            anggaran, kinerja = isi_openpyxl(folder, rnd)
            real = list(anggaran.values())
            pagu_daun = {r["kode"]: rupiah(r["pagu"]) for r in leaves}
            lebih = sum(1 for k, v in anggaran.items() if v > pagu_daun[k])
            s11 = kinerja.get(kin["S1.1"]["uraian"]) if "S1.1" in kin else None
        else:
            real, lebih = [], 0
        # the example report breaks its own arithmetic five times
        # (docs/laporan-contoh.md); the synthetic plans carry no reported
        # totals, so their findings are lines spent above their pagu and a
        # realisasi the Renstra's table printed otherwise (96,23 for 96,25)
        if jenis == "csv":
            dipakai = {k: angka(r["realisasi"]) for k, r in kin.items()}
        elif jenis == "isi":
            dipakai = {k: kinerja.get(r["uraian"]) for k, r in kin.items()}
        else:
            dipakai = {}
        for r in tabel(folder, "renstra.csv"):
            lapor = angka(r.get("realisasi_dilaporkan", ""))
            pakai = dipakai.get(r["indikator"])
            if r["tahun"] == "2024" and lapor is not None and pakai is not None \
                    and round(pakai - lapor, 2) != 0:
                lebih += 1
        temuan = 5 if nama == "contoh" else (None if nama == "triwulan"
                                               else lebih)
        harapan[nama] = {"temuan": temuan, "pagu": pagu, "realisasi": sum(real) if real else None,
                         "melapor": jenis != "belum", "s11": s11}
    return kumpulan, harapan


PEMDA = [("IKU.1", "JUMLAH", "10"), ("IKU.2", "RATA", "3,5"),
         ("IKU.3", "AKHIR", "3,75")]


def tulis_pemda(kumpulan, harapan):
    """pemda.csv: each Pemda indicator over S1.1 of a different set of
    offices; returns {kode: expected realisasi}."""
    kantor = sorted(harapan)
    sumber = {"IKU.1": kantor[::2], "IKU.2": kantor[1::3],
              "IKU.3": kantor[:9]}
    baris = [["tingkat", "kode", "uraian", "satuan", "target", "arah",
              "cara", "induk", "perangkat_daerah", "indikator"]]
    hasil = {}
    for kode, cara, target in PEMDA:
        baris.append(["indikator", kode, "Indikator Pemda " + kode, "",
                      target, "", cara, "", "", ""])
        for o in sumber[kode]:
            baris.append(["sumber"] + [""] * 6 + [kode, o, "S1.1"])
        nilai = [harapan[o]["s11"] for o in sumber[kode]
                 if harapan[o]["s11"] is not None]
        if not nilai:
            hasil[kode] = None
        elif cara == "JUMLAH":
            hasil[kode] = math.fsum(nilai)
        elif cara == "RATA":
            hasil[kode] = math.fsum(nilai) / len(nilai)
        else:
            hasil[kode] = nilai[-1]
    rencana_csv.tulis_csv(kumpulan, "pemda.csv", baris)
    return hasil


def baris_tabel(ws, judul_kunci, berhenti):
    """The body rows under the header cell `judul_kunci` as dicts by the
    header titles of that row (and the group row above), until a row whose
    first cell says `berhenti` or the end."""
    hr, _ = cari(ws, judul_kunci)
    judul = {}
    for c in range(1, ws.max_column + 1):
        # a title below a group's header, else the merged one above
        bawah = ws.cell(hr + 1, c).value
        judul[c] = bawah if isinstance(bawah, str) and not \
            bawah.startswith("(") else ws.cell(hr, c).value
    rows = []
    for r in range(hr + 1, ws.max_row + 1):
        pertama = ws.cell(r, 1).value
        if berhenti is not None and pertama == berhenti:
            return rows, r
        if not isinstance(pertama, (int, float)):
            continue  # header, numbering "(1)", notes
        rows.append({judul[c]: ws.cell(r, c).value for c in judul if judul[c]})
    return rows, None


def periksa_buku(jalur, harapan, pemda, mode):
    wb = openpyxl.load_workbook(jalur, data_only=True)
    CATATAN.equal(wb.sheetnames, ["Pemda", "Indikator", "Perangkat Daerah",
                                  "Grafik", "Temuan", "Pemetaan"],
                  mode + ": lembar")
    ws = wb["Perangkat Daerah"]
    rows, r_jumlah = baris_tabel(ws, "Subfolder", "Jumlah Pemerintah Daerah")
    CATATAN.equal(len(rows), len(harapan), mode + ": satu baris per kantor")
    for b in rows:
        h = harapan[b["Subfolder"]]
        CATATAN.equal(b["Pagu (Rp)"], h["pagu"], "%s: %s pagu" % (mode, b["Subfolder"]))
        CATATAN.equal(b["Realisasi (Rp)"], h["realisasi"],
                      "%s: %s realisasi" % (mode, b["Subfolder"]))
        CATATAN.equal(b["Status"], "Melapor" if h["melapor"] else "Belum melapor",
                      "%s: %s status" % (mode, b["Subfolder"]))
        if h["temuan"] is not None:
            CATATAN.equal(b["Temuan Pemeriksaan"], h["temuan"],
                          "%s: %s temuan" % (mode, b["Subfolder"]))
        if h["realisasi"] is not None:
            CATATAN.ok("%s: %s serapan" % (mode, b["Subfolder"]),
                       math.isclose(b["% Serapan"], h["realisasi"] * 100 / h["pagu"],
                                    rel_tol=1e-12), repr(b["% Serapan"]))
    # the totals: exact sums of whole rupiah, computed here
    _, k_pagu = cari(ws, "Pagu (Rp)")
    _, k_real = cari(ws, "Realisasi (Rp)")
    total_pagu = sum(h["pagu"] for h in harapan.values())
    total_real = sum(h["realisasi"] for h in harapan.values() if h["realisasi"])
    CATATAN.ok(mode + ": jumlah pagu tepat",
               r_jumlah and ws.cell(r_jumlah, k_pagu).value == total_pagu,
               "%r, dihitung %d" % (ws.cell(r_jumlah, k_pagu).value, total_pagu))
    CATATAN.ok(mode + ": jumlah realisasi tepat",
               r_jumlah and ws.cell(r_jumlah, k_real).value == total_real,
               "%r, dihitung %d" % (ws.cell(r_jumlah, k_real).value, total_real))
    # ranks: 1 + offices with a higher cached value
    for kolom, judul in (("Rata-rata % Capaian", "Capaian"),
                         ("% Serapan", "Serapan")):
        nilai = [b[kolom] for b in rows if isinstance(b[kolom], (int, float))]
        salah = [b["Subfolder"] for b in rows
                 if isinstance(b[kolom], (int, float))
                 and b[judul] != 1 + sum(v > b[kolom] for v in nilai)]
        CATATAN.ok("%s: peringkat %s" % (mode, judul), not salah, repr(salah))
    # the Temuan sheet lists each office's findings, as many as it counts
    t_rows, _ = baris_tabel(wb["Temuan"], "Hasil", None)
    nama_kantor = {b["Perangkat Daerah"] for b in rows}
    for b in rows:
        n = sum(1 for t in t_rows if t["Perangkat Daerah"] == b["Perangkat Daerah"])
        if sum(1 for x in rows if x["Perangkat Daerah"] == b["Perangkat Daerah"]) == 1:
            CATATAN.equal(n, b["Temuan Pemeriksaan"],
                          "%s: lembar Temuan %s" % (mode, b["Subfolder"]))
    CATATAN.ok(mode + ": setiap temuan milik perangkat daerah",
               all(t["Perangkat Daerah"] in nama_kantor for t in t_rows))
    CATATAN.ok(mode + ": temuan hanya Tidak cocok / Melebihi pagu",
               {t["Hasil"] for t in t_rows} <= {"Tidak cocok", "Melebihi pagu"}
               and len(t_rows) >= 5, repr({t["Hasil"] for t in t_rows}))
    # bar charts over the Grafik sheet's rows, one bar per office: each
    # measure in charts of 10 offices at most (so a printed page names
    # every bar), the offices dealt evenly, in order
    ws = wb["Grafik"]
    awal = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == 1)
    n = len(harapan)
    potong = -(-n // 10)
    with zipfile.ZipFile(jalur) as z:
        grafik = sorted((n_ for n_ in z.namelist()
                         if re.fullmatch(r"xl/charts/chart\d+\.xml", n_)),
                        key=lambda n_: int(re.findall(r"\d+", n_)[0]))
        rujukan = [re.findall(r"<c:f>([^<]*)</c:f>", z.read(n_).decode())
                   for n_ in grafik]
    CATATAN.equal(rujukan, [
        ["Grafik!$%s$%d" % (k, awal - 1),
         "Grafik!$B$%d:$B$%d" % (awal + c * n // potong,
                                 awal + (c + 1) * n // potong - 1),
         "Grafik!$%s$%d:$%s$%d" % (k, awal + c * n // potong, k,
                                   awal + (c + 1) * n // potong - 1)]
        for k in "CD" for c in range(potong)],
        mode + ": grafik capaian dan serapan per kantor, 10 sebatang")
    # printed: the charts alone, below the table (its figures print on
    # the Perangkat Daerah sheet), no header rows repeated over them
    area = wb.defined_names.get("_xlnm.Print_Area", ws.parent.sheetnames.index("Grafik"))
    area = ws.print_area if area is None else area.attr_text
    baris_area = [int(x) for x in re.findall(r"\$(\d+)", str(area))]
    CATATAN.ok(mode + ": Grafik mencetak grafik saja",
               baris_area and min(baris_area) > awal + n - 1, repr(area))
    CATATAN.ok(mode + ": Grafik tanpa baris judul berulang",
               not ws.print_title_rows, repr(ws.print_title_rows))
    # the Pemda's roll-ups
    pd_rows, _ = baris_tabel(wb["Pemda"], "Cara", None)
    for b in pd_rows:
        want = pemda[b["Kode"]]
        got = b["Realisasi"]
        CATATAN.ok("%s: Pemda %s %s" % (mode, b["Kode"], b["Cara"]),
                   (want is None and got in (None, "")) or
                   (want is not None and isinstance(got, (int, float))
                    and math.isclose(got, want, rel_tol=1e-12)),
                   "%r, dihitung %r" % (got, want))
    CATATAN.equal(len(pd_rows), len(PEMDA), mode + ": indikator Pemda")


def gnumeric(jalur, tmp):
    """Every formula recalculated by Gnumeric equals its cached value."""
    keluar = os.path.join(tmp, "gnumeric.xlsx")
    p = subprocess.run(["ssconvert", "--recalc", jalur, keluar],
                       capture_output=True, text=True, timeout=600)
    if not CATATAN.ok("ssconvert --recalc", p.returncode == 0 and
                      os.path.exists(keluar), p.stderr[-500:]):
        return
    rumus = openpyxl.load_workbook(jalur)
    cache = openpyxl.load_workbook(jalur, data_only=True)
    ulang = openpyxl.load_workbook(keluar, data_only=True)
    n, salah = 0, []
    for ws in rumus.worksheets:
        for baris in ws.iter_rows():
            for sel in baris:
                if isinstance(sel.value, str) and sel.value.startswith("="):
                    n += 1
                    a = cache[ws.title][sel.coordinate].value
                    b = ulang[ws.title][sel.coordinate].value
                    if not sama_nilai(a, b):
                        salah.append("%s!%s %s: %r / %r" % (
                            ws.title, sel.coordinate, sel.value[:60], a, b))
    CATATAN.ok("Gnumeric: %d rumus sama dengan nilai tersimpan" % n,
               n > 500 and not salah, "\n".join(salah[:10]))


def kertas(jalur):
    """The paper codes of every sheet's page setup."""
    wb = openpyxl.load_workbook(jalur)
    return {str(ws.page_setup.paperSize) for ws in wb.worksheets}


def salah_masukan(tmp, kumpulan):
    """Wrong pemda.csv, damaged workbook, existing output."""
    keluar = os.path.join(tmp, "salah")
    jalur = os.path.join(kumpulan, "pemda.csv")
    asli = open(jalur, encoding="utf-8").read()
    baris = asli.splitlines()
    baris[2] = baris[2].replace("S1.1", "X.9")
    open(jalur, "w", encoding="utf-8").write("\n".join(baris) + "\n")
    rc, _, err = jalankan("--konsolidasi", kumpulan, "-k", keluar)
    CATATAN.equal(rc, 1, "pemda.csv salah: kode keluar 1")
    CATATAN.ok("pemda.csv salah: berkas:baris:kolom",
               "pemda.csv:3:10: indikator 'X.9' tidak ada" in err, err)
    CATATAN.ok("pemda.csv salah: tidak ada yang ditulis", not os.path.exists(keluar))
    open(jalur, "w", encoding="utf-8").write(asli)
    # a workbook cut short
    rusak = os.path.join(kumpulan, "contoh", "rusak.xlsx")
    data = open(buku_dengan(os.path.join(kumpulan, "contoh"),
                            "Pengukuran Kinerja"), "rb").read()
    open(rusak, "wb").write(data[:len(data) // 2])
    rc, _, err = jalankan("--konsolidasi", kumpulan, "-k", keluar)
    CATATAN.equal(rc, 1, "buku rusak: kode keluar 1")
    CATATAN.ok("buku rusak: nama berkasnya", "rusak.xlsx" in err, err)
    CATATAN.ok("buku rusak: tidak ada yang ditulis", not os.path.exists(keluar))
    os.remove(rusak)


def main():
    siapkan(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        kumpulan, harapan = buat_kumpulan(tmp)
        CATATAN.ok("34 kantor", len(harapan) == 34, repr(len(harapan)))
        CATATAN.ok("ada yang belum melapor",
                   sum(not h["melapor"] for h in harapan.values()) >= 8)
        pemda = tulis_pemda(kumpulan, harapan)
        for mode in ("addin", "standar"):
            keluar = os.path.join(tmp, "hasil-" + mode)
            rc, out, err = jalankan("--konsolidasi", kumpulan, "-k", keluar,
                                    "--rumus", mode)
            CATATAN.ok(mode + ": berhasil", rc == 0, out + err)
            jalur = os.path.join(keluar, "konsolidasi-2024.xlsx")
            CATATAN.ok(mode + ": " + jalur, os.path.exists(jalur), out)
            if not os.path.exists(jalur):
                continue
            CATATAN.equal(sorted(os.listdir(keluar)), ["konsolidasi-2024.xlsx"],
                          mode + ": hanya buku daerah, tanpa sisa")
            periksa_buku(jalur, harapan, pemda, mode)
            if mode == "standar":
                gnumeric(jalur, tmp)
                # an existing output stays without --timpa
                waktu = os.stat(jalur).st_mtime_ns
                rc, _, err = jalankan("--konsolidasi", kumpulan, "-k", keluar)
                CATATAN.equal(rc, 3, "sudah ada: kode keluar 3")
                CATATAN.equal(os.stat(jalur).st_mtime_ns, waktu, "sudah ada: tetap")
                CATATAN.equal(kertas(jalur), {"9"}, "setiap lembar A4")
                rc, _, err = jalankan("--konsolidasi", kumpulan, "-k", keluar,
                                      "--timpa", "--kertas", "F4")
                CATATAN.equal(rc, 0, "--timpa --kertas F4: kode keluar 0")
                # F4 has no paper code of its own: Folio (14), cetak.c
                CATATAN.equal(kertas(jalur), {"14"}, "setiap lembar F4")
        salah_masukan(tmp, kumpulan)
        if not shutil.which("ssconvert"):
            CATATAN.fail("ssconvert installed (Debian package gnumeric)")
    return CATATAN.summary()


if __name__ == "__main__":
    sys.exit(main())
