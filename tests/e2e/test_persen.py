#!/usr/bin/python3
"""e2e_persen: a percent typed both ways into a generated workbook, in real
Calc with an Indonesian system locale.

A percent indicator's cells (satuan "%") hold the figure in percent units
and show it through a number format with a literal sign
(`[$-421]#,##0.00"%"`: 96,25 shows "96,25%").  Typed with its sign,
"96,25%" is read as a percentage, 0,9625, which that format shows as
"0,96%" and which makes capaian 1,01 "Kurang Berhasil".  The templates
refuse such input (xlsx-templates/README.md): on a percent indicator's
input a value between 0 and 1 is invalid when the target is 1 % or more,
and the refusal says to type 96,25.

How typed text becomes a cell's content in Calc (found while writing this
test; the reasons for the choices below):

- Typing and Enter, and ``.uno:EnterString`` on the selected cell
  (ScViewFunc::EnterData), read the text against the cell's number format
  and the locale: "96,25" is 96,25, "96,25%" 0,9625, "96.25" text.  The
  cell's validation is checked only by the input line on Enter, and its
  refusal is a message box: in a headless soffice a modal dialog aborts.
- Any ``DispatchHelper`` call on a hidden frame (EnterString, GoToCell,
  ShowInvalid) makes LibreOffice 7.4 headless abort a few seconds later
  (an exception escaping an idle task; the scheduler's catch-all calls
  abort()), so the test does not dispatch.
- The cell property ``FormulaLocal`` interprets its text as typed input in
  the document's locale (ScDocFunc::SetCellText, not English: the same
  number recognition as EnterData, checked to give the same value for
  "97", "96,25", "96,25%", "0,9625", "-5" and "abc"); ``XCell.setFormula``
  reads English notation, so "96,25" becomes the text '96,25' (asserted
  here as a control).

So each input is typed through FormulaLocal and its outcome checked twice:
the capaian and kategori the workbook computes from it, and Calc's own
judgement of the stored value under the cell's validation
(XSheetAuditing.showInvalid, Detective > Mark Invalid Data, which circles
every invalid cell: a circle means Calc refuses that input when it is
typed, with the rule's message).  Both formula modes: the add-in workbook
in a profile with the .oxt, the standard one in the same profile (its
formulas need no add-in).

Every sheet where a percent figure is typed has the same rule: Pengukuran
Kinerja and Perbandingan (the built-in example's Persentase Realisasi
Anggaran, documents alone), and on the plan of another shape
(tests/generator/rencana_lain.py: Persentase Puskesmas Terakreditasi
Paripurna, target 60 %, monitored per quarter; stunting, in %, against
other regions) the quarter and quarterly target on Triwulan and the other
regions' figures on Perbandingan Daerah in the one workbook, and the
realisasi on Ringkasan written alone.  On each, "96,25" is stored as
96,25 and valid, "96,25%" is stored as 0,9625 and refused.
"""

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile

import checks
import harness
import seed
import spec
from spec import dec
import test_templat as templat
from test_templat import Grid, Rounded, Shows, expect_cell

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))), "generator"))
import rencana_lain  # noqa: E402

ANGGARAN = next(c for c in seed.CAPAIAN
                if c.table == "L4" and c.indicator == "Persentase Realisasi Anggaran")
SPBE = next(c for c in seed.CAPAIAN if c.table == "L4" and c.indicator == "Indeks SPBE")
BERHASIL = spec.SCALES["BERHASIL"][0]
PESAN = "96,25 untuk 96,25%"     # what the refusal tells to type
# the plan of another shape's percent indicators
PUSKESMAS = "Persentase Puskesmas Terakreditasi Paripurna"
STUNTING = "Prevalensi Stunting pada Balita"


