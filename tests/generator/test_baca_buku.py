"""kinerja-template --baca-buku through the real command, with workbooks
filled and saved by openpyxl (an Excel-style .xlsx: no cached values).

- the built-in example is generated; realisasi is typed into the
  Pengukuran Kinerja and Realisasi Anggaran sheets as numbers, as text in
  Indonesian notation ("87,5", "1.000.000") and as blanks; an empty row is
  inserted above the indicators and above a budget line, and one budget
  line is moved to the bottom of its sheet;
- read back, the plan's CSV files hold exactly the entered values and
  nothing else differs from the example's own (--tulis-csv);
- a sub kegiatan added on an inserted row (Kode, Induk, Tingkat, uraian,
  Anggaran, as the sheet's instruction says) joins the plan under its
  kegiatan;
- regenerated from those files, the workbooks show the entered values;
- in the one workbook, a new indicator typed on an inserted Pengukuran
  Kinerja row and a new program (with its kegiatan and sub kegiatan) on
  Realisasi Anggaran, its name typed in PROGRAM within a group on
  Pengukuran: both join the plan (the group's indicator with the row's
  figures and the unit typed after its target; the program with that
  group as sasaran), the regenerated workbook lists them; what cannot be
  taken (no target, a percent target typed as 0,6 for 60 %, a name twice
  in a group, a program without its sasaran or its Realisasi Anggaran
  row) is refused naming the cell;
- a plan monitored per quarter: the Triwulan sheet's quarters and
  quarterly targets read back the same way;
- a cell of letters and a foreign workbook are refused with exit 1 and a
  message naming the file, the sheet and the cell; a damaged one (a cut
  zip, a sheet's XML cut) names the file and, where known, the sheet; a
  folder holding an input sheet in two workbooks is refused, naming both.

Usage: test_baca_buku.py PATH/TO/kinerja-template
"""

import csv
import functools
import os
import shutil
import sys
import tempfile
import zipfile

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
import rencana_csv  # noqa: E402
import rencana_triwulan  # noqa: E402

PROGRAM = os.path.abspath(sys.argv[1])
CATATAN = catatan.Catatan("test_baca_buku")


jalankan = functools.partial(catatan.jalankan, PROGRAM)


def ditolak(berkas, label):
    """kinerja-template --baca-buku berkas: refused (exit 1) and no output
    folder made; returns what it said on stderr."""
    keluar = berkas + "-keluar"
    rc, _, err = jalankan("--baca-buku", berkas, "-k", keluar)
    CATATAN.equal(rc, 1, label + ": kode keluar")
    CATATAN.ok(label + ": tidak ada berkas", not os.path.exists(keluar))
    return err


def kolom(ws, baris, judul):
    """The column (1-based) whose title on `baris` is `judul`."""
    for c in range(1, ws.max_column + 1):
        if ws.cell(baris, c).value == judul:
            return c
    raise AssertionError("kolom %r tidak ada" % judul)


def baris_dengan(ws, k, teks):
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, k).value == teks:
            return r
    raise AssertionError("baris %r tidak ada" % teks)


def csv_baris(folder, nama):
    with open(os.path.join(folder, nama), encoding="utf-8-sig") as f:
        return list(csv.DictReader(f, delimiter=";"))


def angka(teks):
    """An Indonesian number of the CSV files ("87,50", "1.000") or None."""
    if teks == "":
        return None
    return float(teks.replace(".", "").replace(",", "."))


# The kode of a sub kegiatan staff add on an inserted row.
BARU = "2.16.02.2.01.0099"

# Indicators of the example's Pengukuran sheet and what staff type.
INDIKATOR = {
    "Nilai SAKIP Perangkat Daerah": "87,5",           # text, decimal comma
    "Persentase Realisasi Anggaran Perangkat Daerah": None,  # left blank
    "Indeks Profesionalitas ASN": 91.3,               # a number
    "Jumlah Inovasi yang terinternalisasi dan tersosialisasi serta "
    "berkelanjutan": "1.000",                          # text, thousands dot
}
INDIKATOR_NILAI = {
    "Nilai SAKIP Perangkat Daerah": 87.5,
    "Persentase Realisasi Anggaran Perangkat Daerah": None,
    "Indeks Profesionalitas ASN": 91.3,
    "Jumlah Inovasi yang terinternalisasi dan tersosialisasi serta "
    "berkelanjutan": 1000.0,
}


