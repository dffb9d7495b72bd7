import { Badge, Body1, Button, Caption1, Subtitle2, Switch, mergeClasses } from '@fluentui/react-components';
import type { UiStrings } from '../../../i18n/ui.zh-CN';
import type { SheetGroup } from '../../model/problems';
import type { LocatedProblem } from '../../services';
import { OperationFeedback } from '../../shared/OperationFeedback';
import type { CheckPageState } from './CheckPage.types';
import type { useCheckPageStyles } from './useCheckPageStyles.styles';

type Classes = ReturnType<typeof useCheckPageStyles>;

export function renderCheckPage(state: CheckPageState, classes: Classes, s: UiStrings) {
  const c = s.check;
  const { check, select, view } = state;
  return (
    <section className={classes.root} aria-labelledby="check-heading">
      <Subtitle2 as="h2" id="check-heading" className={classes.heading}>
        {c.heading}
      </Subtitle2>
      <Body1>{c.intro}</Body1>

      <div className={classes.toolbar}>
        <Button appearance="primary" onClick={state.runCheck} disabled={check.busy}>
          {view ? c.rerun : c.run}
        </Button>
        {view && (
          <Switch
            checked={state.errorsOnly}
            onChange={(_, data) => state.setErrorsOnly(data.checked)}
            label={c.errorsOnly}
          />
        )}
      </div>

      <OperationFeedback
        busy={check.busy}
        busyLabel={c.running}
        progress={check.progress}
        error={check.error}
        onRetry={state.runCheck}
      />
      {!view && !check.busy && !check.error && <Caption1>{c.notRunYet}</Caption1>}

      {view && (
        <div aria-live="polite" className={classes.counts}>
          <Badge appearance="filled" color={view.errors > 0 ? 'danger' : 'success'}>
            {c.error} {view.errors}
          </Badge>
          <Badge appearance="tint" color={view.warnings > 0 ? 'warning' : 'success'}>
            {c.warning} {view.warnings}
          </Badge>
          <span className={classes.visuallyHidden}>{c.summary(view.errors, view.warnings)}</span>
        </div>
      )}
      {view && view.errors + view.warnings === 0 && <Body1>{c.allGood}</Body1>}
      {view && state.errorsOnly && view.errors === 0 && view.warnings > 0 && <Body1>{c.noErrors}</Body1>}
      {view && view.groups.length > 0 && <Caption1>{c.selectHint}</Caption1>}
      <OperationFeedback busy={false} busyLabel="" error={select.error} />
      {view && view.hiddenByLimit > 0 && <Caption1>{c.limited(view.shown, view.shown + view.hiddenByLimit)}</Caption1>}
      {view?.groups.map((g) => renderGroup(g, state, classes, s))}
    </section>
  );
}

function renderGroup(group: SheetGroup, state: CheckPageState, classes: Classes, s: UiStrings) {
  const c = s.check;
  return (
    <section key={group.sheet} className={classes.group} aria-label={group.sheet}>
      <div className={classes.groupHeader}>
        <Subtitle2 as="h3" className={classes.heading}>
          {group.sheet}
        </Subtitle2>
        <Caption1>{c.sheetCounts(group.errors, group.warnings)}</Caption1>
      </div>
      {group.bySeverity.map((sg) => {
        const label = sg.severity === 'error' ? c.error : c.warning;
        const total = sg.severity === 'error' ? group.errors : group.warnings;
        return (
          <div key={sg.severity}>
            <h4 className={classes.severityHeading}>{c.severityHeading(label, total)}</h4>
            <ul className={classes.list}>
              {sg.problems.map((p, i) => (
                <li key={i}>{renderProblem(p, group.sheet, label, state, classes, s)}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function renderProblem(
  p: LocatedProblem,
  sheet: string,
  severityLabel: string,
  state: CheckPageState,
  classes: Classes,
  s: UiStrings,
) {
  const c = s.check;
  const body = (
    <>
      {/* Read first by screen readers, so each problem says its severity and sheet out of context. */}
      <span className={classes.visuallyHidden}>{`${severityLabel}:${sheet} `}</span>
      {/* The message itself says where (sheet, row, column) and how to fix it; the rule id helps support. */}
      <span className={classes.where}>{p.rule}</span>
      <span className={classes.message}>{p.message}</span>
    </>
  );
  const severityClass = p.severity === 'error' ? classes.error : classes.warning;
  if (p.sheet === undefined || p.address === undefined) {
    return (
      <div className={mergeClasses(classes.problem, classes.unlocated, severityClass)}>
        {body}
        <span className={classes.where}>{c.cannotLocate}</span>
      </div>
    );
  }
  return (
    // A native button: Enter and Space select the cell, and it takes its place in the Tab order.
    <button
      type="button"
      className={mergeClasses(classes.problem, classes.focusable, severityClass)}
      onClick={() => state.selectProblem(p)}
    >
      {body}
    </button>
  );
}
