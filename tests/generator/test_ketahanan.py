"""The generator against hostile plans: long non-ASCII text, control
characters, blocked and failing outputs, FIFOs, blank headers, cell-size
limits, duplicates and plans larger than a worksheet.

Every case starts from the built-in example (kinerja-template
--salin-contoh), changes one thing and runs the real program.  Workbooks
are reopened with Debian's python3-openpyxl (never skipped: a missing
module is a failure), and their XML parts parsed with the standard library.

Usage: test_ketahanan.py PATH/TO/kinerja-template [--ringan]
  --ringan   for a sanitizer build: the million-row cases with 200 000 rows,
             and the largest accepted plan read only in the normal build
"""

import csv
import glob
import hashlib
import io
import os
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
from rencana_csv import baca_csv, tulis_csv  # noqa: E402

PROGRAM = os.path.abspath(sys.argv[1])
RINGAN = "--ringan" in sys.argv[2:]
SEJUTA = 200000 if RINGAN else 1000000
CATATAN = catatan.Catatan("test_ketahanan")
# cek(name, passed, detail=""): one check in the shared record
cek = CATATAN.ok

# the one workbook of the year holds every sheet
BUKU = ["kinerja-2024.xlsx"]
# every document as its own file (-b semua): several files, all or none
BUKU_SEMUA = ["rkt-2024.xlsx", "perjanjian-kinerja-2024.xlsx",
              "pengukuran-kinerja-2024.xlsx", "realisasi-anggaran-2024.xlsx",
              "ringkasan-2024.xlsx"]


def jalankan(*args, timeout=300, batas_berkas=None):
    def siapkan():
        if batas_berkas is not None:
            # a write past the limit fails with EFBIG instead of a signal:
            # the program's own failure path, as on a full disk
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (batas_berkas, batas_berkas))
    mulai = time.monotonic()
    p = subprocess.run([PROGRAM, *args], capture_output=True, text=True,
                       timeout=timeout, preexec_fn=siapkan)
    return p.returncode, p.stdout, p.stderr, time.monotonic() - mulai


def contoh(tmp, nama):
    folder = os.path.join(tmp, nama)
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([PROGRAM, "--salin-contoh", folder], check=True,
                   capture_output=True)
    return folder


def isi_sel(folder):
    """Every text cell value and every number format of every workbook."""
    teks, format_angka = [], set()
    for b in BUKU:
        wb = openpyxl.load_workbook(os.path.join(folder, b))
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str):
                        teks.append(c.value)
                    if c.number_format:
                        format_angka.add(c.number_format)
    return teks, format_angka


def bagian_xml(folder):
    """(workbook, part name, parse error or None, text of the part)."""
    for b in BUKU:
        with zipfile.ZipFile(os.path.join(folder, b)) as z:
            for n in z.namelist():
                if not n.endswith(".xml") and not n.endswith(".rels"):
                    continue
                data = z.read(n)
                try:
                    akar = ET.fromstring(data)
                    yield b, n, None, "".join(akar.itertext())
                except ET.ParseError as e:
                    yield b, n, str(e), ""


def sidik(folder):
    hasil = {}
    for n in sorted(os.listdir(folder)):
        p = os.path.join(folder, n)
        if os.path.isfile(p):
            with open(p, "rb") as f:
                hasil[n] = hashlib.sha256(f.read()).hexdigest()
    return hasil


def tersembunyi(folder):
    return [n for n in os.listdir(folder) if n.startswith(".")]


