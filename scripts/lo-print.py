#!/usr/bin/python3
"""Render sheets of .xlsx workbooks to PDF with LibreOffice (headless, via UNO), after setting cells.

Used by `ka-workbench print` and by the print tests. Usage:
  /usr/bin/python3 lo-print.py JOBS.json [--timeout SECONDS]

JOBS.json is a list of jobs, all run in one soffice session (its start-up dominates):
  {"in": "book.xlsx",
   "sets": [{"sheet": "...", "cell": "B2", "value": "KH-0001" | 46000}],   # optional
   "pdf": {"out": "out.pdf", "sheets": ["..."]},                           # optional: only these sheets print
   "sweep": {"sheet": "...", "cells": ["B2"], "values": [["KH-0001"], ...],
             "range": "A1:J60", "out": "sweep.json"}}                      # optional
The PDF is written before the sweep. A sweep sets the cells to each tuple in turn, recalculates and records the addresses in `range`
that hold an error, and the range's text: [{"values": [...], "errors": ["B7", ...], "text": [[...]]}].

The input file is never touched: each job opens a private copy. Formulas are recalculated
(calculateAll) before anything is read or printed, because an .xlsx carries stale cached values.
Must run under Debian's /usr/bin/python3 (the one with python3-uno). Exit codes: 0 done, 1 a job
failed (message on stderr), 2 usage, 3 LibreOffice could not be started, 124 timed out.
"""
import json
import os
import sys

import uno

from lo_office import Office, col_name, guard, prop


def set_cells(doc, sets):
    for s in sets:
        cell = doc.Sheets.getByName(s["sheet"]).getCellRangeByName(s["cell"])
        v = s["value"]
        if isinstance(v, (int, float)):
            cell.setValue(v)
        else:
            cell.setString(v)


def sweep(doc, job):
    sheet = doc.Sheets.getByName(job["sheet"])
    area = sheet.getCellRangeByName(job["range"])
    first = area.getRangeAddress()
    results = []
    for values in job["values"]:
        set_cells(doc, [{"sheet": job["sheet"], "cell": c, "value": v} for c, v in zip(job["cells"], values)])
        # The job recalculated everything once; a key change dirties only the view's own cells, so
        # recalculating the dirty cells is exact and lets a sweep visit every key of a large sample.
        doc.calculate()
        data = area.getDataArray()  # None marks an error result
        errors = []
        for r, row in enumerate(data):
            for c, v in enumerate(row):
                if v is None:
                    errors.append(col_name(first.StartColumn + c) + str(first.StartRow + r + 1))
        text = [[cell_text(sheet, first, r, c, v) for c, v in enumerate(row)] for r, row in enumerate(data)]
        results.append({"values": values, "errors": errors, "text": text})
    with open(job["out"], "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False)


def cell_text(sheet, first, r, c, v):
    if v is None:
        return sheet.getCellByPosition(first.StartColumn + c, first.StartRow + r).getString()
    return v


def export_pdf(doc, out, sheets):
    """Only `sheets` print: every other sheet is hidden and loses its print ranges (LibreOffice still
    prints the print range of a hidden sheet)."""
    wanted = set(sheets)
    missing = wanted - set(doc.Sheets.ElementNames)
    if missing:
        raise RuntimeError("no sheet named " + ", ".join(sorted(missing)))
    for name in doc.Sheets.ElementNames:
        s = doc.Sheets.getByName(name)
        if name in wanted:
            s.IsVisible = True
    for name in doc.Sheets.ElementNames:
        if name not in wanted:
            s = doc.Sheets.getByName(name)
            s.setPrintAreas(())
            s.IsVisible = False
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (prop("FilterName", "calc_pdf_Export"),))


def run_job(office, job):
    doc = office.open(job["in"])
    try:
        set_cells(doc, job.get("sets", []))
        doc.calculateAll()
        if job.get("pdf"):
            export_pdf(doc, job["pdf"]["out"], job["pdf"]["sheets"])
        if job.get("sweep"):
            sweep(doc, job["sweep"])
    finally:
        doc.close(True)


def main(argv):
    timeout = 600.0
    if len(argv) >= 2 and argv[-2] == "--timeout":
        timeout, argv = float(argv[-1]), argv[:-2]
    if len(argv) != 1:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        jobs = json.load(f)
    office = Office("lo-print-")
    guard(office, timeout, "lo-print.py")
    try:
        try:
            office.start()
        except Exception as e:
            sys.stderr.write("lo-print.py: %s\n" % e)
            return 3
        for job in jobs:
            try:
                run_job(office, job)
            except Exception as e:
                sys.stderr.write("lo-print.py: %s: %s\n" % (job["in"], e))
                return 1
    finally:
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
