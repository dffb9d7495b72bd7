/**
 * A problem found by the check, in the JSON form of SPEC §3, plus helpers that turn it into a cell
 * address so that a click selects the cell.
 */
import type { TableInfo } from '../port/types';

export type Severity = 'error' | 'warning';

/** General rules (SPEC §3), STRUCTURE (a table or column is missing), and the business rules. */
export type RuleId =
  | 'REQUIRED'
  | 'TYPE'
  | 'RANGE'
  | 'ENUM'
  | 'UNIQUE'
  | 'REF'
  | 'PHONE'
  | 'FORMULA-TEXT'
  | 'STRUCTURE'
  | 'V-SUMMARY'
  | 'V-FUTURE'
  | 'V-FOLLOWUP'
  | 'V-PROBLEM'
  | 'R-REPORT'
  | 'R-OVERSPEND'
  | 'R-APPROVAL'
  | 'G-BUDGET'
  | 'G-APPROVAL'
  | 'C-INSIDER'
  | 'C-DECIDERS'
  | 'C-OWNER'
  | 'K-DEADLINE'
  | 'K-REVIEW'
  | 'K-INPUT'
  | 'T-CHANGE'
  | 'S-ORDER'
  | 'A-COLLECT';

export interface Problem {
  /** ASCII table name, e.g. Visits. */
  readonly table: string;
  /**
   * Worksheet row as Excel shows it (header row + 1 + data index). A missing column is reported
   * on the header row; a missing table on row 0, because it has no row at all.
   */
  readonly row: number;
  /** Column header as written in the workbook; '' for a missing table. */
  readonly column: string;
  readonly rule: RuleId;
  readonly severity: Severity;
  /** In the workbook language; says what to fix and where. */
  readonly message: string;
}

/** Excel column letters: 1 → A, 27 → AA. */
import { columnLetters as columnLetter } from '../model/a1';

export { columnLetter };

/** A1 address of the cell in column `colIndex` (0-based within the table) on worksheet `row`. */
export function cellAddress(table: Pick<TableInfo, 'firstCol'>, colIndex: number, row: number): string {
  return `${columnLetter(table.firstCol + colIndex)}${row}`;
}

/**
 * Where a problem's cell is, for "click to select": the sheet and the A1 address. A problem about a
 * whole table (row 0) or a column the table lacks selects the table's header cell.
 * Undefined when the table is not in the workbook at all.
 */
export function locateProblem(p: Problem, tables: readonly TableInfo[]): { sheet: string; address: string } | undefined {
  const t = tables.find((x) => x.name === p.table);
  if (!t) return undefined;
  const i = t.headers.findIndex((h) => h.trim() === p.column.trim());
  if (i < 0 || p.row <= 0) return { sheet: t.sheet, address: cellAddress(t, 0, t.headerRow) };
  return { sheet: t.sheet, address: cellAddress(t, i, p.row) };
}
