#!/usr/bin/python3
"""e2e_tumbuh: rows inserted on the protected sheets of the one workbook,
filled in real Calc without unprotecting anything.

The built-in example's workbook (kinerja-TAHUN.xlsx) is generated in both
formula modes and opened in headless Calc.  Its sheets stay protected as
handed out (insert and delete rows allowed).  Staff's way of adding a row
(xlsx-templates/README.md, "Menambah baris") is followed through UNO:

- Realisasi Anggaran: a sub kegiatan under a kegiatan, a kegiatan (with
  its sub kegiatan) under a program, and a program (with a kegiatan and a
  sub kegiatan; its Induk the name of its sasaran as Pengukuran Kinerja
  shows it) after the table; then a kegiatan's first sub kegiatan
  directly below the kegiatan row and a program's first kegiatan (with
  a sub kegiatan) directly below the program row, where the new row
  copies the parent's attributes: those typed through FormulaLocal (the
  number recognition typing uses), each entry taken by its validation,
  typing refused on the parent row: Sheet.Rows.insertByIndex; the cells to
  be typed are asserted unlocked first; Kode, Induk, Tingkat, uraian,
  Anggaran and Realisasi typed; a parent's Anggaran and Realisasi copied
  from another parent of its level (copyRange); % and Kategori filled down
  from the row above (XCellSeries.fillAuto, which Calc silently skips on
  a locked cell).
- Pengukuran Kinerja: a new indicator between two indicators of a
  sasaran: indicator, formulasi, target and realisasi typed, % and
  Kategori filled down.  A "Persentase" indicator's
  target refuses 0,6 (what "60%" typed into a number cell stores).
- Read back (--baca-buku on the workbook as Calc stores it): the new
  indicator and the new program (with its kegiatan and sub kegiatan)
  join the plan's CSV files with their figures; the workbook regenerated
  from them and opened in Calc shows the indicator on Pengukuran, the RKT
  and the PK with its target, realisasi and capaian, and the program's
  totals on Realisasi Anggaran, Pengukuran and the PK.  A program whose
  Induk (its sasaran) is emptied and an indicator without target are
  refused, each named.

Each step's figures are computed here from the typed numbers and the
sheet's own figures before the insert: the new row's serapan / capaian
and kategori (spec.py's scales), every parent's sums up to the
organisation, and Pemeriksaan's check of the kegiatan's reported pagu
against its sum.  The "row without its formula" signal is checked twice:
Pemeriksaan's count per sheet (1 after typing, 0 after filling down) and
the sheet's red mark (its conditional format's own rule, evaluated by Calc
on the new row).  A plan label (an indicator's name, its target) takes
typing on the new row until its % is filled down, and refuses it on the
plan's rows (the validation's own rule, evaluated on the row).  Finally,
the validation as Calc judges a stored value (Mark Invalid Data: the
Detective works on unprotected sheets only, the one place the test
unprotects, after every row was added and checked): a filled-down % is
valid, a number typed into it invalid, a plan target typed over invalid.

Usage: test_tumbuh.py --oxt KINERJA.oxt --generator kinerja-template
       [--soffice soffice]
"""

import glob
import os
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal as D

import checks
import harness
import spec
from test_baca_buku import angka, baris_uno, csv_baris, jalankan, kolom_uno

harness.import_uno()
import uno  # noqa: E402
from com.sun.star.table import CellAddress  # noqa: E402

KE_BAWAH = uno.Enum("com.sun.star.sheet.FillDirection", "TO_BOTTOM")
TINGKAT = spec.SCALES["TINGKAT"][0]
BERHASIL = spec.SCALES["BERHASIL"][0]
KEPALA = 4  # header row (0-based) of Realisasi Anggaran and Pengukuran


def generate(report, generator, folder, mode):
    extra = ["--rumus", "standar"] if mode == "standar" else []
    argv = [generator] + extra + ["-k", folder]
    proc = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, timeout=120)
    report.ok("%s exits 0" % " ".join(argv[1:]), proc.returncode == 0,
              proc.stdout.decode("utf-8", "replace"))
    (path,) = glob.glob(os.path.join(folder, "kinerja-*.xlsx"))
    return path


class Lembar:
    """One sheet of the open workbook: its columns by header."""

    def __init__(self, doc, nama, judul):
        self.doc, self.nama = doc, nama
        self.sh = doc.Sheets.getByName(nama)
        self.k = {j: kolom_uno(self.sh, KEPALA, j) for j in judul}

    def sel(self, judul, r):
        return self.sh.getCellByPosition(self.k[judul], r)

    def angka(self, judul, r):
        return D(repr(self.sel(judul, r).getValue()))

    def teks(self, judul, r):
        return self.sel(judul, r).getString()

    def sisip(self, r, n=1):
        self.sh.Rows.insertByIndex(r, n)

    def isi_ke_bawah(self, k1, k2, atas, akhir):
        """Fills columns k1..k2 of rows atas+1..akhir down from row atas
        (Ctrl+D on the selection atas..akhir)."""
        rng = self.sh.getCellRangeByPosition(self.k[k1], atas, self.k[k2], akhir)
        rng.fillAuto(KE_BAWAH, 1)
        self.doc.calculateAll()

    def salin(self, k1, k2, dari, ke):
        """Copies columns k1..k2 of row dari to row ke (Ctrl+C, Ctrl+V)."""
        src = self.sh.getCellRangeByPosition(self.k[k1], dari, self.k[k2], dari)
        self.sh.copyRange(CellAddress(self.sh.RangeAddress.Sheet, self.k[k1], ke),
                          src.RangeAddress)
        self.doc.calculateAll()


def terbuka(report, name, lembar, r, judul):
    """The cells staff type on row r are unlocked (checked before typing)."""
    kunci = [j for j in judul if lembar.sel(j, r).CellProtection.IsLocked]
    report.ok("%s: %s unlocked on the inserted row" % (name, ", ".join(judul)),
              not kunci, "locked: %s" % kunci)


