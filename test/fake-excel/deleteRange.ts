/**
 * `Range.delete(shift)` (ExcelApi 1.1) as the fake models it, for the archive's row deletions.
 * Only shift 'Up' is modelled. The rules, stricter than Excel where the documentation is silent
 * (README, real-Excel checklist):
 * - a range that covers whole data rows of a table (exactly its columns, rows within the body)
 *   removes those table rows: the cells below in the table's columns move up and the table shrinks;
 *   the sample in office-js #994 deletes table rows this way;
 * - a table whose data is filtered keeps its rows: Excel does not delete them and reports nothing
 *   (office-js #994), so a caller has to check the row count afterwards;
 * - deleting every data row, cutting through part of a table (some of its columns, its header or
 *   totals row), or moving another table up is refused with InvalidOperation, as Excel's UI refuses
 *   "This operation is not allowed. The operation is attempting to shift cells in a table".
 */
import type { Rect } from './a1';
import { MAX_ROWS, cellKey, keyCol, keyRow, overlaps } from './a1';
import { CODES, FakeUsageError, fail } from './errors';
import type { FakeWorkbook, SheetState, TableState } from './state';

const SHIFT_REFUSED = 'This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.';

export function deleteRange(wb: FakeWorkbook, s: SheetState, rect: Rect, shift: unknown): void {
  if (shift !== 'Up') throw new FakeUsageError(`range.delete(${JSON.stringify(shift)}) is not modelled (only 'Up')`);
  wb.assertWritable(s);
  const touched = wb.tablesOn(s).filter((t) => overlaps(wb.tableRect(t), rect));
  if (touched.length > 1) fail(CODES.invalidOperation, SHIFT_REFUSED);
  const t = touched[0];
  if (t) {
    const body = wb.bodyRect(t);
    const wholeRows = rect.c === body.c && rect.cols === body.cols && rect.r >= body.r && rect.r + rect.rows <= body.r + body.rows;
    if (!wholeRows || rect.rows >= t.rows) fail(CODES.invalidOperation, SHIFT_REFUSED);
    if (t.filtered) return;
  }
  // Another table below, in the columns that move up, would move or be cut.
  const below: Rect = { r: rect.r + rect.rows, c: rect.c, rows: MAX_ROWS - rect.r - rect.rows, cols: rect.cols };
  if (wb.tablesOn(s).some((o) => o !== t && overlaps(wb.tableRect(o), below))) fail(CODES.invalidOperation, SHIFT_REFUSED);
  const inColumns = (k: number) => keyCol(k) >= rect.c && keyCol(k) < rect.c + rect.cols;
  for (const k of [...s.cells.keys()]) if (inColumns(k) && keyRow(k) >= rect.r && keyRow(k) < rect.r + rect.rows) s.cells.delete(k);
  const moving = [...s.cells.keys()].filter((k) => inColumns(k) && keyRow(k) >= rect.r + rect.rows).sort((a, b) => a - b);
  for (const k of moving) {
    const cell = s.cells.get(k)!;
    s.cells.delete(k);
    s.cells.set(cellKey(keyRow(k) - rect.rows, keyCol(k)), cell);
  }
  if (t) shrink(t, rect.rows);
}

function shrink(t: TableState, rows: number): void {
  t.rows -= rows;
}
