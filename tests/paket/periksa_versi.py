#!/usr/bin/python3
"""One version shown everywhere.

The project's version (project(VERSION) in the top-level CMakeLists.txt,
passed here as --versi) must be what every product says about itself:
`kinerja-template --version`, the .oxt's file name and its description.xml
(the version the Extension Manager shows and compares on update), and the
Debian package's Version field when a .deb is given.

  periksa_versi.py --versi VERSI [--program EXE] [--oxt OXT] [--deb DEB]

Exit 0 when all agree, 1 (naming each disagreement) otherwise.  A tool that
is needed and missing (dpkg-deb) is a failure, never a skip.
"""

import argparse
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

DESC_NS = "{http://openoffice.org/extensions/description/2006}"


def versi_program(program):
    out = subprocess.run([program, "--version"], capture_output=True, text=True,
                         timeout=30, check=True).stdout
    m = re.fullmatch(r"kinerja-template (\S+)\n", out)
    if not m:
        raise ValueError("--version printed %r, not 'kinerja-template VERSION'" % out)
    return m.group(1)


def versi_oxt(oxt):
    with zipfile.ZipFile(oxt) as z:
        root = ET.fromstring(z.read("description.xml"))
    v = root.find(DESC_NS + "version")
    if v is None or not v.get("value"):
        raise ValueError("description.xml has no <version value=...>")
    return v.get("value")


def versi_nama_oxt(oxt):
    m = re.fullmatch(r"kinerja-calc-(.+)\.oxt", os.path.basename(oxt))
    if not m:
        raise ValueError("%s is not named kinerja-calc-VERSION.oxt" % oxt)
    return m.group(1)


def versi_deb(deb):
    return subprocess.run(["dpkg-deb", "-f", deb, "Version"], capture_output=True,
                          text=True, timeout=60, check=True).stdout.strip()


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--versi", required=True, help="project(VERSION)")
    p.add_argument("--program", help="kinerja-template")
    p.add_argument("--oxt")
    p.add_argument("--deb")
    a = p.parse_args()

    sumber = []
    if a.program:
        sumber.append(("kinerja-template --version", versi_program, a.program))
    if a.oxt:
        sumber.append(("the .oxt's file name", versi_nama_oxt, a.oxt))
        sumber.append(("the .oxt's description.xml", versi_oxt, a.oxt))
    if a.deb:
        sumber.append(("the .deb's Version", versi_deb, a.deb))
    if not sumber:
        p.error("give at least one of --program, --oxt, --deb")

    gagal = 0
    for nama, baca, jalur in sumber:
        try:
            v = baca(jalur)
        except (OSError, ValueError, KeyError, ET.ParseError,
                zipfile.BadZipFile, subprocess.SubprocessError) as e:
            print("FAIL %s: cannot read it from %s: %s" % (nama, jalur, e))
            gagal += 1
            continue
        if v == a.versi:
            print("ok   %s: %s" % (nama, v))
        else:
            print("FAIL %s: %s, but the project's version is %s" % (nama, v, a.versi))
            gagal += 1
    print("periksa_versi: %d of %d agree with %s" % (len(sumber) - gagal, len(sumber),
                                                     a.versi))
    sys.exit(1 if gagal else 0)


if __name__ == "__main__":
    main()