def ketik(lembar, r, isian):
    for judul, nilai in isian.items():
        cell = lembar.sel(judul, r)
        if isinstance(nilai, str):
            cell.setString(nilai)
        else:
            cell.setValue(nilai)
    lembar.doc.calculateAll()


def ketik_lokal(lembar, judul, r, teks):
    """Types teks into the cell as staff do: FormulaLocal reads it as typed
    input in the document's locale (ScDocFunc::SetCellText, the number
    recognition typing uses; test_persen.py)."""
    lembar.sel(judul, r).FormulaLocal = teks
    lembar.doc.calculateAll()


def ditolak(lembar, judul, r, teks):
    """Whether Calc refuses teks typed into the cell: as Calc checks typed
    input (the entry put in the cell, the validation's rule evaluated,
    the cell restored), its content restored afterwards."""
    cell = lembar.sel(judul, r)
    isi = cell.getFormula()
    ketik_lokal(lembar, judul, r, teks)
    sah = boleh_ketik(lembar, judul, r)
    cell.setFormula(isi)
    lembar.doc.calculateAll()
    return sah is False


def tanpa_rumus(doc):
    """Pemeriksaan's count of rows holding an input without their formula:
    {sheet name: count}."""
    pm = doc.Sheets.getByName("Pemeriksaan")
    r = baris_uno(pm, 2, "Baris berisi tanpa rumus (sel merah; isi ke bawah "
                  "dari baris di atasnya)", 20)
    hasil = {}
    for c in range(1, 9):
        t = pm.getCellByPosition(c, r).getString()
        if t in ("Realisasi Anggaran", "Pengukuran Kinerja", "Perbandingan Daerah"):
            hasil[t] = pm.getCellByPosition(c + 1, r).getValue()
    return hasil


def nilai_aturan(lembar, rumus, r):
    """The truth of a rule Calc holds for a cell (a conditional format's
    or a validation's formula, its references on the row of the range's
    first cell), moved to row r and evaluated by Calc in a scratch sheet:
    the formula Calc itself imported, not a copy of it."""
    dasar = int(re.search(r"\b[A-Z]{1,2}(\d+)\b", rumus).group(1))
    geser = r + 1 - dasar
    # (a column fixed with $ keeps it: the sheet-qualified form is absolute)
    rumus = re.sub(r"\$?\b([A-Z]{1,2})(\d+)\b",
                   lambda m: "$'%s'.%s%d" % (lembar.nama, m.group(1),
                                            int(m.group(2)) + geser), rumus)
    doc = lembar.doc
    if not doc.Sheets.hasByName("Uji"):
        doc.Sheets.insertNewByName("Uji", doc.Sheets.Count)
    cell = doc.Sheets.getByName("Uji").getCellByPosition(0, 0)
    cell.setFormula("=" + rumus)
    doc.calculateAll()
    return cell.getError() == 0 and cell.getValue() == 1


def aturan_sel(lembar, judul, r):
    """The formulas of every conditional format over the cell, each as Calc
    holds it (relative to its range's first cell): a cell can be under
    several (the sheet's rule shading empty inputs, and its own), and its
    ConditionalFormat property shows only the first."""
    k = lembar.k[judul]
    hasil = []
    for cf in lembar.sh.ConditionalFormats.getConditionalFormats():
        if not any(a.StartColumn <= k <= a.EndColumn and a.StartRow <= r <= a.EndRow
                   for a in cf.Range.getRangeAddresses()):
            continue
        for i in range(cf.Count):
            e = cf.getByIndex(i)
            if hasattr(e, "Formula1"):
                # its argument separator "," as setFormula's ";" (outside
                # text in quotes)
                hasil.append(re.sub(r'("[^"]*")|,', lambda m: m.group(1) or ";",
                                    e.Formula1))
    return hasil


def tanda_merah(lembar, judul, r):
    """Whether the red mark of column `judul` shows on row r (its
    conditional format's rule evaluated there); None: no such rule."""
    aturan = [f for f in aturan_sel(lembar, judul, r) if "ISFORMULA" in f]
    return nilai_aturan(lembar, aturan[0], r) if len(aturan) == 1 else None


def boleh_ketik(lembar, judul, r):
    """Whether the validation of column `judul` on row r takes a typed
    entry now: Calc checks typed input by evaluating the rule with the
    entry in the cell, and these rules read another cell of the row."""
    v = lembar.sel(judul, r).Validation
    return nilai_aturan(lembar, v.Formula1, r) if v.Type.value == "CUSTOM" else None


def dekat(a, b):
    return abs(D(a) - D(b)) <= D("1e-9") * max(1, abs(D(b)))


def isi_lengkap(report, name, lembar, kolom, atas, b, tanda=None):
    """Fills columns kolom[0]..kolom[-1] of row b down from row atas; then
    Pemeriksaan counts no row of the sheet without its formula and the red
    mark (of column `tanda`, else the first) is gone."""
    lembar.isi_ke_bawah(kolom[0], kolom[-1], atas, b)
    report.equal(tanpa_rumus(lembar.doc).get(lembar.nama), 0,
                 name + ": no row without its formula after filling down")
    report.ok(name + ": no red mark after filling down",
              tanda_merah(lembar, tanda or kolom[0], b) is False)


