"""Reading and writing the CSV files of a plan folder (identitas.csv,
kinerja.csv, anggaran.csv, ...) as kinerja-template reads them: UTF-8,
fields separated by ';', lines ended by a bare LF.  Tests that build an
unusual plan read the example's files, change some cells and write them
back with these two functions, so every test writes the one form the
generator reads and not its own variant.  buku_dengan finds, among the
workbooks written into a folder, the one holding a given sheet;
buku_dan_csv writes a plan's workbooks and its CSV files side by side,
the start of every read-back test.

A program outside tests/ finds it with
sys.path.insert(0, <the tests folder>).
"""

import csv
import os


def baca_csv(folder, berkas):
    """Every row of folder/berkas as a list of strings (the header first)."""
    with open(os.path.join(folder, berkas), encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def buku_dengan(folder, lembar):
    """The path of the .xlsx in `folder` (by name order) holding the sheet
    `lembar`; AssertionError when none does."""
    import openpyxl  # only here: the CSV helpers need no workbook library
    for nama in sorted(os.listdir(folder)):
        if nama.endswith(".xlsx"):
            jalur = os.path.join(folder, nama)
            if lembar in openpyxl.load_workbook(jalur, read_only=True).sheetnames:
                return jalur
    raise AssertionError("%s: tidak ada buku kerja dengan lembar %r"
                         % (folder, lembar))


def buku_dan_csv(cat, program, tmp, label, rencana=None, awalan="",
                 dokumen=None):
    """kinerja-template `program` on the plan folder `rencana` (None: the
    built-in example): its workbooks (`dokumen`: the -b list; None: the
    program's default) into tmp/<awalan>buku and the plan as CSV files
    into tmp/<awalan>asal, each run checked in the record `cat`
    (catatan.Catatan) under `label`.  Returns (buku, asal)."""
    import catatan
    dasar = [rencana] if rencana else []
    buku = os.path.join(tmp, awalan + "buku")
    pilihan = ["-b", dokumen] if dokumen else []
    rc, _, err = catatan.jalankan(program, *dasar, "-k", buku, *pilihan)
    cat.ok(label + ": ditulis", rc == 0, err)
    asal = os.path.join(tmp, awalan + "asal")
    rc, _, err = catatan.jalankan(program, *dasar, "--tulis-csv", asal)
    cat.ok(label + ": sebagai CSV", rc == 0, err)
    return buku, asal


def tulis_csv(folder, berkas, baris):
    """Writes the rows to folder/berkas, replacing it."""
    with open(os.path.join(folder, berkas), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\n").writerows(baris)
