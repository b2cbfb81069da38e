#!/usr/bin/python3
"""e2e_fungsi: every function, every argument form, every error rule
(docs/aturan.md, "Errors are values"), every preset band edge, array results
and the bad-input matrix, in real headless Calc with the built .oxt
installed.

Expected values come from spec.py (the rules of docs/aturan.md written down
as data and Python decimal arithmetic) and from the error rules, never from
the add-in's own output.  The session runs with ooLocale id-ID and the
Indonesian system locale, as the staff who use it do.
"""

import time
from decimal import Decimal

import checks
from checks import (ARG, DIV0, NA, VALUE, AnyError, Batch, Blank, Err, Exact,
                    Num, Text, addr)
import spec
from spec import D


def call(name, *args):
    """A formula call in the API grammar (';' separators, '.' decimals)."""
    return "%s(%s)" % (name, ";".join(str(a) for a in args))


def q(text):
    return '"%s"' % text


def rounded2(x):
    """The double that Calc's ROUND(x;2) gives for the exact value x."""
    return Exact(spec.half_up(x))


# ---------------------------------------------------------------------------
def formula_api(calc, report):
    """Which ways of entering an add-in formula work (docs/calc.md)."""
    doc = calc.new_document()
    sheet = doc.Sheets.getByIndex(0)
    expected = spec.capaian(D("3.75"), D("4.16"))
    forms = [
        ("setFormula, display name", "formula", "=CAPAIAN(3.75;4.16)"),
        ("setFormula, programmatic name", "formula", "=id.kinerja.Fungsi.CAPAIAN(3.75;4.16)"),
        ("setFormula, file name (upper case)", "formula", "=ID.KINERJA.FUNGSI.CAPAIAN(3.75;4.16)"),
        ("FormulaLocal id-ID, display name", "local", "=CAPAIAN(3,75;4,16)"),
        ("FormulaLocal id-ID, lower-case display name", "local", "=capaian(3,75;4,16)"),
    ]
    cells = []
    for row, (name, how, text) in enumerate(forms):
        cell = sheet.getCellByPosition(0, row)
        if how == "formula":
            cell.setFormula(text)
        else:
            cell.FormulaLocal = text
        cells.append((name, text, cell))
    # FormulaLocal with the programmatic name: Calc's own add-ins give
    # #NAME? there (typed formulas know display names only); reported, not
    # asserted, since it is not a promise of the add-in.
    probe = sheet.getCellByPosition(1, 0)
    probe.FormulaLocal = "=id.kinerja.Fungsi.CAPAIAN(3,75;4,16)"
    doc.calculateAll()
    for name, text, cell in cells:
        obs = checks.Observed(cell)
        passed, desc = Num(expected).test(obs)
        report.ok(name, passed, "%s: expected %s, got %s" % (text, desc, obs))
    print("  quirk: FormulaLocal with the programmatic name gives %s"
          % checks.Observed(probe))
    stored = cells[0][2].getFormula()
    report.ok("getFormula() shows the internal name ID.KINERJA.FUNGSI.CAPAIAN",
              stored.upper().startswith("=ID.KINERJA.FUNGSI.CAPAIAN("), stored)
    local = cells[0][2].FormulaLocal
    report.ok("FormulaLocal shows the display name CAPAIAN", local.startswith("=CAPAIAN("),
              local)
    # XFormulaParser resolves the display name to the add-in's programmatic
    # name (an external-call token whose data is SERVICE.method).
    try:
        parser = doc.createInstance("com.sun.star.sheet.FormulaParser")
        parser.CompileEnglish = True
        cell_addr = sheet.getCellByPosition(0, 0).CellAddress
        tokens = parser.parseFormula("=CAPAIAN(4;5)", cell_addr)
        data = [t.Data for t in tokens if isinstance(t.Data, str)]
        report.ok("XFormulaParser resolves CAPAIAN to id.kinerja.Fungsi.CAPAIAN",
                  "id.kinerja.Fungsi.CAPAIAN" in data, str(data))
        tokens = parser.parseFormula("=id.kinerja.Fungsi.CAPAIAN(4;5)", cell_addr)
        print("  quirk: XFormulaParser leaves the programmatic name unresolved: %s"
              % [(t.OpCode, t.Data) for t in tokens][:1])
    except Exception as e:
        report.fail("XFormulaParser", str(e))
    doc.close(True)


