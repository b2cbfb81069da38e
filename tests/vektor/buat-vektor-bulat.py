#!/usr/bin/python3
"""Make the rounding test vectors with LibreOffice Calc's own ROUND.

    /usr/bin/python3 tests/vektor/buat-vektor-bulat.py   (from the repo root)

writes tests/vektor/bulat.csv (the table, for people) and
tests/vektor/bulat_vektor.inc (the same table as C, for test_bulat.c).

Why UNO and not `soffice --convert-to csv`: both the CSV export and the
office:value attributes of .fods carry only 15 significant digits
(=1/3 comes out as 0.333333333333333), so they cannot tell two neighbouring
doubles apart, and exact doubles are the whole point here.  So the script
starts the same headless soffice with a throwaway profile, listens on a local
socket, puts each input in column A with setValue (the exact double, no
decimal parsing in between), the formula =ROUND(An;d) in column B, lets Calc
recalculate, and reads both columns back with getValue (the exact doubles
Calc holds).  The input read back must equal the one written.

Needs Debian's python3-uno (run it with /usr/bin/python3, not a pyenv
python) and libreoffice-calc.  Re-run it after a LibreOffice upgrade and
look at the diff.
"""

import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.append("/usr/lib/python3/dist-packages")
import uno  # noqa: E402
from com.sun.star.beans import PropertyValue  # noqa: E402


def nilai_uji():
    """The inputs: a list of (label, double), without duplicates."""
    xs = []

    def tambah(label, x):
        xs.append((label, float(x)))

    # The rounding examples of docs/aturan.md and the example report's figures.
    for s in ["90.005", "1.005", "2.675", "22.625", "0.995", "0.125",
              "0.375", "1.015", "1.025", "1.035", "1.045", "1.055",
              "1.065", "1.075", "1.085", "1.095", "8.345", "4.195",
              "4.205", "99.995", "100.005", "110.925", "110.935",
              "96.245", "96.255", "101.565", "93.485", "100.815",
              "98.495", "91.565", "90.475", "104.235", "105.785",
              "1.145", "1.155", "0.045", "0.055", "0.015", "0.025",
              "0.035", "0.065", "0.075", "0.085", "0.095", "5.015",
              "3.495", "3.505", "4.195", "4.199", "4.2", "1.795",
              "1.805", "2.595", "2.605", "75.005", "74.995", "50.005",
              "49.995", "65.005", "80.005", "70.005", "60.005", "30.005"]:
        tambah(s, s)
        tambah("-" + s, "-" + s)
    # Quotients whose exact value has more digits than a double keeps.
    for a, b in [(4.16, 3.75), (96.49, 95), (84.14, 90), (85.20, 86),
                 (96.23, 95.45), (96.25, 95.45), (85.20, 86.5),
                 (84.24, 92), (19, 21), (16, 14), (1, 3), (2, 3),
                 (18416966117, 19133884991), (905000, 4000000),
                 (81487214, 96600000), (3743038658, 4303507000)]:
        tambah("%r/%r" % (a, b), a / b)
        tambah("%r/%r*100" % (a, b), a / b * 100)
    # x.xx5 (and x.x5, x.xxx5) across magnitudes 0.001 .. 1e12.
    for e in range(-3, 13):
        for s in ["1.2345", "2.675", "5.005", "9.995", "1.0005", "4.4445"]:
            x = float(s) * 10.0 ** e
            tambah("%s*10^%d" % (s, e), x)
            tambah("-%s*10^%d" % (s, e), -x)
        for s in ["0.005", "0.0005", "0.05", "0.5"]:
            d = "1" + "0" * max(e, 0)
            tambah(d + s[1:], d + s[1:])
    # Values with 15-17 significant digits near a half.
    for s in ["2.67499999999999", "2.674999999999999", "2.6749999999999998",
              "2.67500000000001", "90.00499999999999", "90.0049999999999",
              "90.004999999999995", "1.00499999999999", "1.004999999999999",
              "0.12345678901234567", "1.2345678901234567",
              "12.345678901234567", "123.45678901234567",
              "1234.5678901234567", "12345.678901234567",
              "123456.78901234567", "1234567.8901234567",
              "12345678.901234567", "123456789.01234567",
              "0.30000000000000004", "0.1", "0.2", "0.7", "1.1",
              "110.93333333333334", "101.56842105263158",
              "0.49999999999999994", "1.4999999999999998",
              "2.5000000000000004", "0.004999999999999999",
              "0.0050000000000000001", "0.00500000000000001",
              "999999999999.995", "999999999999.9949",
              "99999999999999.5", "9999999999999.95"]:
        tambah(s, s)
        tambah("-" + s, "-" + s)
    # Halves.
    for s in ["0.5", "1.5", "2.5", "3.5", "10.5", "0.25", "0.75", "0.05",
              "0.15", "0.35", "0.45", "0.55", "0.65", "0.85", "0.95",
              "1.25", "2.25", "1234567.5", "4503599627370495.5"]:
        tambah(s, s)
        tambah("-" + s, "-" + s)
    # Zero, tiny, huge (>= 2^52, where every double is a whole number).
    for label, x in [("0", 0.0), ("-0", -0.0), ("1e-300", 1e-300),
                     ("5e-324", 5e-324), ("1e-20", 1e-20),
                     ("0.0049", 0.0049), ("2^52", 2.0 ** 52),
                     ("2^52+1", 2.0 ** 52 + 1), ("2^53", 2.0 ** 53),
                     ("2^53+2", 2.0 ** 53 + 2), ("1e15", 1e15),
                     ("1e15+0.5", 1e15 + 0.5), ("1e16", 1e16),
                     ("1e20", 1e20), ("1e300", 1e300),
                     ("DBL_MAX", 1.7976931348623157e308),
                     ("19133884991", 19133884991.0),
                     ("9e10+0.5", 9e10 + 0.5)]:
        tambah(label, x)
        if x != 0.0:
            tambah("-" + label, -x)
    # Pseudo-random x.xxx5 and plain doubles (fixed seed: reproducible).
    rnd = random.Random(20240206)
    for _ in range(60):
        digits = rnd.randint(1, 12)
        whole = rnd.randint(0, 10 ** digits - 1)
        frac = rnd.randint(0, 999)
        s = "%d.%03d5" % (whole, frac)
        tambah(s, s)
    for _ in range(40):
        x = rnd.uniform(-1e6, 1e6)
        tambah(repr(x), x)

    seen = set()
    out = []
    for label, x in xs:
        key = (x, str(x))  # keep 0.0 and -0.0 apart
        if key in seen:
            continue
        seen.add(key)
        out.append((label, x))
    return out