# ---------------------------------------------------------------------------
def teks_panjang(tmp):
    """300 x 'é' in every free-text field; every workbook opens and shows
    each text whole."""
    d = contoh(tmp, "panjang")
    E = "\u00e9" * 300
    nomor = iter(range(1, 10 ** 6))
    masukan = {}  # field -> text put in

    def baru(medan):
        t = "%s#%d" % (E, next(nomor))
        masukan.setdefault(medan, []).append(t)
        return t

    ident = baca_csv(d, "identitas.csv")
    bebas = ["instansi", "kabupaten", "singkatan", "tempat", "kepala_nama",
             "kepala_jabatan", "kepala_pangkat", "atasan_nama",
             "atasan_jabatan", "atasan_pangkat", "keterangan_pk",
             "keterangan_pk_perubahan"]
    ada = {r[0] for r in ident[1:]}
    for k in bebas:
        if k not in ada:
            ident.append([k, "", ""])
    for r in ident[1:]:
        if r[0] in bebas:
            r[1] = baru(r[0])
    tulis_csv(d, "identitas.csv", ident)

    kin = baca_csv(d, "kinerja.csv")
    h = kin[0]
    kelompok_ukur = {r[1] for r in kin[1:] if r[0] in ("sasaran", "lainnya")}
    # satuan and predikat live in a number format, which libxlsxwriter keeps
    # to 127 bytes: the longest each may be is 48 bytes (24 x 'é')
    E24 = "\u00e9" * 24
    for r in kin[1:]:
        r[h.index("uraian")] = baru("uraian " + r[0])
        if r[0] == "indikator":
            # the Pengukuran sheet shows the formulasi of the indicators
            # of sasaran and kinerja lainnya
            if r[h.index("induk")] in kelompok_ukur:
                r[h.index("formulasi")] = baru("formulasi")
            r[h.index("satuan")] = E24
            r[h.index("predikat")] = E24
    tulis_csv(d, "kinerja.csv", kin)

    ang = baca_csv(d, "anggaran.csv")
    h = ang[0]
    for r in ang[1:]:
        r[h.index("uraian")] = baru("uraian " + r[0])
    tulis_csv(d, "anggaran.csv", ang)

    pb = baca_csv(d, "pembanding.csv")
    h = pb[0]
    for r in pb[1:]:
        r[h.index("pemda")] = baru("pemda")
        r[h.index("keterangan")] = baru("keterangan")
    tulis_csv(d, "pembanding.csv", pb)

    out = os.path.join(tmp, "keluar-panjang")
    rc, _, err, _ = jalankan(d, "-k", out)
    cek("300 x e-acute everywhere: written (exit 0)", rc == 0, err[-500:])
    if rc != 0:
        return
    rusak = [(b, n, e) for b, n, e, _ in bagian_xml(out) if e]
    cek("every XML part of every workbook parses", not rusak, str(rusak[:3]))
    teks, formats = isi_sel(out)
    cek("every text cell is valid text (no U+FFFD from a split character)",
        not any("\ufffd" in t for t in teks))
    # Cells that hold the field alone: equal.  Titles join a field with
    # others ("INSTANSI KABUPATEN", "NIP ...", "kode uraian"): contained.
    sendiri = {"instansi", "kabupaten", "kepala_nama", "kepala_jabatan",
               "kepala_pangkat", "atasan_nama", "atasan_jabatan",
               "keterangan_pk", "keterangan_pk_perubahan", "pemda",
               "keterangan", "formulasi", "uraian sub kegiatan",
               "uraian kegiatan", "uraian program", "uraian sasaran",
               "uraian tujuan"}
    semua = set(teks)
    for medan, daftar in sorted(masukan.items()):
        for t in daftar:
            if medan in sendiri:
                ok = t in semua or t.upper() in semua
            else:
                ok = any(t in s or t.upper() in s for s in teks)
            if not ok:
                cek("%s (%s...) shown whole in a cell" % (medan, t[-6:]), False)
                break
        else:
            cek("%s: %d text(s) shown whole%s" % (
                medan, len(daftar), " in a cell of their own" if medan in sendiri else ""),
                True)
    cek("satuan and predikat of 24 x e-acute shown whole in the number format",
        any('"' in f and (" " + E24 + " (" + E24 + ")") in f for f in formats),
        str([f for f in formats if "\u00e9" in f][:2]))
    # the chart titles carry the indicator names
    judul = [x for b, n, e, x in bagian_xml(out) if "charts/chart" in n]
    cek("chart titles carry the whole indicator names",
        judul and all(re.search(E + "#\\d+", x) for x in judul))

    # one byte more than a number format keeps: refused with its place
    d2 = contoh(tmp, "satuan-panjang")
    kin = baca_csv(d2, "kinerja.csv")
    h = kin[0]
    baris = next(i for i, r in enumerate(kin) if r[0] == "indikator")
    kin[baris][h.index("satuan")] = "\u00e9" * 24 + "x"
    tulis_csv(d2, "kinerja.csv", kin)
    rc, _, err, _ = jalankan(d2, "--periksa")
    cek("a satuan of 49 bytes is a reading error with file:line:column",
        rc == 1 and re.search(r"kinerja\.csv:%d:%d: satuan .*49 bita" % (
            baris + 1, h.index("satuan") + 1), err), err[-300:])


