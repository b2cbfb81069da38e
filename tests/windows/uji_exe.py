#!/usr/bin/python3
"""kinerja-template.exe under Wine against the Linux kinerja-template.

Every case runs both programs on the same input and compares what they
write, workbook by workbook (whatever files the Linux program writes, found
by name in its output folder, not a fixed list):

  - cell for cell as openpyxl reads them: the same sheets, and in each the
    same cells with the same values and formulas, number formats, fonts,
    fills, borders, alignment and protection; the same merged ranges,
    column widths, row heights, frozen panes, data validations, conditional
    formats, print settings and defined names;
  - and every member of the xlsx zip byte for byte, but for the creation
    and modification times in docProps/core.xml (charts included, which
    openpyxl does not read) and for a number's text that reads back as the
    same double in no more digits (libxlsxwriter's emyg_dtoa, in the .exe,
    and the Linux build's shortest nearest text may differ in the last
    digit: nilai_sama).

Cases: the built-in example (formulas calling the add-in, and
`--rumus standar`), a plan copied with `--salin-contoh` into a folder
whose name is not ASCII, `--massal` over two plans of which one is wrong;
and the exits the README documents: a plan error (1, a
`file:line:column: message`, nothing written), an existing output without
`--timpa` (3, nothing changed), the same with `--timpa` (0, replaced),
and `--timpa` over a read-only workbook (all replaced, or none).
No run may leave a temporary file (`.NAME.xlsx.XXXXXX`) behind.

Usage: uji_exe.py --wine-sh tests/windows/wine.sh --wine WINE64
                  --prefix WINEPREFIX --exe kinerja-template.exe
                  --linux kinerja-template --kerja FOLDER
"""

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import zipfile

import openpyxl

GAGAL = []


def salah(pesan):
    GAGAL.append(pesan)
    print("SALAH: " + pesan, flush=True)


def jalur_windows(jalur):
    """Wine shows the Linux file system as drive Z:."""
    return "Z:" + os.path.abspath(jalur).replace("/", "\\")


class Program:
    def __init__(self, a):
        self.a = a

    def exe(self, *argumen):
        perintah = ["bash", self.a.wine_sh, self.a.wine, self.a.prefix,
                    "jalankan", self.a.exe, *argumen]
        return subprocess.run(perintah, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=300)

    def linux(self, *argumen):
        return subprocess.run([self.a.linux, *argumen], capture_output=True,
                              text=True, timeout=300)


def berkas_di(folder):
    """Every file under folder, as paths relative to it."""
    hasil = []
    for akar, _, nama in os.walk(folder):
        for n in nama:
            hasil.append(os.path.relpath(os.path.join(akar, n), folder))
    return sorted(hasil)


def tanpa_waktu(xml):
    return re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>",
                  b"", xml)


NILAI = re.compile(rb"<v>([^<]*)</v>")


def digit(teks):
    """Significant digits of a number's text (2000 has one)."""
    m = teks.upper().lstrip(b"-").split(b"E")[0].replace(b".", b"")
    return len(m.strip(b"0")) or 1


def nilai_sama(nama, anggota, x, y):
    """Sheet XML x (Linux) and y (Windows) the same but for the text of
    numbers that read back as the same double: the Linux build writes the
    shortest text nearest the double (xlsx-templates/src/angka_tepat.h),
    libxlsxwriter's emyg_dtoa on Windows (Grisu2) sometimes another last
    digit of as many digits (110.93333333333333 for 110.93333333333332).
    The count of such numbers, or None if anything else differs."""
    bx, by = NILAI.split(x), NILAI.split(y)
    if len(bx) != len(by) or bx[0::2] != by[0::2]:
        return None
    beda = 0
    for p, q in zip(bx[1::2], by[1::2]):
        if p == q:
            continue
        try:
            sama = float(p) == float(q) and digit(q) <= digit(p)
        except ValueError:
            sama = False
        if not sama:
            salah(f"{nama}: {anggota}: number {p!r} written {q!r} on Windows")
        beda += 1
    return beda


def banding_zip(nama, a, b):
    za, zb = zipfile.ZipFile(a), zipfile.ZipFile(b)
    if za.namelist() != zb.namelist():
        salah(f"{nama}: zip members differ: {za.namelist()} / {zb.namelist()}")
        return
    angka = 0
    for anggota in za.namelist():
        x, y = za.read(anggota), zb.read(anggota)
        if anggota == "docProps/core.xml":
            x, y = tanpa_waktu(x), tanpa_waktu(y)
        if x == y:
            continue
        beda = nilai_sama(nama, anggota, x, y) \
            if anggota.startswith("xl/worksheets/") else None
        if beda is None:
            salah(f"{nama}: member {anggota} differs")
        angka += beda or 0
    if angka:
        print(f"{nama}: {angka} numbers in another last digit, the same double",
              flush=True)


