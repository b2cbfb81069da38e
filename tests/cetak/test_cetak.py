#!/usr/bin/env python3
"""How the generator's workbooks print, measured in real headless Calc.

The generator writes a plan's workbooks (the built-in example unless
--rencana names a plan folder, and with --panjang also a long plan made from
the example: 60 more sub kegiatan under one kegiatan, the example
monitored per quarter, which adds the Triwulan sheet, and the Dinas
Kesehatan of tests/generator/rencana_lain.py: another shape, no realisasi
yet) into a fresh folder,
on each paper size (--kertas A4 and F4).  Every workbook found there is opened in Calc and each
sheet is exported to PDF on its own (the other sheets hidden: Calc prints
only visible sheets), then measured:

- the text size: pdftotext -bbox-layout gives every word's box in PDF points
  on the printed page; its height divided by the box height of 10 pt text
  printed at 100 % (measured at start-up in the same Calc, so no font metric
  is assumed) is the printed size in points.  Per sheet: the minimum and the
  median over the body words (the footer left out);
- "###" anywhere in the text (a number too wide for its column);
- the paper (A4 595 x 842 pt, F4 215 x 330 mm = 609.4 x 935.4 pt) and the
  orientation of every page;
- rows per page from Calc's own pagination (XSheetPageBreak), and whether the
  last page holds a stray handful of rows;
- input aids on paper: the instruction text ("Isi sel berwarna", ...)
  (asserted absent) and the input fill colour (FFF2CC) counted in the pages
  rendered by pdftoppm: an input cell is yellow only while empty, so the
  built-in example's sheets, every input filled, print without it (the PK
  Murni aside: its date is not known), while the plan without realisasi
  prints it on Pengukuran Kinerja and Realisasi Anggaran;
- working aids (Triwulan, Pemeriksaan) say "Lembar kerja" in every page's
  footer, official sheets never;
- Realisasi Anggaran: the first page across holds the uraian, anggaran,
  realisasi, % and kategori columns and no "Dilaporkan" column; every page
  with a Dilaporkan column repeats the uraian column's header;
- a row inserted inside Realisasi Anggaran's table prints yellow while
  its inputs are empty, and less once they are filled;
- no chart cut by a page break (the charts' and the breaks' positions in
  Calc);
- Ringkasan: its legend printed whole and once (not cut at the first
  page's edge and repeated under the indicator column);
- Pemeriksaan: every section heading printed whole wherever it prints
  (merged over the whole row, a slice of it printed again under the
  repeated uraian column of the next page across);
- the RKT (built-in example): its first pages across hold at least 53 %
  as many body words as the pages beside them (55 % on A4 and on F4
  with the kegiatan's name printed on both; with tujuan, sasaran and
  program alone they held 47 % and 51 %);
- the Perjanjian Kinerja sheets (the ones whose text holds "PERJANJIAN
  KINERJA" and "pihak pertama"): portrait, 11-12 pt body text, the text
  reaching down the page, 3 cm or more between the Bupati line and the name
  under it on the letter's page and on the last one, its program table's
  Total on the page of its header, its last page holding the end of the
  table (its Total) with both signature blocks (no detached signature
  page), the built-in example's in exactly 2 pages (the letter signed, the
  lampiran signed), and its own page numbering ("Halaman 1 dari N") when
  the whole workbook is printed at once;
- the consolidation (--konsolidasi over the kumpulan of
  tests/generator/test_konsolidasi.py, 34 offices) on each paper: every
  sheet as above, Temuan one page across, and every code of the
  Indikator and Temuan sheets printed whole as one word (not wrapped at a
  dot).

Rules (asserted): body median >= 8 pt and no word < 6 pt (column numbers are
8 pt at 100 %), no ###, the paper asked for, a last page with at least 25 %
of the rows of the page before it (or 6 rows), no instruction text printed.  --simpan FOLDER keeps the PDFs and the PNGs (-r 50) to
look at; the measured figures are printed as a table.
"""

import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "e2e"))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "generator"))
import catatan  # noqa: E402
import rencana_csv  # noqa: E402
import rencana_lain  # noqa: E402
import rencana_triwulan  # noqa: E402
import harness  # noqa: E402
import test_konsolidasi as kumpulan_uji  # noqa: E402

MM = 72 / 25.4
KERTAS = {"A4": (210 * MM, 297 * MM), "F4": (215 * MM, 330 * MM)}
WARNA_ISIAN = (0xFF, 0xF2, 0xCC)
PETUNJUK = re.compile(r"Isi (sel|realisasi)|sel berwarna")
NS = "{http://www.w3.org/1999/xhtml}"