def isi_pengukuran(jalur):
    wb = openpyxl.load_workbook(jalur)
    ws = wb["Pengukuran Kinerja"]
    k_ind = kolom(ws, 5, "INDIKATOR KINERJA")
    k_real = kolom(ws, 5, "REALISASI")
    # an empty row staff inserted among the indicators
    ws.insert_rows(baris_dengan(ws, k_ind, "Indeks Profesionalitas ASN"))
    for nama, nilai in INDIKATOR.items():
        ws.cell(baris_dengan(ws, k_ind, nama), k_real).value = nilai
    wb.save(jalur)


def isi_anggaran(jalur):
    """Types into the first four sub kegiatan; returns {kode: (pagu,
    realisasi)} of what each now holds (None: blank, else rupiah) for the
    lines changed."""
    wb = openpyxl.load_workbook(jalur)
    ws = wb["Realisasi Anggaran"]
    k_kode = kolom(ws, 5, "Kode")
    k_tingkat = kolom(ws, 5, "Tingkat")
    k_pagu = kolom(ws, 5, "Anggaran (Rp)")
    k_real = kolom(ws, 5, "Realisasi (Rp)")
    daun = [r for r in range(7, ws.max_row + 1)
            if ws.cell(r, k_tingkat).value == "Sub Kegiatan"][:4]
    kode = [ws.cell(r, k_kode).value for r in daun]
    pagu4 = ws.cell(daun[3], k_pagu).value
    ws.cell(daun[0], k_real).value = "1.000.000"
    ws.cell(daun[1], k_real).value = None
    ws.cell(daun[2], k_pagu).value = "150.000.000"
    ws.cell(daun[2], k_real).value = 123456789
    # the fourth line moved to the bottom of the sheet, realisasi typed
    bawah = ws.max_row + 2
    for c in range(1, ws.max_column + 1):
        ws.cell(bawah, c).value = ws.cell(daun[3], c).value
        ws.cell(daun[3], c).value = None
    ws.cell(bawah, k_real).value = 777
    # a new sub kegiatan on an inserted row, as the sheet's instruction says
    induk = ws.cell(daun[0], kolom(ws, 5, "Induk")).value
    ws.insert_rows(daun[0] + 1)
    for judul, nilai in (("Kode", BARU), ("Induk", induk),
                         ("Tingkat", "Sub Kegiatan"),
                         ("Program / Kegiatan / Sub Kegiatan",
                          "Sub Kegiatan Baru Uji"),
                         ("Anggaran (Rp)", "2.500.000"),
                         ("Realisasi (Rp)", 1250000)):
        ws.cell(daun[0] + 1, kolom(ws, 5, judul)).value = nilai
    # an empty row inserted above the first line
    ws.insert_rows(daun[0])
    wb.save(jalur)
    return {kode[0]: (None, 1000000), kode[1]: (None, None),
            kode[2]: (150000000, 123456789), kode[3]: (pagu4, 777),
            BARU: (2500000, 1250000)}, induk


def triwulan(tmp):
    """A plan monitored per quarter: the Triwulan sheet's quarters and
    quarterly targets, typed as text, numbers and blanks, read back into
    the plan folder given beside --baca-buku."""
    rencana = os.path.join(tmp, "tw-rencana")
    rencana_triwulan.tulis(PROGRAM, rencana)
    buku, asal = rencana_csv.buku_dan_csv(CATATAN, PROGRAM, tmp, "triwulan",
                                          rencana, "tw-", "pengukuran")
    lama = {b["kode"]: b for b in csv_baris(asal, "kinerja.csv")}
    # kode: {csv column: (typed, value in the CSV)}
    isian = {"S1.1": {"tw1": ("3,9", 3.9), "tw2": (None, None),
                      "tw3": (4.2, 4.2), "target_tw4": ("3,80", 3.8)},
             "L2.1": {"tw4": (8, 8.0), "target_tw1": ("4", 4.0)}}
    judul = {"tw1": "TW I", "tw2": "TW II", "tw3": "TW III", "tw4": "TW IV",
             "target_tw1": "TARGET TW I", "target_tw4": "TARGET TW IV"}
    jalur = os.path.join(buku, "pengukuran-kinerja-2024.xlsx")
    wb = openpyxl.load_workbook(jalur)
    ws = wb["Triwulan"]
    k_ind = kolom(ws, 4, "INDIKATOR KINERJA")
    ws.insert_rows(7)  # an empty row among the indicators
    for kode, sel in isian.items():
        r = baris_dengan(ws, k_ind, lama[kode]["uraian"])
        for nama, (diketik, _) in sel.items():
            ws.cell(r, kolom(ws, 4, judul[nama])).value = diketik
    wb.save(jalur)
    hasil = os.path.join(tmp, "tw-hasil")
    rc, out, err = jalankan(rencana, "--baca-buku", jalur, "-k", hasil)
    CATATAN.ok("triwulan: terbaca", rc == 0, out + err)
    CATATAN.ok("triwulan: dua lembar isian", "dibaca: 2 lembar isian" in out,
               out)
    baru = {b["kode"]: b for b in csv_baris(hasil, "kinerja.csv")}
    CATATAN.equal(sorted(baru), sorted(lama), "triwulan: kode sama")
    for kode, b in baru.items():
        for nama, (_, nilai) in isian.get(kode, {}).items():
            CATATAN.equal(angka(b[nama]), nilai,
                          "triwulan: %s %s" % (kode, nama))
            b = dict(b, **{nama: lama[kode][nama]})
        CATATAN.equal(b, lama[kode], "triwulan: %s lain tetap" % kode)


