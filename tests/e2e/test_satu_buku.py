"""The one workbook of a year (kinerja-2024.xlsx) in real headless Calc:
each figure typed once, every other sheet follows.

For the built-in example and the same plan monitored per quarter
(tests/generator/rencana_triwulan.py), in both formula modes (add-in
formulas with the .oxt installed, --rumus standar without it):

1. As written: Calc recalculates every cell of every sheet to the cached
   value, and Pemeriksaan counts the seed's five findings.
2. One input edited consistently (the SPBE realisasi on Pengukuran
   Kinerja, or SAKIP's when SPBE is typed per quarter, through setValue,
   then calculateAll): Ringkasan, Perbandingan, Grafik Kinerja and the
   capaian on them follow, and Pemeriksaan still counts five.
3. Every input cell changed once (each indicator's realisasi on Pengukuran
   Kinerja, each quarter and quarterly target on Triwulan, each sub
   kegiatan's pagu and realisasi on Realisasi Anggaran):
   - every cell that shows a figure of another sheet
     (IF('Sheet'!$F$7="";"";...)) equals that cell in Calc;
   - the organisation's totals on Realisasi Anggaran, the programs on
     Pengukuran Kinerja and PK Perubahan, the sub kegiatan on RKT and
     the sasaran on Ringkasan are the sums of the new inputs;
   - the oracle: the edited workbook, stored by Calc, read back with
     --baca-buku and generated again, caches on every sheet exactly what
     Calc shows after the edits (every cell of every sheet, Pemeriksaan
     included).

Usage: test_satu_buku.py --oxt KINERJA.oxt --generator kinerja-template
       [--soffice PATH]
"""

import argparse
import os
import re
import subprocess
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))), "generator"))
import catatan  # noqa: E402
import harness  # noqa: E402
import rencana_lain  # noqa: E402
import rencana_triwulan  # noqa: E402

CATATAN = catatan.Catatan("e2e_satu_buku")
BUKU = "kinerja-2024.xlsx"
RUJUK = re.compile(r"^=IF\(((?:'[^']+'|\w+)!\$[A-Z]+\$\d+)=\"\",\"\",\1\)$")
SUM_LEMBAR = re.compile(r"SUM\(((?:'[^']+'|\w+))!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)\)")


def cek(kondisi, pesan, rinci=""):
    return CATATAN.ok(pesan, kondisi, rinci)


def jalankan(program, *args):
    p = subprocess.run([program, *args], capture_output=True, text=True,
                       timeout=300, stdin=subprocess.DEVNULL)
    return p.returncode, p.stdout + p.stderr


def kolom_angka(huruf):
    n = 0
    for c in huruf:
        n = n * 26 + ord(c) - 64
    return n - 1


def sel_rc(ref):
    m = re.match(r"\$?([A-Z]+)\$?(\d+)$", ref)
    return int(m.group(2)) - 1, kolom_angka(m.group(1))


def nama_lembar(teks):
    return teks.strip("'").replace("''", "'")


def isi_calc(doc):
    """{sheet: [[value]]} of every sheet's used area as Calc shows it."""
    hasil = {}
    for i in range(doc.Sheets.Count):
        sheet = doc.Sheets.getByIndex(i)
        kursor = sheet.createCursor()
        kursor.gotoEndOfUsedArea(False)
        akhir = kursor.RangeAddress
        blok = sheet.getCellRangeByPosition(0, 0, akhir.EndColumn, akhir.EndRow)
        hasil[sheet.Name] = [list(b) for b in blok.getDataArray()]
    return hasil


def nilai(isi, lembar, baris, kolom):
    t = isi.get(lembar, [])
    if baris < len(t) and kolom < len(t[baris]):
        return t[baris][kolom]
    return ""


def baris_bernama(isi, lembar, kolom, teks):
    """The first row of the sheet whose column holds teks (Perbandingan lists
    the Renstra's earlier-years indicators first, so rows move with the
    plan)."""
    for b, r in enumerate(isi.get(lembar, [])):
        if kolom < len(r) and r[kolom] == teks:
            return b
    return -1


GALAT = re.compile(r"^(Err:\d+|#[A-Z/0!?]+)$")


def sama(a, b):
    """Calc's value a (getDataArray: None for an error) against a cached
    value b (openpyxl: an error as its text)."""
    if a is None:  # an error in Calc: the other must be one too
        return b is None or (isinstance(b, str) and bool(GALAT.match(b)))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return (a if a is not None else "") == (b if b is not None else "")


