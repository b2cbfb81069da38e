#!/usr/bin/python3
"""e2e_seed: every computed figure of the seed report through real Calc.

Tabel 3.1, 3.2 (2021-2024), 3.3, every row of 3.5, 3.7, 3.8 and Lampiran 4,
with their category labels.  Inputs and printed figures are in seed.py, in
the report's own notation.  For each figure Calc must give the exact
arithmetic (Python decimal) to 10 decimals, and ROUND(...;2) must give the
printed figure; where the report truncated instead of rounding (seed.py marks
those rows), ROUND must give the exact value rounded half up, and the printed
figure must be that value's truncation.
"""

import checks
from checks import Batch, Exact, Num, Text
import seed
import spec
from spec import dec


def seed_transcription(calc, report):
    """The figures in seed.py agree with the report's own arithmetic, so a
    typo in the transcription cannot make a Calc check pass or fail."""
    for c in seed.CAPAIAN:
        exact = spec.capaian(dec(c.target), dec(c.realisasi))
        printed = dec(c.printed)
        name = "Tabel %s %s %d: %s" % (c.table, c.indicator, c.year, c.printed)
        if c.truncated:
            report.ok(name + " is the truncation of the exact value",
                      printed == spec.truncate(exact) != spec.half_up(exact),
                      "exact %s" % exact)
        else:
            report.ok(name + " is the exact value rounded half up",
                      printed == spec.half_up(exact), "exact %s" % exact)
    for s in seed.SERAPAN:
        exact = spec.serapan(dec(s.pagu), dec(s.realisasi))
        report.ok("Tabel %s %s: %s is the exact value rounded half up" % (s.table, s.name,
                                                                          s.printed),
                  dec(s.printed) == spec.half_up(exact), "exact %s" % exact)
    truncated = sum(1 for c in seed.CAPAIAN if c.truncated)
    # 8 truncated computations; Lampiran 4 repeats one of them
    # (docs/laporan-contoh.md, "Truncated capaian figures").
    report.ok("9 truncated capaian rows (8 computations + Lampiran 4's repeat of 99,06)",
              truncated == 9, "found %d" % truncated)


def check_figure(b, name, call, exact, printed, label=None, scale=None):
    """How the report prints a computed figure: `call` (a formula without
    its '=') gives the exact value, ROUND(call;2) the printed one, and,
    where the report names a label, KATEGORI of it on `scale` (None: the
    default scale) gives that label."""
    b.check(name, "=" + call, Num(exact))
    b.check("%s ROUND = %s" % (name, printed), "=ROUND(%s;2)" % call, Exact(printed))
    if label is not None:
        on = ';"%s"' % scale if scale else ""
        b.check("%s KATEGORI %s= %s" % (name, scale + " " if scale else "", label),
                "=KATEGORI(%s%s)" % (call, on), Text(label))


def seed_capaian(calc, report):
    b = Batch(calc, report)
    for i, c in enumerate(seed.CAPAIAN):
        t = b.put(0, i, dec(c.target))
        r = b.put(1, i, dec(c.realisasi))
        exact = spec.capaian(dec(c.target), dec(c.realisasi))
        name = "Tabel %s %s %d" % (c.table, c.indicator, c.year)
        # Where the report prints a truncation (c.truncated), Calc rounds.
        shown = spec.half_up(exact) if c.truncated else dec(c.printed)
        check_figure(b, name + " CAPAIAN", "CAPAIAN(%s;%s)" % (t, r), exact, shown,
                     c.label, c.scale)
        b.check(name + ' CAPAIAN(...;"NAIK")', '=CAPAIAN(%s;%s;"NAIK")' % (t, r), Num(exact))
    # The whole of Tabel 3.2 and 3.3 in one array formula per table.
    rows = [i for i, c in enumerate(seed.CAPAIAN) if c.table == "3.2"]
    first, last = rows[0] + 1, rows[-1] + 1
    b.check_array("Tabel 3.2 as one array formula over the column",
                  "=CAPAIAN($A$%d:$A$%d;$B$%d:$B$%d)" % (first, last, first, last),
                  [[Num(spec.capaian(dec(seed.CAPAIAN[i].target),
                                     dec(seed.CAPAIAN[i].realisasi)))] for i in rows])
    b.run()


