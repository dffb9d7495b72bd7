/**
 * Is a KPI input filled, and is it valid? The compiled 考核状态 formula asks exactly these
 * questions (compile.ts), so keep both in step.
 */
import type { CellValue } from '../port/types';
import type { ParamMap } from './params';
import { paramOf } from './params';
import type { KpiInput, KpiInputType, Scheme } from './types';
import { ymdOf } from './dates';

/**
 * Empty as Excel's TRIM(x)="" sees it: nothing, or only ASCII spaces. (TRIM keeps tabs, no-break and
 * full-width spaces, so such a cell is text: in a number column it makes the row 输入有误.)
 */
export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && /^ *$/.test(v));
}

/**
 * Valid for its type. A boolean is never a number here, as in Excel (LibreOffice's ISNUMBER(TRUE)
 * is TRUE, the one known difference; a KPI input never holds a boolean in practice).
 */
export function isValidInput(v: CellValue, type: KpiInputType): boolean {
  if (type.kind === 'yesno') return v === '是' || v === '否';
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  switch (type.kind) {
    case 'money':
      return v >= 0;
    case 'int':
      return v >= type.min && (type.max === undefined || v <= type.max) && v === Math.floor(v);
    case 'number': {
      const ranged = type.min !== undefined || type.max !== undefined;
      const inRange = ranged && (type.min === undefined || v >= type.min) && (type.max === undefined || v <= type.max);
      const inAllowed = type.allowed?.includes(v) ?? false;
      return (!ranged && type.allowed === undefined) || inRange || inAllowed;
    }
  }
}

export type InputProblemKind =
  /** Still to be entered: the row is 待录入. */
  | 'empty'
  /** Not valid for its type or range. */
  | 'invalid'
  /** A rate's denominator that is 0. */
  | 'zero'
  /** 未报到扣分 > 0 although 未报到直接下市场次数 is within the limit. */
  | 'deductionNotAllowed'
  /** 实际出勤天数 above the days of the period's month. */
  | 'overMonth';

export interface InputProblem {
  readonly key: string;
  readonly kind: InputProblemKind;
}

/**
 * Every problem of a row's inputs. `periodEnd` (a serial) is needed only for the attendance check;
 * pass null when the period is not valid (that is reported on its own).
 */
export function inputProblems(
  scheme: Scheme,
  inputs: Readonly<Record<string, CellValue | undefined>>,
  params: ParamMap,
  periodEnd: number | null,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const v = (key: string): CellValue => inputs[key] ?? null;
  for (const input of scheme.inputs) {
    const x = v(input.key);
    if (isEmptyCell(x)) {
      if (!input.optional || requiredNow(input, v, params)) problems.push({ key: input.key, kind: 'empty' });
      continue;
    }
    if (!isValidInput(x, input.type)) problems.push({ key: input.key, kind: 'invalid' });
    else if (input.denominator && x === 0) problems.push({ key: input.key, kind: 'zero' });
  }
  for (const item of scheme.items) {
    const r = item.rule;
    if (r.kind === 'conduct') {
      const count = v(r.unreportedCount);
      const deduction = v(r.unreportedDeduction);
      if (typeof count === 'number' && typeof deduction === 'number') {
        if (!(count > paramOf(params, r.unreportedLimitParam) || deduction === 0)) {
          problems.push({ key: r.unreportedDeduction, kind: 'deductionNotAllowed' });
        }
      }
    }
    if (r.kind === 'attendance') {
      const days = v(r.input);
      if (typeof days === 'number' && periodEnd !== null && days > ymdOf(periodEnd).day) {
        problems.push({ key: r.input, kind: 'overMonth' });
      }
    }
  }
  return problems;
}

function requiredNow(input: KpiInput, v: (key: string) => CellValue, params: ParamMap): boolean {
  const when = input.optional?.requiredWhenAbove;
  if (!when) return true;
  const count = v(when.input);
  return typeof count === 'number' && count > paramOf(params, when.limitParam);
}
