import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { textIn } from '../../../../core/model/types';
import { SCHEMES } from '../../../../core/kpi/schemes';
import { isEmptyCell } from '../../../../core/kpi/inputs';
import { kpiInputIssues, readKpiInputs, saveKpiInputs } from '../../../../core/services/api';
import { useUiLang } from '../../../../i18n/useStrings';
import { useOperation } from '../../../shared/useOperation';
import { cellText, controlOf, draftChanges, draftValues, initialDraft } from './kpiInputsDraft';
import type { Draft } from './kpiInputsDraft';
import { prefillHint } from './prefillHint';
import type { KpiInputFieldView, KpiInputsFormProps, KpiInputsFormState } from './KpiInputsForm.types';

export function useKpiInputsForm(props: KpiInputsFormProps): KpiInputsFormState {
  const { port, row, sheetRow } = props;
  const { lang, strings } = useUiLang();
  const k = strings.scoring.inputs;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  // The latest onClose, so that a save finishing after a re-render closes through the current one.
  const onCloseRef = useRef(props.onClose);
  useLayoutEffect(() => {
    onCloseRef.current = props.onClose;
  });

  const ref = { table: row.table, row: sheetRow, period: row.period, staffId: row.staffId, lang };
  const load = useOperation(() => readKpiInputs(port, ref));
  const runLoad = load.run;
  useEffect(() => {
    void runLoad();
  }, [runLoad]);

  const snapshot = load.result;
  const scheme = useMemo(() => (snapshot ? SCHEMES.find((s) => s.id === snapshot.scheme) : undefined), [snapshot]);
  const initial = useMemo<Draft>(() => (snapshot ? initialDraft(snapshot) : {}), [snapshot]);
  const [edited, setEdited] = useState<Draft | undefined>(undefined);
  const draft = edited ?? initial;
  // Inputs edited here; cells that already held something show their message at once (see `shown`).
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<ReadonlyMap<string, string>>(new Map());
  const [focusKey, setFocusKey] = useState<string | undefined>(undefined);

  const issues = useMemo(() => {
    if (!snapshot || !scheme) return new Map<string, string>();
    const found = kpiInputIssues(scheme, draftValues(scheme, snapshot, draft), { params: snapshot.params, periodEnd: snapshot.periodEnd, lang });
    const byKey = new Map<string, string>();
    for (const i of found) if (!byKey.has(i.key)) byKey.set(i.key, i.message);
    return byKey;
  }, [snapshot, scheme, draft, lang]);

  const shown = useCallback(
    (key: string) => {
      const filledBefore = snapshot?.fields.some((f) => f.key === key && !f.auto && !isEmptyCell(f.value)) ?? false;
      return submitted || touched.has(key) || filledBefore;
    },
    [snapshot, submitted, touched],
  );

  const fields: KpiInputFieldView[] = useMemo(() => {
    if (!snapshot || !scheme) return [];
    const byKey = new Map(scheme.inputs.map((i) => [i.key, i]));
    return snapshot.fields.flatMap((f): KpiInputFieldView[] => {
      const input = byKey.get(f.key);
      const d = draft[f.key];
      if (!input || !d) return [];
      const prefilled = input.prefill !== undefined && f.derived !== undefined;
      const following = prefilled && !d.override;
      const hint = prefilled ? prefillHint(input, f, d.override, k) : input.hint ? textIn(input.hint, lang) : undefined;
      const error = serverIssues.get(f.key) ?? (shown(f.key) ? issues.get(f.key) : undefined);
      return [
        {
          key: f.key,
          label: textIn(input.header, lang),
          ...(hint !== undefined ? { hint } : {}),
          control: controlOf(input),
          text: following ? (f.derived === null || f.derived === undefined ? '' : cellText(f.derived)) : d.text,
          ...(prefilled ? { override: d.override } : {}),
          readOnly: following,
          ...(error !== undefined ? { error } : {}),
        },
      ];
    });
  }, [snapshot, scheme, draft, serverIssues, issues, shown, lang, k]);

  // Focus moves into the form as it opens (its heading), then to the first input once the row is read.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const firstKey = fields[0]?.key;
  useEffect(() => {
    if (firstKey === undefined) return;
    const active = document.activeElement;
    if (active === headingRef.current || active === document.body || active === null) elements.current.get(firstKey)?.focus();
  }, [firstKey]);
  useEffect(() => {
    if (focusKey === undefined) return;
    const el = elements.current.get(focusKey);
    el?.focus();
    if (el instanceof HTMLInputElement && !el.readOnly) el.select();
    setFocusKey(undefined);
  }, [focusKey]);

  const update = (key: string, change: (d: Draft[string]) => Draft[string]) => {
    setEdited((prev) => {
      const base = prev ?? initial;
      const d = base[key];
      return d ? { ...base, [key]: change(d) } : base;
    });
    setServerIssues((m) => {
      if (!m.has(key)) return m;
      const next = new Map(m);
      next.delete(key);
      return next;
    });
  };

  const save = useOperation(async () => {
    if (!snapshot || !scheme) throw new Error('the KPI inputs are not loaded');
    const changes = draftChanges(scheme, snapshot, draft);
    const result = await saveKpiInputs(port, { ...ref, values: changes.values, auto: changes.auto });
    if (result.saved) onCloseRef.current(result);
    else {
      setServerIssues(new Map(result.issues.map((i) => [i.key, i.message])));
      setSubmitted(true);
      const first = fields.find((f) => result.issues.some((i) => i.key === f.key));
      if (first) setFocusKey(first.key);
    }
    return result;
  });

  const cancel = () => {
    if (!save.busy) onCloseRef.current(undefined);
  };

  return {
    headingId,
    headingRef,
    load,
    save,
    ...(snapshot ? { snapshot } : {}),
    fields,
    invalidCount: submitted ? fields.filter((f) => f.error !== undefined).length : 0,
    fieldRef: (key) => (el) => {
      if (el) elements.current.set(key, el);
      else elements.current.delete(key);
    },
    // Touched as it changes, not on blur: a message appearing on blur would shift the form under the
    // pointer between mousedown and mouseup, and the click that moved focus away would be lost.
    setText: (key, text) => {
      update(key, (d) => ({ ...d, text }));
      setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
    },
    setOverride: (key, on) => {
      const f = snapshot?.fields.find((x) => x.key === key);
      update(key, (d) => ({
        override: on,
        // Overriding starts from the calculated number, so a small correction is a small edit.
        text: on && d.text.trim() === '' && f?.derived !== undefined && f.derived !== null ? cellText(f.derived) : d.text,
      }));
      if (on) setFocusKey(key);
    },
    retryLoad: () => void runLoad(),
    submit: (e: FormEvent) => {
      e.preventDefault();
      if (!snapshot || save.busy) return;
      setSubmitted(true);
      const first = fields.find((f) => issues.has(f.key));
      if (first) {
        elements.current.get(first.key)?.focus();
        return;
      }
      void save.run();
    },
    cancel,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      e.stopPropagation();
      cancel();
    },
  };
}
