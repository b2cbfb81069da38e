#!/usr/bin/python3
"""The reader (pembaca/) against other readers and other writers.

    test_pembaca_banding.py --generator kinerja-template --dump pembaca-dump
                   [--soffice soffice] [--korpus FOLDER]

1. The generator's workbooks (the built-in example, in both formula modes):
   pembaca-dump's whole cell list of every sheet equals openpyxl's (values
   and types with data_only=True, formulas without it).
2. An openpyxl-written .xlsx (a generated workbook loaded and saved by
   openpyxl, as a program other than ours writes it) reads back the same,
   its formulas without cached values.
3. A hand-made Excel-style .xlsx (zipfile): cells and rows without `r`,
   rich-text shared strings, phonetic runs, inline strings, formula strings,
   booleans, errors, xml:space, ISO dates, a prefixed namespace, shared
   formulas (moved to each cell, #REF! off the sheet), also zipped with
   data descriptors as streaming writers do; and a hand-made .ods with
   repeats, covered cells, header rows, comments and text:s/tab/line-break.
4. The standard-formula workbooks converted by real headless LibreOffice to
   .ods and to .xlsx read back with the same cells (Calc stores 15
   significant digits of a formula's result in .ods); and a workbook of
   every kind of value (errors, an empty-text result, a percentage, a date,
   a boolean, a merged range) as Calc computes and saves it.
5. Damaged files: each gives exit status 1 and its message.

With --korpus, writes a few small inputs there for the fuzz target's seed
corpus (tests/fuzz/korpus/pembaca).  Ends with "N passed, N failed".
"""

import argparse
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

HASIL = {"lulus": 0, "gagal": []}


def cek(syarat, pesan):
    if syarat:
        HASIL["lulus"] += 1
    else:
        HASIL["gagal"].append(pesan)
        print("GAGAL:", pesan)


def dump(program, jalur):
    p = subprocess.run([program, jalur], capture_output=True, timeout=120)
    if p.returncode != 0:
        raise RuntimeError("pembaca-dump %s: status %d: %s"
                           % (jalur, p.returncode, p.stderr.decode()))
    return json.loads(p.stdout)


def sel_dict(lembar):
    return {s[0]: s for s in lembar["sel"]}


def openpyxl_sel(jalur):
    """{sheet: {A1: (kind, value, formula)}} from openpyxl."""
    nilai = openpyxl.load_workbook(jalur, data_only=True)
    rumus = openpyxl.load_workbook(jalur, data_only=False)
    hasil = {}
    for ws in nilai.worksheets:
        wr = rumus[ws.title]
        sel = {}
        for baris in ws.iter_rows():
            for c in baris:
                f = wr[c.coordinate].value
                f = f[1:] if isinstance(f, str) and f.startswith("=") and \
                    wr[c.coordinate].data_type == "f" else None
                v = c.value
                if v is None or (v == "" and f is not None):
                    if f is not None:
                        sel[c.coordinate] = ("kosong", None, f)
                    continue
                if c.data_type == "e":
                    sel[c.coordinate] = ("galat", v, f)
                elif isinstance(v, bool):
                    sel[c.coordinate] = ("boolean", v, f)
                elif isinstance(v, (int, float)):
                    sel[c.coordinate] = ("angka", float(v), f)
                elif isinstance(v, (datetime.datetime, datetime.date)):
                    sel[c.coordinate] = ("angka", float(to_excel(v)), f)
                else:
                    sel[c.coordinate] = ("teks", str(v), f)
        hasil[ws.title] = sel
    return [ws.title for ws in nilai.worksheets], hasil


