"""Headless LibreOffice Calc for the end-to-end tests and the demo.

One CalcSession is one throwaway LibreOffice profile with the Kinerja
extension installed into it, and (while started) one headless soffice that
listens on a TCP port of 127.0.0.1 for the UNO bridge.  The facts this relies
on are in docs/calc.md ("Headless Calc for tests"):

- ``unopkg`` refuses a per-user install as root, so when we are root soffice
  and unopkg run as an unprivileged user (nobody, 65534) through ``setpriv``,
  with every writable folder owned by that user; a normal user runs them as
  itself.  This Python process stays root and talks to soffice over TCP (a
  pipe's name embeds the user id, a socket does not).
- A fresh profile is initialised with ``soffice --terminate_after_init``
  BEFORE ``unopkg add``, or the extension is silently ignored; unopkg never
  runs while soffice uses the profile.
- soffice output goes to files, never to a pipe.
- The profile's registrymodifications.xcu sets ooLocale (the UI language the
  Function Wizard texts come from) and OOXMLRecalcMode/ODFRecalcMode = 0, so
  files are always recalculated on load.

Nothing may hang CI: every child process has a timeout, and a watchdog thread
kills soffice and exits the test program with status 3 when the program's
overall time budget is spent (a UNO call into a hung soffice never returns).
"""

import argparse
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from xml.sax.saxutils import escape

EXTENSION_ID = "id.kinerja.calc"
SERVICE_NAME = "id.kinerja.Fungsi"
# Calc stores an add-in function in files as SERVICE.METHOD, upper case.
FILE_PREFIX = SERVICE_NAME.upper() + "."

UNPRIVILEGED_UID = 65534  # nobody
UNPRIVILEGED_GID = 65534  # nogroup


class HarnessError(RuntimeError):
    """The harness itself could not do its job (no soffice, install failed,
    soffice died, ...).  Always fatal and always reported loudly."""


def die(message, status=2):
    sys.stderr.write("\nE2E HARNESS FAILURE: %s\n" % message)
    sys.stderr.flush()
    sys.exit(status)


def import_uno():
    """Debian's python3-uno lives in /usr/lib/python3/dist-packages; a
    python3 from pyenv or a venv cannot import it."""
    try:
        import uno
    except ImportError:
        die("cannot import the 'uno' module with %s; install python3-uno and "
            "run the tests with Debian's /usr/bin/python3" % sys.executable)
    return uno


def find_soffice(explicit=None):
    path = explicit or os.environ.get("KINERJA_SOFFICE") or shutil.which("soffice")
    if not path or not os.access(path, os.X_OK):
        die("soffice not found (looked at %r); install libreoffice-calc-nogui"
            % (explicit or "PATH"))
    unopkg = os.path.join(os.path.dirname(os.path.realpath(path)), "unopkg")
    if not os.access(unopkg, os.X_OK):
        unopkg = shutil.which("unopkg")
    if not unopkg:
        die("unopkg not found next to %s nor on PATH" % path)
    return path, unopkg


def free_port():
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def file_url(path):
    import urllib.parse
    return "file://" + urllib.parse.quote(os.path.abspath(path))


class Watchdog:
    """Kills every registered process group and exits the program when the
    time budget runs out; nothing else can interrupt a hung UNO call."""

    def __init__(self, seconds, label):
        self.seconds = seconds
        self.label = label
        self.groups = set()
        self.cleanup = []   # folders to remove when the watchdog fires
        self.report = None  # a checks.Report, for the closing line
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()
        # CTest or a user stopping us: take soffice down too.
        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, self._on_signal)

    def _on_signal(self, signum, frame):
        self.kill_all()
        for path in self.cleanup:
            shutil.rmtree(path, ignore_errors=True)
        sys.stderr.write("\nE2E HARNESS FAILURE: stopped by signal %d\n" % signum)
        os._exit(128 + signum)

    def kill_all(self):
        with self._lock:
            groups = list(self.groups)
        for pgid in groups:
            with contextlib.suppress(OSError):
                os.killpg(pgid, signal.SIGKILL)

    def watch(self, pgid):
        with self._lock:
            self.groups.add(pgid)

    def unwatch(self, pgid):
        with self._lock:
            self.groups.discard(pgid)

    def cancel(self):
        self._timer.cancel()

    def _fire(self):
        sys.stderr.write("\nE2E WATCHDOG: %s exceeded its budget of %d s; "
                         "killing soffice and failing.\n" % (self.label, self.seconds))
        sys.stderr.flush()
        self.kill_all()
        for path in self.cleanup:
            shutil.rmtree(path, ignore_errors=True)
        report = self.report
        if report is not None:
            sys.stdout.write("%d passed, %d failed (the watchdog stopped the rest)\n"
                             % (report.passed, len(report.failures) + 1))
        sys.stdout.flush()
        os._exit(3)


