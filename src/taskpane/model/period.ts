/**
 * Scoring periods (YYYY-MM text, SPEC §4) for the period pickers. Pure: "today" comes in as an
 * Excel serial so that tests and the preview host control it.
 */
import { ymdOf } from '../../core/validate/dates';

export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2026-03" from 2026 and 3. */
export function periodOf(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Year and month of a strict YYYY-MM text; undefined otherwise. */
export function parsePeriod(text: string): YearMonth | undefined {
  const m = PERIOD.exec(text.trim());
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}

/** The month before today's: directors score the month that just ended. */
export function previousPeriod(todaySerial: number): string {
  const { year, month } = ymdOf(todaySerial);
  return month === 1 ? periodOf(year - 1, 12) : periodOf(year, month - 1);
}

/** Years a picker offers: a few back (late scoring, HR history) and one ahead. */
export function pickerYears(todaySerial: number, selected?: number, back = 5, ahead = 1): number[] {
  const { year } = ymdOf(todaySerial);
  const years: number[] = [];
  for (let y = year - back; y <= year + ahead; y++) years.push(y);
  // A period chosen earlier (or read from the workbook) stays selectable even if outside the window.
  if (selected !== undefined && !years.includes(selected)) years.push(selected);
  return years.sort((a, b) => a - b);
}

/** YYYY-MM texts compare correctly as strings; this says so in one place. */
export function isPeriodRange(from: string, to: string): boolean {
  return parsePeriod(from) !== undefined && parsePeriod(to) !== undefined && from <= to;
}