class Anggaran:
    """The Realisasi Anggaran sheet and what is checked there."""

    JUDUL = ("No", "Kode", "Induk", "Tingkat", "Program / Kegiatan / Sub Kegiatan",
             "Anggaran (Rp)", "Realisasi (Rp)", "%", "Kategori",
             "Anggaran Dilaporkan (Rp)")
    KETIK = ("Kode", "Induk", "Tingkat", "Program / Kegiatan / Sub Kegiatan",
             "Anggaran (Rp)", "Realisasi (Rp)", "%", "Kategori")

    def __init__(self, report, doc, mode):
        self.report, self.doc, self.mode = report, doc, mode
        self.l = Lembar(doc, "Realisasi Anggaran", self.JUDUL)
        self.org = KEPALA + 2

    def baris(self, kode):
        return baris_uno(self.l.sh, self.l.k["Kode"], kode, 400)

    def jumlah(self, r):
        return (self.l.angka("Anggaran (Rp)", r), self.l.angka("Realisasi (Rp)", r))

    def akhir(self):
        """The table's last row: the last with a Tingkat."""
        r = self.org + 1
        while self.l.teks("Tingkat", r + 1):
            r += 1
        return r

    def cek_baris(self, name, r, pagu, real):
        """Row r shows pagu and real, its % and Kategori computed from them
        by formula."""
        l, report = self.l, self.report
        report.ok(name + ": Anggaran", dekat(l.angka("Anggaran (Rp)", r), pagu),
                  "%s != %s" % (l.angka("Anggaran (Rp)", r), pagu))
        report.ok(name + ": Realisasi", dekat(l.angka("Realisasi (Rp)", r), real),
                  "%s != %s" % (l.angka("Realisasi (Rp)", r), real))
        persen = spec.serapan(pagu, real)
        report.ok(name + ": % is a formula", l.sel("%", r).getFormula().startswith("="),
                  l.sel("%", r).getFormula())
        report.ok(name + ": %% = %s" % round(persen, 4), dekat(l.angka("%", r), persen),
                  str(l.angka("%", r)))
        report.equal(l.teks("Kategori", r), spec.kategori(persen, TINGKAT),
                     name + ": Kategori")

    def ketik_baris(self, name, r, kode, induk, tingkat, uraian, *rupiah):
        """Types row r's labels (and a sub kegiatan's Anggaran and
        Realisasi) as staff do, each taken by its validation and stored as
        typed."""
        isian = list(zip(self.KETIK, (kode, induk, tingkat, uraian) + rupiah))
        for judul, teks in isian:
            ketik_lokal(self.l, judul, r, teks)
            self.report.ok("%s: %s typed %s is taken" % (name, judul, teks),
                           boleh_ketik(self.l, judul, r) is True)
            angka = judul.endswith("(Rp)")
            self.report.equal(self.l.angka(judul, r) if angka else self.l.teks(judul, r),
                              D(teks) if angka else teks,
                              "%s: %s holds what was typed" % (name, judul))

    def periksa(self, name, kode, pagu):
        """Pemeriksaan's row 'Anggaran dilaporkan' of kode compares the
        reported pagu with pagu, the sum now."""
        pm = self.doc.Sheets.getByName("Pemeriksaan")
        kk = kolom_uno(pm, 6, "Kode")
        kl = kolom_uno(pm, 6, "Angka yang diperiksa")
        kn = kl + 1
        for r in range(7, 400):
            if (pm.getCellByPosition(kk, r).getString() == kode
                    and pm.getCellByPosition(kl, r).getString() == "Anggaran dilaporkan"):
                lapor = D(repr(pm.getCellByPosition(kn, r).getValue()))
                jumlah = D(repr(pm.getCellByPosition(kn + 2, r).getValue()))
                selisih = D(repr(pm.getCellByPosition(kn + 3, r).getValue()))
                hasil = pm.getCellByPosition(kn + 4, r).getString()
                self.report.ok(name + ": Pemeriksaan compares %s's reported pagu "
                               "with the new sum" % kode, dekat(jumlah, pagu),
                               "%s != %s" % (jumlah, pagu))
                self.report.equal(selisih, lapor - pagu,
                                  name + ": Pemeriksaan's selisih of " + kode)
                self.report.equal(hasil, "Cocok" if lapor == pagu else "Tidak cocok",
                                  name + ": Pemeriksaan's hasil of " + kode)
                return
        self.report.fail(name + ": no Pemeriksaan row for " + kode)

    def run(self):
        l, report, m = self.l, self.report, self.mode
        report.ok(m + ": Realisasi Anggaran is protected", l.sh.isProtected())
        report.equal(tanpa_rumus(self.doc).get("Realisasi Anggaran"), 0,
                     m + ": no row without its formula before any insert")
        # the first kegiatan with a sub kegiatan, its program, its last child
        r = self.org + 1
        while not (l.teks("Tingkat", r) == "Kegiatan"
                   and l.teks("Tingkat", r + 1) == "Sub Kegiatan"):
            r += 1
        keg, kode_keg = r, l.teks("Kode", r)
        kode_prog = l.teks("Induk", keg)
        prog = self.baris(kode_prog)
        s = keg + 1
        while l.teks("Tingkat", s + 1) == "Sub Kegiatan":
            s += 1
        awal = {n: self.jumlah(b) for n, b in
                (("org", self.org), ("prog", prog), ("keg", keg))}

        # 1. a sub kegiatan after the kegiatan's last one
        name = m + ": sub kegiatan"
        b = s + 1
        l.sisip(b)
        terbuka(report, name, l, b, self.KETIK)
        ketik(l, b, {"Kode": kode_keg + ".0099", "Induk": kode_keg,
                     "Tingkat": "Sub Kegiatan",
                     "Program / Kegiatan / Sub Kegiatan": "Sub kegiatan sisipan",
                     "Anggaran (Rp)": 1000000, "Realisasi (Rp)": 750000})
        report.equal(tanpa_rumus(self.doc).get("Realisasi Anggaran"), 1,
                     name + ": Pemeriksaan counts 1 row without its formula")
        report.ok(name + ": the red mark shows on % before filling down",
                  tanda_merah(l, "%", b) is True)
        report.ok(name + ": % is blank before filling down", l.teks("%", b) == "")
        isi_lengkap(report, name, l, ("%", "Kategori"), b - 1, b)
        self.cek_baris(name, b, D(1000000), D(750000))
        tambah = [D(1000000), D(750000)]
        self.cek_baris(name + ", its kegiatan", keg, awal["keg"][0] + tambah[0],
                       awal["keg"][1] + tambah[1])
        self.periksa(name, kode_keg, awal["keg"][0] + tambah[0])

        # 2. a kegiatan with one sub kegiatan, after that row
        name = m + ": kegiatan"
        a = b + 1
        l.sisip(a, 2)
        terbuka(report, name, l, a, self.KETIK)
        terbuka(report, name + "'s sub kegiatan", l, a + 1, self.KETIK)
        kode_baru = kode_prog + ".2.99"
        ketik(l, a, {"Kode": kode_baru, "Induk": kode_prog, "Tingkat": "Kegiatan",
                     "Program / Kegiatan / Sub Kegiatan": "Kegiatan sisipan"})
        ketik(l, a + 1, {"Kode": kode_baru + ".0001", "Induk": kode_baru,
                         "Tingkat": "Sub Kegiatan",
                         "Program / Kegiatan / Sub Kegiatan": "Sub kegiatan baru",
                         "Anggaran (Rp)": 2000000, "Realisasi (Rp)": 1900000})
        report.equal(tanpa_rumus(self.doc).get("Realisasi Anggaran"), 1,
                     name + ": Pemeriksaan counts 1 row without its formula")
        l.salin("Anggaran (Rp)", "Realisasi (Rp)", keg, a)
        l.isi_ke_bawah("%", "Kategori", b, a + 1)
        self.cek_baris(name, a, D(2000000), D(1900000))
        self.cek_baris(name + "'s sub kegiatan", a + 1, D(2000000), D(1900000))
        tambah = [tambah[0] + D(2000000), tambah[1] + D(1900000)]
        self.cek_baris(name + ", its program", prog, awal["prog"][0] + tambah[0],
                       awal["prog"][1] + tambah[1])
        report.equal(tanpa_rumus(self.doc).get("Realisasi Anggaran"), 0,
                     name + ": no row without its formula after filling down")

        # 3. a program with a kegiatan and a sub kegiatan, after the table
        name = m + ": program"
        z = self.akhir()
        p = z + 1
        l.sisip(p, 3)
        for i in range(3):
            terbuka(report, "%s row %d" % (name, i + 1), l, p + i, self.KETIK)
        # its sasaran: the first group's name on Pengukuran Kinerja
        uk = self.doc.Sheets.getByName("Pengukuran Kinerja")
        self.sasaran = uk.getCellByPosition(kolom_uno(uk, KEPALA, "SASARAN STRATEGIS"),
                                            KEPALA + 2).getString()
        ketik(l, p, {"Kode": "2.16.99", "Tingkat": "Program", "Induk": self.sasaran,
                     "Program / Kegiatan / Sub Kegiatan": "Program sisipan"})
        ketik(l, p + 1, {"Kode": "2.16.99.2.01", "Induk": "2.16.99",
                         "Tingkat": "Kegiatan",
                         "Program / Kegiatan / Sub Kegiatan": "Kegiatan baru"})
        ketik(l, p + 2, {"Kode": "2.16.99.2.01.0001", "Induk": "2.16.99.2.01",
                         "Tingkat": "Sub Kegiatan",
                         "Program / Kegiatan / Sub Kegiatan": "Sub kegiatan baru",
                         "Anggaran (Rp)": 3000000, "Realisasi (Rp)": 1500000})
        l.salin("Anggaran (Rp)", "Realisasi (Rp)", prog, p)
        l.salin("Anggaran (Rp)", "Realisasi (Rp)", keg, p + 1)
        l.isi_ke_bawah("%", "Kategori", z, p + 2)
        for i, apa in enumerate(("program", "kegiatan", "sub kegiatan")):
            self.cek_baris("%s: its %s" % (name, apa), p + i, D(3000000), D(1500000))
        tambah = [tambah[0] + D(3000000), tambah[1] + D(1500000)]
        self.cek_baris(m + ": the organisation's total", self.org,
                       awal["org"][0] + tambah[0], awal["org"][1] + tambah[1])
        report.equal(tanpa_rumus(self.doc).get("Realisasi Anggaran"), 0,
                     name + ": no row without its formula after filling down")

        # 4. the kegiatan's first sub kegiatan: a row inserted directly
        # below the kegiatan (Insert Rows Above on its first sub kegiatan)
        # takes the kegiatan's attributes, and the kegiatan's sums start
        # at the row below it
        name = m + ": first sub kegiatan"
        c = keg + 1
        l.sisip(c)
        b, p = b + 1, p + 1
        terbuka(report, name, l, c, self.KETIK)
        report.ok(name + ": the shade of empty inputs covers the new row",
                  any('"protect"' in f for f in aturan_sel(l, "Kode", c)),
                  str(aturan_sel(l, "Kode", c)))
        for judul, teks in (("Kode", "9.99"), ("Tingkat", "Sub Kegiatan"),
                            ("Anggaran (Rp)", "5"), ("Realisasi (Rp)", "5")):
            report.ok("%s: typing %s on the kegiatan row is refused" % (name, judul),
                      ditolak(l, judul, keg, teks))
        kode_sub = kode_keg + ".0098"
        self.ketik_baris(name, c, kode_sub, kode_keg, "Sub Kegiatan",
                         "Sub kegiatan pertama", "1250000", "1000000")
        report.equal(tanpa_rumus(self.doc).get("Realisasi Anggaran"), 1,
                     name + ": Pemeriksaan counts 1 row without its formula")
        report.ok(name + ": the red mark shows on % before filling down",
                  tanda_merah(l, "%", c) is True)
        isi_lengkap(report, name, l, ("%", "Kategori"), keg, c)
        self.cek_baris(name, c, D(1250000), D(1000000))
        tambah = [tambah[0] + D(1250000), tambah[1] + D(1000000)]
        keg_baru = [awal["keg"][0] + D(1000000) + D(1250000),
                    awal["keg"][1] + D(750000) + D(1000000)]
        self.cek_baris(name + ", its kegiatan", keg, *keg_baru)
        # the program: its sub kegiatan of steps 1 and 4, its kegiatan of 2
        self.cek_baris(name + ", its program", prog,
                       awal["prog"][0] + D(1000000) + D(2000000) + D(1250000),
                       awal["prog"][1] + D(750000) + D(1900000) + D(1000000))
        self.cek_baris(name + ", the organisation", self.org,
                       awal["org"][0] + tambah[0], awal["org"][1] + tambah[1])
        self.periksa(name, kode_keg, keg_baru[0])

        # 5. the program's first kegiatan with a sub kegiatan: two rows
        # inserted directly below the program (its Induk, empty, is the
        # formula "" so that it is unlocked and not shaded)
        name = m + ": first kegiatan"
        a = prog + 1
        l.sisip(a, 2)
        keg, b, p, c = keg + 2, b + 2, p + 2, c + 2
        for i in range(2):
            terbuka(report, "%s row %d" % (name, i + 1), l, a + i, self.KETIK)
        report.ok("%s: typing Induk on the program row is refused" % name,
                  ditolak(l, "Induk", prog, "2.16"))
        kode_k = kode_prog + ".2.98"
        self.ketik_baris(name, a, kode_k, kode_prog, "Kegiatan", "Kegiatan pertama")
        self.ketik_baris(name + "'s sub kegiatan", a + 1, kode_k + ".0001", kode_k,
                         "Sub Kegiatan", "Sub kegiatan kegiatan pertama", "400000",
                         "300000")
        l.salin("Anggaran (Rp)", "Realisasi (Rp)", keg, a)
        isi_lengkap(report, name, l, ("%", "Kategori"), prog, a + 1)
        self.cek_baris(name, a, D(400000), D(300000))
        self.cek_baris(name + "'s sub kegiatan", a + 1, D(400000), D(300000))
        tambah = [tambah[0] + D(400000), tambah[1] + D(300000)]
        self.cek_baris(name + ", its program", prog,
                       awal["prog"][0] + D(1000000) + D(2000000) + D(1250000)
                       + D(400000),
                       awal["prog"][1] + D(750000) + D(1900000) + D(1000000)
                       + D(300000))
        self.cek_baris(name + ", the organisation", self.org,
                       awal["org"][0] + tambah[0], awal["org"][1] + tambah[1])

        self.baru, self.program = b, p
        self.daun = {kode_sub: (1250000, 1000000), kode_k + ".0001": (400000, 300000),
                     kode_k: (400000, 300000),
                     kode_keg + ".0099": (1000000, 750000),
                     kode_baru: (2000000, 1900000),
                     kode_baru + ".0001": (2000000, 1900000)}


