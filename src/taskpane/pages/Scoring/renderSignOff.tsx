/** 评审签字: the reviewer's name, and every staff member's result with their 录入 (input form) and sign-off buttons. */
import { Body1, Button, Caption1, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { dateText, rowOf, signOffBlock, totalText } from '../../model/scoring';
import type { ReviewStage, SummaryRow } from '../../services';
import { OperationFeedback } from '../../shared/OperationFeedback';
import { KpiInputsForm, inputsButtonId, inputsFormId } from './KpiInputs';
import { renderLocate } from './renderLocate';
import { inputsKey } from './useScoringPage';
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
      <OperationFeedback busy={false} busyLabel="" success={state.inputsSaved !== undefined ? k.inputs.saved(state.inputsSaved) : undefined} />
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
              {r.status === '正常' ? `${k.total(totalText(r.total))} · ${k.gradeOf(r.grade ?? '—')}` : statusText(r.status, s)}
            </Body1>
            <Caption1>{reviewLine('first', r, s)}</Caption1>
            <Caption1>{reviewLine('second', r, s)}</Caption1>
            {signOffBlock(r, 'first', '') === 'needInputs' && <Caption1 className={classes.muted}>{k.needInputs}</Caption1>}
            <div className={classes.actions}>
              {renderInputsButton(r, state, s)}
              {signOffBlock(r, 'first', '') !== 'needInputs' && (
                <>
                  {renderSignButton('first', r, state, s)}
                  {renderSignButton('second', r, state, s)}
                </>
              )}
            </div>
            {state.inputsOpen === inputsKey(r) && rowOf(r) !== undefined && (
              <KpiInputsForm
                port={state.port}
                row={r}
                sheetRow={rowOf(r) as number}
                id={inputsFormId(r, rowOf(r))}
                onClose={(saved) => state.closeInputs(r, saved)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A KPI status (workbook data, stored in Chinese) in the UI language; an unknown one as it is. */
function statusText(status: string, s: UiStrings): string {
  const grades: Readonly<Record<string, string>> = s.common.grades;
  return grades[status] ?? status;
}

function reviewLine(stage: ReviewStage, r: SummaryRow, s: UiStrings): string {
  const k = s.scoring;
  const label = stage === 'first' ? k.first : k.second;
  const who = stage === 'first' ? r.firstReviewer : r.secondReviewer;
  const date = stage === 'first' ? r.firstReviewDate : r.secondReviewDate;
  return who && who.trim() ? k.signedBy(label, who, dateText(date)) : k.notSigned(label);
}

/** 录入 ‹姓名›: opens (or closes) the row's input form below it. */
function renderInputsButton(r: SummaryRow, state: ScoringPageState, s: UiStrings) {
  const sheetRow = rowOf(r);
  if (sheetRow === undefined) return null;
  const open = state.inputsOpen === inputsKey(r);
  return (
    <Button
      size="small"
      id={inputsButtonId(r, sheetRow)}
      aria-expanded={open}
      aria-controls={open ? inputsFormId(r, sheetRow) : undefined}
      onClick={() => state.toggleInputs(r)}
    >
      {s.scoring.inputs.open(r.name)}
    </Button>
  );
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