class Ketik:
    """Typing into one document's cells, and Calc's judgement of them."""

    def __init__(self, doc):
        self.doc = doc

    def ketik(self, cell, text):
        cell.FormulaLocal = text
        self.doc.calculateAll()

    @staticmethod
    def tidak_sah(sheet, cell):
        """Whether Calc's Mark Invalid Data circles the cell (the sheet is
        unprotected for it: the Detective works on unprotected sheets)."""
        sheet.unprotect("")
        sheet.clearArrows()
        sheet.showInvalid()
        dp = sheet.DrawPage
        pos, size = cell.Position, cell.Size
        hit = False
        for i in range(dp.Count):
            s = dp.getByIndex(i)
            if "Ellipse" not in s.ShapeType:
                continue
            p, z = s.Position, s.Size
            # the circle is drawn a little around the cell
            hit |= (p.X <= pos.X + size.Width // 2 <= p.X + z.Width
                    and p.Y <= pos.Y + size.Height // 2 <= p.Y + z.Height)
        sheet.clearArrows()
        sheet.protect("")
        return hit


def generate(report, generator, folder, mode, buku="pengukuran,ringkasan",
             rencana=None):
    extra = ["--rumus", "standar"] if mode == "standar" else []
    argv = ([generator] + ([rencana] if rencana else []) + extra
            + ["-b", buku, "-k", folder])
    proc = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, timeout=60)
    report.ok("%s exits 0" % " ".join(argv[1:]), proc.returncode == 0,
              proc.stdout.decode("utf-8", "replace"))


def periksa_validasi(report, name, cell):
    """The validation Calc imported: a stop with the message."""
    v = cell.Validation
    report.ok(name + ": the validation is a formula rule", v.Type.value == "CUSTOM",
              v.Type.value)
    report.ok(name + ": an invalid entry is refused (stop), with its message",
              v.ShowErrorMessage and v.ErrorAlertStyle.value == "STOP",
              "%s %s" % (v.ShowErrorMessage, v.ErrorAlertStyle.value))
    report.ok(name + ": the message says to type %s" % PESAN, PESAN in v.ErrorMessage,
              v.ErrorMessage)
    # the input prompt Calc shows when the cell is selected
    report.ok(name + ": the input prompt is shown and says to type %s" % PESAN,
              v.ShowInputMessage and v.InputTitle.strip() and PESAN in v.InputMessage,
              "%s %r %r" % (v.ShowInputMessage, v.InputTitle, v.InputMessage))


@contextlib.contextmanager
def lembar(report, calc, path, mode, nama):
    """The sheet `nama` of the document at path, to type into: (Ketik,
    Grid); the document closed afterwards, unsaved."""
    doc = harness.open_checked(calc, report, path, prefix="%s %s" % (mode, nama))
    try:
        yield Ketik(doc), Grid(doc.Sheets.getByName(nama))
    finally:
        doc.close(True)


def dua_cara(report, k, sheet, cell, name, after=None):
    """Types "96,25" (stored 96,25, valid) and "96,25%" (stored 0,9625,
    refused) into the cell; after(typed) checks what follows from 96,25."""
    k.ketik(cell, "96,25")
    expect_cell(report, name + ": typed 96,25 is 96,25", cell, checks.Exact(dec("96,25")))
    report.ok(name + ": typed 96,25 is valid", not k.tidak_sah(sheet, cell))
    if after:
        after()
    k.ketik(cell, "96,25%")
    expect_cell(report, name + ": typed 96,25% is read as 0,9625", cell,
                checks.Exact(dec("0,9625")))
    report.ok(name + ": typed 96,25% is invalid (refused with the message)",
              k.tidak_sah(sheet, cell))
    k.ketik(cell, "")