class Pengukuran:
    """A new indicator on the Pengukuran Kinerja sheet."""

    JUDUL = ("INDIKATOR KINERJA", "FORMULASI PERHITUNGAN", "TARGET", "REALISASI",
             "%", "KATEGORI")

    def __init__(self, report, doc, mode):
        self.report, self.doc, self.mode = report, doc, mode
        self.l = Lembar(doc, "Pengukuran Kinerja", self.JUDUL)

    def run(self):
        l, report, m = self.l, self.report, self.mode
        name = m + ": indicator"
        report.ok(m + ": Pengukuran Kinerja is protected", l.sh.isProtected())
        report.equal(tanpa_rumus(self.doc).get("Pengukuran Kinerja"), 0,
                     m + ": Pengukuran: no row without its formula before the insert")
        # an indicator computed by rumus 1 directly followed by another
        # (a one-row indicator: the new row is not inside its merged cells)
        r = KEPALA + 2
        while True:
            t, x = l.angka("TARGET", r), l.angka("REALISASI", r)
            if (l.teks("INDIKATOR KINERJA", r) and l.teks("INDIKATOR KINERJA", r + 1)
                    and t and x and dekat(l.angka("%", r), spec.capaian(t, x))):
                break
            r += 1
            if l.teks("INDIKATOR KINERJA", r) == "" and r > 200:
                raise AssertionError("no one-row rumus-1 indicator")
        b = r + 1
        l.sisip(b)
        terbuka(report, name, l, b, self.JUDUL)
        ketik(l, b, {"INDIKATOR KINERJA": "Indikator sisipan",
                     "FORMULASI PERHITUNGAN": "realisasi / target x 100",
                     "TARGET": 80, "REALISASI": 60})
        report.equal(tanpa_rumus(self.doc).get("Pengukuran Kinerja"), 1,
                     name + ": Pemeriksaan counts 1 row without its formula")
        # a "Persentase" indicator's target: "60%" typed (stored 0,6)
        # refused, 60 taken; any other indicator's 0,6 taken
        for nama, target, boleh in (("Persentase uji sisipan", 0.6, False),
                                    ("Persentase uji sisipan", 60, True),
                                    ("Indikator sisipan", 0.6, True)):
            ketik(l, b, {"INDIKATOR KINERJA": nama, "TARGET": target})
            report.ok("%s: TARGET %s of '%s' %s" % (name, target, nama,
                                                    "taken" if boleh else "refused"),
                      boleh_ketik(l, "TARGET", b) is boleh)
        ketik(l, b, {"TARGET": 80})
        for judul in ("INDIKATOR KINERJA", "TARGET"):
            report.ok(name + ": its %s takes typing before its %% is filled "
                      "down" % judul, boleh_ketik(l, judul, b) is True)
            report.ok(name + ": a plan indicator's %s refuses typing" % judul,
                      boleh_ketik(l, judul, r) is False)
        report.ok(name + ": the red mark shows on % before filling down",
                  tanda_merah(l, "%", b) is True)
        isi_lengkap(report, name, l, ("%", "KATEGORI"), r, b)
        capaian = spec.capaian(80, 60)
        report.ok(name + ": % = 75", dekat(l.angka("%", b), capaian), str(l.angka("%", b)))
        report.equal(l.teks("KATEGORI", b), spec.kategori(capaian, BERHASIL),
                     name + ": KATEGORI")
        report.ok(name + ": its TARGET refuses typing once its % is computed",
                  boleh_ketik(l, "TARGET", b) is False)
        self.baru, self.atas = b, r


