/**
 * The inspector's view: the part of a table around the selected cell, as plain values. Pure, from
 * what the port reads, so it works for any table the services create.
 */
import type { CellValue, TableData } from '../core/port/types';
import type { CellRef } from './cellAddress';
import { columnLetters } from './cellAddress';

export interface InspectColumn {
  readonly col: number;
  readonly letters: string;
  readonly header: string;
}

export interface InspectCell {
  readonly value: CellValue;
  /** Formula text of a formula cell: the memory port keeps formulas but does not compute them. */
  readonly formula?: string;
  readonly selected: boolean;
}

export interface InspectRow {
  readonly row: number;
  readonly cells: readonly InspectCell[];
}

export interface InspectWindow {
  readonly table: string;
  readonly columns: readonly InspectColumn[];
  readonly rows: readonly InspectRow[];
}

export interface InspectOptions {
  /** Rows and columns shown on each side of the selected cell. */
  readonly rowsAround: number;
  readonly colsAround: number;
  readonly formulaAt: (row: number, col: number) => string | undefined;
}

/** Undefined when the cell is in no table of `tables` (which should all be on the selected sheet). */
export function inspectWindow(tables: readonly TableData[], at: CellRef, options: InspectOptions): InspectWindow | undefined {
  const t = tables.find(
    (x) =>
      at.row >= x.headerRow &&
      at.row <= x.headerRow + x.rowCount &&
      at.col >= x.firstCol &&
      at.col < x.firstCol + x.headers.length,
  );
  if (!t) return undefined;
  const lastCol = t.firstCol + t.headers.length - 1;
  const fromCol = Math.max(t.firstCol, at.col - options.colsAround);
  const toCol = Math.min(lastCol, at.col + options.colsAround);
  const fromRow = Math.max(t.headerRow + 1, at.row - options.rowsAround);
  const toRow = Math.min(t.headerRow + t.rowCount, at.row + options.rowsAround);

  const columns: InspectColumn[] = [];
  for (let c = fromCol; c <= toCol; c++) {
    columns.push({ col: c, letters: columnLetters(c), header: t.headers[c - t.firstCol] ?? '' });
  }
  const rows: InspectRow[] = [];
  for (let r = fromRow; r <= toRow; r++) {
    const data = t.rows[r - t.headerRow - 1] ?? [];
    rows.push({
      row: r,
      cells: columns.map(({ col }) => {
        const formula = options.formulaAt(r, col);
        return {
          value: data[col - t.firstCol] ?? null,
          ...(formula !== undefined ? { formula } : {}),
          selected: r === at.row && col === at.col,
        };
      }),
    });
  }
  return { table: t.name, columns, rows };
}
