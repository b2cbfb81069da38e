"""The record of a Python test program's checks, shared by every Python test
in tests/ (e2e, generator, reliability), and the one way those tests run
the program they check (jalankan).

Each check passes or fails with a message; a failure is printed at once
(FAIL ...), so a long run shows its trouble early.  summary() lists the
failures again and ends with the line "N passed, N failed", which the CTest
definitions watch for (FAIL_REGULAR_EXPRESSION), and returns the exit
status: 0 only when nothing failed.

Use:

    import catatan
    c = catatan.Catatan("test_x")
    c.ok("the workbook opens", opened, "exit %d" % rc)
    c.equal(value, 22.63, "Pemeriksaan H7")
    rc, out, err = catatan.jalankan(program, "--periksa", folder)
    sys.exit(c.summary())

A program outside tests/ finds it with
sys.path.insert(0, <the tests folder>).
"""

import subprocess


def jalankan(program, *args, cwd=None, timeout=300):
    """Runs program with args, stdin empty (a test never answers a prompt);
    returns (exit status, stdout, stderr) as text.  Past timeout seconds
    subprocess.TimeoutExpired ends the test: a hang is a failure."""
    p = subprocess.run([program, *args], cwd=cwd, capture_output=True,
                       text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    return p.returncode, p.stdout, p.stderr


class Catatan:
    def __init__(self, label):
        self.label = label
        self.passed = 0
        self.failures = []
        self.section = ""  # shown in brackets before a failure, if set

    def ok(self, name, passed, detail=""):
        """Counts one check; returns whether it passed."""
        if passed:
            self.passed += 1
        else:
            msg = ("[%s] " % self.section if self.section else "") + name
            if detail:
                msg += ": " + detail
            self.failures.append(msg)
            print("FAIL " + msg, flush=True)
        return bool(passed)

    def cek(self, passed, name):
        """ok() with the condition first, as the generator's tests read."""
        return self.ok(name, passed)

    def fail(self, name, detail=""):
        return self.ok(name, False, detail)

    def equal(self, got, want, name):
        return self.ok(name, got == want, "got %r, expected %r" % (got, want))

    def summary(self):
        """Prints the failures and the closing count; the exit status."""
        print()
        if self.failures:
            print("%s: %d failure(s):" % (self.label, len(self.failures)))
            for f in self.failures:
                print("  - " + f)
        print("%d passed, %d failed" % (self.passed, len(self.failures)), flush=True)
        return 1 if self.failures else 0
