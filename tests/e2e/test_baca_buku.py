#!/usr/bin/python3
"""e2e_baca_buku: workbooks filled in real Calc read back by
kinerja-template --baca-buku.

The built-in example is generated; in headless Calc (with the extension)
the Pengukuran Kinerja and Realisasi Anggaran sheets are unprotected, a row
is inserted above an indicator and above a budget line, and realisasi is
filled through UNO as staff would type it: numbers (setValue), text in
Indonesian notation (setString "96,25", "1.000.000") and blanks
(clearContents); a new sub kegiatan is typed on an inserted row.  Each workbook is stored as .xlsx (Calc's "Calc MS Excel
2007 XML") and as .ods ("calc8").  For both formats:

- --baca-buku reads the folder back, and the plan's CSV files hold exactly
  the entered values (every other field as the example's own --tulis-csv);
- regenerated from those files, the workbooks show the entered values
  (read with openpyxl);
- the .xlsx and the .ods give the same CSV files, byte for byte.

Usage: test_baca_buku.py --oxt KINERJA.oxt --generator kinerja-template
       [--soffice soffice]
"""

import contextlib
import csv
import os
import shutil
import sys
import tempfile
import traceback

import harness

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
import rencana_csv  # noqa: E402

CATATAN = catatan.Catatan("e2e_baca_buku")
CLEAR_INPUT = 1 | 2 | 4 | 16  # VALUE | DATETIME | STRING | FORMULA
# The kode of the sub kegiatan staff add on an inserted row.
BARU = "2.16.02.2.01.0099"

# What staff type on the Pengukuran Kinerja sheet: (how, what) and the value.
INDIKATOR = {
    "Nilai SAKIP Perangkat Daerah": (("angka", 88.5), 88.5),
    "Persentase Realisasi Anggaran Perangkat Daerah":
        (("teks", "96,25"), 96.25),
    "Indeks Profesionalitas ASN": (("kosong", None), None),
    "Jumlah Inovasi yang terinternalisasi dan tersosialisasi serta "
    "berkelanjutan": (("teks", "1.000"), 1000.0),
}


jalankan = catatan.jalankan


def kolom_uno(sheet, baris, judul):
    for c in range(0, 30):
        if sheet.getCellByPosition(c, baris).getString() == judul:
            return c
    raise AssertionError("kolom %r tidak ada" % judul)


def baris_uno(sheet, k, teks, sampai=2000):
    for r in range(0, sampai):
        if sheet.getCellByPosition(k, r).getString() == teks:
            return r
    raise AssertionError("baris %r tidak ada" % teks)


def ketik(cell, how, what):
    if how == "angka":
        cell.setValue(what)
    elif how == "teks":
        cell.setString(what)
    else:
        cell.clearContents(CLEAR_INPUT)


def simpan(calc, doc, jalur, keluar):
    """Stores doc into each (folder, filter) of keluar; the folder's name
    ends in the extension ("isi-ods")."""
    for folder, filt in keluar:
        akhiran = folder.rsplit("-", 1)[-1]
        calc.store(doc, os.path.join(folder, os.path.basename(jalur)[:-5] +
                                     "." + akhiran), filt)


@contextlib.contextmanager
def lembar_diisi(calc, jalur, judul, keluar):
    """The sheet `judul` of the workbook at jalur, unprotected, for the
    block to type into as staff would; stored into each (folder, filter)
    of keluar when the block ends without an error; closed in any case."""
    doc = calc.load(jalur)
    try:
        sheet = doc.Sheets.getByName(judul)
        sheet.unprotect("")
        yield sheet
        simpan(calc, doc, jalur, keluar)
    finally:
        doc.close(True)


def isi_pengukuran(calc, jalur, keluar):
    with lembar_diisi(calc, jalur, "Pengukuran Kinerja", keluar) as sheet:
        k_ind = kolom_uno(sheet, 4, "INDIKATOR KINERJA")
        k_real = kolom_uno(sheet, 4, "REALISASI")
        # an inserted row among the indicators
        sheet.Rows.insertByIndex(
            baris_uno(sheet, k_ind, "Indeks Profesionalitas ASN"), 1)
        for nama, ((how, what), _) in INDIKATOR.items():
            ketik(sheet.getCellByPosition(k_real, baris_uno(sheet, k_ind, nama)),
                  how, what)


