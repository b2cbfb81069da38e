#!/usr/bin/env python3
"""Usage: periksa_oxt.py OXT

Checks that the extension is one package for Linux x86_64 and Windows
x86_64, the way LibreOffice's Extension Manager reads it:

- description.xml's <platform> lists exactly linux_x86_64 and
  windows_x86_64 (an office on any other platform refuses the package);
- META-INF/manifest.xml registers one .components file per platform, each
  with the media-type parameter platform=<token> (the Extension Manager
  skips an entry whose platform is not the running office's), and the
  type library and the Function Wizard configuration once, with no
  platform: both platforms use the same kinerja.rdb and CalcAddIns.xcu;
- each .components file names its own platform's library, with the same
  implementation and service, and that library is in the package: an ELF
  x86-64 kinerja.uno.so and a PE x86-64 kinerja.uno.dll.
"""
import struct
import sys
import xml.etree.ElementTree as ET
import zipfile

MANIFEST = "{http://openoffice.org/2001/manifest}"
DESKRIPSI = "{http://openoffice.org/extensions/description/2006}"
KOMPONEN = "{http://openoffice.org/2010/uno-components}"

PLATFORM = {
    # token: (library file, check of its header)
    "linux_x86_64": ("kinerja.uno.so", "elf"),
    "windows_x86_64": ("kinerja.uno.dll", "pe"),
}

gagal = []


def salah(pesan):
    gagal.append(pesan)


def mesin_elf(isi):
    """e_machine of an ELF file, or None."""
    if len(isi) < 20 or isi[:4] != b"\x7fELF":
        return None
    return struct.unpack_from("<H", isi, 18)[0]


def mesin_pe(isi):
    """The COFF machine of a PE file, or None."""
    if len(isi) < 64 or isi[:2] != b"MZ":
        return None
    pe = struct.unpack_from("<I", isi, 0x3C)[0]
    if isi[pe:pe + 4] != b"PE\0\0":
        return None
    return struct.unpack_from("<H", isi, pe + 4)[0]


def media_type(nilai):
    """'a/b;k=v;...' -> ('a/b', {k: v})."""
    bagian = [b.strip() for b in nilai.split(";")]
    param = {}
    for b in bagian[1:]:
        k, _, v = b.partition("=")
        param[k.strip().lower()] = v.strip()
    return bagian[0].lower(), param


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with zipfile.ZipFile(sys.argv[1]) as oxt:
        nama = set(oxt.namelist())
        print("periksa_oxt: %s holds %s" % (sys.argv[1], " ".join(sorted(nama))))

        deskripsi = ET.fromstring(oxt.read("description.xml"))
        platform = deskripsi.find(DESKRIPSI + "platform")
        token = set()
        if platform is None:
            salah("description.xml has no <platform>")
        else:
            token = {t.strip() for t in platform.get("value", "").split(",")}
        if token != set(PLATFORM):
            salah("description.xml platforms %s, expected %s"
                  % (sorted(token), sorted(PLATFORM)))

        manifest = ET.fromstring(oxt.read("META-INF/manifest.xml"))
        komponen = {}
        bersama = {}
        for entri in manifest.iter(MANIFEST + "file-entry"):
            jalur = entri.get(MANIFEST + "full-path")
            jenis, param = media_type(entri.get(MANIFEST + "media-type", ""))
            if jalur not in nama:
                salah("manifest names %s, which is not in the package" % jalur)
            if jenis == "application/vnd.sun.star.uno-components":
                p = param.get("platform")
                if p is None:
                    salah("%s is registered on every platform" % jalur)
                elif p in komponen:
                    salah("two component files for %s" % p)
                else:
                    komponen[p] = jalur
            else:
                if "platform" in param:
                    salah("%s (%s) is registered for %s only"
                          % (jalur, jenis, param["platform"]))
                bersama[jenis] = jalur
        if set(komponen) != set(PLATFORM):
            salah("component files for %s, expected %s"
                  % (sorted(komponen), sorted(PLATFORM)))
        for jenis in ("application/vnd.sun.star.uno-typelibrary",
                      "application/vnd.sun.star.configuration-data"):
            if jenis not in bersama:
                salah("no %s entry shared by both platforms" % jenis)

        implementasi = set()
        for p, jalur in sorted(komponen.items()):
            if p not in PLATFORM:
                continue
            pustaka, format_ = PLATFORM[p]
            akar = ET.fromstring(oxt.read(jalur))
            uri = [k.get("uri") for k in akar.iter(KOMPONEN + "component")]
            if uri != [pustaka]:
                salah("%s names %s, expected [%r]" % (jalur, uri, pustaka))
            for imp in akar.iter(KOMPONEN + "implementation"):
                layanan = tuple(sorted(s.get("name") for s in imp.iter(KOMPONEN + "service")))
                implementasi.add((imp.get("name"), layanan))
            if pustaka not in nama:
                salah("%s is not in the package" % pustaka)
                continue
            isi = oxt.read(pustaka)
            if format_ == "elf" and mesin_elf(isi) != 62:  # EM_X86_64
                salah("%s is not an ELF x86-64 library" % pustaka)
            if format_ == "pe" and mesin_pe(isi) != 0x8664:  # AMD64
                salah("%s is not a PE x86-64 library" % pustaka)
        if len(implementasi) != 1:
            salah("the platforms register different implementations: %s"
                  % sorted(implementasi))

    for g in gagal:
        print("periksa_oxt: " + g, file=sys.stderr)
    if gagal:
        sys.exit(1)
    print("periksa_oxt: one package for %s, rdb and xcu shared"
          % ", ".join(sorted(komponen)))


if __name__ == "__main__":
    main()
