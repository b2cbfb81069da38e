#!/usr/bin/python3
"""kinerja-template.exe under Wine reads workbooks back, as the Linux
kinerja-template does (the workbook reader, pembaca/, with libzip and
expat cross-built for MinGW-w64).

  - `--baca-buku`: the built-in example's workbook, written by the .exe
    into a folder whose name is not ASCII (an em dash, and a letter no
    Windows ANSI code page of Western Europe has), read back by the .exe,
    given as the file and as its folder: the plan's CSV files it writes
    are byte for byte those the Linux program's `--tulis-csv` writes for
    the example (and those of the .exe's own `--tulis-csv`), as they are
    when the Linux program reads the same workbook;
  - a damaged workbook (cut in half) in another non-ASCII folder: exit 1,
    nothing written, and the message names the file and says what the
    Linux program says after the file's name;
  - an .ods saved by LibreOffice Calc, in that folder: the CSV files are
    those the Linux program writes from it;
  - `--konsolidasi` over a small kumpulan of three offices (two with
    workbooks, one not yet reported; two of the folder names not ASCII):
    the regional workbook is compared with the Linux program's for the
    same kumpulan as uji_exe.py compares workbooks (every cell as openpyxl
    reads it, every zip member byte for byte but the time stamps), and
    its Perangkat Daerah sheet names the three offices; the same kumpulan
    with one office's workbook damaged is refused (exit 1, the file named,
    nothing written).

Usage: uji_exe_baca.py --wine-sh tests/windows/wine.sh --wine WINE64
                       --prefix WINEPREFIX --exe kinerja-template.exe
                       --linux kinerja-template --kerja FOLDER
"""

import csv
import os
import shutil
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uji_exe  # noqa: E402
from uji_exe import harus_keluar, jalur_windows, salah  # noqa: E402

# Folder names as offices give them.  "ĝ" is in no Windows ANSI code page
# of Western Europe (1252): only the wide-character file API or a UTF-8
# code page finds the folder.
DINAS = "Dinas Pendidikan — Kota Batu ĝ"
BAGIAN = "Bagian Umum & Keuangan é"
BUKU = "kinerja-2024.xlsx"
ODS_CALC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(
    __file__))), "fuzz", "korpus", "pembaca", "seed_pengukuran_calc.ods")