DESIMAL = [0, 1, 2, 3]


def kelas(x):
    """The class of an input, so that each class is one test:
    EKSTREM  0, |x| < 1e-15 or |x| >= 2^52 (no decimals left to round);
    DIGIT17  needs 16 or 17 significant digits to be told apart;
    BIASA    everything else (at most 15 significant digits)."""
    if x == 0.0 or abs(x) < 1e-15 or abs(x) >= 2.0 ** 52:
        return "VK_EKSTREM"
    m = repr(abs(x)).split("e")[0].replace(".", "").lstrip("0").rstrip("0")
    return "VK_DIGIT17" if len(m) > 15 else "VK_BIASA"


def port_bebas():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hitung_di_calc(baris):
    """baris: list of (x, d).  Returns list of (x_read_back, round_result)."""
    profil = tempfile.mkdtemp(prefix="kinerja-vektor-")
    port = port_bebas()
    log = open(os.path.join(profil, "soffice.log"), "w")
    proc = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore",
         "--nologo", "--nodefault",
         "-env:UserInstallation=file://" + profil + "/profil",
         "--accept=socket,host=127.0.0.1,port=%d;urp;" % port],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        lokal = uno.getComponentContext()
        resolver = lokal.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", lokal)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve(
                    "uno:socket,host=127.0.0.1,port=%d;urp;"
                    "StarOffice.ComponentContext" % port)
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            raise SystemExit("soffice did not answer on port %d" % port)
        desktop = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", ctx)
        hidden = PropertyValue()
        hidden.Name = "Hidden"
        hidden.Value = True
        doc = desktop.loadComponentFromURL("private:factory/scalc",
                                           "_blank", 0, (hidden,))
        sheet = doc.Sheets.getByIndex(0)
        for r, (x, d) in enumerate(baris):
            sheet.getCellByPosition(0, r).setValue(x)
            sheet.getCellByPosition(1, r).setFormula(
                "=ROUND(A%d;%d)" % (r + 1, d))
        doc.calculateAll()
        hasil = []
        for r, (x, d) in enumerate(baris):
            a = sheet.getCellByPosition(0, r).getValue()
            b = sheet.getCellByPosition(1, r)
            if b.getError() != 0:
                raise SystemExit("row %d: ROUND(%r;%d) gave error %d"
                                 % (r + 1, x, d, b.getError()))
            hasil.append((a, b.getValue()))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes away with the process
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return hasil
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
        shutil.rmtree(profil, ignore_errors=True)


def versi_lo():
    out = subprocess.run(["soffice", "--version"], capture_output=True,
                         text=True).stdout.strip()
    return out or "unknown"


def main():
    nilai = nilai_uji()
    baris = [(x, d) for _, x in nilai for d in DESIMAL]
    label = [lb for lb, _ in nilai for _ in DESIMAL]
    hasil = hitung_di_calc(baris)
    for (x, d), (a, _) in zip(baris, hasil):
        if repr(a) != repr(x):
            raise SystemExit("Calc stored %r as %r" % (x, a))

    versi = versi_lo()
    kepala = [
        "Rounding vectors made with LibreOffice Calc's own ROUND.",
        "Made by tests/vektor/buat-vektor-bulat.py with " + versi + ":",
        "each x set in a cell with setValue (exact double), =ROUND(x;d)",
        "evaluated by headless Calc, both read back with getValue through",
        "UNO (CSV and .fods exports keep only 15 digits).  Numbers are",
        "Python repr: the shortest decimal that reads back as the same",
        "double.  %d rows." % len(baris),
    ]
    with open(os.path.join(HERE, "bulat.csv"), "w") as f:
        for k in kepala:
            f.write("# " + k + "\n")
        f.write("x,desimal,round,kelas,label\n")
        for (x, d), (_, h), lb in zip(baris, hasil, label):
            f.write("%r,%d,%r,%s,%s\n" % (x, d, h, kelas(x)[3:].lower(),
                                           lb.replace(",", ";")))
    with open(os.path.join(HERE, "bulat_vektor.inc"), "w") as f:
        f.write("/* Generated by tests/vektor/buat-vektor-bulat.py from"
                " LibreOffice\n * Calc's ROUND (%s); do not edit.\n"
                " * Each row: { x, desimal, ROUND(x;desimal), kelas } with"
                " hex floats\n * (exact), the decimal form in the comment."
                " */\n"
                % versi)
        for (x, d), (_, h) in zip(baris, hasil):
            f.write("{%s, %d, %s, %s}, /* ROUND(%r;%d) = %r */\n"
                    % (x.hex(), d, h.hex(), kelas(x), x, d, h))
    print("%d rows written" % len(baris))


if __name__ == "__main__":
    main()