def temuan(isi):
    return nilai(isi, "Pemeriksaan", 4, 8)


# The input sheets: the columns typed into, and the column naming the row
# (an unlocked blank cell is an input only on a named row: the rows below
# the last one are left open for inserting)
ISIAN = (("Pengukuran Kinerja", 2, (5,)),
         ("Realisasi Anggaran", 1, (5, 6)),
         ("Triwulan", 2, (5, 6, 7, 8, 10, 11, 12, 13)))


def input_sel(openpyxl, jalur):
    """The input cells the other sheets read: (sheet, row, col, value) of
    every unlocked number or blank on a named row of Pengukuran Kinerja's
    realisasi, Realisasi Anggaran's pagu and realisasi and Triwulan's
    quarters and quarterly targets (value None: not yet entered)."""
    wb = openpyxl.load_workbook(jalur)
    hasil = []
    for lembar, nama, kolom in ISIAN:
        if lembar not in wb.sheetnames:
            continue
        ws = wb[lembar]
        for row in ws.iter_rows(min_row=6):
            for c in kolom:
                s = row[c]
                if s.protection.locked is not False or row[nama].value in (None, ""):
                    continue
                if s.value is None or isinstance(s.value, (int, float)):
                    hasil.append((lembar, s.row - 1, c, s.value))
    return hasil


def nilai_baru(isi, lembar, r, c, v, k):
    """The k-th input's new value: a changed figure, or for a blank input a
    plausible first one (rupiah from the pagu, a figure near the row's
    target)."""
    if lembar == "Realisasi Anggaran":
        if v is None:  # realisasi not yet entered: most of the pagu
            return round(0.8 * nilai(isi, lembar, r, 5)) + 1000 * (k + 1)
        return v + 1000 * (k + 1)  # rupiah
    if v is None:  # near the row's annual target (TARGET: E, on Triwulan D)
        v = nilai(isi, lembar, r, 3 if lembar == "Triwulan" else 4)
        return round(v * 0.96 + 0.01 * (k + 1), 2)
    return round(v * 1.01 + 0.01 * (k + 1), 2)  # small steps in its unit


def capaian(target, realisasi, arah):
    """Capaian kinerja (docs/aturan.md, PermenPANRB 53/2014): rumus 1
    realisasi / target x 100, rumus 2 (TURUN) (target - (realisasi -
    target)) / target x 100, the division first."""
    if arah == "TURUN":
        return (target - (realisasi - target)) / target * 100
    return realisasi / target * 100


def berhasil(nilai_capaian):
    """The BERHASIL scale of docs/aturan.md (inclusive bounds) on a capaian
    rounded to two decimals."""
    v = round(nilai_capaian, 2)
    for batas, teks in ((100, "Sangat Berhasil"), (75, "Berhasil"),
                        (55, "Cukup Berhasil")):
        if v >= batas:
            return teks
    return "Kurang Berhasil"


def tingkat(serapan):
    """The TINGKAT scale of docs/aturan.md (exclusive bounds) on a serapan
    rounded to two decimals."""
    v = round(serapan, 2)
    for batas, teks in ((90, "Sangat Tinggi"), (75, "Tinggi"), (65, "Sedang"),
                        (50, "Rendah")):
        if v > batas:
            return teks
    return "Sangat Rendah"


def cek_serapan(label, isi, baru):
    """Every sub kegiatan on Realisasi Anggaran: its serapan (realisasi /
    pagu x 100) and TINGKAT kategori from the figures entered."""
    n = 0
    for (lembar, r, c), pagu in baru.items():
        if lembar != "Realisasi Anggaran" or c != 5:
            continue
        n += 1
        s = baru[(lembar, r, 6)] / pagu * 100
        dapat = [nilai(isi, lembar, r, k) for k in (7, 8)]
        cek(sama(dapat[0], s) and dapat[1] == tingkat(s),
            "%s Realisasi Anggaran R%d: serapan and kategori" % (label, r + 1),
            "%r / %r" % (dapat, [s, tingkat(s)]))
    cek(n > 0, "%s sub kegiatan checked (%d)" % (label, n))


