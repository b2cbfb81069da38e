#!/usr/bin/python3
"""Generator faults, through the real kinerja-template binary.

The generator writes files people sign.  Whatever goes wrong - a malformed
plan, a full disk, a folder it may not write, a kill in the middle of
writing - there must never be a partial or corrupt workbook under a final
name, and a failed run must say why and exit non-zero.

Cases (each starts from the built-in example, `--salin-contoh`, or from a
generated plan of 10^5 or 10^6 sub kegiatan):

  malformed CSV   truncated (inside a quote, at several offsets, empty),
                  binary (random bytes, a NUL), huge fields (40 000-character
                  and 10 MB text, a 10^6-digit number), unbalanced quotes,
                  10^6 rows (an error on the last line; totals beyond 2^53;
                  valid and checked with --periksa; valid and written),
                  more rows than a worksheet holds, wrong encodings
                  (UTF-16 LE/BE with and without BOM, Latin-1; UTF-8 with a
                  BOM and CR-only lines are valid), a folder or nothing
                  where a file belongs
  full disk       a small tmpfs mounted here as the output folder, at sizes
                  from 4 kB (nothing fits) to 1 MB (everything fits), also
                  over older workbooks with --timpa
  unwritable      a root-owned folder written as nobody, a read-only
                  tmpfs, a path through a regular file, a file where the
                  folder belongs
  kill            SIGKILL at 10 moments of a 10^5-row run (and SIGTERM,
                  SIGINT): every workbook present under its final name is
                  complete (the same zip members and CRCs as an undisturbed
                  run's, but for the creation time in docProps/core.xml);
                  after SIGTERM and SIGINT no temporary file is left

After every run: a success leaves every requested workbook, each a valid
xlsx; a failure exits non-zero with a message naming what is wrong and
leaves no workbook and no temporary file behind (SIGKILL excepted: it
cannot clean up; its leftovers are hidden `.NAME.xlsx.XXXXXX` files,
reported).

Mounting tmpfs needs root; CI runs as root.  Not root is a failure with a
message, never a skip.

Usage: test_gangguan_generator.py PATH/TO/kinerja-template [--ringan]
  --ringan   for a sanitizer build (10-50 times slower): leave out the
             10^6-row cases and the 10 MB field, use a 10^4-digit number
             and a 2*10^4-row plan for the kills
"""

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
import rencana_besar  # noqa: E402

PROGRAM = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else None
BESAR = "--ringan" not in sys.argv
NOBODY = 65534
# Every document as its own file (-b semua): the faults land between files,
# where "all or none" has something to hold (the default writes one file).
SEMUA = ["-b", "semua"]
WORKBOOKS = ["rkt-2024.xlsx", "perjanjian-kinerja-2024.xlsx",
             "pengukuran-kinerja-2024.xlsx", "realisasi-anggaran-2024.xlsx",
             "ringkasan-2024.xlsx"]


R = catatan.Catatan("test_gangguan_generator")
TMP = tempfile.mkdtemp(prefix="kinerja-gangguan-")
os.chmod(TMP, 0o755)
MOUNTS = []


def program_for_nobody():
    """A copy nobody may run: the build tree may sit in root's home."""
    copy = os.path.join(TMP, "kinerja-template")
    if not os.path.exists(copy):
        shutil.copy2(PROGRAM, copy)
        os.chmod(copy, 0o755)
    return copy


def run(args, cwd=None, timeout=300, as_nobody=False, env=None):
    args = list(args)
    if "-k" in args and "-b" not in args:
        args += SEMUA
    argv = [PROGRAM] + args
    if as_nobody:
        argv = ["setpriv", "--reuid=%d" % NOBODY, "--regid=%d" % NOBODY,
                "--clear-groups", program_for_nobody()] + args
    t0 = time.monotonic()
    try:
        p = subprocess.run(argv, cwd=cwd or TMP, capture_output=True, timeout=timeout,
                           env=env)
    except subprocess.TimeoutExpired:  # a hang is a failure, not the end of the test
        return -1, "", "TIMED OUT after %d s (killed)" % timeout, time.monotonic() - t0
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"), time.monotonic() - t0)


