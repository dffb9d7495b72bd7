/** 新建考核期: the button, its progress and what the service said (refusal, skipped staff). */
import { Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from '@fluentui/react-components';
import type { NewPeriodPlan } from '../../services';
import { OperationFeedback } from '../../shared/OperationFeedback';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import type { ScoringPageState } from './ScoringPage.types';
import type { useScoringPageStyles } from './useScoringPageStyles.styles';

type Classes = ReturnType<typeof useScoringPageStyles>;

export function renderNewPeriod(state: ScoringPageState, classes: Classes, s: UiStrings) {
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
