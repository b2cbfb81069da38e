#!/usr/bin/python3
"""e2e_anggaran: the finance cross-check functions in real Calc.

SELISIH_RINCIAN (a total against the sum of its parts, exact rupiah),
CEK_ANGGARAN (realisasi against pagu) and REKAP_TRIWULAN (quarters rolled up
to the year by the indicator's kind).  The seed's own Tabel 3.5 is laid out
as a sheet and checked with SELISIH_RINCIAN: exactly the report's known
inconsistencies (docs/laporan-contoh.md: 2.061.022 and 2.840.000 in two
kegiatan, 4.901.022 in the total, 60 in the executive summary) appear, and
nothing else.
"""

import checks
from checks import ARG, VALUE, Batch, Blank, Err, Num, Text
import seed
from spec import dec

# The finance cross-checks (docs/aturan.md): printed parent minus the sum
# of its printed children, for realisasi.  Every other parent (and every
# pagu) agrees to the rupiah.
SELISIH_REALISASI = {
    "A3 Administrasi Umum Perangkat Daerah": -2061022,
    "A5 Pemeliharaan Barang Milik Daerah": -2840000,
    "Dinas Komunikasi dan Informatika": 4901022,
}
ORDER = {"dinas": 0, "program": 1, "kegiatan": 2, "sub": 3}


def tabel_3_5():
    """(name, level, pagu, realisasi, children indices) of Tabel 3.5."""
    rows = [s for s in seed.SERAPAN if s.table == "3.5"]
    tree = []
    for i, r in enumerate(rows):
        level = ORDER[r.level]
        children = []
        for j in range(i + 1, len(rows)):
            lj = ORDER[rows[j].level]
            if lj <= level:
                break
            if lj == level + 1:
                children.append(j)
        tree.append((r.name, level, int(dec(r.pagu)), int(dec(r.realisasi)), children))
    return tree


def seed_cross_check(calc, report):
    b = Batch(calc, report)
    tree = tabel_3_5()
    # Column A pagu, column B realisasi, one row per Tabel 3.5 row.
    for r, (name, level, pagu, realisasi, _) in enumerate(tree):
        b.put(0, r, pagu)
        b.put(1, r, realisasi)
    flagged = 0
    for r, (name, level, pagu, realisasi, children) in enumerate(tree):
        if not children:
            continue
        # A program's kegiatan are not contiguous rows (sub kegiatan lie
        # between them), so the parts are passed as an inline array of the
        # children's printed figures; the total is the parent's cell.
        for col, field, value in ((0, "pagu", pagu), (1, "realisasi", realisasi)):
            figures = [tree[c][2 if field == "pagu" else 3] for c in children]
            parts = "{%s}" % ";".join(str(v) for v in figures)
            want = SELISIH_REALISASI.get(name, 0) if field == "realisasi" else 0
            flagged += want != 0
            b.check("Tabel 3.5 %s %s against its parts: %d" % (name, field, want),
                    "=SELISIH_RINCIAN(%s;%s)" % (checks.addr(col, r), parts), Num(want))
    report.ok("exactly three realisasi rows of Tabel 3.5 disagree", flagged == 3, str(flagged))
    # The executive summary's total against Tabel 3.5's.
    b.check("Ikhtisar total 18.416.966.177 against Tabel 3.5's 18.416.966.117: 60",
            "=SELISIH_RINCIAN(18416966177;18416966117)", Num(60))
    # Lampiran 4's Program A is the sum of its sub kegiatan, not of Tabel
    # 3.5's printed kegiatan: 4.084.919.685 - 4.080.018.663.
    b.check("Lampiran 4 Program A against Tabel 3.5's: 4.901.022",
            "=SELISIH_RINCIAN(4084919685;4080018663)", Num(4901022))
    # Every line of Tabel 3.5 is within its pagu.
    for r, (name, _, _, _, _) in enumerate(tree):
        b.check("CEK_ANGGARAN %s" % name,
                "=CEK_ANGGARAN(%s;%s)" % (checks.addr(0, r), checks.addr(1, r)),
                Text("Sesuai"))
    b.run()


def selisih_forms(calc, report):
    b = Batch(calc, report)
    parts = b.put_rows(0, 0, [[6000000], [None], [5950000], [""]])
    b.check("total equal to its parts: 0", "=SELISIH_RINCIAN(11950000;%s)" % parts, Num(0))
    b.check("total above its parts: positive", "=SELISIH_RINCIAN(12000000;%s)" % parts,
            Num(50000))
    b.check("total below its parts: negative", "=SELISIH_RINCIAN(11000000;%s)" % parts,
            Num(-950000))
    b.check("a single part", "=SELISIH_RINCIAN(5;5)", Num(0))
    b.check("2-D parts", "=SELISIH_RINCIAN(10;{1;2|3;4})", Num(0))
    # Exactness where doubles of the sum would be fine but sen are not rupiah.
    b.check("sen in a part -> Err:502", "=SELISIH_RINCIAN(10;{4.5;5.5})", Err(ARG))
    b.check("sen in the total -> Err:502", "=SELISIH_RINCIAN(10.5;10)", Err(ARG))
    b.check("beyond 2^53 -> Err:502", "=SELISIH_RINCIAN(1E17;1)", Err(ARG))
    b.check("text part in a range -> #VALUE!", '=SELISIH_RINCIAN(10;{5;"lima"})', Err(VALUE))
    b.check_number_arguments("SELISIH_RINCIAN", [("total", "10"), ("rincian", "10")])
    # 100 000 amounts of up to 9e10 rupiah sum exactly (below 2^53).
    big = 89999999999
    col = b.sheet.getCellRangeByPosition(2, 0, 2, 99999)
    col.setDataArray(tuple((float(big - (i % 1000)),) for i in range(100000)))
    exact = sum(big - (i % 1000) for i in range(100000))
    b.check("100 000 amounts of ~9e10 rupiah: exact", "=SELISIH_RINCIAN(%d;C1:C100000)" % exact,
            Num(0))
    b.check("...and one rupiah off is -1", "=SELISIH_RINCIAN(%d;C1:C100000)" % (exact - 1),
            Num(-1))
    b.run()


