#!/usr/bin/python3
"""The extension's face: what the Extension Manager shows of the .oxt.

- The description, in every language description.xml names, names every
  function the package registers (CalcAddIns.xcu's AddInFunctions), each
  on a line of its own with its gloss.
- The icon: description.xml's <icon> names a default and a high-contrast
  picture, both in the package, both 42 x 42 PNG (the size of the
  Extension Manager's icon box).
- No publisher shown as a link that goes nowhere: LibreOffice draws any
  publisher name as a link opening its xlink:href, so a <publisher> must
  carry an http(s) address.

  periksa_wajah.py OXT
"""

import re
import struct
import sys
import xml.etree.ElementTree as ET
import zipfile
import zlib

D = "{http://openoffice.org/extensions/description/2006}"
XLINK = "{http://www.w3.org/1999/xlink}href"
OOR = "{http://openoffice.org/2001/registry}"
SISI_IKON = 42


class Laporan:
    def __init__(self):
        self.gagal = 0
        self.jumlah = 0

    def ok(self, nama, syarat, rincian=""):
        self.jumlah += 1
        if syarat:
            print("ok   " + nama)
        else:
            self.gagal += 1
            print("FAIL %s%s" % (nama, (": " + rincian) if rincian else ""))
        return syarat


def fungsi_terdaftar(z):
    root = ET.fromstring(z.read("CalcAddIns.xcu"))
    for node in root.iter("node"):
        if node.get(OOR + "name") == "AddInFunctions":
            return [f.get(OOR + "name") for f in node.findall("node")]
    return []


def baca_png(data):
    """(width, height, RGBA rows) of an 8-bit RGBA PNG with unfiltered rows,
    as kinerja-meta writes it; raises ValueError on anything else, a bad
    chunk CRC or a bad zlib stream included."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("no PNG signature")
    pos, potongan = 8, {}
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        jenis, isi = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        (crc,) = struct.unpack(">I", data[pos + 8 + n:pos + 12 + n])
        if zlib.crc32(jenis + isi) != crc:
            raise ValueError("bad CRC in chunk %r" % jenis)
        potongan[jenis] = potongan.get(jenis, b"") + isi
        pos += 12 + n
    lebar, tinggi, kedalaman, warna = struct.unpack(">IIBB", potongan[b"IHDR"][:10])
    if (kedalaman, warna) != (8, 6) or b"IEND" not in potongan:
        raise ValueError("not an 8-bit RGBA PNG ending in IEND")
    mentah = zlib.decompress(potongan[b"IDAT"])
    baris = 1 + 4 * lebar
    if len(mentah) != baris * tinggi or any(mentah[y * baris] for y in range(tinggi)):
        raise ValueError("pixel data is not %d unfiltered rows" % tinggi)
    return lebar, tinggi, [mentah[y * baris + 1:(y + 1) * baris] for y in range(tinggi)]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    lap = Laporan()
    with zipfile.ZipFile(sys.argv[1]) as z:
        isi = set(z.namelist())
        desc = ET.fromstring(z.read("description.xml"))
        fungsi = fungsi_terdaftar(z)
        lap.ok("CalcAddIns.xcu registers functions", len(fungsi) > 0)

        srcs = desc.findall(D + "extension-description/" + D + "src")
        lap.ok("description.xml names a description in id and en",
               sorted(s.get("lang") for s in srcs) == ["en", "id"],
               str([s.get("lang") for s in srcs]))
        for s in srcs:
            jalur = s.get(XLINK)
            if not lap.ok("the %s description %s is in the package" % (s.get("lang"), jalur),
                          jalur in isi):
                continue
            teks = z.read(jalur).decode("utf-8")
            baris = teks.splitlines()
            for f in fungsi:
                lap.ok("the %s description names %s on the first line" % (s.get("lang"), f),
                       re.search(r"\b%s\b" % f, baris[0]) is not None)
                lap.ok("the %s description glosses %s" % (s.get("lang"), f),
                       any(re.fullmatch(r"%s: \S.*\." % f, b) for b in baris))

        ikon = desc.find(D + "icon")
        for jenis in ("default", "high-contrast"):
            el = ikon.find(D + jenis) if ikon is not None else None
            jalur = el.get(XLINK) if el is not None else None
            if not lap.ok("<icon><%s> names a file in the package" % jenis,
                          jalur in isi, str(jalur)):
                continue
            try:
                lebar, tinggi, baris = baca_png(z.read(jalur))
            except (ValueError, KeyError, struct.error, zlib.error) as e:
                lap.ok("%s is a valid PNG" % jalur, False, str(e))
                continue
            lap.ok("%s is a %dx%d PNG" % (jalur, SISI_IKON, SISI_IKON),
                   (lebar, tinggi) == (SISI_IKON, SISI_IKON), "%dx%d" % (lebar, tinggi))
            # a rounded tile: clear corners, an opaque middle
            alfa = lambda x, y: baris[y][4 * x + 3]
            lap.ok("%s has transparent corners and an opaque middle" % jalur,
                   alfa(0, 0) == 0 and alfa(lebar - 1, tinggi - 1) == 0 and
                   alfa(lebar // 2, tinggi // 2) == 255)

        for nama in desc.findall(D + "publisher/" + D + "name"):
            lap.ok("publisher %r links to a real address" % nama.text,
                   re.match(r"https?://[^/\s]+\.[^/\s]+", nama.get(XLINK) or "") is not None,
                   "xlink:href=%r: the Extension Manager shows the name as a link"
                   % nama.get(XLINK))
    print("periksa_wajah: %d passed, %d failed" % (lap.jumlah - lap.gagal, lap.gagal))
    sys.exit(1 if lap.gagal else 0)


if __name__ == "__main__":
    main()
