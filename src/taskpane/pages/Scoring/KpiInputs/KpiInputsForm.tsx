/**
 * 录入考核数据: one staff member's KPI inputs as a validated form, inline under their row of the
 * period summary. It reads the row when it opens, checks every input as it is edited (the same
 * checks as the service and the workbook's 考核状态), and writes only what changed.
 */
import { useStrings } from '../../../../i18n/useStrings';
import type { KpiInputsFormProps } from './KpiInputsForm.types';
import { useKpiInputsForm } from './useKpiInputsForm';
import { useKpiInputsFormStyles } from './useKpiInputsFormStyles.styles';
import { renderKpiInputsForm } from './renderKpiInputsForm';

export function KpiInputsForm(props: KpiInputsFormProps) {
  const strings = useStrings();
  const state = useKpiInputsForm(props);
  const classes = useKpiInputsFormStyles();
  return renderKpiInputsForm(props, state, classes, strings);
}