def rekap(tw, cara):
    """The annual figure of the filled quarters (None: blank): JUMLAH their
    sum, AKHIR the last; blank when none is filled."""
    terisi = [x for x in tw if x is not None]
    if not terisi:
        return ""
    return sum(terisi) if cara == "JUMLAH" else terisi[-1]


def cek_indikator(label, isi, baru, indikator):
    """Every indicator of the plan on Pengukuran Kinerja and Triwulan against
    the figures entered so far (`baru`), computed here: the realisasi typed
    or recapped from the filled quarters, its capaian by the indicator's
    arah and its kategori."""
    tw_baris = {r[2]: b for b, r in enumerate(isi.get("Triwulan", []))
                if b >= 5 and len(r) > 2 and r[2]}
    n = 0
    for b, r in enumerate(isi["Pengukuran Kinerja"]):
        data = indikator(r[2]) if b >= 6 and len(r) > 2 and r[2] else None
        if data is None:
            continue
        n += 1
        t = tw_baris.get(r[2])
        if t is None:
            real = baru.get(("Pengukuran Kinerja", b, 5), "")
        else:
            real = rekap([baru.get(("Triwulan", t, c)) for c in range(5, 9)],
                         data["rekap"])
            cek(sama(nilai(isi, "Triwulan", t, 9), real),
                "%s Triwulan %s: %s of the filled quarters" % (label, r[2][:40],
                                                                data["rekap"]),
                "%r / %r" % (nilai(isi, "Triwulan", t, 9), real))
        if real == "":
            harap = ["", "", ""]
        else:
            g = capaian(data["target"], real, data["arah"])
            harap = [real, g, berhasil(g)]
        dapat = [nilai(isi, "Pengukuran Kinerja", b, c) for c in (5, 6, 7)]
        cek(all(sama(x, y) for x, y in zip(dapat, harap)),
            "%s Pengukuran Kinerja %s (%s): realisasi, capaian, kategori"
            % (label, r[2][:40], data["arah"]), "%r / %r" % (dapat, harap))
    cek(n >= 6, "%s indicators checked (%d)" % (label, n))
    cek_peringkat(label, isi, indikator)


def cek_peringkat(label, isi, indikator):
    """Perbandingan Daerah: each region's rank among the figures shown for
    the same indicator, 1 + the number strictly better (lower when the
    indicator's arah is TURUN), computed here; a blank figure unranked."""
    baris = [(b, r[2], r[3]) for b, r in enumerate(isi.get("Perbandingan Daerah", []))
             if b >= 5 and len(r) > 5 and indikator(r[2])]
    for b, nama, v in baris:
        if v == "":
            harap = ""
        else:
            turun = indikator(nama)["arah"] == "TURUN"
            harap = 1 + sum(1 for _, n2, w in baris if n2 == nama and w != "" and
                            (w < v if turun else w > v))
        cek(sama(nilai(isi, "Perbandingan Daerah", b, 5), harap),
            "%s Perbandingan Daerah R%d: rank of %r" % (label, b + 1, v),
            "%r / %r" % (nilai(isi, "Perbandingan Daerah", b, 5), harap))
    cek(len(baris) >= 4, "%s regions compared (%d)" % (label, len(baris)))


# The cells that show nothing while nothing is entered: (sheet, column
# naming the row, first row, columns)
KOSONG = (("Pengukuran Kinerja", 2, 6, (5, 6, 7, 8, 11, 12, 13)),
          ("Triwulan", 2, 5, (5, 6, 7, 8, 9, 15, 16, 17, 18, 19)),
          ("Realisasi Anggaran", 4, 6, (6, 7, 8)),
          ("Ringkasan", 2, 7, (4, 5, 6, 8, 9, 10, 11, 12)),
          ("Perbandingan", 2, 5, (10, 11, 13, 14)))


def cek_kosong(label, isi):
    """A plan with nothing entered: no error anywhere, and every realisasi,
    capaian and kategori blank (never 0 %, 200 % or #DIV/0!)."""
    galat = ["%s R%dC%d" % (lembar, b + 1, k + 1) for lembar, t in isi.items()
             for b, r in enumerate(t) for k, v in enumerate(r) if v is None]
    cek(not galat, label + " blank start: no error on any sheet", "%s" % galat[:6])
    for lembar, nama, awal, kolom in KOSONG:
        t = isi.get(lembar, [])
        isi_ada = [(b + 1, k + 1, t[b][k]) for b in range(awal, len(t))
                   if t[b][nama] for k in kolom if t[b][k] != ""]
        cek(not isi_ada and len(t) > awal,
            "%s blank start: %s shows no figure" % (label, lembar),
            "%s" % isi_ada[:6])


