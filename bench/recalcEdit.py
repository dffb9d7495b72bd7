#!/usr/bin/python3
"""Times LibreOffice's recalculation of an .xlsx: a full calculateAll(), then calculate() after
changing one cell. For the bench only (npm run bench); the tests use test/engine/recalc.py.

Usage: /usr/bin/python3 recalcEdit.py IN.xlsx SHEET CELL VALUE OUT.json [CHECKSHEET CHECKRANGE]
OUT.json: {"loadS", "fullS", "editS", "fullCpuS", "editCpuS" (CPU seconds of soffice), "check": [[...]] (values of CHECKRANGE after the edit)}
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "engine"))
import uno  # noqa: E402
from recalc import Office, prop  # noqa: E402


def cpu_seconds(office):
    """CPU time (user + system) of this run's soffice processes: wall time on a shared, loaded
    machine says more about the neighbours than about the formulas."""
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                if office.tmp.encode() not in f.read():
                    continue
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
        except OSError:
            continue
    return total / os.sysconf("SC_CLK_TCK")


def main(argv):
    path, sheet_name, cell, value, out = argv[:5]
    office = Office()
    office.start()
    try:
        t0 = time.time()
        doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0,
                                                  (prop("Hidden", True),))
        t1, c1 = time.time(), cpu_seconds(office)
        doc.calculateAll()
        t2, c2 = time.time(), cpu_seconds(office)
        target = doc.Sheets.getByName(sheet_name).getCellRangeByName(cell)
        try:
            target.setValue(float(value))
        except ValueError:
            target.setString(value)
        doc.calculate()
        t3, c3 = time.time(), cpu_seconds(office)
        result = {"loadS": t1 - t0, "fullS": t2 - t1, "editS": t3 - t2, "fullCpuS": c2 - c1, "editCpuS": c3 - c2}
        if len(argv) >= 7:
            result["check"] = [list(r) for r in doc.Sheets.getByName(argv[5]).getCellRangeByName(argv[6]).getDataArray()]
        doc.close(True)
        with open(out, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False)
    finally:
        office.close()


if __name__ == "__main__":
    main(sys.argv[1:])