# ---------------------------------------------------------------------------
def capaian_forms(calc, report):
    b = Batch(calc, report)
    t, r = b.put(0, 0, 3.75), b.put(1, 0, 4.16)
    up = spec.capaian(D("3.75"), D("4.16"))
    down = spec.capaian(D("3.75"), D("4.16"), 2)
    for arah, exp in [(None, up), (1, up), (2, down), (q("NAIK"), up), (q("naik"), up),
                      (q("Naik"), up), (q("TURUN"), down), (q("turun"), down),
                      (q("TuRuN"), down)]:
        args = (t, r) if arah is None else (t, r, arah)
        b.check("CAPAIAN arah %s" % arah, "=" + call("CAPAIAN", *args), Num(exp))
    b.check("CAPAIAN with an empty arah argument is rumus 1",
            "=CAPAIAN(%s;%s;)" % (t, r), Num(up))
    b.check("ROUND(CAPAIAN(3.75;4.16);2) is the seed's 110.93",
            "=ROUND(CAPAIAN(%s;%s);2)" % (t, r), Exact("110.93"))
    # Literal numbers instead of cells.
    b.check("CAPAIAN(10;8;2) = 120", "=CAPAIAN(10;8;2)", Num(spec.capaian(10, 8, 2)))
    b.check("CAPAIAN(10;12;\"TURUN\") = 80", '=CAPAIAN(10;12;"TURUN")', Num(80))
    b.check("no cap: CAPAIAN(2;9) = 450", "=CAPAIAN(2;9)", Num(450))
    b.check("no floor under rumus 2: CAPAIAN(10;25;2) = -50", "=CAPAIAN(10;25;2)", Num(-50))
    b.check("realisasi 0 under rumus 1 is 0 %", "=CAPAIAN(10;0)", Num(0))
    b.check("realisasi 0 under rumus 2 is 200 %", "=CAPAIAN(10;0;2)", Num(200))
    b.check("TRUE() arrives as 1", "=CAPAIAN(TRUE();1)", Num(100))
    # The error rules (docs/aturan.md, "Errors are values").
    b.check("target 0 -> #DIV/0!", "=CAPAIAN(0;5)", Err(DIV0))
    b.check("target 0 under rumus 2 -> #DIV/0!", "=CAPAIAN(0;5;2)", Err(DIV0))
    b.check("negative target -> Err:502", "=CAPAIAN(-4;5)", Err(ARG))
    b.check("negative target under rumus 2 -> Err:502", '=CAPAIAN(-4;5;"TURUN")', Err(ARG))
    b.check("unknown arah name -> Err:502", '=CAPAIAN(4;5;"NAIK_TURUN")', Err(ARG))
    b.check("unknown arah number 3 -> Err:502", "=CAPAIAN(4;5;3)", Err(ARG))
    b.check_number_arguments("CAPAIAN", [("target", "4"), ("realisasi", "5")], optional=1)
    b.check("numeric text is still text -> #VALUE!", '=CAPAIAN("4";5)', Err(VALUE))
    b.check("empty text realisasi under rumus 2 -> blank (not 200 %)",
            '=CAPAIAN(4;"";2)', Blank())
    # A formula that gives "" (realisasi not yet entered) and a single empty
    # cell (Calc passes it as 0: the documented trap).
    blank_src = b.put(2, 0, '=""')
    empty = addr(3, 0)  # never written: an empty cell
    b.check("realisasi from a formula giving \"\" -> blank",
            "=CAPAIAN(4;%s)" % blank_src, Blank())
    b.check("a single empty realisasi cell counts as 0 (documented trap)",
            "=CAPAIAN(4;%s)" % empty, Num(0))
    b.check("a single empty target cell counts as 0 -> #DIV/0!",
            "=CAPAIAN(%s;4)" % empty, Err(DIV0))
    # An empty arah cell arrives as 0 too; a template's empty arah column
    # must mean "omitted" (rumus 1), not an error.
    b.check("an empty arah cell is rumus 1", "=CAPAIAN(4;5;%s)" % empty,
            Num(spec.capaian(4, 5)))
    # Blanks propagate into KATEGORI.
    blank_cap = b.put(4, 0, '=CAPAIAN(4;"")')
    b.check("KATEGORI of a blank CAPAIAN cell is blank", "=KATEGORI(%s)" % blank_cap,
            Blank())
    b.check("KATEGORI of a blank CAPAIAN cell on BERHASIL is blank",
            '=KATEGORI(%s;"BERHASIL")' % blank_cap, Blank())
    b.check("KATEGORI(CAPAIAN(4;\"\")) nested is blank", '=KATEGORI(CAPAIAN(4;""))', Blank())
    b.run()


def serapan_forms(calc, report):
    b = Batch(calc, report)
    b.check("SERAPAN(4000000;905000) = 22.625", "=SERAPAN(4000000;905000)", Num("22.625"))
    b.check("ROUND(SERAPAN(4000000;905000);2) = 22.63 (half up, seed Tabel 3.5)",
            "=ROUND(SERAPAN(4000000;905000);2)", Exact("22.63"))
    b.check("realisasi above pagu is over 100 %", "=SERAPAN(100;150)", Num(150))
    b.check("realisasi 0 is 0 %", "=SERAPAN(100;0)", Num(0))
    b.check("pagu 0 -> #DIV/0!", "=SERAPAN(0;5)", Err(DIV0))
    # docs/aturan.md: serapan is the arithmetic of rumus 1, whose negative
    # target is an argument error.
    b.check("negative pagu -> Err:502", "=SERAPAN(-100;5)", Err(ARG))
    b.check_number_arguments("SERAPAN", [("pagu", "100"), ("realisasi", "5")])
    b.run()


def efisiensi_forms(calc, report):
    b = Batch(calc, report)
    k, a = D("110.93"), D("96.25")
    ratio, diff = spec.efisiensi(k, a), spec.efisiensi(k, a, "SELISIH")
    for metode, exp in [(None, ratio), ("RASIO", ratio), ("rasio", ratio), ("RaSiO", ratio),
                        ("SELISIH", diff), ("selisih", diff), ("Selisih", diff)]:
        f = "=EFISIENSI(110.93;96.25)" if metode is None else \
            '=EFISIENSI(110.93;96.25;"%s")' % metode
        b.check("EFISIENSI metode %s" % metode, f, Num(exp))
    b.check("EFISIENSI with an empty metode argument is RASIO",
            "=EFISIENSI(110.93;96.25;)", Num(ratio))
    b.check("ROUND(EFISIENSI(110.93;96.25);2) = 1.15 (seed Tabel 3.8)",
            "=ROUND(EFISIENSI(110.93;96.25);2)", Exact("1.15"))
    b.check("SELISIH may be negative", '=EFISIENSI(90;96.25;"SELISIH")',
            Num(D(90) - D("96.25")))
    b.check("capaian anggaran 0 -> #DIV/0!", "=EFISIENSI(110.93;0)", Err(DIV0))
    b.check("capaian anggaran 0 with RASIO -> #DIV/0!", '=EFISIENSI(110.93;0;"RASIO")',
            Err(DIV0))
    b.check("unknown metode -> Err:502", '=EFISIENSI(110.93;96.25;"BAGI")', Err(ARG))
    b.check_number_arguments("EFISIENSI", [("kinerja", "110.93"), ("anggaran", "96.25")],
                             optional=1)
    b.run()


