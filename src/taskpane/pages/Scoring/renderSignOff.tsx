/** 评审签字: the reviewer's name, and every staff member's result with their sign-off buttons. */
import { Body1, Button, Caption1, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { dateText, signOffBlock, totalText } from '../../model/scoring';
import type { ReviewStage, SummaryRow } from '../../services';
import { OperationFeedback } from '../../shared/OperationFeedback';
import { renderLocate } from './renderLocate';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import type { ScoringPageState } from './ScoringPage.types';
import type { useScoringPageStyles } from './useScoringPageStyles.styles';

type Classes = ReturnType<typeof useScoringPageStyles>;

export function renderSignOff(rows: readonly SummaryRow[], state: ScoringPageState, classes: Classes, s: UiStrings) {
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
