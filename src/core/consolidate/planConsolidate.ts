/**
 * HR consolidation across departments (SPEC §5.1) as a plan for one workbook: every KpiSummary
 * row of every HR export with its 部门 (from that export's Staff sheet) and source file; grade
 * counts per period for each department and for the company; the staff with 连续D次数 ≥ 1 and
 * their 处理建议; and the conflicts (the same 工号 + 期间 in two files, two files for the same
 * department and period), listed with both rows kept. Values only, built from fixed columns: no
 * customer or personal column can reach it. Charts are separate ops for hosts that draw them.
 */
import type { Lang } from '../model/types';
import { textIn } from '../model/types';
import type { CellInput, CellValue, ColumnFormat, TableData, WriteOp } from '../port/types';
import { STAFF } from '../model/tables/staff';
import { KPI_SUMMARY } from '../kpi/summaryTable';
import { SUMMARY_COL } from '../kpi/columns';
import { recordsOf } from '../scoring/tableView';
import { SCORE_FORMAT } from '../model/numberFormats';
import { TABLE_STYLE } from '../plan/layout';
import { CONSOLIDATE_TEXT as T } from './texts';

export interface HrFile {
  /** The file's name, as HR knows it. */
  readonly name: string;
  readonly tables: readonly TableData[];
}

export interface Conflict {
  readonly kind: 'staffPeriod' | 'deptPeriod';
  readonly period: string;
  /** 工号 or 部门. */
  readonly key: string;
  readonly files: readonly string[];
}