def perlu(program):
    path = shutil.which(program)
    if not path:
        harness.die("%s not found: install poppler-utils" % program)
    return path


def halaman_pdf(pdf):
    """[(width, height, [(word, xmin, ymin, xmax, ymax)])] per page."""
    out = subprocess.run([perlu("pdftotext"), "-bbox-layout", pdf, "-"],
                         check=True, capture_output=True, timeout=120).stdout
    root = ET.fromstring(out)
    pages = []
    for page in root.iter(NS + "page"):
        words = []
        for w in page.iter(NS + "word"):
            words.append((w.text or "", float(w.get("xMin")), float(w.get("yMin")),
                          float(w.get("xMax")), float(w.get("yMax"))))
        pages.append((float(page.get("width")), float(page.get("height")), words))
    return pages


def teks_pdf(pdf):
    return subprocess.run([perlu("pdftotext"), "-layout", pdf, "-"], check=True,
                          capture_output=True, timeout=120).stdout.decode("utf-8", "replace")


def baris_kaki(words):
    """The y (rounded) of footer lines: the line holding "Halaman"."""
    ys = set()
    for t, x0, y0, x1, y1 in words:
        if t == "Halaman":
            ys.add(round(y0))
    return ys


def kata_badan(words):
    kaki = baris_kaki(words)
    return [w for w in words if not any(abs(round(w[2]) - y) <= 2 for y in kaki)
            and re.search(r"\w", w[0])]


def piksel_isian(png):
    """Pixels of the input fill colour in a binary PPM/PNG read via pdftoppm -ppm."""
    with open(png, "rb") as f:
        data = f.read()
    # P6 header: magic, width, height, maxval, then raw RGB
    parts = data.split(b"\n", 3)
    rgb = parts[3]
    n = 0
    r0, g0, b0 = WARNA_ISIAN
    for i in range(0, len(rgb) - 2, 3):
        if abs(rgb[i] - r0) <= 2 and abs(rgb[i + 1] - g0) <= 2 and abs(rgb[i + 2] - b0) <= 2:
            n += 1
    return n


class Pengukur:
    def __init__(self, calc, kerja, simpan):
        self.calc = calc
        self.kerja = kerja
        self.simpan = simpan
        self.skala = None  # bbox height of 10 pt text / 10

    def ekspor(self, doc, pdf):
        self.calc.store(doc, pdf, "calc_pdf_Export")

    def kalibrasi(self):
        doc = self.calc.new_document()
        try:
            sh = doc.Sheets.getByIndex(0)
            for r in range(5):
                c = sh.getCellByPosition(0, r)
                c.setString("Kalibrasi Halaman %d ukuran" % (r + 1))
                c.CharHeight = 10
                c.CharFontName = "Arial"
            pdf = os.path.join(self.kerja, "kalibrasi.pdf")
            self.ekspor(doc, pdf)
        finally:
            doc.close(True)
        hs = [w[4] - w[2] for p in halaman_pdf(pdf) for w in p[2]]
        self.skala = statistics.median(hs) / 10.0
        return self.skala

    def pt(self, word):
        return (word[4] - word[2]) / self.skala


def ekspor_lembar(ukur, doc, sheet, nama_pdf):
    """Exports one sheet alone to nama_pdf in the work folder; returns the
    PDF's path and the sheet's row page breaks."""
    sheets = doc.Sheets
    nama = sheet.Name
    lain = [sheets.getByIndex(i) for i in range(sheets.Count)
            if sheets.getByIndex(i).Name != nama]
    # Calc prints a hidden sheet that has print ranges: the other sheets
    # lose theirs (and are hidden) while this one is exported
    terlihat = [s.IsVisible for s in lain]
    rentang = [s.getPrintAreas() for s in lain]
    sheet.IsVisible = True
    for s in lain:
        s.setPrintAreas(())
        s.IsVisible = False
    pdf = os.path.join(ukur.kerja, nama_pdf)
    try:
        ukur.ekspor(doc, pdf)
        breaks = [b.Position for b in sheet.getRowPageBreaks()]
    finally:
        for s, v, a in zip(lain, terlihat, rentang):
            s.setPrintAreas(a)
            s.IsVisible = v
    return pdf, breaks


