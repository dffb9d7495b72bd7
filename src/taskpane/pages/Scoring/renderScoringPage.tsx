import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  mergeClasses,
} from '@fluentui/react-components';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import { dateText, signOffBlock, totalText } from '../../model/scoring';
import { SUMMARY_COUNT_KEYS } from '../../services';
import type { NewPeriodPlan, ReviewStage, SummaryRow } from '../../services';
import { OperationFeedback } from '../../shared/OperationFeedback';
import { PeriodPicker } from '../../shared/PeriodPicker';
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

function renderNewPeriod(state: ScoringPageState, classes: Classes, s: UiStrings) {
  const k = s.scoring;
  const { start } = state;
  const result = start.result;
  return (
    <section className={classes.section} aria-labelledby="scoring-new-heading">
      <Subtitle2 as="h3" id="scoring-new-heading" className={classes.heading}>
        {k.newPeriodHeading}
      </Subtitle2>
      <Caption1>{k.newPeriodIntro}</Caption1>
      <div className={classes.actions}>
        <Button appearance="primary" onClick={state.startPeriod} disabled={start.busy}>
          {k.start}
        </Button>
      </div>
      <OperationFeedback
        busy={start.busy}
        busyLabel={k.starting}
        progress={start.progress}
        error={start.error}
        success={result && !result.error && result.added > 0 ? k.started(result.added, state.period) : undefined}
      />
      {result && !start.busy && renderStartNotes(result, s)}
    </section>
  );
}

function renderStartNotes(result: NewPeriodPlan, s: UiStrings) {
  const k = s.scoring;
  if (result.error) {
    // A refusal the service explains (e.g. the period already exists); its message says what to do.
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.common.errorTitle}</MessageBarTitle>
          {result.error}
        </MessageBarBody>
      </MessageBar>
    );
  }
  // Inactive staff are skipped by design; every other skip is a Staff row to fix.
  const inactive = result.skipped.filter((x) => x.reason === 'inactive').length;
  const toFix = result.skipped.filter((x) => x.reason !== 'inactive');
  return (
    <>
      {result.added === 0 && <Body1>{k.startedNone}</Body1>}
      {toFix.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{k.skippedTitle(toFix.length)}</MessageBarTitle>
            {toFix.map((x, i) => (
              <div key={i}>{x.message}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {inactive > 0 && <Caption1>{k.inactiveSkipped(inactive)}</Caption1>}
    </>
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

function renderLocate(r: SummaryRow, state: ScoringPageState, s: UiStrings) {
  return (
    <Link as="button" onClick={() => state.select(r)} aria-label={s.scoring.locate(r.name)}>
      {r.name}
    </Link>
  );
}

function renderSignOff(rows: readonly SummaryRow[], state: ScoringPageState, classes: Classes, s: UiStrings) {
  const k = s.scoring;
  const { sign } = state;
  const done = sign.result;
  return (
    <section className={classes.section} aria-labelledby="scoring-signoff-heading">
      <Subtitle2 as="h4" id="scoring-signoff-heading" className={classes.heading}>
        {k.signOffHeading}
      </Subtitle2>
      <Field label={k.reviewer} hint={state.reviewer.trim() === '' ? `${k.needReviewer} ${k.reviewerHint}` : k.reviewerHint}>
        <Input value={state.reviewer} onChange={(_, data) => state.setReviewer(data.value)} autoComplete="name" />
      </Field>
      <OperationFeedback
        busy={sign.busy}
        busyLabel={k.signing}
        error={sign.error}
        success={done ? k.signed(done.stage === 'first' ? k.first : k.second, done.name) : undefined}
      />
      <Subtitle2 as="h4" className={classes.heading}>
        {k.allHeading}
      </Subtitle2>
      <ul className={classes.list}>
        {rows.map((r) => (
          <li key={`${r.table}:${r.address}`} className={classes.card}>
            <div className={classes.cardTitle}>
              {renderLocate(r, state, s)}
              <Caption1 className={classes.muted}>
                {r.position} · {r.scheme}
              </Caption1>
            </div>
            <Body1>
              {r.status === '正常' ? `${k.total(totalText(r.total))} · ${k.gradeOf(r.grade ?? '—')}` : r.status}
            </Body1>
            <Caption1>{reviewLine('first', r, s)}</Caption1>
            <Caption1>{reviewLine('second', r, s)}</Caption1>
            {signOffBlock(r, 'first', '') === 'needInputs' ? (
              <Caption1 className={classes.muted}>{k.needInputs}</Caption1>
            ) : (
              <div className={classes.actions}>
                {renderSignButton('first', r, state, s)}
                {renderSignButton('second', r, state, s)}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function reviewLine(stage: ReviewStage, r: SummaryRow, s: UiStrings): string {
  const k = s.scoring;
  const label = stage === 'first' ? k.first : k.second;
  const who = stage === 'first' ? r.firstReviewer : r.secondReviewer;
  const date = stage === 'first' ? r.firstReviewDate : r.secondReviewDate;
  return who && who.trim() ? k.signedBy(label, who, dateText(date)) : k.notSigned(label);
}

function renderSignButton(stage: ReviewStage, r: SummaryRow, state: ScoringPageState, s: UiStrings) {
  const k = s.scoring;
  const block = signOffBlock(r, stage, state.reviewer);
  if (block === 'signed' || block === 'noRow') return null;
  return (
    <Button
      size="small"
      onClick={() => state.signOff(r, stage)}
      // Focusable while disabled, so keyboard and screen-reader users still find it and its reason.
      disabledFocusable={block !== undefined || state.sign.busy}
      title={block === 'needFirst' ? k.needFirst : block === 'needReviewer' ? k.needReviewer : undefined}
    >
      {stage === 'first' ? k.signFirst(r.name) : k.signSecond(r.name)}
    </Button>
  );
}

function renderDashboard(state: ScoringPageState, classes: Classes, s: UiStrings) {
  const k = s.scoring;
  const { dashboard } = state;
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
        success={dashboard.result !== undefined ? k.dashboardDone : undefined}
      />
    </section>
  );
}
