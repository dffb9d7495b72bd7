export interface PeriodPickerProps {
  /** Visible legend and the prefix of both selects' accessible names ("考核期间 年", "考核期间 月"). */
  readonly label: string;
  /** YYYY-MM. */
  readonly value: string;
  readonly onChange: (period: string) => void;
  /** Excel serial of today, to choose which years to offer. */
  readonly today: number;
  readonly disabled?: boolean;
}

export interface PeriodPickerState {
  readonly year: number;
  readonly month: number;
  readonly years: readonly number[];
  readonly months: readonly number[];
  readonly setYear: (year: number) => void;
  readonly setMonth: (month: number) => void;
}
