#!/usr/bin/python3
"""e2e_masukan_buruk: the bad-input matrix in real headless Calc.

Every argument of every function of the add-in, one at a time, receives
every kind of input a sheet can hold (numbers, 0, -0, an empty cell,
TRUE/FALSE, a denormal, +-1E308, 1.7E308 made by a formula, text, numeric
text, "" from a formula, an omitted argument, and the error values Calc
makes: #DIV/0!, #NUM! from an overflowing formula, #N/A, #VALUE!, Err:502
from SQRT(-1)); then ranges of every shape (1x1, column, row, grid, mixed,
empty, ragged by shape, holding an error), mismatched shapes, custom scales
good and bad, SPBE weights good and bad, quarters, unknown names, wrong
argument counts, and a few whole-column arguments whose result is one
number (whole-column array results holding text take about a minute each
in Calc 7.4: tests/e2e/README.md).

Calc must never crash or hang, and every cell must show the documented
result: the error rules of docs/aturan.md ("Errors are values"), and inputs
holding errors propagated by Calc (the add-in never sees them).  Expected
values come from `regel()` below, those rules written out again in Python
(and spec.py's arithmetic), not from the add-in.  e2e_fungsi's bad_inputs
section (79 formulas) covers the extreme-number cases; this matrix does not
repeat them.

`--simpan FILE.ods` also stores the matrix sheet (without the whole-column
formulas) for tests/keandalan/valgrind_calc.py.
"""

import math
import sys
import time
from decimal import Decimal

import checks
from checks import ARG, DIV0, NA, VALUE, Batch, Blank, Err, Num, Text
import spec

NUM_ERR = 503  # #NUM!: what Calc makes of an overflowing formula
TOO_MANY = 504

# ---------------------------------------------------------------------------
# What a sheet can hold, and what the add-in receives for it (docs/calc.md):
# ("num", x) a DOUBLE, ("text", s) a STRING, ("empty",) the STRING "",
# ("void",) an omitted argument, ("err", code) never reaches the add-in.
KINDS = [
    # name, cell content for Batch.put (None = never written), seen
    ("number 4", 4, ("num", 4.0)),
    ("0", 0, ("num", 0.0)),
    ("-0 (=-0)", "=-0", ("num", -0.0)),
    ("empty cell", None, ("num", 0.0)),
    ("TRUE()", "=TRUE()", ("num", 1.0)),
    ("FALSE()", "=FALSE()", ("num", 0.0)),
    ("denormal 5E-324", 5e-324, ("num", 5e-324)),
    ("1E308", 1e308, ("num", 1e308)),
    ("-1E308", -1e308, ("num", -1e308)),
    ("1.7E308 from a formula", "=1E308*1.7", ("num", 1.7e308)),
    ("text abc", "abc", ("text", "abc")),
    ("numeric text '4'", "4 ", ("text", "4 ")),
    ("empty text from =\"\"", '=""', ("empty",)),
    ("#DIV/0! from =1/0", "=1/0", ("err", DIV0)),
    ("#NUM! (infinity) from =1E308*10", "=1E308*10", ("err", NUM_ERR)),
    ("#N/A from =NA()", "=NA()", ("err", NA)),
    ("#VALUE! from =\"a\"+1", '="a"+1', ("err", VALUE)),
    ("Err:502 (NaN) from =SQRT(-1)", "=SQRT(-1)", ("err", ARG)),
]
OMITTED = ("omitted", None, ("void",))

SIGNATURES = spec.SIGNATURES

MAX_EXACT = 2.0 ** 53


def err(code):
    return ("err", code)


def num_ok(v):
    """A double result: an error if it is not finite (never inf)."""
    return ("num", v) if math.isfinite(v) else err(ARG)


def is_default(a):
    """An optional choice left out: omitted, "", or a lone 0 (empty cell)."""
    return a[0] in ("void", "empty") or (a[0] == "num" and a[1] == 0.0)


def choice(a, one, two, default=True):
    """1, 2 or None (bad) for an option argument (arah, metode, jenis)."""
    if default and is_default(a):
        return 1
    if a[0] == "num":
        return {1.0: 1, 2.0: 2}.get(a[1])
    if a[0] == "text":
        t = a[1].upper()
        return 1 if t in (one, "1") else 2 if t in (two, "2") else None
    return None


def whole_rupiah(x):
    return math.isfinite(x) and x == math.trunc(x) and abs(x) <= MAX_EXACT


