/**
 * Scoring periods: text YYYY-MM (SPEC §4). Formulas compare periods through a numeric month key
 * (year × 12 + month − 1) because text comparisons and TEXT() format codes depend on the locale.
 */
import type { CellValue } from '../port/types';
import { serialOf } from './dates';

/**
 * The month key of a period, or null when the cell is not exactly YYYY-MM with a year from 1900 and
 * a month 01–12. The compiled `_月序` formula accepts exactly the same texts (see compile.ts).
 */
export function monthKeyOf(period: CellValue): number | null {
  if (typeof period !== 'string') return null;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1900 || m[1].startsWith('0') || month < 1 || month > 12) return null;
  return year * 12 + month - 1;
}

export function isPeriod(period: CellValue): period is string {
  return monthKeyOf(period) !== null;
}

export function periodOfMonthKey(key: number): string {
  const year = Math.floor(key / 12);
  const month = (key % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The period's last day as a serial date. */
export function periodEndOf(key: number): number {
  const year = Math.floor(key / 12);
  const month = (key % 12) + 1;
  return serialOf(year, month + 1, 0);
}

/** The period's first day as a serial date. */
export function periodStartOf(key: number): number {
  return serialOf(Math.floor(key / 12), (key % 12) + 1, 1);
}

/** The period that contains a serial date. */
export function periodOfSerial(serial: number): string {
  const d = new Date((Math.floor(serial) - 25_569) * 86_400_000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