def pengukuran(report, calc, path, mode):
    with lembar(report, calc, path, mode, "Pengukuran Kinerja") as (k, g):
        h, col = templat.pengukuran_layout(g)
        r = g.data_row(col["ind"], lambda t: "realisasi anggaran" in t, h + 1)
        real, cap, kat = (g.cell(r, col[c]) for c in ("real", "cap", "kat"))
        name = "%s Pengukuran %s" % (mode, ANGGARAN.indicator)
        periksa_validasi(report, name, real)

        exact = spec.capaian(dec(ANGGARAN.target), dec(ANGGARAN.realisasi))
        label = spec.kategori(exact, BERHASIL)
        k.ketik(real, "96,25")
        expect_cell(report, name + ": typed 96,25 is 96,25", real, checks.Exact(dec("96,25")),
                    Shows("96,25%"))
        expect_cell(report, name + ": typed 96,25: capaian 100,84", cap, checks.Num(exact),
                    Rounded(spec.half_up(exact)))
        expect_cell(report, name + ": typed 96,25: kategori " + label, kat,
                    checks.Text(label))
        report.ok(name + ": typed 96,25 is valid", not k.tidak_sah(g.sheet, real))

        k.ketik(real, "96,25%")
        # what Calc reads: the percentage 0,9625, a silent factor of 100 ...
        expect_cell(report, name + ": typed 96,25% is read as 0,9625", real,
                    checks.Exact(dec("0,9625")))
        salah = spec.capaian(dec(ANGGARAN.target), dec("0,9625"))
        expect_cell(report, name + ": ... which would give capaian 1,01", cap,
                    checks.Num(salah))
        # ... which the validation refuses when typed
        report.ok(name + ": typed 96,25% is invalid (refused with the message)",
                  k.tidak_sah(g.sheet, real))
        k.ketik(real, "0")
        report.ok(name + ": 0 % stays valid", not k.tidak_sah(g.sheet, real))

        # control: an indicator without "%" keeps the plain rule (0,5 is a
        # valid Indeks SPBE)
        rs = g.data_row(col["ind"], lambda t: "spbe" in t, h + 1)
        spbe = g.cell(rs, col["real"])
        k.ketik(spbe, "0,5")
        expect_cell(report, "%s Pengukuran SPBE: typed 0,5 is 0,5" % mode, spbe,
                    checks.Exact(dec("0,5")))
        report.ok("%s Pengukuran SPBE: 0,5 is valid (no percent rule)" % mode,
                  not k.tidak_sah(g.sheet, spbe))
        # control: setFormula is not the typed path (English notation)
        spbe.setFormula(SPBE.realisasi)
        report.ok("%s: XCell.setFormula(%r) gives text, not the number typing gives"
                  % (mode, SPBE.realisasi),
                  spbe.getType().value == "TEXT", spbe.getType().value)


def perbandingan(report, calc, path, mode):
    """The input of this year's Persentase Realisasi Anggaran on the
    Perbandingan sheet (a kinerja lainnya: typed there)."""
    with lembar(report, calc, path, mode, "Perbandingan") as (k, g):
        h = g.row_with("Indikator Kinerja")
        (ind,) = g.cols(h, ["Indikator Kinerja"])
        (y,) = g.cols(h, [str(templat.YEAR)])
        real, cap = g.cols(h + 1, ["Realisasi", "Tingkat Capaian*"], y)
        r = g.data_row(ind, lambda t: t.startswith("persentase realisasi anggaran"), h + 2)
        name = "%s Perbandingan %s %d" % (mode, ANGGARAN.indicator, templat.YEAR)
        periksa_validasi(report, name, g.cell(r, real))
        exact = spec.capaian(dec(ANGGARAN.target), dec(ANGGARAN.realisasi))
        dua_cara(report, k, g.sheet, g.cell(r, real), name, lambda: expect_cell(
            report, name + ": typed 96,25: capaian", g.cell(r, cap), checks.Num(exact)))


def triwulan(report, calc, path, mode):
    """The second quarter's realisasi and target of a percent indicator
    (target 60 %, rekap AKHIR: the year is the last quarter filled), and
    the quarters of an indicator counted in Desa (no percent rule)."""
    with lembar(report, calc, path, mode, "Triwulan") as (k, g):
        h = g.row_with("INDIKATOR KINERJA")
        ind, tw2, tahunan, target2, cap2 = g.cols(
            h, ["INDIKATOR KINERJA", "TW II", "REALISASI TAHUNAN", "TARGET TW II",
                "CAPAIAN TW II (%)"])
        r = g.data_row(ind, lambda t: t == PUSKESMAS.lower(), h + 1)
        name = "%s Triwulan %s" % (mode, PUSKESMAS)
        periksa_validasi(report, name + " TW II", g.cell(r, tw2))
        periksa_validasi(report, name + " TARGET TW II", g.cell(r, target2))

        def tahun():
            expect_cell(report, name + ": the year (AKHIR) is the quarter's 96,25",
                        g.cell(r, tahunan), checks.Exact(dec("96,25")))
            # target TW II 40: capaian 96,25 / 40
            expect_cell(report, name + ": capaian TW II 240,63", g.cell(r, cap2),
                        checks.Num(spec.capaian(dec("40"), dec("96,25"))))

        dua_cara(report, k, g.sheet, g.cell(r, tw2), name + " TW II", tahun)
        dua_cara(report, k, g.sheet, g.cell(r, target2), name + " TARGET TW II")
        # control: a count (Desa) keeps the plain rule
        rd = g.data_row(ind, lambda t: t.startswith("jumlah desa"), h + 1)
        k.ketik(g.cell(rd, tw2), "0,5")
        report.ok("%s Triwulan Desa: 0,5 is valid (no percent rule)" % mode,
                  not k.tidak_sah(g.sheet, g.cell(rd, tw2)))


