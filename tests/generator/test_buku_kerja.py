"""The workbooks of the built-in example, reopened with python3-openpyxl.

Runs kinerja-template twice (add-in formulas and --rumus standar) into a
temporary folder and checks, for every workbook: a valid zip whose XML
parts are all well-formed, that openpyxl loads it, and that the cells,
formulas, cached values (what a viewer that does not recalculate shows),
number formats, protection, validation and page setup are the documented
ones.  Expected figures come from the seed report, never from the
generator.

Usage: test_buku_kerja.py PATH/TO/kinerja-template
"""

import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.dom.minidom

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rencana_triwulan  # noqa: E402

PROGRAM = os.path.abspath(sys.argv[1])
AWALAN = "ID.KINERJA.FUNGSI."
CATATAN = catatan.Catatan("test_buku_kerja")


cek = CATATAN.cek


def sama(dapat, harap, pesan):
    cek(dapat == harap, "%s: got %r, expected %r" % (pesan, dapat, harap))


def dua_desimal(dapat, harap, pesan):
    """The value as Calc shows it with two decimals (half away from zero on
    the decimal value; the seed's figures are such)."""
    ok = isinstance(dapat, (int, float)) and \
        abs(round(dapat + 1e-12 if dapat >= 0 else dapat - 1e-12, 2)
            - harap) < 1e-9
    cek(ok, "%s: got %r, shows as %s, expected %s"
        % (pesan, dapat, dapat if not isinstance(dapat, (int, float))
           else "%.2f" % dapat, harap))


def struktur(jalur):
    """A valid zip; every XML part well-formed; loads in openpyxl."""
    with zipfile.ZipFile(jalur) as z:
        cek(z.testzip() is None, "%s: corrupt zip member" % jalur)
        nama = z.namelist()
        for wajib in ("[Content_Types].xml", "xl/workbook.xml",
                      "xl/styles.xml", "docProps/core.xml"):
            cek(wajib in nama, "%s: no %s" % (jalur, wajib))
        for n in nama:
            if n.endswith(".xml") or n.endswith(".rels"):
                try:
                    xml.dom.minidom.parseString(z.read(n))
                except Exception as e:
                    CATATAN.fail("%s: %s is not well-formed XML: %s"
                                 % (jalur, n, e))
    return (openpyxl.load_workbook(jalur),
            openpyxl.load_workbook(jalur, data_only=True))


def halaman(ws, nama, baris_ulang):
    """A4 landscape at a print scale that keeps 10 pt text at 8 pt or more
    (a wide sheet spans pages across instead of shrinking), header rows
    repeated and frozen, a print area (instruction rows left out)."""
    sama(ws.page_setup.orientation, "landscape", nama + " orientation")
    sama(str(ws.page_setup.paperSize), "9", nama + " paper A4")
    fit = ws.sheet_properties.pageSetUpPr
    cek(not (fit and fit.fitToPage), nama + " not shrunk to fit")
    skala = int(ws.page_setup.scale or 100)
    cek(82 <= skala <= 100, "%s print scale %d%%" % (nama, skala))
    cek(ws.print_area, nama + " print area")
    if baris_ulang:
        sama(ws.print_title_rows, baris_ulang, nama + " repeated rows")


def dilindungi(ws, nama, harap=True):
    sama(bool(ws.protection.sheet), harap, nama + " sheet protection")
    if harap:
        sama(ws.protection.password, None, nama + " no password")
        # insertRows=False in the file means "not prohibited"
        sama(ws.protection.insertRows, False, nama + " rows may be inserted")
        sama(ws.protection.deleteRows, False, nama + " rows may be deleted")


def lembar_tabel(wb, nilai, judul, nama, baris_ulang):
    """The sheet `judul` with its formulas and with its cached values,
    after the checks every table sheet shares: its print setup (header
    rows baris_ulang) and its protection."""
    ws, v = wb[judul], nilai[judul]
    halaman(ws, nama, baris_ulang)
    dilindungi(ws, nama)
    return ws, v


def isian(sel, nama):
    """An input cell: unlocked, and shaded while empty: a conditional format
    with the input fill, true for an empty unlocked cell, covers it
    (AND(ISBLANK(c),CELL("protect",c)=0) for its range's first cell c), and
    the cell has no fill of its own (a filled official table prints white)."""
    cek(sel.protection.locked is False, "%s %s should be unlocked"
        % (nama, sel.coordinate))
    kuning = [(cf.sqref, r.formula) for cf in sel.parent.conditional_formatting
              for r in cf.rules
              if sel.coordinate in cf.sqref and r.formula and
              re.fullmatch(r'AND\(ISBLANK\(([A-Z]+[0-9]+)\),CELL\("protect",\1\)=0\)',
                           r.formula[0]) and r.dxf and r.dxf.fill and
              (r.dxf.fill.bgColor.rgb or "").upper().endswith("FFF2CC")]
    cek(len(kuning) == 1, "%s %s should be shaded while empty: %s"
        % (nama, sel.coordinate, kuning))
    cek(not (sel.fill.fgColor.rgb or "").upper().endswith("FFF2CC"),
        "%s %s should have no fill of its own" % (nama, sel.coordinate))


def terkunci(sel, nama):
    cek(sel.protection.locked is not False, "%s %s should be locked"
        % (nama, sel.coordinate))


def validasi_angka(ws, sel, nama):
    """The cell lies in a data validation: decimal >= 0."""
    for dv in ws.data_validations.dataValidation:
        if sel in dv.sqref:
            sama(dv.type, "decimal", nama + " validation type")
            sama(dv.operator, "greaterThanOrEqual", nama + " validation op")
            sama(dv.formula1, "0", nama + " validation bound")
            return
    CATATAN.fail("%s: no data validation on %s" % (nama, sel))


def validasi_daun(ws, r, nama):
    """Realisasi Anggaran's row r: its labels (No .. uraian) refuse typing
    while its pagu (F) holds a formula, its pagu and realisasi take a
    number >= 0 unless the other amount holds a formula (a parent row);
    a stored formula is valid."""
    aturan = {}
    for dv in ws.data_validations.dataValidation:
        for k in range(1, 8):
            sel = ws.cell(r, k).coordinate
            if sel in dv.sqref:
                aturan[k] = (dv.type, dv.formula1, dv.errorStyle in (None, "stop"))
    r0 = 8  # the rules are relative to their range's first row
    label = ("custom", "NOT(_xlfn.ISFORMULA($F%d))" % r0, True)
    angka = ("OR(_xlfn.ISFORMULA({0}{2}),AND(ISNUMBER({0}{2}),{0}{2}>=0,"
             "NOT(_xlfn.ISFORMULA({1}{2}))))")
    sama(aturan, {1: label, 2: label, 3: label, 4: label, 5: label,
                  6: ("custom", angka.format("F", "G", r0), True),
                  7: ("custom", angka.format("G", "F", r0), True)},
         "%s row %d: validation of No .. Realisasi" % (nama, r))


