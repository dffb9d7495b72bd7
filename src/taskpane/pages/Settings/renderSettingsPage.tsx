import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../../../core/model/types';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import { UI_EN_US } from '../../../i18n/ui.en-US';
import { UI_ZH_CN } from '../../../i18n/ui.zh-CN';
import type { GroupIssue, ParamIssue } from '../../model/kpiParams';
import { OperationFeedback } from '../../shared/OperationFeedback';
import type { ParamField, SettingsPageState } from './SettingsPage.types';
import type { useSettingsPageStyles } from './useSettingsPageStyles.styles';

type Classes = ReturnType<typeof useSettingsPageStyles>;

export function renderSettingsPage(state: SettingsPageState, classes: Classes, s: UiStrings, selfTest?: ReactNode) {
  const t = s.settings;
  return (
    <section className={classes.root} aria-labelledby="settings-heading">
      <Subtitle2 as="h2" id="settings-heading" className={classes.heading}>
        {t.heading}
      </Subtitle2>
      <Field label={t.uiLang} hint={t.uiLangHint}>
        <RadioGroup layout="horizontal" value={state.lang} onChange={(_, data) => state.setLang(data.value as Lang)}>
          {/* Each language names itself, so a user who cannot read the current one still finds theirs. */}
          <Radio value="zh-CN" label={UI_ZH_CN.langName} />
          <Radio value="en-US" label={UI_EN_US.langName} />
        </RadioGroup>
      </Field>
      {state.langSaveFailed && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.langSaveFailed}</MessageBarBody>
        </MessageBar>
      )}
      {renderParams(state, classes, s)}
      {selfTest}
    </section>
  );
}

function renderParams(state: SettingsPageState, classes: Classes, s: UiStrings) {
  const t = s.settings;
  const { load, save } = state;
  const loaded = load.result;
  return (
    <section className={classes.section} aria-labelledby="settings-params-heading">
      <div className={classes.sectionHeader}>
        <Subtitle2 as="h3" id="settings-params-heading" className={classes.heading}>
          {t.paramsHeading}
        </Subtitle2>
        <Button size="small" onClick={state.reload} disabled={load.busy || save.busy}>
          {t.load}
        </Button>
      </div>
      <Caption1>{t.paramsIntro}</Caption1>
      <OperationFeedback busy={load.busy} busyLabel={t.loading} error={load.error} onRetry={state.reload} />
      {loaded?.kind === 'missing' && <Body1>{t.noParams}</Body1>}
      {loaded?.kind === 'badHeaders' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.badHeaders}</MessageBarBody>
        </MessageBar>
      )}
      {loaded?.kind === 'ok' && state.fields.length > 0 && (
        <>
          <Table size="extra-small" className={classes.table} aria-labelledby="settings-params-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>
                  {t.paramCol} / {t.noteCol}
                </TableHeaderCell>
                <TableHeaderCell className={classes.valueCol}>{t.valueCol}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>{state.fields.map((f) => renderParamRow(f, state, classes, s))}</TableBody>
          </Table>
          {state.groupIssues.length > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {state.groupIssues.map((g, i) => (
                  <div key={i}>{groupIssueText(g, s)}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          {state.hasIssues && <Caption1 role="status">{t.invalid}</Caption1>}
          <div className={classes.actions}>
            <Button
              appearance="primary"
              onClick={state.saveEdits}
              disabledFocusable={state.changedCount === 0 || state.hasIssues || save.busy}
            >
              {t.save}
            </Button>
            <Button onClick={state.resetEdits} disabled={state.changedCount === 0 || save.busy}>
              {t.reset}
            </Button>
          </div>
          <OperationFeedback
            busy={save.busy}
            busyLabel={t.saving}
            error={save.error}
            success={save.result !== undefined ? (save.result > 0 ? t.saved(save.result) : t.unchanged) : undefined}
          />
        </>
      )}
    </section>
  );
}

function renderParamRow(f: ParamField, state: SettingsPageState, classes: Classes, s: UiStrings) {
  const t = s.settings;
  const noteId = `param-note-${f.param.row}`;
  return (
    <TableRow key={f.param.row}>
      <TableCell className={classes.paramCell}>
        <Body1Strong className={classes.paramId}>{f.param.id}</Body1Strong>
        {f.param.note && (
          <Caption1 id={noteId} className={classes.note}>
            {f.param.note}
          </Caption1>
        )}
      </TableCell>
      <TableCell className={classes.valueCell}>
        <Field
          validationState={f.issue ? 'error' : 'none'}
          validationMessage={f.issue ? issueText(f.issue, s) : undefined}
          size="small"
        >
          <Input
            className={classes.input}
            size="small"
            inputMode="decimal"
            aria-label={t.valueName(f.param.id)}
            aria-describedby={f.param.note ? noteId : undefined}
            value={f.text}
            onChange={(_, data) => state.setText(f.param.row, data.value)}
          />
        </Field>
      </TableCell>
    </TableRow>
  );
}

function issueText(issue: ParamIssue, s: UiStrings): string {
  const t = s.settings;
  switch (issue.kind) {
    case 'empty':
      return t.empty;
    case 'notNumber':
      return t.notNumber;
    case 'integer':
      return t.integer;
    case 'positive':
      return t.positive;
    case 'below':
      return t.below(issue.min);
    case 'above':
      return t.above(issue.max);
  }
}

function groupIssueText(g: GroupIssue, s: UiStrings): string {
  return g.kind === 'weightsSum' ? s.settings.weightsSum(g.sum) : s.settings.bandsOrder(g.group);
}
