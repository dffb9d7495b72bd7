#!/usr/bin/python3
"""Recalculate .xlsx files with LibreOffice (headless, via UNO) and dump every cell's value as JSON.

Usage:
  /usr/bin/python3 recalc.py IN.xlsx OUT.json [--save RECALCED.xlsx]
  /usr/bin/python3 recalc.py --batch LIST.json   # LIST = [{"in": ..., "out": ..., "save": optional}]

Output: {"sheets": {name: {"hidden": bool, "cells": {"A1": {"v": ..., "t": "n"|"s"|"e", "f": "=..."}}}}}
Only non-empty cells are written; a missing address means an empty cell.

`soffice --convert-to` keeps the cached values of an .xlsx, so the document is opened through UNO and
calculateAll() is called explicitly. Must run under Debian's /usr/bin/python3 (the one with python3-uno).
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

SOFFICE = os.environ.get("SOFFICE", "/usr/lib/libreoffice/program/soffice")
CONNECT_TIMEOUT_S = 60

# com.sun.star.sheet.CellFlags.FORMULA and FormulaResult.ERROR (constants groups, fixed values).
CELLFLAGS_FORMULA = 16
FORMULARESULT_ERROR = 4


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def col_name(col):
    s = ""
    col += 1
    while col:
        col, r = divmod(col - 1, 26)
        s = chr(65 + r) + s
    return s


def cells_of(range_addresses):
    """Expand CellRangeAddress structs (from the cell queries) into (row, col) pairs."""
    for a in range_addresses:
        for r in range(a.StartRow, a.EndRow + 1):
            for c in range(a.StartColumn, a.EndColumn + 1):
                yield r, c


class Office:
    """One private soffice process: own profile dir and pipe, so parallel test runs never share state."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="lo-recalc-")
        self.proc = self.desktop = None
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    def _start(self):
        pipe = "recalc_" + uuid.uuid4().hex
        # start_new_session: soffice is a wrapper that spawns oosplash -> soffice.bin, so we kill the whole group.
        self.proc = subprocess.Popen(
            [
                SOFFICE,
                "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
                "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
            ],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
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
        try:
            if self.proc is None:
                return
            if self.proc.poll() is None:
                try:
                    self.desktop.terminate()
                except Exception:
                    pass  # the bridge dies with the process; that's the expected outcome
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    pass
            # oosplash may exit before soffice.bin, so always sweep the group we created.
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)

    def recalc(self, in_path, out_path, save_path=None):
        url = uno.systemPathToFileUrl(os.path.abspath(in_path))
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise RuntimeError("LibreOffice could not open " + in_path)
        try:
            doc.calculateAll()
            result = {"sheets": {}}
            for i in range(doc.Sheets.Count):
                sheet = doc.Sheets.getByIndex(i)
                result["sheets"][sheet.Name] = {"hidden": not sheet.IsVisible, "cells": dump_sheet(sheet)}
            with open(out_path, "w", encoding="utf-8") as f:
                json.dump(result, f, ensure_ascii=False)
            if save_path:
                doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(save_path)),
                               (prop("FilterName", "Calc MS Excel 2007 XML"),))
        finally:
            doc.close(True)


def dump_sheet(sheet):
    """Read the used area with a few range calls; per-cell UNO calls cost a pipe round trip each."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    area = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
    data = area.getDataArray()        # numbers as float, text as str, error results as empty
    formulas = area.getFormulaArray()  # '=...' for formulas, but also for text that merely starts with '='
    # Only these two queries tell a formula from text like "=1+1", and which formula results are errors.
    formula_cells = set(cells_of(area.queryContentCells(CELLFLAGS_FORMULA).getRangeAddresses()))
    error_cells = set(cells_of(area.queryFormulaCells(FORMULARESULT_ERROR).getRangeAddresses()))

    cells = {}
    for r, (drow, frow) in enumerate(zip(data, formulas)):
        for c, (v, f) in enumerate(zip(drow, frow)):
            is_formula = (r, c) in formula_cells
            if (r, c) in error_cells:
                # Error text as LibreOffice displays it: "#DIV/0!", "#NAME?", "Err:502", ...
                cell = {"v": sheet.getCellByPosition(c, r).getString(), "t": "e"}
            elif isinstance(v, float):
                cell = {"v": v, "t": "n"}
            elif v == "" and not is_formula:
                continue  # empty cell
            else:
                cell = {"v": v, "t": "s"}
            if is_formula:
                cell["f"] = f
            cells[col_name(c) + str(r + 1)] = cell
    return cells


def main(argv):
    if len(argv) == 2 and argv[0] == "--batch":
        with open(argv[1], encoding="utf-8") as f:
            jobs = json.load(f)
    elif len(argv) in (2, 4) and (len(argv) == 2 or argv[2] == "--save"):
        jobs = [{"in": argv[0], "out": argv[1], "save": argv[3] if len(argv) == 4 else None}]
    else:
        sys.stderr.write(__doc__)
        return 2

    # Turn SIGTERM/SIGHUP (e.g. a test-runner timeout) into SystemExit so the finally below kills soffice.
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda *_: sys.exit(128 + 15))

    office = Office()
    try:
        for job in jobs:
            try:
                office.recalc(job["in"], job["out"], job.get("save"))
            except Exception as e:
                raise RuntimeError("%s: %s" % (job["in"], e)) from e
    finally:
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
