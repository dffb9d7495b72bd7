export { PeriodPicker } from './PeriodPicker';
export type { PeriodPickerProps } from './PeriodPicker.types';