# ---------------------------------------------------------------------------
def kategori_presets(calc, report):
    """Every band edge of every preset (docs/aturan.md table), the preset name in
    mixed case, upper case and lower case; the default is TINGKAT."""
    b = Batch(calc, report)
    for name, (bands, domain) in spec.SCALES.items():
        values = spec.band_edge_values(bands, domain)
        for i, v in enumerate(values):
            label = spec.kategori(v, bands)
            expect = Text(label) if label else Err(NA)
            spelling = [spec.mixed_case(name), name, name.lower()][i % 3]
            b.check("KATEGORI(%s;%s)" % (v, spelling),
                    '=KATEGORI(%s;"%s")' % (v, spelling), expect)
    for v in spec.band_edge_values(*spec.SCALES["TINGKAT"]):
        b.check("KATEGORI(%s) default scale TINGKAT" % v, "=KATEGORI(%s)" % v,
                Text(spec.kategori(v, spec.SCALES["TINGKAT"][0])))
    # Examples named in docs/aturan.md and the example report.
    for v, scale, label in [("90", "TINGKAT", "Tinggi"), ("90.001", "TINGKAT", "Tinggi"),
                            ("90.005", "TINGKAT", "Sangat Tinggi"),
                            ("4.195", "SPBE", "Memuaskan"), ("4.16", "SPBE", "Sangat Baik"),
                            ("96.25", "TINGKAT", "Sangat Tinggi"),
                            ("110.93", "BERHASIL", "Sangat Berhasil"),
                            ("1.15", "EFISIENSI", "Efisien"), ("85.20", "SAKIP", "A"),
                            ("76", "SAKIP", "BB"), ("84.24", "IP_ASN", "Tinggi"),
                            ("90", "IP_ASN", "Tinggi"), ("1000", "TINGKAT", "Sangat Tinggi"),
                            ("-20", "TINGKAT", "Sangat Rendah"),
                            ("450", "BERHASIL", "Sangat Berhasil")]:
        b.check("rule example KATEGORI(%s;%s) = %s" % (v, scale, label),
                '=KATEGORI(%s;"%s")' % (v, scale), Text(label))
    # Domains: SPBE 0-5, PEMDI 1-5, SAKIP and IP_ASN 0-100; outside -> Err:502.
    for v, scale, expect in [("5", "SPBE", Text("Memuaskan")), ("0", "SPBE", Text("Kurang")),
                             ("5.01", "SPBE", Err(ARG)), ("-0.01", "SPBE", Err(ARG)),
                             ("6", "SPBE", Err(ARG)), ("-1", "SPBE", Err(ARG)),
                             ("5", "PEMDI", Text("Memuaskan")), ("1", "PEMDI", Text("Kurang")),
                             ("0.99", "PEMDI", Err(ARG)), ("0", "PEMDI", Err(ARG)),
                             ("5.01", "PEMDI", Err(ARG)),
                             ("100", "SAKIP", Text("AA")), ("0", "SAKIP", Text("D")),
                             ("100.01", "SAKIP", Err(ARG)), ("-0.01", "SAKIP", Err(ARG)),
                             ("100", "IP_ASN", Text("Sangat Tinggi")),
                             ("0", "IP_ASN", Text("Sangat Rendah")),
                             ("100.01", "IP_ASN", Err(ARG)), ("-5", "IP_ASN", Err(ARG))]:
        b.check("domain KATEGORI(%s;%s)" % (v, scale), '=KATEGORI(%s;"%s")' % (v, scale),
                expect)
    b.check("unknown scale name -> Err:502", '=KATEGORI(80;"TINGGI_SEKALI")', Err(ARG))
    b.check("text nilai -> #VALUE!", '=KATEGORI("delapan puluh")', Err(VALUE))
    b.check("empty text nilai -> blank", '=KATEGORI("")', Blank())
    b.check("empty text nilai on a preset -> blank", '=KATEGORI("";"SPBE")', Blank())
    b.check("missing nilai -> Err:502", "=KATEGORI()", Err(ARG))
    b.run()


def kategori_custom(calc, report):
    """A scale given as a range: lower bound | label | optional '>'."""
    b = Batch(calc, report)
    two = b.put_rows(0, 0, [[0, "Kurang"], [50, "Cukup"], [80, "Baik"]])
    three = b.put_rows(3, 0, [[0, "D", None], [50, "C", ">"], [80, "A", ">"]])
    excl_bottom = b.put_rows(7, 0, [[0, "Ada", ">"], [10, "Banyak", None]])
    bands2 = [(D(0), False, "Kurang"), (D(50), False, "Cukup"), (D(80), False, "Baik")]
    bands3 = [(D(0), False, "D"), (D(50), True, "C"), (D(80), True, "A")]
    bands_eb = [(D(0), True, "Ada"), (D(10), False, "Banyak")]
    for rng, bands, label in [(two, bands2, "2 columns"), (three, bands3, "3 columns"),
                              (excl_bottom, bands_eb, "exclusive lowest bound")]:
        values = spec.band_edge_values(bands, None)
        values += [v for v in (D(-1), D("-0.01"), D(1000)) if v not in values]
        for v in values:
            expected = spec.kategori(v, bands)
            b.check("custom %s KATEGORI(%s)" % (label, v), "=KATEGORI(%s;%s)" % (v, rng),
                    Text(expected) if expected else Err(NA))
    # A scale must ascend and have labels (skala.h).
    descending = b.put_rows(10, 0, [[80, "Baik"], [50, "Cukup"], [0, "Kurang"]])
    no_label = b.put_rows(13, 0, [[0, "Kurang"], [50, None], [80, "Baik"]])
    b.check("descending custom scale -> Err:502", "=KATEGORI(60;%s)" % descending, Err(ARG))
    b.check("custom scale with an empty label -> Err:502", "=KATEGORI(60;%s)" % no_label,
            Err(ARG))
    b.check("empty text nilai on a custom scale -> blank", '=KATEGORI("";%s)' % two, Blank())
    # The value may itself come from another function: rounded look-up.
    b.check("custom scale on CAPAIAN(4;3.2)=80 -> Baik", "=KATEGORI(CAPAIAN(4;3.2);%s)" % two,
            Text("Baik"))
    b.check("custom scale on CAPAIAN(3;1.5) = 50 exactly, '>' -> D",
            "=KATEGORI(CAPAIAN(3;1.5);%s)" % three, Text("D"))
    b.run()


