/**
 * Item scores of a row whose inputs are all valid (status 正常). Each case mirrors its formula in
 * compile.ts operation by operation, so that both engines round the same intermediate values.
 */
import type { CellValue } from '../port/types';
import type { ParamMap } from './params';
import { followStandard, paramOf } from './params';
import type { KpiItem } from './types';
import { excelRound, fullSteps, stepsBegun } from './excelMath';
import { ymdOf } from './dates';

export interface ItemContext {
  readonly inputs: Readonly<Record<string, CellValue | undefined>>;
  readonly params: ParamMap;
  /** Serial of the period's last day. */
  readonly periodEnd: number;
  /** The staff member's 岗位, for 岗位跟进标准. */
  readonly position: string | null;
}

/** ROUND(actual / base × 100, 2), or 0 for a zero base where the rule says so. */
export function rateOf(actual: number, base: number, zeroBase: boolean): number {
  if (zeroBase && base === 0) return 0;
  return excelRound((actual / base) * 100, 2);
}

export function itemScore(item: KpiItem, ctx: ItemContext): number {
  const num = (key: string): number => {
    const v = ctx.inputs[key];
    if (typeof v === 'number') return v;
    if (v === null || v === undefined || (typeof v === 'string' && /^ *$/.test(v))) return 0;
    throw new Error(`itemScore: input ${key} is not a number; score only rows with status 正常`);
  };
  const param = (id: string): number => paramOf(ctx.params, id);
  const max = item.max;
  const r = item.rule;
  switch (r.kind) {
    case 'rate': {
      const rate = rateOf(num(r.actual), num(r.base), r.zeroBase === 'rateZero');
      const target = param(r.targetParam);
      const step = param(r.stepParam);
      if (r.direction === 'atMost') return Math.max(0, max - r.perStep * fullSteps(Math.max(0, rate - target), step));
      if (r.bonus && rate >= target) return max + r.perStep * fullSteps(rate - target, step);
      return Math.max(0, max - r.perStep * fullSteps(Math.max(0, target - rate), step));
    }
    case 'growth':
      return Math.min(max, Math.max(0, fullSteps(num(r.actual) - num(r.previous), param(r.stepParam))));
    case 'newCount': {
      const actual = num(r.actual);
      const plan = num(r.plan);
      if (actual >= plan) return max + (actual - plan);
      return Math.max(0, max - fullSteps(plan - actual, param(r.stepParam)));
    }
    case 'asEntered':
      return num(r.input);
    case 'attendance': {
      const required = ymdOf(ctx.periodEnd).day - param(r.offsetParam);
      return Math.max(0, max - Math.max(0, required - num(r.input)));
    }
    case 'conduct': {
      const deduction = num(r.unreportedCount) > param(r.unreportedLimitParam) ? num(r.unreportedDeduction) : 0;
      return Math.max(
        0,
        max - stepsBegun(num(r.late), param(r.lateStepParam)) - deduction - param(r.violationPointsParam) * num(r.violations),
      );
    }
    case 'perCount':
      return Math.max(0, max - param(r.pointsParam) * num(r.input));
    case 'followStandard':
      return Math.max(0, max - Math.max(0, followStandard(ctx.params, ctx.position) - num(r.input)));
    case 'zeroIfYes':
      return ctx.inputs[r.input] === '是' ? 0 : max;
  }
}

/** 总分: the items' sum, rounded to 6 decimals so that a float residue never flips a grade. */
export function totalOf(items: readonly number[]): number {
  let sum = 0;
  for (const x of items) sum += x;
  return excelRound(sum, 6);
}