class Daerah:
    """Two regions added to the first indicator's block of the Perbandingan
    Daerah sheet: one between two regions, one below the last."""

    def __init__(self, report, doc, mode, tahun):
        self.report, self.doc, self.mode = report, doc, mode
        self.realisasi = "Realisasi Tahun %d" % tahun
        self.JUDUL = ("No", "Pemda/KL", "Indikator Kinerja", self.realisasi,
                      "Predikat", "Peringkat", "Keterangan")
        self.KETIK = ("No", "Pemda/KL", "Indikator Kinerja", self.realisasi)
        self.l = Lembar(doc, "Perbandingan Daerah", self.JUDUL)

    def blok(self):
        """Rows of the first indicator's table: the organisation's own,
        then one per region, down to the blank row under it."""
        l, r = self.l, KEPALA + 1
        while l.teks("No", r + 1):
            r += 1
        return list(range(KEPALA + 1, r + 1))

    def nilai(self, baris):
        return [self.l.angka(self.realisasi, r) for r in baris]

    def skala(self, baris):
        """The scales (spec.py) that give every row its predikat as shown."""
        l = self.l
        return [nama for nama, (bands, _) in spec.SCALES.items()
                if all(kategori_teks(bands, l.angka(self.realisasi, r))
                       == l.teks("Predikat", r) for r in baris)]

    def peringkat(self, nilai, turun):
        """RANK as Calc computes it, from the figures: 1 + those ranked
        before; `turun`: the largest first."""
        return [1 + sum(1 for y in nilai if (y > x if turun else y < x))
                for x in nilai]

    def grafik(self):
        """The rows of the realisasi each bar chart draws, per chart."""
        rentang = []
        charts = self.l.sh.Charts
        for i in range(charts.Count):
            for a in charts.getByIndex(i).getRanges():
                if a.StartColumn == self.l.k[self.realisasi]:
                    rentang.append((a.StartRow, a.EndRow))
        return rentang

    def tambah(self, name, b, atas, nilai_baru, baris):
        """A region typed on the row inserted at b (below row atas), its
        predikat and peringkat filled down; the block's rows `baris` after
        the insert."""
        l, report = self.l, self.report
        l.sisip(b)
        terbuka(report, name, l, b, self.KETIK + ("Predikat", "Peringkat"))
        report.ok(name + ": its Pemda/KL takes typing before its rank is "
                  "filled down", boleh_ketik(l, "Pemda/KL", b) is True)
        ketik(l, b, {"No": len(baris), "Pemda/KL": "Kabupaten Sisipan " + name,
                     "Indikator Kinerja": l.teks("Indikator Kinerja", atas),
                     self.realisasi: float(nilai_baru)})
        report.equal(tanpa_rumus(self.doc).get("Perbandingan Daerah"), 1,
                     name + ": Pemeriksaan counts 1 row without its formula")
        report.ok(name + ": the red mark shows on Peringkat before filling down",
                  tanda_merah(l, "Peringkat", b) is True,
                  str(aturan_sel(l, "Peringkat", b)))
        isi_lengkap(report, name, l, ("Predikat", "Peringkat"), atas, b,
                    tanda="Peringkat")
        report.ok(name + ": its Pemda/KL refuses typing once its rank is computed",
                  boleh_ketik(l, "Pemda/KL", b) is False)

    def periksa(self, name, baris, turun, skala):
        l, report = self.l, self.report
        nilai = self.nilai(baris)
        report.equal([l.angka("Peringkat", r) for r in baris],
                     self.peringkat(nilai, turun),
                     name + ": every row's rank over the block with the new row")
        report.equal([l.teks("Predikat", r) for r in baris],
                     [kategori_teks(spec.SCALES[skala][0], x) for x in nilai],
                     name + ": every row's predikat (" + skala + ")")

    def run(self):
        l, report, m = self.l, self.report, self.mode
        report.ok(m + ": Perbandingan Daerah is protected", l.sh.isProtected())
        report.equal(tanpa_rumus(self.doc).get("Perbandingan Daerah"), 0,
                     m + ": Perbandingan Daerah: no row without its formula")
        baris = self.blok()
        report.ok(m + ": the first block compares 3 or more regions",
                  len(baris) >= 3, str(baris))
        nilai = self.nilai(baris)
        rank = [l.angka("Peringkat", r) for r in baris]
        turun = rank == self.peringkat(nilai, True)
        report.ok(m + ": the plan's ranks are RANK over the figures",
                  turun or rank == self.peringkat(nilai, False), str(rank))
        skala = self.skala(baris)
        report.ok(m + ": one scale gives the plan's predikat", skala, str(skala))
        skala = skala[0] if skala else "TINGKAT"
        grafik = self.grafik()
        # (from the header row: the series' name)
        report.ok(m + ": the first chart draws the block's rows",
                  (KEPALA, baris[-1]) in grafik, "%s %s" % (grafik, baris))
        # a region between two regions: the best figure, so every other
        # row's rank moves; the chart's range grows with it
        # (inside the scale's domain)
        atas = (spec.SCALES[skala][1] or (None, max(nilai) + 2))[1]
        terbaik = (max(nilai) + atas) / 2 if turun else min(nilai) / 2
        b = baris[1] + 1
        name = m + ": region between"
        self.tambah(name, b, baris[1], terbaik, baris)
        baris = self.blok()
        self.periksa(name, baris, turun, skala)
        report.ok(name + ": the chart draws the new row",
                  (KEPALA, baris[-1]) in self.grafik(), str(self.grafik()))
        # a region below the last (the blank row under the block selected,
        # Insert Rows Above): the rank's range reaches it
        b = baris[-1] + 1
        name = m + ": region appended"
        self.tambah(name, b, baris[-1], terbaik, baris)
        baris = self.blok()
        self.periksa(name, baris, turun, skala)


