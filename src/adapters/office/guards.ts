/**
 * The ranges a plan fills next to what exists must hold no user data yet ("never lose data"): they
 * are loaded in the read's second round trip and checked before anything is written.
 */
import type { WriteOp } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import { blockAddress } from './address';
import type { PlanTable } from './planTable';

const lc = (s: string): string => s.toLowerCase();

function conflict(message: string): never {
  throw new PortError('conflict', message);
}

/** How much each table named in the plan grows: rows appended and columns added, over the whole plan. */
export function growthOf(ops: readonly WriteOp[]): Map<string, { rows: number; cols: number }> {
  const g = new Map<string, { rows: number; cols: number }>();
  const of = (name: string) => {
    let x = g.get(lc(name));
    if (!x) g.set(lc(name), (x = { rows: 0, cols: 0 }));
    return x;
  };
  for (const op of ops) {
    if (op.op === 'appendRows') of(op.table).rows += op.rows.length;
    if (op.op === 'addColumns') of(op.table).cols += op.columns.length;
  }
  return g;
}

/** A range the plan will write into that must hold no user data yet ("never lose data"). */
export interface Guard {
  readonly kind: 'right' | 'below' | 'create';
  readonly table: string;
  readonly sheet: string;
  readonly used: Excel.Range;
  /** For 'below': rows appended over the whole plan. */
  readonly rows: number;
}

/**
 * Queues, in the read's second round trip, the used range of every area a plan will fill next to
 * what exists: the columns right of a table that gains columns, the rows below a table that gains
 * rows (as wide as it will be), and the area of a new table on an existing sheet (with the rows and
 * columns the plan adds to it later).
 */
export function queueGuards(
  ops: readonly WriteOp[],
  growth: Map<string, { rows: number; cols: number }>,
  sheets: readonly { readonly name: string; readonly ws: Excel.Worksheet }[],
  tables: readonly { readonly name: string; readonly table: Excel.Table }[],
  guards: Guard[],
): void {
  const extent = 'rowIndex,columnIndex,rowCount,columnCount';
  for (const { name, table } of tables) {
    const g = growth.get(lc(name));
    if (!g) continue;
    const whole = table.getRange();
    if (g.cols > 0) guards.push({ kind: 'right', table: name, sheet: '', rows: 0, used: whole.getColumnsAfter(g.cols).getUsedRangeOrNullObject(true).load(extent) });
    if (g.rows > 0) {
      const below = whole.getRowsBelow(g.rows);
      const area = g.cols > 0 ? below.getResizedRange(0, g.cols) : below;
      guards.push({ kind: 'below', table: name, sheet: '', rows: g.rows, used: area.getUsedRangeOrNullObject(true).load(extent) });
    }
  }
  for (const op of ops) {
    if (op.op !== 'createTable') continue;
    const s = sheets.find((x) => lc(x.name) === lc(op.sheet));
    if (!s) continue;
    const g = growth.get(lc(op.name)) ?? { rows: 0, cols: 0 };
    const address = blockAddress(op.row, op.col, 1 + Math.max(1, op.rows.length) + g.rows, op.columns.length + g.cols);
    guards.push({ kind: 'create', table: op.name, sheet: s.name, rows: 0, used: s.ws.getRange(address).getUsedRangeOrNullObject(true).load(extent) });
  }
}

export function checkGuards(guards: readonly Guard[], tables: Map<string, PlanTable>): void {
  for (const g of guards) {
    if (g.used.isNullObject) continue;
    const at = blockAddress(g.used.rowIndex + 1, g.used.columnIndex + 1, g.used.rowCount, g.used.columnCount);
    if (g.kind === 'create') conflict(`Cannot create the table "${g.table}" on "${g.sheet}": cells ${at} there are not empty.`);
    const t = tables.get(lc(g.table))!;
    if (g.kind === 'right') conflict(`Cannot add columns to "${t.name}": cells ${at} to its right are not empty.`);
    // An empty table takes the first appended row into its blank row; the rest go below it.
    const needed = g.rows - (t.blank ? 1 : 0);
    // 0-based index of the row right below the table (below its totals row, where rows.add moves it).
    const firstBelow = t.headerRow + t.rowCount + (t.totals ? 1 : 0);
    if (needed > 0 && g.used.rowIndex < firstBelow + needed) conflict(`Cannot append rows to "${t.name}": cells ${at} below it are not empty.`);
  }
}
