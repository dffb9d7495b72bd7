import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Subtitle2,
} from '@fluentui/react-components';
import type { Lang } from '../../../core/model/types';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import { UI_EN_US } from '../../../i18n/ui.en-US';
import { UI_ZH_CN } from '../../../i18n/ui.zh-CN';
import type { PlanEntry } from '../../model/planView';
import { OperationFeedback } from '../../shared/OperationFeedback';
import type { FormsPageState } from './FormsPage.types';
import type { useFormsPageStyles } from './useFormsPageStyles.styles';

type Classes = ReturnType<typeof useFormsPageStyles>;

export function renderFormsPage(state: FormsPageState, classes: Classes, s: UiStrings) {
  const f = s.forms;
  const { plan, preview, generate } = state;
  const written = generate.result;
  return (
    <section className={classes.root} aria-labelledby="forms-heading">
      <Subtitle2 as="h2" id="forms-heading" className={classes.heading}>
        {f.heading}
      </Subtitle2>
      <Body1>{f.intro}</Body1>

      {state.isNewWorkbook && (
        <Field label={f.workbookLang} hint={f.workbookLangHint}>
          <RadioGroup
            layout="horizontal"
            value={state.newLang}
            onChange={(_, data) => state.setNewLang(data.value as Lang)}
          >
            {/* Each language names itself, so the choice reads right whatever the UI language. */}
            <Radio value="zh-CN" label={UI_ZH_CN.langName} />
            <Radio value="en-US" label={UI_EN_US.langName} />
          </RadioGroup>
        </Field>
      )}

      <Field hint={f.sampleHint}>
        <Checkbox checked={state.sample} onChange={(_, data) => state.setSample(data.checked === true)} label={f.sample} />
      </Field>

      {state.withoutValidation && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{f.needsValidation}</MessageBarBody>
        </MessageBar>
      )}

      <div className={classes.sectionHeader}>
        <Subtitle2 as="h3" className={classes.heading}>
          {f.previewHeading}
        </Subtitle2>
        <Button size="small" onClick={state.refresh} disabled={preview.busy || generate.busy}>
          {f.refresh}
        </Button>
      </div>
      <OperationFeedback busy={preview.busy} busyLabel={f.previewing} error={preview.error} onRetry={state.refresh} />

      {plan && !preview.busy && renderPlan(state, classes, s)}

      <div className={classes.actions}>
        <Button appearance="primary" onClick={state.confirm} disabled={!state.canGenerate}>
          {f.generate}
        </Button>
      </div>
      <OperationFeedback
        busy={generate.busy}
        busyLabel={f.generating}
        progress={generate.progress}
        error={generate.error}
        success={
          written && written.conflicts.length === 0 ? (
            <>
              <MessageBarTitle>{s.common.doneTitle}</MessageBarTitle>
              {f.generated(written.changes.length)} {f.generatedNext}
            </>
          ) : undefined
        }
      />
      {written && written.conflicts.length > 0 && renderConflicts(written.conflicts, s)}
      {renderPrint(state, classes, s)}
    </section>
  );
}

function renderPrint(state: FormsPageState, classes: Classes, s: UiStrings) {
  const f = s.forms;
  const done = state.print.result;
  return (
    <>
      <Subtitle2 as="h3" className={classes.heading}>
        {f.printHeading}
      </Subtitle2>
      <Body1>{f.printIntro}</Body1>
      <div className={classes.actions}>
        <Button onClick={() => void state.print.run()} disabled={state.print.busy}>
          {f.printRecord}
        </Button>
      </div>
      <OperationFeedback
        busy={state.print.busy}
        busyLabel={f.printing}
        error={state.print.error}
        success={done?.shown ? <>{done.message}</> : undefined}
      />
      {done && !done.shown && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{done.message}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function renderPlan(state: FormsPageState, classes: Classes, s: UiStrings) {
  const plan = state.plan;
  if (!plan) return null;
  return (
    <>
      {plan.conflicts.length > 0 && renderConflicts(plan.conflicts, s)}
      {plan.notices.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.forms.noticesTitle}</MessageBarTitle>
            {plan.notices.map((n, i) => (
              <div key={i}>{n.message}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.outline.length === 0 && plan.conflicts.length === 0 ? (
        <Body1>{s.forms.nothingToDo}</Body1>
      ) : (
        <ul className={classes.list}>
          {state.outline.map((entry, i) => (
            <li key={i}>{renderEntry(entry, classes, s)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function renderEntry(item: PlanEntry, classes: Classes, s: UiStrings) {
  const f = s.forms;
  switch (item.kind) {
    case 'sheet':
      return (
        <>
          <Body1Strong>{item.isNew ? f.addSheet(item.sheet) : f.inSheet(item.sheet)}</Body1Strong>
          {item.tables.length > 0 && (
            <ul className={classes.subList}>
              {item.tables.map((t) => (
                <li key={t.table}>
                  <Body1>{f.addTable(t.table, t.rows)}</Body1>
                  {t.columns.length > 0 && (
                    // Native disclosure: Enter/Space toggle it, and the outline stays short until asked.
                    <details className={classes.details}>
                      <summary className={classes.summary}>{f.columnsOf(t.columns.length)}</summary>
                      <Caption1 className={classes.columns}>{t.columns.join('、')}</Caption1>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      );
    case 'addColumns':
      return (
        <>
          <Body1>{f.addColumns(item.table)}</Body1>
          <Caption1 className={classes.columns}>{item.columns.join('、')}</Caption1>
        </>
      );
    case 'addRows':
      return <Body1>{f.addRows(item.table, item.rows)}</Body1>;
    case 'migrateStages':
      return <Body1>{f.migrateStages(item.table, item.moved)}</Body1>;
    case 'setVersion':
      return <Body1>{f.setVersion(item.from, item.to)}</Body1>;
  }
}

function renderConflicts(conflicts: readonly { readonly message: string }[], s: UiStrings) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.forms.conflictsTitle}</MessageBarTitle>
        {conflicts.map((c, i) => (
          <div key={i}>{c.message}</div>
        ))}
        <div>{s.forms.conflictsNext}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
