/** A table as a plan sees it: found in the workbook (as read) or created by an earlier step. */
import type { TableLayout } from './layout';

export interface PlanTable {
  name: string;
  sheet: string;
  headerRow: number;
  firstCol: number;
  headers: string[];
  rowCount: number;
  /** The table's only data row is blank (a new, empty table): the first appended row goes there. */
  blank: boolean;
  /** A totals row below the body (Table.showTotals): rows are added above it, never written on it. */
  totals: boolean;
  /** The header row shows (Table.showHeaders); hidden, the row above the body is not the table's. */
  headersShown: boolean;
  /** A filter hides data rows: Excel then deletes none of them (office-js #994). */
  filtered: boolean;
  proxy?: Excel.Table;
}

/** A row is blank when no cell holds a constant (formula cells of calculated columns don't count). */
export function isBlankRow(values: readonly unknown[], formulas: readonly unknown[]): boolean {
  return values.every((v, j) => v === '' || (typeof formulas[j] === 'string' && (formulas[j] as string).startsWith('=') && formulas[j] !== v));
}

/** Whether the block (1-based row, col, size) meets the table, its header and totals rows included. */
export function overlaps(a: PlanTable, row: number, col: number, rows: number, cols: number): boolean {
  const aRows = a.rowCount + 1 + (a.totals ? 1 : 0);
  return a.headerRow < row + rows && row < a.headerRow + aRows && a.firstCol < col + cols && col < a.firstCol + a.headers.length;
}

export function fromLayout(t: TableLayout): PlanTable {
  return {
    name: t.name,
    sheet: t.sheet,
    headerRow: t.headerRow,
    firstCol: t.firstCol,
    headers: [...t.headers],
    rowCount: t.rowCount,
    blank: t.rowCount === 1 && t.lastRow !== undefined && isBlankRow(t.lastRow.values, t.lastRow.formulas),
    totals: t.showTotals,
    headersShown: t.showHeaders,
    filtered: t.filtered === true,
    proxy: t.table,
  };
}