def periksa_grafik(c, label, sheet, breaks):
    """No chart is cut by a page break: each row break's top edge (Calc's
    positions, 1/100 mm) lies above or below every chart on the sheet."""
    tepi = [sheet.getCellByPosition(0, b).Position.Y for b in breaks]
    dp = sheet.DrawPage
    for i in range(dp.Count):
        g = dp.getByIndex(i)
        if not g.supportsService("com.sun.star.drawing.OLE2Shape"):
            continue
        atas, bawah = g.Position.Y, g.Position.Y + g.Size.Height
        potong = [y for y in tepi if atas + 50 < y < bawah - 50]
        c.ok("%s: chart %d not cut by a page break" % (label, i + 1), not potong,
             "chart from %.1f to %.1f cm, break at %s cm"
             % (atas / 1000, bawah / 1000, [y / 1000 for y in potong]))


def kuning_pdf(pdf):
    """Pixels of the input fill on the pages rendered at 50 dpi."""
    prefix = pdf[:-4] + "-ppm"
    subprocess.run([perlu("pdftoppm"), "-r", "50", pdf, prefix], check=True,
                   timeout=300)
    return sum(piksel_isian(p) for p in glob.glob(prefix + "*.ppm"))


def ukur_lembar(ukur, doc, sheet, nama_pdf, c, kertas, hasil):
    """Exports one sheet alone and checks it; appends a figure row to hasil."""
    pdf, breaks = ekspor_lembar(ukur, doc, sheet, nama_pdf)
    pages = halaman_pdf(pdf)
    label = "%s %s" % (kertas, nama_pdf[:-4])
    if not pages:
        c.fail(label + ": prints pages", "the PDF has no page")
        return
    w_exp, h_exp = KERTAS[kertas]
    sizes = []
    for i, (w, h, words) in enumerate(pages):
        pendek, panjang = min(w, h), max(w, h)
        c.ok("%s p%d: paper %s" % (label, i + 1, kertas),
             abs(pendek - w_exp) < 3 and abs(panjang - h_exp) < 3,
             "page %.1f x %.1f pt, %s is %.1f x %.1f" % (w, h, kertas, w_exp, h_exp))
        sizes += [ukur.pt(x) for x in kata_badan(words)]
    text = teks_pdf(pdf)
    orient = "landscape" if pages[0][0] > pages[0][1] else "portrait"
    pk = "PERJANJIAN KINERJA" in text and "pihak pertama" in text
    c.ok(label + ": no ###", "###" not in text,
         "; ".join(l.strip() for l in text.splitlines() if "###" in l)[:300])
    c.ok(label + ": no instruction text printed", not PETUNJUK.search(text),
         (PETUNJUK.search(text) or [""])[0])
    if sizes:
        mn, med = min(sizes), statistics.median(sizes)
        c.ok(label + ": body text >= 8 pt", med >= 8.0, "median %.1f pt" % med)
        c.ok(label + ": no word below 6 pt", mn >= 6.0, "minimum %.1f pt" % mn)
    else:
        mn = med = 0.0
    # rows per page (Calc's pagination of the sheet's printed rows)
    cur = sheet.createCursor()
    cur.gotoEndOfUsedArea(False)
    akhir = cur.RangeAddress.EndRow
    areas = sheet.getPrintAreas()
    awal = 0
    if areas:
        awal = min(a.StartRow for a in areas)
        akhir = max(a.EndRow for a in areas)
    mulai = sorted(set([awal] + [b for b in breaks if awal < b <= akhir]))
    per = [b - a for a, b in zip(mulai, mulai[1:] + [akhir + 1])]
    periksa_grafik(c, label, sheet, [b for b in breaks if awal < b <= akhir])
    if len(per) >= 2:
        ok = per[-1] >= 6 or per[-1] >= 0.25 * per[-2]
        c.ok(label + ": last page not a stray handful of rows", ok,
             "rows per page %s" % per)
    # input aids: the input fill colour on the rendered pages
    kuning = kuning_pdf(pdf)
    if ukur.simpan:
        subprocess.run([perlu("pdftoppm"), "-r", "50", "-png", pdf,
                        os.path.join(ukur.simpan, kertas + "-" + nama_pdf[:-4])],
                       check=True, timeout=300)
        shutil.copy(pdf, os.path.join(ukur.simpan, kertas + "-" + nama_pdf))
    baris = {"kertas": kertas, "lembar": nama_pdf[:-4], "halaman": len(pages),
             "arah": orient, "min": mn, "median": med, "baris": per, "kuning": kuning,
             "kata": [[(x[0], x[2]) for x in p[2]] for p in pages],
             "tinggi": [p[1] for p in pages]}
    if pk:
        periksa_pk(ukur, c, label, pages, baris)
    hasil.append(baris)


