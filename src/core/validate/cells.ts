/**
 * How the check reads a raw cell value. Cells come from the port as string | number | boolean | null;
 * dates are serial numbers and formula errors are their error text.
 */
import type { CellValue } from '../port/types';

const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/** Empty, or text of whitespace only (full-width spaces and no-break spaces included). */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  if (v.length === 0) return true;
  // Fast path for the common case, a value starting with a visible ASCII or CJK character.
  const c = v.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  return v.trim() === '';
}

/** An Excel error value such as #REF!, as the adapters deliver it. */
export function isErrorValue(v: CellValue | undefined): boolean {
  return typeof v === 'string' && v.length <= 14 && v.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(v);
}

/** Full-width ASCII variants (ＡＢＣ１２３,+-.) and the ideographic space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

export function hasFullWidth(s: string): boolean {
  return FULL_WIDTH.test(s);
}

/** Turns full-width ASCII variants into their half-width forms: "１２３" → "123". */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** A real number cell (not text that looks like one). */
export function numberOf(v: CellValue | undefined): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The number a piece of text spells, thousands separators allowed ("1,234.5"); else undefined. */
export function numericText(s: string): number | undefined {
  const t = s.trim();
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(t) || !/\d/.test(t)) return undefined;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** Text of a cell for comparisons and messages: '' for empty. */
export function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Letters that have a lower case: ASCII, Latin-1 and extended Latin, Greek, Cyrillic. */
const HAS_UPPER = /[A-Z\u00c0-\u024f\u0370-\u04ff]/;

/**
 * Lower case for case-insensitive matching. Text without cased letters (most Chinese names and
 * codes such as kh-0001) is returned as is: the same string instance keeps its cached hash, which
 * makes the many Map and Set lookups of the check much cheaper than fresh lower-cased copies.
 */
export function lower(s: string): string {
  return HAS_UPPER.test(s) ? s.toLowerCase() : s;
}

/** Key for matching the way Excel's MATCH and COUNTIF do: case-insensitive. */
export function matchKey(v: CellValue | undefined): string {
  return lower(textOf(v));
}

/** A value quoted and shortened for a message. */
export function quote(v: CellValue | undefined, max = 40): string {
  const s = textOf(v);
  return `"${s.length > max ? `${s.slice(0, max)}…` : s}"`;
}

/** A number for a message: at most 2 decimals, no exponent for ordinary amounts. */
export function fmtNum(n: number): string {
  return String(Math.round(n * 100) / 100);
}