# ---------------------------------------------------------------------------
def kendali(tmp):
    """Control characters are refused with their place, in Indonesian."""
    for kode, nama in [(0x0B, "tab vertikal"), (0x0C, "ganti halaman"),
                       (0x01, "tak terlihat"), (0x1B, "escape")]:
        d = contoh(tmp, "kendali")
        kin = baca_csv(d, "kinerja.csv")
        h = kin[0]
        baris = next(i for i, r in enumerate(kin) if r[0] == "indikator")
        kin[baris][h.index("uraian")] = "Indeks" + chr(kode) + "SPBE"
        tulis_csv(d, "kinerja.csv", kin)
        out = os.path.join(tmp, "keluar-kendali")
        rc, _, err, _ = jalankan(d, "-k", out)
        cek("control character 0x%02X in an indicator name: exit 1, "
            "file:line:column, named" % kode,
            rc == 1 and re.search(r"kinerja\.csv:%d:%d: karakter kendali 0x%02X \(%s\)"
                                  % (baris + 1, h.index("uraian") + 1, kode, nama), err)
            and not os.path.exists(out), err[-300:])
    # U+FFFF is no XML character either
    d = contoh(tmp, "kendali")
    kin = baca_csv(d, "kinerja.csv")
    kin[1][3] = "Tujuan \uffff"
    tulis_csv(d, "kinerja.csv", kin)
    rc, _, err, _ = jalankan(d, "--periksa")
    cek("U+FFFF refused with its place", rc == 1 and "kinerja.csv:2:4: karakter U+FFFF" in err,
        err[-300:])
    # TAB, LF and a CR inside a quoted field are text; CR is stored as LF
    d = contoh(tmp, "baris-baru")
    kin = baca_csv(d, "kinerja.csv")
    kin[1][3] = "Baris satu\r\nbaris\tdua\rtiga"
    tulis_csv(d, "kinerja.csv", kin)
    out = os.path.join(tmp, "keluar-baris-baru")
    rc, _, err, _ = jalankan(d, "-k", out, "-b", "rkt")
    ok = rc == 0
    if ok:
        wb = openpyxl.load_workbook(os.path.join(out, "rkt-2024.xlsx"))
        nilai = {c.value for ws in wb for row in ws.iter_rows() for c in row}
        ok = "Baris satu\nbaris\tdua\ntiga" in nilai
    cek("a field with CRLF, TAB and a lone CR is shown with LF line breaks", ok, err[-300:])


