/**
 * A scoring-period picker: year and month as two native selects. A native <input type="month">
 * is missing in Safari's WebKit (Excel on Mac), and selects are keyboard- and screen-reader-friendly.
 */
import { useStrings } from '../../../i18n/useStrings';
import type { PeriodPickerProps } from './PeriodPicker.types';
import { usePeriodPicker } from './usePeriodPicker';
import { usePeriodPickerStyles } from './usePeriodPickerStyles.styles';
import { renderPeriodPicker } from './renderPeriodPicker';

export function PeriodPicker(props: PeriodPickerProps) {
  const state = usePeriodPicker(props);
  const classes = usePeriodPickerStyles();
  return renderPeriodPicker(props, state, classes, useStrings());
}
