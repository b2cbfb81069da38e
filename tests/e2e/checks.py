"""Assertions over real Calc cells, batched, and the test-program runner.

A test program is a list of sections (functions taking (calc, report)).  A
section fills a sheet with input cells and formulas through a Batch, Calc
recalculates once, and every formula cell is compared with what the spec
says (an Expect).  Every check counts; the program ends with the line
"N passed, N failed" and a non-zero status if anything failed.
"""

import argparse
import os
import sys
import time
import traceback
from decimal import Decimal

import harness

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402

# com.sun.star.sheet.FormulaResult
RESULT_VALUE, RESULT_STRING, RESULT_ERROR = 1, 2, 4

ERROR_NAMES = {
    0: "no error", 502: "Err:502", 503: "#NUM!", 504: "Err:504",
    519: "#VALUE!", 523: "Err:523", 525: "#NAME?", 532: "#DIV/0!",
    32767: "#N/A",
}
DIV0, ARG, VALUE, NA = 532, 502, 519, 32767


def error_name(code):
    return ERROR_NAMES.get(code, "Err:%d" % code)


class Observed:
    """What a formula cell shows after recalculation."""

    def __init__(self, cell):
        self.error = cell.getError()
        self.kind = cell.FormulaResultType2
        self.value = cell.getValue()
        self.text = cell.getString()

    def __str__(self):
        if self.error:
            return error_name(self.error)
        if self.kind == RESULT_STRING:
            return "text %r" % self.text
        return "number %r" % self.value


def to_decimal(x):
    return x if isinstance(x, Decimal) else Decimal(str(x)) if isinstance(x, str) else Decimal(x)


class Expect:
    def test(self, obs):
        """(passed, description of the expectation)"""
        raise NotImplementedError


class Num(Expect):
    """A number equal to `expected` to 10 decimals (relative to the
    magnitude above 1): the add-in returns full precision, and a quotient in
    binary floating point differs from the exact one by a few ulps."""

    def __init__(self, expected, rel=Decimal("1e-10")):
        self.expected = to_decimal(expected)
        self.rel = rel

    def test(self, obs):
        desc = "number %s" % self.expected
        if obs.error or obs.kind != RESULT_VALUE:
            return False, desc
        tol = self.rel * max(Decimal(1), abs(self.expected))
        return abs(Decimal(obs.value) - self.expected) <= tol, desc


class Exact(Expect):
    """Exactly this double (for ROUND(...;2) results and exact arithmetic)."""

    def __init__(self, expected):
        self.expected = float(expected)

    def test(self, obs):
        desc = "exactly %r" % self.expected
        return (not obs.error and obs.kind == RESULT_VALUE
                and obs.value == self.expected), desc


class Text(Expect):
    def __init__(self, expected):
        self.expected = expected

    def test(self, obs):
        return (not obs.error and obs.kind == RESULT_STRING
                and obs.text == self.expected), "text %r" % self.expected


class Blank(Text):
    """The empty result "" that makes a cell look blank."""

    def __init__(self):
        super().__init__("")


class Err(Expect):
    def __init__(self, code):
        self.code = code

    def test(self, obs):
        return obs.error == self.code, error_name(self.code)


class AnyError(Expect):
    """Some error value (where the spec only says "not a number")."""

    def test(self, obs):
        return obs.error != 0, "an error value"


# The check record every Python test shares (tests/catatan.py).
Report = catatan.Catatan


def col_name(index):
    """0 -> A, 26 -> AA"""
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def addr(col, row):
    """0-based column and row -> "$A$1" style absolute address."""
    return "$%s$%d" % (col_name(col), row + 1)