def _set_registry_items(xcu_path, items):
    """Sets (path, prop, value) items in a profile's registrymodifications.xcu,
    replacing any earlier setting of the same property."""
    with open(xcu_path, encoding="utf-8") as f:
        text = f.read()
    for path, prop, value in items:
        pattern = re.compile(r'<item oor:path="%s"><prop oor:name="%s"[^>]*>.*?</prop></item>\s*'
                             % (re.escape(path), re.escape(prop)), re.S)
        text = pattern.sub("", text)
        kind = "xs:int" if isinstance(value, int) else "xs:string"
        item = ('<item oor:path="%s"><prop oor:name="%s" oor:op="fuse" oor:type="%s">'
                '<value>%s</value></prop></item>\n'
                % (path, prop, kind, escape(str(value))))
        if "</oor:items>" not in text:
            raise HarnessError("%s has no </oor:items>: not a registrymodifications.xcu"
                               % xcu_path)
        text = text.replace("</oor:items>", item + "</oor:items>")
    with open(xcu_path, "w", encoding="utf-8") as f:
        f.write(text)


class CalcSession:
    """A throwaway profile with the extension installed, and a headless soffice.

    Use as a context manager::

        with CalcSession(oxt, locale="id-ID", budget=300) as calc:
            doc = calc.new_document()
    """

    def __init__(self, oxt=None, locale="en-US", system_locale=None, budget=300,
                 label=None, soffice=None, keep=False, see_shared=False):
        self.label = label or os.path.basename(sys.argv[0])
        self.oxt = os.path.abspath(oxt) if oxt else None
        if self.oxt and not os.path.isfile(self.oxt):
            die("the extension %s does not exist; build it first "
                "(cmake --build build --target oxt)" % self.oxt)
        self.locale = locale
        self.system_locale = system_locale
        self.soffice, self.unopkg = find_soffice(soffice)
        self.keep = keep or os.environ.get("KINERJA_E2E_KEEP") == "1"
        # The tests hide system-wide extensions (UNO_SHARED_PACKAGES_CACHE is
        # pointed into the temp dir), so a stale `unopkg add --shared` never
        # shadows the .oxt under test; the demo's "shared" mode sees them.
        self.see_shared = see_shared
        self.as_root = os.geteuid() == 0
        self.watchdog = Watchdog(budget, self.label)
        self.proc = None
        self.port = None
        self.ctx = None
        self.desktop = None
        self._starts = 0
        self.dir = tempfile.mkdtemp(prefix="kinerja-e2e-")
        os.chmod(self.dir, 0o755)
        if not self.keep:
            self.watchdog.cleanup.append(self.dir)
        self.home = self._mkdir("home")
        self.tmp = self._mkdir("tmp")
        self.work = self._mkdir("work")  # files soffice reads and writes
        self.profile = self._mkdir("profile")
        self.ext_dirs = {name: self._mkdir("ext/" + name.lower()) for name in (
            "UNO_SHARED_PACKAGES_CACHE", "SHARED_EXTENSIONS_USER",
            "BUNDLED_EXTENSIONS_USER", "TMP_EXTENSIONS", "BAK_EXTENSIONS")}
        self.log_dir = self._mkdir("logs")
        self.installed = False

    # -- folders and commands -------------------------------------------
    def _mkdir(self, rel):
        path = os.path.join(self.dir, rel)
        os.makedirs(path, exist_ok=True)
        self._own(path)
        return path

    def _own(self, path):
        """Makes path (and its parents inside our temp dir) belong to the
        unprivileged user when we are root."""
        if not self.as_root:
            return
        while True:
            os.chown(path, UNPRIVILEGED_UID, UNPRIVILEGED_GID)
            if os.path.samefile(path, self.dir):
                break
            path = os.path.dirname(path)

    def env_args(self):
        args = ["-env:UserInstallation=" + file_url(self.profile)]
        for name, path in self.ext_dirs.items():
            if name == "UNO_SHARED_PACKAGES_CACHE" and self.see_shared:
                continue
            args.append("-env:%s=%s" % (name, file_url(path)))
        return args

    def _command(self, argv):
        """argv run as the unprivileged user when root, with a small clean
        environment (no pyenv, no LD_* of the caller)."""
        env = ["HOME=" + self.home, "TMPDIR=" + self.tmp, "PATH=/usr/bin:/bin",
               "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "SAL_USE_VCLPLUGIN=svp"]
        if self.as_root:
            return (["setpriv", "--reuid=%d" % UNPRIVILEGED_UID,
                     "--regid=%d" % UNPRIVILEGED_GID, "--clear-groups",
                     "env", "-i"] + env + argv)
        return ["env", "-i"] + env + argv

    def run(self, argv, timeout, log_name):
        """Runs a short soffice/unopkg command to completion; output to a log
        file; returns (returncode, log text).  Killed at the timeout."""
        log_path = os.path.join(self.log_dir, log_name)
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(self._command(argv), stdin=subprocess.DEVNULL,
                                    stdout=log, stderr=subprocess.STDOUT,
                                    cwd=self.work, start_new_session=True)
            self.watchdog.watch(proc.pid)
            try:
                rc = proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(OSError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                raise HarnessError("%s timed out after %d s (log %s):\n%s"
                                   % (" ".join(argv[:2]), timeout, log_path,
                                      self._tail(log_path)))
            finally:
                self.watchdog.unwatch(proc.pid)
                # oosplash may leave soffice.bin behind in the group
                with contextlib.suppress(OSError):
                    os.killpg(proc.pid, signal.SIGKILL)
        return rc, self._tail(log_path, 4000)

    @staticmethod
    def _tail(path, limit=2000):
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            return "(no log)"
        return data[-limit:].decode("utf-8", "replace")

    # -- profile ---------------------------------------------------------
    def prepare(self):
        """Initialises the profile, installs the extension, sets the registry."""
        rc, log = self.run([self.soffice] + self.env_args() +
                           ["--headless", "--norestore", "--terminate_after_init"],
                           timeout=120, log_name="init.log")
        xcu = os.path.join(self.profile, "user", "registrymodifications.xcu")
        if rc != 0 or not os.path.isfile(xcu):
            raise HarnessError("soffice --terminate_after_init failed (rc %d); "
                               "no profile at %s:\n%s" % (rc, xcu, log))
        if self.oxt:
            self.install(self.oxt)
        self.configure()

    def install(self, oxt):
        """unopkg add into the throwaway profile (never while soffice runs)."""
        if self.proc is not None:
            raise HarnessError("unopkg must not run while soffice uses the profile")
        local = os.path.join(self.work, os.path.basename(oxt))
        shutil.copyfile(oxt, local)
        self._own(local)
        rc, log = self.run([self.unopkg, "add", "--suppress-license"] +
                           self.env_args() + [local], timeout=180,
                           log_name="unopkg-add.log")
        if rc != 0:
            raise HarnessError("unopkg add %s failed (rc %d):\n%s" % (oxt, rc, log))
        rc, listing = self.run([self.unopkg, "list"] + self.env_args(),
                               timeout=120, log_name="unopkg-list.log")
        if rc != 0 or ("Identifier: " + EXTENSION_ID) not in listing:
            raise HarnessError("after unopkg add, `unopkg list` does not show %s "
                               "(rc %d):\n%s" % (EXTENSION_ID, rc, listing))
        if "is registered: yes" not in listing:
            raise HarnessError("the extension %s is listed but not registered:\n%s"
                               % (EXTENSION_ID, listing))
        self.installed = True

    def configure(self, locale=None, system_locale=None):
        """ooLocale (Function Wizard language), optional system locale (number
        format and decimal separator of typed formulas), recalc on load."""
        if self.proc is not None:
            raise HarnessError("change the profile only while soffice is stopped")
        if locale:
            self.locale = locale
        if system_locale is not None:
            self.system_locale = system_locale
        # LibreOffice 7.4 rewrites ooLocale at every start from the user's UI
        # language choice (Linguistic/General/UILocale, else the system's);
        # both are set, and the language must be installed (for id-ID the
        # package libreoffice-l10n-id), or Calc falls back to en-US.
        items = [("/org.openoffice.Setup/L10N", "ooLocale", self.locale),
                 ("/org.openoffice.Office.Linguistic/General", "UILocale", self.locale),
                 ("/org.openoffice.Office.Calc/Formula/Load", "OOXMLRecalcMode", 0),
                 ("/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode", 0)]
        if self.system_locale:
            items.append(("/org.openoffice.Setup/L10N", "ooSetupSystemLocale",
                          self.system_locale))
        xcu = os.path.join(self.profile, "user", "registrymodifications.xcu")
        _set_registry_items(xcu, items)
        self._own(xcu)

    # -- soffice server --------------------------------------------------
    def start(self):
        if self.proc is not None:
            return
        uno = import_uno()
        last_log = ""
        for attempt in range(3):
            self.port = free_port()
            self._starts += 1
            log_path = os.path.join(self.log_dir, "soffice-%d.log" % self._starts)
            log = open(log_path, "wb")
            argv = [self.soffice] + self.env_args() + [
                "--headless", "--invisible", "--nologo", "--norestore",
                "--nodefault", "--nolockcheck",
                "--accept=socket,host=127.0.0.1,port=%d;urp;" % self.port]
            self.proc = subprocess.Popen(self._command(argv), stdin=subprocess.DEVNULL,
                                         stdout=log, stderr=subprocess.STDOUT,
                                         cwd=self.work, start_new_session=True)
            log.close()
            self.watchdog.watch(self.proc.pid)
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext(
                "com.sun.star.bridge.UnoUrlResolver", local)
            url = ("uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext"
                   % self.port)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    break
                try:
                    self.ctx = resolver.resolve(url)
                    break
                except Exception:  # NoConnectException until soffice listens
                    time.sleep(0.2)
            if self.ctx is not None:
                self.desktop = self.ctx.ServiceManager.createInstanceWithContext(
                    "com.sun.star.frame.Desktop", self.ctx)
                return
            last_log = self._tail(log_path)
            self._kill()
        raise HarnessError("soffice did not accept a UNO connection within 60 s "
                           "(3 attempts); last log:\n%s" % last_log)

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self):
        """Asks soffice to terminate, then kills its process group."""
        if self.proc is None:
            return
        if self.desktop is not None and self.alive():
            done = threading.Event()

            def terminate():
                with contextlib.suppress(Exception):
                    self.desktop.terminate()
                done.set()
            threading.Thread(target=terminate, daemon=True).start()
            done.wait(15)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=15)
        self._kill()

    def _kill(self):
        if self.proc is None:
            return
        with contextlib.suppress(OSError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=10)
        self.watchdog.unwatch(self.proc.pid)
        self.proc = None
        self.ctx = None
        self.desktop = None

    def restart(self, locale=None, system_locale=None):
        self.stop()
        self.configure(locale, system_locale)
        self.start()

    # -- documents -------------------------------------------------------
    def props(self, **kwargs):
        uno = import_uno()
        result = []
        for name, value in kwargs.items():
            p = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
            p.Name = name
            p.Value = value
            result.append(p)
        return tuple(result)

    def new_document(self):
        doc = self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                self.props(Hidden=True))
        if doc is None:
            raise HarnessError("soffice could not create a spreadsheet")
        return doc

    def load(self, path, **props):
        """Opens path hidden; extra MediaDescriptor properties (such as an
        InteractionHandler) are passed through."""
        props.setdefault("Hidden", True)
        doc = self.desktop.loadComponentFromURL(file_url(path), "_blank", 0,
                                                self.props(**props))
        if doc is None:
            raise HarnessError("soffice could not load %s" % path)
        return doc

    def store(self, doc, path, filter_name):
        doc.storeToURL(file_url(path), self.props(FilterName=filter_name,
                                                  Overwrite=True))
        if not os.path.isfile(path):
            raise HarnessError("storing %s with filter %s wrote nothing"
                               % (path, filter_name))

    def ui_locale(self):
        """The UI language soffice actually chose (ooLocale after start-up)."""
        cp = self.service("com.sun.star.configuration.ConfigurationProvider")
        node = cp.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess",
            self.props(nodepath="/org.openoffice.Setup/L10N"))
        return node.getByName("ooLocale")

    def service(self, name):
        return self.ctx.ServiceManager.createInstanceWithContext(name, self.ctx)

    def convert(self, src, fmt="csv", timeout=120):
        """soffice --convert-to with this profile (soffice must be stopped):
        the file-based way a user or the demo evaluates a sheet."""
        if self.proc is not None:
            raise HarnessError("stop the UNO soffice before --convert-to on the same profile")
        outdir = self._mkdir("work/out")
        local = os.path.join(self.work, os.path.basename(src))
        if os.path.abspath(src) != local:
            shutil.copyfile(src, local)
        self._own(local)
        rc, log = self.run([self.soffice] + self.env_args() +
                           ["--headless", "--norestore", "--convert-to", fmt,
                            "--outdir", outdir, local],
                           timeout=timeout, log_name="convert.log")
        base = os.path.splitext(os.path.basename(local))[0]
        ext = fmt.split(":")[0]
        out = os.path.join(outdir, base + "." + ext)
        if rc != 0 or not os.path.isfile(out):
            raise HarnessError("soffice --convert-to %s %s failed (rc %d):\n%s"
                               % (fmt, src, rc, log))
        return out

    # -- lifetime --------------------------------------------------------
    def __enter__(self):
        try:
            self.prepare()
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        self.stop()
        self.watchdog.cancel()
        if self.keep:
            sys.stderr.write("kept the e2e work dir %s\n" % self.dir)
        else:
            shutil.rmtree(self.dir, ignore_errors=True)


