/**
 * The dashboard's live formulas over KpiSummary (Excel 2016: SUMPRODUCT, NA). Each cell gets its
 * own formula text with concrete addresses, so no host has to fill anything down.
 *
 * Periods and 工号 are compared with "=" inside SUMPRODUCT, not as COUNTIFS criteria: a criterion
 * such as "2026-10" may be parsed as a date, in a locale-dependent way, and a 工号 holding * or ?
 * would be a wildcard there. "=" compares text exactly (ignoring case, as MATCH does).
 */
import type { Lang } from '../model/types';
import { headerOf } from '../model/lookup';
import { escapeHeader } from '../model/formulaContext';
import { KPI_SUMMARY } from '../kpi/tables';
import { SUMMARY_COL } from '../kpi/columns';

/** Structured references to the KpiSummary columns the dashboard reads, e.g. `KpiSummary[期间]`. */
export interface SummaryRefs {
  readonly period: string;
  readonly staffId: string;
  readonly total: string;
  readonly grade: string;
  readonly status: string;
}

/** KpiSummary's columns the dashboard needs, by key. */
export const SUMMARY_KEYS = [SUMMARY_COL.period.key, SUMMARY_COL.staffId.key, SUMMARY_COL.total.key, SUMMARY_COL.grade.key, SUMMARY_COL.status.key] as const;

/** References for a KpiSummary whose headers are in `lang`. */
export function summaryRefs(lang: Lang): SummaryRefs {
  const ref = (key: string): string => {
    const c = KPI_SUMMARY.columns.find((x) => x.key === key);
    if (!c) throw new Error(`KpiSummary has no column ${key}`);
    return `${KPI_SUMMARY.name}[${escapeHeader(headerOf(c, lang))}]`;
  };
  return {
    period: ref(SUMMARY_COL.period.key),
    staffId: ref(SUMMARY_COL.staffId.key),
    total: ref(SUMMARY_COL.total.key),
    grade: ref(SUMMARY_COL.grade.key),
    status: ref(SUMMARY_COL.status.key),
  };
}

const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Rows of `periodCell` graded `grade`; for 免考, rows whose 考核状态 is 免考 (they have no grade). */
export function gradeCountFormula(r: SummaryRefs, periodCell: string, grade: string): string {
  const column = grade === '免考' ? r.status : r.grade;
  return `=SUMPRODUCT((${r.period}=${periodCell})*(${column}=${str(grade)}))`;
}

/**
 * One staff member's 总分 in one period, or "" when KpiSummary has no numeric 总分 for them there
 * (no row, or a row that is 免考, 待录入 or 输入有误). A duplicated row gives the mean, not the sum.
 */
export function scoreFormula(r: SummaryRefs, periodCell: string, staffCell: string): string {
  // SUMPRODUCT takes a text 总分 (输入有误, "") in its own argument as 0, where multiplying would fail.
  const match = `(${r.period}=${periodCell})*(${r.staffId}=${staffCell})*ISNUMBER(${r.total})`;
  return `=IF(SUMPRODUCT(${match})=0,"",SUMPRODUCT(${match},${r.total})/SUMPRODUCT(${match}))`;
}

/** The chart's copy of a grid cell: #N/A (not plotted) where the grid is blank. */
export function chartPointFormula(gridCell: string): string {
  return `=IF(${gridCell}="",NA(),${gridCell})`;
}
