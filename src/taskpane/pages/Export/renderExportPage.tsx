import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import { OperationFeedback } from '../../shared/OperationFeedback';
import { PeriodPicker } from '../../shared/PeriodPicker';
import type { ExportPageState } from './ExportPage.types';
import type { useExportPageStyles } from './useExportPageStyles.styles';

export function renderExportPage(state: ExportPageState, classes: ReturnType<typeof useExportPageStyles>, s: UiStrings) {
  const e = s.export;
  const { exportOp } = state;
  const done = exportOp.result;
  const reasons = [state.rangeValid ? '' : 'export-bad-range', state.canCreateWorkbook ? '' : 'export-no-workbook'].filter(Boolean);
  const blocked = reasons.length > 0;
  return (
    <section className={classes.root} aria-labelledby="export-heading">
      <Subtitle2 as="h2" id="export-heading" className={classes.heading}>
        {e.heading}
      </Subtitle2>
      <Body1>{e.intro}</Body1>
      <Caption1 className={classes.muted}>{e.privacy}</Caption1>

      <PeriodPicker label={e.from} value={state.from} onChange={state.setFrom} today={state.today} />
      <PeriodPicker label={e.to} value={state.to} onChange={state.setTo} today={state.today} />
      {!state.rangeValid && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody id="export-bad-range">{e.badRange}</MessageBarBody>
        </MessageBar>
      )}
      {!state.canCreateWorkbook && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody id="export-no-workbook">{e.noCreateWorkbook}</MessageBarBody>
        </MessageBar>
      )}

      <div className={classes.actions}>
        <Button
          appearance="primary"
          onClick={state.runExport}
          disabledFocusable={blocked || exportOp.busy}
          aria-describedby={blocked ? reasons.join(' ') : undefined}
        >
          {e.run}
        </Button>
      </div>
      <OperationFeedback
        busy={exportOp.busy}
        busyLabel={state.loadingWriter ? e.loadingWriter : e.running}
        error={exportOp.error}
        onRetry={state.runExport}
        success={done ? (state.hostKind === 'office' ? e.openedOffice(done.fileName) : e.openedPreview(done.fileName)) : undefined}
      />
    </section>
  );
}
