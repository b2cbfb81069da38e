#!/usr/bin/python3
"""Python XlsxWriter writing the cells of a dump (bench/ekstrak_sel.py): the
same cells, formats, formulas with their cached results, merges, widths,
heights, frozen panes and protection as kinerja-template's workbooks.  What
an office would write instead of using the C generator (BENCHMARKS.md,
item 3).

    bench/tulis_xlsxwriter.py DUMP OUTDIR [COPIES]

COPIES (default 1) writes every workbook of the dump that many times, into
OUTDIR/1, OUTDIR/2, ...: one organisation's template set per copy.
"""

import os
import sys

import xlsxwriter

ESC = {"\\": "\\", "t": "\t", "n": "\n"}


def unesc(s):
    if "\\" not in s:
        return s
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            out.append(ESC.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def read_dump(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f]


def make_format(wb, f):
    numfmt, bold, italic, size, color, fill, border, halign, valign, wrap, locked = f
    props = {"num_format": unesc(numfmt), "font_size": int(size)}
    if bold == "1":
        props["bold"] = True
    if italic == "1":
        props["italic"] = True
    if color:
        props["font_color"] = "#" + color
    if fill:
        props["bg_color"] = "#" + fill
    if border == "1":
        props["border"] = 1
    if halign:
        props["align"] = {"centerContinuous": "center_across"}.get(halign, halign)
    if valign:
        props["valign"] = {"center": "vcenter"}.get(valign, valign)
    if wrap == "1":
        props["text_wrap"] = True
    if locked == "0":
        props["locked"] = False
    return wb.add_format(props)


def write_all(records, outdir):
    wb = ws = None
    fmts = {}
    for rec in records:
        k = rec[0]
        if k == "N":
            ws.write_number(int(rec[1]), int(rec[2]), float(rec[4]), fmts[rec[3]])
        elif k == "X":
            kind, cached = rec[4], rec[5]
            value = float(cached) if kind == "n" else unesc(cached)
            ws.write_formula(int(rec[1]), int(rec[2]), unesc(rec[6]), fmts[rec[3]], value)
        elif k == "T":
            ws.write_string(int(rec[1]), int(rec[2]), unesc(rec[4]), fmts[rec[3]])
        elif k == "B":
            ws.write_blank(int(rec[1]), int(rec[2]), None, fmts[rec[3]])
        elif k == "M":
            if rec[6] == "n":
                ws.merge_range(int(rec[1]), int(rec[2]), int(rec[3]), int(rec[4]),
                               "", fmts[rec[5]])
                ws.write_number(int(rec[1]), int(rec[2]), float(rec[7]), fmts[rec[5]])
            else:
                ws.merge_range(int(rec[1]), int(rec[2]), int(rec[3]), int(rec[4]),
                               unesc(rec[7]), fmts[rec[5]])
        elif k == "C":
            c = int(rec[1])
            ws.set_column(c, c, float(rec[2]))
        elif k == "R":
            ws.set_row(int(rec[1]), float(rec[2]))
        elif k == "F":
            fmts[rec[1]] = make_format(wb, rec[2:])
        elif k == "S":
            ws = wb.add_worksheet(unesc(rec[1]))
        elif k == "Z":
            ws.freeze_panes(int(rec[1]), int(rec[2]))
        elif k == "P":
            ws.protect()
        elif k == "W":
            if wb is not None:
                wb.close()
            wb = xlsxwriter.Workbook(os.path.join(outdir, unesc(rec[1])))
            fmts = {}
    if wb is not None:
        wb.close()


def main():
    records = read_dump(sys.argv[1])
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    for i in range(1, copies + 1):
        outdir = os.path.join(sys.argv[2], str(i))
        os.makedirs(outdir, exist_ok=True)
        write_all(records, outdir)


if __name__ == "__main__":
    main()
