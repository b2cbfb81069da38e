#!/usr/bin/env python3
"""Usage: lembar_cek.py OUTPUT.fods

Writes the Windows check sheet (windows/cek-windows.fods): a one-page flat
ODF spreadsheet that a Windows user opens in LibreOffice Calc after
installing the extension.  Every row calls one Kinerja function on inputs
in the same row and shows the result next to the expected value and OK or
SALAH; the top row counts the OKs.  Without the extension every call shows
#NAME? and every row SALAH.

Expected values come from tests/e2e/spec.py (the domain rules as Python
decimal arithmetic) and the documented labels, never from the add-in.  The
checked-in file is this script's output (CTest windows_lembar_cek_terbaru
compares them) and is evaluated in real Calc on Linux by e2e_lembar_cek.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "tests", "e2e"))
import fods  # noqa: E402
from fods import sel  # noqa: E402
import spec  # noqa: E402
from spec import D  # noqa: E402

PREFIX = "ID.KINERJA.FUNGSI."
BARIS_PERTAMA = 6           # the first case's row (1-based, as in Calc)
KOLOM_MASUKAN = "HIJKL"     # where each case's inputs go

# One row per case: function, inputs (numbers or text, into H, I, ...),
# the call with {0}, {1}... standing for the input cells (or a range
# {0:3} of the first four), and the expected value: a number, a text, or
# ("galat", ERROR.TYPE code, shown text).
KASUS = [
    ("CAPAIAN", [D("3.75"), D("4.16")], "CAPAIAN({0};{1})",
     spec.capaian(D("3.75"), D("4.16"))),
    ("CAPAIAN", [D(10), D(12), "TURUN"], "CAPAIAN({0};{1};{2})",
     spec.capaian(10, 12, 2)),
    ("CAPAIAN", [D(0), D(5)], "CAPAIAN({0};{1})", ("galat", 2, "#DIV/0!")),
    ("SERAPAN", [D(19133884991), D(18416966117)], "SERAPAN({0};{1})",
     spec.serapan(19133884991, 18416966117)),
    ("EFISIENSI", [D("110.93"), D("96.25")], "EFISIENSI({0};{1})",
     spec.efisiensi(D("110.93"), D("96.25"))),
    ("EFISIENSI", [D("110.93"), D("96.25"), "SELISIH"], "EFISIENSI({0};{1};{2})",
     spec.efisiensi(D("110.93"), D("96.25"), "SELISIH")),
    ("KATEGORI", [D("110.93")], "KATEGORI({0})",
     spec.kategori(D("110.93"), spec.SCALES["TINGKAT"][0])),
    ("KATEGORI", [D("74.995"), "BERHASIL"], "KATEGORI({0};{1})",
     spec.kategori(D("74.995"), spec.SCALES["BERHASIL"][0])),
    ("KATEGORI", [D("3.2"), "SPBE"], "KATEGORI({0};{1})",
     spec.kategori(D("3.2"), spec.SCALES["SPBE"][0])),
    ("INDEKS_SPBE", [D("4.5"), D("3.83"), D("4.06"), D("4.16")], "INDEKS_SPBE({0:3})",
     spec.indeks([D("4.5"), D("3.83"), D("4.06"), D("4.16")], spec.SPBE_DOMAIN_WEIGHTS)),
    ("SELISIH_RINCIAN", [D(1000), D(300), D(400), D(250)], "SELISIH_RINCIAN({0};{1:3})",
     D(1000) - (D(300) + D(400) + D(250))),
    ("CEK_ANGGARAN", [D(1000000), D(950000)], "CEK_ANGGARAN({0};{1})", "Sesuai"),
    ("CEK_ANGGARAN", [D(1000000), D(1200000)], "CEK_ANGGARAN({0};{1})", "Melebihi pagu"),
    ("REKAP_TRIWULAN", [D(10), D(20), D(30), D(40), "JUMLAH"],
     "REKAP_TRIWULAN({0:3};{4})", D(100)),
    ("REKAP_TRIWULAN", [D(10), D(20), D(30), D(40), "AKHIR"],
     "REKAP_TRIWULAN({0:3};{4})", D(40)),
]


# Cell styles (ce4: four decimals; judul, kepala, cek: bold) and column widths.
GAYA = """ <number:number-style style:name="N4">
  <number:number number:decimal-places="4" number:min-decimal-places="4"
   number:min-integer-digits="1"/>
 </number:number-style>
 <style:style style:name="ce4" style:family="table-cell" style:data-style-name="N4"/>
 <style:style style:name="judul" style:family="table-cell">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="kepala" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#dddddd"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="cek" style:family="table-cell">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