export interface ConsolidatePlan {
  readonly ops: readonly WriteOp[];
  /** Native charts (grades by department, company-wide grades per period): Office only. */
  readonly chartOps: readonly WriteOp[];
  readonly rows: number;
  readonly conflicts: readonly Conflict[];
  /** Grade counts: `${period}|${dept}` → { A, B, C, D }. */
  readonly counts: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

const GRADES = ['A', 'B', 'C', 'D'] as const;
const str = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/** Whether a file's tables are an HR export (KpiSummary and Staff, no workbench table). */
export function isHrExport(tables: readonly TableData[]): boolean {
  const names = new Set(tables.map((t) => t.name));
  return names.has('KpiSummary') && names.has('Staff') && !names.has('Visits') && !names.has('KpiParams');
}

interface Row {
  readonly file: string;
  readonly dept: string;
  readonly rec: Record<string, CellValue>;
}

function rowsOf(files: readonly HrFile[]): Row[] {
  return files.flatMap((f) => {
    const staff = recordsOf(STAFF, f.tables.find((t) => t.name === 'Staff'));
    const dept = new Map(staff.map((s) => [str(s.staffId).toLowerCase(), str(s.dept)]));
    return recordsOf(KPI_SUMMARY, f.tables.find((t) => t.name === 'KpiSummary'))
      .filter((rec) => str(rec[SUMMARY_COL.period.key]) !== '' || str(rec[SUMMARY_COL.staffId.key]) !== '')
      .map((rec) => ({ file: f.name, dept: dept.get(str(rec[SUMMARY_COL.staffId.key]).toLowerCase()) ?? '', rec }));
  });
}

function conflictsOf(rows: readonly Row[]): Conflict[] {
  const out: Conflict[] = [];
  const group = (kind: Conflict['kind'], keyOf: (r: Row) => string) => {
    const files = new Map<string, Set<string>>();
    for (const r of rows) {
      const k = `${str(r.rec[SUMMARY_COL.period.key])}\u0000${keyOf(r)}`;
      if (keyOf(r) === '') continue;
      (files.get(k) ?? files.set(k, new Set()).get(k)!).add(r.file);
    }
    for (const [k, set] of files) {
      const [period = '', key = ''] = k.split('\u0000');
      if (set.size > 1) out.push({ kind, period, key, files: [...set] });
    }
  };
  group('staffPeriod', (r) => str(r.rec[SUMMARY_COL.staffId.key]).toLowerCase());
  group('deptPeriod', (r) => r.dept);
  return out;
}

export function planConsolidate(files: readonly HrFile[], lang: Lang): ConsolidatePlan {
  const rows = rowsOf(files);
  const conflicts = conflictsOf(rows);
  const ops: WriteOp[] = [];
  const table = (sheet: string, name: string, columns: ColumnFormat[], data: CellInput[][]): void => {
    ops.push({ op: 'addSheet', name: sheet, visibility: 'visible' });
    ops.push({ op: 'createTable', sheet, name, row: 1, col: 1, columns, rows: data, style: TABLE_STYLE });
    ops.push({ op: 'freezeRows', sheet, rows: 1 });
  };
  const h = (t: { zh: string; en: string }, numberFormat?: string, width = 12): ColumnFormat => ({ header: textIn(t, lang), width, ...(numberFormat ? { numberFormat } : {}) });
  const S = SUMMARY_COL;
  const v = (r: Row, k: { key: string }): CellInput => r.rec[k.key] ?? null;

  table(textIn(T.sheetAll, lang), 'HrKpi',
    [h(T.file, undefined, 24), h(T.dept), h(S.period.header, '@', 10), h(S.staffId.header, '@'), h(S.name.header), h(S.position.header, undefined, 18), h(S.scheme.header, undefined, 8), h(S.total.header, SCORE_FORMAT, 8), h(S.grade.header, undefined, 7), h(S.runD.header, '0', 10), h(S.suggestion.header, undefined, 24), h(S.status.header, undefined, 10)],
    rows.map((r) => [r.file, r.dept, v(r, S.period), v(r, S.staffId), v(r, S.name), v(r, S.position), v(r, S.scheme), v(r, S.total), v(r, S.grade), v(r, S.runD), v(r, S.suggestion), v(r, S.status)]));

  // Grade counts: one row per period and department, then the company's row for the period.
  const counts = new Map<string, Record<string, number>>();
  const company = textIn(T.company, lang);
  for (const r of rows) {
    const grade = str(r.rec[S.grade.key]).toUpperCase();
    if (!(GRADES as readonly string[]).includes(grade)) continue;
    const period = str(r.rec[S.period.key]);
    for (const dept of [r.dept, company]) {
      const c = counts.get(`${period}|${dept}`) ?? counts.set(`${period}|${dept}`, { A: 0, B: 0, C: 0, D: 0 }).get(`${period}|${dept}`)!;
      c[grade] = (c[grade] ?? 0) + 1;
    }
  }
  const keys = [...counts.keys()].sort((a, b) => {
    const [pa = '', da = ''] = a.split('|');
    const [pb = '', db = ''] = b.split('|');
    return pa === pb ? (da === company ? 1 : db === company ? -1 : da.localeCompare(db)) : pa.localeCompare(pb);
  });
  const gradeRows = keys.map((k) => {
    const [period = '', dept = ''] = k.split('|');
    const c = counts.get(k) ?? {};
    return [period, dept, ...GRADES.map((g) => c[g] ?? 0)];
  });
  const gradeSheet = textIn(T.sheetGrades, lang);
  table(gradeSheet, 'HrGrades', [h(S.period.header, '@', 10), h(T.dept, undefined, 16), ...GRADES.map((g) => h({ zh: g, en: g }, '0', 6))], gradeRows);

  const runs = rows.filter((r) => typeof r.rec[S.runD.key] === 'number' && (r.rec[S.runD.key] as number) >= 1);
  table(textIn(T.sheetRuns, lang), 'HrDRuns',
    [h(T.dept), h(S.period.header, '@', 10), h(S.staffId.header, '@'), h(S.name.header), h(S.runD.header, '0', 10), h(S.suggestion.header, undefined, 28)],
    runs.map((r) => [r.dept, v(r, S.period), v(r, S.staffId), v(r, S.name), v(r, S.runD), v(r, S.suggestion)]));

  table(textIn(T.sheetConflicts, lang), 'HrConflicts',
    [h(T.kind, undefined, 22), h(S.period.header, '@', 10), h(T.key, undefined, 14), h(T.files, undefined, 48)],
    conflicts.map((c) => [textIn(c.kind === 'staffPeriod' ? T.staffPeriod : T.deptPeriod, lang), c.period, c.key, c.files.join(' / ')]));
  ops.push({ op: 'activate', sheet: textIn(T.sheetAll, lang) });

  // Chart data beside the grade table (values): each department over the range, and the company
  // per period; the charts (Office only) are drawn from these two blocks.
  const depts = [...new Set(rows.map((r) => r.dept))].sort();
  const deptBlock = depts.map((d) => {
    const sum = { A: 0, B: 0, C: 0, D: 0 } as Record<string, number>;
    for (const [k, c] of counts) if (k.slice(k.indexOf('|') + 1) === d) for (const g of GRADES) sum[g] = (sum[g] ?? 0) + (c[g] ?? 0);
    return [d, ...GRADES.map((g) => sum[g] ?? 0)];
  });
  const periods = [...new Set(rows.map((r) => str(r.rec[S.period.key])))].filter((p) => p !== '').sort();
  const companyBlock = periods.map((p) => [p, ...GRADES.map((g) => counts.get(`${p}|${company}`)?.[g] ?? 0)]);
  const chartOps: WriteOp[] = [];
  if (deptBlock.length > 0) {
    ops.push({ op: 'writeCells', sheet: gradeSheet, row: 1, col: 8, values: [[textIn(T.dept, lang), ...GRADES], ...deptBlock] });
    chartOps.push({ op: 'addChart', sheet: gradeSheet, name: 'HrGradesByDept', type: 'columnClustered', source: `H1:L${deptBlock.length + 1}`, seriesBy: 'columns', title: textIn(T.chartDept, lang), anchor: { row: Math.max(deptBlock.length, companyBlock.length) + 3, col: 8, widthCols: 8, heightRows: 16 } });
  }
  if (companyBlock.length > 0) {
    ops.push({ op: 'writeCells', sheet: gradeSheet, row: 1, col: 14, values: [[textIn(S.period.header, lang), ...GRADES], ...companyBlock] });
    chartOps.push({ op: 'addChart', sheet: gradeSheet, name: 'HrGradesCompany', type: 'columnClustered', source: `N1:R${companyBlock.length + 1}`, seriesBy: 'columns', title: textIn(T.chartCompany, lang), anchor: { row: Math.max(deptBlock.length, companyBlock.length) + 3, col: 17, widthCols: 8, heightRows: 16 } });
  }
  return { ops, chartOps, rows: rows.length, conflicts, counts };
}
