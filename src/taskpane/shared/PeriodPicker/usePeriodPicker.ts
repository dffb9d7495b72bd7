import { useMemo } from 'react';
import { parsePeriod, periodOf, pickerYears, previousPeriod } from '../../model/period';
import type { PeriodPickerProps, PeriodPickerState } from './PeriodPicker.types';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export function usePeriodPicker(props: PeriodPickerProps): PeriodPickerState {
  const { value, onChange, today } = props;
  // A malformed value (should not happen) shows as last month rather than as a broken select.
  const current = parsePeriod(value) ?? parsePeriod(previousPeriod(today)) ?? { year: 2000, month: 1 };
  const years = useMemo(() => pickerYears(today, current.year), [today, current.year]);
  return {
    year: current.year,
    month: current.month,
    years,
    months: MONTHS,
    setYear: (year) => onChange(periodOf(year, current.month)),
    setMonth: (month) => onChange(periodOf(current.year, month)),
  };
}
