import { Select } from '@fluentui/react-components';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import type { PeriodPickerProps, PeriodPickerState } from './PeriodPicker.types';
import type { usePeriodPickerStyles } from './usePeriodPickerStyles.styles';

export function renderPeriodPicker(
  props: PeriodPickerProps,
  state: PeriodPickerState,
  classes: ReturnType<typeof usePeriodPickerStyles>,
  s: UiStrings,
) {
  const p = s.common.period;
  return (
    <fieldset className={classes.root}>
      <legend className={classes.legend}>{props.label}</legend>
      <div className={classes.row}>
        <Select
          className={classes.year}
          aria-label={`${props.label} ${p.year}`}
          value={String(state.year)}
          disabled={props.disabled}
          onChange={(_, data) => state.setYear(Number(data.value))}
        >
          {state.years.map((y) => (
            <option key={y} value={String(y)}>
              {p.yearName(y)}
            </option>
          ))}
        </Select>
        <Select
          className={classes.month}
          aria-label={`${props.label} ${p.month}`}
          value={String(state.month)}
          disabled={props.disabled}
          onChange={(_, data) => state.setMonth(Number(data.value))}
        >
          {state.months.map((m) => (
            <option key={m} value={String(m)}>
              {p.monthName(m)}
            </option>
          ))}
        </Select>
      </div>
    </fieldset>
  );
}