def banding_openpyxl(program, jalur, label):
    d = dump(program, jalur)
    nama, op = openpyxl_sel(jalur)
    cek([l["nama"] for l in d["lembar"]] == nama,
        "%s: sheet names %s, openpyxl %s" % (label, [l["nama"] for l in d["lembar"]], nama))
    jumlah = 0
    for l in d["lembar"]:
        kami = {k: (s[3], s[4], s[5]) for k, s in sel_dict(l).items()}
        mereka = op.get(l["nama"], {})
        beda = [(k, kami.get(k), mereka.get(k))
                for k in sorted(set(kami) | set(mereka))
                if kami.get(k) != mereka.get(k)]
        cek(not beda, "%s, sheet %s: %d cells differ from openpyxl, first %s"
            % (label, l["nama"], len(beda), beda[:3]))
        jumlah += len(kami)
    cek(jumlah > 0, "%s: no cells read" % label)
    return d, jumlah


def sama_angka(a, b, relatif):
    return a == b or abs(a - b) <= relatif * max(abs(a), abs(b))


def banding_dump(asli, lain, label, relatif_rumus):
    """The same sheets and cells; formula text is not compared (Calc
    writes OpenFormula in .ods)."""
    cek([l["nama"] for l in asli["lembar"]] == [l["nama"] for l in lain["lembar"]],
        "%s: sheet names differ" % label)
    for la, lb in zip(asli["lembar"], lain["lembar"]):
        da, db = sel_dict(la), sel_dict(lb)
        beda = []
        for k in sorted(set(da) | set(db)):
            a, b = da.get(k), db.get(k)
            if a is None or b is None or a[3] != b[3]:
                beda.append((a, b))
            elif a[3] == "angka":
                rel = relatif_rumus if a[5] is not None else 0.0
                if not sama_angka(a[4], b[4], rel):
                    beda.append((a, b))
            elif a[4] != b[4] or (a[5] is None) != (b[5] is None):
                beda.append((a, b))
        cek(not beda, "%s, sheet %s: %d of %d cells differ, first %s"
            % (label, la["nama"], len(beda), len(da), beda[:3]))


# ---- hand-made files --------------------------------------------------

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxml'
      'formats.org/package/2006/content-types"><Default Extension="xml" ContentType='
      '"application/xml"/></Types>')
RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
        'org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument'
        '/2006/relationships/worksheet" Target="worksheets/lembarA.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument'
        '/2006/relationships/worksheet" Target="/xl/worksheets/lembarB.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument'
        '/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>')
WB = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
      'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
      'officeDocument/2006/relationships"><sheets>'
      '<sheet name="Kedua dulu" sheetId="2" r:id="rId2"/>'
      '<sheet name="Data &amp; Angka" sheetId="1" r:id="rId1"/></sheets></workbook>')
SST = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
       'spreadsheetml/2006/main" count="3" uniqueCount="3">'
       '<si><t>Polos</t></si>'
       '<si><r><rPr><b/></rPr><t>Te</t></r><r><t xml:space="preserve">bal </t></r>'
       '<r><t>miring</t></r></si>'
       '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si></sst>')
SHEET_A = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main"><sheetData>'
           '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>'
           '<row><c><v>96.25</v></c><c s="3"/><c t="inlineStr"><is><t xml:space="preserve">'
           '  dua spasi  </t></is></c><c t="inlineStr"><is><r><t>ka</t></r><r><t>ya</t></r>'
           '</is></c></row>'
           '<row r="5"><c r="C5" t="b"><v>1</v></c><c t="b"><v>0</v></c>'
           '<c t="e"><f>1/0</f><v>#DIV/0!</v></c><c t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'
           '<c><f>A2*2</f><v>192.5</v></c><c><f>A2*3</f></c></row>'
           '<row r="7"><c r="B7" t="d"><v>2024-12-31</v></c><c r="A7"><v>-1.5E-3</v></c>'
           '<c r="D7" t="str"><f>IF(1,"","x")</f><v></v></c></row>'
           # shared formulas: the first cell has the text, the others move it
           '<row r="9"><c r="A9"><f t="shared" ref="A9:C10" si="0">'
           'SUM($A$1:A2)+\'My Sheet\'!B1*LOG10(A2)&amp;"A1"+A:A+1.5E+3+2:2</f><v>1</v></c>'
           '<c r="B9"><f t="shared" si="0"/><v>2</v></c></row>'
           '<row r="10"><c r="C10"><f t="shared" si="0"/><v>3</v></c></row>'
           '<row r="12"><c r="A12"><f t="shared" ref="A12:B12" si="1">XFD1+$XFD1</f><v>4</v></c>'
           '<c r="B12"><f t="shared" si="1"/><v>5</v></c></row>'
           '</sheetData></worksheet>')
