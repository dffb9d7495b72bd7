/**
 * View-model helpers of the Scoring page: which row to sign, whether a sign-off is possible, and
 * how totals and dates read. Pure.
 */
import { isoOf } from '../../core/validate/dates';
import type { ReviewStage, SummaryRow } from '../services';

/** The worksheet row of a summary row's scheme-table row: `row`, else the digits of its A1 address. */
export function rowOf(r: { readonly row?: number; readonly address: string }): number | undefined {
  if (r.row !== undefined && Number.isInteger(r.row) && r.row > 0) return r.row;
  // "C12", "$C$12" or "A12:Z12": the first cell's row.
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)/.exec(r.address.replace(/^.*!/, ''));
  return m ? Number(m[1]) : undefined;
}

export type SignOffBlock = 'needReviewer' | 'needInputs' | 'needFirst' | 'signed' | 'noRow';

/** Why a sign-off cannot be made now, or undefined when it can. */
export function signOffBlock(r: SummaryRow, stage: ReviewStage, reviewer: string): SignOffBlock | undefined {
  if (rowOf(r) === undefined) return 'noRow';
  if (stage === 'first' ? filled(r.firstReviewer) : filled(r.secondReviewer)) return 'signed';
  // Only complete rows are reviewed: 待录入 and 输入有误 have no score to agree with.
  if (r.status === '待录入' || r.status === '输入有误') return 'needInputs';
  if (stage === 'second' && !filled(r.firstReviewer)) return 'needFirst';
  if (reviewer.trim() === '') return 'needReviewer';
  return undefined;
}

/** D grades first by the length of their run (the most urgent at the top), then by staff id. */
export function dGradeRows(rows: readonly SummaryRow[]): SummaryRow[] {
  return rows
    .filter((r) => r.grade === 'D')
    .sort((a, b) => b.runOfD - a.runOfD || a.staffId.localeCompare(b.staffId));
}

/** Scores show one decimal (SPEC §4). */
export function totalText(total: number | null): string {
  return total === null ? '—' : total.toFixed(1);
}

export function dateText(serial: number | undefined): string {
  return serial === undefined || !Number.isFinite(serial) ? '' : isoOf(serial);
}

function filled(s: string | undefined): boolean {
  return s !== undefined && s.trim() !== '';
}
