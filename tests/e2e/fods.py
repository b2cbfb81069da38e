"""Flat ODF spreadsheets (.fods) written as text, for the sheets given to
Calc as files: the Tabel 3.2 example (tabel.py: e2e_file, kinerja-demo) and
the Windows check sheet (windows/lembar_cek.py).

A cell is a string of XML made by sel(); a document wraps automatic styles
and one or more <table:table> elements (ODF 1.3, OpenFormula formulas).
"""

from xml.sax.saxutils import escape, quoteattr

_NAMESPACES = (
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"\n'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"\n'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"\n'
    ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"\n'
    ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"\n'
    ' xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"\n'
    ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"\n')


def angka(d):
    """A number (int, Decimal, float) as the text of the nearest double:
    the value Calc would read from any longer decimal text anyway."""
    return repr(float(d))


def sel(value=None, formula=None, style=None):
    """One cell: a formula (OpenFormula, without "of:="), a text, a number,
    or empty; style names an automatic cell style."""
    attrs = ' table:style-name="%s"' % style if style else ""
    if formula is not None:
        return "<table:table-cell%s table:formula=%s/>" % (attrs, quoteattr("of:=" + formula))
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, str):
        return ('<table:table-cell%s office:value-type="string"><text:p>%s</text:p>'
                "</table:table-cell>" % (attrs, escape(value)))
    return ('<table:table-cell%s office:value-type="float" office:value="%s"/>'
            % (attrs, angka(value)))


def gaya_kolom(name, width):
    """An automatic column style: its name and its width ("1.2in")."""
    return (' <style:style style:name="%s" style:family="table-column">\n'
            '  <style:table-column-properties style:column-width="%s"/>\n'
            ' </style:style>\n' % (name, width))


def baris(rows):
    """Rows of cells as <table:table-row> elements, one a line."""
    return "\n".join("<table:table-row>%s</table:table-row>" % "".join(r) for r in rows)


def dokumen(styles, tables, comment=None):
    """The whole document: styles is the content of
    <office:automatic-styles>, tables the <table:table> elements."""
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if comment:
        head += "<!-- %s -->\n" % comment
    return (head + "<office:document" + _NAMESPACES +
            ' office:version="1.3"'
            ' office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
            "<office:automatic-styles>\n%s</office:automatic-styles>\n"
            "<office:body><office:spreadsheet>\n%s</office:spreadsheet></office:body>\n"
            "</office:document>\n" % (styles, tables))


def tulis(path, text):
    """Writes the document as UTF-8 with \\n line ends on every system."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