# A prefixed namespace, as some writers use (x:worksheet).
SHEET_B = ('<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="XFD1048576" '
           't="inlineStr"><x:is><x:t>pojok</x:t></x:is></x:c></x:row></x:sheetData>'
           '</x:worksheet>')

# What pembaca-dump must print for it: [A1, kind, value, formula].
HARAPAN_XLSX = {
    "Kedua dulu": [["XFD1048576", "teks", "pojok", None]],
    "Data & Angka": [
        ["A1", "teks", "Polos", None], ["B1", "teks", "Tebal miring", None],
        ["C1", "teks", "漢字", None],
        ["A2", "angka", 96.25, None], ["C2", "teks", "  dua spasi  ", None],
        ["D2", "teks", "kaya", None],
        ["C5", "boolean", True, None], ["D5", "boolean", False, None],
        ["E5", "galat", "#DIV/0!", "1/0"], ["F5", "teks", "ab", '"a"&"b"'],
        ["G5", "angka", 192.5, "A2*2"], ["H5", "kosong", None, "A2*3"],
        ["A7", "angka", -0.0015, None], ["B7", "angka", 45657.0, None],
        ["D7", "kosong", None, 'IF(1,"","x")'],
        ["A9", "angka", 1.0, "SUM($A$1:A2)+'My Sheet'!B1*LOG10(A2)&\"A1\"+A:A+1.5E+3+2:2"],
        ["B9", "angka", 2.0, "SUM($A$1:B2)+'My Sheet'!C1*LOG10(B2)&\"A1\"+B:B+1.5E+3+2:2"],
        ["C10", "angka", 3.0, "SUM($A$1:C3)+'My Sheet'!D2*LOG10(C3)&\"A1\"+C:C+1.5E+3+3:3"],
        ["A12", "angka", 4.0, "XFD1+$XFD1"],
        ["B12", "angka", 5.0, "#REF!+$XFD1"],
    ],
}


def tulis_zip(jalur, bagian, mimetype=None):
    with zipfile.ZipFile(jalur, "w", zipfile.ZIP_DEFLATED) as z:
        if mimetype:
            z.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first
        for nama, isi in bagian.items():
            z.writestr(nama, isi)


def bagian_xlsx(ganti=None):
    bagian = {"[Content_Types].xml": CT, "xl/workbook.xml": WB,
              "xl/_rels/workbook.xml.rels": RELS, "xl/strings.xml": SST,
              "xl/worksheets/lembarA.xml": SHEET_A,
              "xl/worksheets/lembarB.xml": SHEET_B}
    for k, v in (ganti or {}).items():
        if v is None:
            bagian.pop(k)
        else:
            bagian[k] = v
    return bagian


def xlsx_buatan(jalur, ganti=None):
    tulis_zip(jalur, bagian_xlsx(ganti))


class _TanpaSeek(io.RawIOBase):
    """A stream zipfile cannot seek back in, so that it writes each part's
    sizes after the data (a data descriptor), as streaming writers do."""

    def __init__(self):
        super().__init__()
        self.isi = bytearray()

    def writable(self):
        return True

    def write(self, data):
        self.isi += data
        return len(data)


