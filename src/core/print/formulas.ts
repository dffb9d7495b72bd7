/**
 * Formula builders of the print views. Excel 2016 functions only, no dynamic arrays, and the same
 * results in LibreOffice. Costs are per formula cell; `n` is the rows of the table named.
 */

/** A table column as a structured reference, e.g. `Customers[档案编号]` (header already escaped). */
export type ColRef = string;

/**
 * The value at `row` (1-based data row, 0 = no record) of a column, or "" when there is no record
 * or the cell is empty: never 0, #N/A or 1900-01-00. O(1).
 */
export function valueAt(col: ColRef, row: string): string {
  return `=IF(${row}=0,"",IF(INDEX(${col},${row})="","",INDEX(${col},${row})))`;
}

/** Data row of the first exact match of `key` in `col`, 0 when absent or the key is blank. O(n). */
export function rowOf(col: ColRef, key: string): string {
  return `=IF(TRIM(${key})="",0,IFERROR(MATCH(${key},${col},0),0))`;
}

export interface Criterion {
  readonly col: ColRef;
  readonly key: string;
}

const blankGuard = (criteria: readonly Criterion[]): string =>
  criteria.length === 1 ? `TRIM(${criteria[0]!.key})=""` : `OR(${criteria.map((c) => `TRIM(${c.key})=""`).join(',')})`;

/** How many rows match every criterion exactly (no wildcards, unlike COUNTIFS). O(n). */
export function countOf(criteria: readonly Criterion[]): string {
  return `=IF(${blankGuard(criteria)},0,SUMPRODUCT(${criteria.map((c) => `(${c.col}=${c.key})`).join('*')}))`;
}

/**
 * The k-th match counted from the end: the largest matching data row below `prev` (the (k-1)-th
 * one), 0 when there is none. With `prev` null it is the last match overall. SUMPRODUCT makes
 * MAX evaluate its array argument without Ctrl+Shift+Enter in Excel 2016 and LibreOffice alike.
 * O(n) each, so a list of N rows costs O(N·n): linear in the table, N ≤ 15.
 */
export function previousMatch(criteria: readonly Criterion[], prev: string | null, count: string): string {
  const first = criteria[0]!.col;
  const upTo = (col: ColRef): string => (prev === null ? col : `INDEX(${col},1):INDEX(${col},${prev}-1)`);
  const conds = criteria.map((c) => `(${upTo(c.col)}=${c.key})`).join('*');
  const index = `(ROW(${upTo(first)})-ROW(INDEX(${first},1))+1)`;
  const body = `SUMPRODUCT(MAX(${conds}*${index}))`;
  return prev === null ? `=IF(${count}=0,0,${body})` : `=IF(${prev}<=1,0,${body})`;
}
