/**
 * 检查 Check: runs the workbook check and lists the problems by sheet and severity; selecting a
 * problem selects its cell in Excel.
 */
import { useStrings } from '../../../i18n/useStrings';
import type { CheckPageProps } from './CheckPage.types';
import { useCheckPage } from './useCheckPage';
import { useCheckPageStyles } from './useCheckPageStyles.styles';
import { renderCheckPage } from './renderCheckPage';

export function CheckPage(props: CheckPageProps) {
  const strings = useStrings();
  const state = useCheckPage(props);
  const classes = useCheckPageStyles();
  return renderCheckPage(state, classes, strings);
}
