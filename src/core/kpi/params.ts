/**
 * Every number of SPEC §4 marked "param", as the KpiParams table's initial rows. Formulas read them
 * with f.param(id) (INDEX/MATCH over KpiParams), the reference scorer through a ParamMap, so a
 * director who edits a value here changes both.
 *
 * Points per step that the seeds fix at 1 ("每下降一个百分点扣1分") and the items' maximum points
 * are scheme data (schemes.ts), not params: SPEC §4 lists bands, steps, targets and standards.
 */
import type { Text } from '../model/types';

export interface KpiParam {
  readonly id: string;
  readonly value: number;
  readonly note: Text;
}

const p = (id: string, value: number, zh: string, en: string): KpiParam => ({ id, value, note: { zh, en } });

/** Positions whose scheme has 客户过程管理 (L1, L3), with the default monthly standard. */
export const FOLLOW_STANDARDS: readonly (readonly [position: string, standard: number])[] = [
  ['项目营销副经理', 8],
  ['项目营销经理', 10],
  ['项目营销高级经理', 12],
  ['项目营销副总经理', 6],
  ['项目营销总经理', 4],
];

export function followParamId(position: string): string {
  return `follow.${position}`;
}

export const DEFAULT_PARAMS: readonly KpiParam[] = [
  p('grade.A', 90, '等级 A 的最低总分', 'Lowest total for grade A'),
  p('grade.B', 80, '等级 B 的最低总分', 'Lowest total for grade B'),
  p('grade.C', 60, '等级 C 的最低总分;低于此为 D', 'Lowest total for grade C; below is D'),
  p('exempt.newHireMonths', 3, '新入职免考月数', 'Months a new hire is exempt'),
  p('exempt.transferMonths', 2, '转岗免考月数', 'Months after a transfer that are exempt'),
  p('s1.sales.target', 100, 'S1 销售完成率目标(%)', 'S1 sales attainment target (%)'),
  p('s1.sales.step', 5, 'S1 销售完成率:每低(高)几个百分点扣(加)1 分', 'S1 sales: percentage points per point lost (or gained)'),
  p('s1.growthStep', 10, 'S1 销售增长:每增加几万元加 1 分', 'S1 growth: 10k CNY of growth per point'),
  p('s1.newCustomers.step', 2, 'S1 新客户开发:每少几户扣 1 分', 'S1 new customers: shortfall per point lost'),
  p('s1.attendance.offDays', 4, 'S1 出勤:应出勤天数 = 当月天数 − 此值', 'S1 attendance: required days = days in month − this'),
  p('s1.late.step', 3, 'S1 日常行为规范:每几次迟到扣 1 分(1–3 次扣 1 分)', 'S1 conduct: late arrivals per point (1–3 → 1)'),
  p('s1.unreported.limit', 5, 'S1 未报到直接下市场允许次数;超过才扣分', 'S1 field days without check-in allowed before a deduction'),
  p('s1.violation.points', 2, 'S1 每次违反制度扣分', 'S1 points per rule violation'),
  p('s1.complaint.points', 5, 'S1 每次客户投诉扣分', 'S1 points per customer complaint'),
  p('l1.revenue.target', 100, 'L1 个人营业额达成率目标(%)', 'L1 revenue attainment target (%)'),
  p('l1.revenue.step', 1, 'L1 个人营业额:每低几个百分点扣 1 分', 'L1 revenue: percentage points per point lost'),
  p('l1.newCustomers.target', 80, 'L1 新增客户达成率目标(%)', 'L1 new customer attainment target (%)'),
  p('l1.newCustomers.step', 1, 'L1 新增客户:每低几个百分点扣 1 分', 'L1 new customers: percentage points per point lost'),
  p('l1.overdue.target', 20, 'L1 应收账款逾期率上限(%)', 'L1 overdue receivables ceiling (%)'),
  p('l1.overdue.step', 1, 'L1 逾期率:每高几个百分点扣 1 分', 'L1 overdue: percentage points per point lost'),
  p('l3.revenue.target', 100, 'L3 个人营业额达成率目标(%)', 'L3 revenue attainment target (%)'),
  p('l3.revenue.step', 1, 'L3 个人营业额:每低几个百分点扣 1 分', 'L3 revenue: percentage points per point lost'),
  p('l3.dept.target', 80, 'L3 部门指标达成率目标(%)', 'L3 department attainment target (%)'),
  p('l3.dept.step', 1, 'L3 部门指标:每低几个百分点扣 1 分', 'L3 department: percentage points per point lost'),
  p('l3.newCustomers.target', 80, 'L3 新增客户达成率目标(%)', 'L3 new customer attainment target (%)'),
  p('l3.newCustomers.step', 1, 'L3 新增客户:每低几个百分点扣 1 分', 'L3 new customers: percentage points per point lost'),
  p('l3.overdue.target', 15, 'L3 应收账款逾期率上限(%)', 'L3 overdue receivables ceiling (%)'),
  p('l3.overdue.step', 2, 'L3 逾期率:每高几个百分点扣 1 分', 'L3 overdue: percentage points per point lost'),
  p('l4.revenue.target', 100, 'L4 部门营业额达成率目标(%)', 'L4 department revenue attainment target (%)'),
  p('l4.revenue.step', 1, 'L4 部门营业额:每低几个百分点扣 1 分', 'L4 department revenue: percentage points per point lost'),
  p('l4.collection.target', 80, 'L4 应收账款回款达成率目标(%)', 'L4 collection rate target (%)'),
  p('l4.collection.step', 1, 'L4 回款:每低几个百分点扣 1 分', 'L4 collection: percentage points per point lost'),
  p('l4.newCustomers.target', 80, 'L4 新增落地客户达成率目标(%)', 'L4 new landed customer attainment target (%)'),
  p('l4.newCustomers.step', 1, 'L4 新增落地客户:每低几个百分点扣 1 分', 'L4 new landed customers: percentage points per point lost'),
  p('l4.margin.target', 15, 'L4 利润率目标(%)= 利润额 / 部门实际营业额', 'L4 margin target (%) = profit / department revenue'),
  p('l4.margin.step', 2, 'L4 利润率:每低几个百分点扣 1 分', 'L4 margin: percentage points per point lost'),
  ...FOLLOW_STANDARDS.map(([position, n]) =>
    p(
      followParamId(position),
      n,
      `${position}每月有效跟进客户数标准;每少 1 个扣 1 分(未列出的岗位标准为 0)`,
      `Monthly standard of customers followed up for ${position}; 1 point per customer short (unlisted positions: 0)`,
    ),
  ),
  p('cv.weight.A', 20, '客户价值权重 A 成交后份额', 'Customer value weight A share after deal'),
  p('cv.weight.B', 10, '客户价值权重 B 时间精力费用投入', 'Customer value weight B time, effort and cost'),
  p('cv.weight.C', 15, '客户价值权重 C 成交风险', 'Customer value weight C deal risk'),
  p('cv.weight.D', 20, '客户价值权重 D 对我司经营价值', 'Customer value weight D value to us'),
  p('cv.weight.E', 15, '客户价值权重 E 客户付款风险', 'Customer value weight E payment risk'),
  p('cv.weight.F', 10, '客户价值权重 F 我方供应与服务能力', 'Customer value weight F our supply and service'),
  p('cv.weight.G', 10, '客户价值权重 G 技术与管理难度(权重合计应为 100)', 'Customer value weight G difficulty (weights should sum to 100)'),
  p('cv.band.A', 80, '客户分级 A 的最低价值得分', 'Lowest value score for class A'),
  p('cv.band.B', 60, '客户分级 B 的最低价值得分', 'Lowest value score for class B'),
  p('cv.band.C', 40, '客户分级 C 的最低价值得分;低于此为 D', 'Lowest value score for class C; below is D'),
];

