/**
 * 表单 Forms: previews what generating (or upgrading) the workbook would add, then writes it on
 * confirmation. Nothing is written while the plan has conflicts.
 */
import { useStrings } from '../../../i18n/useStrings';
import type { FormsPageProps } from './FormsPage.types';
import { useFormsPage } from './useFormsPage';
import { useFormsPageStyles } from './useFormsPageStyles.styles';
import { renderFormsPage } from './renderFormsPage';

export function FormsPage(props: FormsPageProps) {
  const strings = useStrings();
  const state = useFormsPage(props);
  const classes = useFormsPageStyles();
  return renderFormsPage(state, classes, strings);
}