def label(value, scale_name):
    bands, domain = spec.SCALES[scale_name]
    exact = Decimal(repr(value))
    # A double from 2^52 up has no decimals to round (bulat.h).
    v = exact if abs(value) >= 2.0 ** 52 else spec.half_up(exact)
    if domain and not (domain[0] <= v <= domain[1]):
        return err(ARG)
    found = None
    for bound, exclusive, name in bands:
        if (v > bound) if exclusive else (v >= bound):
            found = name
    return ("text", found) if found else err(NA)


def regel(fname, args):
    """The error rules for a call whose arguments are all single values
    (scalars) except where noted: ("range", n) is a column of n good
    numbers (INDEKS_SPBE values {4,3,2,1}, SELISIH_RINCIAN parts summing to
    PARTS_SUM, REKAP_TRIWULAN quarters {1,2,3,4} as one row)."""
    sig = SIGNATURES[fname]
    args = list(args) + [("void",)] * (len(sig) - len(args))
    for a in args:                      # Calc propagates input errors
        if a[0] == "err":
            return a
    for (kind, opt), a in zip(sig, args):
        if not opt and a[0] == "void":  # a required argument omitted
            return err(ARG)
    if fname == "KATEGORI":             # the scale is read before the cells
        s = args[1]
        if is_default(s):
            scale = "TINGKAT"
        elif s[0] == "text" and s[1].upper() in spec.SCALES:
            scale = s[1].upper()
        else:
            return err(ARG)
    blank = False                       # the per-cell rules, in order
    for (kind, opt), a in zip(sig, args):
        if a[0] == "range":
            continue
        if kind == "ANGKA" and a[0] == "text":
            return err(VALUE)
        if not opt and a[0] == "empty":
            blank = True
    if blank:
        return ("blank",)

    if fname == "CAPAIAN":
        arah = choice(args[2], "NAIK", "TURUN")
        t, r = args[0][1], args[1][1]
        if arah is None or not math.isfinite(t) or t < 0 or not math.isfinite(r):
            return err(ARG)
        if t == 0:
            return err(DIV0)
        return num_ok(r / t * 100.0 if arah == 1 else (t - (r - t)) / t * 100.0)
    if fname == "SERAPAN":
        p, r = args[0][1], args[1][1]
        if not (math.isfinite(p) and p >= 0 and math.isfinite(r) and r >= 0):
            return err(ARG)
        if p == 0:
            return err(DIV0)
        return num_ok(r / p * 100.0)
    if fname == "EFISIENSI":
        metode = choice(args[2], "RASIO", "SELISIH")
        k, a = args[0][1], args[1][1]
        if metode is None or not (math.isfinite(k) and math.isfinite(a) and a >= 0):
            return err(ARG)
        if metode == 1 and a == 0:
            return err(DIV0)
        return num_ok(k / a if metode == 1 else k - a)
    if fname == "KATEGORI":
        v = args[0][1]
        if not math.isfinite(v):
            return err(ARG)
        return label(v, scale)
    if fname == "INDEKS_SPBE":
        values, weights, frame = args
        if is_default(frame):
            fw = "SPBE"
        elif frame[0] == "text" and frame[1].upper() in ("SPBE", "PEMDI"):
            fw = frame[1].upper()
        else:
            return err(ARG)
        official = weights[0] != "range" and is_default(weights)
        if values[0] != "range":        # one value: no official weights
            if not official:
                return err(ARG)         # weights of another shape
            if values[0] == "text":
                return err(VALUE)
            return err(ARG)
        if not official and weights[0] != "range":
            return err(ARG)             # a scalar weight against 4 values
        if fw == "PEMDI":
            return err(ARG)             # PEMDI has 7 official weights, not 4
        return ("num", float(spec.indeks([4, 3, 2, 1], spec.SPBE_DOMAIN_WEIGHTS)))
    if fname == "SELISIH_RINCIAN":
        total, parts = args
        if not whole_rupiah(total[1]):
            return err(ARG)
        if parts[0] == "range":
            s = PARTS_SUM
        elif parts[0] == "text":
            return err(VALUE)
        elif not whole_rupiah(parts[1]):
            return err(ARG)
        else:
            s = parts[1]
        d = total[1] - s
        return ("num", d) if abs(d) <= MAX_EXACT else err(ARG)
    if fname == "CEK_ANGGARAN":
        p, r = args
        if not whole_rupiah(p[1]) or p[1] < 0:
            return err(ARG)
        if r[0] != "num":
            return ("text", "Belum ada realisasi")
        if not whole_rupiah(r[1]) or r[1] < 0:
            return err(ARG)
        if r[1] == 0:
            return ("text", "Belum ada realisasi")
        return ("text", "Melebihi pagu" if r[1] > p[1] else "Sesuai")
    if fname == "REKAP_TRIWULAN":
        tw, jenis = args
        j = choice(jenis, "JUMLAH", "AKHIR", default=False)
        if j is None:
            return err(ARG)
        if tw[0] == "range":
            return ("num", 10.0 if j == 1 else 4.0)
        if tw[0] == "text":
            return err(VALUE)
        return num_ok(tw[1])
    raise AssertionError(fname)


