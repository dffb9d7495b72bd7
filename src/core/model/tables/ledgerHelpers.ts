/**
 * Helper formulas shared by the ledger tables (Revenue, Receivables, Customers' _部门): they turn a
 * row into the keys the KPI pre-fills count over with one SUMIFS/COUNTIFS per cell (linear in the
 * ledger), instead of a lookup per ledger row inside every KPI cell (quadratic).
 */
import type { FormulaTemplate } from '../types';
import { wildcardLiteral } from './visits';

/**
 * _部门: the 部门 of this row's staff member (the ref column `ownerKey`, a 姓名) in Staff, or "" when
 * the name is not in Staff or has no 部门. The name is matched literally (wildcards escaped), case-insensitively. One MATCH per row: O(staff) per row, computed once per
 * recalculation rather than once per KPI cell. SPEC §2.1: "the department of a row is the 部门 of
 * its 负责人 in Staff" (the current 部门: a staff member who changed department takes the rows along).
 */
export function deptOf(ownerKey: string): FormulaTemplate {
  return (f) => {
    const owner = f.thisRow(ownerKey);
    return `=IFERROR(IF(TRIM(${owner})="","",INDEX(${f.column('Staff', 'dept')},MATCH(${wildcardLiteral(owner)},${f.column('Staff', 'name')},0))&""),"")`;
  };
}

/**
 * _月序 of a text period YYYY-MM (as the Kpi tables' _月序, src/core/kpi/compile.ts monthKeyFormula),
 * or "". Periods compare as numbers so that no criterion is read as a date in some locale.
 */
export function monthKeyOfPeriod(periodKey: string): FormulaTemplate {
  return (f) => {
    const p = f.thisRow(periodKey);
    const y = `VALUE(LEFT(${p},4))`;
    const m = `VALUE(MID(${p},6,2))`;
    return (
      `=IFERROR(IF(AND(LEN(${p})=7,MID(${p},5,1)="-",LEFT(${p},4)=""&${y},${y}>=1900,` +
      `MID(${p},6,2)=RIGHT("0"&${m},2),${m}>=1,${m}<=12),${y}*12+${m}-1,""),"")`
    );
  };
}
