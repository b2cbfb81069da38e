#!/usr/bin/python3
"""The cross-check and comparison sheets in real headless Calc (with the .oxt installed, files
recalculated on load): the Pemeriksaan sheet, the quarterly Triwulan sheet,
the multi-year and regional comparison sheets and their charts.

For the built-in example and a quarterly plan, in both formula modes:

1. recalculation: every formula cell of the new sheets (Pemeriksaan,
   Triwulan, Grafik Kinerja, Perbandingan Daerah) equals its cached value
   after Calc recalculated it (every number the same double, text equal,
   a cached "" blank); no cell shows an error.
2. Pemeriksaan follows the Realisasi Anggaran sheet: a sub kegiatan typed
   above its pagu shows "Melebihi pagu" with the excess, and the count of
   findings grows; cleared, it shows "Belum ada realisasi".
3. charts: Calc renders the Ringkasan workbook to PDF (headless
   --convert-to in the throwaway profile), pdftoppm turns it into PNG
   pages, and the pixels of the chart series' colours are counted with a
   small PNG reader (zlib): the charts are drawn, not blank.  With --keep,
   the PNG pages stay for a person to look at.

Usage: test_calc.py --generator kinerja-template --oxt kinerja-calc.oxt
       [--soffice soffice] [--keep]
"""

import os
import shutil
import subprocess
import sys
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "e2e"))
import cache_rumus  # noqa: E402
import harness  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rencana_triwulan  # noqa: E402

import openpyxl  # noqa: E402

CATATAN = catatan.Catatan("test_calc")


cek = CATATAN.cek


def jalankan(program, *args, cwd=None):
    p = subprocess.run([program, *args], capture_output=True, text=True,
                       timeout=120, cwd=cwd)
    if p.returncode != 0:
        raise RuntimeError("%s %s: %d\n%s%s" % (program, " ".join(args),
                                                p.returncode, p.stdout,
                                                p.stderr))
    return p


# ---------------------------------------------------------------------------
# 1. recalculation against the cached values

def bandingkan(calc, jalur, lembar, label):
    """Every formula cell of the sheets against the file's cached values."""
    cache_rumus.bandingkan(calc, jalur, lembar, label, CATATAN)


# ---------------------------------------------------------------------------
# 2. Pemeriksaan follows what finance types

def cari_baris(sheet, kolom, teks, batas=400):
    for r in range(batas):
        if sheet.getCellByPosition(kolom, r).getString() == teks:
            return r
    return None


def pemeriksaan_hidup(calc, jalur, label):
    doc = calc.load(jalur)
    try:
        cek(not doc.isReadonly(), "%s: opens editable" % label)
        ra = doc.Sheets.getByName("Realisasi Anggaran")
        pm = doc.Sheets.getByName("Pemeriksaan")
        r_ra = cari_baris(ra, 1, "2.16.01.2.06.0008")
        r_pm = cari_baris(pm, 1, "2.16.01.2.06.0008")
        if r_ra is None or r_pm is None:
            CATATAN.fail("%s: Fasilitasi Kunjungan Tamu not found" % label)
            return
        temuan = pm.getCellRangeByName("I5")
        cek(temuan.getValue() == 5, "%s: 5 findings on load, got %s"
            % (label, temuan.getValue()))
        # 4.500.000 against a pagu of 4.000.000
        ra.getCellByPosition(6, r_ra).setValue(4500000)
        doc.calculateAll()
        hasil = pm.getCellByPosition(8, r_pm).getString()
        selisih = pm.getCellByPosition(7, r_pm).getValue()
        cek(hasil == "Melebihi pagu", "%s: over-spending shows %r"
            % (label, hasil))
        cek(selisih == 500000, "%s: excess 500.000, got %r" % (label, selisih))
        cek(temuan.getValue() > 5, "%s: the count grows (%s)"
            % (label, temuan.getValue()))
        # the reported kegiatan total now differs by more
        r_umum = cari_baris(pm, 1, "2.16.01.2.06")
        if r_umum is not None:
            v = pm.getCellByPosition(7, r_umum + 1).getValue()
            cek(v == 81487214 - (83548236 - 905000 + 4500000),
                "%s: Adm. Umum difference follows: %r" % (label, v))
        ra.getCellByPosition(6, r_ra).clearContents(1 | 2 | 4 | 16)
        doc.calculateAll()
        hasil = pm.getCellByPosition(8, r_pm).getString()
        cek(hasil == "Belum ada realisasi", "%s: cleared shows %r"
            % (label, hasil))
        cek(pm.getCellByPosition(7, r_pm).getString() == "",
            "%s: no difference shown for a blank realisasi" % label)
        print("  %-40s follows the Realisasi Anggaran sheet" % label)
    finally:
        doc.close(True)