def kategori_teks(bands, x):
    return spec.kategori(x, bands) or ""


def hapus(sheet, r):
    """Deletes row r; False if Calc refuses."""
    try:
        sheet.Rows.removeByIndex(r, 1)
        return True
    except uno.getClass("com.sun.star.uno.RuntimeException"):
        return False


def kosongkan(lembar, r, judul):
    """Clears what was typed or filled into row r (Delete)."""
    for j in judul:
        lembar.sel(j, r).clearContents(1 | 2 | 4 | 16)


def tabel(doc, nama, baris=300, kolom=30):
    """The sheet's values as Calc computed them, per row: (text, None) or
    ("", number) per cell (one getDataArray call)."""
    rng = doc.Sheets.getByName(nama).getCellRangeByPosition(0, 0, kolom - 1,
                                                            baris - 1)
    return [[(v, None) if isinstance(v, str) else ("", v) for v in row]
            for row in rng.getDataArray()]


def cari(isi, teks):
    """(row, column) of the first cell whose text ends with teks."""
    for r, row in enumerate(isi):
        for c, (t, _) in enumerate(row):
            if t.endswith(teks):
                return r, c
    return None


def kanan(isi, tempat, nilai):
    """Whether the row of `tempat` holds the number `nilai` right of it."""
    r, c = tempat
    return any(x is not None and dekat(x, nilai) for _, x in isi[r][c + 1:])


