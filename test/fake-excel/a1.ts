/** A1 addresses for the fake. Written independently of the adapter's helpers, so a bug in one is not mirrored in the other. */
import { CODES, fail } from './errors';

/** A rectangle of cells, 0-based like Office.js `rowIndex` / `columnIndex`. */
export interface Rect {
  readonly r: number;
  readonly c: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colName(c0: number): string {
  let n = c0 + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseCell(ref: string, address: string): { r: number; c: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) fail(CODES.invalidArgument, `The address "${address}" is not valid (fake models A1 and A1:B2 forms only).`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  const r = Number(m[2]);
  if (r < 1 || r > MAX_ROWS || c < 1 || c > MAX_COLS) fail(CODES.invalidArgument, `The address "${address}" is outside the sheet.`);
  return { r: r - 1, c: c - 1 };
}

/** Parses "A1" or "A1:C5" (with optional $). Whole rows/columns and sheet prefixes are not modelled. */
export function parseA1(address: string): Rect {
  const parts = address.split(':');
  if (parts.length > 2 || parts[0] === '') fail(CODES.invalidArgument, `The address "${address}" is not valid.`);
  const a = parseCell(parts[0], address);
  const b = parts.length === 2 ? parseCell(parts[1], address) : a;
  const r = Math.min(a.r, b.r);
  const c = Math.min(a.c, b.c);
  return { r, c, rows: Math.abs(a.r - b.r) + 1, cols: Math.abs(a.c - b.c) + 1 };
}

export function rectToA1(rect: Rect): string {
  const tl = `${colName(rect.c)}${rect.r + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return tl;
  return `${tl}:${colName(rect.c + rect.cols - 1)}${rect.r + rect.rows}`;
}

/** Sheet name as Excel writes it in an address: quoted when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
}

export function cellKey(r: number, c: number): number {
  return r * MAX_COLS + c;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}