def periksa_pk(ukur, c, label, pages, baris):
    """The signed letter: portrait, 11-12 pt, the page filled, room to sign."""
    w, h, words = pages[0]
    c.ok(label + ": PK portrait", h > w)
    body = kata_badan(words)
    sizes = [ukur.pt(x) for x in body]
    med = statistics.median(sizes)
    c.ok(label + ": PK text 11-12 pt", 10.8 <= med <= 12.3, "median %.1f pt" % med)
    bawah = max(x[4] for x in body)
    c.ok(label + ": PK letter fills the page", bawah >= 0.75 * h,
         "text ends at %.0f %% of the page" % (100 * bawah / h))
    baris["isi_sampai"] = 100 * bawah / h
    # the lampiran's program table whole: the page with its Total also
    # holds its header (balancing the last page once left the Total alone
    # on the signatures' page)
    for i, (_, _, kata) in enumerate(pages):
        # the Total line: "Total" and a rupiah amount on one line
        total = [w for w in kata if w[0] == "Total" and any(
            abs(x[2] - w[2]) < 2 and re.fullmatch(r"\d{1,3}(\.\d{3})+", x[0])
            for x in kata)]
        if total:
            c.ok("%s: PK p%d: the program table's Total under its header"
                 % (label, i + 1), "KETERANGAN" in [x[0] for x in kata])
    # no detached signature page: the last page holds the end of the
    # program table (its Total) and both signature blocks
    akhir = [x[0] for x in pages[-1][2]]
    c.ok(label + ": PK last page holds the table's end and both signatures",
         "Total" in akhir and akhir.count("Pihak") >= 2 and "Kedua" in akhir
         and "Pertama" in akhir, " ".join(akhir)[:300])
    baris["ttd_cm"] = ruang_ttd(c, label + " p1", words)
    ruang_ttd(c, "%s p%d" % (label, len(pages)), pages[-1][2])


def ruang_ttd(c, label, words):
    """The room to sign on a page: from the lowest "BUPATI" line (the
    pihak kedua's title) to the next word below it in the same column (the
    other party's title may wrap beside it), >= 3 cm; returns it in cm."""
    bup = [x for x in words if x[0].startswith("BUPATI")]
    if not bup:
        c.fail(label + ": PK signature block found", "no BUPATI line")
        return 0
    sig = max(bup, key=lambda x: x[4])
    y_bup = sig[4]
    bawahnya = [x[2] for x in words if x[2] > y_bup + 1 and x not in bup
                and x[1] < sig[3] + 20 and x[3] > sig[1] - 20
                and "Halaman" not in x[0]]
    jarak = (min(bawahnya) - y_bup) / MM / 10 if bawahnya else 0
    c.ok(label + ": PK room to sign >= 3 cm", jarak >= 3.0, "%.1f cm" % jarak)
    return jarak


def periksa_nomor_pk(ukur, doc, c, kertas, nama_pdf, halaman_lembar):
    """The whole PK workbook at once: each PK sheet numbers its own pages."""
    pdf = os.path.join(ukur.kerja, nama_pdf)
    ukur.ekspor(doc, pdf)
    nomor = []
    for w, h, words in halaman_pdf(pdf):
        t = " ".join(x[0] for x in words)
        m = re.search(r"Halaman (\d+) dari (\d+)", t)
        nomor.append((int(m.group(1)), int(m.group(2))) if m else None)
    # sheet by sheet, as many pages as the sheet printed alone, 1..N dari N
    harap = [(k, n) for n in halaman_lembar for k in range(1, n + 1)]
    ok = nomor == harap
    print("%s %s: page footers (page, of) %s" % (kertas, nama_pdf[:-4], nomor))
    c.ok("%s %s: each PK numbered on its own" % (kertas, nama_pdf[:-4]), ok,
         "footers %s, each sheet alone prints %s pages" % (nomor, halaman_lembar))
    if ukur.simpan:
        shutil.copy(pdf, os.path.join(ukur.simpan, kertas + "-" + nama_pdf))


def kata_kaki(kata):
    """Words on the footer line (the line holding "Halaman")."""
    ys = [y for t, y in kata if t == "Halaman"]
    return [t for t, y in kata if any(abs(y - yh) <= 3 for yh in ys)]