def validasi_persen(ws, sel, target, nama):
    """A percent indicator's input: >= 0 and nothing between 0 and 1 when
    the target (same row) is 1 or more: "96,25%" typed with its sign is
    read as 0,9625; the message says to type 96,25."""
    for dv in ws.data_validations.dataValidation:
        if sel in dv.sqref:
            sama(dv.type, "custom", nama + " percent validation type")
            # the target's column fixed: every column of a range (the
            # quarters) reads the same target
            sama(dv.formula1, "AND(ISNUMBER({0}),{0}>=0,OR({0}=0,{0}>=1,"
                 "${1}<1))".format(sel, target), nama + " percent rule")
            sama(dv.errorStyle in (None, "stop"), True,
                 nama + " refused, not warned")
            cek("96,25 untuk 96,25%" in (dv.error or ""),
                nama + " the message says what to type")
            cek(dv.prompt and "96,25" in dv.prompt, nama + " prompt")
            return
    CATATAN.fail("%s: no data validation on %s" % (nama, sel))


def baris_dengan(ws, kolom, nilai):
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, kolom).value == nilai:
            return r
    CATATAN.fail("%s: no row with %r in column %d" % (ws.title, nilai, kolom))
    return None


def rumus_memakai(sel, mode, fungsi, nama):
    f = sel.value
    cek(isinstance(f, str) and f.startswith("="),
        "%s %s: not a formula: %r" % (nama, sel.coordinate, f))
    if not isinstance(f, str):
        return
    if mode == "addin":
        cek(AWALAN + fungsi + "(" in f, "%s %s: %s does not call %s%s"
            % (nama, sel.coordinate, f, AWALAN, fungsi))
    else:
        cek(AWALAN not in f, "%s %s: standard formula calls the add-in: %s"
            % (nama, sel.coordinate, f))


def tanpa_addin(wb, nama):
    for ws in wb.worksheets:
        for baris in ws.iter_rows():
            for s in baris:
                if isinstance(s.value, str) and AWALAN in s.value:
                    CATATAN.fail("%s %s!%s calls the add-in in standard mode"
                                 % (nama, ws.title, s.coordinate))
                    return


# ---------------------------------------------------------------------------

def realisasi(jalur, mode):
    wb, nilai = struktur(jalur)
    nama = "realisasi[%s]" % mode
    ws, v = lembar_tabel(wb, nilai, "Realisasi Anggaran", nama, "$5:$6")
    sama(ws.freeze_panes, "A7", nama + " frozen header")
    sama(ws["B5"].value, "Kode", nama + " header")
    # row I: the organisation (Tabel 3.5, 3.7)
    sama(ws["A7"].value, "I", nama + " row I")
    # programs by letter; kegiatan and sub kegiatan numbered with numbers
    # (they sort as numbers), a sub kegiatan's centred like a kegiatan's: not
    # left as text, and not right, where it would run into the kode
    sama([ws.cell(r, 1).value for r in range(8, 12)], ["A", 1, 1, 2],
         nama + " No: letter, then numbers")
    sama((ws["A9"].alignment.horizontal, ws["A10"].alignment.horizontal),
         ("center", "center"), nama + " kegiatan and sub kegiatan No centred")
    sama(v["F7"].value, 19133884991, nama + " pagu")
    sama(v["G7"].value, 18416966117, nama + " realisasi")
    dua_desimal(v["H7"].value, 96.25, nama + " serapan")
    sama(v["I7"].value, "Sangat Tinggi", nama + " kategori (seed text)")
    sama(v["J7"].value, 19133884991, nama + " pagu dilaporkan")
    sama(v["K7"].value, 18416966117, nama + " realisasi dilaporkan")
    cek(str(ws["F7"].value).startswith("=SUMIF("), nama + " F7 is a SUMIF")
    rumus_memakai(ws["H7"], mode, "SERAPAN", nama)
    rumus_memakai(ws["I7"], mode, "KATEGORI", nama)
    sama(ws["F7"].number_format, "[$-421]#,##0", nama + " rupiah format")
    sama(ws["H7"].number_format, "[$-421]#,##0.00", nama + " percent format")
    # Program A: the sum of its sub kegiatan (Lampiran 4) beside what
    # Tabel 3.5 printed
    r = baris_dengan(ws, 2, "2.16.01")
    if r:
        sama(v.cell(r, 6).value, 4706741900, nama + " program A pagu")
        sama(v.cell(r, 7).value, 4084919685, nama + " program A realisasi")
        dua_desimal(v.cell(r, 8).value, 86.79, nama + " program A % (Lamp. 4)")
        sama(v.cell(r, 11).value, 4080018663,
             nama + " program A realisasi dilaporkan (Tabel 3.5)")
        cek(str(ws.cell(r, 7).value).startswith("=IF(COUNTIFS("),
            nama + " parent realisasi guarded")
        # its totals sum from the row below it (a row inserted directly
        # below is inside); unlocked, as that row copies the parent's
        # attributes, but refusing typing there, and not shaded
        sama(ws.cell(r, 6).value,
             "=SUMIF(OFFSET($C{0},1,0,ROWS($C{0}:$C$144)-1),$B{0},"
             "OFFSET($C{0},1,3,ROWS($C{0}:$C$144)-1))".format(r),
             nama + " program A pagu sums the rows below it")
        for k in range(1, 8):
            cek(ws.cell(r, k).protection.locked is False,
                "%s program A column %d unlocked" % (nama, k))
        # its empty Induk a formula giving "": not blank, so not shaded
        sama((ws.cell(r, 3).value, v.cell(r, 3).value), ('=""', None),
             nama + " program A's Induk")
        validasi_daun(ws, r, nama)
    r = baris_dengan(ws, 2, "2.16.01.2.06")
    if r:
        sama(v.cell(r, 7).value, 83548236, nama + " Adm. Umum summed")
        sama(v.cell(r, 11).value, 81487214, nama + " Adm. Umum printed")
    r = baris_dengan(ws, 2, "2.16.01.2.06.0008")
    if r:
        sama(ws.cell(r, 6).value, 4000000, nama + " kunjungan tamu pagu")
        sama(ws.cell(r, 7).value, 905000, nama + " kunjungan tamu realisasi")
        dua_desimal(v.cell(r, 8).value, 22.63, nama + " 22,63 (ROUND half away from zero)")
        isian(ws.cell(r, 6), nama)
        isian(ws.cell(r, 7), nama)
        validasi_daun(ws, r, nama)
        cek(ws.cell(r, 2).protection.locked is False,
            nama + " leaf kode unlocked (for inserted rows)")
    n_sub = sum(1 for x in range(1, ws.max_row + 1)
                if ws.cell(x, 4).value == "Sub Kegiatan")
    sama(n_sub, 22, nama + " sub kegiatan rows")
    # cross-check marks: over-spending, and reported != summed
    aturan = {str(r.sqref): [x.formula[0] for x in r.rules]
              for r in ws.conditional_formatting}
    sama(aturan.get("G7:G144"), ["AND(ISNUMBER(G7),ISNUMBER(F7),G7>F7)"],
         nama + " realisasi above pagu marked")
    sama(aturan.get("K7:K144"), ["AND(ISNUMBER(K7),ISNUMBER(G7),K7<>G7)"],
         nama + " reported realisasi != sum marked")
    if mode == "standar":
        tanpa_addin(wb, nama)
    pemeriksaan(wb, nilai, mode)