def isi_anggaran(calc, jalur, keluar):
    """Returns {kode: realisasi typed (None: blank)}."""
    with lembar_diisi(calc, jalur, "Realisasi Anggaran", keluar) as sheet:
        k_kode = kolom_uno(sheet, 4, "Kode")
        k_tingkat = kolom_uno(sheet, 4, "Tingkat")
        k_real = kolom_uno(sheet, 4, "Realisasi (Rp)")
        daun = [r for r in range(6, 2000)
                if sheet.getCellByPosition(k_tingkat, r).getString()
                == "Sub Kegiatan"][:3]
        kode = [sheet.getCellByPosition(k_kode, r).getString() for r in daun]
        isian = [("teks", "1.000.000", 1000000), ("kosong", None, None),
                 ("angka", 123456789, 123456789)]
        for r, (how, what, _) in zip(daun, isian):
            ketik(sheet.getCellByPosition(k_real, r), how, what)
        induk = sheet.getCellByPosition(kolom_uno(sheet, 4, "Induk"),
                                        daun[0]).getString()
        sheet.Rows.insertByIndex(daun[0], 1)
        # a new sub kegiatan below the first line, as the sheet's
        # instruction says: Kode, Induk, Tingkat, uraian, Anggaran
        baru = daun[0] + 2
        sheet.Rows.insertByIndex(baru, 1)
        for judul, teks in (("Kode", BARU), ("Induk", induk),
                            ("Tingkat", "Sub Kegiatan"),
                            ("Program / Kegiatan / Sub Kegiatan",
                             "Sub Kegiatan Baru Uji"),
                            ("Anggaran (Rp)", "2.500.000")):
            sheet.getCellByPosition(kolom_uno(sheet, 4, judul),
                                    baru).setString(teks)
        sheet.getCellByPosition(k_real, baru).setValue(1250000)
    diisi = {k: v for k, (_, _, v) in zip(kode, isian)}
    diisi[BARU] = 1250000
    return diisi


def csv_baris(folder, nama):
    with open(os.path.join(folder, nama), encoding="utf-8-sig") as f:
        return {b["kode"]: b for b in csv.DictReader(f, delimiter=";")}


def angka(teks):
    if teks == "":
        return None
    return float(teks.replace(".", "").replace(",", "."))


def periksa_csv(label, asal, hasil, diisi):
    lama, baru = csv_baris(asal, "kinerja.csv"), csv_baris(hasil, "kinerja.csv")
    CATATAN.equal(sorted(baru), sorted(lama), label + ": kode kinerja sama")
    for kode, b in baru.items():
        if (b["tingkat"] == "indikator" and b["uraian"] in INDIKATOR
                and b["induk"][:1] in ("S", "L")):
            CATATAN.equal(angka(b["realisasi"]), INDIKATOR[b["uraian"]][1],
                          "%s: realisasi %s" % (label, b["uraian"]))
            b = dict(b, realisasi=lama[kode]["realisasi"])
        CATATAN.equal(b, lama.get(kode), "%s: kinerja %s lain tetap" % (label, kode))
    lama, baru = csv_baris(asal, "anggaran.csv"), csv_baris(hasil, "anggaran.csv")
    CATATAN.equal(sorted(baru), sorted(list(lama) + [BARU]),
                  label + ": kode anggaran lama dan satu baru")
    b = baru.get(BARU, {})
    CATATAN.equal((b.get("tingkat"), b.get("uraian"), b.get("pagu")),
                  ("sub kegiatan", "Sub Kegiatan Baru Uji", "2.500.000"),
                  label + ": baris baru")
    lama[BARU] = dict(b, realisasi="")
    for kode, b in baru.items():
        if kode in diisi:
            CATATAN.equal(angka(b["realisasi"]), diisi[kode],
                          "%s: realisasi %s" % (label, kode))
            b = dict(b, realisasi=lama[kode]["realisasi"])
        CATATAN.equal(b, lama.get(kode), "%s: anggaran %s lain tetap" % (label, kode))


