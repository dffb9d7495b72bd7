/**
 * Plans the director's dashboard (SPEC §2 仪表板, issue #5) as one plan: a period cell, the grade
 * distribution of that period and each staff member's 总分 over the 12 periods ending with it, all
 * as live formulas over KpiSummary, then a clustered column chart of the distribution and a line
 * chart with one series per staff member. Pure: the service reads, this plans, one apply writes.
 *
 * A rewrite first clears the block's columns (A..AB) down to the sheet's last used row, so a
 * shorter staff list leaves no stale rows; charts of the same names are replaced by the adapter.
 */
import type { Lang } from '../model/types';
import type { CellInput, WriteOp } from '../port/types';
import { SCORE_FORMAT } from '../model/numberFormats';
import { columnLetters } from '../plan/listsSheet';
import { DASHBOARD_GRADES, DASHBOARD_LAYOUT as L } from './layout';
import { DASHBOARD_TEXT } from './texts';
import { periodsEndingAt } from './periods';
import { chartPointFormula, gradeCountFormula, scoreFormula, summaryRefs } from './formulas';
import type { DashboardStaff } from './staffList';
import { planPipelineBlock, PIPELINE_LAYOUT } from './pipelineBlock';

export interface DashboardPlanRequest {
  /** YYYY-MM; the caller has checked it. */
  readonly period: string;
  /** The workbook language: labels and titles. */
  readonly lang: Lang;
  /** The language of KpiSummary's headers, which the formulas name. */
  readonly summaryLang: Lang;
  /** The Dashboard sheet: its name, whether it exists, and its last used row (0 when empty). */
  readonly sheet: { readonly name: string; readonly exists: boolean; readonly lastRow: number };
  readonly staff: readonly DashboardStaff[];
  /** Tab colour of a sheet the plan adds (RRGGBB). */
  readonly tabColor?: string;
  /**
   * Whether to plan the pipeline block (issue #11): only when the workbook has the Customers and
   * StageLog tables its formulas name; a formula naming a missing table is never written.
   * Default true.
   */
  readonly pipeline?: boolean;
}

export interface DashboardPlan {
  readonly ops: WriteOp[];
  /** The grid's periods, oldest first. */
  readonly periods: readonly string[];
  /** The last row the block uses. */
  readonly lastRow: number;
}

const abs = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;

export function planDashboard(req: DashboardPlanRequest): DashboardPlan {
  const periods = periodsEndingAt(req.period, L.periodCount);
  if (!periods) throw new Error(`planDashboard: not a period: ${req.period}`);
  const T = DASHBOARD_TEXT[req.lang];
  const refs = summaryRefs(req.summaryLang);
  const sheet = req.sheet.name;
  const firstStaffRow = L.scoreHeaderRow + 1;
  const lastRow = L.scoreHeaderRow + Math.max(1, req.staff.length);
  const ops: WriteOp[] = [];

  if (!req.sheet.exists) ops.push({ op: 'addSheet', name: sheet, visibility: 'visible', ...(req.tabColor ? { tabColor: req.tabColor } : {}) });
  else if (req.sheet.lastRow > 0) {
    const bottom = Math.max(req.sheet.lastRow, lastRow);
    // The pipeline block (issue #11) lies right of the KPI block: clear both.
    ops.push({ op: 'clearRange', sheet, address: `A1:${columnLetters(PIPELINE_LAYOUT.lastCol)}${bottom}` });
  }

  const periodCell = abs(L.periodRow, 2);
  ops.push({
    op: 'writeCells',
    sheet,
    row: L.titleRow,
    col: 1,
    values: [[T.title], [T.periodLabel, req.period, T.note]],
  });

  const gradeRows: CellInput[][] = [
    [T.gradeHeader, T.countHeader],
    ...DASHBOARD_GRADES.map((g): CellInput[] => [g, { formula: gradeCountFormula(refs, periodCell, g) }]),
  ];
  ops.push({ op: 'writeCells', sheet, row: L.gradeHeaderRow, col: 1, values: gradeRows });

  // The visible grid: 工号, 姓名, then one score per period.
  const periodCol = (j: number): number => L.firstPeriodCol + j;
  ops.push({ op: 'writeCells', sheet, row: L.scoreTitleRow, col: 1, values: [[T.scoreTitle]] });
  ops.push({ op: 'writeCells', sheet, row: L.scoreHeaderRow, col: 1, values: [[T.staffIdHeader, T.nameHeader, ...periods]] });
  if (req.staff.length > 0) {
    ops.push({ op: 'writeCells', sheet, row: firstStaffRow, col: 1, values: req.staff.map((s) => [s.id, s.name]) });
    const grid = req.staff.map((_, i) =>
      periods.map((_p, j): CellInput => {
        const criterion = `${columnLetters(periodCol(j))}$${L.scoreHeaderRow}`;
        return { formula: scoreFormula(refs, criterion, `$A${firstStaffRow + i}`) };
      }),
    );
    ops.push({ op: 'writeCells', sheet, row: firstStaffRow, col: L.firstPeriodCol, values: grid, numberFormat: SCORE_FORMAT });
  }

  // The line chart's copy: its top-left cell stays empty, so Excel takes the first row as the
  // categories (periods) and the first column as the series names.
  const dataCol = L.chartDataCol;
  ops.push({ op: 'writeCells', sheet, row: L.scoreTitleRow, col: dataCol, values: [[T.chartDataNote]] });
  ops.push({ op: 'writeCells', sheet, row: L.scoreHeaderRow, col: dataCol, values: [[null, ...periods]] });
  if (req.staff.length > 0) {
    ops.push({ op: 'writeCells', sheet, row: firstStaffRow, col: dataCol, values: req.staff.map((s) => [s.label]) });
    const points = req.staff.map((_, i) => periods.map((_p, j): CellInput => ({ formula: chartPointFormula(`${columnLetters(periodCol(j))}${firstStaffRow + i}`) })));
    ops.push({ op: 'writeCells', sheet, row: firstStaffRow, col: dataCol + 1, values: points, numberFormat: SCORE_FORMAT });
  }

  const gradeSource = `A${L.gradeHeaderRow}:B${L.gradeHeaderRow + DASHBOARD_GRADES.length}`;
  ops.push({
    op: 'addChart',
    sheet,
    name: L.gradeChart.name,
    type: 'columnClustered',
    source: gradeSource,
    seriesBy: 'columns',
    title: T.gradeChartTitle(req.period),
    anchor: L.gradeChart.anchor,
  });
  ops.push({
    op: 'addChart',
    sheet,
    name: L.scoreChart.name,
    type: 'line',
    source: `${columnLetters(dataCol)}${L.scoreHeaderRow}:${columnLetters(dataCol + periods.length)}${lastRow}`,
    seriesBy: 'rows',
    title: T.scoreChartTitle(periods[0]!, periods[periods.length - 1]!),
    anchor: L.scoreChart.anchor,
  });
  if (req.pipeline !== false) ops.push(...planPipelineBlock(sheet, req.lang, req.summaryLang, periods));
  ops.push({ op: 'activate', sheet });
  return { ops, periods, lastRow };
}
