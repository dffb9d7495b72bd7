/**
 * 设置 Settings: the UI language, the KPI parameters (KpiParams) with what each one means, and the
 * self-test (loaded on demand: it carries the whole port contract, which the first load does not need).
 */
import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { useStrings } from '../../../i18n/useStrings';
import type { SettingsPageProps } from './SettingsPage.types';
import { useSettingsPage } from './useSettingsPage';
import { useSettingsPageStyles } from './useSettingsPageStyles.styles';
import { renderSettingsPage } from './renderSettingsPage';

const SelfTest = lazy(() => import('../SelfTest').then((m) => ({ default: m.SelfTest })));

export function SettingsPage(props: SettingsPageProps) {
  const strings = useStrings();
  const state = useSettingsPage(props);
  const classes = useSettingsPageStyles();
  const selfTest = (
    <Suspense fallback={<Spinner size="tiny" label={strings.selfTest.loading} />}>
      <SelfTest host={props.host} onWorkbookChanged={props.onWorkbookChanged} />
    </Suspense>
  );
  return renderSettingsPage(state, classes, strings, selfTest);
}