# ---------------------------------------------------------------------------
def indeks_spbe(calc, report):
    b = Batch(calc, report)
    dom_vals = [D("4.5"), D("3.83"), D("4.06"), D("4.16")]
    asp_vals = [D(4), D("3.5"), D(5), D("4.25"), D(3), D("2.5"), D("4.75"), D(4)]
    ind_vals = [D(i % 6) for i in range(47)]  # 0..5 cycling
    pemdi_vals = [D(1), D(2), D(3), D(4), D(5), D("4.5"), D("3.5")]
    col = b.put_rows(0, 0, [[v] for v in dom_vals])
    row = b.put_rows(20, 0, [dom_vals])
    asp = b.put_rows(2, 0, [[v] for v in asp_vals])
    ind = b.put_rows(3, 0, [[v] for v in ind_vals])
    pem = b.put_rows(4, 0, [[v] for v in pemdi_vals])
    w_pct = b.put_rows(5, 0, [[w] for w in spec.SPBE_DOMAIN_WEIGHTS])
    w_frac = b.put_rows(6, 0, [[w / 100] for w in spec.SPBE_DOMAIN_WEIGHTS])
    w_own = b.put_rows(7, 0, [[1], [2], [3], [4]])
    w_row = b.put_rows(20, 1, [spec.SPBE_DOMAIN_WEIGHTS])

    dom_idx = spec.indeks(dom_vals, spec.SPBE_DOMAIN_WEIGHTS)
    b.check("4 domain values, official weights", "=INDEKS_SPBE(%s)" % col, Num(dom_idx))
    b.check("4 domain values in a row, official weights", "=INDEKS_SPBE(%s)" % row,
            Num(dom_idx))
    b.check("4 values, kerangka SPBE explicit", '=INDEKS_SPBE(%s;;"SPBE")' % col, Num(dom_idx))
    b.check("4 values, kerangka spbe lower case", '=INDEKS_SPBE(%s;;"spbe")' % col,
            Num(dom_idx))
    b.check("explicit weights in percent", "=INDEKS_SPBE(%s;%s)" % (col, w_pct), Num(dom_idx))
    b.check("explicit weights as fractions", "=INDEKS_SPBE(%s;%s)" % (col, w_frac),
            Num(dom_idx))
    b.check("explicit weights in a row", "=INDEKS_SPBE(%s;%s)" % (row, w_row), Num(dom_idx))
    b.check("own weights 1,2,3,4", "=INDEKS_SPBE(%s;%s)" % (col, w_own),
            Num(spec.indeks(dom_vals, [1, 2, 3, 4])))
    b.check("8 aspect values, official weights", "=INDEKS_SPBE(%s)" % asp,
            Num(spec.indeks(asp_vals, spec.SPBE_ASPECT_WEIGHTS)))
    b.check("47 indicator values, official weights", "=INDEKS_SPBE(%s)" % ind,
            Num(spec.indeks(ind_vals, spec.SPBE_INDICATOR_WEIGHTS)))
    pem_idx = spec.indeks(pemdi_vals, spec.PEMDI_WEIGHTS)
    b.check("PEMDI 7 aspects", '=INDEKS_SPBE(%s;;"PEMDI")' % pem, Num(pem_idx))
    b.check("PEMDI 7 aspects, kerangka in mixed case", '=INDEKS_SPBE(%s;;"Pemdi")' % pem,
            Num(pem_idx))
    # 20 PEMDI indicators: the weighted mean with PermenPANRB 8/2026's
    # indicator weights, in a column and as a 4x5 block.
    pem20_vals = [D(4), D(3), D(5), D(2), D(3), D(4), D(2), D(5), D(1), D(3),
                  D(5), D(2), D(4), D(1), D("2.5"), D(5), D(3), D(4), D("3.5"), D("4.25")]
    pem20 = b.put_rows(24, 0, [[v] for v in pem20_vals])
    pem20_w = b.put_rows(25, 0, [[w] for w in spec.PEMDI_INDICATOR_WEIGHTS])
    pem20_grid = b.put_rows(26, 0, [pem20_vals[r * 5:r * 5 + 5] for r in range(4)])
    pem20_idx = spec.indeks(pem20_vals, spec.PEMDI_INDICATOR_WEIGHTS)
    b.check("PEMDI 20 indicators, official weights", '=INDEKS_SPBE(%s;;"PEMDI")' % pem20,
            Num(pem20_idx))
    b.check("PEMDI 20 indicators as a 4x5 block", '=INDEKS_SPBE(%s;;"PEMDI")' % pem20_grid,
            Num(pem20_idx))
    b.check("PEMDI 20 indicators equal Calc's own weighted mean",
            '=INDEKS_SPBE(%s;;"PEMDI")-SUMPRODUCT(%s;%s)/SUM(%s)'
            % (pem20, pem20, pem20_w, pem20_w), Num(0))
    b.check("PEMDI 20 indicators with the weights given explicitly",
            '=INDEKS_SPBE(%s;%s;"PEMDI")' % (pem20, pem20_w), Num(pem20_idx))
    b.check("20 values under SPBE -> Err:502", "=INDEKS_SPBE(%s)" % pem20, Err(ARG))
    b.check("the index feeds KATEGORI SPBE",
            '=KATEGORI(INDEKS_SPBE(%s);"SPBE")' % col,
            Text(spec.kategori(dom_idx, spec.SCALES["SPBE"][0])))
    b.check("the PEMDI index feeds KATEGORI PEMDI",
            '=KATEGORI(INDEKS_SPBE(%s;;"PEMDI");"PEMDI")' % pem,
            Text(spec.kategori(pem_idx, spec.SCALES["PEMDI"][0])))
    # docs/aturan.md: an index of 4.195 shows as 4,20 and is "Memuaskan".
    pair = b.put_rows(8, 0, [[D("4.19")], [D("4.2")]])
    ones = b.put_rows(9, 0, [[1], [1]])
    b.check("INDEKS_SPBE of 4.19 and 4.2, equal weights = 4.195",
            "=INDEKS_SPBE(%s;%s)" % (pair, ones), Num("4.195"))
    b.check("KATEGORI of that 4.195 index is Memuaskan",
            '=KATEGORI(INDEKS_SPBE(%s;%s);"SPBE")' % (pair, ones), Text("Memuaskan"))
    b.check("ROUND of that index is 4.2", "=ROUND(INDEKS_SPBE(%s;%s);2)" % (pair, ones),
            Exact("4.2"))
    # Error rows.
    bad_high = b.put_rows(10, 0, [[4], [5.5], [3], [2]])
    bad_low = b.put_rows(11, 0, [[4], [-1], [3], [2]])
    neg_w = b.put_rows(12, 0, [[13], [-25], [16.5], [45.5]])
    zero_w = b.put_rows(13, 0, [[0], [0], [0], [0]])
    three_w = b.put_rows(14, 0, [[1], [2], [3]])
    five = b.put_rows(15, 0, [[1], [2], [3], [4], [5]])
    gap = b.put_rows(16, 0, [[4], [None], [3], [2]])
    text = b.put_rows(17, 0, [[4], ["tiga"], [3], [2]])
    pem_low = b.put_rows(18, 0, [[1], [2], [3], [4], [0.5], [4], [3]])
    gap_w = b.put_rows(19, 0, [[13], [None], [16.5], [45.5]])
    b.check("a value above 5 -> Err:502", "=INDEKS_SPBE(%s)" % bad_high, Err(ARG))
    b.check("a value below 0 -> Err:502", "=INDEKS_SPBE(%s)" % bad_low, Err(ARG))
    b.check("a negative weight -> Err:502", "=INDEKS_SPBE(%s;%s)" % (col, neg_w), Err(ARG))
    b.check("all-zero weights -> #DIV/0!", "=INDEKS_SPBE(%s;%s)" % (col, zero_w), Err(DIV0))
    b.check("3 weights for 4 values -> Err:502", "=INDEKS_SPBE(%s;%s)" % (col, three_w),
            Err(ARG))
    b.check("5 values have no official weights -> Err:502", "=INDEKS_SPBE(%s)" % five,
            Err(ARG))
    b.check("a single value has no official weights -> Err:502", "=INDEKS_SPBE(3)", Err(ARG))
    b.check("4 values under PEMDI -> Err:502", '=INDEKS_SPBE(%s;;"PEMDI")' % col, Err(ARG))
    b.check("7 values under SPBE -> Err:502", "=INDEKS_SPBE(%s)" % pem, Err(ARG))
    b.check("a PEMDI value below 1 -> Err:502", '=INDEKS_SPBE(%s;;"PEMDI")' % pem_low,
            Err(ARG))
    b.check("unknown kerangka -> Err:502", '=INDEKS_SPBE(%s;;"SPBE2018")' % col, Err(ARG))
    b.check("an empty element -> #N/A", "=INDEKS_SPBE(%s)" % gap, Err(NA))
    b.check("an empty element with explicit weights -> #N/A",
            "=INDEKS_SPBE(%s;%s)" % (gap, w_pct), Err(NA))
    # An empty weight is not an incomplete assessment (that is #N/A, for
    # an empty value); it must be an error, never a weight of 0.
    b.check("an empty weight is an error", "=INDEKS_SPBE(%s;%s)" % (col, gap_w), AnyError())
    b.check("a text element -> #VALUE!", "=INDEKS_SPBE(%s)" % text, Err(VALUE))
    b.run()


