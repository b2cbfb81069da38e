"""The small example sheet from the seed's Tabel 3.2 (2024 column) and the
2024 budget, as a flat ODF spreadsheet (.fods) that uses the add-in the way a
saved file does: ID.KINERJA.FUNGSI.<NAME>(...).

Used by the file-based smoke test (e2e_file) and by kinerja-demo: both let
headless Calc evaluate it with `soffice --convert-to csv`.  Numbers are
formatted with Indonesian separators ([$-421]: 110,93 and 19.133.884.991),
which Calc applies whatever the profile's locale.
"""

import fods
import seed
from spec import dec

PREFIX = "ID.KINERJA.FUNGSI."
# CSV with ';' between fields (the numbers carry decimal commas), '"' quotes,
# UTF-8, cells as shown.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):59,34,76,1"
HEADER = ["Indikator", "Target", "Realisasi", "Hasil", "Kategori"]


def rows():
    """The sheet as rows of cells.  Row numbers are 1-based as in Calc."""
    out = [[fods.sel(h) for h in HEADER]]
    for name, target, realisasi in seed.TABEL_3_2_2024:
        r = len(out) + 1
        out.append([fods.sel(name), fods.sel(dec(target), style="ce2"),
                    fods.sel(dec(realisasi), style="ce2"),
                    fods.sel(formula="%sCAPAIAN([.B%d];[.C%d])" % (PREFIX, r, r), style="ce2"),
                    fods.sel(formula='%sKATEGORI([.D%d];"BERHASIL")' % (PREFIX, r))])
    spbe_row = 2
    pagu, spent = (dec(x) for x in seed.ANGGARAN_2024)
    r = len(out) + 1
    out.append([fods.sel("Serapan anggaran (Rp)"), fods.sel(pagu, style="ce0"),
                fods.sel(spent, style="ce0"),
                fods.sel(formula="%sSERAPAN([.B%d];[.C%d])" % (PREFIX, r, r), style="ce2"),
                fods.sel(formula="%sKATEGORI([.D%d])" % (PREFIX, r))])
    budget_row = r
    r = len(out) + 1
    out.append([fods.sel("Efisiensi (Indeks SPBE / serapan)"), fods.sel(), fods.sel(),
                fods.sel(formula="%sEFISIENSI([.D%d];[.D%d])" % (PREFIX, spbe_row, budget_row),
                      style="ce2"),
                fods.sel(formula='%sKATEGORI([.D%d];"EFISIENSI")' % (PREFIX, r))])
    return out


# Cell styles: ce2 two decimals, ce0 whole numbers, both grouped, in
# Indonesian notation.
STYLES = """ <number:number-style style:name="N2" number:language="id" number:country="ID">
  <number:number number:decimal-places="2" number:min-decimal-places="2"
   number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <number:number-style style:name="N0" number:language="id" number:country="ID">
  <number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
 <style:style style:name="ce0" style:family="table-cell" style:data-style-name="N0"/>
"""


def write_fods(path):
    fods.tulis(path, fods.dokumen(
        STYLES, '<table:table table:name="Tabel_3_2_2024">\n%s\n</table:table>\n'
        % fods.baris(rows())))


def read_csv(path):
    import csv
    with open(path, encoding="utf-8", newline="") as f:
        return [row for row in csv.reader(f, delimiter=";", quotechar='"')]