def ulang(report, calc, generator, mode, keluar, ukur):
    """The workbook regenerated from the CSV files read back, opened in
    Calc: the new indicator and program on every sheet that lists them,
    with their figures computed."""
    d = keluar + "-ulang"
    argv = (["--rumus", "standar"] if mode == "standar" else []) + [keluar, "-k", d]
    rc, out, err = jalankan(generator, *argv)
    report.ok(mode + ": regenerated from the read-back CSV files", rc == 0, out + err)
    if rc != 0:
        return
    (path,) = glob.glob(os.path.join(d, "kinerja-*.xlsx"))
    doc = harness.open_checked(calc, report, path, prefix=mode + "-ulang")
    try:
        doc.calculateAll()
        name = mode + ": regenerated"
        ra = Lembar(doc, "Realisasi Anggaran", Anggaran.JUDUL)
        for kode in ("2.16.99", "2.16.99.2.01", "2.16.99.2.01.0001"):
            r = baris_uno(ra.sh, ra.k["Kode"], kode, 400)
            report.equal((ra.angka("Anggaran (Rp)", r), ra.angka("Realisasi (Rp)", r)),
                         (D(3000000), D(1500000)),
                         "%s: Realisasi Anggaran %s totals" % (name, kode))
        uk = tabel(doc, "Pengukuran Kinerja")
        t = cari(uk, "Indikator sisipan")
        report.ok(name + ": Pengukuran lists the new indicator", t is not None)
        if t:
            report.ok(name + ": Pengukuran: its target 80, realisasi 60, % 75",
                      all(kanan(uk, t, x) for x in (80, 60, spec.capaian(80, 60))),
                      str(uk[t[0]]))
        t = cari(uk, "Program sisipan")
        report.ok(name + ": Pengukuran lists the new program with its pagu and "
                  "realisasi", t is not None and kanan(uk, t, 3000000)
                  and kanan(uk, t, 1500000), str(uk[t[0]] if t else None))
        # the RKT lists the sasaran's indicators, not the kinerja
        # lainnya's (the group of the row the indicator was inserted in)
        for lembar in ("RKT", "PK Perubahan"):
            isi = tabel(doc, lembar)
            t = cari(isi, "Indikator sisipan")
            if lembar != "RKT" or ukur.sasaran:
                report.ok("%s: %s lists the new indicator with its target"
                          % (name, lembar), t is not None and kanan(isi, t, 80),
                          str(isi[t[0]] if t else None))
            t = cari(isi, "Program sisipan")
            report.ok("%s: %s lists the new program with its pagu" % (name, lembar),
                      t is not None and kanan(isi, t, 3000000),
                      str(isi[t[0]] if t else None))
    finally:
        doc.close(True)