def expect(result):
    kind = result[0]
    if kind == "num":
        return Num(Decimal(repr(result[1])), rel=Decimal("1e-12"))
    if kind == "text":
        return Text(result[1])
    if kind == "blank":
        return Blank()
    return Err(result[1])


# ---------------------------------------------------------------------------
PARTS = [16705000, 15300370, 20760750, 905000, 29877116]   # Tabel 3.5
PARTS_SUM = float(sum(PARTS))

# The good value of every argument, used while another one varies:
# (formula text, seen).  Ranges are filled in by matrix().
GOOD = {
    "CAPAIAN": [("4", ("num", 4.0)), ("3", ("num", 3.0)), ("", ("void",))],
    "SERAPAN": [("4000000", ("num", 4e6)), ("905000", ("num", 905000.0))],
    "EFISIENSI": [("110.93", ("num", 110.93)), ("96.25", ("num", 96.25)), ("", ("void",))],
    "KATEGORI": [("80", ("num", 80.0)), ("", ("void",))],
    "INDEKS_SPBE": [("VALUES", ("range", 4)), ("", ("void",)), ("", ("void",))],
    "SELISIH_RINCIAN": [("83548236", ("num", 83548236.0)), ("PARTS", ("range", 5))],
    "CEK_ANGGARAN": [("100", ("num", 100.0)), ("50", ("num", 50.0))],
    "REKAP_TRIWULAN": [("QUARTERS", ("range", 4)), ('"JUMLAH"', ("text", "JUMLAH"))],
}

# Names an option argument knows, tried besides the kinds above.
NAMES = {
    ("CAPAIAN", 2): ["TURUN", "naik", "2", "NAIK_TURUN"],
    ("EFISIENSI", 2): ["SELISIH", "rasio", "RATIO"],
    ("KATEGORI", 1): ["BERHASIL", "sakip", "SPBE", "IP_ASN", "TINGGI"],
    ("INDEKS_SPBE", 2): ["PEMDI", "spbe", "SPBE2020"],
    ("REKAP_TRIWULAN", 1): ["AKHIR", "jumlah", "SUM"],
}


def call_text(fname, texts):
    while texts and texts[-1] == "":
        texts = texts[:-1]
    return "=%s(%s)" % (fname, ";".join(texts))


def scalar_matrix(b, refs):
    """Every argument of every function x every kind of input."""
    n = 0
    kind_cells = {}
    for i, (name, content, seen) in enumerate(KINDS):
        if content is None:
            kind_cells[name] = checks.addr(0, 200)   # never written
        else:
            kind_cells[name] = b.put(0, i, content)
    for fname, sig in SIGNATURES.items():
        good = [(refs.get(t, t), s) for t, s in GOOD[fname]]
        for k in range(len(sig)):
            variants = [(kname, kind_cells[kname], seen) for kname, _, seen in KINDS]
            variants.append(("omitted", "", ("void",)))
            for nm in NAMES.get((fname, k), []):
                variants.append(('"%s"' % nm, '"%s"' % nm, ("text", nm)))
            for vname, text, seen in variants:
                texts = [t for t, _ in good]
                seens = [s for _, s in good]
                texts[k] = text  # "" leaves the slot empty: F(a;;c)
                seens[k] = seen
                formula = call_text(fname, texts)
                b.check("%s arg %d = %s" % (fname, k + 1, vname), formula,
                        expect(regel(fname, seens)))
                n += 1
    return n


class Tata:
    """Places input blocks in columns C..AL (Batch keeps AP and AR on for
    results), down a column group and then across, one empty row apart."""

    def __init__(self, b):
        self.b = b
        self.col, self.row = 2, 0

    def put(self, rows):
        width = max(len(r) for r in rows)
        assert width <= 5
        if self.row + len(rows) > 180:
            self.col, self.row = self.col + 6, 0
            assert self.col + 5 <= 38
        rng = self.b.put_rows(self.col, self.row, rows)
        self.row += len(rows) + 1
        return rng