def potong(jalur):
    """Cuts a file in half, as a copy broken off or a download cut short."""
    with open(jalur, "rb") as f:
        isi = f.read()
    with open(jalur, "wb") as f:
        f.write(isi[:len(isi) // 2])


def ganti_identitas(folder, nilai):
    """Sets keys of a plan's identitas.csv (kunci;nilai;catatan)."""
    jalur = os.path.join(folder, "identitas.csv")
    with open(jalur, encoding="utf-8-sig", newline="") as f:
        baris = list(csv.reader(f, delimiter=";"))
    for b in baris:
        if b and b[0] in nilai:
            b[1] = nilai[b[0]]
    with open(jalur, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\n").writerows(baris)


def ditolak(p, kerja, kasus, pilihan, sumber, folder):
    """`pilihan sumber` (a damaged workbook in `folder`, or a kumpulan
    holding one) on both programs: the .exe exits 1, writes nothing, names
    the workbook with its folder, and says after its name what the Linux
    program says for the same file."""
    keluar = os.path.join(kerja, "windows", kasus)
    hasil = p.exe(pilihan, jalur_windows(sumber), "-k", jalur_windows(keluar))
    linux = p.linux(pilihan, sumber, "-k", os.path.join(kerja, "linux", kasus))
    if not harus_keluar(kasus, hasil, 1):
        return
    if os.path.exists(keluar):
        salah(f"{kasus}: {keluar} was made")
    pesan = [b for b in hasil.stderr.splitlines() if folder in b and BUKU in b]
    if not pesan:
        salah(f"{kasus}: no message names {folder} and {BUKU}: "
              f"{hasil.stderr!r}")
        return
    ekor = pesan[0].split(BUKU, 1)[1]
    ekor_linux = [b.split(BUKU, 1)[1] for b in linux.stderr.splitlines()
                  if BUKU in b]
    if not ekor or ekor_linux[:1] != [ekor]:
        salah(f"{kasus}: message {pesan[0]!r}, Linux {linux.stderr!r}")
    print(f"{kasus}: refused: {pesan[0]}", flush=True)


def baca_buku(p, kerja):
    linux_csv = os.path.join(kerja, "linux", "csv")
    harus_keluar("tulis-csv (Linux)", p.linux("--tulis-csv", linux_csv), 0)
    windows_csv = os.path.join(kerja, "windows", "csv")
    if harus_keluar("tulis-csv (Windows)",
                    p.exe("--tulis-csv", jalur_windows(windows_csv)), 0):
        uji_exe.banding_folder("tulis-csv", linux_csv, windows_csv)

    dinas = os.path.join(kerja, DINAS)
    if not harus_keluar("buku (Windows)",
                        p.exe("-k", jalur_windows(dinas)), 0):
        return
    buku = os.path.join(dinas, BUKU)
    for kasus, sumber in (("baca-buku berkas", buku),
                          ("baca-buku folder", dinas)):
        keluar = os.path.join(kerja, "windows", kasus.replace(" ", "-"))
        hasil = p.exe("--baca-buku", jalur_windows(sumber),
                      "-k", jalur_windows(keluar))
        if harus_keluar(kasus + " (Windows)", hasil, 0):
            if "dibaca: 8 lembar isian" not in hasil.stdout:
                salah(f"{kasus}: not 8 input sheets read: {hasil.stdout!r}")
            uji_exe.banding_folder(kasus, linux_csv, keluar)
    keluar = os.path.join(kerja, "linux", "baca-buku")
    if harus_keluar("baca-buku (Linux)",
                    p.linux("--baca-buku", buku, "-k", keluar), 0):
        uji_exe.banding_folder("baca-buku Linux", linux_csv, keluar)

    bagian = os.path.join(kerja, BAGIAN)
    os.makedirs(bagian)
    rusak = os.path.join(bagian, BUKU)
    shutil.copyfile(buku, rusak)
    potong(rusak)
    ditolak(p, kerja, "baca-buku-rusak", "--baca-buku", rusak, BAGIAN)

    # an .ods saved by LibreOffice Calc (the fuzz corpus's seed): the ODF
    # side of the reader, read the same on both
    ods = os.path.join(bagian, "pengukuran-kinerja-2024.ods")
    shutil.copyfile(ODS_CALC, ods)
    linux = os.path.join(kerja, "linux", "ods")
    windows = os.path.join(kerja, "windows", "ods")
    if harus_keluar("ods (Linux)", p.linux("--baca-buku", ods, "-k", linux),
                    0) and \
            harus_keluar("ods (Windows)",
                         p.exe("--baca-buku", jalur_windows(ods), "-k",
                               jalur_windows(windows)), 0):
        uji_exe.banding_folder("baca-buku ods", linux, windows)


def nama_opd(jalur):
    """Every text cell of the regional workbook's Perangkat Daerah sheet."""
    ws = openpyxl.load_workbook(jalur)["Perangkat Daerah"]
    return {c.value for b in ws.iter_rows() for c in b
            if isinstance(c.value, str)}


def konsolidasi(p, kerja):
    kumpulan = os.path.join(kerja, "kumpulan")
    kantor = {
        "diskominfo": None,
        DINAS: {"instansi": "Dinas Pendidikan", "singkatan": "Dispendik"},
        BAGIAN: {"instansi": "Bagian Umum dan Keuangan",
                 "singkatan": "Bagum"},
    }
    for nama, identitas in kantor.items():
        folder = os.path.join(kumpulan, nama)
        if not harus_keluar(f"salin-contoh {nama}",
                            p.exe("--salin-contoh", jalur_windows(folder)), 0):
            return
        if identitas:
            ganti_identitas(folder, identitas)
        # the last office has not reported: no workbook in its folder
        if nama != BAGIAN and not harus_keluar(
                f"buku {nama}", p.exe(jalur_windows(folder), "-k",
                                      jalur_windows(folder)), 0):
            return
    linux = os.path.join(kerja, "linux", "konsolidasi")
    windows = os.path.join(kerja, "windows", "konsolidasi")
    hl = p.linux("--konsolidasi", kumpulan, "-k", linux)
    hw = p.exe("--konsolidasi", jalur_windows(kumpulan), "-k",
               jalur_windows(windows))
    if harus_keluar("konsolidasi (Linux)", hl, 0) and \
            harus_keluar("konsolidasi (Windows)", hw, 0):
        uji_exe.banding_folder("konsolidasi", linux, windows)
        daerah = os.path.join(windows, "konsolidasi-2024.xlsx")
        if os.path.isfile(daerah):
            teks = nama_opd(daerah)
            for nama in ("Dinas Komunikasi dan Informatika",
                         "Dinas Pendidikan", "Bagian Umum dan Keuangan"):
                if not any(nama in t for t in teks):
                    salah(f"konsolidasi: {nama} not on Perangkat Daerah")
        else:
            salah(f"konsolidasi: no {daerah}")

    rusak = os.path.join(kerja, "kumpulan-rusak")
    shutil.copytree(kumpulan, rusak)
    potong(os.path.join(rusak, DINAS, BUKU))
    ditolak(p, kerja, "konsolidasi-rusak", "--konsolidasi", rusak, DINAS)


def main():
    p, kerja = uji_exe.siapkan("uji_exe_baca")
    if p is None:
        return 1
    baca_buku(p, kerja)
    konsolidasi(p, kerja)
    if uji_exe.GAGAL:
        print(f"uji_exe_baca: {len(uji_exe.GAGAL)} failures", file=sys.stderr)
        return 1
    print("uji_exe_baca: kinerja-template.exe reads workbooks back as "
          "kinerja-template does")
    return 0


if __name__ == "__main__":
    sys.exit(main())
