/**
 * Inputs the workbook can derive (SPEC §4 "A new period"). New rows get these as formulas in the
 * input cell; the user may type over them. The TypeScript functions are their reference.
 */
import type { CellValue } from '../port/types';
import type { FormulaTemplate } from '../model/types';
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

/** Customers with 负责人 = 姓名 (matched literally, as above) and 建档日期 in the period. */
const newCustomers: FormulaTemplate = (f) => {
  const name = f.thisRow(KPI_COL.name.key);
  const { from, until } = bounds(f.thisRow(KPI_COL.periodEnd.key));
  const created = f.column('Customers', 'createdDate');
  return (
    `=IFERROR(IF(${name}="","",COUNTIFS(${f.column('Customers', 'owner')},"="&${wildcardLiteral(name)},` +
    `${created},">="&${from},${created},"<"&${until})),"")`
  );
};

export function prefillTemplate(kind: PrefillKind): FormulaTemplate {
  return kind === 'followedCustomers' ? followedCustomers : newCustomers;
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

/** A customer as the reference needs it (raw cells). */
export interface CustomerCells {
  readonly owner: CellValue;
  readonly createdDate: CellValue;
}

/** Reference of the 实际新客户数 / 实际新增客户数 / 实际新增落地客户数 prefill. */
export function newCustomersOf(customers: readonly CustomerCells[], name: string, first: number, last: number): number {
  if (name === '') return 0;
  return customers.filter((c) => matchText(c.owner, name) && inPeriod(c.createdDate, first, last)).length;
}