# ---------------------------------------------------------------------------
def timpa(tmp):
    """--timpa is all or nothing: one name blocked by a folder, exit 4,
    every old file byte-identical, nothing hidden left."""
    d = contoh(tmp, "timpa")
    out = os.path.join(tmp, "keluar-timpa")
    shutil.rmtree(out, ignore_errors=True)
    rc, _, err, _ = jalankan(d, "-k", out, "-b", "semua")
    cek("first run writes the set", rc == 0, err)
    # the old set differs from what the next run writes
    kin = baca_csv(d, "kinerja.csv")
    kin[1][3] = kin[1][3] + " (diubah)"
    tulis_csv(d, "kinerja.csv", kin)
    os.remove(os.path.join(out, "ringkasan-2024.xlsx"))
    os.mkdir(os.path.join(out, "ringkasan-2024.xlsx"))
    lama = sidik(out)
    rc, _, err, _ = jalankan(d, "-k", out, "-b", "semua", "--timpa")
    cek("--timpa with one name blocked by a folder: exit 4", rc == 4, err)
    cek("... every old file byte-identical", sidik(out) == lama)
    cek("... no temporary or backup file left", not tersembunyi(out), str(tersembunyi(out)))
    cek("... the message names the blocked file, in Indonesian",
        re.search(r"ringkasan-2024\.xlsx: di tempat berkas ini ada folder", err), err)
    # the same with the blocked name made a folder after the others were
    # written is covered by the unit test (test_keluaran_timpa.c); here a
    # write failure in the middle of a --timpa run (file size limit)
    os.rmdir(os.path.join(out, "ringkasan-2024.xlsx"))
    rc, _, err, _ = jalankan(d, "-k", out, "-b", "semua", "--timpa",
                             batas_berkas=12000)
    cek("--timpa failing while writing (file too large): exit 4", rc == 4, err[-300:])
    cek("... every old file byte-identical", sidik(out) == lama)
    cek("... no temporary file left", not tersembunyi(out), str(tersembunyi(out)))
    # and a run that succeeds replaces them all
    rc, _, err, _ = jalankan(d, "-k", out, "-b", "semua", "--timpa")
    baru = sidik(out)
    cek("--timpa that succeeds replaces the set (the changed RKT is new)",
        rc == 0 and len(baru) == len(BUKU_SEMUA) and baru["rkt-2024.xlsx"] != lama["rkt-2024.xlsx"],
        err)
    cek("... and leaves no backup behind", not tersembunyi(out), str(tersembunyi(out)))


def folder_gagal(tmp):
    """Folders made by a failed run are removed, every level of them."""
    d = contoh(tmp, "folder")
    akar = os.path.join(tmp, "h")
    shutil.rmtree(akar, ignore_errors=True)
    os.mkdir(akar)
    rc, _, err, _ = jalankan(d, "-k", os.path.join(akar, "baru", "dalam"),
                             batas_berkas=12000)
    cek("-k h/baru/dalam, writing fails: exit 4", rc == 4, err[-300:])
    cek("... no h/baru left", os.listdir(akar) == [], str(os.listdir(akar)))
    # a run that cannot create the innermost folder (a file in the way)
    os.makedirs(os.path.join(akar, "x"))
    with open(os.path.join(akar, "x", "berkas"), "w") as f:
        f.write("")
    rc, _, err, _ = jalankan(d, "-k", os.path.join(akar, "x", "berkas", "a", "b"))
    cek("a folder path through a file: exit 4, nothing made",
        rc == 4 and sorted(os.listdir(os.path.join(akar, "x"))) == ["berkas"], err)
    # --salin-contoh too
    rc, _, err, _ = jalankan("--salin-contoh", os.path.join(akar, "s", "t"),
                             batas_berkas=2000)
    cek("--salin-contoh failing into new folders leaves none",
        rc == 4 and sorted(os.listdir(akar)) == ["x"], err + str(os.listdir(akar)))


# ---------------------------------------------------------------------------
def bukan_berkas(tmp):
    """A FIFO, a folder or a device in place of a CSV: refused, not read."""
    for berkas, buat, kata in [
            ("kinerja.csv", lambda p: os.mkfifo(p), "pipa bernama"),
            ("renstra.csv", lambda p: os.mkfifo(p), "pipa bernama"),
            ("pembanding.csv", lambda p: os.symlink("/dev/zero", p), "perangkat"),
            ("anggaran.csv", lambda p: os.mkdir(p), "folder")]:
        d = contoh(tmp, "fifo")
        p = os.path.join(d, berkas)
        os.remove(p)
        buat(p)
        try:
            rc, _, err, waktu = jalankan(d, "--periksa", timeout=30)
        except subprocess.TimeoutExpired:
            rc, err, waktu = None, "timeout", 30
        cek("%s as %s: exit 1 at once with a message" % (kata, berkas),
            rc == 1 and waktu < 10 and re.search(
                re.escape(berkas) + r": bukan berkas biasa \(" + kata, err), err[-300:])


