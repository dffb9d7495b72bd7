/**
 * Excel serial dates (days since 1899-12-30) without time zones: every conversion goes through UTC
 * so that a machine's zone never shifts a day.
 */
const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Largest serial Excel accepts as a date: 9999-12-31. */
export const MAX_DATE_SERIAL = 2_958_465;

export function serialOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Year, month and day of a serial (the time part is ignored). */
export function ymdOf(serial: number): { year: number; month: number; day: number } {
  const d = new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO text of a serial, e.g. 2026-03-15, for messages (never locale-dependent). */
export function isoOf(serial: number): string {
  const { year, month, day } = ymdOf(serial);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when year/month/day name a real calendar day (2026-02-30 does not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Serial of a local calendar date (the machine's "today" as the user sees it). */
export function serialOfLocalDate(d: Date): number {
  return serialOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Parses YYYY-MM-DD (strictly) into a serial; undefined when it is not a real date. */
export function parseIsoDate(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? serialOf(y, mo, d) : undefined;
}

/** A scoring period YYYY-MM: its first and last day as serials; undefined when malformed. */
export function periodBounds(period: string): { first: number; last: number } | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(period.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12 || y < 1900) return undefined;
  return { first: serialOf(y, mo, 1), last: serialOf(y, mo + 1, 0) };
}
