"""The record of a Python test program's checks, shared by every Python test
in tests/ (e2e, generator, reliability).

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
    sys.exit(c.summary())

A program outside tests/ finds it with
sys.path.insert(0, <the tests folder>).
"""


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
