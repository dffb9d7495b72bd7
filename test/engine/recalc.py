#!/usr/bin/python3
"""Recalculate .xlsx files with LibreOffice (headless, via UNO) and dump every cell's value as JSON.

Usage:
  /usr/bin/python3 recalc.py IN.xlsx OUT.json [--save RECALCED.xlsx]
  /usr/bin/python3 recalc.py --batch LIST.json   # LIST = [{"in": ..., "out": ..., "save": optional}]
  Either form accepts a trailing --timeout SECONDS (default 600) after which soffice is killed.

Output: {"sheets": {name: {"hidden": bool, "cells": {"A1": {"v": ..., "t": "n"|"s"|"e", "f": "=..."}}}}}
Only non-empty cells are written; a missing address means an empty cell.

`soffice --convert-to` keeps the cached values of an .xlsx, so the document is opened through UNO and
calculateAll() is called explicitly. Must run under Debian's /usr/bin/python3 (the one with python3-uno).
"""
import json
import os
import sys
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import uno  # noqa: E402
from lo_office import Office as BaseOffice, col_name, guard, prop  # noqa: E402

DEFAULT_TIMEOUT_S = 600  # whole run; override with a trailing --timeout SECONDS

CELLFLAGS_FORMULA = 16  # com.sun.star.sheet.CellFlags.FORMULA


def cells_of(range_addresses):
    """Expand CellRangeAddress structs (from the cell queries) into (row, col) pairs."""
    for a in range_addresses:
        for r in range(a.StartRow, a.EndRow + 1):
            for c in range(a.StartColumn, a.EndColumn + 1):
                yield r, c


class Office(BaseOffice):
    """A private soffice (scripts/lo_office.py) that recalculates documents and dumps their cells."""

    def __init__(self):
        super().__init__("lo-recalc-")

    def recalc(self, in_path, out_path, save_path=None):
        doc = self.open(in_path)
        try:
            doc.calculateAll()
            if save_path:  # before error_texts() adds its scratch sheet
                doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(save_path)),
                               (prop("FilterName", "Calc MS Excel 2007 XML"),))
            result, errors = {"sheets": {}}, []
            for i in range(doc.Sheets.Count):
                sheet = doc.Sheets.getByIndex(i)
                cells = dump_sheet(sheet, errors)
                result["sheets"][sheet.Name] = {"hidden": not sheet.IsVisible, "cells": cells}
            for cell, text in zip((e[3] for e in errors), error_texts(doc, errors)):
                cell["v"] = text
            with open(out_path, "w", encoding="utf-8") as f:
                json.dump(result, f, ensure_ascii=False)
        finally:
            doc.close(True)


def dump_sheet(sheet, errors):
    """Read the used area with a few range calls: each per-cell UNO call is a ~0.6 ms pipe round trip.

    Error cells get v=None here and are appended to `errors` as (sheet, row, col, cell) for error_texts().
    """
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    area = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
    data = area.getDataArray()         # float for numbers, str for text, None for error results
    formulas = area.getFormulaArray()  # '=...' for formulas, but also for text such as "=1+1"
    # Only this query tells a formula from text that starts with '='.
    formula_cells = set(cells_of(area.queryContentCells(CELLFLAGS_FORMULA).getRangeAddresses()))

    cells = {}
    for r, (drow, frow) in enumerate(zip(data, formulas)):
        for c, (v, f) in enumerate(zip(drow, frow)):
            is_formula = (r, c) in formula_cells
            if v is None:
                cell = {"v": None, "t": "e"}
                errors.append((sheet, r, c, cell))
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


def error_texts(doc, errors):
    """Error text as LibreOffice displays it ("#DIV/0!", "#NAME?", "Err:502", ...) for each error cell.

    getString() per cell would cost ~1 ms each (30 s for a column of 25k #DIV/0!). Instead, a scratch
    sheet computes ERRORTYPE() of every error cell in one range call, and getString() is asked once per
    distinct error code. If the scratch sheet can't be added (e.g. protected workbook structure), fall
    back to per-cell getString().
    """
    if not errors:
        return []
    codes = [None] * len(errors)
    name = "__recalc_" + uuid.uuid4().hex[:8]
    try:
        doc.Sheets.insertNewByName(name, doc.Sheets.Count)
        try:
            column = doc.Sheets.getByName(name).getCellRangeByPosition(0, 0, 0, len(errors) - 1)
            column.setFormulaArray(tuple(
                ("=ERRORTYPE($'%s'.%s%d)" % (sheet.Name.replace("'", "''"), col_name(c), r + 1),)
                for sheet, r, c, _ in errors))
            doc.calculate()  # the workbook may have come with manual calculation mode
            codes = [row[0] for row in column.getDataArray()]
        finally:
            doc.Sheets.removeByName(name)
    except Exception as e:
        sys.stderr.write("recalc.py: reading error codes in bulk failed (%s); asking %d cells one by one\n"
                         % (e, len(errors)))
    text_of_code, texts = {}, []
    for code, (sheet, r, c, _) in zip(codes, errors):
        if code is None or code not in text_of_code:
            text = sheet.getCellByPosition(c, r).getString()
            if code is not None:
                text_of_code[code] = text
        else:
            text = text_of_code[code]
        texts.append(text)
    return texts


def main(argv):
    timeout = DEFAULT_TIMEOUT_S
    if len(argv) >= 2 and argv[-2] == "--timeout":
        timeout, argv = float(argv[-1]), argv[:-2]
    if len(argv) == 2 and argv[0] == "--batch":
        with open(argv[1], encoding="utf-8") as f:
            jobs = json.load(f)
    elif len(argv) == 2 or (len(argv) == 4 and argv[2] == "--save"):
        jobs = [{"in": argv[0], "out": argv[1], "save": argv[3] if len(argv) == 4 else None}]
    else:
        sys.stderr.write(__doc__)
        return 2

    missing = [job["in"] for job in jobs if not os.path.isfile(job["in"])]
    if missing:  # before paying for soffice start-up
        sys.stderr.write("recalc.py: no such file: %s\n" % ", ".join(missing))
        return 1

    office = Office()
    guard(office, timeout, "recalc.py")
    try:
        office.start()
        for job in jobs:
            try:
                office.recalc(job["in"], job["out"], job.get("save"))
            except Exception as e:
                sys.stderr.write("recalc.py: %s: %s\n" % (job["in"], e))
                return 1
    finally:
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