# ---------------------------------------------------------------------------
def arrays(calc, report):
    b = Batch(calc, report)
    targets = [D("3.75"), D(86), D("95.45")]
    reals = [D("4.16"), D("85.20"), D("96.23")]
    t = b.put_rows(0, 0, [[v] for v in targets])
    r = b.put_rows(1, 0, [[v] for v in reals])
    arah = b.put_rows(2, 0, [[1], ["TURUN"], [2]])
    r_gap = b.put_rows(3, 0, [[D("4.16")], [None], [D("96.23")]])
    pagu = b.put_rows(4, 0, [[4000000], [100], [0]])
    spent = b.put_rows(5, 0, [[905000], [50], [1]])
    caps = [spec.capaian(x, y) for x, y in zip(targets, reals)]
    b.check("INDEX(CAPAIAN(range;range);2;1)", "=INDEX(CAPAIAN(%s;%s);2;1)" % (t, r),
            Num(caps[1]))
    b.check("SUMPRODUCT(CAPAIAN(range;range))", "=SUMPRODUCT(CAPAIAN(%s;%s))" % (t, r),
            Num(sum(caps)))
    b.check("SUM(CAPAIAN(range;range)) in a normal cell", "=SUM(CAPAIAN(%s;%s))" % (t, r),
            Num(sum(caps)))
    b.check("a range in a normal cell shows the first element (documented trap)",
            "=CAPAIAN(%s;%s)" % (t, r), Num(caps[0]))
    b.check_array("array formula over a column", "=CAPAIAN(%s;%s)" % (t, r),
                  [[Num(c)] for c in caps])
    b.check_array("array formula, per-cell arah",
                  "=CAPAIAN(%s;%s;%s)" % (t, r, arah),
                  [[Num(spec.capaian(targets[0], reals[0]))],
                   [Num(spec.capaian(targets[1], reals[1], 2))],
                   [Num(spec.capaian(targets[2], reals[2], 2))]])
    b.check_array("array formula, scalar arah for the whole column",
                  '=CAPAIAN(%s;%s;"TURUN")' % (t, r),
                  [[Num(spec.capaian(x, y, 2))] for x, y in zip(targets, reals)])
    b.check_array("array formula, scalar target against a range",
                  "=CAPAIAN(4;%s)" % r, [[Num(spec.capaian(4, y))] for y in reals])
    b.check_array("an empty cell inside a range gives an empty element",
                  "=CAPAIAN(%s;%s)" % (t, r_gap),
                  [[Num(caps[0])], [Blank()], [Num(spec.capaian(targets[2], D("96.23")))]])
    b.check("INDEX of the empty element is blank", "=INDEX(CAPAIAN(%s;%s);2;1)" % (t, r_gap),
            Blank())
    b.check_array("SERAPAN over columns, element errors stay per element",
                  "=SERAPAN(%s;%s)" % (pagu, spent),
                  [[Num("22.625")], [Num(50)], [Err(DIV0)]])
    b.check_array("EFISIENSI over columns", "=EFISIENSI(CAPAIAN(%s;%s);%s)" % (t, r, r),
                  [[Num(c / y)] for c, y in zip(caps, reals)])
    b.check_array("KATEGORI over an array of CAPAIAN", '=KATEGORI(CAPAIAN(%s;%s);"BERHASIL")'
                  % (t, r), [[Text(spec.kategori(c, spec.SCALES["BERHASIL"][0]))]
                             for c in caps])
    b.check_array("KATEGORI over a range with an empty cell", "=KATEGORI(%s)" % r_gap,
                  [[Text("Sangat Rendah")], [Blank()], [Text("Sangat Tinggi")]])
    n_berhasil = sum(1 for c in caps
                     if spec.kategori(c, spec.SCALES["BERHASIL"][0]) == "Sangat Berhasil")
    # Counting labels of an array result with "=": Calc compares strings of
    # an array by their interned pointers, and the strings of an add-in's
    # [][]any result are not interned (rangeseq.cxx CreateMixedMatrix), so
    # this gives 0 unless the add-in returns text arrays as [][]string.
    b.check("SUMPRODUCT counts labels of an array with =",
            '=SUMPRODUCT(KATEGORI(CAPAIAN(%s;%s);"BERHASIL")="Sangat Berhasil")' % (t, r),
            Num(n_berhasil))
    b.check("SUMPRODUCT counts labels of an array with &\"\" (workaround)",
            '=SUMPRODUCT((KATEGORI(CAPAIAN(%s;%s);"BERHASIL")&"")="Sangat Berhasil")' % (t, r),
            Num(n_berhasil))
    row_t = b.put_rows(10, 10, [[2, 4, 5]])
    row_r = b.put_rows(10, 11, [[1, 4, 10]])
    b.check_array("a row range gives a row", "=CAPAIAN(%s;%s)" % (row_t, row_r),
                  [[Num(50), Num(100), Num(200)]])
    b.check("1x1 range A1:A1 in a normal cell", "=CAPAIAN(%s;%s)"
            % (addr(0, 0) + ":" + addr(0, 0), addr(1, 0) + ":" + addr(1, 0)), Num(caps[0]))
    b.check("inline array", "=SUMPRODUCT(CAPAIAN({2;4};{1;4}))", Num(150))
    b.check("mismatched shapes 3x1 vs 2x1 -> Err:502",
            "=CAPAIAN(%s;%s)" % (t, addr(1, 0) + ":" + addr(1, 1)), Err(ARG))
    b.check("mismatched shapes column vs row -> Err:502",
            "=SUMPRODUCT(CAPAIAN(%s;%s))" % (t, row_r), Err(ARG))
    b.check("mismatched SERAPAN shapes -> Err:502",
            "=SERAPAN(%s;%s)" % (pagu, addr(5, 0) + ":" + addr(5, 1)), Err(ARG))
    b.check("mismatched EFISIENSI shapes -> Err:502",
            "=EFISIENSI(%s;%s)" % (t, row_r), Err(ARG))
    b.run()


