/**
 * Inputs the workbook can derive (SPEC §4 "A new period"). New rows get these as formulas in the
 * input cell; the user may type over them. The TypeScript functions are their reference.
 */
import type { CellValue } from '../port/types';
import type { FormulaContext, FormulaTemplate } from '../model/types';
import { staffFieldX } from './formulaParts';
import type { PrefillKind } from './types';
import { KPI_COL } from './columns';
import { matchText } from './text';
import { isEmptyCell } from './inputs';
import { wildcardLiteral } from '../model/tables/visits';

/**
 * The period's bounds from _期末: first day L − DAY(L) + 1, and "before L + 1" so that a date with
 * a time of day on the last day still counts.
 */
function bounds(last: string): { from: string; until: string } {
  return { from: `(${last}-DAY(${last})+1)`, until: `(${last}+1)` };
}

/**
 * Distinct customers in Visits by this staff member (填表人 = 姓名) in the period. Excel 2016 has
 * no COUNTA(UNIQUE()), so Visits carries the work: its helper _首访 holds the visit's month on the
 * first visit of each (填表人, 客户, month) and is empty on the others (src/core/model/tables/
 * visits.ts). Counting this staff member's _首访 equal to the period's _月序 is one COUNTIFS per
 * cell, linear in the Visits rows (the former SUMPRODUCT of COUNTIFS was quadratic in every cell).
 * A date lies in the period [first day, last day + 1) exactly when its month is the period's, so
 * this is the reference's count. The name is matched literally ("=" and escaped wildcards).
 */
const followedCustomers: FormulaTemplate = (f) => {
  const name = f.thisRow(KPI_COL.name.key);
  const month = f.thisRow(KPI_COL.monthKey.key);
  const count = `COUNTIFS(${f.column('Visits', 'reporter')},"="&${wildcardLiteral(name)},${f.column('Visits', 'firstVisit')},${month})`;
  return `=IFERROR(IF(OR(${name}="",NOT(ISNUMBER(${month}))),"",${count}),"")`;
};

/**
 * Guards every ledger pre-fill: "" without a name or a valid period (then 待录入), and "" for an
 * error. `dept` adds "" when the staff member has no 部门 (a department figure needs one).
 */
function guard(f: FormulaContext, body: string, dept = false): string {
  const name = f.thisRow(KPI_COL.name.key);
  const month = f.thisRow(KPI_COL.monthKey.key);
  const noDept = dept ? `,${deptX(f)}=""` : '';
  return `=IFERROR(IF(OR(${name}="",NOT(ISNUMBER(${month}))${noDept}),"",${body}),"")`;
}

/** The staff member's 部门 through the row's _员工行 (src/core/kpi/formulaParts.ts staffFieldX). */
const deptX = (f: FormulaContext): string => `(${staffFieldX(f, 'dept')}&"")`;
/** Criterion: equal to this row's 姓名 / 部门, literally (no wildcards, no operators). */
const nameIs = (f: FormulaContext): string => `"="&${wildcardLiteral(f.thisRow(KPI_COL.name.key))}`;
const deptIs = (f: FormulaContext): string => `"="&${wildcardLiteral(deptX(f))}`;

/**
 * 实际新客户数 / 实际新增客户数: Customers with 负责人 = 姓名 whose 成交日期 lies in the period
 * (Reading: a new customer is one that landed). One COUNTIFS: O(customers) per cell.
 */
const newCustomers: FormulaTemplate = (f) => {
  const { from, until } = bounds(f.thisRow(KPI_COL.periodEnd.key));
  const landed = f.column('Customers', 'landedDate');
  return guard(f, `COUNTIFS(${f.column('Customers', 'owner')},${nameIs(f)},${landed},">="&${from},${landed},"<"&${until})`);
};

/** 实际新增落地客户数 (L4): the same count over Customers whose _部门 is this 部门. O(customers) per cell. */
const deptLanded: FormulaTemplate = (f) => {
  const { from, until } = bounds(f.thisRow(KPI_COL.periodEnd.key));
  const landed = f.column('Customers', 'landedDate');
  return guard(f, `COUNTIFS(${f.column('Customers', 'dept')},${deptIs(f)},${landed},">="&${from},${landed},"<"&${until})`, true);
};

/**
 * A target: the same column of the Targets row whose _键 (期间|工号) is this row's _键, "" when there
 * is none or it is empty (the row is then 待录入). One MATCH: O(Targets) per cell.
 */
const target =
  (key: string): FormulaTemplate =>
  (f) => {
    const at = `INDEX(${f.column('Targets', key)},MATCH(${f.thisRow(KPI_COL.rowKey.key)},${f.column('Targets', 'rowKey')},0))`;
    return guard(f, `IF(${at}="","",${at})`);
  };

