/**
 * deleteRows for the Office adapter: checked against the table as planned,
 * then queued as a fixed number of range requests (no sync per row).
 */
import { PortError } from '../../core/port/types';
import { blockAddress } from './address';

/** What these ops need of a table as the plan sees it (applyPlan's PlanTable). */
export interface RowOpTable {
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly headers: readonly string[];
  rowCount: number;
}

function conflict(message: string): never {
  throw new PortError('conflict', message);
}

export interface RowRun {
  /** A1 address of the run's cells across the table's columns. */
  readonly address: string;
  readonly rows: number;
}

/**
 * Deleted rows as runs of adjacent rows, bottom run first, so that deleting one run never moves
 * another. Each run is deleted with Range.delete(Up) over the table's columns only (ExcelApi 1.1),
 * which removes whole table rows without touching a table beside it; a log archived by date gives
 * one or a few runs, so the request count does not grow with the rows. Excel keeps one data row in
 * a table: when every row goes, the first stays and its contents are cleared.
 */
export function deleteRuns(t: RowOpTable, rows: readonly number[]): { runs: RowRun[]; clearFirst: string | null } {
  const first = t.headerRow + 1;
  const last = t.headerRow + t.rowCount;
  const sorted = [...rows].sort((a, b) => a - b);
  if (sorted.some((r, i) => !Number.isInteger(r) || r < first || r > last || (i > 0 && sorted[i - 1] === r))) {
    conflict(`Cannot delete rows of "${t.name}": only its data rows ${first}–${last} can be deleted, each once.`);
  }
  const all = sorted.length === t.rowCount;
  const list = all ? sorted.slice(1) : sorted;
  const runs: RowRun[] = [];
  for (let i = list.length - 1; i >= 0; ) {
    let top = list[i] as number;
    const bottom = top;
    while (i > 0 && list[i - 1] === top - 1) top = list[--i] as number;
    i--;
    runs.push({ address: blockAddress(top, t.firstCol, bottom - top + 1, t.headers.length), rows: bottom - top + 1 });
  }
  t.rowCount = Math.max(1, t.rowCount - sorted.length);
  return { runs, clearFirst: all ? blockAddress(first, t.firstCol, 1, t.headers.length) : null };
}