# The example report's five inconsistencies (docs/laporan-contoh.md), as
# the Pemeriksaan sheet must flag them: kode, what is checked, difference.
TEMUAN_SEED = [
    # Tabel 3.5 prints Program A as 4.080.018.663, its sub kegiatan sum to
    # 4.084.919.685 (Lampiran 4): the 4.901.022 by which Tabel 3.5's
    # programs fall short of its printed total
    ("2.16.01", "Realisasi dilaporkan", -4901022),
    ("2.16.01.2.06", "Realisasi dilaporkan", -2061022),   # Adm. Umum
    ("2.16.01.2.09", "Realisasi dilaporkan", -2840000),   # Pemeliharaan BMD
    (None, "Realisasi menurut Ikhtisar Eksekutif", 60),    # 18.416.966.177
    ("L1.2", "Realisasi 2024 yang dilaporkan", -0.02),     # Tabel 3.2 96,23
]
HASIL_SAH = {"Cocok", "Tidak cocok", "Sesuai", "Melebihi pagu",
             "Belum ada realisasi", "Tetap", "Revisi", None}


def pemeriksaan(wb, nilai, mode, temuan=TEMUAN_SEED):
    """The cross-check sheet: exactly the expected findings, each with its
    difference; the formulas of each mode; the marks."""
    nama = "pemeriksaan[%s]" % mode
    sama(wb.sheetnames, ["Realisasi Anggaran", "Pemeriksaan"],
         nama + " sheets of the Realisasi Anggaran workbook")
    ws, v = lembar_tabel(wb, nilai, "Pemeriksaan", nama, "$7:$8")
    sama([ws.cell(7, c).value for c in range(1, 10)],
         ["No", "Kode", "Uraian", "Angka yang diperiksa", "Nilai",
          "Dibandingkan dengan", "Nilai", "Selisih", "Hasil"],
         nama + " header")
    sama(v["I5"].value, len(temuan), nama + " count of findings (cached)")
    cek(str(ws["I5"].value).startswith("=COUNTIF("), nama + " count formula")
    ditandai = []
    for r in range(9, ws.max_row + 1):
        hasil = v.cell(r, 9).value
        cek(hasil in HASIL_SAH, "%s I%d: %r" % (nama, r, hasil))
        if hasil in ("Tidak cocok", "Melebihi pagu"):
            ditandai.append((ws.cell(r, 2).value, ws.cell(r, 4).value,
                             v.cell(r, 8).value))
    sama(len(ditandai), len(temuan), nama + " number of flagged rows")
    for (kode, apa, selisih), harap in zip(ditandai, temuan):
        sama((kode, apa), harap[:2], nama + " flagged row")
        cek(abs(selisih - harap[2]) < 1e-9,
            "%s %s %s: difference %r, expected %r"
            % (nama, kode, apa, selisih, harap[2]))
    # formulas of each kind
    fungsi = {}
    for r in range(9, ws.max_row + 1):
        for c in (8, 9):
            f = ws.cell(r, c).value
            if isinstance(f, str) and f.startswith("="):
                for nm in ("SELISIH_RINCIAN", "CEK_ANGGARAN"):
                    if AWALAN + nm + "(" in f:
                        fungsi[nm] = fungsi.get(nm, 0) + 1
    if mode == "addin":
        cek(fungsi.get("SELISIH_RINCIAN", 0) > 50,
            nama + " differences by SELISIH_RINCIAN: %r" % fungsi)
        sama(fungsi.get("CEK_ANGGARAN"), 22, nama + " CEK_ANGGARAN per sub "
             "kegiatan")
    else:
        sama(fungsi, {}, nama + " standard formulas only")
        tanpa_addin(wb, nama)
    # figures of the Realisasi Anggaran sheet are live references
    r = baris_dengan(ws, 2, "2.16.01.2.06")
    ra = baris_dengan(wb["Realisasi Anggaran"], 2, "2.16.01.2.06")
    if r and ra:
        sama(ws.cell(r + 1, 5).value,
             "=IF('Realisasi Anggaran'!$K$%d=\"\",\"\","
             "'Realisasi Anggaran'!$K$%d)" % (ra, ra),
             nama + " reported realisasi")
        sama(ws.cell(r + 1, 7).value,
             "=IF('Realisasi Anggaran'!$G$%d=\"\",\"\","
             "'Realisasi Anggaran'!$G$%d)" % (ra, ra),
             nama + " its sub kegiatan's sum")
    # belanja operasi + modal: inputs, and a check over their range
    r = baris_dengan(ws, 3, "Belanja operasi")
    if r:
        sama(v.cell(r, 5).value, 18915075391, nama + " belanja operasi")
        sama(v.cell(r + 1, 5).value, 218809600, nama + " belanja modal")
        isian(ws.cell(r, 5), nama)
        validasi_angka(ws, ws.cell(r, 5).coordinate, nama)
        sama(v.cell(r + 2, 7).value, 19133884991, nama + " operasi + modal")
        sama(v.cell(r + 2, 9).value, "Cocok", nama + " operasi + modal = total")
        f = ws.cell(r + 2, 8).value
        rentang = "E%d:E%d" % (r, r + 1)
        cek((AWALAN + "SELISIH_RINCIAN(E%d,%s)" % (r + 2, rentang) in f)
            if mode == "addin" else ("-SUM(%s)" % rentang in f),
            nama + " total against the range of its parts: %s" % f)
        sama(v.cell(r + 5, 9).value, "Cocok", nama + " realisasi operasi + "
             "modal = total (18.202.763.277 + 214.202.840)")
    # revisions are information, not findings
    revisi = [ws.cell(r, 2).value for r in range(9, ws.max_row + 1)
              if v.cell(r, 9).value == "Revisi"]
    sama(revisi, ["2.16.01", "2.16.02", "2.16.03", "2.21.02", None],
         nama + " budget revisions (Tabel 2.4 -> Lampiran 3)")
    aturan = {str(x.sqref): [y.formula[0] for y in x.rules]
              for x in ws.conditional_formatting}
    sama(aturan.get("H9:I103"),
         ['OR($I9="Tidak cocok",$I9="Melebihi pagu")', '$I9="Revisi"'],
         nama + " marks")
    sama(aturan.get("I5"), ["I5>0"], nama + " count marked")


# ---------------------------------------------------------------------------

