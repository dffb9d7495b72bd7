import { isPeriodRange, parsePeriod, periodOf, pickerYears, previousPeriod } from '../../src/taskpane/model/period';
import { serialOf } from '../../src/core/validate/dates';

describe('scoring periods for the pickers', () => {
  it('defaults to the month that just ended, across a year boundary', () => {
    expect(previousPeriod(serialOf(2026, 3, 15))).toBe('2026-02');
    expect(previousPeriod(serialOf(2026, 1, 1))).toBe('2025-12');
    expect(previousPeriod(serialOf(2026, 12, 31))).toBe('2026-11');
  });

  it('writes and reads strict YYYY-MM', () => {
    expect(periodOf(2026, 3)).toBe('2026-03');
    expect(parsePeriod('2026-03')).toEqual({ year: 2026, month: 3 });
    for (const bad of ['2026-3', '2026-13', '2026-00', '26-03', '2026/03', '']) expect(parsePeriod(bad)).toBeUndefined();
  });

  it('offers five years back and one ahead, keeping an older selection selectable', () => {
    const today = serialOf(2026, 6, 1);
    expect(pickerYears(today)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(pickerYears(today, 2015)[0]).toBe(2015);
  });

  it('accepts a range only from an earlier or equal period', () => {
    expect(isPeriodRange('2026-01', '2026-03')).toBe(true);
    expect(isPeriodRange('2026-03', '2026-03')).toBe(true);
    expect(isPeriodRange('2026-04', '2026-03')).toBe(false);
    expect(isPeriodRange('2025-12', '2026-01')).toBe(true);
    expect(isPeriodRange('bad', '2026-01')).toBe(false);
  });
});