def oxt_member(oxt, suffix):
    """Text of the first member of the .oxt whose name ends with suffix."""
    with zipfile.ZipFile(oxt) as z:
        for name in z.namelist():
            if name.endswith(suffix):
                return z.read(name).decode("utf-8")
    raise HarnessError("%s has no member ending in %s" % (oxt, suffix))


def interaction_recorder():
    """A com.sun.star.task.XInteractionHandler that records every request
    (a repair prompt, a warning, a password question) as a line of text in
    its ``requests`` list, and answers none: a file that needs one fails
    the check that the list is empty."""
    import_uno()
    import unohelper
    from com.sun.star.task import XInteractionHandler

    class Recorder(unohelper.Base, XInteractionHandler):
        def __init__(self):
            self.requests = []

        def handle(self, request):
            what = "a request"
            try:
                r = request.getRequest()
                what = "%s: %s" % (getattr(r, "typeName", type(r).__name__),
                                   getattr(r, "Message", "") or str(r)[:300])
            except Exception as e:   # pyuno cannot convert some requests
                what = "a request pyuno cannot show (%s)" % type(e).__name__
            self.requests.append(what)

    return Recorder()


def open_checked(calc, report, path, prefix=None, label=""):
    """Loads a copy of path in soffice's own folder (a file soffice cannot
    lock opens read-only, and a read-only document ignores clearContents)
    with an interaction_recorder; report (anything with ok(name, passed,
    detail)) gets two checks: no request at all (a repair prompt, a
    warning) and not read-only.  label starts their names.  Returns the
    document."""
    local = os.path.join(calc.work, (prefix + "-" if prefix else "") + os.path.basename(path))
    if os.path.abspath(path) != local:
        shutil.copyfile(path, local)
    calc._own(local)
    handler = interaction_recorder()
    doc = calc.load(local, InteractionHandler=handler)
    name = label + os.path.basename(path)
    report.ok("%s opens without any repair prompt or warning" % name,
              not handler.requests, "; ".join(handler.requests))
    report.ok("%s opens editable" % name, not doc.isReadonly())
    return doc


