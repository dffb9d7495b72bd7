/**
 * 设置 Settings: the UI language, and the KPI parameters (KpiParams) with what each one means.
 */
import { useStrings } from '../../../i18n/useStrings';
import type { SettingsPageProps } from './SettingsPage.types';
import { useSettingsPage } from './useSettingsPage';
import { useSettingsPageStyles } from './useSettingsPageStyles.styles';
import { renderSettingsPage } from './renderSettingsPage';

export function SettingsPage(props: SettingsPageProps) {
  const strings = useStrings();
  const state = useSettingsPage(props);
  const classes = useSettingsPageStyles();
  return renderSettingsPage(state, classes, strings);
}