def pengukuran(jalur, mode):
    wb, nilai = struktur(jalur)
    nama = "pengukuran[%s]" % mode
    ws, v = lembar_tabel(wb, nilai, "Pengukuran Kinerja", nama, "$5:$6")
    sama(ws.freeze_panes, "A7", nama + " frozen header")
    sama(ws["A2"].value, "PERANGKAT DAERAH : DISKOMINFO KABUPATEN MOJOKERTO",
         nama + " header line (Lampiran 4)")
    # row 1: the sasaran strategis beside its five programs (Lampiran 4)
    sama(ws["E7"].value, 3.75, nama + " SPBE target")
    sama(ws["F7"].value, 4.16, nama + " SPBE realisasi")
    isian(ws["F7"], nama)
    validasi_angka(ws, "F7", nama)
    # Persentase Realisasi Anggaran (satuan %): typed 96,25% is refused
    sama(ws["C13"].value, "Persentase Realisasi Anggaran Perangkat Daerah",
         nama + " L1.2 row")
    validasi_persen(ws, "F13", "E13", nama)
    rumus_memakai(ws["G7"], mode, "CAPAIAN", nama)
    rumus_memakai(ws["H7"], mode, "KATEGORI", nama)
    dua_desimal(v["G7"].value, 110.93, nama + " SPBE capaian")
    sama(v["H7"].value, "Sangat Berhasil", nama + " SPBE kategori")
    sama(v["I7"].value, "Sangat Baik", nama + " SPBE predikat (Tabel 3.4)")
    cek("A7:A11" in [str(m) for m in ws.merged_cells.ranges],
        nama + " sasaran 1 spans its five program rows")
    programs = [(ws.cell(r, 10).value, v.cell(r, 11).value,
                 v.cell(r, 12).value) for r in range(7, 12)]
    sama([p[1] for p in programs],
         [4706741900, 6894237591, 7284905500, 200000000, 48000000],
         nama + " program pagu (Lampiran 4)")
    sama([p[2] for p in programs],
         [4084919685, 6826128330, 7263616680, 195486344, 46815078],
         nama + " program realisasi (Lampiran 4)")
    for r, harap in zip(range(7, 12), (86.79, 99.01, 99.71, 97.74, 97.53)):
        dua_desimal(v.cell(r, 13).value, harap, nama + " program %% row %d" % r)
    # kinerja lainnya: SAKIP, % realisasi anggaran, IP ASN, inovasi
    sama(ws["E12"].number_format, '[$-421]#,##0" (A)"',
         nama + " 86 (A) as a number with its predikat")
    sama(v["E12"].value, 86, nama + " SAKIP target")
    dua_desimal(v["G12"].value, 99.07, nama + " SAKIP capaian (seed 99,06 "
                "truncated)")
    sama(v["I12"].value, "A", nama + " SAKIP predikat")
    sama(ws["E13"].number_format, '[$-421]#,##0.00"%"', nama + " 95,45%")
    dua_desimal(v["G13"].value, 100.84, nama + " % realisasi anggaran "
                "capaian (seed 100,83 truncated)")
    dua_desimal(v["G14"].value, 93.60, nama + " IP ASN capaian")
    sama(v["I14"].value, "Tinggi", nama + " IP ASN predikat (Lampiran 4)")
    sama(ws["E15"].number_format, '[$-421]#,##0" Inovasi"', nama + " 19 Inovasi")
    dua_desimal(v["G15"].value, 100.00, nama + " inovasi capaian")
    # JUMLAH
    r = baris_dengan(ws, 10, "JUMLAH")
    if r:
        sama(v.cell(r, 11).value, 19133884991, nama + " total pagu")
        sama(v.cell(r, 12).value, 18416966117, nama + " total realisasi")
        dua_desimal(v.cell(r, 13).value, 96.25, nama + " total serapan")
    if mode == "standar":
        tanpa_addin(wb, nama)


def ringkasan(jalur, mode):
    wb, nilai = struktur(jalur)
    nama = "ringkasan[%s]" % mode
    ws, v = lembar_tabel(wb, nilai, "Ringkasan", nama, "$5:$7")
    # Ikhtisar / Tabel 3.1 / 3.7 / 3.8 in one row
    sama(v["D8"].value, 3.75, nama + " target")
    sama(v["E8"].value, 4.16, nama + " realisasi")
    dua_desimal(v["F8"].value, 110.93, nama + " capaian (Tabel 3.1)")
    sama(v["G8"].value, "Sangat Berhasil", nama + " kategori (Tabel 3.1)")
    sama(v["H8"].value, 19133884991, nama + " alokasi (Tabel 3.7)")
    sama(v["I8"].value, 18416966117, nama + " realisasi (Tabel 3.7)")
    dua_desimal(v["J8"].value, 96.25, nama + " capaian anggaran (Tabel 3.7)")
    sama(v["K8"].value, "Sangat Tinggi", nama + " kategori anggaran")
    dua_desimal(v["L8"].value, 1.15, nama + " efisiensi (Tabel 3.8)")
    sama(v["M8"].value, "Efisien", nama + " keterangan (Tabel 3.8)")
    rumus_memakai(ws["L8"], mode, "EFISIENSI", nama)
    isian(ws["E8"], nama)
    isian(ws["I8"], nama)
    terkunci(ws["F8"], nama)
    sama(ws["A9"].value, "Jumlah", nama + " Jumlah row")
    sama(v["I9"].value, 18416966117, nama + " Jumlah realisasi")
    # Tabel 3.2 and 3.3
    p, pv = wb["Perbandingan"], nilai["Perbandingan"]
    sama([p.cell(4, c).value for c in (4, 7, 10, 13)],
         ["2021", "2022", "2023", "2024"], nama + " years of Tabel 3.2")
    # the indicators of earlier years only come first, as the seed lists
    # them (No 1 and 2): "-" where a year has no row, and under Tabel 3.3
    sama([p.cell(r, c).value for r in (6, 7) for c in (1, 2, 3)],
         [1, "Meningkatnya Kualitas Pelayanan Komunikasi dan Informatika",
          "IKM Terhadap Pelayanan Komunikasi dan Informatika",
          2, "Meningkatnya penyelenggaraan SPBE dalam administrasi "
          "pemerintahan dan layanan publik",
          "Persentase Penyelenggaraan SPBE, Satu Data dan Keterbukaan "
          "Informasi Publik"], nama + " earlier indicators of Tabel 3.2")
    sama([pv.cell(6, c).value for c in (4, 5)], [95, 96.49],
         nama + " IKM 2021")
    sama([pv.cell(7, c).value for c in (7, 8, 10, 11)], [81, 103, 100, 100.96],
         nama + " SPBE, Satu Data, KIP 2022 and 2023")
    sama([p.cell(6, 4).number_format, p.cell(6, 5).number_format],
         ['[$-421]#,##0"%"', '[$-421]#,##0.00"%"'],
         nama + " IKM shown as 95% and 96,49%")
    sama([pv.cell(6, c).value for c in (7, 10, 13, 16, 17, 18)], ["-"] * 6,
         nama + " IKM: 2021 only")
    sama([pv.cell(7, c).value for c in (4, 13, 16, 17, 18)], ["-"] * 5,
         nama + " SPBE, Satu Data, KIP: 2022-2023 only")
    tabel_3_2 = {
        6: (101.57, None, None, None),       # seed 101,56: truncated
        7: (None, 127.16, 100.96, None),
        8: (104.23, 105.00, 130.37, 110.93),
        9: (105.79, 105.67, 99.53, 99.07),   # seed 99,06: truncated
        10: (101.52, 93.49, 105.12, 100.84),  # seed 93,48 truncated; 100,81
                                              # uses 96,23 (Tabel 3.2 only)
        11: (109.08, 102.01, 99.90, 93.60),
    }
    for r, harap in tabel_3_2.items():
        for c, h in zip((6, 9, 12, 15), harap):
            if h is not None:
                dua_desimal(pv.cell(r, c).value, h,
                            nama + " Tabel 3.2 %s" % p.cell(r, c).coordinate)
    sama(pv["F12"].value, "-", nama + " no inovasi indicator in 2021")
    dua_desimal(pv["I12"].value, 450.00, nama + " inovasi 2022: 450 %")
    dua_desimal(pv["L12"].value, 114.29, nama + " inovasi 2023")
    # Tabel 3.3: progress against the Renstra's final target
    for r, harap in zip(range(8, 13), (104.00, 98.50, 100.47, 91.57, 90.48)):
        dua_desimal(pv.cell(r, 18).value, harap,
                    nama + " Tabel 3.3 row %d (seed truncates 98,49, 91,56, "
                    "90,47)" % r)
    sama(p["N8"].value, "=IF(Ringkasan!$E$8=\"\",\"\",Ringkasan!$E$8)",
         nama + " this year's SPBE realisasi typed once, on Ringkasan")
    isian(p["N9"], nama)
    validasi_persen(p, "N10", "M10", nama + " Perbandingan")
    # SAKIP's realisasi with its predikat in every year, 2024 included, as
    # the seed's Tabel 3.2 prints it; IP ASN 2024 without (84,24)
    sama([p[k].number_format for k in ("E9", "H9", "K9", "N9", "N11")],
         ['[$-421]#,##0.00" (A)"'] * 4 + ['[$-421]#,##0.00'],
         nama + " SAKIP realisasi (A) every year")
    if mode == "standar":
        tanpa_addin(wb, nama)
    sama(wb.sheetnames, ["Ringkasan", "Perbandingan", "Grafik Kinerja",
                         "Perbandingan Daerah"], nama + " sheets")
    grafik_kinerja(wb, nilai, nama)
    perbandingan_daerah(wb, nilai, mode, nama)
    bagan(jalur, nama)