def range_matrix(b, refs):
    """Ranges of every shape, mismatched shapes, custom scales, weights,
    quarters, unknown names and argument counts."""
    n = 0
    tata = Tata(b)

    def put(_col, _row, rows):
        return tata.put(rows)
    col3 = put(2, 0, [[4], [2], [0]])
    col3r = put(3, 0, [[3], [5], [1]])
    col2 = put(4, 0, [[4], [2]])
    row3 = put(5, 0, [[4, 2, 5]])
    grid = put(5, 2, [[4, 2, 5], [1, 8, 10]])
    gridr = put(5, 5, [[3, 1, 5], [1, 4, 0]])
    one = put(6, 0, [[4]])
    mixed = put(7, 0, [[4], ["abc"], [None], ['=""'], ["=TRUE()"]])
    mixedr = put(8, 0, [[3], [3], [3], [3], [3]])
    empty3 = put(9, 0, [[None], [None], [None]])
    with_err = put(10, 0, [[4], ["=1/0"], [2]])
    arah3 = put(11, 0, [["TURUN"], [None], [3]])

    def scalar(name, formula, exp):
        nonlocal n
        b.check(name, formula, exp)
        n += 1

    def array(name, formula, exps):
        nonlocal n
        b.check_array(name, formula, exps)
        n += 1

    cap = lambda t, r: Num(spec.capaian(t, r))
    # per-cell functions over ranges
    array("CAPAIAN column x column", "=CAPAIAN(%s;%s)" % (col3, col3r),
          [[cap(4, 3)], [cap(2, 5)], [Err(DIV0)]])
    row3r = put(0, 0, [[3, 1, 5]])
    array("CAPAIAN row x row", "=CAPAIAN(%s;%s)" % (row3, row3r),
          [[cap(4, 3), cap(2, 1), cap(5, 5)]])
    array("CAPAIAN grid x grid", "=CAPAIAN(%s;%s)" % (grid, gridr),
          [[cap(4, 3), cap(2, 1), cap(5, 5)], [cap(1, 1), cap(8, 4), cap(10, 0)]])
    array("CAPAIAN grid x scalar", "=CAPAIAN(%s;2)" % grid,
          [[cap(4, 2), cap(2, 2), cap(5, 2)], [cap(1, 2), cap(8, 2), cap(10, 2)]])
    array("CAPAIAN scalar x column", "=CAPAIAN(5;%s)" % col3r,
          [[cap(5, 3)], [cap(5, 5)], [cap(5, 1)]])
    array("CAPAIAN 1x1 range", "=CAPAIAN(%s;3)" % one, [[cap(4, 3)]])
    array("CAPAIAN per-cell arah column (TURUN, empty, 3)",
          "=CAPAIAN(%s;%s;%s)" % (col3, col3r, arah3),
          [[Num(spec.capaian(4, 3, 2))], [cap(2, 5)], [Err(ARG)]])
    array("CAPAIAN mixed column: number, text, empty, \"\", TRUE",
          "=CAPAIAN(%s;%s)" % (mixed, mixedr),
          [[cap(4, 3)], [Err(VALUE)], [Blank()], [Blank()], [Num(300)]])
    array("CAPAIAN target column of empty cells", "=CAPAIAN(%s;3)" % empty3,
          [[Blank()], [Blank()], [Blank()]])
    scalar("CAPAIAN range holding an error: Calc propagates it",
           "=SUMPRODUCT(CAPAIAN(%s;3))" % with_err, Err(TOO_MANY))
    scalar("CAPAIAN mismatched 3x1 x 2x1", "=CAPAIAN(%s;%s)" % (col3, col2), Err(ARG))
    scalar("CAPAIAN mismatched column x row", "=CAPAIAN(%s;%s)" % (col3, row3), Err(ARG))
    scalar("CAPAIAN mismatched grid x column", "=CAPAIAN(%s;%s)" % (grid, col3), Err(ARG))
    scalar("CAPAIAN mismatched arah shape", "=CAPAIAN(%s;%s;%s)" % (col3, col3r, col2),
           Err(ARG))
    ser = lambda p, r: Num(spec.serapan(p, r))
    array("SERAPAN column x column", "=SERAPAN(%s;%s)" % (col3, col3r),
          [[ser(4, 3)], [ser(2, 5)], [Err(DIV0)]])
    array("SERAPAN grid x grid", "=SERAPAN(%s;%s)" % (grid, gridr),
          [[ser(4, 3), ser(2, 1), ser(5, 5)], [ser(1, 1), ser(8, 4), ser(10, 0)]])
    array("SERAPAN mixed column", "=SERAPAN(%s;%s)" % (mixedr, mixed),
          [[ser(3, 4)], [Err(VALUE)], [Blank()], [Blank()], [ser(3, 1)]])
    scalar("SERAPAN mismatched", "=SERAPAN(%s;%s)" % (row3, col3), Err(ARG))
    eff = lambda k, a: Num(spec.efisiensi(k, a))
    array("EFISIENSI column x column", "=EFISIENSI(%s;%s)" % (col3r, col3),
          [[eff(3, 4)], [eff(5, 2)], [Err(DIV0)]])
    array("EFISIENSI SELISIH grid x scalar", '=EFISIENSI(%s;1;"SELISIH")' % grid,
          [[Num(3), Num(1), Num(4)], [Num(0), Num(7), Num(9)]])
    metode3 = put(0, 0, [["RASIO"], ["selisih"], ["X"]])
    array("EFISIENSI per-cell metode", "=EFISIENSI(%s;%s;%s)" % (col3r, col3, metode3),
          [[eff(3, 4)], [Num(3)], [Err(ARG)]])
    scalar("EFISIENSI mismatched", "=EFISIENSI(%s;%s)" % (col3, grid), Err(ARG))
    array("CEK_ANGGARAN column x column", "=CEK_ANGGARAN(%s;%s)" % (col3, col3r),
          [[Text("Sesuai")], [Text("Melebihi pagu")], [Text("Melebihi pagu")]])
    array("CEK_ANGGARAN mixed realisasi", "=CEK_ANGGARAN(%s;%s)" % (mixedr, mixed),
          [[Text("Melebihi pagu")], [Err(VALUE)], [Text("Belum ada realisasi")],
           [Text("Belum ada realisasi")], [Text("Sesuai")]])
    scalar("CEK_ANGGARAN mismatched", "=CEK_ANGGARAN(%s;%s)" % (col3, row3), Err(ARG))

    # KATEGORI: values over ranges, custom scales good and bad
    array("KATEGORI column, default scale", "=KATEGORI(%s)" % col3r,
          [[Text("Sangat Rendah")]] * 3)
    array("KATEGORI grid on SAKIP", '=KATEGORI(%s;"SAKIP")' % put(12, 0, [[95, 31], [0, 100]]),
          [[Text("AA"), Text("C")], [Text("D"), Text("AA")]])
    array("KATEGORI mixed column", "=KATEGORI(%s)" % mixed,
          [[Text("Sangat Rendah")], [Err(VALUE)], [Blank()], [Blank()],
           [Text("Sangat Rendah")]])
    scale3 = put(14, 0, [[0, "Kurang", None], [70, "Baik", ">"], [85, "Sangat Baik", ">="]])
    scale2 = put(17, 0, [[10, "Rendah"], [50, "Tinggi"]])
    scale_gap = put(19, 0, [[10, "Rendah"], [None, None], [50, "Tinggi"], [None, None]])
    scale_unsorted = put(21, 0, [[50, "Tinggi"], [10, "Rendah"]])
    scale_textbound = put(23, 0, [["nol", "Rendah"], [50, "Tinggi"]])
    scale_nolabel = put(25, 0, [[10, None], [50, "Tinggi"]])
    scale_badmark = put(27, 0, [[10, "Rendah", "<"], [50, "Tinggi", None]])
    scale_1col = put(29, 0, [[10], [50]])
    scale_4col = put(31, 0, [[10, "Rendah", None, "x"], [50, "Tinggi", None, None]])
    scale_dup = put(33, 0, [[50, "A", ">"], [50, "B", None]])
    scale_errcell = put(35, 0, [[10, "Rendah"], ["=NA()", "Tinggi"]])
    vals = put(13, 0, [[70], [70.001], [85], [5]])
    array("KATEGORI custom 3-column scale (> and >=)", "=KATEGORI(%s;%s)" % (vals, scale3),
          [[Text("Kurang")], [Text("Kurang")], [Text("Sangat Baik")], [Text("Kurang")]])
    scalar("KATEGORI custom 2-column scale", "=KATEGORI(60;%s)" % scale2, Text("Tinggi"))
    scalar("KATEGORI value below the lowest bound -> #N/A", "=KATEGORI(5;%s)" % scale2,
           Err(NA))
    scalar("KATEGORI scale drawn with empty rows", "=KATEGORI(60;%s)" % scale_gap,
           Text("Tinggi"))
    scalar("KATEGORI unsorted scale -> Err:502", "=KATEGORI(60;%s)" % scale_unsorted, Err(ARG))
    scalar("KATEGORI text bound -> #VALUE!", "=KATEGORI(60;%s)" % scale_textbound, Err(VALUE))
    scalar("KATEGORI band without a label -> Err:502", "=KATEGORI(60;%s)" % scale_nolabel,
           Err(ARG))
    scalar("KATEGORI unknown bound marker -> Err:502", "=KATEGORI(60;%s)" % scale_badmark,
           Err(ARG))
    scalar("KATEGORI one-column scale -> Err:502", "=KATEGORI(60;%s)" % scale_1col, Err(ARG))
    scalar("KATEGORI four-column scale -> Err:502", "=KATEGORI(60;%s)" % scale_4col, Err(ARG))
    scalar("KATEGORI equal bounds > then >= -> Err:502", "=KATEGORI(60;%s)" % scale_dup,
           Err(ARG))
    scalar("KATEGORI scale holding an error: propagated", "=KATEGORI(60;%s)" % scale_errcell,
           Err(TOO_MANY))
    scalar("KATEGORI empty 3x1 range as scale -> Err:502", "=KATEGORI(60;%s)" % empty3,
           Err(ARG))
    scalar("KATEGORI 1x1 range as scale -> Err:502", "=KATEGORI(60;%s)" % one, Err(ARG))

    # INDEKS_SPBE: shapes of values and weights
    v4 = refs["VALUES"]
    v4row = put(38, 0, [[4, 3, 2, 1]])
    v4grid = put(38, 1, [[4, 3], [2, 1]])
    v8 = put(20, 40, [[4], [3], [5], [4], [4], [3], [2], [4]])
    v47 = put(21, 40, [[3]] * 47)
    v5 = put(22, 40, [[4], [3], [2], [1], [5]])
    p7 = put(23, 40, [[4], [3], [5], [4], [4], [3], [2]])
    p7zero = put(24, 40, [[4], [3], [5], [0], [4], [3], [2]])
    w4 = put(25, 40, [[13], [25], [16.5], [45.5]])
    w4frac = put(26, 40, [[0.13], [0.25], [0.165], [0.455]])
    w4row = put(38, 3, [[13, 25, 16.5, 45.5]])
    w4neg = put(27, 40, [[13], [-25], [16.5], [45.5]])
    w4zero = put(28, 40, [[0], [0], [0], [0]])
    w4text = put(29, 40, [[13], ["x"], [16.5], [45.5]])
    w4empty = put(30, 40, [[13], [None], [16.5], [45.5]])
    v4empty = put(31, 40, [[4], [None], [2], [1]])
    v4text = put(32, 40, [[4], ["x"], [2], [1]])
    v4high = put(33, 40, [[4], [5.01], [2], [1]])
    v4neg = put(34, 40, [[4], [-0.01], [2], [1]])
    idx4 = Num(spec.indeks([4, 3, 2, 1], spec.SPBE_DOMAIN_WEIGHTS))
    scalar("INDEKS_SPBE 4 domains", "=INDEKS_SPBE(%s)" % v4, idx4)
    scalar("INDEKS_SPBE 4 domains as a row", "=INDEKS_SPBE(%s)" % v4row, idx4)
    scalar("INDEKS_SPBE 4 domains as a 2x2 grid", "=INDEKS_SPBE(%s)" % v4grid, idx4)
    scalar("INDEKS_SPBE 8 aspects",
           "=INDEKS_SPBE(%s)" % v8, Num(spec.indeks([4, 3, 5, 4, 4, 3, 2, 4],
                                                    spec.SPBE_ASPECT_WEIGHTS)))
    scalar("INDEKS_SPBE 47 indicators", "=INDEKS_SPBE(%s)" % v47, Num(3))
    scalar("INDEKS_SPBE 5 values: no official weights", "=INDEKS_SPBE(%s)" % v5, Err(ARG))
    scalar("INDEKS_SPBE PEMDI 7", '=INDEKS_SPBE(%s;;"PEMDI")' % p7,
           Num(spec.indeks([4, 3, 5, 4, 4, 3, 2], spec.PEMDI_WEIGHTS)))
    scalar("INDEKS_SPBE PEMDI value 0 -> Err:502", '=INDEKS_SPBE(%s;;"PEMDI")' % p7zero,
           Err(ARG))
    scalar("INDEKS_SPBE percent weights", "=INDEKS_SPBE(%s;%s)" % (v4, w4), idx4)
    scalar("INDEKS_SPBE fraction weights", "=INDEKS_SPBE(%s;%s)" % (v4, w4frac), idx4)
    scalar("INDEKS_SPBE weights as a row against a column -> Err:502",
           "=INDEKS_SPBE(%s;%s)" % (v4, w4row), Err(ARG))
    scalar("INDEKS_SPBE weights of another size -> Err:502",
           "=INDEKS_SPBE(%s;%s)" % (v4, col3), Err(ARG))
    scalar("INDEKS_SPBE negative weight -> Err:502", "=INDEKS_SPBE(%s;%s)" % (v4, w4neg),
           Err(ARG))
    scalar("INDEKS_SPBE all-zero weights -> #DIV/0!", "=INDEKS_SPBE(%s;%s)" % (v4, w4zero),
           Err(DIV0))
    scalar("INDEKS_SPBE text weight -> #VALUE!", "=INDEKS_SPBE(%s;%s)" % (v4, w4text),
           Err(VALUE))
    scalar("INDEKS_SPBE empty weight -> Err:502", "=INDEKS_SPBE(%s;%s)" % (v4, w4empty),
           Err(ARG))
    scalar("INDEKS_SPBE empty value -> #N/A", "=INDEKS_SPBE(%s)" % v4empty, Err(NA))
    scalar("INDEKS_SPBE text value -> #VALUE!", "=INDEKS_SPBE(%s)" % v4text, Err(VALUE))
    scalar("INDEKS_SPBE value above 5 -> Err:502", "=INDEKS_SPBE(%s)" % v4high, Err(ARG))
    scalar("INDEKS_SPBE value below 0 -> Err:502", "=INDEKS_SPBE(%s)" % v4neg, Err(ARG))
    scalar("INDEKS_SPBE values holding an error: propagated",
           "=INDEKS_SPBE(%s)" % put(35, 40, [[4], ["=1/0"], [2], [1]]), Err(TOO_MANY))
    scalar("INDEKS_SPBE kerangka as a range -> Err:502",
           "=INDEKS_SPBE(%s;;%s)" % (v4, col3), Err(ARG))

    # SELISIH_RINCIAN and REKAP_TRIWULAN over ranges
    parts = refs["PARTS"]
    parts_mixed = put(36, 40, [[1000], [None], ["=\"\""], [2500]])
    parts_text = put(37, 40, [[1000], ["x"]])
    parts_frac = put(38, 40, [[1000], [0.5]])
    totals = put(39, 40, [[83548236], [81487214], [0]])
    scalar("SELISIH_RINCIAN against the seed's parts",
           "=SELISIH_RINCIAN(81487214;%s)" % parts, Num(81487214 - PARTS_SUM))
    scalar("SELISIH_RINCIAN empty parts are not counted",
           "=SELISIH_RINCIAN(5000;%s)" % parts_mixed, Num(1500))
    scalar("SELISIH_RINCIAN text part -> #VALUE!", "=SELISIH_RINCIAN(5000;%s)" % parts_text,
           Err(VALUE))
    scalar("SELISIH_RINCIAN part with sen -> Err:502",
           "=SELISIH_RINCIAN(5000;%s)" % parts_frac, Err(ARG))
    scalar("SELISIH_RINCIAN parts of empty cells", "=SELISIH_RINCIAN(7;%s)" % empty3, Num(7))
    array("SELISIH_RINCIAN a column of totals", "=SELISIH_RINCIAN(%s;%s)" % (totals, parts),
          [[Num(0)], [Num(81487214 - PARTS_SUM)], [Num(-PARTS_SUM)]])
    q34 = put(41, 40, [[1, 2, 3, 4], [5, None, 7, None], [None, None, None, None]])
    q_text = put(42, 44, [[1, "x", 3, 4]])
    q5 = put(43, 44, [[1, 2, 3, 4, 5]])
    jenis3 = put(45, 40, [["JUMLAH"], ["AKHIR"], [1]])
    array("REKAP_TRIWULAN 3 rows, JUMLAH", '=REKAP_TRIWULAN(%s;"JUMLAH")' % q34,
          [[Num(10)], [Num(12)], [Blank()]])
    array("REKAP_TRIWULAN 3 rows, per-row jenis", "=REKAP_TRIWULAN(%s;%s)" % (q34, jenis3),
          [[Num(10)], [Num(7)], [Blank()]])
    scalar("REKAP_TRIWULAN quarters as a column is one row",
           '=REKAP_TRIWULAN(%s;"AKHIR")' % put(46, 40, [[1], [2], [3], [None]]), Num(3))
    scalar("REKAP_TRIWULAN text quarter -> #VALUE!", '=REKAP_TRIWULAN(%s;1)' % q_text,
           Err(VALUE))
    scalar("REKAP_TRIWULAN five quarters -> Err:502", '=REKAP_TRIWULAN(%s;1)' % q5, Err(ARG))
    scalar("REKAP_TRIWULAN jenis rows do not match -> Err:502",
           "=REKAP_TRIWULAN(%s;%s)" % (q34, col2), Err(ARG))

    # unknown names and wrong argument counts
    scalar("unknown function -> #NAME?", "=CAPAIAN_X(1;2)", Err(525))
    scalar("unknown function, near name -> #NAME?", "=KATEGORY(50)", Err(525))
    scalar("CAPAIAN with 4 arguments -> Err:504", "=CAPAIAN(4;3;1;1)", Err(TOO_MANY))
    scalar("SERAPAN with 3 arguments -> Err:504", "=SERAPAN(4;3;1)", Err(TOO_MANY))
    scalar("KATEGORI with 3 arguments -> Err:504", "=KATEGORI(4;3;1)", Err(TOO_MANY))
    scalar("INDEKS_SPBE with 4 arguments -> Err:504",
           "=INDEKS_SPBE(%s;;;1)" % v4, Err(TOO_MANY))
    for fname, sig in SIGNATURES.items():
        scalar("%s() with no arguments -> Err:502" % fname, "=%s()" % fname, Err(ARG))
    return n