# ---------------------------------------------------------------------------
def bad_inputs(calc, report):
    """No crash, no hang, the documented result for extreme inputs; error
    values in inputs propagate (Calc never calls the add-in with them)."""
    b = Batch(calc, report)
    big, tiny, denorm = 1e308, 1e-308, 5e-324
    cells = {}
    for i, (name, value) in enumerate([("big", big), ("negbig", -big), ("tiny", tiny),
                                       ("denorm", denorm), ("one", 1), ("zero", 0)]):
        cells[name] = b.put(0, i, value)
    errors = {}
    for i, (name, f, code) in enumerate([("div0", "=1/0", DIV0), ("sqrt", "=SQRT(-1)", ARG),
                                         ("overflow", "=1E308*10", 503), ("na", "=NA()", NA),
                                         ("value", '="a"+1', VALUE)]):
        errors[name] = (b.put(1, i, f), code)
    Dx = lambda x: Decimal(x)  # exact value of a double
    c = cells
    b.check("CAPAIAN(1e308;1e308) = 100", "=CAPAIAN(%s;%s)" % (c["big"], c["big"]), Num(100))
    b.check("CAPAIAN(1e308;1e308;2) = 100 (exact result needs no overflow)",
            "=CAPAIAN(%s;%s;2)" % (c["big"], c["big"]), Num(100))
    b.check("CAPAIAN(1e-308;1e308) overflows: an error, never inf",
            "=CAPAIAN(%s;%s)" % (c["tiny"], c["big"]), AnyError())
    b.check("CAPAIAN(1e308;1e-308) is (practically) 0",
            "=CAPAIAN(%s;%s)" % (c["big"], c["tiny"]), Num(0))
    b.check("CAPAIAN(1e-308;1e-308) = 100", "=CAPAIAN(%s;%s)" % (c["tiny"], c["tiny"]),
            Num(100))
    b.check("CAPAIAN(denormal;denormal) = 100", "=CAPAIAN(%s;%s)" % (c["denorm"], c["denorm"]),
            Num(100))
    b.check("CAPAIAN(denormal;denormal;2) = 100",
            "=CAPAIAN(%s;%s;2)" % (c["denorm"], c["denorm"]), Num(100))
    b.check("CAPAIAN(1;denormal) is tiny", "=CAPAIAN(%s;%s)" % (c["one"], c["denorm"]),
            Num(Dx(denorm) * 100))
    b.check("CAPAIAN(denormal;1) overflows: an error, never inf",
            "=CAPAIAN(%s;%s)" % (c["denorm"], c["one"]), AnyError())
    b.check("CAPAIAN(-1e308;1) -> Err:502 (negative target)",
            "=CAPAIAN(%s;%s)" % (c["negbig"], c["one"]), Err(ARG))
    b.check("CAPAIAN(1;-1e308;2) overflows: an error, never inf",
            "=CAPAIAN(%s;%s;2)" % (c["one"], c["negbig"]), AnyError())
    b.check("SERAPAN(1e308;1e308) = 100", "=SERAPAN(%s;%s)" % (c["big"], c["big"]), Num(100))
    b.check("SERAPAN(denormal;1) overflows: an error, never inf",
            "=SERAPAN(%s;%s)" % (c["denorm"], c["one"]), AnyError())
    b.check("EFISIENSI(1e308;1e308) = 1", "=EFISIENSI(%s;%s)" % (c["big"], c["big"]), Num(1))
    b.check("EFISIENSI(1e308;1e-308) overflows: an error, never inf",
            "=EFISIENSI(%s;%s)" % (c["big"], c["tiny"]), AnyError())
    b.check("EFISIENSI SELISIH(1e308;-1e308) overflows: an error, never inf",
            '=EFISIENSI(%s;%s;"SELISIH")' % (c["big"], c["negbig"]), AnyError())
    b.check("EFISIENSI SELISIH(denormal;denormal) = 0",
            '=EFISIENSI(%s;%s;"SELISIH")' % (c["denorm"], c["denorm"]), Num(0))
    b.check("KATEGORI(1e308) stays in the top band", "=KATEGORI(%s)" % c["big"],
            Text("Sangat Tinggi"))
    b.check("KATEGORI(-1e308) is in the bottom band", "=KATEGORI(%s)" % c["negbig"],
            Text("Sangat Rendah"))
    b.check("KATEGORI(1e308;SPBE) is outside the domain -> Err:502",
            '=KATEGORI(%s;"SPBE")' % c["big"], Err(ARG))
    b.check("KATEGORI(denormal;SPBE) rounds to 0 -> Kurang",
            '=KATEGORI(%s;"SPBE")' % c["denorm"], Text("Kurang"))
    b.check("KATEGORI(denormal) -> Sangat Rendah", "=KATEGORI(%s)" % c["denorm"],
            Text("Sangat Rendah"))
    tiny_vals = b.put_rows(2, 0, [[denorm], [0], [0], [0]])
    huge_w = b.put_rows(3, 0, [[1e300], [1e300], [1e300], [1e300]])
    tiny_w = b.put_rows(4, 0, [[1e-300], [1e-300], [1e-300], [1e-300]])
    vals = b.put_rows(5, 0, [[4], [3], [2], [1]])
    b.check("INDEKS_SPBE of a denormal value is (practically) 0",
            "=INDEKS_SPBE(%s)" % tiny_vals, Num(0))
    b.check("INDEKS_SPBE with weights 1e300 = plain mean",
            "=INDEKS_SPBE(%s;%s)" % (vals, huge_w), Num("2.5"))
    b.check("INDEKS_SPBE with weights 1e-300 = plain mean",
            "=INDEKS_SPBE(%s;%s)" % (vals, tiny_w), Num("2.5"))
    # Error values in inputs: Calc propagates them, the add-in never sees them.
    for fname, template in [("CAPAIAN", "=CAPAIAN(%s;4)"), ("CAPAIAN", "=CAPAIAN(4;%s)"),
                            ("CAPAIAN", "=CAPAIAN(4;5;%s)"), ("SERAPAN", "=SERAPAN(%s;4)"),
                            ("SERAPAN", "=SERAPAN(4;%s)"), ("EFISIENSI", "=EFISIENSI(%s;4)"),
                            ("EFISIENSI", "=EFISIENSI(4;%s)"), ("KATEGORI", "=KATEGORI(%s)"),
                            ("KATEGORI", "=KATEGORI(4;%s)")]:
        for ename, (cell, code) in errors.items():
            b.check("%s propagates %s (%s)" % (fname, ename, template % "E"),
                    template % cell, Err(code))
    err_range = b.put_rows(6, 0, [[1], ["=1/0"], [3], [2]])
    for f in ["=SUMPRODUCT(CAPAIAN(%s;%s))" % (err_range, vals),
              "=SUMPRODUCT(CAPAIAN(%s;%s))" % (vals, err_range),
              "=INDEKS_SPBE(%s)" % err_range, "=INDEKS_SPBE(%s;%s)" % (vals, err_range),
              "=KATEGORI(50;%s)" % err_range, "=SUMPRODUCT(SERAPAN(%s;%s))" % (vals, err_range)]:
        b.check("an error inside a range propagates: " + f.split("(")[0][1:] + "...",
                f, AnyError())
    b.check("NaN-producing expression as an argument propagates",
            "=CAPAIAN(SQRT(-1);4)", Err(ARG))
    b.check("overflowing expression as an argument propagates",
            "=CAPAIAN(1E308*10;4)", Err(503))
    b.check("0/0 as an argument propagates", "=SERAPAN(0/0;4)", Err(DIV0))
    b.run()