def periksa_peran(c, b):
    """A working aid's footer says so on every page; an official one never."""
    bantu = b["lembar"].endswith(("-Triwulan", "-Pemeriksaan", "-Temuan",
                                  "-Pemetaan"))
    kaki = ["Lembar" in kata_kaki(k) for k in b["kata"]]
    label = "%s %s" % (b["kertas"], b["lembar"])
    if bantu:
        c.ok(label + ": every page's footer says 'Lembar kerja'", all(kaki),
             "pages with it %s" % kaki)
    else:
        c.ok(label + ": no 'Lembar kerja' footer on an official sheet", not any(kaki),
             "pages with it %s" % kaki)


def periksa_realisasi(c, b):
    """The key figures on one page across, the reported ones beside the
    repeated uraian."""
    label = "%s %s" % (b["kertas"], b["lembar"])
    kunci = [set(t for t, y in k) for k in b["kata"] if "Kategori" in (t for t, y in k)]
    c.ok(label + ": a page holds the Kategori column", kunci)
    for i, kata in enumerate(kunci):
        hilang = {"Program", "Anggaran", "Realisasi", "%"} - kata
        c.ok("%s: kategori page %d also holds uraian, anggaran, realisasi, %%"
             % (label, i + 1), not hilang, "missing %s" % sorted(hilang))
        c.ok("%s: kategori page %d holds no Dilaporkan column" % (label, i + 1),
             "Dilaporkan" not in kata)
    lapor = [set(t for t, y in k) for k in b["kata"] if "Dilaporkan" in (t for t, y in k)]
    c.ok(label + ": the Dilaporkan columns print", lapor)
    c.ok(label + ": the uraian column repeated beside Dilaporkan",
         all({"Program", "Kegiatan", "Sub"} <= k for k in lapor))


def periksa_ringkasan(c, b):
    """The legend under the table printed whole, once: merged over the whole
    row it ran over the first page's edge and its slice under the repeated
    indicator column printed again on the next page."""
    label = "%s %s" % (b["kertas"], b["lembar"])
    teks = " ".join(t for k in b["kata"] for t, y in k)
    for akhir in ("Cukup Berhasil).", "(>= 1 Efisien)."):
        c.ok("%s: legend '... %s' printed once" % (label, akhir),
             teks.count(akhir) == 1, "%d times" % teks.count(akhir))


def judul_bagian(sheet):
    """Pemeriksaan's section headings ("A. ...", "B. ..."), as the sheet
    holds them (in whichever of its first columns), and the text of its
    other cells."""
    judul, lain = [], []
    for baris in sheet.getCellRangeByPosition(0, 0, 8, 1999).getDataArray():
        for k, t in enumerate(baris):
            if not isinstance(t, str) or not t:
                continue
            if k < 3 and re.match(r"[A-F]\. ", t):
                if t not in judul:
                    judul.append(t)
            else:
                lain.append(t)
    return judul, lain


def periksa_pemeriksaan(c, b, judul, lain):
    """Each section heading printed whole wherever it prints: one merge
    over the whole row printed cut at the first page's edge, and its slice
    under the uraian column (repeated) again on the next page across, the
    middle of the heading without its start.  A page prints a heading
    where three of its words in a row, in no other heading and no other
    cell, are in the page's text (in reading order); the whole heading
    must be there then."""
    label = "%s %s" % (b["kertas"], b["lembar"])
    dicetak = 0
    for i, kata in enumerate(b["kata"]):
        teks = " ".join(t for t, y in kata)
        for h in judul:
            w = h.split()
            tiga = [" ".join(w[j:j + 3]) for j in range(len(w) - 2)]
            tiga = [t for t in tiga if not any(t in g for g in judul + lain if g != h)]
            if any(t in teks for t in tiga):
                dicetak += 1
                c.ok("%s p%d: heading '%s' printed whole" % (label, i + 1, h[:20]),
                     h in teks)
    c.ok(label + ": the section headings print", dicetak >= len(judul),
         "%d printed, %d headings" % (dicetak, len(judul)))


def kata_isi(kata, tinggi):
    """Body words of an RKT page: below its last header row (the topmost
    "Kinerja", a column title) and above the footer."""
    ys = [y for t, y in kata if t == "Kinerja"]
    if not ys:
        return 0
    return sum(1 for t, y in kata if min(ys) + 8 < y < tinggi - 45)


