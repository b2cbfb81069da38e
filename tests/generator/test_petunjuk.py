"""Every input cell says what it wants: the input prompt of every cell staff
can type into, in every sheet of the one workbook and of the documents
written alone (-b semua), read straight from the xlsx parts.

A cell staff can type into on a protected sheet is a cell whose style is
unlocked (<protection locked="0"/> in styles.xml).  Each must lie in a
<dataValidation> with a prompt title and a prompt (showInputMessage on),
which Calc and Excel show when the cell is selected; and every
<dataValidation> (every range of its sqref) must carry one.  The limits of
the format hold (a title of 32 characters, a prompt of 255).  A percent
indicator's input (number format ending in "%") refuses 96,25% typed with
its sign (a formula rule, stop) and its prompt says to type 96,25.

The checker itself is tried on two damaged copies of a workbook (one
prompt removed; one validation removed): each must be caught, so the test
fails when a prompt goes missing.

Plans: the built-in example (both formula modes, and --tanpa-realisasi),
the example monitored per quarter (rencana_triwulan.py) and the plan of
another shape (rencana_lain.py: percent indicators per quarter and
against other regions).

Usage: test_petunjuk.py PATH/TO/kinerja-template
"""

import os
import posixpath
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
import rencana_lain  # noqa: E402
import rencana_triwulan  # noqa: E402

from openpyxl.utils.cell import (column_index_from_string,  # noqa: E402
                                 coordinate_from_string)

PROGRAM = os.path.abspath(sys.argv[1])
CATATAN = catatan.Catatan("test_petunjuk")
M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"m": M}
PESAN_PERSEN = "96,25 untuk 96,25%"
# the guard of a plan's figure on its own rows (tata_jaga)
JUDUL_RENCANA = "Dari rencana"
PESAN_RENCANA = "persen tanpa tanda %: 60 untuk 60%"


def sel(ref):
    """(row, column), 1-based, of "$AB12" / "AB12"."""
    huruf, baris = coordinate_from_string(ref.replace("$", ""))
    return baris, column_index_from_string(huruf)


def rentang(sqref):
    """The (r1, c1, r2, c2) ranges of a sqref ("F7 B8:B144")."""
    hasil = []
    for bagian in sqref.split():
        a, _, b = bagian.partition(":")
        hasil.append(sel(a) + sel(b or a))
    return hasil


def bagian_buku(isi):
    """{part name: bytes} of an xlsx."""
    with zipfile.ZipFile(isi) as z:
        return {n: z.read(n) for n in z.namelist()}


def lembar(bagian):
    """(sheet name, its part name) in the workbook's order."""
    wb = ET.fromstring(bagian["xl/workbook.xml"])
    rels = {r.get("Id"): r.get("Target")
            for r in ET.fromstring(bagian["xl/_rels/workbook.xml.rels"])}
    for s in wb.find("m:sheets", NS):
        target = rels[s.get("{%s}id" % R)]
        yield s.get("name"), posixpath.normpath(posixpath.join("xl", target))


def gaya(bagian):
    """Per cellXfs index: (unlocked, number format code)."""
    st = ET.fromstring(bagian["xl/styles.xml"])
    kode = {}
    fmts = st.find("m:numFmts", NS)
    for f in (fmts if fmts is not None else []):
        kode[f.get("numFmtId")] = f.get("formatCode")
    hasil = []
    for xf in st.find("m:cellXfs", NS):
        p = xf.find("m:protection", NS)
        hasil.append((p is not None and p.get("locked") == "0",
                      kode.get(xf.get("numFmtId"), "")))
    return hasil


def periksa(bagian, nama, lapor):
    """Checks one workbook's parts; lapor(ok, message, detail) for each
    finding.  Returns the numbers of unlocked cells and of percent inputs
    among them."""
    gayanya = gaya(bagian)
    n_isian = n_persen = 0
    for lembar_nama, part in lembar(bagian):
        x = ET.fromstring(bagian[part])
        siapa = "%s '%s'" % (nama, lembar_nama)
        validasi = []
        for d in x.iterfind("m:dataValidations/m:dataValidation", NS):
            judul, isi = d.get("promptTitle") or "", d.get("prompt") or ""
            lapor(judul.strip() and isi.strip() and d.get("showInputMessage") == "1",
                  "%s: validation %s has a prompt title and a prompt, shown"
                  % (siapa, d.get("sqref")), "%r / %r" % (judul, isi))
            lapor(len(judul) <= 32 and len(isi) <= 255,
                  "%s: prompt of %s within the xlsx limits" % (siapa, d.get("sqref")),
                  "%d / %d characters" % (len(judul), len(isi)))
            f = d.find("m:formula1", NS)
            validasi.append((rentang(d.get("sqref")), judul, isi, d.get("type"),
                             d.get("errorStyle"), f.text if f is not None else ""))
        tak_berpetunjuk, persen_salah = [], []
        for c in x.iterfind("m:sheetData/m:row/m:c", NS):
            bebas, fmt = gayanya[int(c.get("s") or 0)]
            if not bebas:
                continue
            n_isian += 1
            n_persen += fmt.endswith('"%"')
            b, k = sel(c.get("r"))
            v = next((v for v in validasi
                      if any(r1 <= b <= r2 and c1 <= k <= c2
                             for r1, c1, r2, c2 in v[0])), None)
            if v is None or not (v[1].strip() and v[2].strip()):
                tak_berpetunjuk.append(c.get("r"))
            elif fmt.endswith('"%"') and v[1] == JUDUL_RENCANA:
                # a plan's figure (a target): refused on the plan's own
                # rows, typed only on a row inserted for a new indicator,
                # whose prompt says how to type a percent
                if not ("ISFORMULA" in v[5] and PESAN_RENCANA in v[2]):
                    persen_salah.append(c.get("r"))
            elif fmt.endswith('"%"') and not (
                    v[3] == "custom" and ">=1" in v[5] and v[4] in (None, "stop")
                    and PESAN_PERSEN in v[2]):
                persen_salah.append(c.get("r"))
        lapor(not tak_berpetunjuk,
              "%s: every unlocked cell lies in a validation with a prompt" % siapa,
              "without: " + " ".join(tak_berpetunjuk[:12]))
        lapor(not persen_salah,
              "%s: every percent input refuses 96,25%% and says to type 96,25"
              % siapa, "not: " + " ".join(persen_salah[:12]))
    return n_isian, n_persen