def judul_kosong(tmp):
    """A blank header over a filled column is an error with its place."""
    d = contoh(tmp, "judul")
    ang = baca_csv(d, "anggaran.csv")
    k = ang[0].index("realisasi")
    ang[0][k] = ""
    tulis_csv(d, "anggaran.csv", ang)
    baris = next(i for i, r in enumerate(ang) if i and r[k])
    rc, _, err, _ = jalankan(d, "--periksa")
    cek("blank realisasi header over data: exit 1, anggaran.csv:%d:%d" % (baris + 1, k + 1),
        rc == 1 and "anggaran.csv:%d:%d: isian '" % (baris + 1, k + 1) in err
        and "judulnya kosong" in err, err[-300:])
    # a blank header over an empty column (a spreadsheet's trailing
    # column) is still fine
    d = contoh(tmp, "judul2")
    ang = baca_csv(d, "anggaran.csv")
    for r in ang:
        r.append("")
    tulis_csv(d, "anggaran.csv", ang)
    rc, _, err, _ = jalankan(d, "--periksa")
    cek("a blank header over an empty column is accepted", rc == 0, err[-300:])


def batas_sel(tmp):
    """32 767 characters: written whole; one more: a reading error."""
    d = contoh(tmp, "sel")
    pb = baca_csv(d, "pembanding.csv")
    h = pb[0]
    panjang = "\u00e9" * 32766 + "Z"
    pb[1][h.index("keterangan")] = panjang
    ident = baca_csv(d, "identitas.csv")
    pangkat = "P" * 32767
    for r in ident:
        if r[0] == "kepala_pangkat":
            r[1] = pangkat
    tulis_csv(d, "identitas.csv", ident)
    tulis_csv(d, "pembanding.csv", pb)
    out = os.path.join(tmp, "keluar-sel")
    rc, _, err, _ = jalankan(d, "-k", out)
    cek("a 32 767-character field: written (exit 0)", rc == 0, err[-300:])
    if rc == 0:
        teks, _ = isi_sel(out)
        cek("... the keterangan cell equals the field (32 767 characters)",
            panjang in teks)
        cek("... the pangkat cell equals the field (32 767 characters)",
            pangkat in teks)
    pb[1][h.index("keterangan")] = panjang + "!"
    tulis_csv(d, "pembanding.csv", pb)
    rc, _, err, _ = jalankan(d, "-k", out + "2")
    cek("32 768 characters: exit 1 with pembanding.csv:2:%d, in Indonesian"
        % (h.index("keterangan") + 1),
        rc == 1 and "pembanding.csv:2:%d: keterangan" % (h.index("keterangan") + 1) in err
        and "32.767" in err and "String exceeds" not in err, err[-300:])
    # a sub kegiatan uraian shares the RKT cell with its kode
    d = contoh(tmp, "sel2")
    ang = baca_csv(d, "anggaran.csv")
    h = ang[0]
    b = next(i for i, r in enumerate(ang) if r[0] == "sub kegiatan")
    ang[b][h.index("uraian")] = "u" * 32767
    tulis_csv(d, "anggaran.csv", ang)
    rc, _, err, _ = jalankan(d, "-k", out + "3")
    cek("a 32 767-character uraian with its kode: a reading error naming the room left",
        rc == 1 and "anggaran.csv:%d:%d: uraian" % (b + 1, h.index("uraian") + 1) in err
        and "paling banyak %d karakter" % (32767 - len(ang[b][1]) - 1) in err
        and "String exceeds" not in err, err[-300:])


