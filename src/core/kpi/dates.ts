/** Serial dates (days since 1899-12-30) for the scorer, through UTC so no zone shifts a day. */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export function serialOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function ymdOf(serial: number): { year: number; month: number; day: number } {
  const d = new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Excel's EDATE: the same day `months` later, clamped to the month's end; the time part dropped. */
export function edate(serial: number, months: number): number {
  const { year, month, day } = ymdOf(serial);
  const m0 = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(m0 / 12);
  const m = (m0 % 12) + 1;
  const last = serialOf(y, m + 1, 0);
  return Math.min(serialOf(y, m, day), last);
}

/** Excel's EOMONTH(serial, 0). */
export function endOfMonth(serial: number): number {
  const { year, month } = ymdOf(serial);
  return serialOf(year, month + 1, 0);
}
