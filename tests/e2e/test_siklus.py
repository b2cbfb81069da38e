#!/usr/bin/python3
"""e2e_siklus: the year's cycle of kinerja-template on workbooks filled in
real Calc.

Next year's plan of the built-in example (--tahun-depan: 2025, never
revised) is written as workbooks.  In headless Calc every workbook holding
an input sheet is opened (found by its sheets, not its name), the sheets
unprotected, and filled through UNO as staff would: rows inserted, numbers
(setValue), text in Indonesian notation (setString "96,25",
"1.000.000"), blanks (clearContents), two sub kegiatan's pagu revised,
the belanja operasi typed on Pemeriksaan.  Each is stored as .xlsx and as
.ods.  For both formats:

- --baca-buku: the CSV files hold every entered value (realisasi, pagu,
  each line's old pagu as pagu_murni, belanja operasi);
- --baca-buku -b pk: PK Murni shows each program's old pagu, PK
  Perubahan the revised one;
- --baca-buku -b ringkasan: the Ringkasan sheet shows the entered
  realisasi and the sasaran's realisasi anggaran;
- --baca-buku --tahun-depan: the 2026 plan's targets are renstra.csv's
  2026 targets, its realisasi empty, and 2025's entered realisasi is the
  Renstra's history.

Usage: test_siklus.py --oxt KINERJA.oxt --generator kinerja-template
       [--soffice soffice]
"""

import os
import shutil
import sys

import harness
from test_baca_buku import (baris_uno, csv_baris, jalankan, ketik,
                            kolom_uno, sama_xlsx_ods, utama)

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402

CATATAN = catatan.Catatan("e2e_siklus")
FORMAT = (("xlsx", "Calc MS Excel 2007 XML"), ("ods", "calc8"))

# Pengukuran Kinerja (indicator kode: how, what, value read back)
INDIKATOR = {"S1.1": ("angka", 3.9, 3.9), "L1.2": ("teks", "96,25", 96.25),
             "L1.3": ("kosong", None, None), "L2.1": ("teks", "1.000", 1000.0)}


def angka(teks):
    return None if teks == "" else float(teks.replace(".", "").replace(",", "."))


def buka_lembar(lembar, nama):
    """The sheet `nama`, unprotected as staff would, or None."""
    if not lembar.hasByName(nama):
        return None
    sh = lembar.getByName(nama)
    sh.unprotect("")
    return sh


def isi_calc(calc, jalur, kin, daun):
    """Fills the input sheets jalur holds; stores it into isi-xlsx and
    isi-ods.  Returns the sheets filled."""
    doc = calc.load(jalur)
    diisi = []
    try:
        lembar = doc.Sheets
        sh = buka_lembar(lembar, "Pengukuran Kinerja")
        if sh:
            k_ind = kolom_uno(sh, 4, "INDIKATOR KINERJA")
            k_real = kolom_uno(sh, 4, "REALISASI")
            sh.Rows.insertByIndex(baris_uno(sh, k_ind, kin["L1.3"]["uraian"]), 1)
            for kode, (how, what, _) in INDIKATOR.items():
                ketik(sh.getCellByPosition(
                    k_real, baris_uno(sh, k_ind, kin[kode]["uraian"])), how, what)
            diisi.append("Pengukuran Kinerja")
        sh = buka_lembar(lembar, "Realisasi Anggaran")
        if sh:
            k_kode = kolom_uno(sh, 4, "Kode")
            k_pagu = kolom_uno(sh, 4, "Anggaran (Rp)")
            k_real = kolom_uno(sh, 4, "Realisasi (Rp)")
            sh.Rows.insertByIndex(baris_uno(sh, k_kode, daun[1]), 1)
            for kode, (kolom, how, what, _) in isian_anggaran(daun).items():
                ketik(sh.getCellByPosition(k_pagu if kolom == "pagu" else k_real,
                                           baris_uno(sh, k_kode, kode)), how, what)
            diisi.append("Realisasi Anggaran")
        sh = buka_lembar(lembar, "Pemeriksaan")
        if sh:
            k_label = kolom_uno(sh, 6, "Angka yang diperiksa")
            k_nilai = kolom_uno(sh, 6, "Nilai")
            sh.getCellByPosition(k_nilai, baris_uno(
                sh, k_label, "Anggaran belanja operasi")).setString(
                    "18.000.000.000")
            diisi.append("Pemeriksaan")
        if diisi:
            for fmt, filt in FORMAT:
                dasar = os.path.splitext(os.path.basename(jalur))[0]
                calc.store(doc, os.path.join(calc.work, "isi-" + fmt,
                                             dasar + "." + fmt), filt)
    finally:
        doc.close(True)
    return diisi


