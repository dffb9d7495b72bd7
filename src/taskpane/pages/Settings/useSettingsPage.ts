import { useEffect, useMemo, useState } from 'react';
import { browserStorage, saveLangPreference } from '../../../i18n/langPreference';
import { useUiLang } from '../../../i18n/useStrings';
import { checkParamGroups, checkParamText, paramSaveOp, paramSheetOf, paramText } from '../../model/kpiParams';
import { useOperation } from '../../shared/useOperation';
import type { ParamField, ParamsLoad, SettingsPageProps, SettingsPageState } from './SettingsPage.types';

export function useSettingsPage(props: SettingsPageProps): SettingsPageState {
  const { host } = props;
  const { lang, setLang } = useUiLang();
  const [langSaveFailed, setLangSaveFailed] = useState(false);
  // Typed texts by worksheet row; rows not in the map show the workbook's value.
  const [edits, setEdits] = useState<ReadonlyMap<number, string>>(new Map());

  const load = useOperation(async (): Promise<ParamsLoad> => {
    const [data] = await host.port.readTables(['KpiParams']);
    if (!data) return { kind: 'missing' };
    const sheet = paramSheetOf(data);
    return sheet ? { kind: 'ok', sheet } : { kind: 'badHeaders' };
  });
  const reload = load.run;

  const sheet = load.result?.kind === 'ok' ? load.result.sheet : undefined;

  const fields = useMemo<ParamField[]>(
    () =>
      (sheet?.rows ?? []).map((param) => {
        const original = paramText(param.value);
        const text = edits.get(param.row) ?? original;
        const changed = text.trim() !== original.trim();
        // Only what the user typed is judged: an odd value already in the workbook is the check's job.
        const checked = changed ? checkParamText(param.id, text) : undefined;
        return { param, text, changed, ...(checked && 'issue' in checked ? { issue: checked.issue } : {}) };
      }),
    [sheet, edits],
  );

  const groupIssues = useMemo(() => {
    const values = new Map<string, number>();
    const edited = new Set<string>();
    for (const f of fields) {
      const r = checkParamText(f.param.id, f.text);
      if ('value' in r) values.set(f.param.id, r.value);
      if (f.changed) edited.add(f.param.id);
    }
    return checkParamGroups(values, edited);
  }, [fields]);

  const save = useOperation(async () => {
    if (!sheet) return 0;
    const numbers = new Map<number, number>();
    for (const f of fields) {
      if (!f.changed) continue;
      const r = checkParamText(f.param.id, f.text);
      if ('issue' in r) throw new Error(`invalid value for ${f.param.id}`);
      numbers.set(f.param.row, r.value);
    }
    if (numbers.size > 0) await host.port.apply([paramSaveOp(sheet, numbers)]);
    setEdits(new Map());
    void reload();
    return numbers.size;
  });

  useEffect(() => {
    void reload();
  }, [reload]);

  const changedCount = fields.filter((f) => f.changed).length;
  return {
    lang,
    setLang: (next) => {
      setLang(next);
      setLangSaveFailed(!saveLangPreference(browserStorage(), next));
    },
    langSaveFailed,
    load,
    save,
    fields,
    groupIssues,
    changedCount,
    hasIssues: fields.some((f) => f.issue !== undefined) || groupIssues.length > 0,
    setText: (row, text) => {
      save.reset();
      setEdits((m) => new Map(m).set(row, text));
    },
    reload: () => {
      setEdits(new Map());
      save.reset();
      void reload();
    },
    resetEdits: () => {
      save.reset();
      setEdits(new Map());
    },
    saveEdits: () => void save.run(),
  };
}