def warna(w):
    """A colour by what it is: RGB, a theme colour (with tint), an index."""
    if w is None:
        return None
    nilai = {"rgb": w.rgb, "theme": w.theme, "indexed": w.indexed}.get(w.type)
    return (w.type, nilai, w.tint)


def gaya_sel(c):
    f, i, b, al, p = c.font, c.fill, c.border, c.alignment, c.protection
    return (
        c.number_format,
        (f.name, f.sz, f.b, f.i, f.u, f.strike, warna(f.color)),
        (i.fill_type, warna(i.fgColor), warna(i.bgColor)),
        tuple((s.style, warna(s.color))
              for s in (b.left, b.right, b.top, b.bottom)),
        (al.horizontal, al.vertical, al.wrap_text, al.indent,
         al.text_rotation, al.shrink_to_fit),
        (p.locked, p.hidden),
    )


def sidik_lembar(ws):
    """What a sheet holds, as plain values that compare with ==."""
    sel = {}
    for baris in ws.iter_rows():
        for c in baris:
            if c.value is None and not c.has_style:
                continue
            sel[c.coordinate] = (c.data_type, c.value, gaya_sel(c))
    return {
        "ukuran": (ws.max_row, ws.max_column),
        "sel": sel,
        "gabung": sorted(str(r) for r in ws.merged_cells.ranges),
        "kolom": sorted((k, d.width, d.hidden)
                        for k, d in ws.column_dimensions.items()),
        "baris": sorted((k, d.height, d.hidden)
                        for k, d in ws.row_dimensions.items()),
        "beku": ws.freeze_panes,
        "validasi": sorted((str(v.sqref), v.type, v.formula1, v.formula2,
                            v.operator, v.allow_blank, v.error, v.prompt)
                           for v in ws.data_validations.dataValidation),
        "bersyarat": sorted(
            (str(rentang.sqref), aturan.type, aturan.operator,
             tuple(aturan.formula or ()), aturan.priority)
            for rentang in ws.conditional_formatting
            for aturan in rentang.rules),
        "cetak": (ws.page_setup.orientation, ws.page_setup.paperSize,
                  ws.page_setup.fitToWidth, ws.page_setup.fitToHeight,
                  ws.print_area, ws.print_title_rows, ws.print_title_cols),
        "proteksi": (ws.protection.sheet, ws.protection.formatCells),
    }


def nama_terdefinisi(buku):
    daftar = buku.defined_names
    # openpyxl 3.0 (Debian 12) keeps a list, 3.1 a dict
    semua = daftar.definedName if hasattr(daftar, "definedName") \
        else list(daftar.values())
    return sorted((d.name, d.attr_text, d.localSheetId) for d in semua)


def banding_buku(nama, a, b):
    wa = openpyxl.load_workbook(a)
    wb = openpyxl.load_workbook(b)
    if wa.sheetnames != wb.sheetnames:
        salah(f"{nama}: sheets {wa.sheetnames} / {wb.sheetnames}")
        return 0
    if nama_terdefinisi(wa) != nama_terdefinisi(wb):
        salah(f"{nama}: defined names differ: {nama_terdefinisi(wa)} / "
              f"{nama_terdefinisi(wb)}")
    jumlah = 0
    for lembar in wa.sheetnames:
        sa, sb = sidik_lembar(wa[lembar]), sidik_lembar(wb[lembar])
        jumlah += len(sa["sel"])
        for kunci in sa:
            if sa[kunci] == sb[kunci]:
                continue
            if kunci == "sel":
                beda = sorted(k for k in set(sa["sel"]) | set(sb["sel"])
                              if sa["sel"].get(k) != sb["sel"].get(k))
                k = beda[0]
                salah(f"{nama}!{lembar}: {len(beda)} cells differ, first {k}: "
                      f"Linux {sa['sel'].get(k)} / Windows {sb['sel'].get(k)}")
            else:
                salah(f"{nama}!{lembar}: {kunci} differs: "
                      f"Linux {sa[kunci]} / Windows {sb[kunci]}")
    return jumlah