def xlsx_deskriptor(jalur):
    w = _TanpaSeek()
    with zipfile.ZipFile(w, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, isi in bagian_xlsx().items():
            with z.open(nama, "w") as f:
                f.write(isi.encode())
    with open(jalur, "wb") as f:
        f.write(bytes(w.isi))


def tulis_bagian(jalur, bagian):
    """The fuzz target's text form of a package: "%%BAGIAN name" lines,
    each followed by the part's content."""
    with open(jalur, "w", encoding="utf-8") as f:
        f.write("\n".join("%%%%BAGIAN %s\n%s" % (n, isi) for n, isi in bagian.items()))


NS_ODS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def ods_isi(tabel):
    return ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
            '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body>'
            '</office:document-content>' % (NS_ODS, tabel))


ODS_TABEL = (
    '<table:table table:name="Isian">'
    '<table:table-column table:number-columns-repeated="16384"/>'
    '<table:table-header-rows><table:table-row>'
    '<table:table-cell office:value-type="string" calcext:value-type="string">'
    '<text:p>Satu<text:s text:c="3"/>dua<text:tab/>tiga</text:p><text:p>baris<text:line-break/>'
    'baru <text:span>dalam span</text:span></text:p>'
    '<office:annotation><dc:creator>x</dc:creator><text:p>komentar</text:p></office:annotation>'
    '</table:table-cell>'
    '<table:table-cell table:number-columns-spanned="2" office:value-type="float" '
    'office:value="1000000"><text:p>1.000.000</text:p></table:table-cell>'
    '<table:covered-table-cell/>'
    '<table:table-cell table:number-columns-repeated="16381"/>'
    '</table:table-row></table:table-header-rows>'
    '<table:table-row table:number-rows-repeated="2">'
    '<table:table-cell table:number-columns-repeated="2" office:value-type="percentage" '
    'office:value="0.25"><text:p>25%</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-repeated="16382"/></table:table-row>'
    '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
    'table:number-columns-repeated="16384"/></table:table-row>'
    '<table:table-row>'
    '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE'
    '</text:p></table:table-cell>'
    '<table:table-cell office:value-type="date" office:date-value="2024-12-31T12:00:00">'
    '<text:p>31/12/24</text:p></table:table-cell>'
    '<table:table-cell office:value-type="time" office:time-value="PT06H00M00S"/>'
    '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" '
    'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>'
    '<table:table-cell table:formula="of:=IF(1;&quot;&quot;;2)"><text:p/></table:table-cell>'
    '<table:table-cell office:value-type="currency" office:currency="IDR" office:value="-5.5">'
    '<text:p>-Rp 5,50</text:p></table:table-cell>'
    '</table:table-row>'
    '</table:table>'
    '<table:table table:name="Kosong"><table:table-row table:number-rows-repeated="1048576">'
    '<table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>')

HARAPAN_ODS = {
    "Isian": [
        ["A1", "teks", "Satu   dua\ttiga\nbaris\nbaru dalam span", None],
        ["B1", "angka", 1000000.0, None],
        ["A2", "angka", 0.25, None], ["B2", "angka", 0.25, None],
        ["A3", "angka", 0.25, None], ["B3", "angka", 0.25, None],
        ["A1048004", "boolean", True, None], ["B1048004", "angka", 45657.5, None],
        ["C1048004", "angka", 0.25, None], ["D1048004", "galat", "#DIV/0!", "of:=1/0"],
        ["E1048004", "kosong", None, 'of:=IF(1;"";2)'], ["F1048004", "angka", -5.5, None],
    ],
    "Kosong": [],
}


def ods_buatan(jalur, tabel=ODS_TABEL, mimetype="application/vnd.oasis.opendocument.spreadsheet"):
    tulis_zip(jalur, {"content.xml": ods_isi(tabel),
                      "META-INF/manifest.xml": "<manifest/>"}, mimetype)


