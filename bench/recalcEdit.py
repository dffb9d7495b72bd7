#!/usr/bin/python3
"""Times LibreOffice's recalculation of an .xlsx: a full calculateAll(), then calculate() after each
of a series of one-cell edits. For the bench only (npm run bench); the tests use test/engine/recalc.py.

Usage: /usr/bin/python3 recalcEdit.py IN.xlsx SHEET OUT.json CHECKSHEET CHECKRANGE CELL VALUE [CELL VALUE ...]
OUT.json: {"loadS", "fullS", "fullCpuS" (CPU seconds of soffice), "edits": [{"cell", "s", "cpuS"}, ...],
"check": [[...]] (values of CHECKRANGE after the first edit)}
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "engine"))
from recalc import Office  # noqa: E402


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
    path, sheet_name, out, check_sheet, check_range = argv[:5]
    edits = list(zip(argv[5::2], argv[6::2]))
    office = Office()
    office.start()
    try:
        t0 = time.time()
        doc = office.open(path)  # a private copy (scripts/lo_office.py)
        t1, c1 = time.time(), cpu_seconds(office)
        doc.calculateAll()
        t2, c2 = time.time(), cpu_seconds(office)
        result = {"loadS": t1 - t0, "fullS": t2 - t1, "fullCpuS": c2 - c1, "edits": []}
        sheet = doc.Sheets.getByName(sheet_name)
        for i, (cell, value) in enumerate(edits):
            target = sheet.getCellRangeByName(cell)
            try:
                target.setValue(float(value))
            except ValueError:
                target.setString(value)
            t, c = time.time(), cpu_seconds(office)
            doc.calculate()
            result["edits"].append({"cell": cell, "s": time.time() - t, "cpuS": cpu_seconds(office) - c})
            if i == 0:
                result["check"] = [list(r) for r in doc.Sheets.getByName(check_sheet).getCellRangeByName(check_range).getDataArray()]
        doc.close(True)
        with open(out, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False)
    finally:
        office.close()


if __name__ == "__main__":
    main(sys.argv[1:])