def grafik_kinerja(wb, nilai, nama):
    """Tabel 3.2 per indicator: the years referenced from Perbandingan."""
    ws, v = wb["Grafik Kinerja"], nilai["Grafik Kinerja"]
    dilindungi(ws, nama + " Grafik Kinerja")
    judul = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)
             if re.match(r"\d\. ", str(ws.cell(r, 1).value or ""))]
    sama(judul, ["1. Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)",
                 "2. Nilai SAKIP Perangkat Daerah",
                 "3. Persentase Realisasi Anggaran Perangkat Daerah",
                 "4. Indeks Profesionalitas ASN",
                 "5. Jumlah Inovasi yang terinternalisasi dan tersosialisasi "
                 "serta berkelanjutan"], nama + " one chart block per "
         "indicator of Tabel 3.2")
    sama([ws.cell(r, 1).value for r in range(8, 12)],
         ["2021", "2022", "2023", "2024"], nama + " SPBE years")
    sama([v.cell(r, 3).value for r in range(8, 12)], [2.71, 2.73, 3.52, 4.16],
         nama + " SPBE realisasi (Tabel 3.2)")
    for r, h in zip(range(8, 12), (104.23, 105.00, 130.37, 110.93)):
        dua_desimal(v.cell(r, 4).value, h, nama + " SPBE capaian row %d" % r)
    sama(ws["C11"].value,
         '=IF(Perbandingan!$N$8="","",Perbandingan!$N$8)',
         nama + " this year's realisasi follows Perbandingan")
    # inovasi: no 2021 figures, so three years only
    r = baris_dengan(ws, 1, "5. Jumlah Inovasi yang terinternalisasi dan "
                     "tersosialisasi serta berkelanjutan")
    if r:
        sama([ws.cell(r + k, 1).value for k in range(3, 7)],
             ["2022", "2023", "2024", None], nama + " inovasi years")
        dua_desimal(v.cell(r + 3, 4).value, 450.00, nama + " inovasi 450 %")


def perbandingan_daerah(wb, nilai, mode, nama):
    """Tabel 3.4: the seed's ten regions, predikat and rank."""
    ws, v = wb["Perbandingan Daerah"], nilai["Perbandingan Daerah"]
    dilindungi(ws, nama + " Perbandingan Daerah")
    sama([ws.cell(5, c).value for c in range(1, 8)],
         ["No", "Pemda/KL", "Indikator Kinerja", "Realisasi Tahun 2024",
          "Predikat", "Peringkat", "Keterangan"], nama + " Tabel 3.4 header")
    seed = [("Kabupaten Mojokerto", 4.16, "Sangat Baik", 6),
            ("Kementerian Komunikasi dan Informatika", 4.75, "Memuaskan", 1),
            ("Provinsi Jawa Timur", 4.43, "Memuaskan", 3),
            ("Kota Mojokerto", 4.32, "Memuaskan", 4),
            ("Kota Surabaya", 4.54, "Memuaskan", 2),
            ("Kabupaten Jombang", 3.91, "Sangat Baik", 8),
            ("Kabupaten Sidoarjo", 3.96, "Sangat Baik", 7),
            ("Kabupaten Pasuruan", 3.88, "Sangat Baik", 9),
            ("Kabupaten Gresik", 4.32, "Memuaskan", 4),
            ("Kota Batu", 3.57, "Sangat Baik", 10)]
    dapat = [(ws.cell(r, 2).value, v.cell(r, 4).value, v.cell(r, 5).value,
              v.cell(r, 6).value) for r in range(6, 16)]
    sama(dapat, seed, nama + " Tabel 3.4 rows, predikat (SPBE scale), rank")
    sama(ws["G6"].value,
         "Berdasarkan Keputusan Menteri Pendayagunaan Aparatur Negara dan "
         "Reformasi Birokrasi Nomor 663 Tahun 2024, realisasi Indeks SPBE "
         "Kabupaten Mojokerto pada Tahun 2024 mencapai nilai 4,16 dengan "
         "predikat Sangat Baik. Realisasi pada Tahun 2024 ini telah melampaui "
         "target akhir periode Renstra Diskominfo Tahun 2021-2026.",
         nama + " Tabel 3.4 Keterangan of the own region")
    sama([ws.cell(r, 7).value for r in range(7, 16)], [None] * 9,
         nama + " no Keterangan for the others")
    sama(ws["D6"].value, '=IF(Perbandingan!$N$8="","",Perbandingan!$N$8)',
         nama + " own realisasi typed once (Ringkasan -> Perbandingan)")
    # over the table and the blank row under it, so that a region
    # inserted below the last one is ranked too
    sama(ws["F6"].value, '=IF(D6="","",RANK(D6,$D$6:$D$16))',
         nama + " rank formula")
    sama([ws.cell(16, c).value for c in range(1, 8)], [None] * 7,
         nama + " the row under the table is blank")
    rumus_memakai(ws["E6"], mode, "KATEGORI", nama)
    isian(ws["D7"], nama)
    validasi_angka(ws, "D15", nama)
    terkunci(ws["D6"], nama)


