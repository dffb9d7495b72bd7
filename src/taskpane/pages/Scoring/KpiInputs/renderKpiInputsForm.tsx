import { Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import type { UiStrings } from '../../../../i18n/ui.zh-CN';
import { OperationFeedback } from '../../../shared/OperationFeedback';
import type { KpiInputFieldView, KpiInputsFormProps, KpiInputsFormState } from './KpiInputsForm.types';
import type { useKpiInputsFormStyles } from './useKpiInputsFormStyles.styles';

type Classes = ReturnType<typeof useKpiInputsFormStyles>;

export function renderKpiInputsForm(props: KpiInputsFormProps, state: KpiInputsFormState, classes: Classes, s: UiStrings) {
  const k = s.scoring.inputs;
  const { load, save, snapshot } = state;
  return (
    <form
      id={props.id}
      className={classes.form}
      aria-labelledby={state.headingId}
      aria-busy={load.busy || save.busy}
      onSubmit={state.submit}
      onKeyDown={state.onKeyDown}
      noValidate
    >
      {/* Focusable by script only: where focus lands as the form opens. */}
      <h5 id={state.headingId} ref={state.headingRef} tabIndex={-1} className={classes.heading}>
        {k.heading(props.row.name)}
      </h5>
      <Caption1 className={classes.muted}>{k.context(props.row.period, props.row.scheme)}</Caption1>
      <OperationFeedback busy={load.busy} busyLabel={k.loading} error={load.error} onRetry={state.retryLoad} />
      {snapshot && (
        <>
          <Caption1>{k.intro}</Caption1>
          {snapshot.missingColumns.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{k.missingColumns(snapshot.missingColumns)}</MessageBarBody>
            </MessageBar>
          )}
          <div className={classes.fields}>{state.fields.map((f) => renderField(f, state, classes, s))}</div>
          <div aria-live="polite">
            {state.invalidCount > 0 && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{k.invalid(state.invalidCount)}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <OperationFeedback busy={save.busy} busyLabel={k.saving} error={save.error} />
        </>
      )}
      <div className={classes.actions}>
        {snapshot && (
          <Button appearance="primary" type="submit" disabledFocusable={save.busy}>
            {k.save}
          </Button>
        )}
        <Button type="button" onClick={state.cancel} disabledFocusable={save.busy}>
          {k.cancel}
        </Button>
      </div>
    </form>
  );
}

function renderField(f: KpiInputFieldView, state: KpiInputsFormState, classes: Classes, s: UiStrings) {
  const k = s.scoring.inputs;
  const field = (
    <Field
      label={f.label}
      hint={f.hint}
      validationState={f.error !== undefined ? 'error' : 'none'}
      validationMessage={f.error}
    >
      {f.control.kind === 'select' ? renderSelect(f, state, s) : (
        <Input
          ref={state.fieldRef(f.key)}
          value={f.text}
          readOnly={f.readOnly}
          inputMode={f.control.inputMode}
          autoComplete="off"
          onChange={(_, data) => state.setText(f.key, data.value)}
        />
      )}
    </Field>
  );
  if (f.override === undefined) return <div key={f.key}>{field}</div>;
  return (
    <div key={f.key} className={classes.field}>
      {field}
      <Checkbox
        label={k.override}
        aria-label={k.overrideName(f.label)}
        checked={f.override}
        onChange={(_, data) => state.setOverride(f.key, data.checked === true)}
      />
    </div>
  );
}

function renderSelect(f: KpiInputFieldView, state: KpiInputsFormState, s: UiStrings) {
  const k = s.scoring.inputs;
  if (f.control.kind !== 'select') return null;
  const { options, yesno } = f.control;
  // A value typed in the grid that is not on the list still shows (with its message), never as blank.
  const extra = f.text !== '' && !options.includes(f.text) ? [f.text] : [];
  const label = (v: string) => (yesno ? (v === '是' ? k.yes : v === '否' ? k.no : v) : v);
  return (
    <Select
      ref={state.fieldRef(f.key)}
      value={f.text}
      onChange={(_, data) => state.setText(f.key, data.value)}
    >
      <option value="">{k.notEntered}</option>
      {[...extra, ...options].map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </Select>
  );
}
