/**
 * The Settings page's view of KpiParams: reading the rows, checking typed values (numbers only, in
 * a range that makes sense for the kind of parameter), and the one setCells write that saves them.
 * Pure; the ranges are UI guards, the workbook's formulas take whatever number is there.
 */
import type { CellValue, TableData, WriteOp } from '../../core/port/types';
import { KPI_PARAMS } from '../../core/model/tables/kpiParams';
import { columnByHeader } from '../../core/model/lookup';

export interface ParamRow {
  readonly id: string;
  readonly value: CellValue;
  readonly note: string;
  /** Worksheet row, as Excel shows it. */
  readonly row: number;
}

export interface ParamSheet {
  readonly table: string;
  /** The value column's header as the workbook writes it (zh-CN or en-US). */
  readonly valueHeader: string;
  readonly rows: readonly ParamRow[];
}

/** The rows of KpiParams, or undefined when its 参数 or 值 column is missing. Blank rows are skipped. */
export function paramSheetOf(data: TableData): ParamSheet | undefined {
  const keyAt = data.headers.map((h) => columnByHeader(KPI_PARAMS, h)?.key);
  const idIdx = keyAt.indexOf('id');
  const valueIdx = keyAt.indexOf('value');
  const noteIdx = keyAt.indexOf('note');
  if (idIdx < 0 || valueIdx < 0) return undefined;
  const rows: ParamRow[] = [];
  data.rows.forEach((r, i) => {
    const id = r[idIdx];
    const idText = id === null || id === undefined ? '' : String(id).trim();
    if (idText === '' && (r[valueIdx] ?? null) === null) return;
    const note = noteIdx >= 0 ? r[noteIdx] : null;
    rows.push({
      id: idText,
      value: r[valueIdx] ?? null,
      note: note === null || note === undefined ? '' : String(note),
      row: data.headerRow + 1 + i,
    });
  });
  return { table: data.name, valueHeader: data.headers[valueIdx] ?? '', rows };
}

/** The text an input starts with. */
export function paramText(value: CellValue): string {
  return value === null ? '' : String(value);
}

export type ParamIssue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'notNumber' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'positive' }
  | { readonly kind: 'below'; readonly min: number }
  | { readonly kind: 'above'; readonly max: number };

interface Range {
  readonly min: number;
  readonly max: number;
  /** min itself is not allowed (steps: a step of 0 would divide by zero). */
  readonly minExclusive?: boolean;
  readonly integer?: boolean;
}

/** Sensible ranges by the parameter's id pattern (src/core/kpi/params.ts). Unknown ids: any number ≥ 0. */
export function rangeOf(id: string): Range {
  const k = id.toLowerCase();
  if (k.startsWith('grade.') || k.startsWith('cv.band.') || k.startsWith('cv.weight.')) return { min: 0, max: 100 };
  if (k.startsWith('exempt.')) return { min: 0, max: 24, integer: true };
  if (k.startsWith('follow.')) return { min: 0, max: 1000, integer: true };
  if (k.endsWith('.target')) return { min: 0, max: 200 };
  if (k.endsWith('step')) return { min: 0, max: 1000, minExclusive: true };
  if (k.endsWith('.offdays')) return { min: 0, max: 27, integer: true };
  if (k.endsWith('.limit')) return { min: 0, max: 31, integer: true };
  if (k.endsWith('.points')) return { min: 0, max: 100 };
  return { min: 0, max: Number.MAX_SAFE_INTEGER };
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0D]/g;

/** Parses what the user typed: plain decimal numbers only (full-width digits from an IME are accepted). */
export function parseParamText(text: string): number | undefined {
  const t = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function checkParamText(id: string, text: string): { value: number } | { issue: ParamIssue } {
  if (text.trim() === '') return { issue: { kind: 'empty' } };
  const value = parseParamText(text);
  if (value === undefined) return { issue: { kind: 'notNumber' } };
  const r = rangeOf(id);
  if (r.integer && !Number.isInteger(value)) return { issue: { kind: 'integer' } };
  if (r.minExclusive && value <= r.min) return { issue: { kind: 'positive' } };
  if (value < r.min) return { issue: { kind: 'below', min: r.min } };
  if (value > r.max) return { issue: { kind: 'above', max: r.max } };
  return { value };
}

export type GroupIssue =
  | { readonly kind: 'weightsSum'; readonly sum: number }
  | { readonly kind: 'bandsOrder'; readonly group: 'grade' | 'cv.band' };

/**
 * Rules across parameters, checked only when a member of the group was edited (so an old workbook
 * with odd values does not block saving an unrelated change): customer-value weights sum to 100,
 * and band thresholds fall A > B > C.
 */
export function checkParamGroups(values: ReadonlyMap<string, number>, edited: ReadonlySet<string>): GroupIssue[] {
  const issues: GroupIssue[] = [];
  const touched = (prefix: string) => [...edited].some((id) => id.toLowerCase().startsWith(prefix));
  if (touched('cv.weight.')) {
    const weights = [...values].filter(([id]) => id.toLowerCase().startsWith('cv.weight.'));
    const sum = Math.round(weights.reduce((a, [, v]) => a + v, 0) * 1e6) / 1e6;
    if (weights.length > 0 && sum !== 100) issues.push({ kind: 'weightsSum', sum });
  }
  for (const group of ['grade', 'cv.band'] as const) {
    if (!touched(`${group}.`)) continue;
    const [a, b, c] = ['A', 'B', 'C'].map((x) => values.get(`${group}.${x}`));
    if (a !== undefined && b !== undefined && c !== undefined && !(a > b && b > c)) issues.push({ kind: 'bandsOrder', group });
  }
  return issues;
}

/** The write that saves edited values: one setCells on the value column. */
export function paramSaveOp(sheet: ParamSheet, edits: ReadonlyMap<number, number>): WriteOp {
  return {
    op: 'setCells',
    table: sheet.table,
    cells: [...edits].map(([row, value]) => ({ row, header: sheet.valueHeader, value })),
  };
}
