/** L1, L3, L4: the project-marketing schemes (004 ch. 3-1.2 to 1.4; SPEC §4). */
import type { KpiInput, KpiItem, Scheme } from './types';

const t = (zh: string, en: string) => ({ zh, en });
const money = { kind: 'money' } as const;
const count = { kind: 'int', min: 0 } as const;
const NEW_HINT = t('默认统计本期成交(已成交)的本人客户,可改写', 'Own customers landed (已成交) this period; may be overwritten');
const TARGET_HINT = t('默认取销售指标表;必须大于 0', 'From Targets by default; must be > 0');
const SUM_HINT = t('默认按台账汇总,可改写', 'Summed from the ledgers; may be overwritten');

const revenueTarget: KpiInput = { key: 'revenueTarget', header: t('营业额目标(万元)', 'Revenue target (10k CNY)'), type: money, denominator: true,
  prefill: 'target', hint: TARGET_HINT };
const revenueActual: KpiInput = { key: 'revenueActual', header: t('实际营业额(万元)', 'Actual revenue (10k CNY)'), type: money, prefill: 'revenue', hint: SUM_HINT };
const newTarget: KpiInput = { key: 'newTarget', header: t('新增客户目标数', 'New customer target'), type: count, denominator: true,
  prefill: 'target', hint: TARGET_HINT };
const newActual: KpiInput = { key: 'newActual', header: t('实际新增客户数', 'New customers won'), type: count, prefill: 'newCustomers', hint: NEW_HINT };
const receivables: KpiInput = { key: 'receivables', header: t('应收账款总额(万元)', 'Receivables (10k CNY)'), type: money, prefill: 'receivables',
  hint: t('默认按应收账款汇总;为 0 时逾期率按 0 计', 'Summed from Receivables; when 0, the overdue rate counts as 0') };
const overdue: KpiInput = { key: 'overdue', header: t('逾期应收账款(万元)', 'Overdue receivables (10k CNY)'), type: money, prefill: 'overdue', hint: SUM_HINT };
const followed: KpiInput = { key: 'followed', header: t('有效跟进客户数', 'Customers followed up'), type: count, prefill: 'followedCustomers',
  hint: t('默认按拜访日报统计本期拜访的不同客户数,可改写', 'Distinct customers in the visit log this period; may be overwritten') };

const revenueItem = (max: number, scheme: string): KpiItem => ({
  key: 'revenue', name: t('个人营业额指标达成率', 'Revenue attainment'), max,
  rule: { kind: 'rate', actual: 'revenueActual', base: 'revenueTarget', direction: 'atLeast', targetParam: `${scheme}.revenue.target`,
    stepParam: `${scheme}.revenue.step`, perStep: 1 },
});
const newItem = (max: number, scheme: string): KpiItem => ({
  key: 'newCustomers', name: t('新增客户指标达成率', 'New customer attainment'), max,
  rule: { kind: 'rate', actual: 'newActual', base: 'newTarget', direction: 'atLeast', targetParam: `${scheme}.newCustomers.target`,
    stepParam: `${scheme}.newCustomers.step`, perStep: 1 },
});
const overdueItem = (scheme: string): KpiItem => ({
  key: 'overdue', name: t('应收账款逾期率', 'Overdue receivables rate'), max: 10,
  rule: { kind: 'rate', actual: 'overdue', base: 'receivables', direction: 'atMost', targetParam: `${scheme}.overdue.target`,
    stepParam: `${scheme}.overdue.step`, perStep: 1, zeroBase: 'rateZero' },
});
const followItem: KpiItem = { key: 'followUp', name: t('客户过程管理', 'Customer process'), max: 10, rule: { kind: 'followStandard', input: 'followed' } };

export const SCHEME_L1: Scheme = {
  id: 'L1',
  table: 'KpiL1',
  title: t('项目营销(副)经理、高级经理', 'Project marketing (deputy/senior) managers'),
  source: '004 ch. 3-1.2',
  inputs: [revenueTarget, revenueActual, newTarget, newActual, receivables, overdue, followed],
  items: [revenueItem(60, 'l1'), newItem(20, 'l1'), overdueItem('l1'), followItem],
};

