import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../core/model/types';
import { browserStorage, loadLangPreference } from '../../i18n/langPreference';
import { stringsFor, uiLangOf } from '../../i18n/uiLang';
import type { PageId } from '../model/pages';
import type { WorkbookInfo } from '../pages/page.types';
import { useOperation } from '../shared/useOperation';
import type { AppProps, AppState } from './App.types';

export function useApp(props: AppProps): AppState {
  const { host, banner } = props;
  // A choice made in Settings wins; otherwise follow Office's display language.
  const [lang, setLang] = useState<Lang>(() => loadLangPreference(browserStorage()) ?? uiLangOf(host.displayLanguage));
  const strings = stringsFor(lang);
  const stringsContext = useMemo(() => ({ lang, strings, setLang }), [lang, strings]);

  const [page, setPageState] = useState<PageId>(props.initialPage ?? 'forms');
  const [visited, setVisited] = useState<ReadonlySet<PageId>>(() => new Set([page]));
  const setPage = useCallback((next: PageId) => {
    setPageState(next);
    setVisited((v) => (v.has(next) ? v : new Set(v).add(next)));
  }, []);

  // One structure read (no row data): is the workbook generated, and in which language?
  const structure = useOperation(() => host.port.readStructure());
  const readStructure = structure.run;
  useEffect(() => {
    void readStructure();
  }, [readStructure]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const meta = structure.result?.meta;
  const workbook: WorkbookInfo = useMemo(
    () => ({
      loading: structure.busy || (structure.result === undefined && structure.error === undefined),
      modelVersion: meta?.modelVersion ?? null,
      lang: meta?.lang ?? null,
      ...(structure.error ? { error: structure.error } : {}),
    }),
    [structure.busy, structure.result, structure.error, meta],
  );

  return {
    host,
    banner,
    lang,
    strings,
    stringsContext,
    page,
    setPage,
    visited,
    structure,
    workbook,
    refreshWorkbook: () => void readStructure(),
  };
}
