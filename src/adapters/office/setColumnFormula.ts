/**
 * setColumnFormula on Office.js: turns an existing table column into a calculated column. Setting
 * one formula on the column's whole data body (the single-value form of Range.formulas) fills every
 * row, and Excel then keeps it as the column's calculated formula for rows added later, as it does
 * for a column added with a formula (addColumns). The column's number format, width and computed
 * look are reset as for a new column; its old dropdown goes, since nothing is typed there any more.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member
 * Real-Excel checklist: with "Fill formulas in tables to create calculated columns" switched off,
 * Excel fills the rows but does not mark the column as calculated (rows added later stay empty).
 */
import type { ColumnFormat, WriteOp } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import { columnFormatBytes, queueColumnFormat } from './columnFormat';
import type { PlanTable } from './planTable';

/** What the step needs of the table as planned so far (planTable.ts). */
type TablePlace = Pick<PlanTable, 'name' | 'sheet' | 'headerRow' | 'firstCol' | 'headers' | 'rowCount' | 'headersShown'>;

interface StepWriter {
  readonly batch: { reserve(bytes: number): Promise<void> };
  ws(sheet: string): Excel.Worksheet;
}

/** Checks the op against the table as planned so far and returns the step that queues its writes. */
export function setColumnFormulaStep(
  t: TablePlace,
  op: Extract<WriteOp, { op: 'setColumnFormula' }>,
  validation: boolean,
  defer: (queue: () => void) => void,
): (w: StepWriter) => Promise<void> {
  const header = op.column.header.trim().toLowerCase();
  const j = t.headers.findIndex((h) => h.trim().toLowerCase() === header);
  if (j < 0) throw new PortError('conflict', `Cannot set a formula in "${t.name}": it has no column "${op.column.header}".`);
  const column: ColumnFormat = { ...op.column, header: t.headers[j]! };
  const rows = t.rowCount;
  return async (w) => {
    await w.batch.reserve(300 + columnFormatBytes(column));
    queueColumnFormat(w.ws(t.sheet), { headerRow: t.headerRow, col: t.firstCol + j, rows, rowsAtEnd: () => rows, headerShown: t.headersShown }, column, { validation, reset: true, defer });
  };
}