def rujukan(openpyxl, jalur):
    """Every cell showing another sheet's cell: (sheet, r, c, src, sr, sc)."""
    wb = openpyxl.load_workbook(jalur)
    hasil, jumlah = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for s in row:
                if not isinstance(s.value, str):
                    continue
                m = RUJUK.match(s.value)
                if m:
                    lembar, ref = m.group(1).rsplit("!", 1)
                    sr, sc = sel_rc(ref)
                    if nama_lembar(lembar) != ws.title:
                        hasil.append((ws.title, s.row - 1, s.column - 1,
                                      nama_lembar(lembar), sr, sc))
                for m in SUM_LEMBAR.finditer(s.value):
                    jumlah.append((ws.title, s.row - 1, s.column - 1,
                                   nama_lembar(m.group(1)), kolom_angka(m.group(2)),
                                   int(m.group(3)) - 1, int(m.group(4)) - 1))
    return hasil, jumlah


def cocok_semua(label, isi, harap_jalur, openpyxl):
    """Every cell of every sheet in Calc against a workbook's cache."""
    wb = openpyxl.load_workbook(harap_jalur, data_only=True)
    for ws in wb.worksheets:
        beda, n = [], 0
        for row in ws.iter_rows():
            for s in row:
                v = s.value
                if hasattr(v, "year"):
                    continue  # a PK date: Calc shows its serial number
                n += 1
                d = nilai(isi, ws.title, s.row - 1, s.column - 1)
                if not sama(d, v):
                    beda.append("%s Calc %r, expected %r" % (s.coordinate, d, v))
        cek(not beda and n > 0, "%s %s: %d cells as expected" % (label, ws.title, n),
            "; ".join(beda[:6]) + (" (%d more)" % (len(beda) - 6) if len(beda) > 6 else ""))


def sunting_spbe(label, doc):
    """The example: the SPBE index on Pengukuran Kinerja, 4,16 -> 4,3."""
    doc.Sheets.getByName("Pengukuran Kinerja").getCellRangeByName("F7").setValue(4.3)
    doc.calculateAll()
    isi = isi_calc(doc)
    CATATAN.equal(nilai(isi, "Ringkasan", 7, 4), 4.3,
                  label + " SPBE: Ringkasan E8 follows")
    spbe = baris_bernama(isi, "Perbandingan", 2,
                         "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)")
    CATATAN.equal(nilai(isi, "Perbandingan", spbe, 13), 4.3,
                  label + " SPBE: Perbandingan follows")
    cek(abs(nilai(isi, "Ringkasan", 7, 5) - 4.3 / 3.75 * 100) < 1e-9,
        label + " SPBE: Ringkasan's capaian follows",
        "%r" % nilai(isi, "Ringkasan", 7, 5))
    hasil = nilai(isi, "Perbandingan", spbe, 14)
    cek(isinstance(hasil, float) and abs(hasil - 4.3 / 3.75 * 100) < 1e-9,
        label + " SPBE: Perbandingan's capaian follows", "%r" % hasil)
    grafik = [r[2] for r in isi.get("Grafik Kinerja", []) if len(r) > 2]
    cek(4.3 in grafik, label + " SPBE: Grafik Kinerja follows")
    return isi


def sunting_sakip(label, doc):
    """The quarterly example (SPBE typed on Triwulan): SAKIP, 85,20 -> 86."""
    doc.Sheets.getByName("Pengukuran Kinerja").getCellRangeByName("F12").setValue(86.0)
    doc.calculateAll()
    isi = isi_calc(doc)
    sakip = baris_bernama(isi, "Perbandingan", 2, "Nilai SAKIP Perangkat Daerah")
    CATATAN.equal(nilai(isi, "Perbandingan", sakip, 13), 86.0,
                  label + " SAKIP: Perbandingan follows")
    return isi