def large_ranges(calc, report):
    """1000 x 1000 ranges in one call, and a whole-column reference."""
    doc = calc.new_document()
    sheet = doc.Sheets.getByIndex(0)
    n = 1000
    t0 = time.monotonic()
    targets = tuple(tuple(float(r + 1) for _ in range(n)) for r in range(n))
    reals = tuple(tuple(float(c + 1) for c in range(n)) for _ in range(n))
    sheet.getCellRangeByPosition(0, 0, n - 1, n - 1).setDataArray(targets)
    sheet.getCellRangeByPosition(0, n, n - 1, 2 * n - 1).setDataArray(reals)
    fill = time.monotonic() - t0
    T = "$A$1:$ALL$1000"
    R = "$A$1001:$ALL$2000"
    out = sheet.getCellRangeByName("ALN1:ALN7")
    T100 = "$A$1:$ALL$100"
    R100 = "$A$1001:$ALL$1100"
    formulas = [
        ("SUMPRODUCT(CAPAIAN(1000x1000;1000x1000))", "=SUMPRODUCT(CAPAIAN(%s;%s))" % (T, R)),
        ("INDEX(CAPAIAN(1000x1000;...);1000;1000)", "=INDEX(CAPAIAN(%s;%s);1000;1000)" % (T, R)),
        ("SUMPRODUCT(SERAPAN(1000x1000;1000x1000))", "=SUMPRODUCT(SERAPAN(%s;%s))" % (T, R)),
        # 100 000 labels (text results are slow in bulk, see the report)
        ("count of 'Sangat Tinggi' over KATEGORI(CAPAIAN(100x1000))",
         "=SUMPRODUCT((KATEGORI(CAPAIAN(%s;%s))&\"\")=\"Sangat Tinggi\")" % (T100, R100)),
        ("INDEX of a 3000-row column result at row 1001",
         "=INDEX(CAPAIAN($A$1:$A$3000;$B$1:$B$3000);1001;1)"),
        ("INDEX of a 3000-row column result below the data is blank",
         "=INDEX(CAPAIAN($A$1:$A$3000;$B$1:$B$3000);2500;1)"),
    ]
    for i, (_, f) in enumerate(formulas):
        out.getCellByPosition(0, i).setFormula(f)
    t1 = time.monotonic()
    doc.calculateAll()
    calc_time = time.monotonic() - t1
    print("  1000x1000: filling %.1f s, recalculation %.1f s" % (fill, calc_time))
    # Independent arithmetic: element (r, c) = (c+1)/(r+1)*100.
    harmonic = sum(D(1) / D(r + 1) for r in range(n))
    col_sum = D(n * (n + 1) // 2)
    cap_sum = 100 * harmonic * col_sum
    very_high = sum(1 for r in range(100) for c in range(n)
                    if spec.kategori(D(c + 1) / D(r + 1) * 100, spec.SCALES["TINGKAT"][0])
                    == "Sangat Tinggi")
    expectations = [Num(cap_sum, rel=D("1e-12")), Num(100), Num(cap_sum, rel=D("1e-12")),
                    Num(very_high), Num(spec.capaian(1, 2)), Blank()]
    for i, (name, f) in enumerate(formulas):
        obs = checks.Observed(out.getCellByPosition(0, i))
        passed, desc = expectations[i].test(obs)
        report.ok(name, passed, "%s: expected %s, got %s" % (f, desc, obs))
    report.ok("the 1000x1000 recalculation finishes within 60 s", calc_time < 60,
              "%.1f s" % calc_time)
    # The documented trap: a whole-column reference in a normal cell shows the
    # first element of a 1 048 576-row array.  Slow (text elements for the
    # empty rows), but it must finish.
    whole = sheet.getCellRangeByName("ALN8")
    whole.setFormula("=CAPAIAN(A:A;B:B)")
    t2 = time.monotonic()
    doc.calculateAll()
    whole_time = time.monotonic() - t2
    print("  whole-column CAPAIAN(A:A;B:B): %.1f s" % whole_time)
    obs = checks.Observed(whole)
    passed, desc = Num(spec.capaian(1, 1)).test(obs)
    report.ok("whole-column reference in a normal cell shows the first element", passed,
              "expected %s, got %s" % (desc, obs))
    report.ok("the whole-column call finishes within 150 s (no hang)", whole_time < 150,
              "%.1f s" % whole_time)
    doc.close(True)


SECTIONS = [formula_api, capaian_forms, serapan_forms, efisiensi_forms, kategori_presets,
            kategori_custom, indeks_spbe, arrays, bad_inputs, large_ranges]

if __name__ == "__main__":
    checks.run_program("e2e_fungsi", __doc__, SECTIONS, locale="id-ID",
                       system_locale="id-ID", budget=420)
