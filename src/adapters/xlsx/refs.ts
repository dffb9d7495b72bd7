/** A1-style cell and range references (1-based rows and columns). */

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Excel's last row and column. */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

import { columnLetters as colLetters } from '../../core/model/a1';

export { colLetters };

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${colLetters(col)}${row}`;
}

export function parseCell(a: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.trim());
  if (!m) return null;
  return { col: colNumber(m[1]!), row: Number(m[2]) };
}

/** Parses `A1:D9` or a single cell `A1` (a sheet prefix, if any, is ignored). */
export function parseRange(ref: string): RangeRef | null {
  const body = ref.includes('!') ? ref.slice(ref.lastIndexOf('!') + 1) : ref;
  const [a, b] = body.split(':');
  const start = a ? parseCell(a) : null;
  const end = b ? parseCell(b) : start;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function formatRange(r: RangeRef): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
