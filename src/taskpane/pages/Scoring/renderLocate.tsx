import { Link } from '@fluentui/react-components';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import type { SummaryRow } from '../../services';
import type { ScoringPageState } from './ScoringPage.types';

/** The staff member's name as a link that selects their row in the sheet. */
export function renderLocate(r: SummaryRow, state: ScoringPageState, s: UiStrings) {
  return (
    <Link as="button" onClick={() => state.select(r)} aria-label={s.scoring.locate(r.name)}>
      {r.name}
    </Link>
  );
}