def arguments(description=None, generator=False, extra=None):
    """The command line of a test in Calc: --oxt (required, must exist),
    --soffice and --keep; with generator also --generator (required), the
    kinerja-template to run, which must be executable and comes back as an
    absolute path.  extra(parser), if given, adds the test's own options.
    A missing file ends the program through die()."""
    p = argparse.ArgumentParser(description=description,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--oxt", required=True, help="the built kinerja-calc-*.oxt")
    if generator:
        p.add_argument("--generator", required=True, help="the built kinerja-template")
    p.add_argument("--soffice", help="soffice to use (default: from PATH)")
    p.add_argument("--keep", action="store_true",
                   help="keep the throwaway profile and what the test wrote")
    if extra:
        extra(p)
    args = p.parse_args()
    if not os.path.isfile(args.oxt):
        die("the extension %s does not exist; build it first "
            "(cmake --build build --target oxt)" % args.oxt)
    if generator:
        args.generator = os.path.abspath(args.generator)
        if not (os.path.isfile(args.generator) and os.access(args.generator, os.X_OK)):
            die("the generator %s does not exist; build it first "
                "(cmake --build build --target kinerja-template)" % args.generator)
    return args


def used_area_values(sheet):
    """The values of a sheet from A1 to the end of its used area, as
    getDataArray() gives them (rows of numbers and strings)."""
    cur = sheet.createCursor()
    cur.gotoEndOfUsedArea(False)
    end = cur.getRangeAddress()
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()


def sheets_of(doc):
    """The sheets of a document, in order."""
    sheets = doc.getSheets()
    return [sheets.getByIndex(i) for i in range(sheets.getCount())]