/** Parameter values by id, as the reference scorer reads them. */
export type ParamMap = ReadonlyMap<string, number>;

export function defaultParamMap(): ParamMap {
  return new Map(DEFAULT_PARAMS.map((x) => [x.id, x.value]));
}

/**
 * Parameters as a workbook holds them. Like MATCH, ids compare case-insensitively and the first row
 * wins; rows whose value is not a number are left out (the formulas would show an error there).
 * Ids the workbook lacks come back in `missing` so that a caller can say so; the reference scorer
 * never invents a value the formulas would not see.
 */
export function paramMapFrom(rows: readonly { readonly id: unknown; readonly value: unknown }[]): {
  params: ParamMap;
  missing: string[];
} {
  const byLower = new Map<string, number>();
  for (const r of rows) {
    if (typeof r.id !== 'string') continue;
    const k = r.id.toLowerCase();
    if (byLower.has(k)) continue;
    if (typeof r.value === 'number' && Number.isFinite(r.value)) byLower.set(k, r.value);
    else byLower.set(k, Number.NaN);
  }
  const params = new Map<string, number>();
  const missing: string[] = [];
  for (const d of DEFAULT_PARAMS) {
    const v = byLower.get(d.id.toLowerCase());
    if (v === undefined || Number.isNaN(v)) missing.push(d.id);
    else params.set(d.id, v);
  }
  // Follow-up standards may exist for positions beyond the defaults.
  for (const r of rows) {
    if (typeof r.id === 'string' && /^follow\./i.test(r.id) && typeof r.value === 'number' && !params.has(r.id)) {
      const v = byLower.get(r.id.toLowerCase());
      if (v !== undefined && !Number.isNaN(v)) params.set(r.id, v);
    }
  }
  return { params, missing };
}

/** A parameter the scorer needs; a missing one is a bug in the caller (check `missing` first). */
export function paramOf(params: ParamMap, id: string): number {
  const v = params.get(id);
  if (v === undefined) throw new Error(`KPI parameter ${id} is missing`);
  return v;
}

/** 岗位跟进标准: follow.<岗位>, matched case-insensitively like MATCH; 0 when there is none. */
export function followStandard(params: ParamMap, position: string | null): number {
  if (position === null) return 0;
  const id = followParamId(position).toLowerCase();
  for (const [k, v] of params) if (k.toLowerCase() === id) return v;
  return 0;
}