def copy_example(name):
    folder = os.path.join(TMP, name)
    shutil.rmtree(folder, ignore_errors=True)
    rc, _, err, _ = run(["--salin-contoh", folder])
    if rc != 0:
        raise RuntimeError("--salin-contoh failed: " + err)
    return folder


def read(folder, name):
    with open(os.path.join(folder, name), "rb") as f:
        return f.read()


def write(folder, name, data):
    path = os.path.join(folder, name)
    if os.path.isdir(path):
        shutil.rmtree(path)
    with open(path, "wb") as f:
        f.write(data)


def valid_xlsx(path):
    """A complete xlsx: a zip whose CRCs check, with the parts a workbook
    needs, every XML part well-formed.  (None, "") or (False, why)."""
    try:
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            if bad:
                return False, "bad CRC in " + bad
            names = z.namelist()
            for need in ("[Content_Types].xml", "xl/workbook.xml", "_rels/.rels"):
                if need not in names:
                    return False, "no " + need
            if not any(n.startswith("xl/worksheets/sheet") for n in names):
                return False, "no worksheet"
            for n in names:
                if n.endswith(".xml") or n.endswith(".rels"):
                    ET.fromstring(z.read(n))
    except Exception as e:  # zipfile.BadZipFile, ET.ParseError, OSError
        return False, "%s: %s" % (type(e).__name__, e)
    return True, ""


def listing(folder):
    """(final workbooks, temporary files) in folder."""
    if not os.path.isdir(folder):
        return [], []
    names = os.listdir(folder)
    final = sorted(n for n in names if n.endswith(".xlsx") and not n.startswith("."))
    temp = sorted(n for n in names if n.startswith("."))
    return final, temp


def check_run(name, rc, err, out_folder, expect=None, message=None, books=WORKBOOKS,
              created=True):
    """The invariant of every run.  expect: None (either outcome is
    acceptable, e.g. a truncation that leaves a valid plan), "ok" or a set of
    exit statuses; message: a regex stderr must match on failure."""
    final, temp = listing(out_folder)
    own = [l for l in err.splitlines() if l.strip() and not l.startswith("[ERROR]")]
    print("  %s: exit %d%s" % (name, rc, ("; " + own[0][:150]) if rc and own else ""))
    if rc == 0:
        R.ok("%s: a success is allowed here" % name, expect in (None, "ok"),
             "exit 0, expected %s; stderr: %s" % (expect, err[-500:]))
        R.ok("%s: every requested workbook written" % name,
             sorted(final) == sorted(books), "%s" % final)
        for f in final:
            good, why = valid_xlsx(os.path.join(out_folder, f))
            R.ok("%s: %s is a complete xlsx" % (name, f), good, why)
        R.ok("%s: no temporary file left" % name, not temp, "%s" % temp)
        return
    R.ok("%s: exit status %d is documented (1 plan, 2 usage, 3 exists, 4 write)"
         % (name, rc), rc in (1, 2, 3, 4), err[-500:])
    if expect not in (None, "ok"):
        R.ok("%s: exit status %s" % (name, sorted(expect)), rc in expect,
             "got %d; stderr: %s" % (rc, err[-800:]))
    elif expect == "ok":
        R.ok("%s: succeeds" % name, False, "exit %d; stderr: %s" % (rc, err[-800:]))
    R.ok("%s: a message of the program's own on stderr" % name, bool(own), err[-300:])
    if message:
        R.ok("%s: the message says %r" % (name, message),
             re.search(message, err) is not None, err[-800:])
    R.ok("%s: no workbook under a final name" % name, not final, "%s" % final)
    R.ok("%s: no temporary file left" % name, not temp, "%s" % temp)
    if created:
        R.ok("%s: the output folder it would have created is not there" % name,
             not os.path.exists(out_folder), out_folder)