def baca(report, calc, generator, mode, ang, ukur):
    """--baca-buku on the workbook as Calc stores it: the new program and
    the new indicator join the plan with their figures, and the workbook
    regenerated from it lists them (ulang); a new program whose Induk
    (its sasaran) is emptied, and a new indicator without target, are
    refused, each named; once the new rows are emptied, the new kegiatan
    and sub kegiatan are read with their figures."""
    def simpan_baca(nama):
        d = os.path.join(calc.work, "%s-%s" % (nama, mode))
        os.mkdir(d)
        calc._own(d)
        calc.store(ang.doc, os.path.join(d, "kinerja-2024.xlsx"),
                   "Calc MS Excel 2007 XML")
        keluar = os.path.join(calc.work, "%s-%s-csv" % (nama, mode))
        return keluar, jalankan(generator, "--baca-buku", d, "-k", keluar)
    keluar, (rc, out, err) = simpan_baca("semua")
    report.ok(mode + ": --baca-buku takes the new program and indicator", rc == 0,
              "rc %d: %s" % (rc, out + err))
    if rc == 0:
        k = list(csv_baris(keluar, "kinerja.csv").values())
        a = csv_baris(keluar, "anggaran.csv")
        baru = ([b for b in k if b["uraian"] == "Indikator sisipan"] or [{}])[0]
        # its group: that of the indicator above it on the sheet
        kel = {b["kode"] for b in k if b["tingkat"] in ("sasaran", "lainnya")}
        atas = ukur.l.teks("INDIKATOR KINERJA", ukur.atas)
        grup = [b["induk"] for b in k if b["uraian"] == atas and b["induk"] in kel]
        report.equal((baru.get("induk"), baru.get("formulasi"), angka(baru.get("target", "")),
                      angka(baru.get("realisasi", "")), baru.get("arah")),
                     (grup[0] if grup else "?", "realisasi / target x 100",
                      80.0, 60.0, "NAIK"),
                     mode + ": kinerja.csv holds the new indicator in its group")
        sasaran = [b["kode"] for b in k if b["tingkat"] == "sasaran"
                   and b["uraian"] == ang.sasaran]
        report.equal((a.get("2.16.99", {}).get("tingkat"), a.get("2.16.99", {}).get("sasaran")),
                     ("program", sasaran[0] if sasaran else "?"),
                     mode + ": anggaran.csv holds the new program with its sasaran")
        b = a.get("2.16.99.2.01.0001", {})
        report.equal((b.get("induk"), angka(b.get("pagu", "")), angka(b.get("realisasi", ""))),
                     ("2.16.99.2.01", 3000000.0, 1500000.0),
                     mode + ": anggaran.csv holds the new program's sub kegiatan")
        ukur.sasaran = any(b["kode"] == baru.get("induk") and b["tingkat"] == "sasaran"
                           for b in k)
        ulang(report, calc, generator, mode, keluar, ukur)
    # what is still refused: a program without its sasaran, an indicator
    # without target
    ang.l.sel("Induk", ang.program).setString("")
    ukur.l.sel("TARGET", ukur.baru).clearContents(1 | 4)
    ang.doc.calculateAll()
    _, (rc, out, err) = simpan_baca("tolak")
    report.ok(mode + ": --baca-buku refuses a new program without its sasaran",
              rc != 0 and "program baru 'Program sisipan' (kode 2.16.99) belum "
              "mempunyai sasaran" in out + err, "rc %d: %s" % (rc, out + err))
    report.ok(mode + ": --baca-buku refuses a new indicator without target",
              "indikator baru tanpa target" in out + err, out + err)
    # emptied, not deleted: Calc deletes a row of a protected sheet only
    # when none of its cells is locked (ScEditableTester with
    # ColRowEditAction::DeleteRows), and every row has locked cells (the
    # columns right of the table are), so "delete rows allowed" never
    # applies; an inserted row's own cells are unlocked and can be cleared
    report.ok(mode + ": Calc refuses deleting the inserted row on the protected sheet",
              not hapus(ukur.l.sh, ukur.baru))
    kosongkan(ukur.l, ukur.baru, ukur.JUDUL)
    for i in range(3):
        kosongkan(ang.l, ang.program + i, ang.KETIK)
    ang.doc.calculateAll()
    keluar, (rc, out, err) = simpan_baca("kegiatan")
    report.ok(mode + ": --baca-buku reads the new kegiatan and sub kegiatan",
              rc == 0, out + err)
    if rc == 0:
        a = csv_baris(keluar, "anggaran.csv")
        for kode, (pagu, real) in sorted(ang.daun.items()):
            if kode.endswith((".0098", ".0099", ".0001")):  # a sub kegiatan
                b = a.get(kode, {})
                report.equal((angka(b.get("pagu", "")), angka(b.get("realisasi", ""))),
                             (pagu, real), "%s: read back %s" % (mode, kode))
            else:
                report.ok("%s: read back kegiatan %s" % (mode, kode), kode in a)


def lingkaran(sheet, cell):
    """Whether Calc's Mark Invalid Data circles the cell."""
    sheet.clearArrows()
    sheet.showInvalid()
    dp = sheet.DrawPage
    pos, size = cell.Position, cell.Size
    x, y = pos.X + size.Width // 2, pos.Y + size.Height // 2
    for i in range(dp.Count):
        s = dp.getByIndex(i)
        if "Ellipse" in s.ShapeType:
            p, z = s.Position, s.Size
            if p.X <= x <= p.X + z.Width and p.Y <= y <= p.Y + z.Height:
                return True
    return False


def validasi(report, mode, ang, ukur):
    """What typing into a computed cell (and into a plan label) does."""
    l = ang.l
    v = l.sel("%", ang.baru).Validation
    name = mode + ": a computed cell's validation"
    report.ok(name + " is a formula rule that stops", v.Type.value == "CUSTOM"
              and v.ShowErrorMessage and v.ErrorAlertStyle.value == "STOP",
              "%s %s %s" % (v.Type.value, v.ShowErrorMessage, v.ErrorAlertStyle.value))
    report.ok(name + ": its message and prompt say Ctrl+D",
              "Ctrl+D" in v.ErrorMessage and "Ctrl+D" in v.InputMessage
              and v.ShowInputMessage, v.ErrorMessage)
    # the Detective needs the sheets unprotected: every row is added
    # and checked by now
    for lembar in (l, ukur.l):
        lembar.sh.unprotect("")
    report.ok(mode + ": a filled-down % is valid",
              not lingkaran(l.sh, l.sel("%", ang.baru)))
    l.sel("%", ang.baru).setValue(75)
    ang.doc.calculateAll()
    report.ok(mode + ": a number typed into % is invalid (refused when typed)",
              lingkaran(l.sh, l.sel("%", ang.baru)))
    u = ukur.l
    u.sel("TARGET", ukur.atas).setValue(1)
    report.ok(mode + ": a plan target typed over is invalid",
              lingkaran(u.sh, u.sel("TARGET", ukur.atas)))


def mode_set(mode, generator):
    def section(calc, report):
        work = tempfile.mkdtemp(prefix="kinerja-tumbuh-")
        os.chmod(work, 0o755)
        try:
            path = generate(report, generator, work, mode)
            doc = harness.open_checked(calc, report, path, prefix=mode)
            try:
                ang = Anggaran(report, doc, mode)
                ang.run()
                ukur = Pengukuran(report, doc, mode)
                ukur.run()
                baca(report, calc, generator, mode, ang, ukur)
                validasi(report, mode, ang, ukur)
                tahun = int(re.search(r"(\d{4})\.xlsx$", path).group(1))
                Daerah(report, doc, mode, tahun).run()
            finally:
                doc.close(True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    section.__name__ = mode
    return section


if __name__ == "__main__":
    # the generator checked (absolute, executable) before soffice starts
    program = harness.arguments(__doc__, generator=True,
                                extra=lambda p: p.add_argument("--only")).generator
    checks.run_program("e2e_tumbuh", __doc__,
                       [mode_set("standar", program), mode_set("addin", program)],
                       budget=300)