def seed_labels(calc, report):
    b = Batch(calc, report)
    for table, value, scale, label in seed.LABELS:
        b.check("Tabel %s: %s on %s is %s" % (table, value, scale, label),
                '=KATEGORI(%s;"%s")' % (dec(value), scale), Text(label))
        # the label agrees with the independent look-up of the preset table
        # (docs/aturan.md, spec.py)
        report.ok("spec.py's preset table gives Tabel %s's label %s" % (table, label),
                  spec.kategori(dec(value), spec.SCALES[scale][0]) == label)
    b.check("Tabel 3.5 text: 96,25 on the default scale is Sangat Tinggi",
            "=KATEGORI(96.25)", Text("Sangat Tinggi"))
    b.run()


def seed_serapan(calc, report):
    b = Batch(calc, report)
    tingkat = spec.SCALES["TINGKAT"][0]
    for i, s in enumerate(seed.SERAPAN):
        p = b.put(0, i, dec(s.pagu))
        r = b.put(1, i, dec(s.realisasi))
        exact = spec.serapan(dec(s.pagu), dec(s.realisasi))
        name = "Tabel %s %s %s" % (s.table, s.level, s.name)
        check_figure(b, name + " SERAPAN", "SERAPAN(%s;%s)" % (p, r), exact,
                     dec(s.printed), spec.kategori(exact, tingkat))
        b.check(name + " = CAPAIAN rumus 1 on the same numbers",
                "=CAPAIAN(%s;%s)" % (p, r), Num(exact))
    n = len(seed.SERAPAN)
    b.check_array("Tabel 3.5 and Lampiran 4 as one SERAPAN array formula",
                  "=SERAPAN($A$1:$A$%d;$B$1:$B$%d)" % (n, n),
                  [[Num(spec.serapan(dec(s.pagu), dec(s.realisasi)))] for s in seed.SERAPAN])
    b.check_array("rounded, the array gives every printed figure",
                  "=ROUND(SERAPAN($A$1:$A$%d;$B$1:$B$%d);2)" % (n, n),
                  [[Exact(dec(s.printed))] for s in seed.SERAPAN])
    b.run()


def seed_efisiensi(calc, report):
    """Tabel 3.8 (and the Ikhtisar / Tabel 3.7 figures it is made of)."""
    b = Batch(calc, report)
    table, kinerja, anggaran, printed, label = seed.EFISIENSI
    exact = spec.efisiensi(dec(kinerja), dec(anggaran))
    check_figure(b, "Tabel 3.8 EFISIENSI(110,93;96,25)",
                 "EFISIENSI(%s;%s)" % (dec(kinerja), dec(anggaran)), exact, dec(printed),
                 label, "EFISIENSI")
    b.check("Tabel 3.8 from percent cells formatted as % (1,1093 / 0,9625) gives the same ratio",
            "=EFISIENSI(%s;%s)" % (dec(kinerja) / 100, dec(anggaran) / 100), Num(exact))
    # The same chain at full precision from the report's inputs (Tabel 3.7).
    t, r = dec("3,75"), dec("4,16")
    pagu, spent = (dec(x) for x in seed.ANGGARAN_2024)
    chain = spec.efisiensi(spec.capaian(t, r), spec.serapan(pagu, spent))
    check_figure(b, "Tabel 3.7 -> 3.8 chain at full precision",
                 "EFISIENSI(CAPAIAN(%s;%s);SERAPAN(%s;%s))" % (t, r, pagu, spent), chain,
                 dec(printed), label, "EFISIENSI")
    b.check("SELISIH on Tabel 3.8's figures: 14,68 points",
            '=ROUND(EFISIENSI(%s;%s;"SELISIH");2)' % (dec(kinerja), dec(anggaran)),
            Exact(spec.half_up(dec(kinerja) - dec(anggaran))))
    b.check("SELISIH 14,68 on EFISIENSI_SELISIH is Efisien",
            '=KATEGORI(EFISIENSI(%s;%s;"SELISIH");"EFISIENSI_SELISIH")'
            % (dec(kinerja), dec(anggaran)), Text("Efisien"))
    b.run()


SECTIONS = [seed_transcription, seed_capaian, seed_labels, seed_serapan, seed_efisiensi]

if __name__ == "__main__":
    checks.run_program("e2e_seed", __doc__, SECTIONS, locale="en-US", budget=300)
