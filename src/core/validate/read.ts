/**
 * Typed reads for the business rules. A cell that is not what the rule needs reads as undefined or
 * '': the general rules already report it (TYPE, REQUIRED…), so a business rule simply has nothing
 * to judge there rather than judging garbage.
 */
import type { TableView } from './context';
import { isBlank, isErrorValue, matchKey, numberOf } from './cells';
import { MAX_DATE_SERIAL } from './dates';

export function num(view: TableView, row: number, key: string): number | undefined {
  return numberOf(view.value(row, key));
}

/** A date cell as a whole-day serial. */
export function day(view: TableView, row: number, key: string): number | undefined {
  const v = numberOf(view.value(row, key));
  return v !== undefined && v >= 1 && v <= MAX_DATE_SERIAL ? Math.floor(v) : undefined;
}

/** Trimmed text of a cell; '' when blank or a formula error. */
export function str(view: TableView, row: number, key: string): string {
  const v = view.value(row, key);
  if (isBlank(v) || isErrorValue(v)) return '';
  return typeof v === 'string' ? v.trim() : String(v);
}

/** A lookup key the way Excel's MATCH compares, ignoring surrounding spaces; '' when blank. */
export function key(view: TableView, row: number, column: string): string {
  return matchKey(str(view, row, column));
}

/** Whether the workbook has every column a rule needs (a missing one is reported as STRUCTURE). */
export function hasColumns(view: TableView, ...keys: string[]): boolean {
  return keys.every((k) => view.idx[k] !== undefined);
}

/** Sum of the number cells among `keys`; text and blanks count 0, as Excel's SUM over references does. */
export function sumOf(view: TableView, row: number, keys: readonly string[]): number {
  let s = 0;
  for (const k of keys) s += num(view, row, k) ?? 0;
  return s;
}

/** First index in an ascending array whose value is greater than x. */
export function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