# ---------------------------------------------------------------------------
# 3. charts drawn: PDF -> PNG -> pixels of the series colours

def baca_png(jalur):
    """(width, height, rows of RGB bytes) of an 8-bit RGB/RGBA/grey PNG,
    non-interlaced, as pdftoppm writes it."""
    with open(jalur, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("%s: not a PNG" % jalur)
    pos, idat = 8, b""
    while pos < len(data):
        n = int.from_bytes(data[pos:pos + 4], "big")
        jenis = data[pos + 4:pos + 8]
        isi = data[pos + 8:pos + 8 + n]
        if jenis == b"IHDR":
            w = int.from_bytes(isi[0:4], "big")
            h = int.from_bytes(isi[4:8], "big")
            kedalaman, warna, interlace = isi[8], isi[9], isi[12]
            if kedalaman != 8 or interlace != 0 or warna not in (0, 2, 6):
                raise ValueError("%s: unsupported PNG" % jalur)
            bpp = {0: 1, 2: 3, 6: 4}[warna]
        elif jenis == b"IDAT":
            idat += isi
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    baris, sebelum = [], bytearray(stride)
    for y in range(h):
        filt = raw[y * (stride + 1)]
        cur = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = cur[i - bpp] if i >= bpp else 0
            b = sebelum[i]
            c = sebelum[i - bpp] if i >= bpp else 0
            if filt == 1:
                cur[i] = (cur[i] + a) & 0xFF
            elif filt == 2:
                cur[i] = (cur[i] + b) & 0xFF
            elif filt == 3:
                cur[i] = (cur[i] + (a + b) // 2) & 0xFF
            elif filt == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                cur[i] = (cur[i] + pr) & 0xFF
        if bpp == 1:
            rgb = bytes(x for v in cur for x in (v, v, v))
        elif bpp == 4:
            rgb = bytes(cur[i] for i in range(len(cur)) if i % 4 != 3)
        else:
            rgb = bytes(cur)
        baris.append(rgb)
        sebelum = cur
    return w, h, baris


def hitung_warna(baris, warna, toleransi=40):
    """Pixels not white, and pixels near each of the given colours."""
    bukan_putih = 0
    dekat = [0] * len(warna)
    for rgb in baris:
        for i in range(0, len(rgb), 3):
            r, g, b = rgb[i], rgb[i + 1], rgb[i + 2]
            if r < 245 or g < 245 or b < 245:
                bukan_putih += 1
                for k, (wr, wg, wb) in enumerate(warna):
                    if abs(r - wr) + abs(g - wg) + abs(b - wb) <= toleransi:
                        dekat[k] += 1
    return bukan_putih, dekat


# The series colours the generator gives its charts (tulis_grafik.c).
WARNA_TARGET = (0x44, 0x72, 0xC4)
WARNA_REALISASI = (0xED, 0x7D, 0x31)
WARNA_DAERAH = (0xA5, 0xA5, 0xA5)


def grafik_tergambar(calc, jalur, simpan):
    pdf = calc.convert(jalur, "pdf")
    prefix = os.path.join(os.path.dirname(pdf), "halaman")
    subprocess.run(["pdftoppm", "-png", "-r", "50", pdf, prefix], check=True,
                   timeout=120)
    halaman = sorted(f for f in os.listdir(os.path.dirname(pdf))
                     if f.startswith("halaman") and f.endswith(".png"))
    cek(halaman, "ringkasan: no PNG pages rendered")
    total_putih, total, daerah_maks = 0, [0, 0, 0], 0
    for h in halaman:
        w, t, baris = baca_png(os.path.join(os.path.dirname(pdf), h))
        bukan_putih, dekat = hitung_warna(
            baris, [WARNA_TARGET, WARNA_REALISASI, WARNA_DAERAH])
        total_putih += bukan_putih
        total = [a + b for a, b in zip(total, dekat)]
        daerah_maks = max(daerah_maks, dekat[2])
        print("  %-40s %dx%d, %d non-white, target %d, realisasi %d, "
              "daerah %d pixels" % (h, w, t, bukan_putih, *dekat))
        if simpan:
            os.makedirs(simpan, exist_ok=True)
            shutil.copy(os.path.join(os.path.dirname(pdf), h), simpan)
    cek(total_putih > 10000, "ringkasan: the rendering is blank (%d)"
        % total_putih)
    # each of the five indicator charts draws target and realisasi bars;
    # the regional chart its own region in orange among grey bars
    cek(total[0] > 2000, "charts: target bars not drawn (%d px)" % total[0])
    cek(total[1] > 2000, "charts: realisasi bars not drawn (%d px)" % total[1])
    # grey also appears in table borders and text edges (about 2 000 px a
    # page at 50 dpi): the regional chart's page must have far more
    cek(daerah_maks > 5000, "charts: regional bars not drawn (%d px at most "
        "on a page)" % daerah_maks)


def main():
    # --keep also keeps the chart pictures, in ./gambar-grafik
    a = harness.arguments(__doc__, generator=True)
    program = a.generator
    with harness.CalcSession(a.oxt, budget=420, soffice=a.soffice,
                             keep=a.keep, label="test_calc") as calc:
        kerja = calc._mkdir("work/buku")
        rencana = os.path.join(kerja, "rencana-tw")
        rencana_triwulan.tulis(program, rencana)
        for mode, args in (("addin", []), ("standar", ["--rumus", "standar"])):
            contoh = os.path.join(kerja, "contoh-" + mode)
            jalankan(program, "-k", contoh, *args)
            tw = os.path.join(kerja, "tw-" + mode)
            jalankan(program, rencana, "-k", tw, "-b", "pengukuran", *args)
            cache_rumus.milik_soffice(calc, contoh)
            cache_rumus.milik_soffice(calc, tw)
            # the one workbook of the year holds every sheet
            bandingkan(calc, os.path.join(contoh, "kinerja-2024.xlsx"),
                       ["Pemeriksaan"], "contoh[%s]" % mode)
            bandingkan(calc, os.path.join(contoh, "kinerja-2024.xlsx"),
                       ["Grafik Kinerja", "Perbandingan Daerah"],
                       "contoh[%s]" % mode)
            bandingkan(calc, os.path.join(tw, "pengukuran-kinerja-2024.xlsx"),
                       ["Triwulan", "Pengukuran Kinerja"],
                       "triwulan[%s]" % mode)
            pemeriksaan_hidup(calc, os.path.join(
                contoh, "kinerja-2024.xlsx"), "pemeriksaan[%s]" % mode)
        kosong = os.path.join(kerja, "kosong")
        jalankan(program, "-k", kosong, "--tanpa-realisasi")
        cache_rumus.milik_soffice(calc, kosong)
        bandingkan(calc, os.path.join(kosong, "kinerja-2024.xlsx"),
                   ["Pemeriksaan"], "kosong[addin]")
        bandingkan(calc, os.path.join(kosong, "kinerja-2024.xlsx"),
                   ["Grafik Kinerja", "Perbandingan Daerah"], "kosong[addin]")
        calc.stop()  # --convert-to needs the profile to itself
        grafik_tergambar(calc, os.path.join(
            kerja, "contoh-addin", "kinerja-2024.xlsx"),
            os.path.abspath("gambar-grafik") if a.keep else None)
    sys.exit(CATATAN.summary())


main()