""" + "".join(fods.gaya_kolom(nama, lebar) for nama, lebar in
              (("co1", "0.4in"), ("co2", "1.4in"), ("co3", "2.2in"), ("co4", "1.2in")))
# The sheet and its columns: No, Fungsi, Rumus, Hasil, Harapan, Cek, gap, Masukan.
TABEL_AWAL = """<table:table table:name="Cek">
<table:table-column table:style-name="co1"/>
<table:table-column table:style-name="co2"/>
<table:table-column table:style-name="co3"/>
<table:table-column table:style-name="co4" table:number-columns-repeated="2"/>
<table:table-column table:style-name="co1" table:number-columns-repeated="2"/>
<table:table-column table:style-name="co4" table:number-columns-repeated="5"/>
"""


def rumus(pola, baris, gaya):
    """The call with its input cells: gaya "of" for the file ([.H6]),
    "ui" for the text shown to the user (H6)."""
    def ref(i):
        a = "%s%d" % (KOLOM_MASUKAN[i], baris)
        return "[.%s]" % a if gaya == "of" else a

    def rentang(i, j):
        if gaya == "of":
            return "[.%s%d:.%s%d]" % (KOLOM_MASUKAN[i], baris, KOLOM_MASUKAN[j], baris)
        return "%s%d:%s%d" % (KOLOM_MASUKAN[i], baris, KOLOM_MASUKAN[j], baris)

    out, i = "", 0
    while i < len(pola):
        if pola[i] == "{":
            j = pola.index("}", i)
            isi = pola[i + 1:j]
            if ":" in isi:
                a, b = isi.split(":")
                out += rentang(int(a), int(b))
            else:
                out += ref(int(isi))
            i = j + 1
        else:
            out += pola[i]
            i += 1
    return out


def baris_kasus(no, kasus):
    fungsi, masukan, pola, harap = kasus
    r = BARIS_PERTAMA + no - 1
    hasil = "[.D%d]" % r
    if isinstance(harap, tuple):
        _, kode, teks = harap
        sel_harap = sel(teks)
        cek = 'IF(ISERROR(%s);IF(ERROR.TYPE(%s)=%d;"OK";"SALAH");"SALAH")' % (hasil, hasil, kode)
        gaya_hasil = None
    elif isinstance(harap, str):
        sel_harap = sel(harap)
        cek = 'IF(ISERROR(%s);"SALAH";IF(EXACT(%s;[.E%d]);"OK";"SALAH"))' % (hasil, hasil, r)
        gaya_hasil = None
    else:
        sel_harap = sel(harap, style="ce4")
        # Equal to the double nearest the exact value, give or take the last
        # bits of the arithmetic.
        cek = ('IF(ISERROR(%s);"SALAH";IF(ABS(%s-[.E%d])<=1E-12*MAX(1;ABS([.E%d]));'
               '"OK";"SALAH"))' % (hasil, hasil, r, r))
        gaya_hasil = "ce4"
    sel_masukan = [sel(v) for v in masukan]
    return ([sel(no), sel(fungsi), sel("=" + rumus(pola, r, "ui")),
             sel(formula=PREFIX + rumus(pola, r, "of"), style=gaya_hasil),
             sel_harap, sel(formula=cek, style="cek"), sel()] + sel_masukan)


def baris_semua():
    akhir = BARIS_PERTAMA + len(KASUS) - 1
    n = len(KASUS)
    return [
        [sel("Kinerja for Calc: lembar cek / check sheet", style="judul")],
        [sel("Buka berkas ini di LibreOffice Calc setelah memasang kinerja-calc-*.oxt "
             "(Alat > Pengelola Ekstensi). Setiap baris harus OK. #NAME? berarti "
             "add-in belum terpasang atau LibreOffice belum dimulai ulang.")],
        [sel("Open this file in LibreOffice Calc after installing kinerja-calc-*.oxt "
             "(Tools > Extension Manager). Every row must say OK; #NAME? means the "
             "add-in is not installed or LibreOffice was not restarted.")],
        [sel("Hasil / result"),
         sel(formula='IF(COUNTIF([.F%d:.F%d];"OK")=%d;"SEMUA OK (%d/%d)";'
                     '"ADA YANG SALAH: "&COUNTIF([.F%d:.F%d];"OK")&"/%d OK")'
                     % (BARIS_PERTAMA, akhir, n, n, n, BARIS_PERTAMA, akhir, n),
             style="judul")],
        [sel(h, style="kepala") for h in
         ["No", "Fungsi", "Rumus", "Hasil", "Diharapkan", "Cek", ""]] +
        [sel("Masukan", style="kepala")],
    ] + [baris_kasus(i + 1, k) for i, k in enumerate(KASUS)]


def tulis(path):
    fods.tulis(path, fods.dokumen(
        GAYA, TABEL_AWAL + fods.baris(baris_semua()) + "\n</table:table>\n",
        "Generated by windows/lembar_cek.py: do not edit here."))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    tulis(sys.argv[1])