def isian_anggaran(daun):
    """{kode: (column, how, what, value)} typed on Realisasi Anggaran."""
    return {daun[0]: ("pagu", "teks", "1.000.000", 1000000),
            daun[1]: ("realisasi", "teks", "1.000.000", 1000000),
            daun[2]: ("realisasi", "kosong", None, None),
            daun[3]: ("pagu", "angka", 2222222, 2222222)}


def buku_dengan(folder, lembar):
    import openpyxl
    for nama in sorted(os.listdir(folder)):
        jalur = os.path.join(folder, nama)
        if lembar in openpyxl.load_workbook(jalur, read_only=True).sheetnames:
            return openpyxl.load_workbook(jalur)[lembar]
    raise AssertionError("tidak ada lembar %r di %s" % (lembar, folder))


def periksa(label, program, r25, d, tmp, kin, ang, renstra):
    daun = [k for k, b in ang.items() if b["tingkat"] == "sub kegiatan"]
    isian = isian_anggaran(daun)
    # CSV
    c = os.path.join(tmp, label + "-csv")
    rc, out, err = jalankan(program, r25, "--baca-buku", d, "-k", c)
    CATATAN.ok(label + ": csv", rc == 0, out + err)
    k2 = csv_baris(c, "kinerja.csv")
    for kode, (_, _, nilai) in INDIKATOR.items():
        CATATAN.equal(angka(k2[kode]["realisasi"]), nilai,
                      "%s: realisasi %s" % (label, kode))
    a2 = csv_baris(c, "anggaran.csv")
    for kode in daun:
        kolom, _, _, nilai = isian.get(kode, ("", "", "", None))
        pagu = nilai if kolom == "pagu" else angka(ang[kode]["pagu"])
        real = nilai if kolom == "realisasi" else None
        CATATAN.equal((angka(a2[kode]["pagu_murni"]), angka(a2[kode]["pagu"]),
                       angka(a2[kode]["realisasi"])),
                      (angka(ang[kode]["pagu"]), pagu, real),
                      "%s: anggaran %s" % (label, kode))
    ident = dict(b.split(";", 1) for b in open(
        os.path.join(c, "identitas.csv"), encoding="utf-8").read().split("\n")
        if ";" in b)
    CATATAN.equal(ident.get("pagu_belanja_operasi"), "18.000.000.000",
                  label + ": belanja operasi")
    # PK perubahan
    pk = os.path.join(tmp, label + "-pk")
    rc, out, err = jalankan(program, r25, "--baca-buku", d, "-b", "pk", "-k", pk)
    CATATAN.ok(label + ": pk", rc == 0, out + err)
    induk = {k: b["induk"] for k, b in ang.items()}

    def prog(k):
        while induk.get(k):
            k = induk[k]
        return k
    murni, ubah = {}, {}
    for kode in daun:
        p, v = prog(kode), angka(ang[kode]["pagu"])
        kolom, _, _, nilai = isian.get(kode, ("", "", "", None))
        murni[p] = murni.get(p, 0) + v
        ubah[p] = ubah.get(p, 0) + (nilai if kolom == "pagu" else v)
    for lembar, harap in (("PK Murni", murni), ("PK Perubahan", ubah)):
        ws = buku_dengan(pk, lembar)
        for p, nilai in harap.items():
            r = [r for r in range(1, ws.max_row + 1)
                 if ws.cell(r, 2).value == ang[p]["uraian"]]
            CATATAN.equal([ws.cell(x, 4).value for x in r], [nilai],
                          "%s: %s %s" % (label, lembar, p))
    # LKjIP tables
    lk = os.path.join(tmp, label + "-lk")
    rc, out, err = jalankan(program, r25, "--baca-buku", d, "-b", "ringkasan",
                            "-k", lk)
    CATATAN.ok(label + ": ringkasan", rc == 0, out + err)
    ws = buku_dengan(lk, "Ringkasan")
    kol = {ws.cell(b, k).value: k for b in (5, 6)
           for k in range(1, ws.max_column + 1)}
    r = [r for r in range(7, ws.max_row + 1)
         if ws.cell(r, kol["Indikator Kinerja"]).value == kin["S1.1"]["uraian"]]
    CATATAN.equal([ws.cell(x, kol["Realisasi"]).value for x in r], [3.9],
                  label + ": ringkasan realisasi S1.1")
    sas = {k: b["sasaran"] for k, b in ang.items() if b["tingkat"] == "program"}
    harap = sum(isian[k][3] or 0 if k in isian and isian[k][0] == "realisasi"
                else 0 for k in daun if sas[prog(k)] == "S1")
    r = [r for r in range(7, ws.max_row + 1)
         if ws.cell(r, kol["Kinerja Utama / Sasaran Strategis"]).value
         == kin["S1"]["uraian"]]
    CATATAN.equal([ws.cell(x, kol["Realisasi (Rp)"]).value for x in r],
                  [harap or None], label + ": ringkasan realisasi anggaran S1")
    # next year's plan
    r26 = os.path.join(tmp, label + "-2026")
    rc, out, err = jalankan(program, r25, "--baca-buku", d, "--tahun-depan",
                            "-k", r26)
    CATATAN.ok(label + ": tahun depan", rc == 0, out + err)
    k3 = csv_baris(r26, "kinerja.csv")
    t26 = {b["indikator"]: b["target"] for b in renstra if b["tahun"] == "2026"}
    for kode, b in k3.items():
        if b["tingkat"] == "indikator":
            if kode in t26:
                CATATAN.equal(angka(b["target"]), angka(t26[kode]),
                              "%s: target 2026 %s" % (label, kode))
            CATATAN.equal(b["realisasi"], "", "%s: 2026 realisasi %s kosong"
                          % (label, kode))
    CATATAN.ok(label + ": target 2026 dari renstra", len(t26) >= 4, str(t26))
    riwayat = {b["indikator"]: angka(b["realisasi"])
               for b in csv_baris_semua(r26, "renstra.csv") if b["tahun"] == "2025"}
    # every indicator typed is in the Renstra: S1.1 has a 2025 row, the
    # others get one (L1.3, left blank, none)
    for kode, (_, _, nilai) in INDIKATOR.items():
        CATATAN.equal(riwayat.get(kode), nilai, "%s: riwayat 2025 %s"
                      % (label, kode))
    return c


