import { monthKeyOf, periodOfMonthKey } from '../kpi/period';

/** The `count` periods (YYYY-MM) ending with `period`, oldest first; null when `period` is not YYYY-MM. */
export function periodsEndingAt(period: string, count: number): string[] | null {
  const last = monthKeyOf(period);
  if (last === null) return null;
  return Array.from({ length: count }, (_, i) => periodOfMonthKey(last - count + 1 + i));
}
