#!/usr/bin/python3
"""Every cell of generated workbooks as a flat text dump, for the two
writers kinerja-template is compared with (BENCHMARKS.md, item 3):
bench/tulis_xlsxwriter.py (Python XlsxWriter) and bench/lantai_lxw.c (bare
libxlsxwriter, the floor).  Both read the same dump and write the same
cells, formats, formulas (with their cached results), merges, column widths,
row heights, frozen panes and sheet protection.  Not carried over (a few
objects per workbook, not per row): conditional formats, data validation,
charts, print setup, document properties.

    bench/ekstrak_sel.py OUT.dump BOOK.xlsx...

Dump format, one record per line, fields separated by TAB, text with
backslash escapes (\\\\ \\t \\n):
    W name                 a workbook (written as name)
    F id numfmt bold italic size color fill border halign valign wrap locked
    S name                 a worksheet
    C col width            column width
    R row height           row height (just before the row's cells)
    N row col fmt number
    T row col fmt text
    B row col fmt          a blank cell with a format
    X row col fmt kind cached formula   (kind n: number, s: text, e: empty)
    M r1 c1 r2 c2 fmt kind value   merged range (kind n: number, s: text)
    Z row col              freeze panes
    P                      protect the sheet (no password)
"""

import sys

import openpyxl


def esc(s):
    return str(s).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace(
        "\r", "")


def color(c):
    if c is None or c.type != "rgb" or not isinstance(c.rgb, str):
        return ""
    return c.rgb[-6:]


def fmt_key(cell):
    f = cell.font
    fill = cell.fill
    b = cell.border
    a = cell.alignment
    bg = color(fill.fgColor) if fill is not None and fill.fill_type == "solid" else ""
    border = 1 if (b is not None and b.left is not None and b.left.style) else 0
    return (cell.number_format or "General", int(bool(f.b)), int(bool(f.i)),
            int(f.sz or 11), color(f.color), bg, border, a.horizontal or "",
            a.vertical or "", int(bool(a.wrap_text)), int(cell.protection.locked))


def dump(out, path):
    wb = openpyxl.load_workbook(path)
    wv = openpyxl.load_workbook(path, data_only=True)
    formats = {}
    lines = ["W\t" + esc(path.rsplit("/", 1)[-1])]
    for ws in wb.worksheets:
        wsv = wv[ws.title]
        lines.append("S\t" + esc(ws.title))
        for letter, dim in ws.column_dimensions.items():
            if dim.width:
                col = openpyxl.utils.column_index_from_string(letter) - 1
                lines.append("C\t%d\t%g" % (col, dim.width))
        # row heights go just before their row's cells: in row order, as
        # libxlsxwriter's constant-memory mode needs
        heights = {r: dim.height for r, dim in ws.row_dimensions.items() if dim.height}
        merged = {}
        for m in ws.merged_cells.ranges:
            merged[(m.min_row, m.min_col)] = m
        skip = set()
        for m in ws.merged_cells.ranges:
            for rr in range(m.min_row, m.max_row + 1):
                for cc in range(m.min_col, m.max_col + 1):
                    if (rr, cc) != (m.min_row, m.min_col):
                        skip.add((rr, cc))
        for row in ws.iter_rows():
            if row and row[0].row in heights:
                lines.append("R\t%d\t%g" % (row[0].row - 1, heights[row[0].row]))
            for cell in row:
                if (cell.row, cell.column) in skip:
                    continue
                key = fmt_key(cell)
                if key not in formats:
                    formats[key] = len(formats)
                    lines.insert(1, "F\t%d\t" % formats[key] + "\t".join(esc(x) for x in key))
                fid = formats[key]
                r, c, v = cell.row - 1, cell.column - 1, cell.value
                m = merged.get((cell.row, cell.column))
                if m is not None:
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        kind, text = "n", repr(float(v))
                    else:
                        kind, text = "s", esc("" if v is None else v)
                    lines.append("M\t%d\t%d\t%d\t%d\t%d\t%s\t%s" % (
                        r, c, m.max_row - 1, m.max_col - 1, fid, kind, text))
                elif isinstance(v, str) and v.startswith("="):
                    cached = wsv.cell(row=cell.row, column=cell.column).value
                    if isinstance(cached, (int, float)) and not isinstance(cached, bool):
                        kind, cv = "n", repr(float(cached))
                    elif cached is None or cached == "":
                        kind, cv = "e", ""
                    else:
                        kind, cv = "s", esc(cached)
                    lines.append("X\t%d\t%d\t%d\t%s\t%s\t%s" % (r, c, fid, kind, cv, esc(v)))
                elif isinstance(v, bool):
                    lines.append("N\t%d\t%d\t%d\t%r" % (r, c, fid, float(v)))
                elif isinstance(v, (int, float)):
                    lines.append("N\t%d\t%d\t%d\t%r" % (r, c, fid, float(v)))
                elif v is None:
                    if cell.has_style:
                        lines.append("B\t%d\t%d\t%d" % (r, c, fid))
                elif hasattr(v, "toordinal"):
                    # a date: Excel's serial number, as the generator writes it
                    serial = (v.toordinal() - 693594)
                    lines.append("N\t%d\t%d\t%d\t%r" % (r, c, fid, float(serial)))
                else:
                    lines.append("T\t%d\t%d\t%d\t%s" % (r, c, fid, esc(v)))
        if ws.freeze_panes:
            fc = ws[ws.freeze_panes]
            lines.append("Z\t%d\t%d" % (fc.row - 1, fc.column - 1))
        if ws.protection.sheet:
            lines.append("P")
    out.write("\n".join(lines) + "\n")


def main():
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for path in sys.argv[2:]:
            dump(out, path)


if __name__ == "__main__":
    main()