def sunting_aki(label, doc):
    """The Dinas Kesehatan: the first realisasi of the year, maternal
    mortality (lower is better) 90 against a target of 85: rumus 2 gives
    (85 - (90 - 85)) / 85 x 100 on every sheet that shows it."""
    doc.Sheets.getByName("Pengukuran Kinerja").getCellRangeByName("F7").setValue(90.0)
    doc.calculateAll()
    isi = isi_calc(doc)
    harap = capaian(85.0, 90.0, "TURUN")
    for lembar, kolom_real in (("Pengukuran Kinerja", 5), ("Ringkasan", 4),
                               ("Perbandingan", 10)):
        b = baris_bernama(isi, lembar, 2, "Angka Kematian Ibu per 100.000 Kelahiran Hidup")
        dapat = (nilai(isi, lembar, b, kolom_real), nilai(isi, lembar, b, kolom_real + 1))
        cek(sama(dapat[0], 90.0) and sama(dapat[1], harap),
            "%s AKI: %s shows 90 and its rumus-2 capaian" % (label, lembar),
            "%r / %r" % (dapat, (90.0, harap)))
    return isi


# The plans each formula mode runs: (label, folder suffix, plan writer
# (None: the built-in example), least number of input cells, findings on
# Pemeriksaan, input sheets --baca-buku reads, the one-input edit, the
# plan's indicators by name (None: not checked one by one), nothing
# entered yet)
RENCANA = (
    # 5 realisasi, 22 sub kegiatan x pagu and realisasi
    ("", "", None, 5 + 2 * 22, 5, 8, sunting_spbe, None, False),
    # 3 realisasi typed, 2 typed per quarter (4 quarters and 4 targets)
    (" triwulan", "-tw", rencana_triwulan.tulis, 3 + 2 * 8 + 2 * 22, 5, 9,
     sunting_sakip, None, False),
    # 3 realisasi typed, 4 per quarter, 11 sub kegiatan x pagu and realisasi
    (" lain", "-lain", rencana_lain.tulis, 3 + 4 * 8 + 2 * 11, 0, 9,
     sunting_aki, rencana_lain.indikator, True),
)


