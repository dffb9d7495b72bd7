/** Serial-date arithmetic for the demo data (days since 1899-12-30, through UTC so zones never shift a day). */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export function serialOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function yearOf(serial: number): number {
  return new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday, as Excel's WEEKDAY() − 1 (valid after 1900-03-01). */
export function weekdayOf(serial: number): number {
  return (((Math.floor(serial) - 1) % 7) + 7) % 7;
}

export function isWorkday(serial: number): boolean {
  const d = weekdayOf(serial);
  return d !== 0 && d !== 6;
}

/** The first workday on or after `serial`. */
export function workdayOnOrAfter(serial: number): number {
  let s = serial;
  while (!isWorkday(s)) s++;
  return s;
}

/** The last workday on or before `serial`. */
export function workdayOnOrBefore(serial: number): number {
  let s = serial;
  while (!isWorkday(s)) s--;
  return s;
}