def banding_folder(kasus, linux, windows):
    """Every file the Linux program wrote, against the Windows one's."""
    la, wa = berkas_di(linux), berkas_di(windows)
    if not la:
        salah(f"{kasus}: the Linux program wrote nothing in {linux}")
        return
    if la != wa:
        salah(f"{kasus}: files differ: Linux {la} / Windows {wa}")
        return
    sel = 0
    for nama in la:
        a, b = os.path.join(linux, nama), os.path.join(windows, nama)
        if nama.endswith(".xlsx"):
            sel += banding_buku(nama, a, b)
            banding_zip(nama, a, b)
        elif open(a, "rb").read() != open(b, "rb").read():
            salah(f"{kasus}: {nama} differs")
    print(f"{kasus}: {len(la)} files, {sel} cells compared", flush=True)


def tanpa_sementara(kasus, folder):
    sisa = [n for n in berkas_di(folder) if os.path.basename(n).startswith(".")]
    if sisa:
        salah(f"{kasus}: temporary files left: {sisa}")


def harus_keluar(kasus, hasil, kode):
    if hasil.returncode != kode:
        salah(f"{kasus}: exit {hasil.returncode}, expected {kode}\n"
              f"stdout: {hasil.stdout}\nstderr: {hasil.stderr}")
        return False
    return True


def kasus_sama(p, kerja, kasus, argumen_linux, argumen_windows=None):
    linux = os.path.join(kerja, "linux", kasus)
    windows = os.path.join(kerja, "windows", kasus)
    if argumen_windows is None:
        argumen_windows = argumen_linux
    hl = p.linux(*argumen_linux, "-k", linux)
    hw = p.exe(*argumen_windows, "-k", jalur_windows(windows))
    if harus_keluar(kasus + " (Linux)", hl, 0) and \
            harus_keluar(kasus + " (Windows)", hw, 0):
        banding_folder(kasus, linux, windows)
    tanpa_sementara(kasus, windows)
    return linux, windows


def siapkan(alat):
    """The command line (the usage above), checked: the two programs and an
    empty work folder, or (None, None) when something is missing."""
    ap = argparse.ArgumentParser()
    for nama in ("wine-sh", "wine", "prefix", "exe", "linux", "kerja"):
        ap.add_argument("--" + nama, required=True)
    a = ap.parse_args()
    for berkas in (a.exe, a.linux, a.wine):
        if not os.path.exists(berkas):
            print(f"{alat}: {berkas} is missing", file=sys.stderr)
            return None, None
    shutil.rmtree(a.kerja, ignore_errors=True)
    os.makedirs(a.kerja)
    return Program(a), a.kerja