def jenis_openpyxl(jalur):
    """Every kind of value, written by openpyxl (formulas without cached
    values: Calc computes them on load)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Isi"
    ws["A1"] = "Teks  dua spasi\nbaris dua"
    ws["A2"] = 0.25
    ws["A2"].number_format = "0%"
    ws["A3"] = datetime.date(2024, 12, 31)
    ws["A4"] = True
    ws["A5"] = "=1/0"
    ws["A6"] = "=NA()"
    ws["A7"] = '=IF(1,"","x")'
    ws["A8"] = "=A2*4"
    ws["A9"] = '="a"&"b"'
    ws.merge_cells("B1:C2")
    ws["B1"] = "gabung"
    wb.save(jalur)


def harapan_jenis(fmt):
    """What Calc saves of jenis_openpyxl's workbook.  Calc has no boolean
    cells: TRUE is the number 1 with a boolean format, which its .xlsx
    export marks t="b" and its .ods stores as a float."""
    rumus = (lambda f: "of:=" + f.replace("A2", "[.A2]").replace(",", ";")) \
        if fmt == "ods" else (lambda f: f)
    benar = ["angka", 1.0] if fmt == "ods" else ["boolean", True]
    return {"Isi": [
        ["A1", "teks", "Teks  dua spasi\nbaris dua", None],
        ["B1", "teks", "gabung", None],
        ["A2", "angka", 0.25, None],
        ["A3", "angka", 45657.0, None],
        ["A4"] + benar + [rumus("TRUE()")],
        ["A5", "galat", "#DIV/0!", rumus("1/0")],
        ["A6", "galat", "#N/A", rumus("NA()")],
        ["A7", "kosong", None, rumus('IF(1,"","x")')],
        ["A8", "angka", 1.0, rumus("A2*4")],
        ["A9", "teks", "ab", rumus('"a"&"b"')],
    ]}


def cek_harapan(program, jalur, harapan, label):
    d = dump(program, jalur)
    kami = {l["nama"]: [[s[0], s[3], s[4], s[5]] for s in l["sel"]] for l in d["lembar"]}
    cek([l["nama"] for l in d["lembar"]] == list(harapan),
        "%s: sheets %s, expected %s" % (label, list(kami), list(harapan)))
    for nama, sel in harapan.items():
        cek(kami.get(nama) == sel, "%s, sheet %s:\n  read     %s\n  expected %s"
            % (label, nama, kami.get(nama), sel))


# ---- damaged files ------------------------------------------------------

def cek_gagal(program, jalur, potongan, label):
    p = subprocess.run([program, jalur], capture_output=True, timeout=60)
    pesan = p.stderr.decode("utf-8", "replace").strip()
    cek(p.returncode == 1 and pesan.startswith(jalur + ": ")
        and all(s in pesan for s in potongan),
        "%s: status %d, message %r; expected status 1 and %r"
        % (label, p.returncode, pesan, potongan))


def uji_rusak(program, kerja, asli):
    j = os.path.join(kerja, "terpotong.xlsx")
    with open(asli, "rb") as f:
        data = f.read()
    with open(j, "wb") as f:
        f.write(data[:len(data) // 2])
    cek_gagal(program, j, ["arsip zip rusak atau terpotong"], "truncated zip")

    j = os.path.join(kerja, "bukan.xlsx")
    with open(j, "w") as f:
        f.write("No;Kode\n1;2\n")
    cek_gagal(program, j, ["bukan arsip zip"], "a CSV named .xlsx")

    j = os.path.join(kerja, "tanpa-lembar.xlsx")
    xlsx_buatan(j, {"xl/worksheets/lembarA.xml": None})
    cek_gagal(program, j, ["xl/worksheets/lembarA.xml: lembar 'Data & Angka': "
                           "bagian ini tidak ada dalam arsip"], "a missing part")

    j = os.path.join(kerja, "xml-rusak.xlsx")
    xlsx_buatan(j, {"xl/worksheets/lembarA.xml": SHEET_A.replace("</row><row r=\"5\">", "<row r=\"5\">")})
    cek_gagal(program, j, ["xl/worksheets/lembarA.xml: lembar 'Data & Angka': "
                           "XML rusak pada baris 1 kolom ", "(mismatched tag)"], "bad XML")

    j = os.path.join(kerja, "entitas.xlsx")
    xlsx_buatan(j, {"xl/strings.xml": '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaa">'
                '<!ENTITY b "&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>'})
    cek_gagal(program, j, ["xl/strings.xml: deklarasi entitas 'a' tidak diterima"],
              "an entity declaration")

    j = os.path.join(kerja, "panjang.xlsx")
    xlsx_buatan(j, {"xl/worksheets/lembarB.xml": SHEET_B.replace("pojok", "x" * 32768)})
    cek_gagal(program, j, ["lembar 'Kedua dulu', sel XFD1048576: teks lebih dari 32767 karakter"],
              "a text of 32 768 characters")

    j = os.path.join(kerja, "bom.xlsx")
    # 300 MiB of one repeated row compresses to about 300 kB
    baris = '<row><c t="inlineStr"><is><t>%s</t></is></c></row>' % ("a" * 900)
    with zipfile.ZipFile(j, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for nama, isi in {"[Content_Types].xml": CT, "xl/workbook.xml": WB,
                          "xl/_rels/workbook.xml.rels": RELS, "xl/strings.xml": SST,
                          "xl/worksheets/lembarB.xml": SHEET_B}.items():
            z.writestr(nama, isi)
        with z.open("xl/worksheets/lembarA.xml", "w", force_zip64=True) as f:
            f.write(b'<worksheet><sheetData>')
            blok = (baris * 1000).encode()
            for _ in range(300 * 1024 * 1024 // len(blok) + 1):
                f.write(blok)
            f.write(b'</sheetData></worksheet>')
    cek(os.path.getsize(j) < 2 * 1024 * 1024, "the zip bomb is small (%d bytes)" % os.path.getsize(j))
    cek_gagal(program, j, ["xl/worksheets/lembarA.xml: lembar 'Data & Angka': bagian terlalu besar",
                           "(batas 268435456)"], "a zip bomb part")

    # A part whose headers declare fewer bytes than it inflates to.
    j = os.path.join(kerja, "bohong.xlsx")
    xlsx_buatan(j)
    with open(j, "rb") as f:
        data = bytearray(f.read())
    nama = b"xl/worksheets/lembarA.xml"
    panjang = len(SHEET_A.encode())
    for tanda in (b"PK\x03\x04", b"PK\x01\x02"):
        i = 0
        while True:
            i = data.find(tanda, i)
            if i < 0:
                break
            awal_nama = i + (30 if tanda == b"PK\x03\x04" else 46)
            if data[awal_nama:awal_nama + len(nama)] == nama:
                pos = i + (22 if tanda == b"PK\x03\x04" else 24)
                assert int.from_bytes(data[pos:pos + 4], "little") == panjang
                data[pos:pos + 4] = (100).to_bytes(4, "little")
            i += 4
    with open(j, "wb") as f:
        f.write(data)
    cek_gagal(program, j, ["xl/worksheets/lembarA.xml: lembar 'Data & Angka': ",
                           "lebih besar daripada ukuran yang dinyatakan arsip (100 bita)"],
              "a part larger than its declared size")

    j = os.path.join(kerja, "teks.odt")
    ods_buatan(j, mimetype="application/vnd.oasis.opendocument.text")
    cek_gagal(program, j, ["dokumen ODF, tetapi bukan lembar kerja"], "an .odt")

    j = os.path.join(kerja, "sandi.ods")
    tulis_zip(j, {"content.xml": bytes(range(256)) * 8,
                  "META-INF/manifest.xml":
                  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                  'manifest:1.0"><manifest:file-entry manifest:full-path="content.xml">'
                  '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>'
                  '</manifest:file-entry></manifest:manifest>'},
              "application/vnd.oasis.opendocument.spreadsheet")
    cek_gagal(program, j, ["content.xml: dokumen berkata sandi (terenkripsi): simpan ulang "
                           "tanpa kata sandi"], "a password-protected .ods")

    j = os.path.join(kerja, "ulang.ods")
    ods_buatan(j, '<table:table table:name="Bom"><table:table-row table:number-rows-repeated='
                  '"1048576"><table:table-cell table:number-columns-repeated="16384" '
                  'office:value-type="float" office:value="1"/></table:table-row></table:table>')
    cek_gagal(program, j, ["content.xml: lembar 'Bom', sel A1: baris berisi 16384 sel diulang "
                           "1048576 kali", "lebih dari 5000000 sel"], "an .ods repeat bomb")


# ---- LibreOffice ------------------------------------------------------------

def soffice_ubah(soffice, masukan, fmt, kerja):
    """soffice --convert-to in a throwaway profile, as nobody when root
    (the way tests/e2e runs soffice)."""
    dasar = tempfile.mkdtemp(prefix="soffice-", dir=kerja)
    profil, rumah, keluar = (os.path.join(dasar, n) for n in ("profil", "rumah", "keluar"))
    for d in (profil, rumah, keluar):
        os.makedirs(d)
    salinan = []
    for m in masukan:
        s = os.path.join(dasar, os.path.basename(m))
        shutil.copyfile(m, s)
        salinan.append(s)
    argv = [soffice, "-env:UserInstallation=file://" + profil, "--headless", "--norestore",
            "--convert-to", fmt, "--outdir", keluar] + salinan
    env = ["HOME=" + rumah, "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "SAL_USE_VCLPLUGIN=svp"]
    if os.geteuid() == 0:
        for akar, folder, berkas in os.walk(dasar):
            for n in folder + berkas + [""]:
                os.chown(os.path.join(akar, n), 65534, 65534)
        os.chmod(kerja, 0o755)
        argv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "env", "-i"] + env + argv
    else:
        argv = ["env", "-i"] + env + argv
    # The caller's folder may be one nobody cannot enter (a clone in /root,
    # mode 0700): soffice's start script changes into it and stops.
    p = subprocess.run(argv, capture_output=True, timeout=300, stdin=subprocess.DEVNULL,
                       cwd=dasar)
    hasil = []
    for m in masukan:
        out = os.path.join(keluar, os.path.splitext(os.path.basename(m))[0] + "." + fmt)
        if p.returncode != 0 or not os.path.isfile(out):
            raise RuntimeError("soffice --convert-to %s failed (%d): %s"
                               % (fmt, p.returncode, p.stdout.decode() + p.stderr.decode()))
        hasil.append(out)
    return hasil


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--generator", required=True)
    ap.add_argument("--dump", required=True)
    ap.add_argument("--soffice", default=shutil.which("soffice"))
    ap.add_argument("--korpus")
    a = ap.parse_args()
    if not a.soffice or not os.access(a.soffice, os.X_OK):
        print("soffice not found: install libreoffice-calc-nogui")
        print("0 passed, 1 failed")
        return 1

    kerja = tempfile.mkdtemp(prefix="uji-pembaca-")
    try:
        buku = {}
        for mode in ("addin", "standar"):
            d = os.path.join(kerja, mode)
            # the one workbook of the year and every document alone
            subprocess.run([a.generator, "-k", d, "-r", mode, "-b", "satu,semua"],
                           check=True, stdout=subprocess.DEVNULL, timeout=120)
            buku[mode] = sorted(os.path.join(d, n) for n in os.listdir(d))
        cek(len(buku["addin"]) == 6, "the generator wrote 6 workbooks")

        # 1. the generator's workbooks against openpyxl
        total = 0
        asli = {}
        for mode in buku:
            for j in buku[mode]:
                asli[j], n = banding_openpyxl(a.dump, j, "%s/%s" % (mode, os.path.basename(j)))
                total += n
        print("generator workbooks: %d cells compared with openpyxl" % total)

        # 2. written by openpyxl
        for j in buku["addin"]:
            wb = openpyxl.load_workbook(j)
            keluar = os.path.join(kerja, "openpyxl-" + os.path.basename(j))
            wb.save(keluar)
            d, _ = banding_openpyxl(a.dump, keluar, "openpyxl-saved " + os.path.basename(j))
            # the same constants and formulas; formulas lose their cached values
            for la, lb in zip(asli[j]["lembar"], d["lembar"]):
                da, db = sel_dict(la), sel_dict(lb)
                beda = [k for k in da if (da[k][5] is None and da[k][3:5] != db.get(k, [0] * 6)[3:5])
                        or (da[k][5] is not None and (db.get(k) or [0] * 6)[5:] != [da[k][5]])]
                cek(not beda, "openpyxl-saved %s, %s: cells %s differ" % (
                    os.path.basename(j), la["nama"], beda[:5]))

        # 3. hand-made files
        j = os.path.join(kerja, "excel-gaya.xlsx")
        xlsx_buatan(j)
        cek_harapan(a.dump, j, HARAPAN_XLSX, "hand-made xlsx")
        j = os.path.join(kerja, "deskriptor.xlsx")
        xlsx_deskriptor(j)
        cek_harapan(a.dump, j, HARAPAN_XLSX, "hand-made xlsx with data descriptors")
        j = os.path.join(kerja, "buatan.ods")
        ods_buatan(j)
        cek_harapan(a.dump, j, HARAPAN_ODS, "hand-made ods")

        # 4. converted by LibreOffice (standard formulas: Calc recalculates
        # them to the same values without the add-in)
        for fmt, rel in (("ods", 1e-14), ("xlsx", 1e-14)):
            hasil = soffice_ubah(a.soffice, buku["standar"], fmt, kerja)
            for sumber, j in zip(buku["standar"], hasil):
                d = dump(a.dump, j)
                cek(d["format"] == fmt, "%s read as %s" % (j, d["format"]))
                banding_dump(asli[sumber], d, "Calc %s of %s" % (fmt, os.path.basename(sumber)), rel)
                if fmt == "xlsx":
                    banding_openpyxl(a.dump, j, "Calc xlsx " + os.path.basename(j))
            if fmt == "ods":
                ods_calc = hasil

        # every kind of value, as Calc computes and saves it
        j = os.path.join(kerja, "jenis.xlsx")
        jenis_openpyxl(j)
        for fmt in ("ods", "xlsx"):
            hasil = soffice_ubah(a.soffice, [j], fmt, kerja)[0]
            cek_harapan(a.dump, hasil, harapan_jenis(fmt), "Calc %s of every kind" % fmt)

        # 5. damaged files
        uji_rusak(a.dump, kerja, buku["addin"][0])

        if a.korpus:
            os.makedirs(a.korpus, exist_ok=True)
            xlsx_buatan(os.path.join(a.korpus, "seed_excel_gaya.xlsx"))
            tulis_bagian(os.path.join(a.korpus, "seed_excel_gaya.bagian"), bagian_xlsx())
            tulis_bagian(os.path.join(a.korpus, "seed_buatan_ods.bagian"),
                         {"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                          "content.xml": ods_isi(ODS_TABEL)})
            ods_buatan(os.path.join(a.korpus, "seed_buatan.ods"))
            shutil.copyfile([b for b in buku["standar"] if "pengukuran" in b][0],
                            os.path.join(a.korpus, "seed_pengukuran.xlsx"))
            shutil.copyfile([b for b in ods_calc if "pengukuran" in b][0],
                            os.path.join(a.korpus, "seed_pengukuran_calc.ods"))
    finally:
        shutil.rmtree(kerja, ignore_errors=True)

    print("%d passed, %d failed" % (HASIL["lulus"], len(HASIL["gagal"])))
    return 1 if HASIL["gagal"] else 0


if __name__ == "__main__":
    sys.exit(main())