class Batch:
    """Input cells and checked formulas on one sheet, recalculated at once.

    Inputs live in columns A..AN; each scalar check takes the next row of
    column AP, each array check a block starting at column AR."""

    RESULT_COL = 41   # AP
    ARRAY_COL = 43    # AR

    def __init__(self, calc, report, doc=None):
        self.calc = calc
        self.report = report
        self.doc = doc or calc.new_document()
        self.own_doc = doc is None
        self.sheet = self.doc.Sheets.getByIndex(0)
        self.checks = []
        self.row = 0
        self.array_row = 0

    def cell(self, col, row):
        return self.sheet.getCellByPosition(col, row)

    def put(self, col, row, value):
        """Number, text, formula ("=..."), or None for an empty cell."""
        c = self.cell(col, row)
        if value is None:
            c.setString("")
            c.setFormula("")
        elif isinstance(value, str) and value.startswith("="):
            c.setFormula(value)
        elif isinstance(value, str):
            c.setString(value)
        else:
            c.setValue(float(value))
        return addr(col, row)

    def put_rows(self, col, row, rows):
        """A block of values; returns its absolute range address."""
        for r, values in enumerate(rows):
            for k, v in enumerate(values):
                self.put(col + k, row + r, v)
        width = max(len(v) for v in rows)
        return "%s:%s" % (addr(col, row), addr(col + width - 1, row + len(rows) - 1))

    def check(self, name, formula, expect):
        cell = self.cell(self.RESULT_COL, self.row)
        self.row += 1
        cell.setFormula(formula)
        self.checks.append((name, formula, [(cell, expect)]))

    def check_number_arguments(self, function, arguments, optional=0):
        """The rules every add-in function keeps for its number arguments
        (docs/aturan.md, "Errors are values"): text where a number belongs
        gives #VALUE!, an empty text (a realisasi not yet entered) a blank
        result; leaving out the last required argument gives Err:502, and
        one argument more than the IDL signature Err:504 from Calc itself.
        arguments: (name, valid value as formula text) for each required
        argument, in order; optional: how many optional ones follow."""
        values = [v for _, v in arguments]

        def call(vals):
            return "=%s(%s)" % (function, ";".join(vals))

        for i, (name, _) in enumerate(arguments):
            for text, kind, shown, expect in (('"teks"', "text", "#VALUE!", Err(VALUE)),
                                              ('""', "empty text", "blank", Blank())):
                vals = values[:i] + [text] + values[i + 1:]
                self.check("%s: %s %s -> %s" % (function, kind, name, shown),
                           call(vals), expect)
        self.check("%s: missing %s -> Err:502" % (function, arguments[-1][0]),
                   call(values[:-1]), Err(ARG))
        self.check("%s: too many arguments -> Err:504" % function,
                   call(values + ["1"] * (optional + 1)), Err(504))

    def check_array(self, name, formula, expects):
        """An array formula over a block the shape of `expects` (rows of
        Expect); each element is checked."""
        rows, cols = len(expects), len(expects[0])
        rng = self.sheet.getCellRangeByPosition(self.ARRAY_COL, self.array_row,
                                                self.ARRAY_COL + cols - 1,
                                                self.array_row + rows - 1)
        rng.setArrayFormula(formula)
        cells = []
        for r in range(rows):
            for k in range(cols):
                cells.append((self.cell(self.ARRAY_COL + k, self.array_row + r),
                              expects[r][k]))
        self.array_row += rows + 1
        self.checks.append((name, "{%s}" % formula, cells))

    def run(self, close=True):
        self.doc.calculateAll()
        for name, formula, cells in self.checks:
            for i, (cell, expect) in enumerate(cells):
                obs = Observed(cell)
                passed, desc = expect.test(obs)
                label = name if len(cells) == 1 else "%s [element %d]" % (name, i + 1)
                self.report.ok(label, passed,
                               "%s: expected %s, got %s" % (formula, desc, obs))
        self.checks = []
        if close and self.own_doc:
            self.doc.close(True)


def parse_args(description):
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--oxt", required=True, help="the built kinerja-calc-*.oxt")
    p.add_argument("--soffice", help="soffice to use (default: from PATH)")
    p.add_argument("--keep", action="store_true",
                   help="keep the throwaway profile and logs for inspection")
    p.add_argument("--only", help="run only sections whose name contains this")
    p.add_argument("--generator", help="the built kinerja-template (tests of its workbooks)")
    return p.parse_args()


def run_program(label, description, sections, locale="en-US", system_locale=None,
                budget=300, after_sections=None):
    """Runs the sections in one soffice; a section that raises counts as a
    failure, and if soffice died it is reported and restarted."""
    args = parse_args(description)
    report = Report(label)
    started = time.monotonic()
    try:
        calc = harness.CalcSession(args.oxt, locale=locale, system_locale=system_locale,
                                   budget=budget, label=label, soffice=args.soffice,
                                   keep=args.keep)
        calc.watchdog.report = report
        calc.__enter__()
    except harness.HarnessError as e:
        harness.die(str(e))
    try:
        for section in sections:
            name = section.__name__
            if args.only and args.only not in name:
                continue
            report.section = name
            t0 = time.monotonic()
            try:
                section(calc, report)
            except Exception as e:  # a UNO exception or a harness error
                report.fail("section raised", "%s\n%s" % (e, traceback.format_exc()))
            if not calc.alive():
                report.fail("soffice died during this section (crash in the add-in?)")
                calc.stop()
                calc.start()
            print("  %-36s %6.1f s" % (name, time.monotonic() - t0), flush=True)
        report.section = "end"
        report.ok("soffice still alive at the end", calc.alive())
        if after_sections:
            report.section = after_sections.__name__
            try:
                after_sections(calc, report)
            except Exception as e:
                report.fail("section raised", "%s\n%s" % (e, traceback.format_exc()))
    finally:
        calc.close()
    print("%s took %.1f s" % (label, time.monotonic() - started))
    sys.exit(report.summary())


def here(*parts):
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), *parts)