def csv_baris_semua(folder, nama):
    import csv
    with open(os.path.join(folder, nama), encoding="utf-8-sig") as f:
        return list(csv.DictReader(f, delimiter=";"))


def uji(args, program, tmp):
    asal = os.path.join(tmp, "asal")
    rc, _, err = jalankan(program, "--tulis-csv", asal)
    CATATAN.ok("contoh sebagai CSV", rc == 0, err)
    renstra = csv_baris_semua(asal, "renstra.csv")
    r25 = os.path.join(tmp, "r25")
    rc, _, err = jalankan(program, "--tahun-depan", "-k", r25)
    CATATAN.ok("rencana 2025", rc == 0, err)
    buku = os.path.join(tmp, "buku")
    rc, _, err = jalankan(program, r25, "-k", buku)
    CATATAN.ok("buku 2025", rc == 0, err)
    kin, ang = csv_baris(r25, "kinerja.csv"), csv_baris(r25, "anggaran.csv")
    daun = [k for k, b in ang.items() if b["tingkat"] == "sub kegiatan"]
    with harness.CalcSession(args.oxt, budget=args.budget,
                             soffice=args.soffice) as calc:
        for fmt, _ in FORMAT:
            d = os.path.join(calc.work, "isi-" + fmt)
            os.mkdir(d)
            calc._own(d)
        diisi = []
        for nama in sorted(os.listdir(buku)):
            lokal = os.path.join(calc.work, nama)
            shutil.copyfile(os.path.join(buku, nama), lokal)
            calc._own(lokal)
            diisi += isi_calc(calc, lokal, kin, daun)
        CATATAN.equal(sorted(diisi), ["Pemeriksaan", "Pengukuran Kinerja",
                                      "Realisasi Anggaran"], "lembar diisi")
        hasil = {}
        for fmt, _ in FORMAT:
            d = os.path.join(tmp, "isi-" + fmt)
            shutil.copytree(os.path.join(calc.work, "isi-" + fmt), d)
            hasil[fmt] = periksa(fmt, program, r25, d, tmp, kin, ang,
                                 renstra)
    sama_xlsx_ods(CATATAN, hasil)


if __name__ == "__main__":
    utama(__doc__, CATATAN, "kinerja-siklus-", uji)