/** Σ of a Revenue column for this 负责人 (or 部门) and a month offset; one SUMIFS: O(Revenue) per cell. */
const revenueSum =
  (column: 'revenue' | 'profit', by: 'name' | 'dept', monthOffset = 0): FormulaTemplate =>
  (f) => {
    const month = `${f.thisRow(KPI_COL.monthKey.key)}${monthOffset === 0 ? '' : `-${-monthOffset}`}`;
    const who = by === 'name' ? `${f.column('Revenue', 'owner')},${nameIs(f)}` : `${f.column('Revenue', 'dept')},${deptIs(f)}`;
    return guard(f, `ROUND(SUMIFS(${f.column('Revenue', column)},${who},${f.column('Revenue', 'monthKey')},${month}),2)`, by === 'dept');
  };

/**
 * 应收账款总额 (L1, L3): Σ 应收金额 − Σ 回款金额 (collected by E) over this 负责人's invoices issued by
 * E; 逾期应收账款 restricts both sums to 应收日期 < E. Two SUMIFS: O(Receivables) per cell.
 */
const receivables =
  (overdueOnly: boolean): FormulaTemplate =>
  (f) => {
    const last = f.thisRow(KPI_COL.periodEnd.key);
    const { until } = bounds(last);
    const R = (k: string) => f.column('Receivables', k);
    const rows = `${R('owner')},${nameIs(f)},${R('invoiceDate')},"<"&${until}${overdueOnly ? `,${R('dueDate')},"<"&${last}` : ''}`;
    return guard(f, `ROUND(SUMIFS(${R('amount')},${rows})-SUMIFS(${R('collected')},${rows},${R('collectedDate')},"<"&${until}),2)`);
  };

/**
 * 应收回款额 (L4): Σ 应收金额 of this 部门's invoices due in the period; 实际回款额: Σ 回款金额 of the
 * same rows collected by E. One SUMIFS: O(Receivables) per cell.
 */
const collections =
  (collectedOnly: boolean): FormulaTemplate =>
  (f) => {
    const { from, until } = bounds(f.thisRow(KPI_COL.periodEnd.key));
    const R = (k: string) => f.column('Receivables', k);
    const rows = `${R('dept')},${deptIs(f)},${R('dueDate')},">="&${from},${R('dueDate')},"<"&${until}`;
    const body = collectedOnly ? `SUMIFS(${R('collected')},${rows},${R('collectedDate')},"<"&${until})` : `SUMIFS(${R('amount')},${rows})`;
    return guard(f, `ROUND(${body},2)`, true);
  };

/** The formula of a prefilled input (`key` names the Targets column of a target). */
export function prefillTemplate(kind: PrefillKind, key: string): FormulaTemplate {
  switch (kind) {
    case 'followedCustomers':
      return followedCustomers;
    case 'newCustomers':
      return newCustomers;
    case 'deptLanded':
      return deptLanded;
    case 'target':
      return target(key);
    case 'revenue':
      return revenueSum('revenue', 'name');
    case 'prevRevenue':
      return revenueSum('revenue', 'name', -1);
    case 'deptRevenue':
      return revenueSum('revenue', 'dept');
    case 'deptProfit':
      return revenueSum('profit', 'dept');
    case 'receivables':
      return receivables(false);
    case 'overdue':
      return receivables(true);
    case 'collectionDue':
      return collections(false);
    case 'collected':
      return collections(true);
  }
}

/** A visit as the reference needs it (raw cells). */
export interface VisitCells {
  readonly date: CellValue;
  readonly reporter: CellValue;
  readonly customer: CellValue;
}

function inPeriod(date: CellValue, first: number, last: number): boolean {
  return typeof date === 'number' && date >= first && date < last + 1;
}

/**
 * Reference of the 有效跟进客户数 prefill: the distinct customers of the visits whose 填表人 is the
 * text `name` (case-insensitive, as Excel's "=") and whose date lies in [first, last + 1). A customer
 * is its text, case-insensitive (as COUNTIF compares _月键); a blank one (nothing, or spaces only, as
 * TRIM(x)="") is ignored. Spaces around a name are kept: " 甲公司" is not "甲公司" (REF flags it).
 */
export function followedCustomersOf(visits: readonly VisitCells[], name: string, first: number, last: number): number {
  if (name === '') return 0;
  const seen = new Set<string>();
  for (const v of visits) {
    if (!matchText(v.reporter, name) || !inPeriod(v.date, first, last)) continue;
    if (isEmptyCell(v.customer)) continue;
    seen.add(String(v.customer).toLowerCase());
  }
  return seen.size;
}