def sel_judul(ws):
    """{title: column} of the header row (row 5) of the one workbook's
    sheets."""
    return {ws.cell(5, c).value: c for c in range(1, ws.max_column + 1)}


def isi_baru(asli, jalur, indikator=(), program=False, anggaran=True,
             sasaran=None, induk=2):
    """The one workbook `asli` saved as `jalur` with rows staff add:
    `indikator` a list of (name, target as typed) on rows inserted below
    the second group's first indicator; the name of a new program typed in
    PROGRAM on the first of them (`program`: the Induk left empty names
    the sasaran that way); the program with a kegiatan and a sub kegiatan
    on Realisasi Anggaran (`anggaran`), `induk` its Induk; `sasaran` a
    (name, target) inserted below the first group's (a sasaran's)
    indicator.  Returns the Pengukuran row of the first new indicator."""
    wb = openpyxl.load_workbook(asli)
    b = None
    if "Pengukuran Kinerja" in wb.sheetnames:
        b = isi_pengukuran_baru(wb["Pengukuran Kinerja"], indikator, program,
                                sasaran)
    if anggaran and "Realisasi Anggaran" in wb.sheetnames:
        isi_anggaran_baru(wb["Realisasi Anggaran"], induk)
    wb.save(jalur)
    return b


def isi_pengukuran_baru(ws, indikator, program, sasaran):
    """isi_baru's rows on the Pengukuran Kinerja sheet ws."""
    k = sel_judul(ws)
    kel = [r for r in range(7, ws.max_row + 1)
           if ws.cell(r, k["SASARAN STRATEGIS"]).value]
    b = kel[1] + 1
    for i, (nama, target) in enumerate(indikator):
        ws.insert_rows(b + i)
        for judul, nilai in (("INDIKATOR KINERJA", nama),
                             ("FORMULASI PERHITUNGAN", "realisasi / target x 100"),
                             ("TARGET", target), ("REALISASI", 60)):
            ws.cell(b + i, k[judul]).value = nilai
    if program:
        if not indikator:
            ws.insert_rows(b)
        ws.cell(b, k["PROGRAM"]).value = "Program Uji Baru"
    if sasaran:
        s = kel[0] + 1
        ws.insert_rows(s)
        ws.cell(s, k["INDIKATOR KINERJA"]).value = sasaran[0]
        ws.cell(s, k["TARGET"]).value = sasaran[1]
        ws.cell(s, k["REALISASI"]).value = 3.9
        b += 1
    return b