def periksa_ulang(label, program, hasil, diisi):
    import openpyxl
    ulang = hasil + "-ulang"
    rc, _, err = jalankan(program, hasil, "-k", ulang, "-b", "pengukuran,realisasi")
    CATATAN.ok(label + ": ditulis ulang", rc == 0, err)
    ws = openpyxl.load_workbook(
        os.path.join(ulang, "pengukuran-kinerja-2024.xlsx"))["Pengukuran Kinerja"]
    kol = {ws.cell(5, c).value: c for c in range(1, ws.max_column + 1)}
    for r in range(7, ws.max_row + 1):
        nama = ws.cell(r, kol["INDIKATOR KINERJA"]).value
        if nama in INDIKATOR:
            CATATAN.equal(ws.cell(r, kol["REALISASI"]).value, INDIKATOR[nama][1],
                          "%s ulang: realisasi %s" % (label, nama))
    ws = openpyxl.load_workbook(
        os.path.join(ulang, "realisasi-anggaran-2024.xlsx"))["Realisasi Anggaran"]
    kol = {ws.cell(5, c).value: c for c in range(1, ws.max_column + 1)}
    dilihat = 0
    for r in range(7, ws.max_row + 1):
        kode = ws.cell(r, kol["Kode"]).value
        if kode in diisi:
            dilihat += 1
            CATATAN.equal(ws.cell(r, kol["Realisasi (Rp)"]).value, diisi[kode],
                          "%s ulang: realisasi %s" % (label, kode))
    CATATAN.equal(dilihat, len(diisi), label + " ulang: baris anggaran")


def utama(doc, cat, awalan, uji):
    """The main of a test that fills workbooks in Calc and runs the
    generator on them: its command line (harness.arguments with
    --generator, and --budget; dies when openpyxl is missing), then
    uji(args, program, tmp) with the generator's absolute path in a new
    temporary folder named from `awalan`: an exception is a failure, the
    folder is removed, and the process exits with the checks' status."""
    args = harness.arguments(doc, generator=True, extra=lambda p: p.add_argument(
        "--budget", type=int, default=240))
    program = args.generator
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        harness.die("cannot import openpyxl with %s; install python3-openpyxl"
                    % sys.executable)
    tmp = tempfile.mkdtemp(prefix=awalan)
    try:
        uji(args, program, tmp)
    except Exception as e:  # noqa: BLE001
        cat.fail("the program raised", "%s\n%s" % (e, traceback.format_exc()))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(cat.summary())


def sama_xlsx_ods(cat, hasil):
    """Checks that the files read back from the .xlsx (hasil["xlsx"]) and
    from the .ods (hasil["ods"]) are the same, byte for byte."""
    for nama in sorted(os.listdir(hasil["xlsx"])):
        with open(os.path.join(hasil["xlsx"], nama), "rb") as a, \
                open(os.path.join(hasil["ods"], nama), "rb") as b:
            cat.ok(".xlsx dan .ods: %s sama" % nama, a.read() == b.read())


def uji(args, program, tmp):
    # the input documents alone
    buku, asal = rencana_csv.buku_dan_csv(CATATAN, program, tmp, "contoh",
                                          dokumen="pengukuran,realisasi")
    with harness.CalcSession(args.oxt, budget=args.budget,
                             soffice=args.soffice) as calc:
        keluar = []
        for fmt, filt in (("xlsx", "Calc MS Excel 2007 XML"),
                          ("ods", "calc8")):
            d = os.path.join(calc.work, "isi-" + fmt)
            os.mkdir(d)
            calc._own(d)
            keluar.append((d, filt))
        diisi = None
        for nama in ("pengukuran-kinerja-2024.xlsx",
                     "realisasi-anggaran-2024.xlsx"):
            lokal = os.path.join(calc.work, nama)
            shutil.copyfile(os.path.join(buku, nama), lokal)
            calc._own(lokal)
            if nama.startswith("pengukuran"):
                isi_pengukuran(calc, lokal, keluar)
            else:
                diisi = isi_anggaran(calc, lokal, keluar)
        hasil = {}
        for d, _ in keluar:
            fmt = d.rsplit("-", 1)[-1]
            CATATAN.equal(sorted(os.listdir(d)),
                          ["pengukuran-kinerja-2024." + fmt,
                           "realisasi-anggaran-2024." + fmt],
                          fmt + ": disimpan Calc")
            hasil[fmt] = os.path.join(tmp, "hasil-" + fmt)
            rc, out, err = jalankan(program, "--baca-buku", d, "-k",
                                    hasil[fmt])
            CATATAN.ok(fmt + ": terbaca", rc == 0, out + err)
            # Pengukuran Kinerja, Realisasi Anggaran, Pemeriksaan
            CATATAN.ok(fmt + ": tiga lembar isian",
                       "dibaca: 3 lembar isian" in out, out)
            periksa_csv(fmt, asal, hasil[fmt], diisi)
            periksa_ulang(fmt, program, hasil[fmt], diisi)
    sama_xlsx_ods(CATATAN, hasil)


if __name__ == "__main__":
    utama(__doc__, CATATAN, "kinerja-baca-", uji)