# ---------------------------------------------------------------------------
def big_plan(name, n, max_pagu=9_000_000_000, error_last=False):
    """A plan folder with n generated sub kegiatan (rencana_besar.py);
    returns (folder, lines of anggaran.csv)."""
    folder = os.path.join(TMP, name)
    shutil.rmtree(folder, ignore_errors=True)
    r = rencana_besar.tulis(PROGRAM, folder, n, max_pagu, error_last=error_last)
    return folder, len(r.baris)


# ---------------------------------------------------------------------------
def malformed():
    R.section = "malformed CSV"
    base = copy_example("contoh")
    out = os.path.join(TMP, "keluaran")
    anggaran = read(base, "anggaran.csv")

    def case(name, file, data, expect, message=None, args=()):
        plan = copy_example("rusak")
        if data is None:
            os.remove(os.path.join(plan, file))
        elif data == "DIR":
            os.remove(os.path.join(plan, file))
            os.makedirs(os.path.join(plan, file))
        else:
            write(plan, file, data)
        shutil.rmtree(out, ignore_errors=True)
        rc, _, err, took = run([plan, "-k", out] + list(args))
        check_run(name, rc, err, out, expect, message)
        return rc, err

    q = anggaran.index(b';"') + 8
    case("truncated inside a quoted field", "anggaran.csv", anggaran[:q], {1},
         r"anggaran\.csv:\d+:\d+: tanda kutip")
    for k in range(1, 8):
        cut = len(anggaran) * k // 8 + 3
        case("truncated at byte %d of %d" % (cut, len(anggaran)), "anggaran.csv",
             anggaran[:cut], None)
    case("an empty anggaran.csv", "anggaran.csv", b"", {1}, r"anggaran\.csv")
    case("only a header", "kinerja.csv", read(base, "kinerja.csv").split(b"\n")[0] + b"\n",
         None)
    rnd = random.Random(6)
    case("64 kB of random bytes as kinerja.csv", "kinerja.csv",
         bytes(rnd.getrandbits(8) for _ in range(65536)), {1}, r"kinerja\.csv")
    case("a NUL byte inside identitas.csv", "identitas.csv",
         read(base, "identitas.csv").replace(b"Mojokerto", b"Moj\x00kerto", 1), {1},
         r"identitas\.csv:\d+:\d+: berkas memuat byte NUL")
    case("a 40 000-character uraian (over a cell's 32 767)", "anggaran.csv",
         anggaran.replace(b";;Fasilitasi Kunjungan Tamu;", b";;" + b"A" * 40000 + b";", 1),
         {1, 4}, r"32[.,]?767")
    if BESAR:
        case("a 10 MB uraian", "anggaran.csv",
             anggaran.replace(b";;Fasilitasi Kunjungan Tamu;",
                              b";;" + b"B" * 10_000_000 + b";", 1), {1, 4}, r"32[.,]?767")
    digits = 10 ** 6 if BESAR else 10 ** 4
    case("a %d-digit pagu" % digits, "anggaran.csv",
         anggaran.replace(b";4.000.000;905.000;", b";" + b"9" * digits + b";905.000;", 1),
         {1}, r"anggaran\.csv:\d+:7: pagu")
    case("an unbalanced quote at the end", "kinerja.csv",
         read(base, "kinerja.csv") + b'indikator;X9;S1;"tanpa penutup;;;1;;;;;;;\n', {1},
         r"kinerja\.csv:\d+:\d+: tanda kutip")
    case("a stray quote inside a field", "anggaran.csv",
         anggaran.replace(b"Fasilitasi Kunjungan Tamu", b'Fasilitasi "Kunjungan" Tamu', 1),
         {1}, r"anggaran\.csv:\d+:\d+: tanda kutip")
    text = read(base, "identitas.csv").decode("utf-8")
    case("UTF-16 LE with a BOM", "identitas.csv", text.encode("utf-16"), {1},
         r"identitas\.csv:1:1: teks bukan UTF-8")
    case("UTF-16 BE with a BOM", "identitas.csv", b"\xfe\xff" + text.encode("utf-16-be"),
         {1}, r"identitas\.csv:1:1: teks bukan UTF-8")
    case("UTF-16 LE without a BOM", "identitas.csv", text.encode("utf-16-le"), {1},
         r"identitas\.csv:1")
    case("Latin-1 (cp1252)", "anggaran.csv",
         anggaran.decode("utf-8").replace("Fasilitasi", "Fasilitas\u00ed").encode("cp1252"),
         {1}, r"anggaran\.csv:\d+:5: teks bukan UTF-8 \(byte 0xED\)")
    case("UTF-8 with a BOM and CRLF is valid", "anggaran.csv",
         b"\xef\xbb\xbf" + anggaran.replace(b"\n", b"\r\n"), "ok")
    case("CR-only line ends (CSV for Macintosh) are valid", "anggaran.csv",
         anggaran.replace(b"\n", b"\r"), "ok")
    case("CR-only line ends: a problem is named by its own line (fuzz finding G1)",
         "anggaran.csv",
         anggaran.replace(b";4.000.000;905.000;", b";4.000.000;sembilan;", 1)
         .replace(b"\n", b"\r"), {1}, r"anggaran\.csv:12:8: realisasi 'sembilan'")
    case("a folder where kinerja.csv belongs", "kinerja.csv", "DIR", {1},
         r"kinerja\.csv")
    case("kinerja.csv missing", "kinerja.csv", None, {1}, r"kinerja\.csv")

    if not BESAR:
        return
    # 10^6 rows
    for name, kw, expect, message, args in [
            ("10^6 rows, an error on the last line", dict(error_last=True), {1},
             r"anggaran\.csv:%d:8: realisasi 'sembilan' bukan angka", ["--periksa"]),
            ("10^6 rows whose total passes 2^53", dict(max_pagu=90_000_000_000), {1},
             r"2\^53", []),
            ("10^6 valid rows, --periksa", {}, "ok", None, ["--periksa"])]:
        plan, rows = big_plan("sejuta", 10 ** 6, **kw)
        if message and "%d" in message:
            message = message % rows  # the last line is line `rows`
        shutil.rmtree(out, ignore_errors=True)
        rc, _, err, took = run([plan, "-k", out] + args, timeout=600)
        print("  %s (%d lines): exit %d in %.1f s" % (name, rows, rc, took))
        if "--periksa" in args and rc == 0:
            R.ok(name + ": --periksa writes nothing", not os.path.exists(out))
        else:
            check_run(name, rc, err, out, expect, message)
        R.ok(name + ": within 120 s", took < 120, "%.1f s" % took)
    plan, rows = big_plan("sejuta", 10 ** 6)
    shutil.rmtree(out, ignore_errors=True)
    rc, _, err, took = run([plan, "-k", out, "-b", "realisasi"], timeout=900)
    print("  10^6 valid rows written (realisasi): exit %d in %.1f s, %d bytes"
          % (rc, took, sum(os.path.getsize(os.path.join(out, f))
                           for f in listing(out)[0])))
    check_run("10^6 valid rows written", rc, err, out, "ok",
              books=["realisasi-anggaran-2024.xlsx"])
    shutil.rmtree(out, ignore_errors=True)
    plan, rows = big_plan("sejuta", 1_048_600, max_pagu=1_000_000)
    rc, _, err, took = run([plan, "-k", out, "-b", "realisasi"], timeout=900)
    print("  1 048 600 rows (more than a worksheet holds): exit %d in %.1f s"
          % (rc, took))
    check_run("more rows than a worksheet holds", rc, err, out, {1, 4},
              r"(?i)row|baris")
    shutil.rmtree(plan, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)