def periksa_rkt(c, b):
    """Two pages across, the first ones not mostly blank."""
    label = "%s %s" % (b["kertas"], b["lembar"])
    isi = [kata_isi(k, h) for k, h in zip(b["kata"], b["tinggi"])]
    n = len(isi) // 2
    if not c.ok(label + ": two pages across (pages in pairs)", len(isi) % 2 == 0 and n,
                "%d pages" % len(isi)):
        return
    # Calc prints down, then across: the first half are the left pages
    rasio = sum(isi[:n]) / max(1, sum(isi[n:]))
    b["rasio_rkt"] = rasio
    c.ok(label + ": first pages across hold >= 53 % of the words beside them",
         rasio >= 0.53, "left %s, right %s: %.2f" % (isi[:n], isi[n:], rasio))


def periksa_kuning(c, b):
    """Yellow only where an input is still empty."""
    label = "%s %s" % (b["kertas"], b["lembar"])
    if b["awalan"] == "contoh" and not b["lembar"].endswith("-PK_Murni"):
        # every input of the example is filled (the PK Murni's date is not
        # known, so its empty date cell stays yellow)
        c.ok(label + ": a filled sheet prints no input fill", b["kuning"] == 0,
             "%d yellow pixels" % b["kuning"])
    if b["awalan"] == "lain-" and b["lembar"].endswith(
            ("-Realisasi_Anggaran", "-Pengukuran_Kinerja")):
        c.ok(label + ": empty inputs still print yellow", b["kuning"] > 0)


def periksa_baris_sisipan(ukur, calc, generator, c):
    """A row inserted inside Realisasi Anggaran's table (Calc copies the
    unlocked format of the sub kegiatan row above) prints yellow until its
    inputs are filled, on a sheet that printed none before."""
    out = tempfile.mkdtemp(prefix="sisip-", dir=calc.work)
    calc._own(out)
    subprocess.run([generator, "-k", out, "-t"], check=True, capture_output=True,
                   timeout=120)
    path = os.path.join(out, "kinerja-2024.xlsx")
    calc._own(path)
    doc = calc.load(path)
    try:
        sheet = doc.Sheets.getByName("Realisasi Anggaran")
        tata = sheet.getCellRangeByName("A1:K200")
        baris = [r for r, (kode, tingkat) in enumerate(
            (x[1], x[3]) for x in tata.getDataArray()) if tingkat == "Sub Kegiatan"]
        sebelum = kuning_pdf(ekspor_lembar(ukur, doc, sheet, "sisip-0.pdf")[0])
        sheet.Rows.insertByIndex(baris[1], 1)
        kosong = kuning_pdf(ekspor_lembar(ukur, doc, sheet, "sisip-1.pdf")[0])
        # No, kode, induk, tingkat, uraian as text; pagu, realisasi
        for k in range(5):
            sheet.getCellByPosition(k, baris[1]).setString("x")
        for k in (5, 6):
            sheet.getCellByPosition(k, baris[1]).setValue(1000)
        terisi = kuning_pdf(ekspor_lembar(ukur, doc, sheet, "sisip-2.pdf")[0])
    finally:
        doc.close(True)
    print("inserted row: yellow pixels %d before, %d empty, %d filled"
          % (sebelum, kosong, terisi))
    c.ok("inserted Realisasi Anggaran row: no yellow before", sebelum == 0,
         "%d" % sebelum)
    c.ok("inserted Realisasi Anggaran row: yellow while empty", kosong > 0)
    # its inputs' yellow gone (its formula cells are the rows-that-grow
    # rule's business, so only less yellow is asserted)
    c.ok("inserted Realisasi Anggaran row: its inputs' yellow gone once filled",
         terisi < kosong, "%d, was %d" % (terisi, kosong))


def tulis_buku(calc, c, argv, kertas, label):
    """Runs the generator's argv into a fresh folder on paper `kertas`
    ('bawaan': no --kertas option); returns the paper to expect and the
    workbooks written (none if it failed)."""
    out = tempfile.mkdtemp(prefix="cetak-", dir=calc.work)
    calc._own(out)
    argv = argv + ["-k", out, "-t"]
    if kertas != "bawaan":
        argv += ["--kertas", kertas]
    gen = subprocess.run(argv, capture_output=True, timeout=300)
    ukuran = "A4" if kertas == "bawaan" else kertas
    if not c.ok("%s --kertas %s" % (label, kertas), gen.returncode == 0,
                gen.stderr.decode("utf-8", "replace")[-500:]):
        return ukuran, []
    buku = sorted(glob.glob(os.path.join(out, "*.xlsx")))
    c.ok("%s: workbooks written" % kertas, buku, out)
    return ukuran, buku


