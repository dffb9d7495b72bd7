"""One private LibreOffice (soffice) process driven through UNO, shared by scripts/lo-print.py (the
`print` command) and the test and bench harnesses (test/engine/recalc.py, bench/recalcEdit.py).

Each Office has its own profile directory and pipe, so parallel runs never share state, and opens
private copies of its inputs: LibreOffice puts a lock file beside a document, and a stale one (from a
killed run) makes a hidden load fail. Must run under Debian's /usr/bin/python3 (the one with python3-uno).
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

SOFFICE = os.environ.get("SOFFICE", "/usr/lib/libreoffice/program/soffice")
CONNECT_TIMEOUT_S = 60


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Office:
    def __init__(self, prefix="lo-office-"):
        self.tmp = tempfile.mkdtemp(prefix=prefix)  # profile, plus copies of the inputs
        self.proc = self.desktop = None
        self.loaded = 0

    def start(self):
        pipe = "office_" + uuid.uuid4().hex
        # soffice is a wrapper script -> oosplash -> soffice.bin; its own session lets kill() reach them all.
        self.proc = subprocess.Popen(
            [SOFFICE, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
             "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.join(self.tmp, "profile")),
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + CONNECT_TIMEOUT_S
        while True:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except NoConnectException:
                if self.proc.poll() is not None:
                    raise RuntimeError("soffice exited with code %s before accepting connections" % self.proc.returncode)
                if time.time() > deadline:
                    raise RuntimeError("could not connect to soffice within %ds" % CONNECT_TIMEOUT_S)
                time.sleep(0.2)
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def close(self):
        """Ask soffice to quit, then kill() whatever is left."""
        if self.desktop is not None and self.proc.poll() is None:
            try:
                self.desktop.terminate()
                self.proc.wait(timeout=10)
            except Exception as e:  # the bridge dies with the process; kill() below ends it either way
                sys.stderr.write("soffice did not quit cleanly (%s)\n" % e)
        self.kill()

    def kill(self):
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)  # oosplash may exit before soffice.bin does
            except ProcessLookupError:
                pass
            self.proc.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def open(self, path):
        """A hidden document of a private copy of `path`."""
        self.loaded += 1
        copy = os.path.join(self.tmp, "%d-%s" % (self.loaded, os.path.basename(path)))
        shutil.copyfile(path, copy)
        doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(copy), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise RuntimeError("LibreOffice could not open " + path)
        return doc


def guard(office, timeout, name):
    """A hung soffice blocks the main thread inside a UNO call, where no Python signal handler can run,
    so a watchdog thread enforces the overall deadline (exit 124). SIGTERM/SIGHUP (a killed test run)
    become SystemExit, so that the caller's `finally: office.close()` runs."""
    def on_timeout():
        sys.stderr.write("%s: timed out after %gs\n" % (name, timeout))
        office.kill()
        os._exit(124)
    watchdog = threading.Timer(timeout, on_timeout)
    watchdog.daemon = True
    watchdog.start()
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, _frame: sys.exit(128 + signum))


def col_name(col):
    """Column letters of a 0-based column index."""
    s = ""
    col += 1
    while col:
        col, r = divmod(col - 1, 26)
        s = chr(65 + r) + s
    return s