def main():
    p, kerja = siapkan("uji_exe")
    if p is None:
        return 1

    # the built-in example, both formula forms
    _, bawaan_windows = kasus_sama(p, kerja, "bawaan", [])
    kasus_sama(p, kerja, "standar", ["--rumus", "standar"])

    # a plan in a folder named with non-ASCII letters, copied by the .exe
    rencana = os.path.join(kerja, "rencana-perangkat-daerah-ü-é")
    hasil = p.exe("--salin-contoh", jalur_windows(rencana))
    if harus_keluar("salin-contoh (Windows)", hasil, 0):
        if not os.path.isfile(os.path.join(rencana, "kinerja.csv")):
            salah(f"salin-contoh: no kinerja.csv in {rencana}")
        kasus_sama(p, kerja, "rencana", [rencana], [jalur_windows(rencana)])

    # a plan error: exit 1, file:line:column, nothing written
    rusak = os.path.join(kerja, "rencana-rusak")
    shutil.copytree(rencana, rusak)
    jalur_kinerja = os.path.join(rusak, "kinerja.csv")
    with open(jalur_kinerja, encoding="utf-8", newline="") as f:
        baris = list(csv.reader(f, delimiter=";"))
    # the target of the first indicator (line 3 of the example), by name
    kolom = baris[0].index("target")
    if len(baris[2]) <= kolom or baris[2][kolom] == "":
        salah("rencana salah: the example's line 3 has no target to spoil")
        return 1
    baris[2][kolom] = "tiga koma tujuh lima"
    tempat = re.escape(f"kinerja.csv:3:{kolom + 1}: ")
    with open(jalur_kinerja, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\n").writerows(baris)
    keluar_rusak = os.path.join(kerja, "windows", "rusak")
    hw = p.exe(jalur_windows(rusak), "-k", jalur_windows(keluar_rusak))
    hl = p.linux(rusak, "-k", os.path.join(kerja, "linux", "rusak"))
    if harus_keluar("rencana salah (Windows)", hw, 1):
        if not re.search(tempat, hw.stderr):
            salah(f"rencana salah: no {tempat} message in {hw.stderr!r}")
        pesan_l = re.findall(r"kinerja\.csv:\d+:\d+: .*", hl.stderr)
        pesan_w = re.findall(r"kinerja\.csv:\d+:\d+: .*", hw.stderr)
        if not pesan_l or pesan_l != pesan_w:
            salah(f"rencana salah: messages differ: Linux {pesan_l} / "
                  f"Windows {pesan_w}")
        if os.path.exists(keluar_rusak):
            salah(f"rencana salah: {keluar_rusak} was made")

    # an existing output: exit 3 without --timpa, nothing changed
    sebelum = {n: open(os.path.join(bawaan_windows, n), "rb").read()
               for n in berkas_di(bawaan_windows)}
    hw = p.exe("-k", jalur_windows(bawaan_windows))
    if harus_keluar("sudah ada (Windows)", hw, 3):
        if "tidak ditimpa tanpa --timpa" not in hw.stderr:
            salah(f"sudah ada: no message in {hw.stderr!r}")
        sesudah = {n: open(os.path.join(bawaan_windows, n), "rb").read()
                   for n in berkas_di(bawaan_windows)}
        if sesudah != sebelum:
            salah("sudah ada: the existing workbooks changed")
    # ... and replaced, all of them, with --timpa
    hw = p.exe("-k", jalur_windows(bawaan_windows), "--timpa")
    if harus_keluar("timpa (Windows)", hw, 0):
        ditulis = hw.stdout.count("ditulis:")
        if ditulis != len(sebelum):
            salah(f"timpa: {ditulis} files written, {len(sebelum)} expected")
        banding_folder("timpa", os.path.join(kerja, "linux", "bawaan"),
                       bawaan_windows)
        tanpa_sementara("timpa", bawaan_windows)

    # --timpa over a set whose last workbook is read-only: all or nothing.
    # Wine replaces it (as Linux does); Windows refuses (MoveFileExW) and
    # must then put every earlier workbook back.  Either way no backup
    # (`.NAME.xlsx.XXXXXX.lama`, read-only too) may stay behind.
    hanya_baca = os.path.join(kerja, "windows", "hanya-baca")
    hw = p.exe("-k", jalur_windows(hanya_baca), "--rumus", "standar")
    if harus_keluar("hanya baca, awal (Windows)", hw, 0):
        nama = berkas_di(hanya_baca)
        os.chmod(os.path.join(hanya_baca, nama[-1]), 0o444)
        sebelum = {n: open(os.path.join(hanya_baca, n), "rb").read()
                   for n in nama}
        hw = p.exe("-k", jalur_windows(hanya_baca), "--timpa")
        if hw.returncode == 0:
            banding_folder("hanya baca", os.path.join(kerja, "linux", "bawaan"),
                           hanya_baca)
        elif hw.returncode == 4:
            sesudah = {n: open(os.path.join(hanya_baca, n), "rb").read()
                       for n in berkas_di(hanya_baca)}
            if sesudah != sebelum:
                salah("hanya baca: refused, but the set changed")
        else:
            harus_keluar("hanya baca (Windows)", hw, 0)
        tanpa_sementara("hanya baca", hanya_baca)

    # --massal: one plan after another on Windows; the wrong one fails alone
    kumpulan = os.path.join(kerja, "kumpulan")
    shutil.copytree(rencana, os.path.join(kumpulan, "dinas-a"))
    shutil.copytree(rusak, os.path.join(kumpulan, "dinas-b"))
    linux = os.path.join(kerja, "linux", "massal")
    windows = os.path.join(kerja, "windows", "massal")
    hl = p.linux("--massal", kumpulan, "-k", linux, "-j", "1")
    hw = p.exe("--massal", jalur_windows(kumpulan), "-k", jalur_windows(windows))
    if harus_keluar("massal (Linux)", hl, 5) and \
            harus_keluar("massal (Windows)", hw, 5):
        banding_folder("massal", linux, windows)
        if not re.search(tempat, hw.stdout + hw.stderr):
            salah("massal: the wrong plan's message is missing")
    tanpa_sementara("massal", windows)

    if GAGAL:
        print(f"uji_exe: {len(GAGAL)} failures", file=sys.stderr)
        return 1
    print("uji_exe: kinerja-template.exe writes what kinerja-template writes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
