/**
 * KPI schemes as data (SPEC §4). One scheme is a list of input columns and a list of items; each
 * item names its inputs, its maximum points and a rule. The same data drives the TypeScript
 * reference scorer (score.ts) and the Excel formula compiler (compile.ts), so the two can only
 * disagree where an interpreter is wrong, and the parity test looks for exactly that.
 */
import type { ColumnType, Text } from '../model/types';

export type SchemeId = 'S1' | 'L1' | 'L3' | 'L4';
export const SCHEME_IDS: readonly SchemeId[] = ['S1', 'L1', 'L3', 'L4'];

/** 考核状态, in order of precedence (SPEC §4). Data, identical in both languages. */
export type KpiStatus = '免考' | '待录入' | '输入有误' | '正常';
export const STATUS = { exempt: '免考', pending: '待录入', invalid: '输入有误', ok: '正常' } as const;

export type Grade = 'A' | 'B' | 'C' | 'D';

/** The input types a KPI column may have; each has an exact validity test in both interpreters. */
export type KpiInputType = Extract<ColumnType, { kind: 'int' | 'number' | 'money' | 'yesno' }>;

/**
 * How a prefilled input is derived (SPEC §4 "A new period"; formulas in prefill.ts, reference in
 * ledgers.ts). `target` reads the Targets column with the input's own key.
 */
export type PrefillKind =
  | 'followedCustomers'
  | 'newCustomers'
  | 'deptLanded'
  | 'target'
  | 'revenue'
  | 'prevRevenue'
  | 'deptRevenue'
  | 'deptProfit'
  | 'receivables'
  | 'overdue'
  | 'collectionDue'
  | 'collected';

export interface KpiInput {
  /** Column key, ASCII, unique within the scheme's table. */
  readonly key: string;
  /** zh-CN is the contract (SPEC §4 "Every Kpi table"). */
  readonly header: Text;
  readonly type: KpiInputType;
  /** A rate's denominator: must be > 0, otherwise the row is 输入有误. */
  readonly denominator?: boolean;
  /**
   * Empty is allowed (and counts as 0) unless `requiredWhen` holds. Only 未报到扣分 uses this: it
   * matters only when 未报到直接下市场次数 exceeds the limit.
   */
  readonly optional?: { readonly requiredWhenAbove: { readonly input: string; readonly limitParam: string } };
  readonly prefill?: PrefillKind;
  readonly hint?: Text;
}

/**
 * How an item turns inputs into points. `max` is the item's points; "steps" are always full steps:
 * P × FLOOR(gap / N), computed as INT(ROUND(gap / N, 6)) so that an exact step never falls short
 * by a rounding error in either engine.
 */
export type ItemRule =
  /**
   * rate = ROUND(actual / base × 100, 2). `atLeast`: lose `perStep` per full `step` below the
   * target; with `bonus`, gain as much per full step above it (uncapped). `atMost`: lose per full
   * step above the target. `zeroBase: 'rateZero'` makes the rate 0 when the base is 0 (otherwise
   * the base is a denominator and must be > 0).
   */
  | {
      readonly kind: 'rate';
      readonly actual: string;
      readonly base: string;
      readonly direction: 'atLeast' | 'atMost';
      readonly targetParam: string;
      readonly stepParam: string;
      readonly perStep: number;
      readonly bonus?: boolean;
      readonly zeroBase?: 'rateZero';
    }
  /** MIN(max, MAX(0, FLOOR((actual − previous) / step))): growth only, no deduction. */
  | { readonly kind: 'growth'; readonly actual: string; readonly previous: string; readonly stepParam: string }
  /** At or above plan: max + (actual − plan), uncapped; below: max − FLOOR((plan − actual) / step). */
  | { readonly kind: 'newCount'; readonly actual: string; readonly plan: string; readonly stepParam: string }
  /** The input is the score. */
  | { readonly kind: 'asEntered'; readonly input: string }
  /** required = days in the month − offset; max − MAX(0, required − attended). */
  | { readonly kind: 'attendance'; readonly input: string; readonly offsetParam: string }
  /** max − CEILING(late / lateStep) − (deduction when count > limit) − violationPoints × violations. */
  | {
      readonly kind: 'conduct';
      readonly late: string;
      readonly lateStepParam: string;
      readonly unreportedCount: string;
      readonly unreportedLimitParam: string;
      readonly unreportedDeduction: string;
      readonly violations: string;
      readonly violationPointsParam: string;
    }
  /** max − pointsParam × count. */
  | { readonly kind: 'perCount'; readonly input: string; readonly pointsParam: string }
  /** max − MAX(0, standard − actual), the standard being the param follow.<岗位> (0 when missing). */
  | { readonly kind: 'followStandard'; readonly input: string }
  /** 0 when the yes/no input is 是, else max. */
  | { readonly kind: 'zeroIfYes'; readonly input: string };

export interface KpiItem {
  /** ASCII; the score column's key is `${key}Score`. */
  readonly key: string;
  readonly name: Text;
  /** Maximum points (the seed's weight); S1 销售完成率 and 新客户开发 may exceed it (bonus). */
  readonly max: number;
  readonly rule: ItemRule;
}

export interface Scheme {
  readonly id: SchemeId;
  /** Kpi table name, e.g. KpiS1. */
  readonly table: string;
  readonly title: Text;
  /** Input columns in SPEC order. */
  readonly inputs: readonly KpiInput[];
  readonly items: readonly KpiItem[];
  readonly source: string;
}