def isi_anggaran_baru(ws, induk):
    """isi_baru's new program on the Realisasi Anggaran sheet ws, its
    Induk `induk` (its sasaran; None: empty)."""
    k = sel_judul(ws)
    p = max(r for r in range(7, ws.max_row + 1)
            if ws.cell(r, k["Tingkat"]).value) + 1
    ws.insert_rows(p, 3)
    for i, (kode, induk, tingkat, uraian) in enumerate((
            ("2.16.98", induk, "Program", "Program Uji Baru"),
            ("2.16.98.2.01", "2.16.98", "Kegiatan", "Kegiatan Uji Baru"),
            ("2.16.98.2.01.0001", "2.16.98.2.01", "Sub Kegiatan",
             "Sub Kegiatan Uji Baru"))):
        for judul, nilai in (("Kode", kode), ("Induk", induk),
                             ("Tingkat", tingkat),
                             ("Program / Kegiatan / Sub Kegiatan", uraian)):
            ws.cell(p + i, k[judul]).value = nilai
        # a parent's sum copied from another parent row, as the
        # sheet's instruction says
        for j in ("Anggaran (Rp)", "Realisasi (Rp)"):
            ws.cell(p + i, k[j]).value = (
                "=SUMIF(C%d:C%d,B%d,F%d:F%d)" % (p + 1, p + 9, p + i,
                                                 p + 1, p + 9)
                if i < 2 else (4000000 if j == "Anggaran (Rp)" else 3000000))