def kode_lembar(sheet):
    """The codes in the sheet's "Kode" column (found in its header)."""
    data = sheet.getCellRangeByPosition(0, 0, 12, 4999).getDataArray()
    for r, baris in enumerate(data[:10]):
        if "Kode" in baris:
            k = baris.index("Kode")
            return [b[k] for b in data[r + 1:]
                    if isinstance(b[k], str) and re.search(r"\d", b[k])]
    return []


def periksa_konsolidasi(ukur, calc, generator, c, kertas_semua, hasil):
    """The regional workbook of --konsolidasi on each paper: every sheet
    measured as the others, Temuan one page across, every code of
    Indikator and Temuan one word on paper."""
    kumpulan_uji.siapkan(generator)
    folder = os.path.join(calc.work, "konsolidasi")
    os.makedirs(folder, exist_ok=True)
    kumpulan, harapan = kumpulan_uji.buat_kumpulan(folder)
    kumpulan_uji.tulis_pemda(kumpulan, harapan)
    for kertas in kertas_semua:
        ukuran, buku = tulis_buku(calc, c, [generator, "--konsolidasi", kumpulan],
                                  kertas, "konsolidasi")
        for path in buku:
            calc._own(path)
            doc = calc.load(path)
            try:
                for i in range(doc.Sheets.Count):
                    sheet = doc.Sheets.getByIndex(i)
                    nama = re.sub(r"\W+", "_", sheet.Name)
                    n0 = len(hasil)
                    ukur_lembar(ukur, doc, sheet, "konsolidasi-%s.pdf" % nama, c,
                                ukuran, hasil)
                    if len(hasil) == n0:
                        continue
                    b = hasil[-1]
                    b["awalan"] = "konsolidasi"
                    periksa_peran(c, b)
                    label = "%s %s" % (b["kertas"], b["lembar"])
                    lintang = b["halaman"] / max(1, len(b["baris"]))
                    b["lintang"] = lintang
                    if nama == "Temuan":
                        c.ok(label + ": one page across", lintang == 1,
                             "%d pages, %d down" % (b["halaman"], len(b["baris"])))
                    if nama in ("Indikator", "Temuan"):
                        kata = set(t for k in b["kata"] for t, y in k)
                        kode = kode_lembar(sheet)
                        putus = sorted(set(x for x in kode if x not in kata))
                        c.ok(label + ": codes found", kode)
                        c.ok(label + ": every code printed whole on one line",
                             not putus, "%d of %d wrapped: %s"
                             % (len(putus), len(kode), putus[:5]))
                        b["kode"] = (len(kode), len(putus))
            finally:
                doc.close(True)


