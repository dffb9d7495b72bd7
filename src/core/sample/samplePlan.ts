/**
 * The demo department's month-by-month figures, from which the sample's records are generated: the
 * sample's Kpi rows carry the pre-fill formulas (as a new period's rows do), so every pre-filled
 * input of a scored month comes from these records, and the records are built to give these
 * figures exactly (test/sample/samplePrefill.test.ts proves it). Months are counted from the first
 * scored one: 0, 1, 2 are the three scored months (2 = the latest, which holds the worked examples
 * of src/core/kpi/workedExamples.ts), −1 the month before (for 上期销售额 and the collections due
 * in month 0).
 *
 * The grades this gives (default params; typed inputs from src/core/kpi/sample.ts):
 *   刘芳 S1 B 80.5, A 92, C 79.5 · 赵磊 S1 免考 (new hire) · 张晓梅 L1 C 74, D 39, D 33 ·
 *   陈浩 L1 C 76, A 100, B 83 · 李思远 L3 A 100, B 80, A 99 · 王建国 L4 B 88, A 99, D 43.
 * 有效跟进客户数 counts Visits: every L1/L3 member visits at least the standard of their position
 * in each scored month (sampleFollowed.ts), so 客户过程管理 is full throughout.
 */
import type { TargetKey } from '../model/tables/targets';

export type MonthFigures = readonly [number, number, number];

export interface StaffPlan {
  /** Σ Revenue.营业额 credited to the member in months −1, 0, 1, 2 (0 where nothing has landed yet). */
  readonly revenue: readonly [number, number, number, number];
  /**
   * 逾期应收账款 at the end of months 0, 1, 2: one invoice issued early in the month with a two-week
   * term, still open at its end (the rest of 应收账款总额 is the month's own invoices, not yet due).
   */
  readonly overdue?: MonthFigures;
  /** The member's Targets row for months 0, 1, 2 (the current month repeats month 2's). */
  readonly targets: readonly [Partial<Record<TargetKey, number>>, Partial<Record<TargetKey, number>>, Partial<Record<TargetKey, number>>];
}

const same = <T>(x: T): readonly [T, T, T] => [x, x, x];

export const STAFF_PLAN: Readonly<Record<string, StaffPlan>> = {
  // 王建国, 项目部负责人 (L4): the department's figures are the sums of the four 项目部 members.
  E001: {
    revenue: [300, 310, 320, 300],
    targets: [
      { deptRevenueTarget: 1700, landedTarget: 1 },
      { deptRevenueTarget: 1450, landedTarget: 1 },
      { deptRevenueTarget: 1800, landedTarget: 4 },
    ],
  },
  // 李思远, 项目营销副总经理 (L3): 杭州云选优品 lands in month 0, 杭州速达同城 in month 2.
  E002: {
    revenue: [0, 280, 290, 310],
    overdue: [30, 30, 70],
    targets: [
      { revenueTarget: 280, deptTarget: 1800, newTarget: 1 },
      { revenueTarget: 290, deptTarget: 1800, newTarget: 1 },
      { revenueTarget: 300, deptTarget: 1600, newTarget: 1 },
    ],
  },
  // 张晓梅, 项目营销高级经理 (L1): no landing, falling revenue, an invoice still unpaid today.
  E003: {
    revenue: [400, 420, 300, 280],
    overdue: [50, 120, 130],
    targets: same({ revenueTarget: 450, newTarget: 1 }),
  },
  // 陈浩, 项目营销经理 (L1): 苏州恒远 lands in month 1, 上海禾悦 in month 2.
  E004: {
    revenue: [450, 480, 520, 440],
    overdue: [60, 40, 150],
    targets: same({ revenueTarget: 500, newTarget: 1 }),
  },
  // 刘芳, 大客户经理 (S1): 上海星游 lands in month 0, 广州岭南 in month 2.
  E005: {
    revenue: [140, 145, 150, 183],
    targets: [
      { planSales: 150, planNewCustomers: 1 },
      { planSales: 125, planNewCustomers: 1 },
      { planSales: 200, planNewCustomers: 3 },
    ],
  },
  // 赵磊, 大客户专员 (S1), hired 40 days before the sample date: no landed customer yet, 免考.
  E006: { revenue: [0, 0, 0, 0], targets: same({ planSales: 30, planNewCustomers: 1 }) },
};

/** Customers that land (已成交) in a scored month; the other landed customers landed before month −1. */
export const LANDINGS: Readonly<Record<string, 0 | 1 | 2>> = {
  杭州云选优品电子商务有限公司: 0,
  上海星游互动娱乐有限公司: 0,
  苏州恒远电子科技股份有限公司: 1,
  广州岭南日化有限公司: 2,
  杭州速达同城科技有限公司: 2,
  上海禾悦网络科技有限公司: 2,
};

/** Σ Revenue.利润 of a department's rows in months −1, 0, 1, 2 (other departments: a random margin). */
export const DEPT_PROFIT: Readonly<Record<string, readonly [number, number, number, number]>> = {
  项目部: [170, 240, 230, 150],
};

/** The overdue invoice of month 2 that is still unpaid at the sample date, and the one paid in part. */
export const UNPAID_OVERDUE = 'E003';
export const PARTLY_PAID = 'E004';

/** Targets of a staff member the plan does not know: the member's row is scored as 待录入 otherwise. */
export const DEFAULT_TARGETS: Readonly<Record<string, Partial<Record<TargetKey, number>>>> = {
  S1: { planSales: 100, planNewCustomers: 1 },
  L1: { revenueTarget: 500, newTarget: 1 },
  L3: { revenueTarget: 300, deptTarget: 1600, newTarget: 1 },
  L4: { deptRevenueTarget: 1800, landedTarget: 2 },
};
