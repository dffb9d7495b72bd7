/**
 * 考核 Scoring: start a period, read its summary (grades, D grades and their recommended actions),
 * sign reviews off, and write the dashboard.
 */
import { useStrings } from '../../../i18n/useStrings';
import type { ScoringPageProps } from './ScoringPage.types';
import { useScoringPage } from './useScoringPage';
import { useScoringPageStyles } from './useScoringPageStyles.styles';
import { renderScoringPage } from './renderScoringPage';

export function ScoringPage(props: ScoringPageProps) {
  const strings = useStrings();
  const state = useScoringPage(props);
  const classes = useScoringPageStyles();
  return renderScoringPage(state, classes, strings);
}
