/**
 * Excel expressions shared by the compiled KPI formulas. Every expression here is Excel 2016 and
 * LibreOffice compatible and safe against error values in the cells it reads (an IF guards each
 * comparison, because AND and OR evaluate all their arguments and pass an error on).
 */
import type { FormulaContext } from '../model/types';
import type { KpiInput, KpiInputType } from './types';
import { KPI_COL } from './columns';

/** Numbers as formula literals (file format: "." decimals, no exponent for our values). */
export function lit(n: number): string {
  return String(n);
}

/** TRIM(x)="" without tripping on an error value (an error is "filled", then invalid). */
export function emptyX(x: string): string {
  return `IFERROR(TRIM(${x})="",FALSE)`;
}

/** The validity test of one input; see isValidInput in inputs.ts. */
export function validX(x: string, type: KpiInputType, positive = false): string {
  switch (type.kind) {
    case 'yesno':
      return `IF(ISERROR(${x}),FALSE,OR(${x}="是",${x}="否"))`;
    case 'money':
      return `IF(ISNUMBER(${x}),${x}${positive ? '>0' : '>=0'},FALSE)`;
    case 'int': {
      const conds = [`${x}>=${lit(type.min)}`, ...(type.max === undefined ? [] : [`${x}<=${lit(type.max)}`]), `${x}=INT(${x})`];
      if (positive) conds.push(`${x}>0`);
      return `IF(ISNUMBER(${x}),AND(${conds.join(',')}),FALSE)`;
    }
    case 'number': {
      const range = [
        ...(type.min === undefined ? [] : [`${x}>=${lit(type.min)}`]),
        ...(type.max === undefined ? [] : [`${x}<=${lit(type.max)}`]),
      ];
      const alts = [
        ...(range.length === 0 ? [] : [range.length === 1 ? range[0] : `AND(${range.join(',')})`]),
        ...(type.allowed ?? []).map((a) => `${x}=${lit(a)}`),
      ];
      if (alts.length === 0) return `ISNUMBER(${x})`;
      const test = alts.length === 1 ? alts[0] : `OR(${alts.join(',')})`;
      return `IF(ISNUMBER(${x}),${positive ? `AND(${x}>0,${test})` : test},FALSE)`;
    }
  }
}

/** An input's validity as the status needs it: an optional input may also be empty. */
export function inputOkX(f: FormulaContext, input: KpiInput): string {
  const x = f.thisRow(input.key);
  const valid = validX(x, input.type, input.denominator === true);
  return input.optional ? `IF(${emptyX(x)},TRUE,${valid})` : valid;
}

/** The row number of this row's 工号 in Staff (#N/A when it is not there), for the _员工行 helper. */
export function staffMatchX(f: FormulaContext): string {
  return `MATCH(${f.thisRow(KPI_COL.staffId.key)},${f.column('Staff', 'staffId')},0)`;
}

/**
 * A Staff column of this row's staff member, through the _员工行 helper ("" when the 工号 is not in
 * Staff, which INDEX turns into an error).
 */
export function staffFieldX(f: FormulaContext, key: string): string {
  return `INDEX(${f.column('Staff', key)},${f.thisRow(KPI_COL.staffRow.key)})`;
}

/** Full steps in a gap: FLOOR(gap / step) written robustly, see excelMath.fullSteps. */
export function fullStepsX(gap: string, step: string): string {
  return `INT(ROUND((${gap})/${step},6))`;
}

/** "max − k × steps" where k = 1 is left out. */
export function minusSteps(max: number, perStep: number, steps: string): string {
  return `${lit(max)}-${perStep === 1 ? '' : `${lit(perStep)}*`}${steps}`;
}
