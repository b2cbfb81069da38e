"""kinerja-template --massal through the real command.

A folder of plans (one subfolder per organisation: three good ones, one
with a space in its name, and a bad one, plus a stray file and a hidden
folder) is written with -j 2:

- the good sets land in their own output subfolders, complete;
- the bad plan is reported on stderr with file:line:column, writes
  nothing and does not stop the others; the exit status is 5;
- not on a terminal: no progress bar (no carriage return, no escape);
  on a terminal (a pseudo-terminal): a progress bar on stderr;
- a summary of what was written and what failed;
- all good: exit 0; -j validated; --jobs without --massal refused; a
  folder of plans given without --massal gets a hint; --periksa checks
  every plan and writes nothing; an existing set is refused alone without
  --timpa and replaced with it.

Usage: test_massal.py PATH/TO/kinerja-template
"""

import functools
import os
import pty
import select
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402

PROGRAM = os.path.abspath(sys.argv[1])
CATATAN = catatan.Catatan("test_massal")


cek = CATATAN.cek
jalankan = functools.partial(catatan.jalankan, PROGRAM)


def di_terminal(*args, cwd):
    """Runs the command with stdout and stderr on a pseudo-terminal;
    returns (exit status, everything it wrote)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.execv(PROGRAM, [PROGRAM, *args])
    keluaran = b""
    while True:
        siap, _, _ = select.select([fd], [], [], 120)
        if not siap:
            os.kill(pid, 9)
            break
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        keluaran += data
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), keluaran.decode("utf-8",
                                                              "replace")


def ganti(jalur, lama, baru):
    with open(jalur, encoding="utf-8") as f:
        isi = f.read()
    assert lama in isi, (lama, jalur)
    with open(jalur, "w", encoding="utf-8") as f:
        f.write(isi.replace(lama, baru, 1))


def xlsx_lengkap(jalur):
    try:
        with zipfile.ZipFile(jalur) as z:
            return z.testzip() is None and "xl/workbook.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def main():
    with tempfile.TemporaryDirectory() as tmp:
        kumpulan = os.path.join(tmp, "kumpulan")
        baik = ["dinas-a", "dinas-b", "dinas kominfo"]
        for nama in baik + ["rusak"]:
            rc, _, err = jalankan("--salin-contoh",
                                  os.path.join(kumpulan, nama), cwd=tmp)
            cek(rc == 0, "--salin-contoh %s: %s" % (nama, err))
        ganti(os.path.join(kumpulan, "dinas-b", "identitas.csv"),
              "tahun;2024;", "tahun;2025;")
        ganti(os.path.join(kumpulan, "rusak", "anggaran.csv"),
              ";4.000.000;905.000;", ";4.000.000;sembilan ratus;")
        with open(os.path.join(kumpulan, "BACA.txt"), "w") as f:
            f.write("bukan rencana\n")
        os.makedirs(os.path.join(kumpulan, ".cadangan"))

        # not a terminal: quiet, summary, the bad plan reported
        rc, out, err = jalankan("--massal", "kumpulan", "-k", "hasil", "-j",
                                "2", cwd=tmp)
        cek(rc == 5, "one bad plan: exit %d, expected 5\n%s%s" % (rc, out,
                                                                   err))
        cek("\r" not in err and "\033" not in err and "\r" not in out,
            "no progress bar when not on a terminal: %r" % err[:200])
        cek("kumpulan/rusak/anggaran.csv:12:8: realisasi 'sembilan ratus' "
            "bukan angka" in err, "the bad plan's file:line:column: %s" % err)
        cek("gagal: rusak (kode 1: rencana salah" in err,
            "the bad plan named in the summary: %s" % err)
        cek("massal: 4 rencana, 3 ditulis, 1 gagal" in out,
            "summary line: %s" % out)
        for nama in baik:
            tahun = 2025 if nama == "dinas-b" else 2024
            cek("ditulis: %s -> hasil/%s (1 buku kerja)" % (nama, nama) in out,
                "%s in the summary: %s" % (nama, out))
            folder = os.path.join(tmp, "hasil", nama)
            berkas = sorted(os.listdir(folder)) if os.path.isdir(folder) \
                else []
            cek(berkas == ["kinerja-%d.xlsx" % tahun], "%s: %s" % (nama, berkas))
            cek(all(b.endswith("-%d.xlsx" % tahun) and
                    xlsx_lengkap(os.path.join(folder, b)) for b in berkas),
                "%s: complete workbooks of %d: %s" % (nama, tahun, berkas))
        cek(sorted(os.listdir(os.path.join(tmp, "hasil"))) == sorted(baik),
            "only the good sets, no folder for the bad plan, nothing for "
            "the stray file or hidden folder: %s"
            % os.listdir(os.path.join(tmp, "hasil")))

        # again: every set exists; without --timpa each is refused alone
        rc, out, err = jalankan("--massal", "kumpulan", "-k", "hasil",
                                cwd=tmp)
        cek(rc == 5 and "massal: 4 rencana, 0 ditulis, 4 gagal" in out
            and "sudah ada" in err, "existing sets refused: %d %s" % (rc, out))
        rc, out, err = jalankan("--massal", "kumpulan", "-k", "hasil", "-t",
                                "-j", "1", cwd=tmp)
        cek(rc == 5 and "3 ditulis, 1 gagal" in out, "--timpa: %s" % out)

        # on a terminal: the progress bar
        rc, layar = di_terminal("--massal", "kumpulan", "-k", "hasil-tty",
                                "-j", "3", cwd=tmp)
        cek(rc == 5, "on a terminal: exit %d" % rc)
        cek("] 4/4" in layar and "\r" in layar and "#" in layar,
            "progress bar on a terminal: %r" % layar[:300])
        cek("gagal 1" in layar, "the bar counts failures: %r" % layar[:300])

        # only checked: nothing written
        rc, out, err = jalankan("--massal", "--periksa", "kumpulan", "-k",
                                "hasil-periksa", cwd=tmp)
        cek(rc == 5 and "massal: 4 rencana, 3 sah, 1 gagal" in out and
            not os.path.exists(os.path.join(tmp, "hasil-periksa")),
            "--periksa: %d %s" % (rc, out))

        # all good: exit 0
        rc, out, err = jalankan("--salin-contoh", "baik/satu", cwd=tmp)
        rc, out, err = jalankan("--salin-contoh", "baik/dua", cwd=tmp)
        rc, out, err = jalankan("--massal", "baik", "-k", "hasil-baik",
                                "--rumus", "standar", cwd=tmp)
        cek(rc == 0 and "massal: 2 rencana, 2 ditulis, 0 gagal" in out
            and err == "", "all good: %d %s %s" % (rc, out, err))

        # usage
        for args, harap, apa in (
                (["--massal", "-j", "0", "kumpulan"], 2, "-j 0"),
                (["--massal", "-j", "dua", "kumpulan"], 2, "-j dua"),
                (["-j", "2", "kumpulan/dinas-a"], 2, "--jobs without --massal"),
                (["--massal"], 2, "--massal without a folder"),
                (["--massal", "tidak-ada"], 2, "missing folder"),
                (["--massal", "BACA.txt"], 2, "a file, not a folder"),
                (["--massal", "kumpulan/dinas-a"], 2, "a plan, not a "
                 "folder of plans")):
            if apa == "a file, not a folder":
                args = ["--massal", "kumpulan/BACA.txt"]
            rc, out, err = jalankan(*args, "-k", "hasil-x", cwd=tmp)
            cek(rc == harap, "%s: exit %d, expected %d (%s)" % (apa, rc, harap,
                                                                err))
        rc, out, err = jalankan("kumpulan", "-k", "hasil-y", cwd=tmp)
        cek(rc == 1 and "pakai --massal" in err,
            "a folder of plans without --massal gets a hint: %s" % err)
    sys.exit(CATATAN.summary())


main()