def rencana_panjang(generator, folder):
    """The built-in example with 60 more sub kegiatan under one kegiatan
    (each with an indicator): tables of many pages, a program, kegiatan,
    tujuan and sasaran spanning several of them.  Rows are filled by column
    name, so a column the plan format gains does not shift them."""
    subprocess.run([generator, "--salin-contoh", folder], check=True,
                   capture_output=True, timeout=60)
    anggaran = rencana_csv.baca_csv(folder, "anggaran.csv")
    kinerja = rencana_csv.baca_csv(folder, "kinerja.csv")

    def baris(kepala, **isi):
        return [isi.get(k, "") for k in kepala]
    for i in range(60):
        kode = "2.16.01.2.06.%04d" % (100 + i)
        anggaran.append(baris(anggaran[0], tingkat="sub kegiatan", kode=kode,
                              induk="2.16.01.2.06",
                              uraian="Sub kegiatan tambahan nomor %d untuk uji "
                              "cetak halaman panjang" % (i + 1),
                              pagu="1.000.000", realisasi="900.000", catatan="uji"))
        kinerja.append(baris(kinerja[0], tingkat="indikator", kode=kode + "/1", induk=kode,
                             uraian="Jumlah keluaran sub kegiatan tambahan nomor %d"
                             % (i + 1), satuan="Dokumen", target=str(i + 1),
                             catatan="uji"))
    rencana_csv.tulis_csv(folder, "anggaran.csv", anggaran)
    rencana_csv.tulis_csv(folder, "kinerja.csv", kinerja)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--generator", required=True)
    ap.add_argument("--soffice")
    ap.add_argument("--oxt", help="the extension (the default formulas call it)")
    ap.add_argument("--rencana", help="a plan folder (default: the built-in example)")
    ap.add_argument("--panjang", action="store_true",
                    help="also a long plan (60 more sub kegiatan) and a quarterly one, "
                    "both made from the example")
    ap.add_argument("--kertas", default="A4,F4",
                    help="paper sizes, comma separated; 'bawaan' = no --kertas option")
    ap.add_argument("--simpan", help="keep the PDFs and 50 dpi PNGs here")
    args = ap.parse_args()
    if not os.access(args.generator, os.X_OK):
        harness.die("the generator %s is not built" % args.generator)
    c = catatan.Catatan("cetak")
    if args.simpan:
        os.makedirs(args.simpan, exist_ok=True)
    hasil = []
    with harness.CalcSession(args.oxt, locale="en-US", budget=1500,
                             soffice=args.soffice) as calc:
        ukur = Pengukur(calc, calc.work, args.simpan)
        print("10 pt Arial at 100 %%: word box %.2f pt high" % (ukur.kalibrasi() * 10))
        rencana = [("", args.rencana)]
        if args.panjang:
            folder = os.path.join(calc.work, "rencana-panjang")
            rencana_panjang(args.generator, folder)
            rencana.append(("panjang-", folder))
            folder = os.path.join(calc.work, "rencana-triwulan")
            rencana_triwulan.tulis(args.generator, folder)
            rencana.append(("triwulan-", folder))
            folder = os.path.join(calc.work, "rencana-lain")
            rencana_lain.tulis(args.generator, folder)
            rencana.append(("lain-", folder))
        for (awalan, folder_rencana), kertas in [(r, k) for r in rencana
                                                 for k in args.kertas.split(",")]:
            ukuran, buku = tulis_buku(
                calc, c, [args.generator] + ([folder_rencana] if folder_rencana else []),
                kertas, "generator")
            for path in buku:
                calc._own(path)
                doc = calc.load(path)
                try:
                    base = awalan + os.path.basename(path)[:-5]
                    ada_pk = 0
                    halaman_lembar = []
                    for i in range(doc.Sheets.Count):
                        sheet = doc.Sheets.getByIndex(i)
                        nama = re.sub(r"\W+", "_", sheet.Name)
                        n0 = len(hasil)
                        ukur_lembar(ukur, doc, sheet, "%s-%s.pdf" % (base, nama), c,
                                    ukuran, hasil)
                        if len(hasil) > n0:
                            b = hasil[-1]
                            b["awalan"] = awalan or ("rencana" if folder_rencana
                                                     else "contoh")
                            periksa_peran(c, b)
                            periksa_kuning(c, b)
                            if nama == "Realisasi_Anggaran":
                                periksa_realisasi(c, b)
                            if nama == "Ringkasan":
                                periksa_ringkasan(c, b)
                            if nama == "Pemeriksaan":
                                periksa_pemeriksaan(c, b, *judul_bagian(sheet))
                            if nama == "RKT" and b["awalan"] == "contoh":
                                periksa_rkt(c, b)
                            halaman_lembar.append(hasil[-1]["halaman"])
                            ada_pk += "ttd_cm" in hasil[-1]
                            if "ttd_cm" in b and b["awalan"] == "contoh":
                                # the letter signed, the lampiran signed
                                c.ok("%s %s: PK on 2 pages" % (ukuran, nama),
                                     b["halaman"] == 2, "%d pages" % b["halaman"])
                    if ada_pk:
                        periksa_nomor_pk(ukur, doc, c, ukuran, base + "-semua.pdf",
                                         halaman_lembar)
                finally:
                    doc.close(True)
        if not args.rencana:
            periksa_baris_sisipan(ukur, calc, args.generator, c)
            periksa_konsolidasi(ukur, calc, args.generator, c,
                                args.kertas.split(","), hasil)
    print()
    print("%-4s %-48s %3s %-9s %5s %6s %s" % ("pap", "sheet", "pp", "orient",
                                             "min", "median", "rows/page"))
    for b in hasil:
        extra = ""
        if "ttd_cm" in b:
            extra = "  PK: text to %.0f%% of page, signature room %.1f cm" % (
                b["isi_sampai"], b["ttd_cm"])
        if "rasio_rkt" in b:
            extra += "  left/right words %.2f" % b["rasio_rkt"]
        if "lintang" in b:
            extra += "  pages across %.1f" % b["lintang"]
        if "kode" in b:
            extra += "  codes %d, wrapped %d" % b["kode"]
        print("%-4s %-48s %3d %-9s %5.1f %6.1f %s%s%s" % (
            b["kertas"], b["lembar"][:48], b["halaman"], b["arah"], b["min"],
            b["median"], b["baris"], " yellow px %d" % b["kuning"] if b["kuning"] else "",
            extra))
    return c.summary()


if __name__ == "__main__":
    sys.exit(main())