def bagan(jalur, nama):
    """The chart parts: six native charts (five of Tabel 3.2, one of
    Tabel 3.4) with the series on the right cells and colours."""
    with zipfile.ZipFile(jalur) as z:
        daftar = sorted(n for n in z.namelist()
                        if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        sama(len(daftar), 6, nama + " chart parts %s" % daftar)
        xml_bagan = {n: z.read(n).decode("utf-8") for n in daftar}
        gambar = [n for n in z.namelist()
                  if re.fullmatch(r"xl/drawings/drawing\d+\.xml", n)]
        sama(len(gambar), 2, nama + " a drawing on each chart sheet")
    kolom = [n for n, x in xml_bagan.items() if "<c:barDir val=\"col\"/>" in x]
    batang = [n for n, x in xml_bagan.items() if "<c:barDir val=\"bar\"/>" in x]
    sama((len(kolom), len(batang)), (5, 1), nama + " 5 column charts, 1 bar")
    for n in kolom:
        x = xml_bagan[n]
        sama(x.count("<c:ser>"), 2, nama + " %s: target and realisasi" % n)
        cek("4472C4" in x and "ED7D31" in x, nama + " %s: series colours" % n)
        cek("'Grafik Kinerja'!$B$" in x and "'Grafik Kinerja'!$C$" in x,
            nama + " %s: series on the Grafik Kinerja cells" % n)
    if "xl/charts/chart1.xml" in xml_bagan:
        x = xml_bagan["xl/charts/chart1.xml"]
        cek("<c:f>'Grafik Kinerja'!$C$8:$C$11</c:f>" in x,
            nama + " SPBE realisasi series 2021-2024")
    for n in batang:
        x = xml_bagan[n]
        cek("<c:f>'Perbandingan Daerah'!$D$6:$D$15</c:f>" in x,
            nama + " regional values")
        cek("<c:f>'Perbandingan Daerah'!$B$6:$B$15</c:f>" in x,
            nama + " regional names")
        sama(x.count("<c:dPt>"), 10, nama + " a colour per region")
        cek(re.search(r'<c:idx val="0"/><c:spPr><a:solidFill><a:srgbClr '
                      r'val="ED7D31"/>', x) is not None,
            nama + " own region highlighted")


def rkt(jalur, mode):
    wb, nilai = struktur(jalur)
    nama = "rkt[%s]" % mode
    ws, v = lembar_tabel(wb, nilai, "RKT", nama, "$5:$7")
    sama(ws["A1"].value, "RENCANA KERJA TAHUNAN (RKT) TAHUN 2024", nama + " title")
    sama([ws.cell(5, c).value for c in (1, 4, 7, 11, 15)],
         ["Tujuan", "Sasaran Strategis", "Program", "Kegiatan",
          "Sub Kegiatan"], nama + " Lampiran 2 column groups")
    gabung = [str(m) for m in ws.merged_cells.ranges]
    # tujuan and sasaran down the whole table (one of each), merged once
    # per printed page so every page carries the label: the pieces tile
    # the rows and each holds the text
    akhir = baris_dengan(ws, 1, "JUMLAH")
    if akhir:
        for kol, apa in (("A", "tujuan"), ("D", "sasaran")):
            potong = sorted((m.min_row, m.max_row) for m in ws.merged_cells.ranges
                            if m.min_col == m.max_col == " ABCD".index(kol)
                            and m.min_row >= 8)
            baris = [r for a, b in potong for r in range(a, b + 1)]
            sama(baris, list(range(8, akhir)), "%s %s merged down in pieces"
                 % (nama, apa))
            teks = {ws["%s%d" % (kol, a)].value for a, b in potong}
            cek(len(teks) == 1 and None not in teks,
                "%s %s text in every piece: %s" % (nama, apa, teks))
        sama(v.cell(akhir, 10).value, 19133884991, nama + " total anggaran")
        cek(str(ws.cell(akhir, 10).value).startswith("=SUM("),
            nama + " total is a formula")
    sama(v["C8"].value, 3.75, nama + " tujuan target")
    r = baris_dengan(ws, 7, "2.16.01 Program Penunjang Urusan Pemerintahan "
                     "Daerah Kabupaten/Kota")
    if r:
        sama([ws.cell(r + i, 8).value for i in range(4)],
             ["Persentase Realisasi Anggaran Perangkat Daerah Kabupaten / Kota",
              "Indeks Profesionalitas ASN", "Nilai SAKIP Perangkat Daerah",
              "Jumlah Inovasi yang Terinternalisasi dan Tersosialisasi serta "
              "berkelanjutan"], nama + " Program A's four indicators")
        sama(ws.cell(r, 9).number_format, '[$-421]#,##0.00"%"',
             nama + " 95,45%")
        sama(ws.cell(r + 2, 9).number_format, '[$-421]#,##0" (A)"',
             nama + " 86 (A)")
        sama(v.cell(r, 10).value, 4706741900, nama + " program A anggaran")
        cek(str(ws.cell(r, 10).value).startswith("=SUM(N"),
            nama + " program anggaran sums its kegiatan column")
    r = baris_dengan(ws, 15, "2.16.01.2.02.0001 Penyediaan Gaji dan "
                     "Tunjangan ASN")
    if r:
        sama(ws.cell(r, 17).value, 29, nama + " 29 Orang/14 Bulan")
        sama(ws.cell(r, 17).number_format, '[$-421]#,##0" Orang/14 Bulan"',
             nama + " satuan shown with the number")
        sama(ws.cell(r, 18).value, 4303507000, nama + " sub kegiatan anggaran")
    n_sub = sum(1 for x in range(1, ws.max_row + 1)
                if re.match(r"\d+\.\d+\.\d+\.\d\.\d+\.\d{4} ",
                            str(ws.cell(x, 15).value or "")))
    sama(n_sub, 22, nama + " sub kegiatan rows")


def pk(jalur, mode):
    wb, nilai = struktur(jalur)
    nama = "pk[%s]" % mode
    sama(wb.sheetnames, ["PK Murni", "PK Perubahan"], nama + " both versions")
    for lembar, judul, total, ket, tanggal in (
            ("PK Murni", "PERJANJIAN KINERJA TAHUN 2024", 16411036500,
             "APBD 2024", None),
            ("PK Perubahan", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2024",
             19133884991, "P APBD 2024", "2024-09-23")):
        ws, v = wb[lembar], nilai[lembar]
        n = "%s %s" % (nama, lembar)
        dilindungi(ws, n)
        sama(ws.page_setup.orientation, "portrait", n + " a letter: portrait")
        sama(str(ws.page_setup.paperSize), "9", n + " A4")
        sama(ws["A1"].value, judul, n + " title")
        teks = [str(c.value) for baris in ws.iter_rows() for c in baris
                if c.value is not None]
        for harap in (": Drs. ARDI SEPDIANTO, M.Si",
                      ": Plt. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA "
                      "KABUPATEN MOJOKERTO",
                      ": dr. IKFINA FAHMAWATI, M.Si", ": BUPATI MOJOKERTO",
                      "Selanjutnya disebut pihak pertama.",
                      "Pihak Pertama", "Pihak Kedua", "Pembina Utama Muda",
                      "NIP 197009271991011002", "SASARAN STRATEGIS",
                      "KINERJA LAINNYA", "1.1 Nilai SAKIP Perangkat Daerah",
                      "Total"):
            cek(harap in teks, "%s: %r missing" % (n, harap))
        cek(not any(t.startswith("NIP") and "FAHMAWATI" in t for t in teks),
            n + " the Bupati has no NIP")
        r = baris_dengan(ws, 1, "Total")
        if r:
            sama(v.cell(r, 4).value, total, n + " total anggaran (Tabel 2.4 / "
                 "Lampiran 3)")
            sama(ws.cell(r - 1, 5).value, ket, n + " keterangan")
        # targets as the seed prints them
        for uraian, fmt in (("1.1 Nilai SAKIP Perangkat Daerah",
                             '[$-421]#,##0" (A)"'),
                            ("1.3 Indeks Profesionalitas ASN",
                             '[$-421]#,##0" (Tinggi)"')):
            rr = baris_dengan(ws, 3, uraian)
            if rr:  # the indicator over C:D, its target in E
                sama(ws.cell(rr, 5).number_format, fmt, n + " " + uraian)
        # "Mojokerto," in C, the date in D (merged over D:E to print whole)
        rr = baris_dengan(ws, 3, "Mojokerto,")
        cek(rr, n + " place of signing in column C")
        if rr:
            d = v.cell(rr, 4).value
            sama(d.strftime("%Y-%m-%d") if d else None, tanggal, n + " date")
            sama(ws.cell(rr, 4).number_format, "[$-421]d mmmm yyyy",
                 n + " Indonesian date format")
            cek(ws.cell(rr, 4).protection.locked is False,
                n + " date can be filled in")
    # Tabel 2.4's programs: the same signed order
    ws = nilai["PK Murni"]
    r = baris_dengan(ws, 2, "Program Penunjang Urusan Pemerintahan Daerah "
                     "Kabupaten/Kota")
    sama([(ws.cell(r + i, 1).value, ws.cell(r + i, 4).value)
          for i in range(5)] if r else None,
         [(1, 4531065000), (2, 4410744500), (3, 7219227000), (4, 50000000),
          (5, 200000000)], nama + " PK Murni programs (Tabel 2.4)")
    # the programs of the revised PK (Lampiran 3)
    ws = nilai["PK Perubahan"]
    r = baris_dengan(ws, 2, "Program Penunjang Urusan Pemerintahan Daerah "
                     "Kabupaten/Kota")
    if r:
        # in the signed PK's order (Persandian 4, Statistik 5), not
        # Tabel 3.5's; numbered with numbers
        sama([(ws.cell(r + i, 1).value, ws.cell(r + i, 2).value,
               ws.cell(r + i, 4).value) for i in range(3, 5)],
             [(4, "Program Penyelenggaraan Persandian untuk Pengamanan "
               "Informasi", 48000000),
              (5, "Program Penyelenggaraan Statistik Sektoral", 200000000)],
             nama + " PK Perubahan programs 4 and 5")
        sama([ws.cell(r + i, 4).value for i in range(5)],
             [4706741900, 6894237591, 7284905500, 48000000, 200000000],
             nama + " PK Perubahan anggaran per program")


BUKU = {
    "rkt-2024.xlsx": rkt,
    "perjanjian-kinerja-2024.xlsx": pk,
    "realisasi-anggaran-2024.xlsx": realisasi,
    "pengukuran-kinerja-2024.xlsx": pengukuran,
    "ringkasan-2024.xlsx": ringkasan,
}


def kosong(tmp):
    """--tanpa-realisasi: the blank templates of the start of a year.  No
    formula may show 0 %, 100 % or 200 % for a row nobody has filled."""
    hasil = os.path.join(tmp, "kosong")
    for mode, args in (("addin", []), ("standar", ["--rumus", "standar"])):
        folder = os.path.join(hasil, mode)
        p = subprocess.run([PROGRAM, "--tanpa-realisasi", "-k", folder,
                            "-b", "semua", *args], capture_output=True,
                           text=True,
                           timeout=120)
        sama(p.returncode, 0, "--tanpa-realisasi exit")
        if p.returncode:
            return
        nama = "kosong[%s]" % mode
        for berkas in os.listdir(folder):
            wb, nilai = struktur(os.path.join(folder, berkas))
            for ws in wb.worksheets:
                v = nilai[ws.title]
                for baris in ws.iter_rows():
                    for sel in baris:
                        f = sel.value
                        if not (isinstance(f, str) and f.startswith("=IF(")):
                            continue
                        if "SUMIF" in f or "SUM(" in f and "COUNT" not in f:
                            continue  # pagu totals are there from the start
                        if ws.title == "Perbandingan" and sel.column < 13:
                            continue  # past years' realisasi is history
                        if ws.title in ("Pemeriksaan", "Grafik Kinerja"):
                            continue  # below
                        if f.startswith("=IF(ISERROR(" + AWALAN):
                            continue  # the sheet's instruction (add-in note)
                        c = v[sel.coordinate].value
                        cek(c in (None, ""), "%s %s!%s = %r, expected blank"
                            % (nama, ws.title, sel.coordinate, c))
        ws = openpyxl.load_workbook(os.path.join(
            folder, "realisasi-anggaran-2024.xlsx"))["Realisasi Anggaran"]
        r = baris_dengan(ws, 2, "2.16.01.2.06.0008")
        if r:
            sama(ws.cell(r, 7).value, None, nama + " realisasi left blank")
            sama(ws.cell(r, 6).value, 4000000, nama + " pagu kept")
        # charts: past years stay, this year's realisasi is blank
        g = openpyxl.load_workbook(os.path.join(folder, "ringkasan-2024.xlsx"),
                                   data_only=True)["Grafik Kinerja"]
        sama([g.cell(r, 3).value for r in range(8, 12)],
             [2.71, 2.73, 3.52, None], nama + " SPBE realisasi 2021-2024")
        # nothing to conclude about spending yet; the pagu still checks
        jalur = os.path.join(folder, "realisasi-anggaran-2024.xlsx")
        wb = openpyxl.load_workbook(jalur)
        v = openpyxl.load_workbook(jalur, data_only=True)["Pemeriksaan"]
        sama(v["I5"].value, 0, nama + " no findings")
        kata = [v.cell(r, 9).value for r in range(9, v.max_row + 1)]
        sama(kata.count("Belum ada realisasi"), 22,
             nama + " every sub kegiatan: no realisasi yet")
        cek("Cocok" in kata, nama + " pagu checks still made")
        for r in range(9, v.max_row + 1):
            apa = str(wb["Pemeriksaan"].cell(r, 4).value or "")
            if apa.startswith("Realisasi") and v.cell(r, 8).value not in \
                    (None, ""):
                CATATAN.fail("%s Pemeriksaan H%d = %r, expected blank"
                             % (nama, r, v.cell(r, 8).value))


def triwulan(tmp):
    """A plan monitored per quarter: the example with the SPBE index read
    on the last filled quarter (AKHIR) and the innovations summed
    (JUMLAH)."""
    rencana = os.path.join(tmp, "rencana-tw")
    rencana_triwulan.tulis(PROGRAM, rencana)
    for mode, args in (("addin", []), ("standar", ["--rumus", "standar"])):
        hasil = os.path.join(tmp, "hasil-tw-" + mode)
        p = subprocess.run([PROGRAM, rencana, "-k", hasil, "-b",
                            "pengukuran", *args],
                           capture_output=True, text=True, timeout=120)
        sama(p.returncode, 0, "quarterly plan: %s" % p.stderr)
        if p.returncode:
            return
        nama = "triwulan[%s]" % mode
        wb, nilai = struktur(os.path.join(hasil,
                                          "pengukuran-kinerja-2024.xlsx"))
        sama(wb.sheetnames, ["Pengukuran Kinerja", "Triwulan"],
             nama + " sheets")
        tw, v = wb["Triwulan"], nilai["Triwulan"]
        dilindungi(tw, nama)
        sama(tw["E6"].value, "AKHIR", nama + " rekap SPBE")
        sama(v["J6"].value, 4.16, nama + " SPBE: last filled quarter")
        sama(tw["E7"].value, "JUMLAH", nama + " rekap inovasi")
        sama(v["J7"].value, 19, nama + " inovasi: 3 + 5 + 4 + 7")
        isian(tw["F6"], nama)
        validasi_angka(tw, "I7", nama)
        terkunci(tw["J6"], nama)
        ws, pv = wb["Pengukuran Kinerja"], nilai["Pengukuran Kinerja"]
        sama(ws["F7"].value, '=IF(Triwulan!$J$6="","",Triwulan!$J$6)',
             nama + " annual realisasi taken from the quarters")
        terkunci(ws["F7"], nama)
        dua_desimal(pv["G7"].value, 110.93, nama + " capaian from quarters")
        dua_desimal(pv["G15"].value, 100.00, nama + " inovasi capaian")
        isian(ws["F12"], nama)  # SAKIP stays an annual input
        # the year from the quarters: REKAP_TRIWULAN with the add-in
        if mode == "addin":
            sama(tw["J6"].value, "=%sREKAP_TRIWULAN(F6:I6,E6)" % AWALAN,
                 nama + " year by REKAP_TRIWULAN")
            sama(tw["O7"].value, "=%sREKAP_TRIWULAN(K7:N7,E7)" % AWALAN,
                 nama + " target year by REKAP_TRIWULAN")
            rumus_memakai(tw["Q6"], mode, "CAPAIAN", nama)
        else:
            tanpa_addin(wb, nama)
        sama([tw.cell(4, c).value for c in range(11, 21)],
             ["TARGET TW I", "TARGET TW II", "TARGET TW III", "TARGET TW IV",
              "TARGET TAHUNAN DARI TW", "CAPAIAN TW I (%)", "CAPAIAN TW II (%)",
              "CAPAIAN TW III (%)", "CAPAIAN TW IV (%)",
              "CAPAIAN TAHUNAN (%)"], nama + " columns right of the first")
        isian(tw["K6"], nama)
        validasi_angka(tw, "N7", nama)
        sama(v["O6"].value, 3.75, nama + " SPBE target: the last quarter's")
        sama(v["O7"].value, 18, nama + " inovasi target: 4 + 5 + 5 + 4")
        # capaian per quarter against the quarter's target
        cek(v["P6"].value in (None, ""), nama + " TW I: no realisasi, no capaian")
        dua_desimal(v["Q6"].value, 113.89, nama + " SPBE TW II 4,10 / 3,60")
        dua_desimal(v["R6"].value, 112.43, nama + " SPBE TW III 4,16 / 3,70")
        cek(v["S6"].value in (None, ""), nama + " TW IV not reported yet")
        dua_desimal(v["T6"].value, 110.93, nama + " SPBE year 4,16 / 3,75")
        for c, h in zip("PQRST", (75.00, 100.00, 80.00, 175.00, 100.00)):
            dua_desimal(v[c + "7"].value, h, nama + " inovasi capaian " + c)
        aturan = {str(x.sqref): [y.formula[0] for y in x.rules]
                  for x in tw.conditional_formatting}
        sama(aturan.get("O6:O7"), ["AND(ISNUMBER($O6),ISNUMBER($D6),$O6<>$D6)"],
             nama + " quarterly targets not adding up to the year's marked")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for mode, args in (("addin", []), ("standar", ["--rumus", "standar"])):
            hasil = os.path.join(tmp, mode)
            # every document as its own file: each keeps its own input
            # cells (the one workbook: test_satu_buku.py)
            p = subprocess.run([PROGRAM, "-k", hasil, "-b", "semua", *args],
                               capture_output=True, text=True, timeout=120)
            if p.returncode != 0:
                print(p.stdout, p.stderr)
                sys.exit("kinerja-template failed: %d" % p.returncode)
            for berkas, periksa in BUKU.items():
                jalur = os.path.join(hasil, berkas)
                if not os.path.exists(jalur):
                    CATATAN.fail("%s not written" % berkas)
                    continue
                try:
                    periksa(jalur, mode)
                except Exception as e:
                    CATATAN.fail("%s [%s]: %r" % (berkas, mode, e))
        kosong(tmp)
        triwulan(tmp)
    sys.exit(CATATAN.summary())


main()