# ---------------------------------------------------------------------------
def mount_tmpfs(path, options):
    os.makedirs(path, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", path], check=True)
    MOUNTS.append(path)


def umount(path):
    subprocess.run(["umount", path], check=False)
    if path in MOUNTS:
        MOUNTS.remove(path)


def full_disk():
    R.section = "full disk"
    plan = copy_example("contoh-disk")
    disk = os.path.join(TMP, "disk")
    outcomes = []
    for kb in [4, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 96, 128, 1024]:
        mount_tmpfs(disk, "size=%dk,mode=0755" % kb)
        try:
            out = os.path.join(disk, "keluaran")
            rc, _, err, _ = run([plan, "-k", out])
            check_run("tmpfs of %d kB" % kb, rc, err, out, {4} if kb < 32 else None,
                      r"(?i)no space left|penuh|gagal ditulis")
            outcomes.append((kb, rc))
            if rc != 0:
                R.ok("tmpfs of %d kB: nothing left on the disk" % kb,
                     os.listdir(disk) == [], "%s" % os.listdir(disk))
        finally:
            umount(disk)
    print("  exit status by tmpfs size: %s" % ", ".join("%d kB: %d" % o for o in outcomes))
    R.ok("some sizes fail with exit 4 and the largest succeeds",
         any(rc == 4 for _, rc in outcomes) and outcomes[-1][1] == 0, "%s" % outcomes)

    # Over older workbooks with --timpa: a failure leaves the older ones whole.
    mount_tmpfs(disk, "size=256k,mode=0755")
    try:
        out = os.path.join(disk, "keluaran")
        rc, _, err, _ = run([plan, "-k", out])
        R.ok("--timpa: the older workbooks are written first", rc == 0, err[-300:])
        before = {f: read(out, f) for f in listing(out)[0]}
        filler = os.path.join(disk, "pengisi")
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
        try:  # fill the disk, then leave 8 kB free
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        os.close(fd)
        os.truncate(filler, max(0, os.path.getsize(filler) - 8192))
        rc, _, err, _ = run([plan, "-k", out, "--timpa"])
        R.ok("--timpa on a full disk: exit 4", rc == 4, "exit %d: %s" % (rc, err[-300:]))
        final, temp = listing(out)
        R.ok("--timpa on a full disk: no temporary file left", not temp, "%s" % temp)
        for f, data in before.items():
            R.ok("--timpa on a full disk: %s is the older one, whole" % f,
                 os.path.isfile(os.path.join(out, f)) and read(out, f) == data)
    finally:
        umount(disk)


def unwritable():
    R.section = "unwritable"
    plan = copy_example("contoh-tulis")
    os.chmod(plan, 0o755)
    for f in os.listdir(plan):
        os.chmod(os.path.join(plan, f), 0o644)
    locked = os.path.join(TMP, "terkunci")
    os.makedirs(locked, exist_ok=True)
    os.chmod(locked, 0o755)  # root's; nobody may not write here
    out = os.path.join(locked, "keluaran")
    rc, _, err, _ = run([plan, "-k", out], as_nobody=True)
    check_run("a root-owned folder, run as nobody", rc, err, out, {4},
              r"(?i)permission denied|izin|tidak dapat")
    rc, _, err, _ = run([plan, "-k", locked], as_nobody=True)
    check_run("an existing root-owned folder, run as nobody", rc, err, locked, {4},
              r"(?i)permission denied|izin|tidak dapat", created=False)

    ro = os.path.join(TMP, "hanya-baca")
    mount_tmpfs(ro, "size=1m,mode=0755,ro")
    try:
        out = os.path.join(ro, "keluaran")
        rc, _, err, _ = run([plan, "-k", out])
        check_run("a read-only file system (even for root)", rc, err, out, {4},
                  r"(?i)read-only|hanya.baca|tidak dapat")
    finally:
        umount(ro)

    afile = os.path.join(TMP, "sebuah-berkas")
    with open(afile, "w") as f:
        f.write("x")
    out = os.path.join(afile, "keluaran")
    rc, _, err, _ = run([plan, "-k", out])
    check_run("a path through a regular file", rc, err, out, {4},
              r"(?i)not a directory|bukan folder|tidak dapat")
    rc, _, err, _ = run([plan, "-k", afile])
    check_run("a file where the output folder belongs", rc, err, afile, {4},
              r"(?i)not a directory|bukan folder|file exists|tidak dapat", created=False)
    R.ok("the file in the way is untouched", open(afile).read() == "x")


# ---------------------------------------------------------------------------
def crcs(path):
    with zipfile.ZipFile(path) as z:
        return {i.filename: i.CRC for i in z.infolist() if i.filename != "docProps/core.xml"}


def kills():
    R.section = "kill"
    plan, rows = big_plan("seratus-ribu", 10 ** 5 if BESAR else 2 * 10 ** 4,
                          max_pagu=90_000_000_000)
    ref = os.path.join(TMP, "acuan")
    shutil.rmtree(ref, ignore_errors=True)
    rc, _, err, duration = run([plan, "-k", ref], timeout=600)
    R.ok("the undisturbed run succeeds", rc == 0, err[-300:])
    reference = {f: crcs(os.path.join(ref, f)) for f in listing(ref)[0]}
    print("  undisturbed run of %d lines: %.1f s" % (rows, duration))
    leftovers = []
    placed_partly = 0
    for k, sig in ([(i, signal.SIGKILL) for i in range(10)] +
                   [(5, signal.SIGTERM), (3, signal.SIGINT)]):
        delay = duration * (0.05 + 0.1 * k)
        out = os.path.join(TMP, "dibunuh")
        shutil.rmtree(out, ignore_errors=True)
        p = subprocess.Popen([PROGRAM, plan, "-k", out, *SEMUA], cwd=TMP,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(delay)
        p.send_signal(sig)
        _, err = p.communicate(timeout=120)
        final, temp = listing(out)
        name = "%s after %.1f s" % (signal.Signals(sig).name, delay)
        if p.returncode == 0:
            # it finished before the signal: an ordinary success
            check_run(name + " (finished first)", 0, err.decode(), out, "ok")
            continue
        R.ok(name + ": the run did not succeed", p.returncode != 0)
        for f in final:
            path = os.path.join(out, f)
            good, why = valid_xlsx(path)
            R.ok("%s: %s under its final name is a complete xlsx" % (name, f), good, why)
            R.ok("%s: %s is the whole workbook (members and CRCs of the "
                 "undisturbed run's)" % (name, f), good and crcs(path) == reference.get(f))
        if sig != signal.SIGKILL:
            # a catchable signal: the program removes its temporary files
            # and ends as the signal ends it
            R.ok("%s: ended by the signal" % name, p.returncode == -sig,
                 "exit %s" % p.returncode)
            R.ok("%s: no temporary file left" % name, not temp, ", ".join(temp))
        if final and len(final) < len(WORKBOOKS):
            placed_partly += 1
        leftovers.append((name, len(final), temp))
    for name, n_final, temp in leftovers:
        print("  %s: %d workbook(s) in place, %d temporary file(s) left%s"
              % (name, n_final, len(temp), " (%s)" % ", ".join(temp) if temp else ""))
    if placed_partly:
        print("  note: %d kill(s) fell between placing the first and the last "
              "workbook: some complete workbooks in place, others not" % placed_partly)
    shutil.rmtree(plan, ignore_errors=True)


def main():
    if PROGRAM is None or not os.access(PROGRAM, os.X_OK):
        print(__doc__)
        print("GENERATOR FAULTS: give the kinerja-template binary", file=sys.stderr)
        return 2
    if os.geteuid() != 0:
        print("GENERATOR FAULTS: this test mounts tmpfs file systems (a full disk, "
              "a read-only one) and runs the generator as nobody, which needs root; "
              "CI runs it as root. Run it with sudo.", file=sys.stderr)
        return 1
    started = time.monotonic()
    try:
        for section in (malformed, full_disk, unwritable, kills):
            t0 = time.monotonic()
            try:
                section()
            except Exception as e:
                import traceback
                R.ok("section %s raised" % section.__name__, False,
                     "%s\n%s" % (e, traceback.format_exc()))
            print("  %-12s %6.1f s" % (section.__name__, time.monotonic() - t0), flush=True)
    finally:
        for m in list(MOUNTS):
            umount(m)
        shutil.rmtree(TMP, ignore_errors=True)
    print("generator faults took %.0f s" % (time.monotonic() - started))
    return R.summary()


if __name__ == "__main__":
    sys.exit(main())
