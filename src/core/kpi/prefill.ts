/**
 * Inputs the workbook can derive (SPEC §4 "A new period"). New rows get these as formulas in the
 * input cell; the user may type over them. The TypeScript functions are their reference.
 */
import type { CellValue } from '../port/types';
import type { FormulaTemplate } from '../model/types';
import type { PrefillKind } from './types';
import { KPI_COL } from './columns';
import { matchText } from './text';

/**
 * The period's bounds from _期末: first day L − DAY(L) + 1, and "before L + 1" so that a date with
 * a time of day on the last day still counts.
 */
function bounds(last: string): { from: string; until: string } {
  return { from: `(${last}-DAY(${last})+1)`, until: `(${last}+1)` };
}

/**
 * Distinct customers in Visits by this staff member (填表人 = 姓名) in the period. Excel 2016 has
 * no COUNTA(UNIQUE()): each matching visit adds 1 / (matching visits of the same customer). A row
 * that does not match divides 0 by its count + 1, never by 0. ROUND(…,0) removes the float residue
 * of summing fractions. The cost grows with the square of the Visits rows (COUNTIFS per row).
 */
const followedCustomers: FormulaTemplate = (f) => {
  const name = f.thisRow(KPI_COL.name.key);
  const { from, until } = bounds(f.thisRow(KPI_COL.periodEnd.key));
  const rep = f.column('Visits', 'reporter');
  const cust = f.column('Visits', 'customer');
  const date = f.column('Visits', 'date');
  const m = `(${rep}=${name})*ISNUMBER(${date})*(${date}>=${from})*(${date}<${until})*(${cust}<>"")`;
  const same = `COUNTIFS(${rep},${name},${cust},${cust},${date},">="&${from},${date},"<"&${until})`;
  return `=IFERROR(IF(${name}="","",ROUND(SUMPRODUCT(${m}/(${same}+1-${m})),0)),"")`;
};

/** Customers with 负责人 = 姓名 and 建档日期 in the period. */
const newCustomers: FormulaTemplate = (f) => {
  const name = f.thisRow(KPI_COL.name.key);
  const { from, until } = bounds(f.thisRow(KPI_COL.periodEnd.key));
  const created = f.column('Customers', 'createdDate');
  return (
    `=IFERROR(IF(${name}="","",COUNTIFS(${f.column('Customers', 'owner')},${name},` +
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

/** Reference of the 有效跟进客户数 prefill. */
export function followedCustomersOf(visits: readonly VisitCells[], name: string, first: number, last: number): number {
  if (name === '') return 0;
  const seen = new Set<string>();
  for (const v of visits) {
    if (!matchText(v.reporter, name) || !inPeriod(v.date, first, last)) continue;
    if (v.customer === null || v.customer === '') continue;
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
