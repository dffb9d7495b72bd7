/**
 * 设置 → 自检 Settings → Self-test: runs the port contract (src/selftest) against the host's
 * workbook, only when it is empty, and shows each case with pass/fail, Excel's error, and the
 * results as JSON to copy. Loaded lazily from the Settings page (first-load budget).
 */
import { useStrings } from '../../../i18n/useStrings';
import { renderSelfTest } from './renderSelfTest';
import type { SelfTestProps } from './SelfTest.types';
import { useSelfTest } from './useSelfTest';
import { useSelfTestStyles } from './useSelfTestStyles.styles';

export function SelfTest(props: SelfTestProps) {
  const strings = useStrings();
  const state = useSelfTest(props);
  const classes = useSelfTestStyles();
  return renderSelfTest(state, classes, strings);
}
