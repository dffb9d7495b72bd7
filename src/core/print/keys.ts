/** The keys a print view can show, read from the tables, and the ones nearest to a mistyped key. */
import type { Lang } from '../model/types';
import { textIn } from '../model/types';
import { findTable } from '../model/lookup';
import { WORKBOOK_MODEL } from '../model/workbook';
import type { TableData } from '../port/types';
import type { ViewSpec } from './types';

function columnValues(tables: readonly TableData[], table: string, key: string, lang: Lang): string[] {
  const t = tables.find((x) => x.name === table);
  const spec = findTable(WORKBOOK_MODEL, table);
  const col = spec?.columns.find((c) => c.key === key);
  if (!t || !col) return [];
  // Either language's header: a book keeps the headers it was made with.
  const i = [textIn(col.header, lang), col.header.zh, col.header.en].map((h) => t.headers.indexOf(h)).find((x) => x >= 0) ?? -1;
  if (i < 0) return [];
  return [...new Set(t.rows.map((r) => (r[i] === null ? '' : String(r[i]).trim())).filter((v) => v !== ''))];
}

/** The tables whose rows `keyChoices` needs for a view. */
export function keyTables(view: ViewSpec): string[] {
  if (view.id === 'kpi-sheet') return ['KpiSummary'];
  return view.keys[0]?.source ? [view.keys[0].source.table] : [];
}

/**
 * The values the first key of a view can take: the record keys, the customers or staff names, or,
 * for the 考核表, the 工号 that have a row in `period`.
 */
export function keyChoices(view: ViewSpec, tables: readonly TableData[], lang: Lang, period?: string): string[] {
  if (view.id === 'kpi-sheet') {
    const t = tables.find((x) => x.name === 'KpiSummary');
    const spec = findTable(WORKBOOK_MODEL, 'KpiSummary');
    if (!t || !spec) return [];
    const idx = (key: string) => {
      const c = spec.columns.find((x) => x.key === key)!;
      return [c.header.zh, c.header.en].map((h) => t.headers.indexOf(h)).find((x) => x >= 0) ?? -1;
    };
    const [p, id] = [idx('period'), idx('staffId')];
    return [...new Set(t.rows.filter((r) => period === undefined || String(r[p]) === period).map((r) => String(r[id] ?? '')).filter((v) => v !== ''))];
  }
  const source = view.keys[0]?.source;
  return source ? columnValues(tables, source.table, source.column, lang) : [];
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Up to `n` choices closest to `key` (edit distance, case-insensitive; containing it first). */
export function nearbyKeys(key: string, choices: readonly string[], n = 5): string[] {
  const k = key.trim().toLowerCase();
  return [...choices]
    .map((c) => ({ c, d: c.toLowerCase().includes(k) || k.includes(c.toLowerCase()) ? 0 : distance(k, c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, n)
    .map((x) => x.c);
}