def satu_mode(calc, program, mode, args, openpyxl, rencana):
    """One plan of RENCANA in one formula mode."""
    nama, akhiran, tulis, harap, n_temuan, n_lembar, sunting, indikator, \
        kosong = rencana
    label = "[%s%s]" % (mode, nama)
    dasar = []
    if tulis:
        dasar = [calc._mkdir("work/rencana" + akhiran)]
        tulis(program, dasar[0])
    kerja = calc._mkdir("work/satu")  # soffice's own folder
    folder = os.path.join(kerja, "buku-" + mode + akhiran)
    rc, out = jalankan(program, *dasar, "-k", folder, *args)
    if not cek(rc == 0, label + " written", out):
        return
    asli = os.path.join(folder, BUKU)
    calc._own(folder)
    calc._own(asli)
    masukan = input_sel(openpyxl, asli)
    cek(len(masukan) >= harap, label + " input cells", "%d" % len(masukan))
    rujuk, jumlah = rujukan(openpyxl, asli)
    cek(len(rujuk) > 50 and len(jumlah) >= 2,
        label + " figures shown from other sheets", "%d, %d" % (len(rujuk), len(jumlah)))

    print("  %s loading %s" % (label, asli), flush=True)
    doc = calc.load(asli)
    try:
        doc.calculateAll()
        isi = isi_calc(doc)
        print("  %s loaded and recalculated" % label, flush=True)
        cocok_semua(label + " as written", isi, asli, openpyxl)
        CATATAN.equal(temuan(isi), n_temuan, label + " as written: findings")
        if kosong:
            cek_kosong(label, isi)
        if indikator:
            cek_indikator(label + " as written", isi, {}, indikator)

        # 2. one input edited consistently
        isi = sunting(label, doc)
        CATATAN.equal(temuan(isi), n_temuan, label + " one input edited: findings")

        # 3. every input changed once: first all but the third and fourth
        # quarters (a recap of the filled quarters only), then those
        print("  %s one input followed; changing all %d" % (label, len(masukan)),
              flush=True)
        baru = {}
        for tahap in (False, True):
            for k, (lembar, r, c, v) in enumerate(masukan):
                if (lembar == "Triwulan" and c in (7, 8)) != tahap:
                    continue
                w = nilai_baru(isi, lembar, r, c, v, k)
                baru[(lembar, r, c)] = w
                doc.Sheets.getByName(lembar).getCellByPosition(c, r).setValue(float(w))
            doc.calculateAll()
            isi = isi_calc(doc)
            if indikator:
                cek_indikator(label + (" every input" if tahap else " two quarters"),
                              isi, baru, indikator)
        cek_serapan(label, isi, baru)
        for (lembar, r, c), w in baru.items():
            if not sama(nilai(isi, lembar, r, c), w):
                CATATAN.fail("%s %s R%dC%d took %r" % (label, lembar, r + 1, c + 1, w))
        salah = [(a, r, c, nilai(isi, a, r, c), b, sr, sc, nilai(isi, b, sr, sc))
                 for a, r, c, b, sr, sc in rujuk
                 if not sama(nilai(isi, a, r, c), nilai(isi, b, sr, sc))]
        cek(not salah, label + " every figure shown elsewhere (%d cells) "
            "equals its one cell" % len(rujuk), "%s" % salah[:4])
        for a, r, c, b, k, r1, r2 in jumlah:
            harap = sum(x for x in (nilai(isi, b, q, k) for q in range(r1, r2 + 1))
                        if isinstance(x, (int, float)))
            cek(sama(nilai(isi, a, r, c), harap),
                "%s %s R%dC%d sums %s rows %d-%d" % (label, a, r + 1, c + 1, b,
                                                    r1 + 1, r2 + 1),
                "%r / %r" % (nilai(isi, a, r, c), harap))
        for k, apa in ((5, "pagu"), (6, "realisasi")):
            daun = sum(w for (lembar, r, c), w in baru.items()
                       if lembar == "Realisasi Anggaran" and c == k)
            cek(sama(nilai(isi, "Realisasi Anggaran", 6, k), daun),
                "%s Realisasi Anggaran: the organisation's %s is the sum of "
                "the new inputs" % (label, apa),
                "%r / %r" % (nilai(isi, "Realisasi Anggaran", 6, k), daun))

        # the oracle: stored by Calc, read back, generated again
        print("  %s every input followed; storing" % label, flush=True)
        disimpan = os.path.join(calc.work, "disimpan-" + mode + akhiran)
        os.makedirs(disimpan, exist_ok=True)
        calc._own(disimpan)
        jalur = os.path.join(disimpan, BUKU)
        calc.store(doc, jalur, "Calc MS Excel 2007 XML")
    finally:
        doc.close(True)
    dibaca = os.path.join(kerja, "dibaca-" + mode + akhiran)
    rc, out = jalankan(program, *dasar, "--baca-buku", jalur, "-k", dibaca)
    # every sheet with an input cell: Pengukuran Kinerja, Realisasi
    # Anggaran, Pemeriksaan, Ringkasan, Perbandingan, Perbandingan Daerah,
    # PK Murni and PK Perubahan, and Triwulan when the plan has one
    if not cek(rc == 0 and "dibaca: %d lembar isian" % n_lembar in out,
               label + " --baca-buku reads Calc's kinerja-2024.xlsx", out):
        return
    ulang = os.path.join(kerja, "ulang-" + mode + akhiran)
    rc, out = jalankan(program, dibaca, "-k", ulang, *args)
    if not cek(rc == 0, label + " generated again from what was read", out):
        return
    cocok_semua(label + " every input changed", isi,
                os.path.join(ulang, BUKU), openpyxl)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--generator", required=True)
    ap.add_argument("--soffice")
    ap.add_argument("--budget", type=int, default=300)
    a = ap.parse_args()
    program = os.path.abspath(a.generator)
    if not os.access(program, os.X_OK):
        harness.die("the generator %s does not exist; build it first" % program)
    try:
        import openpyxl
    except ImportError:
        harness.die("cannot import openpyxl with %s; install python3-openpyxl"
                    % sys.executable)
    for mode, args, oxt in (("addin", [], a.oxt),
                            ("standar", ["--rumus", "standar"], None)):
        with harness.CalcSession(oxt, budget=a.budget, soffice=a.soffice,
                                 label="e2e_satu_buku " + mode) as calc:
            try:
                for rencana in RENCANA:
                    satu_mode(calc, program, mode, args, openpyxl, rencana)
            except Exception as e:  # noqa: BLE001
                CATATAN.fail(mode + ": the program raised",
                             "%s\n%s" % (e, traceback.format_exc()))
    sys.exit(CATATAN.summary())


if __name__ == "__main__":
    main()