def cek_forms(calc, report):
    b = Batch(calc, report)
    b.check("within pagu", "=CEK_ANGGARAN(100;99)", Text("Sesuai"))
    b.check("exactly pagu", "=CEK_ANGGARAN(42000000;42000000)", Text("Sesuai"))
    b.check("one rupiah over", "=CEK_ANGGARAN(42000000;42000001)", Text("Melebihi pagu"))
    b.check("realisasi 0: no realisasi", "=CEK_ANGGARAN(100;0)", Text("Belum ada realisasi"))
    b.check("realisasi omitted: no realisasi", "=CEK_ANGGARAN(100)", Text("Belum ada realisasi"))
    b.check("realisasi \"\": no realisasi", '=CEK_ANGGARAN(100;"")', Text("Belum ada realisasi"))
    b.check("sen -> Err:502", "=CEK_ANGGARAN(100;99.5)", Err(ARG))
    b.check("negative pagu -> Err:502", "=CEK_ANGGARAN(-1;0)", Err(ARG))
    b.check("text realisasi -> #VALUE!", '=CEK_ANGGARAN(100;"x")', Err(VALUE))
    b.check("empty text pagu -> blank", '=CEK_ANGGARAN("";5)', Blank())
    pagu = b.put_rows(0, 0, [[100], [100], [100]])
    real = b.put_rows(1, 0, [[50], [None], [150]])
    b.check_array("array over a column: one finding per line",
                  "CEK_ANGGARAN(%s;%s)" % (pagu, real),
                  [[Text("Sesuai")], [Text("Belum ada realisasi")], [Text("Melebihi pagu")]])
    b.check("COUNTIF over the findings counts over-spending",
            '=SUMPRODUCT(CEK_ANGGARAN(%s;%s)="Melebihi pagu")' % (pagu, real), Num(1))
    b.run()


def triwulan_forms(calc, report):
    b = Batch(calc, report)
    b.check("flows sum the quarters", '=REKAP_TRIWULAN({3;4;5;7};"JUMLAH")', Num(19))
    b.check("levels take the last quarter", '=REKAP_TRIWULAN({3.52;3.8;4.16;4};"akhir")',
            Num(4))
    b.check("kind as a number: 2 = AKHIR", "=REKAP_TRIWULAN({1;2;3;4};2)", Num(4))
    rows = b.put_rows(0, 0, [[3, 4, None, None],     # two quarters so far
                             [3, None, 5, None],     # a gap is skipped, not zero
                             [None, None, None, None],  # nothing yet: blank
                             [90, None, None, 95.45]])
    b.check_array("one result per indicator row (JUMLAH)", 'REKAP_TRIWULAN(%s;"JUMLAH")' % rows,
                  [[Num(7)], [Num(8)], [Blank()], [Num("185.45")]])
    b.check_array("one result per indicator row (AKHIR)", 'REKAP_TRIWULAN(%s;"AKHIR")' % rows,
                  [[Num(4)], [Num(5)], [Blank()], [Num("95.45")]])
    col = b.put_rows(5, 0, [[10], [None], [30]])
    b.check("a single column is one indicator's quarters", '=REKAP_TRIWULAN(%s;"JUMLAH")' % col,
            Num(40))
    b.check("a lone empty-text quarter -> blank", '=REKAP_TRIWULAN("";"JUMLAH")', Blank())
    b.check("five quarters -> Err:502", '=REKAP_TRIWULAN({1;2;3;4;5};"JUMLAH")', Err(ARG))
    b.check("unknown kind -> Err:502", '=REKAP_TRIWULAN({1;2};"RATA")', Err(ARG))
    b.check("missing kind -> Err:502", "=REKAP_TRIWULAN({1;2})", Err(ARG))
    b.check("text quarter -> #VALUE!", '=REKAP_TRIWULAN({1;"dua"};"JUMLAH")', Err(VALUE))
    b.check("CAPAIAN of the rolled-up year", '=CAPAIAN(19;REKAP_TRIWULAN({3;4;5;7};"JUMLAH"))',
            Num(100))
    b.run()


SECTIONS = [seed_cross_check, selisih_forms, cek_forms, triwulan_forms]

if __name__ == "__main__":
    checks.run_program("e2e_anggaran", __doc__, SECTIONS, locale="id-ID",
                       system_locale="id-ID", budget=240)