def baris_baru(tmp):
    """New rows typed in the one workbook join the plan, or are refused
    naming the cell."""
    satu = os.path.join(tmp, "satu")
    rc, _, err = jalankan("-k", satu)
    CATATAN.ok("satu buku: ditulis", rc == 0, err)
    asli = os.path.join(satu, "kinerja-2024.xlsx")
    asal = os.path.join(tmp, "satu-asal")
    jalankan("--tulis-csv", asal)
    isi = os.path.join(tmp, "baru-isi")
    os.mkdir(isi)
    b = isi_baru(asli, os.path.join(isi, "kinerja-2024.xlsx"),
                 [("Persentase Indikator Uji", 80),
                  ("Jumlah Aplikasi Uji", "12 Aplikasi")],
                 sasaran=("Indeks Sasaran Uji", 3.5))
    hasil = os.path.join(tmp, "baru-hasil")
    rc, out, err = jalankan("--baca-buku", isi, "-k", hasil)
    CATATAN.ok("baru: terbaca", rc == 0, out + err)
    lama = csv_baris(asal, "kinerja.csv")
    baru = csv_baris(hasil, "kinerja.csv")
    kode_lama = {x["kode"] for x in lama}
    tambah = [x for x in baru if x["kode"] not in kode_lama]
    CATATAN.equal([(x["tingkat"], x["induk"], x["uraian"], x["formulasi"],
                    x["satuan"], angka(x["target"]), angka(x["realisasi"]),
                    x["arah"]) for x in tambah],
                  [("indikator", "S1", "Indeks Sasaran Uji", "", "", 3.5,
                    3.9, "NAIK"),
                   ("indikator", "L1", "Persentase Indikator Uji",
                    "realisasi / target x 100", "%", 80.0, 60.0, "NAIK"),
                   ("indikator", "L1", "Jumlah Aplikasi Uji",
                    "realisasi / target x 100", "Aplikasi", 12.0, 60.0,
                    "NAIK")],
                  "baru: indikator sasaran dan dua kelompok kedua, dengan "
                  "isiannya")
    CATATAN.ok("baru: kode unik", len({x["kode"] for x in baru}) == len(baru),
               str([x["kode"] for x in tambah]))
    # where staff put them: after the group's first indicator
    urut = [x["kode"] for x in baru]
    CATATAN.equal(urut[urut.index("S1.1") + 1:urut.index("S1.1") + 2] +
                  urut[urut.index("L1.1") + 1:urut.index("L1.1") + 3],
                  [x["kode"] for x in tambah], "baru: di bawah S1.1 dan L1.1")
    ang = {x["kode"]: x for x in csv_baris(hasil, "anggaran.csv")}
    CATATAN.equal((ang.get("2.16.98", {}).get("tingkat"),
                   ang.get("2.16.98", {}).get("sasaran")),
                  ("program", "L1"),
                  "baru: program bersasaran kelompok nomor Induk-nya")
    CATATAN.equal(angka(ang.get("2.16.98.2.01.0001", {}).get("pagu", "")),
                  4000000.0, "baru: pagu sub kegiatan program baru")

    # regenerated: the new rows on the sheets that list them
    ulang = os.path.join(tmp, "baru-ulang")
    rc, _, err = jalankan(hasil, "-k", ulang)
    CATATAN.ok("baru: ditulis ulang", rc == 0, err)
    wb = openpyxl.load_workbook(os.path.join(ulang, "kinerja-2024.xlsx"))
    ws = wb["Pengukuran Kinerja"]
    k = sel_judul(ws)
    r = baris_dengan(ws, k["INDIKATOR KINERJA"], "Jumlah Aplikasi Uji")
    # the target's format shows the unit (after the locale's tag)
    CATATAN.equal((ws.cell(r, k["TARGET"]).value,
                   ws.cell(r, k["REALISASI"]).value,
                   ws.cell(r, k["TARGET"]).number_format.split("]")[-1]),
                  (12, 60, '#,##0" Aplikasi"'), "ulang: Pengukuran indikator")
    CATATAN.ok("ulang: Pengukuran program",
               "Program Uji Baru" in [ws.cell(x, k["PROGRAM"]).value
                                      for x in range(7, ws.max_row + 1)])
    # a sasaran's indicator on Ringkasan too, its realisasi referring to
    # Pengukuran's cell
    ws = wb["Ringkasan"]
    t = [(c.row, c.column) for row in ws.iter_rows() for c in row
         if c.value == "Indeks Sasaran Uji"]
    CATATAN.ok("ulang: Ringkasan memuat indikator sasaran baru, targetnya 3,5",
               len(t) == 1 and ws.cell(t[0][0], t[0][1] + 1).value == 3.5
               and "Pengukuran Kinerja" in str(ws.cell(t[0][0], t[0][1] + 2).value),
               str(t))
    for lembar in ("RKT", "PK Perubahan"):
        teks = [str(c.value) for row in wb[lembar].iter_rows() for c in row
                if c.value is not None]
        CATATAN.ok("ulang: %s memuat indikator dan program baru" % lembar,
                   any("Persentase Indikator Uji" in t for t in teks)
                   and any("Program Uji Baru" in t for t in teks))

    # separate documents (-b): the program's name and its realisasi typed
    # on Pengukuran, its rows on Realisasi Anggaran; the Pengukuran file
    # read last (name order): joined once both are read
    dua = os.path.join(tmp, "dua")
    rc, _, err = jalankan("-k", dua, "-b", "pengukuran,realisasi")
    CATATAN.ok("dua berkas: ditulis", rc == 0, err)
    d = os.path.join(tmp, "dua-isi")
    os.mkdir(d)
    wb = openpyxl.load_workbook(os.path.join(dua, "pengukuran-kinerja-2024.xlsx"))
    ws = wb["Pengukuran Kinerja"]
    r = isi_pengukuran_baru(ws, (), True, None)
    ws.cell(r, sel_judul(ws)["REALISASI (Rp.)"]).value = 2500000
    wb.save(os.path.join(d, "zz-pengukuran.xlsx"))
    wb = openpyxl.load_workbook(os.path.join(dua, "realisasi-anggaran-2024.xlsx"))
    isi_anggaran_baru(wb["Realisasi Anggaran"], None)
    wb.save(os.path.join(d, "realisasi-anggaran-2024.xlsx"))
    hasil = os.path.join(tmp, "dua-hasil")
    rc, out, err = jalankan("--baca-buku", d, "-k", hasil)
    CATATAN.ok("dua berkas: terbaca", rc == 0, out + err)
    b = csv_baris(hasil, "anggaran.csv")
    b = ([x for x in b if x["kode"] == "2.16.98"] or [{}])[0]
    CATATAN.equal((b.get("sasaran"), b.get("realisasi")), ("L1", "2.500.000"),
                  "dua berkas: program baru bersasaran, realisasi dilaporkan")

    # refused, each naming where
    def tolak(label, berkas, *argumen, **kata):
        d = os.path.join(tmp, "tolak-" + berkas)
        os.mkdir(d)
        baris = isi_baru(asli, os.path.join(d, "kinerja-2024.xlsx"), *argumen,
                         **kata)
        return ditolak(d, label), baris
    err, r = tolak("tanpa target", "target", [("Indikator Tanpa Target", None)],
                   program=False, anggaran=False)
    CATATAN.ok("tanpa target: sel", "lembar 'Pengukuran Kinerja', sel E%d: "
               "indikator baru tanpa target" % r in err, err)
    err, r = tolak("nama dua kali", "dua", [("Indikator Kembar", 5),
                                            ("Indikator Kembar", 6)],
                   program=False, anggaran=False)
    CATATAN.ok("nama dua kali: sel", "sel C%d: nama indikator baru dipakai "
               "lebih dari sekali" % (r + 1) in err, err)
    # "60%" typed into a number cell is stored 0,6
    err, r = tolak("persen 0,6", "persen", [("Persentase Uji Persen", 0.6)],
                   program=False, anggaran=False)
    CATATAN.ok("persen 0,6: sel dan apa diketik", "sel E%d: target indikator "
               "persen antara 0 dan 1" % r in err and "ketik 60 untuk 60%" in err,
               err)
    err, _ = tolak("program tanpa sasaran", "sasaran", induk=None)
    CATATAN.ok("program tanpa sasaran: apa diketik di mana",
               "lembar 'Realisasi Anggaran', sel C" in err and
               "program baru 'Program Uji Baru' (kode 2.16.98) belum "
               "mempunyai sasaran: ketik di Induk-nya nomor sasarannya di "
               "kolom NO lembar Pengukuran Kinerja" in err, err)
    err, _ = tolak("Induk program bukan sasaran", "induk", induk="Sasaran Lain")
    CATATAN.ok("Induk program bukan sasaran: sel",
               "lembar 'Realisasi Anggaran', sel C" in err and
               "Induk program baru harus sasarannya" in err and
               "Sasaran Lain" in err, err)
    # a plan program's name typed again in another group
    d = os.path.join(tmp, "tolak-kembar")
    os.mkdir(d)
    wb = openpyxl.load_workbook(asli)
    ws = wb["Pengukuran Kinerja"]
    k = sel_judul(ws)
    r = [x for x in range(7, ws.max_row + 1)
         if ws.cell(x, k["SASARAN STRATEGIS"]).value][1]
    ws.cell(r, k["PROGRAM"]).value = ws.cell(7, k["PROGRAM"]).value
    wb.save(os.path.join(d, "kinerja-2024.xlsx"))
    err = ditolak(d, "program dua kali")
    CATATAN.ok("program dua kali: sel", "sel J%d: program tercantum dua kali"
               % r in err, err)
    err, r = tolak("program tanpa baris anggaran", "anggaran", program=True,
                   anggaran=False)
    CATATAN.ok("program tanpa baris anggaran: sel",
               "lembar 'Pengukuran Kinerja', sel J%d: program tidak ada dalam "
               "rencana: Program Uji Baru (program baru: tambahkan juga "
               "barisnya di lembar Realisasi Anggaran" % r in err, err)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        # the documents alone, each with its own input sheet
        buku, asal = rencana_csv.buku_dan_csv(CATATAN, PROGRAM, tmp, "contoh",
                                              dokumen="semua")

        isi_pengukuran(os.path.join(buku, "pengukuran-kinerja-2024.xlsx"))
        diisi, induk_baru = isi_anggaran(os.path.join(buku, "realisasi-anggaran-2024.xlsx"))

        hasil = os.path.join(tmp, "hasil")
        rc, out, err = jalankan("--baca-buku", buku, "-k", hasil)
        CATATAN.ok("buku terbaca", rc == 0, out + err)
        # Pengukuran Kinerja, Realisasi Anggaran, Pemeriksaan, Ringkasan,
        # Perbandingan, Perbandingan Daerah, PK Murni, PK Perubahan
        CATATAN.ok("delapan lembar isian", "dibaca: 8 lembar isian" in out,
                   out)

        # kinerja.csv: the typed realisasi, every other field as before
        lama = {b["kode"]: b for b in csv_baris(asal, "kinerja.csv")}
        baru = {b["kode"]: b for b in csv_baris(hasil, "kinerja.csv")}
        CATATAN.equal(sorted(baru), sorted(lama), "kinerja.csv: kode sama")
        dilihat = set()
        for kode, b in baru.items():
            nama = b["uraian"]
            # the sheet's indicators are those of a sasaran or kinerja
            # lainnya (induk S.., L..); a program's may bear the same name
            if (b["tingkat"] == "indikator" and nama in INDIKATOR_NILAI
                    and b["induk"][:1] in ("S", "L")):
                dilihat.add(nama)
                CATATAN.equal(angka(b["realisasi"]), INDIKATOR_NILAI[nama],
                              "realisasi %s" % nama)
                b = dict(b, realisasi=lama[kode]["realisasi"])
            CATATAN.equal(b, lama[kode], "kinerja.csv %s tidak berubah" % kode)
        CATATAN.equal(len(dilihat), len(INDIKATOR), "indikator diisi")

        lama = {b["kode"]: b for b in csv_baris(asal, "anggaran.csv")}
        baru = {b["kode"]: b for b in csv_baris(hasil, "anggaran.csv")}
        CATATAN.equal(sorted(baru), sorted(list(lama) + [BARU]),
                      "anggaran.csv: kode lama dan satu baru")
        b = baru.get(BARU, {})
        CATATAN.equal((b.get("tingkat"), b.get("induk"), b.get("uraian")),
                      ("sub kegiatan", induk_baru, "Sub Kegiatan Baru Uji"),
                      "anggaran.csv: baris baru")
        lama[BARU] = dict(b, pagu="2.500.000", realisasi="1.250.000")
        for kode, b in baru.items():
            if kode in diisi:
                pagu, real = diisi[kode]
                if pagu is not None:
                    CATATAN.equal(angka(b["pagu"]), pagu, "pagu %s" % kode)
                CATATAN.equal(angka(b["realisasi"]), real,
                              "realisasi %s" % kode)
                b = dict(b, pagu=lama[kode]["pagu"] if pagu is None
                         else b["pagu"])
                if pagu is not None:
                    lama[kode] = dict(lama[kode], pagu=b["pagu"])
                b = dict(b, realisasi=lama[kode]["realisasi"])
            CATATAN.equal(b, lama[kode], "anggaran.csv %s tidak berubah" % kode)

        # regenerated from the read plan, the workbooks show the values
        ulang = os.path.join(tmp, "ulang")
        rc, _, err = jalankan(hasil, "-k", ulang, "-b", "semua")
        CATATAN.ok("ditulis ulang", rc == 0, err)
        ws = openpyxl.load_workbook(
            os.path.join(ulang, "pengukuran-kinerja-2024.xlsx"))[
                "Pengukuran Kinerja"]
        k_ind, k_real = kolom(ws, 5, "INDIKATOR KINERJA"), kolom(ws, 5,
                                                                 "REALISASI")
        for nama, nilai in INDIKATOR_NILAI.items():
            CATATAN.equal(ws.cell(baris_dengan(ws, k_ind, nama), k_real).value,
                          nilai, "ulang: realisasi %s" % nama)
        ws = openpyxl.load_workbook(
            os.path.join(ulang, "realisasi-anggaran-2024.xlsx"))[
                "Realisasi Anggaran"]
        k_kode = kolom(ws, 5, "Kode")
        k_pagu, k_real = kolom(ws, 5, "Anggaran (Rp)"), kolom(ws, 5,
                                                              "Realisasi (Rp)")
        for kode, (pagu, real) in diisi.items():
            r = baris_dengan(ws, k_kode, kode)
            if pagu is not None:
                CATATAN.equal(ws.cell(r, k_pagu).value, pagu,
                              "ulang: pagu %s" % kode)
            CATATAN.equal(ws.cell(r, k_real).value, real,
                          "ulang: realisasi %s" % kode)

        # letters in a number cell: the file, the sheet and the cell
        salah = os.path.join(tmp, "salah.xlsx")
        wb = openpyxl.load_workbook(
            os.path.join(buku, "pengukuran-kinerja-2024.xlsx"))
        ws = wb["Pengukuran Kinerja"]
        r = baris_dengan(ws, kolom(ws, 5, "INDIKATOR KINERJA"),
                         "Nilai SAKIP Perangkat Daerah")
        ws.cell(r, kolom(ws, 5, "REALISASI")).value = "delapan"
        wb.save(salah)
        err = ditolak(salah, "huruf di sel angka")
        CATATAN.ok("huruf: berkas, lembar, sel",
                   "salah.xlsx: lembar 'Pengukuran Kinerja', sel F%d: "
                   "'delapan' bukan angka" % r in err, err)

        # more wrong cells: each named, all in one run; "96.25" (the
        # international notation) is accepted
        ws.cell(r, kolom(ws, 5, "REALISASI")).value = "96.25"
        ws.cell(r + 1, kolom(ws, 5, "REALISASI")).value = -5
        # r + 2 is the empty row inserted above: a figure there has no
        # indicator
        ws.cell(r + 2, kolom(ws, 5, "REALISASI")).value = 50
        ws.cell(r + 3, kolom(ws, 5, "REALISASI")).value = "#DIV/0!"
        wb.save(salah)
        err = ditolak(salah, "angka negatif, galat")
        CATATAN.ok("96.25 diterima", "sel F%d" % r not in err, err)
        CATATAN.ok("angka negatif: sel", "sel F%d: angka negatif" % (r + 1)
                   in err, err)
        CATATAN.ok("baris sisipan: sel", "sel F%d: realisasi tanpa indikator"
                   % (r + 2) in err, err)
        CATATAN.ok("nilai galat: sel", "sel F%d: bukan angka: #DIV/0!" % (r + 3)
                   in err, err)
        rupiah = os.path.join(tmp, "rupiah.xlsx")
        wb = openpyxl.load_workbook(
            os.path.join(buku, "realisasi-anggaran-2024.xlsx"))
        ws = wb["Realisasi Anggaran"]
        r = baris_dengan(ws, kolom(ws, 5, "Tingkat"), "Sub Kegiatan")
        ws.cell(r, kolom(ws, 5, "Anggaran (Rp)")).value = "Rp 1.000"
        ws.cell(r, kolom(ws, 5, "Realisasi (Rp)")).value = 1000.5
        wb.save(rupiah)
        err = ditolak(rupiah, "rupiah salah")
        CATATAN.ok("Rp di depan: sel", "rupiah.xlsx: lembar 'Realisasi "
                   "Anggaran', sel F%d: 'Rp 1.000' bukan rupiah" % r in err, err)
        CATATAN.ok("sen: sel", "sel G%d: rupiah harus bilangan bulat" % r
                   in err, err)

        # a foreign workbook with the sheet's name
        asing = os.path.join(tmp, "asing.xlsx")
        wb = openpyxl.Workbook()
        wb.active.title = "Realisasi Anggaran"
        wb.active["B5"] = "Nomor Rekening"
        wb.save(asing)
        err = ditolak(asing, "buku asing")
        CATATAN.ok("buku asing: berkas, lembar, sel",
                   "asing.xlsx: lembar 'Realisasi Anggaran', sel B5: judul "
                   "kolom 'Kode' diharapkan, tertulis 'Nomor Rekening'" in err,
                   err)
        # ... and one with no sheet of ours
        wb = openpyxl.Workbook()
        wb.active.title = "Data"
        lain = os.path.join(tmp, "lain.xlsx")
        wb.save(lain)
        err = ditolak(lain, "buku lain")
        CATATAN.ok("buku lain: bukan dari kinerja-template",
                   "lain.xlsx: tidak ada lembar isian" in err, err)

        # a damaged workbook: cut in half
        rusak = os.path.join(tmp, "rusak.xlsx")
        with open(os.path.join(buku, "realisasi-anggaran-2024.xlsx"),
                  "rb") as f:
            data = f.read()
        with open(rusak, "wb") as f:
            f.write(data[:len(data) // 2])
        err = ditolak(rusak, "buku rusak")
        CATATAN.ok("buku rusak: nama berkas", "rusak.xlsx" in err, err)

        # a sheet's XML cut in the middle: the file and the sheet
        xml = os.path.join(tmp, "xmlrusak.xlsx")
        with zipfile.ZipFile(os.path.join(
                buku, "realisasi-anggaran-2024.xlsx")) as z, \
                zipfile.ZipFile(xml, "w") as o:
            for i in z.infolist():
                d = z.read(i.filename)
                if i.filename == "xl/worksheets/sheet1.xml":
                    d = d[:len(d) // 2]
                o.writestr(i, d)
        err = ditolak(xml, "XML rusak")
        CATATAN.ok("XML rusak: berkas dan lembar",
                   "xmlrusak.xlsx: xl/worksheets/sheet1.xml: lembar "
                   "'Realisasi Anggaran'" in err and "XML rusak" in err, err)

        # a folder holding the same input sheet twice (a copy): refused
        shutil.copyfile(os.path.join(buku, "realisasi-anggaran-2024.xlsx"),
                        os.path.join(buku, "salinan.xlsx"))
        err = ditolak(buku, "lembar dua kali")
        CATATAN.ok("lembar dua kali: kedua berkas disebut",
                   "salinan.xlsx: lembar 'Realisasi Anggaran' juga ada di "
                   in err and "realisasi-anggaran-2024.xlsx" in err, err)

        triwulan(tmp)
        baris_baru(tmp)
    sys.exit(CATATAN.summary())


if __name__ == "__main__":
    main()
