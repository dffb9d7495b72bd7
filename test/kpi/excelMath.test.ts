import { excelRound, fullSteps, stepsBegun } from '../../src/core/kpi/excelMath';
import { edate, endOfMonth, serialOf } from '../../src/core/kpi/dates';
import { monthKeyOf, periodEndOf, periodOfMonthKey } from '../../src/core/kpi/period';

describe('Excel arithmetic', () => {
  it('rounds half away from zero on the 15-digit value, like ROUND', () => {
    expect([1.005, 2.675, 0.285, 1.255, 8.325, -1.005, 95.125, 0].map((x) => excelRound(x, 2))).toEqual([1.01, 2.68, 0.29, 1.26, 8.33, -1.01, 95.13, 0]);
    expect(excelRound((761 / 800) * 100, 2)).toBe(95.13);
    expect(excelRound(4.9999995, 6)).toBe(5);
    expect(excelRound(89.99999999999999, 6)).toBe(90);
    expect(excelRound(123456.5, 0)).toBe(123457);
  });
  it('counts full steps exactly on a boundary despite binary error', () => {
    expect(100 - 95.1).not.toBe(4.9);
    expect(fullSteps(100 - 90.2, 4.9)).toBe(2);
    expect(fullSteps(0.3 - 0.1, 0.2)).toBe(1);
    expect(fullSteps(-0.5, 1)).toBe(-1);
    expect([0, 1, 3, 4, 6, 7].map((n) => stepsBegun(n, 3))).toEqual([0, 1, 1, 2, 2, 3]);
  });
  it('does EDATE and EOMONTH like Excel', () => {
    expect(edate(serialOf(2026, 1, 31), 1)).toBe(serialOf(2026, 2, 28));
    expect(edate(serialOf(2024, 11, 30), 3)).toBe(serialOf(2025, 2, 28));
    expect(edate(serialOf(2026, 1, 15) + 0.75, 3)).toBe(serialOf(2026, 4, 15));
    expect(endOfMonth(serialOf(2024, 2, 3))).toBe(serialOf(2024, 2, 29));
  });
  it('parses periods strictly', () => {
    expect(monthKeyOf('2026-10')).toBe(2026 * 12 + 9);
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-01', ' 2026-01', '2026-01 ', '1899-12', '2026/01', '', null, 202601, true]) {
      expect(monthKeyOf(bad)).toBeNull();
    }
    expect(periodOfMonthKey(monthKeyOf('2026-01') as number)).toBe('2026-01');
    expect(periodEndOf(monthKeyOf('2028-02') as number)).toBe(serialOf(2028, 2, 29));
  });
});