def perbandingan_daerah(report, calc, path, mode):
    """Another region's stunting rate (in %, target 14 %)."""
    with lembar(report, calc, path, mode, "Perbandingan Daerah") as (k, g):
        h = g.row_with("Pemda/KL")
        pemda, ind, real = g.cols(h, ["Pemda/KL", "Indikator Kinerja",
                                      "Realisasi Tahun %d" % templat.YEAR])
        lain = rencana_lain.PEMBANDING[1][0]
        r = g.data_row(pemda, lambda t: t == lain.lower(), h + 1)
        report.ok("%s Perbandingan Daerah: %s's row is stunting's" % (mode, lain),
                  g.text(r, ind) == STUNTING.lower(), g.text(r, ind))
        name = "%s Perbandingan Daerah %s" % (mode, lain)
        periksa_validasi(report, name, g.cell(r, real))
        dua_cara(report, k, g.sheet, g.cell(r, real), name)


def ringkasan(report, calc, path, mode):
    """The realisasi typed on Ringkasan written alone (-b ringkasan)."""
    with lembar(report, calc, path, mode, "Ringkasan") as (k, g):
        h = g.row_with("Indikator Kinerja")
        ind, real, cap = g.cols(h, ["Indikator Kinerja"]) + g.cols(
            h + 1, ["Realisasi", "% Capaian"])
        r = g.data_row(ind, lambda t: t == PUSKESMAS.lower(), h + 1)
        name = "%s Ringkasan %s" % (mode, PUSKESMAS)
        periksa_validasi(report, name, g.cell(r, real))
        exact = spec.capaian(dec("60"), dec("96,25"))
        dua_cara(report, k, g.sheet, g.cell(r, real), name, lambda: expect_cell(
            report, name + ": typed 96,25: capaian 160,42", g.cell(r, cap),
            checks.Num(exact)))


def mode_set(mode):
    """The section of one formula mode: its two workbooks, typed into."""
    def section(calc, report):
        generator = checks.parse_args(__doc__).generator
        if not (generator and os.path.isfile(generator) and os.access(generator, os.X_OK)):
            harness.die("the generator %s does not exist; build it first "
                        "(cmake --build build --target kinerja-template)" % generator)
        work = tempfile.mkdtemp(prefix="kinerja-persen-")
        os.chmod(work, 0o755)
        try:
            generate(report, generator, work, mode)
            pengukuran(report, calc, os.path.join(work, templat.file_name(
                "pengukuran-kinerja")), mode)
            perbandingan(report, calc, os.path.join(work, templat.file_name("ringkasan")),
                         mode)
            # the plan of another shape: the one workbook and Ringkasan alone
            rencana = os.path.join(work, "rencana-lain")
            rencana_lain.tulis(generator, rencana)
            satu, sendiri = os.path.join(work, "satu"), os.path.join(work, "sendiri")
            generate(report, generator, satu, mode, "satu", rencana)
            generate(report, generator, sendiri, mode, "ringkasan", rencana)
            buku = os.path.join(satu, templat.file_name("kinerja"))
            triwulan(report, calc, buku, mode)
            perbandingan_daerah(report, calc, buku, mode)
            ringkasan(report, calc, os.path.join(sendiri, templat.file_name("ringkasan")),
                      mode)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    section.__name__ = mode
    return section


if __name__ == "__main__":
    checks.run_program("e2e_persen", __doc__, [mode_set("addin"), mode_set("standar")],
                       system_locale="id-ID", budget=200)
