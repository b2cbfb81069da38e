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


def ukuran_png(data):
    """(width, height) of a PNG, or None if data is not one."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


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
            ukuran = ukuran_png(z.read(jalur))
            lap.ok("%s is a %dx%d PNG" % (jalur, SISI_IKON, SISI_IKON),
                   ukuran == (SISI_IKON, SISI_IKON), str(ukuran))

        for nama in desc.findall(D + "publisher/" + D + "name"):
            lap.ok("publisher %r links to a real address" % nama.text,
                   re.match(r"https?://[^/\s]+\.[^/\s]+", nama.get(XLINK) or "") is not None,
                   "xlink:href=%r: the Extension Manager shows the name as a link"
                   % nama.get(XLINK))
    print("periksa_wajah: %d passed, %d failed" % (lap.jumlah - lap.gagal, lap.gagal))
    sys.exit(1 if lap.gagal else 0)


if __name__ == "__main__":
    main()
