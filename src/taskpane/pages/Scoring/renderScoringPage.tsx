import { Badge, Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, mergeClasses } from '@fluentui/react-components';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import { totalText } from '../../model/scoring';
import { SUMMARY_COUNT_KEYS } from '../../services';
import { OperationFeedback } from '../../shared/OperationFeedback';
import { PeriodPicker } from '../../shared/PeriodPicker';
import { renderLocate } from './renderLocate';
import { renderNewPeriod } from './renderNewPeriod';
import { renderSignOff } from './renderSignOff';
import type { ScoringPageState } from './ScoringPage.types';
import type { useScoringPageStyles } from './useScoringPageStyles.styles';

type Classes = ReturnType<typeof useScoringPageStyles>;

export function renderScoringPage(state: ScoringPageState, classes: Classes, s: UiStrings) {
  const k = s.scoring;
  return (
    <section className={classes.root} aria-labelledby="scoring-heading">
      <Subtitle2 as="h2" id="scoring-heading" className={classes.heading}>
        {k.heading}
      </Subtitle2>
      <PeriodPicker label={k.periodLabel} value={state.period} onChange={state.setPeriod} today={state.today} />
      {renderNewPeriod(state, classes, s)}
      {renderSummary(state, classes, s)}
      {renderDashboard(state, classes, s)}
    </section>
  );
}

function renderSummary(state: ScoringPageState, classes: Classes, s: UiStrings) {
  const k = s.scoring;
  const { summary } = state;
  const data = summary.result;
  return (
    <section className={classes.section} aria-labelledby="scoring-summary-heading">
      <div className={classes.sectionHeader}>
        <Subtitle2 as="h3" id="scoring-summary-heading" className={classes.heading}>
          {k.summaryHeading}
        </Subtitle2>
        <Button size="small" onClick={state.refresh} disabled={summary.busy}>
          {k.refresh}
        </Button>
      </div>
      <OperationFeedback busy={summary.busy} busyLabel={k.loading} error={summary.error} onRetry={state.refresh} />
      {data && data.rows.length === 0 && <Body1>{k.empty}</Body1>}
      {data && data.rows.length > 0 && (
        <>
          <ul className={classes.counts} aria-label={k.countsLabel}>
            {SUMMARY_COUNT_KEYS.map((key) => (
              <li key={key}>
                <Badge appearance={key === 'D' && data.counts[key] > 0 ? 'filled' : 'tint'} color={badgeColor(key)}>
                  {k.countName(s.common.grades[key], data.counts[key] ?? 0)}
                </Badge>
              </li>
            ))}
          </ul>
          {renderDRows(state, classes, s)}
          {renderSignOff(data.rows, state, classes, s)}
        </>
      )}
      <OperationFeedback busy={false} busyLabel="" error={state.locate.error} />
    </section>
  );
}

function badgeColor(key: string): 'danger' | 'warning' | 'success' | 'informative' | 'brand' {
  if (key === 'D' || key === '输入有误') return 'danger';
  if (key === 'C' || key === '待录入') return 'warning';
  if (key === 'A' || key === 'B') return 'success';
  return 'informative';
}

function renderDRows(state: ScoringPageState, classes: Classes, s: UiStrings) {
  const k = s.scoring;
  return (
    <section className={classes.section} aria-labelledby="scoring-d-heading">
      <Subtitle2 as="h4" id="scoring-d-heading" className={classes.heading}>
        {k.dHeading}
      </Subtitle2>
      {state.dRows.length === 0 ? (
        <Caption1>{k.noD}</Caption1>
      ) : (
        <ul className={classes.list}>
          {state.dRows.map((r) => (
            <li key={`${r.table}:${r.address}`} className={mergeClasses(classes.card, classes.dCard)}>
              <div className={classes.cardTitle}>
                {renderLocate(r, state, s)}
                <Caption1 className={classes.muted}>
                  {r.position} · {k.total(totalText(r.total))} · {k.runOfD(r.runOfD)}
                </Caption1>
              </div>
              <Body1 className={classes.suggestion}>{r.suggestion || k.noSuggestion}</Body1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function renderDashboard(state: ScoringPageState, classes: Classes, s: UiStrings) {
  const k = s.scoring;
  const { dashboard } = state;
  const outcome = dashboard.result;
  return (
    <section className={classes.section} aria-labelledby="scoring-dashboard-heading">
      <Subtitle2 as="h3" id="scoring-dashboard-heading" className={classes.heading}>
        {k.dashboardHeading}
      </Subtitle2>
      <Caption1 id="scoring-dashboard-hint">{state.chartsSupported ? k.dashboardHint : k.noCharts}</Caption1>
      <div className={classes.actions}>
        <Button
          onClick={state.writeDashboard}
          disabledFocusable={!state.chartsSupported || dashboard.busy}
          aria-describedby="scoring-dashboard-hint"
        >
          {k.dashboard}
        </Button>
      </div>
      <OperationFeedback
        busy={dashboard.busy}
        busyLabel={k.writingDashboard}
        error={dashboard.error}
        success={outcome?.written ? outcome.message || k.dashboardDone : undefined}
      />
      {/* A refusal the service explains (no staff, a missing table …): what to do, not a failure. */}
      <div aria-live="polite">
        {outcome && !outcome.written && !dashboard.busy && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{k.dashboardNotWritten}</MessageBarTitle>
              {outcome.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
