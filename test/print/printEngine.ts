/** Helpers of the print tests: the keys of a sample book per view, and what a PDF holds. */
import { spawnSync } from 'child_process';
import type { TableData } from '../../src/core/port/types';
import type { ViewSpec } from '../../src/core/print/types';
import type { Lang } from '../../src/core/model/types';
import { textIn } from '../../src/core/model/types';
import { findTable } from '../../src/core/model/lookup';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { isoOf } from '../../src/core/validate/dates';

export const hasPoppler = spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0;

export function pdfInfo(file: string): { pages: number; size: string } {
  const out = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]), size: /Page size:\s+(.*)/.exec(out)?.[1] ?? '' };
}

/** The text of each page, whitespace removed (pdftotext splits CJK runs unpredictably). */
export function pdfPages(file: string): string[] {
  const out = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  return out.split('\f').filter((p) => p.trim() !== '').map((p) => p.replace(/\s+/g, ''));
}

export const squash = (s: string): string => s.replace(/\s+/g, '');

function column(t: TableData, key: string, lang: Lang): number {
  const spec = findTable(WORKBOOK_MODEL, t.name)!;
  const header = textIn(spec.columns.find((c) => c.key === key)!.header, lang);
  return t.headers.indexOf(header);
}

/** Every key tuple of the sample for a view, as the key cells take them. */
export function keysOf(view: ViewSpec, tables: readonly TableData[], lang: Lang): (string | number)[][] {
  const t = (name: string) => tables.find((x) => x.name === name)!;
  const distinct = (rows: (string | number)[][]) => [...new Map(rows.map((r) => [JSON.stringify(r), r])).values()];
  if (view.id === 'visit-day') {
    const v = t('Visits');
    const [rep, date] = [column(v, 'reporter', lang), column(v, 'date', lang)];
    return distinct(v.rows.map((r) => [String(r[rep]), Number(r[date])]));
  }
  if (view.id === 'kpi-sheet') {
    const s = t('KpiSummary');
    const [period, id] = [column(s, 'period', lang), column(s, 'staffId', lang)];
    return distinct(s.rows.filter((r) => r[id] !== null && r[id] !== '').map((r) => [String(r[period]), String(r[id])]));
  }
  if (view.id === 'relation-plan') {
    const r = t('RelationPlan');
    const c = column(r, 'customer', lang);
    return distinct(r.rows.map((x) => [String(x[c])]));
  }
  const rec = t(view.table!);
  const c = column(rec, view.recordKey!, lang);
  return distinct(rec.rows.map((x) => [String(x[c])]));
}

/** How a key prints: dates as yyyy-mm-dd. */
export function printedKey(k: string | number): string {
  return typeof k === 'number' ? isoOf(k) : k;
}