def whole_columns(b, refs):
    """Whole-column arguments whose result is one number or label (cheap;
    array results with text over 1 048 576 rows take about a minute)."""
    n = 0
    # Columns BA..BE hold nothing but these few cells.
    b.put(52, 0, 4)
    b.put(52, 1, 3)
    b.put(52, 2, 2)
    b.put(52, 3, 1)
    for r, v in enumerate([16705000, 15300370, 20760750, 905000, 29877116]):
        b.put(53, r, v)
    b.put_rows(54, 0, [[0, "Kurang", None], [70, "Baik", ">"]])
    t0 = time.monotonic()
    b.check("INDEKS_SPBE over a whole column: its empty cells -> #N/A",
            "=INDEKS_SPBE($BA:$BA)", Err(NA))
    b.check("SELISIH_RINCIAN over a whole column: empty cells not counted",
            "=SELISIH_RINCIAN(83548236;$BB:$BB)", Num(0))
    b.check("KATEGORI with a whole-column custom scale (3 columns)",
            "=KATEGORI(80;$BC:$BE)", Text("Baik"))
    n += 3
    return n, t0


def build(calc, report, with_whole_columns=True):
    """The matrix on one Batch; returns (batch, formula count)."""
    b = Batch(calc, report)
    refs = {
        "VALUES": b.put_rows(60, 0, [[4], [3], [2], [1]]),
        "PARTS": b.put_rows(61, 0, [[v] for v in PARTS]),
        "QUARTERS": b.put_rows(62, 0, [[1, 2, 3, 4]]),
    }
    n = scalar_matrix(b, refs)
    n += range_matrix(b, refs)
    if with_whole_columns:
        n += whole_columns(b, refs)[0]
    return b, n


def matrix(calc, report):
    t0 = time.monotonic()
    b, n = build(calc, report)
    t1 = time.monotonic()
    elements = sum(len(c) for _, _, c in b.checks)
    b.run()
    t2 = time.monotonic()
    print("  bad-input matrix: %d formulas (%d checked cells), built in %.1f s, "
          "recalculated and checked in %.1f s" % (n, elements, t1 - t0, t2 - t1))
    report.ok("the matrix has at least 200 formulas", n >= 200, "%d" % n)


def simpan(calc, report, path):
    """Stores the matrix sheet (no whole columns) as .ods, for valgrind."""
    b, n = build(calc, report, with_whole_columns=False)
    calc.store(b.doc, path, "calc8")
    b.doc.close(True)
    print("stored %d formulas in %s" % (n, path))


SECTIONS = [matrix]

if __name__ == "__main__":
    if "--simpan" in sys.argv:
        i = sys.argv.index("--simpan")
        target = sys.argv[i + 1]
        del sys.argv[i:i + 2]

        def store_section(calc, report):
            simpan(calc, report, target)
        store_section.__name__ = "simpan"
        SECTIONS = [store_section]
    checks.run_program("e2e_masukan_buruk", __doc__, SECTIONS, budget=360)
