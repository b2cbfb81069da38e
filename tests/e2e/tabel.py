"""The small example sheet from the seed's Tabel 3.2 (2024 column) and the
2024 budget, as a flat ODF spreadsheet (.fods) that uses the add-in the way a
saved file does: ID.KINERJA.FUNGSI.<NAME>(...).

Used by the file-based smoke test (e2e_file) and by kinerja-demo: both let
headless Calc evaluate it with `soffice --convert-to csv`.  Numbers are
formatted with Indonesian separators ([$-421]: 110,93 and 19.133.884.991),
which Calc applies whatever the profile's locale.
"""

from xml.sax.saxutils import escape, quoteattr

import seed
from spec import dec

PREFIX = "ID.KINERJA.FUNGSI."
# CSV with ';' between fields (the numbers carry decimal commas), '"' quotes,
# UTF-8, cells as shown.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):59,34,76,1"
HEADER = ["Indikator", "Target", "Realisasi", "Hasil", "Kategori"]


def _cell(value=None, formula=None, style=None):
    attrs = ""
    if style:
        attrs += ' table:style-name="%s"' % style
    if formula is not None:
        return "<table:table-cell%s table:formula=%s/>" % (attrs, quoteattr("of:=" + formula))
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, str):
        return ('<table:table-cell%s office:value-type="string"><text:p>%s</text:p>'
                "</table:table-cell>" % (attrs, escape(value)))
    return '<table:table-cell%s office:value-type="float" office:value="%s"/>' % (attrs, value)


def rows():
    """The sheet as rows of cells.  Row numbers are 1-based as in Calc."""
    out = [[_cell(h) for h in HEADER]]
    for name, target, realisasi in seed.TABEL_3_2_2024:
        r = len(out) + 1
        out.append([_cell(name), _cell(dec(target), style="ce2"),
                    _cell(dec(realisasi), style="ce2"),
                    _cell(formula="%sCAPAIAN([.B%d];[.C%d])" % (PREFIX, r, r), style="ce2"),
                    _cell(formula='%sKATEGORI([.D%d];"BERHASIL")' % (PREFIX, r))])
    spbe_row = 2
    pagu, spent = (dec(x) for x in seed.ANGGARAN_2024)
    r = len(out) + 1
    out.append([_cell("Serapan anggaran (Rp)"), _cell(pagu, style="ce0"),
                _cell(spent, style="ce0"),
                _cell(formula="%sSERAPAN([.B%d];[.C%d])" % (PREFIX, r, r), style="ce2"),
                _cell(formula="%sKATEGORI([.D%d])" % (PREFIX, r))])
    budget_row = r
    r = len(out) + 1
    out.append([_cell("Efisiensi (Indeks SPBE / serapan)"), _cell(), _cell(),
                _cell(formula="%sEFISIENSI([.D%d];[.D%d])" % (PREFIX, spbe_row, budget_row),
                      style="ce2"),
                _cell(formula='%sKATEGORI([.D%d];"EFISIENSI")' % (PREFIX, r))])
    return out


def write_fods(path):
    body = "\n".join("<table:table-row>%s</table:table-row>" % "".join(r) for r in rows())
    doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:number-style style:name="N2" number:language="id" number:country="ID">
  <number:number number:decimal-places="2" number:min-decimal-places="2"
   number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <number:number-style style:name="N0" number:language="id" number:country="ID">
  <number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
 <style:style style:name="ce0" style:family="table-cell" style:data-style-name="N0"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Tabel_3_2_2024">
%s
</table:table>
</office:spreadsheet></office:body>
</office:document>
""" % body
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def read_csv(path):
    import csv
    with open(path, encoding="utf-8", newline="") as f:
        return [row for row in csv.reader(f, delimiter=";", quotechar='"')]