export const SCHEME_L3: Scheme = {
  id: 'L3',
  table: 'KpiL3',
  title: t('项目营销(副)总经理', 'Project marketing (deputy) general managers'),
  source: '004 ch. 3-1.3',
  inputs: [
    revenueTarget,
    revenueActual,
    { key: 'deptTarget', header: t('部门目标(万元)', 'Department target (10k CNY)'), type: money, denominator: true, prefill: 'target', hint: TARGET_HINT },
    { key: 'deptActual', header: t('部门实际(万元)', 'Department actual (10k CNY)'), type: money, prefill: 'deptRevenue', hint: SUM_HINT },
    newTarget,
    newActual,
    receivables,
    overdue,
    followed,
  ],
  items: [
    revenueItem(10, 'l3'),
    { key: 'dept', name: t('部门指标达成率', 'Department attainment'), max: 50,
      rule: { kind: 'rate', actual: 'deptActual', base: 'deptTarget', direction: 'atLeast', targetParam: 'l3.dept.target',
        stepParam: 'l3.dept.step', perStep: 1 } },
    newItem(20, 'l3'),
    overdueItem('l3'),
    followItem,
  ],
};

export const SCHEME_L4: Scheme = {
  id: 'L4',
  table: 'KpiL4',
  title: t('项目部负责人', 'Heads of project departments'),
  source: '004 ch. 3-1.4',
  inputs: [
    { key: 'deptRevenueTarget', header: t('部门营业额目标(万元)', 'Department revenue target (10k CNY)'), type: money, denominator: true,
      prefill: 'target', hint: TARGET_HINT },
    { key: 'deptRevenue', header: t('部门实际营业额(万元)', 'Department revenue (10k CNY)'), type: money, prefill: 'deptRevenue',
      hint: t('也是利润率的分母;为 0 时利润率按 0 计', 'Also the margin\'s denominator; when 0 the margin counts as 0') },
    { key: 'collectionDue', header: t('应收回款额(万元)', 'Collections due (10k CNY)'), type: money, denominator: true, prefill: 'collectionDue',
      hint: t('默认按应收账款汇总本期到期金额;必须大于 0', 'Amounts due this period from Receivables; must be > 0') },
    { key: 'collected', header: t('实际回款额(万元)', 'Collected (10k CNY)'), type: money, prefill: 'collected', hint: SUM_HINT },
    { key: 'landedTarget', header: t('新增落地客户目标数', 'New landed customer target'), type: count, denominator: true, prefill: 'target', hint: TARGET_HINT },
    { key: 'landedActual', header: t('实际新增落地客户数', 'New landed customers'), type: count, prefill: 'deptLanded',
      hint: t('默认统计本部门本期成交的客户,可改写', "The department's customers landed this period; may be overwritten") },
    // A loss is a real outcome, so profit alone may be negative.
    { key: 'profit', header: t('利润额(万元)', 'Profit (10k CNY)'), type: { kind: 'number' }, prefill: 'deptProfit',
      hint: t('默认按业绩台账汇总本部门利润;可为负数(亏损)', "The department's profit from Revenue; may be negative (a loss)") },
    { key: 'staffLoss', header: t('人员重大流失或项目无报备流失', 'Major staff or unreported project loss'), type: { kind: 'yesno' },
      hint: t('是:部门管理得 0 分', 'Yes: department management scores 0') },
  ],
  items: [
    { key: 'deptRevenue', name: t('部门营业额指标达成率', 'Department revenue attainment'), max: 30,
      rule: { kind: 'rate', actual: 'deptRevenue', base: 'deptRevenueTarget', direction: 'atLeast', targetParam: 'l4.revenue.target',
        stepParam: 'l4.revenue.step', perStep: 1 } },
    { key: 'collection', name: t('应收账款回款达成率', 'Collection rate'), max: 20,
      rule: { kind: 'rate', actual: 'collected', base: 'collectionDue', direction: 'atLeast', targetParam: 'l4.collection.target',
        stepParam: 'l4.collection.step', perStep: 1 } },
    { key: 'landed', name: t('新增客户(落地)指标达成率', 'New landed customer attainment'), max: 30,
      rule: { kind: 'rate', actual: 'landedActual', base: 'landedTarget', direction: 'atLeast', targetParam: 'l4.newCustomers.target',
        stepParam: 'l4.newCustomers.step', perStep: 1 } },
    { key: 'margin', name: t('利润指标完成率', 'Profit margin'), max: 10,
      rule: { kind: 'rate', actual: 'profit', base: 'deptRevenue', direction: 'atLeast', targetParam: 'l4.margin.target',
        stepParam: 'l4.margin.step', perStep: 1, zeroBase: 'rateZero' } },
    { key: 'management', name: t('部门管理', 'Department management'), max: 10, rule: { kind: 'zeroIfYes', input: 'staffLoss' } },
  ],
};
