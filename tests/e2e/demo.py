#!/usr/bin/python3
"""kinerja-demo: the add-in working in real LibreOffice Calc.

Builds a small sheet from the seed's Tabel 3.2 (2024 column) and the 2024
budget, lets headless Calc evaluate it with the Kinerja extension, and prints
the results next to the figures printed in the report.

Which installation is used:
  --install       first install --oxt for real: as root system-wide
                  (`unopkg add --shared`), as a normal user into the user's
                  own profile (`unopkg add`);
  then, in order:
  shared          the extension is installed system-wide: a throwaway profile
                  sees it (soffice runs as `nobody` when we are root);
  user            (not root) it is installed in the user's own profile: that
                  profile is used;
  throwaway       otherwise the .oxt is installed into a throwaway profile
                  only (nothing on the system changes).
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import harness  # noqa: E402
import seed  # noqa: E402
import tabel  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def say(msg):
    print("kinerja-demo: " + msg, flush=True)


def newest_oxt():
    found = sorted(glob.glob(os.path.join(REPO, "build", "kinerja-calc-*.oxt")),
                   key=os.path.getmtime)
    return found[-1] if found else None


def unopkg_lists(unopkg, shared):
    argv = [unopkg, "list"] + (["--shared"] if shared else [])
    try:
        with tempfile.TemporaryFile() as out:
            subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=out,
                           stderr=subprocess.STDOUT, timeout=120, check=False)
            out.seek(0)
            text = out.read().decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return False
    return ("Identifier: " + harness.EXTENSION_ID) in text


def install_for_real(soffice, unopkg, oxt):
    shared = os.geteuid() == 0
    profile = os.path.join(os.path.expanduser("~"), ".config", "libreoffice", "4", "user")
    if not shared and not os.path.isdir(profile):
        # docs/calc.md: a fresh profile must be initialised before unopkg add
        say("creating your LibreOffice profile first")
        with tempfile.TemporaryFile() as out:
            subprocess.run([soffice, "--headless", "--terminate_after_init"],
                           stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                           timeout=120)
    argv = [unopkg, "add", "--force", "--suppress-license"] + (["--shared"] if shared else [])
    say("installing %s %s" % (oxt, "system-wide (unopkg add --shared)" if shared
                              else "into your LibreOffice profile (unopkg add)"))
    with tempfile.TemporaryFile() as out:
        rc = subprocess.run(argv + [oxt], stdin=subprocess.DEVNULL, stdout=out,
                            stderr=subprocess.STDOUT, timeout=300).returncode
        out.seek(0)
        log = out.read().decode("utf-8", "replace")
    if rc != 0:
        harness.die("unopkg add failed (rc %d):\n%s" % (rc, log))


def convert_in_user_profile(soffice, src, workdir):
    """soffice --convert-to with the user's own profile (mode "user")."""
    outdir = os.path.join(workdir, "out")
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(workdir, "soffice.log"), "wb") as log:
        try:
            rc = subprocess.run([soffice, "--headless", "--norestore", "--convert-to",
                                 tabel.CSV_FILTER, "--outdir", outdir, src],
                                stdin=subprocess.DEVNULL, stdout=log,
                                stderr=subprocess.STDOUT, timeout=180).returncode
        except subprocess.TimeoutExpired:
            harness.die("soffice --convert-to did not finish in 180 s")
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".csv")
    if rc != 0 or not os.path.isfile(out):
        harness.die("soffice --convert-to failed (rc %d); is LibreOffice running with a "
                    "dialog open?" % rc)
    return out


def print_table(rows, mode):
    report_fig = []
    for _, target, realisasi in seed.TABEL_3_2_2024:
        c = next(c for c in seed.CAPAIAN if c.table == "3.2" and c.year == 2024
                 and (c.target, c.realisasi) == (target, realisasi))
        report_fig.append(c.printed + ("*" if c.truncated else ""))
    report_fig.append("96,25")             # Tabel 3.5 / 3.7
    report_fig.append(seed.EFISIENSI[3])   # Tabel 3.8
    header = rows[0] + ["Laporan"]
    body = [r + [f] for r, f in zip(rows[1:], report_fig)]
    widths = [max(len(r[k]) for r in [header] + body) for k in range(len(header))]
    print()
    print("Kinerja for Calc: LKjIP Diskominfo Kabupaten Mojokerto 2024, Tabel 3.2 (2024)")
    print("dihitung oleh LibreOffice Calc (headless) dengan add-in %s [%s]"
          % (harness.EXTENSION_ID, mode))
    print()
    for r in [header] + body:
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:4], widths[1:4])] + \
                [r[4].ljust(widths[4]), r[5].rjust(widths[5])]
        print("  ".join(cells).rstrip())
    print()
    print("Rumus di Calc: =CAPAIAN(B2;C2)  =KATEGORI(D2;\"BERHASIL\")  =SERAPAN(B7;C7)  "
          "=KATEGORI(D7)  =EFISIENSI(D2;D7)")
    print("* laporan memotong angka ini (mis. 100,817 -> 100,81); Calc membulatkan "
          "(100,82), seperti ROUND.")


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--oxt", help="the extension (default: the newest build/kinerja-calc-*.oxt)")
    p.add_argument("--install", action="store_true",
                   help="install --oxt for real first (root: --shared; user: own profile)")
    p.add_argument("--soffice")
    args = p.parse_args()
    soffice, unopkg = harness.find_soffice(args.soffice)
    oxt = os.path.abspath(args.oxt) if args.oxt else newest_oxt()
    if args.install:
        if not oxt or not os.path.isfile(oxt):
            harness.die("--install needs the .oxt: build it (cmake --build build --target oxt) "
                        "or pass --oxt FILE")
        install_for_real(soffice, unopkg, oxt)

    root = os.geteuid() == 0
    if unopkg_lists(unopkg, shared=True):
        mode = "shared"
    elif not root and unopkg_lists(unopkg, shared=False):
        mode = "user"
    elif oxt and os.path.isfile(oxt):
        mode = "throwaway"
    else:
        harness.die("the extension %s is not installed and no .oxt was found: build it "
                    "(cmake -S . -B build && cmake --build build) or pass --oxt FILE"
                    % harness.EXTENSION_ID)
    say("using the %s installation%s" % (mode, " of " + oxt if mode == "throwaway" else ""))

    if mode == "user":
        workdir = tempfile.mkdtemp(prefix="kinerja-demo-")
        try:
            src = os.path.join(workdir, "tabel-3-2-2024.fods")
            tabel.write_fods(src)
            rows = tabel.read_csv(convert_in_user_profile(soffice, src, workdir))
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    else:
        calc = harness.CalcSession(oxt if mode == "throwaway" else None, budget=300,
                                   label="kinerja-demo", see_shared=(mode == "shared"))
        try:
            calc.prepare()
            src = os.path.join(calc.work, "tabel-3-2-2024.fods")
            tabel.write_fods(src)
            rows = tabel.read_csv(calc.convert(src, tabel.CSV_FILTER))
        except harness.HarnessError as e:
            harness.die(str(e))
        finally:
            calc.close()

    bad = [c for r in rows for c in r if c.startswith("#") or c.startswith("Err:")]
    if len(rows) < 8 or any("#NAME?" in c for c in bad):
        harness.die("Calc does not know the functions (%s): the extension is not active in "
                    "this profile" % (bad[:1] or "no rows"))
    print_table(rows, mode)
    if bad:
        harness.die("error values in the results: %s" % bad)


if __name__ == "__main__":
    main()
