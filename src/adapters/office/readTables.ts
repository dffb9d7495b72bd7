/**
 * Reads table rows in chunks so that no response comes near Excel on the web's 5 MB limit (FACTS).
 * A chunk's size is planned from the bytes per cell seen so far for that table (a conservative
 * guess before the first read); several small tables share one round trip. Should a response still
 * exceed the limit, the chunk is retried at half the size: reading changes nothing, so a retry is safe.
 */
import type { CellValue, ProgressReporter, TableData } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import { blockAddress } from './address';
import { isPayloadLimitError } from './errors';
import { readLayout } from './layout';
import type { TableLayout } from './layout';
import { INITIAL_BYTES_PER_CELL, MAX_CELLS_PER_READ, PAYLOAD_BUDGET_BYTES, estimateBytes } from './payload';

/** Headroom over the bytes per cell observed so far (later rows may hold longer texts). */
const SAFETY = 1.5;

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

interface Progress {
  readonly t: TableLayout;
  readonly rows: CellValue[][];
  /** Observed (or assumed) bytes per cell, times the safety factor. */
  bytesPerCell: number;
}

interface Piece {
  readonly p: Progress;
  readonly start: number;
  readonly count: number;
  readonly range: Excel.Range;
}

export async function readTableData(ctx: Excel.RequestContext, names: readonly string[] | undefined, progress?: ProgressReporter): Promise<TableData[]> {
  // Formula results are read below: in manual calculation mode Excel recalculates first (DECISIONS).
  const layout = await readLayout(ctx, names ? { tables: names, recalculate: true } : { recalculate: true });
  const states: Progress[] = layout.tables.map((t) => ({ t, rows: [], bytesPerCell: INITIAL_BYTES_PER_CELL }));
  const total = states.reduce((n, s) => n + s.t.rowCount, 0);
  let done = 0;

  for (;;) {
    const pieces: Piece[] = [];
    let budget = PAYLOAD_BUDGET_BYTES;
    let cells = 0;
    for (const p of states) {
      const remaining = p.t.rowCount - p.rows.length;
      if (remaining <= 0) continue;
      const cols = p.t.headers.length;
      const byBytes = Math.floor(budget / (p.bytesPerCell * cols));
      const byCells = Math.floor((MAX_CELLS_PER_READ - cells) / cols);
      let count = Math.min(remaining, byBytes, byCells);
      if (count < 1) {
        if (pieces.length > 0) break;
        count = 1;
      }
      const range = p.t.ws.getRange(blockAddress(p.t.headerRow + 1 + p.rows.length, p.t.firstCol, count, cols)).load('values');
      pieces.push({ p, start: p.rows.length, count, range });
      budget -= count * cols * p.bytesPerCell;
      cells += count * cols;
      if (budget <= 0 || cells >= MAX_CELLS_PER_READ) break;
    }
    if (pieces.length === 0) break;
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadLimitError(e)) throw e;
      if (pieces.every((x) => x.count === 1)) {
        throw new PortError('host', `A single row of table "${pieces[0].p.t.name}" is too large for Excel to send (${String((e as Error).message)}).`);
      }
      // Plan the next attempt at half the size.
      for (const x of pieces) x.p.bytesPerCell *= 2;
      continue;
    }
    for (const x of pieces) {
      const values = x.range.values;
      const observed = estimateBytes(values) / Math.max(1, x.count * x.p.t.headers.length);
      x.p.bytesPerCell = Math.max(x.p.bytesPerCell === INITIAL_BYTES_PER_CELL ? 0 : x.p.bytesPerCell, observed * SAFETY, 1);
      for (const row of values) x.p.rows.push(row.map(toCellValue));
      done += x.count;
    }
    progress?.(done, total);
  }

  return states.map(({ t, rows }) => ({
    name: t.name,
    sheet: t.sheet,
    headerRow: t.headerRow,
    firstCol: t.firstCol,
    headers: t.headers,
    rowCount: t.rowCount,
    rows,
  }));
}