def periksa_berkas(jalur, nama):
    """Checks one written workbook; (its parts, unlocked cells, percent
    inputs)."""
    with open(jalur, "rb") as f:
        bagian = bagian_buku(f)
    n = periksa(bagian, nama,
                lambda ok, pesan, rinci="": CATATAN.ok(pesan, bool(ok), rinci))
    return (bagian,) + n


def rusak(bagian, ubah):
    """A copy of the parts with the first sheet holding a validation
    changed by ubah(text) -> text."""
    salinan = dict(bagian)
    for _, part in lembar(bagian):
        teks = bagian[part].decode("utf-8")
        if "<dataValidation " in teks:
            salinan[part] = ubah(teks).encode("utf-8")
            return salinan
    raise AssertionError("no sheet with a data validation")


def tertangkap(bagian):
    gagal = []
    periksa(bagian, "rusak", lambda ok, pesan, rinci="": ok or gagal.append(pesan))
    return gagal


def uji_pemeriksa(bagian):
    """The checker catches a prompt removed and a validation removed."""
    CATATAN.ok("the undamaged workbook passes the checker", not tertangkap(bagian),
               "; ".join(tertangkap(bagian)[:3]))
    tanpa_petunjuk = rusak(bagian, lambda t: re.sub(r' prompt="[^"]*"', "", t, count=1))
    CATATAN.ok("one prompt removed: caught", tertangkap(tanpa_petunjuk))
    # empty (<dataValidation .../>) or with its formula inside
    tanpa_validasi = rusak(bagian, lambda t: re.sub(
        r"<dataValidation [^>]*/>|<dataValidation [^>]*[^/]>.*?</dataValidation>",
        "", t, count=1, flags=re.S))
    CATATAN.ok("one validation removed: caught", tertangkap(tanpa_validasi))


def tulis(folder, rencana, *args):
    argv = ([rencana] if rencana else []) + ["-k", folder] + list(args)
    rc, out, err = catatan.jalankan(PROGRAM, *argv)
    CATATAN.ok("kinerja-template %s exits 0" % " ".join(argv), rc == 0, out + err)
    return sorted(os.path.join(folder, b) for b in os.listdir(folder)
                  if b.endswith(".xlsx")) if rc == 0 else []


def main():
    with tempfile.TemporaryDirectory() as tmp:
        triwulan = os.path.join(tmp, "rencana-triwulan")
        rencana_triwulan.tulis(PROGRAM, triwulan)
        lain = os.path.join(tmp, "rencana-lain")
        rencana_lain.tulis(PROGRAM, lain)
        satu = None
        # (name, plan folder, options, fewest percent inputs the one
        # workbook and the documents alone hold)
        kasus = [("contoh", None, [], 1), ("contoh standar", None, ["--rumus", "standar"], 1),
                 ("contoh kosong", None, ["--tanpa-realisasi"], 1),
                 ("triwulan", triwulan, [], 1), ("lain", lain, [], 16 + 4)]
        for nama, rencana, args, min_persen in kasus:
            for bentuk, lagi in (("satu buku", []), ("-b semua", ["-b", "semua"])):
                folder = os.path.join(tmp, "%s %s" % (nama, bentuk))
                n_isian = n_persen = 0
                for jalur in tulis(folder, rencana, *(args + lagi)):
                    b, i, p = periksa_berkas(
                        jalur, "%s %s" % (nama, os.path.basename(jalur)))
                    n_isian += i
                    n_persen += p
                    if bentuk == "satu buku" and nama == "lain":
                        satu = b
                # the checks above ran over real inputs
                CATATAN.ok("%s %s: unlocked cells checked" % (nama, bentuk),
                           n_isian >= 50, "%d" % n_isian)
                CATATAN.ok("%s %s: at least %d percent inputs checked"
                           % (nama, bentuk, min_persen), n_persen >= min_persen,
                           "%d" % n_persen)
        if satu:
            uji_pemeriksa(satu)
        else:
            CATATAN.fail("the plan of another shape's workbook was written")
    sys.exit(CATATAN.summary())


main()