# ---------------------------------------------------------------------------
def besar(tmp):
    """Duplicate detection and the sheet limit: fast, with messages."""
    d = contoh(tmp, "ganda")
    with open(os.path.join(d, "pembanding.csv"), "w", encoding="utf-8") as f:
        f.write("indikator;pemda;realisasi;keterangan\n")
        for i in range(40000):
            f.write("S1.1;Daerah %d;1,5;\n" % i)
        f.write("S1.1;daerah 17;1,5;\n")  # the one repeat, case aside
    rc, _, err, waktu = jalankan(d, "--periksa", timeout=120)
    cek("40 001 pembanding rows under one indicator, one repeat: found in %.1f s" % waktu,
        rc == 1 and "pembanding.csv:40002: pemda 'daerah 17' untuk indikator 'S1.1' "
        "sudah ada di baris 19" in err and waktu < 15, err[-300:])
    with open(os.path.join(d, "pembanding.csv"), "w", encoding="utf-8") as f:
        f.write("indikator;pemda;realisasi;keterangan\n")
    with open(os.path.join(d, "renstra.csv"), "w", encoding="utf-8") as f:
        f.write("indikator;tahun;target\n")
        for i in range(SEJUTA):
            f.write("S1.1;2023;1\n")
    rc, _, err, waktu = jalankan(d, "--periksa", timeout=300)
    cek("%d identical renstra rows: refused in %.1f s" % (SEJUTA, waktu),
        rc == 1 and "renstra.csv:3: indikator 'S1.1' tahun 2023 sudah ada di baris 2" in err
        and waktu < 60, err[-300:])
    # 62 000 indicators with Renstra years: the Grafik Kinerja sheet (a
    # chart of at least 16 rows per indicator) would pass the row limit
    d = contoh(tmp, "besar")
    kin = baca_csv(d, "kinerja.csv")
    h = kin[0]
    contoh_ind = next(r for r in kin if r[0] == "indikator" and r[2] == "S1")
    with open(os.path.join(d, "kinerja.csv"), "a", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        for i in range(62000):
            r = list(contoh_ind)
            r[h.index("kode")] = "X%d" % i
            w.writerow(r)
    with open(os.path.join(d, "renstra.csv"), "a", encoding="utf-8") as f:
        for i in range(62000):
            f.write("X%d;2023;1;;1;;;\n" % i)
    for args in (["--periksa"], ["-k", os.path.join(tmp, "keluar-besar")]):
        rc, _, err, waktu = jalankan(d, *args, timeout=300)
        cek("%s: a plan whose Grafik Kinerja passes 1 048 576 rows refused in %.1f s"
            % (" ".join(args[:1]), waktu),
            rc == 1 and "lembar 'Grafik Kinerja' (di kinerja-2024.xlsx dan "
            "ringkasan-2024.xlsx)" in err
            and "1.048.576" in err and waktu < 60
            and not os.path.exists(os.path.join(tmp, "keluar-besar")), err[-400:])


def nilai_panjang(tmp):
    """A keyword followed by spaces and more text is not the keyword: no
    buffer cuts it short into one."""
    d = contoh(tmp, "arah")
    kin = baca_csv(d, "kinerja.csv")
    h = kin[0]
    b = next(i for i, r in enumerate(kin) if r[0] == "indikator" and r[h.index("arah")])
    kin[b][h.index("arah")] = "NAIK" + " " * 40 + "x"
    tulis_csv(d, "kinerja.csv", kin)
    rc, _, err, _ = jalankan(d, "--periksa")
    cek("arah 'NAIK' + 40 spaces + 'x' refused at kinerja.csv:%d:%d" % (b + 1, h.index("arah") + 1),
        rc == 1 and "kinerja.csv:%d:%d: arah 'NAIK" % (b + 1, h.index("arah") + 1) in err,
        err[-300:])


def tahun_renstra(tmp):
    """The Perbandingan sheet has 64 year groups: a 65th year is refused
    with its place, not left out."""
    d = contoh(tmp, "tahun")
    with open(os.path.join(d, "renstra.csv"), "w", encoding="utf-8") as f:
        f.write("indikator;tahun;target\n")
        for y in range(1950, 2015):
            f.write("S1.1;%d;1\n" % y)
    rc, _, err, _ = jalankan(d, "--periksa")
    cek("a 65th Renstra year: exit 1, renstra.csv:66:2",
        rc == 1 and "renstra.csv:66:2: tahun 2014 adalah tahun ke-65" in err, err[-300:])
    with open(os.path.join(d, "renstra.csv"), "w", encoding="utf-8") as f:
        f.write("indikator;tahun;target\n")
        for y in range(1950, 2014):
            f.write("S1.1;%d;1\n" % y)
    out = os.path.join(tmp, "keluar-tahun")
    rc, _, err, _ = jalankan(d, "-k", out, "-b", "ringkasan")
    ok = rc == 0
    if ok:
        wb = openpyxl.load_workbook(os.path.join(out, "ringkasan-2024.xlsx"))
        tahun = {c.value for row in wb["Perbandingan"].iter_rows() for c in row}
        ok = all(str(y) in tahun or y in tahun for y in (1950, 2013))
    cek("64 Renstra years: written, the first and the last shown", ok, err[-300:])


def anggaran_besar(tmp):
    """More budget rows than the Realisasi Anggaran sheet holds: refused
    before the file is parsed, in a fraction of a second."""
    d = contoh(tmp, "anggaran-besar")
    n = 1048576 - 32 + 1
    # a plan of its own: no indicator of the example's sub kegiatan
    with open(os.path.join(d, "kinerja.csv"), "w", encoding="utf-8") as f:
        f.write("tingkat;kode;induk;uraian\ntujuan;T1;;Tujuan\nsasaran;S1;T1;Sasaran\n")
    os.remove(os.path.join(d, "renstra.csv"))
    os.remove(os.path.join(d, "pembanding.csv"))
    with open(os.path.join(d, "anggaran.csv"), "w", encoding="utf-8") as f:
        f.write("tingkat;kode;induk;sasaran;uraian;pagu_murni;pagu;realisasi\n")
        f.write("program;P;;S1;Program;;;\n")
        f.write("kegiatan;K;P;;Kegiatan;;;\n")
        for i in range(n - 2):
            f.write("sub kegiatan;K.%d;K;;Sub;;1;\n" % i)
    for args in (["--periksa"], ["-k", os.path.join(tmp, "keluar-anggaran-besar")]):
        rc, _, err, waktu = jalankan(d, *args)
        cek("%d budget rows, %s: refused in %.2f s with the limit" % (n, args[0], waktu),
            rc == 1 and "anggaran.csv: %d baris anggaran, paling banyak 1048544" % n in err
            and waktu < 5 and not os.path.exists(os.path.join(tmp, "keluar-anggaran-besar")),
            err[-300:])
    if RINGAN:
        return
    # one row fewer is read (and would be written: the benchmarks do)
    with open(os.path.join(d, "anggaran.csv"), "r+", encoding="utf-8") as f:
        isi = f.read()
        f.seek(0)
        f.write(isi[:isi.rstrip("\n").rindex("\n") + 1])
        f.truncate()
    rc, _, err, waktu = jalankan(d, "--periksa")
    cek("%d budget rows: within the limit (%.1f s)" % (n - 1, waktu),
        rc == 0, err[-300:])


def main():
    with tempfile.TemporaryDirectory(prefix="uji-ketahanan-") as tmp:
        for uji in (teks_panjang, kendali, timpa, folder_gagal, bukan_berkas,
                    judul_kosong, batas_sel, besar, nilai_panjang, tahun_renstra,
                    anggaran_besar):
            print("== %s" % uji.__name__, flush=True)
            CATATAN.section = uji.__name__
            uji(tmp)
    return CATATAN.summary()


if __name__ == "__main__":
    sys.exit(main())
