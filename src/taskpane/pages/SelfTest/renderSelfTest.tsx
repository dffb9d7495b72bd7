import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import type { NotEmptyReason } from '../../../selftest/emptyWorkbook';
import { CONTRACT_SHEETS } from '../../../selftest/fixtures';
import type { SelfTestReport } from '../../../selftest/report';
import { OperationFeedback } from '../../shared/OperationFeedback';
import type { SelfTestState } from './SelfTest.types';
import type { useSelfTestStyles } from './useSelfTestStyles.styles';

type Classes = ReturnType<typeof useSelfTestStyles>;

export function renderSelfTest(state: SelfTestState, classes: Classes, s: UiStrings) {
  const t = s.selfTest;
  const { op } = state;
  const outcome = op.busy ? undefined : op.result;
  return (
    <section className={classes.root} aria-labelledby="selftest-heading">
      <Subtitle2 as="h3" id="selftest-heading" className={classes.heading}>
        {t.heading}
      </Subtitle2>
      <Caption1>{t.intro}</Caption1>
      {!state.available && <Body1>{t.unavailable}</Body1>}
      <div className={classes.actions}>
        <Button appearance="primary" onClick={state.run} disabled={!state.available || op.busy}>
          {t.run}
        </Button>
      </div>
      <OperationFeedback busy={op.busy} busyLabel={t.running} progress={op.progress} error={op.error} onRetry={state.run} />
      {outcome?.kind === 'refused' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.refusedTitle}</MessageBarTitle>
            {refusalText(outcome.reason, s)} {t.refusedNext}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'done' && renderReport(outcome.report, state, classes, s)}
    </section>
  );
}

function renderReport(report: SelfTestReport, state: SelfTestState, classes: Classes, s: UiStrings) {
  const t = s.selfTest;
  const total = report.results.length;
  return (
    <>
      <Body1Strong role="status">{report.failed === 0 ? t.allPassed(total) : t.someFailed(report.failed, total)}</Body1Strong>
      <ul className={classes.list} aria-label={t.resultsLabel}>
        {report.results.map((r) => (
          <li key={r.id} className={classes.item}>
            <span className={classes.itemTitle}>
              <Badge className={classes.badge} appearance="filled" color={r.pass ? 'success' : 'danger'}>
                {r.pass ? t.pass : t.fail}
              </Badge>
              <Body1>{t.cases[r.id]}</Body1>
            </span>
            {r.error !== undefined && (
              <Caption1 className={classes.error}>
                {t.excelSaid}
                {r.error}
              </Caption1>
            )}
          </li>
        ))}
      </ul>
      {report.cleanupError !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.cleanupFailed(CONTRACT_SHEETS.join(s.selfTest.listSeparator))} {report.cleanupError}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t.json}>
        <Textarea ref={state.jsonRef} className={classes.json} value={state.json ?? ''} readOnly resize="vertical" rows={8} />
      </Field>
      <div className={classes.actions}>
        <Button onClick={state.copy}>{t.copy}</Button>
        <Caption1 role="status">{state.copyStatus === 'copied' ? t.copied : state.copyStatus === 'failed' ? t.copyFailed : ''}</Caption1>
      </div>
      {state.serverStatus && (
        <Caption1 role="status">{state.serverStatus.kind === 'sent' ? t.sent : t.sendFailed(state.serverStatus.detail)}</Caption1>
      )}
    </>
  );
}

function refusalText(reason: NotEmptyReason, s: UiStrings): string {
  const t = s.selfTest;
  switch (reason.kind) {
    case 'cells':
      return t.refusedCells(reason.sheet);
    case 'tables':
      return t.refusedTables(reason.count);
    case 'names':
      return t.refusedNames(reason.count);
    case 'hiddenSheets':
      return t.refusedHidden(reason.count);
    case 'sheetName':
      return t.refusedSheetName(reason.sheet);
  }
}
