/** S1: 大客户经理 / 专员, 100 points, monthly (000 §2.2; SPEC §4). */
import type { KpiInput, Scheme } from './types';

const t = (zh: string, en: string) => ({ zh, en });
const money = { kind: 'money' } as const;
const count = { kind: 'int', min: 0 } as const;

export const S1_INPUTS: readonly KpiInput[] = [
  { key: 'planSales', header: t('计划销售额(万元)', 'Planned sales (10k CNY)'), type: money, denominator: true,
    hint: t('本月计划销售额(万元),必须大于 0', 'Planned sales this month (10k CNY), > 0') },
  { key: 'actualSales', header: t('实际销售额(万元)', 'Actual sales (10k CNY)'), type: money },
  { key: 'prevSales', header: t('上期销售额(万元)', 'Previous sales (10k CNY)'), type: money,
    hint: t('上一期的实际销售额(万元)', 'Actual sales of the previous period (10k CNY)') },
  { key: 'planNewCustomers', header: t('计划新客户数', 'Planned new customers'), type: count },
  { key: 'actualNewCustomers', header: t('实际新客户数', 'New customers'), type: count, prefill: 'newCustomers',
    hint: t('默认按客户档案统计(负责人、建档日期在本期),可改写', 'Counted from Customers (owner, created this period); may be overwritten') },
  { key: 'marketInfo', header: t('市场信息收集', 'Market information'), type: { kind: 'number', min: 0, max: 10 },
    hint: t('0–10 分', '0–10 points') },
  { key: 'teamwork', header: t('团队协作', 'Teamwork'), type: { kind: 'number', min: 0, max: 10 }, hint: t('0–10 分', '0–10 points') },
  { key: 'knowledge', header: t('专业知识', 'Product knowledge'), type: { kind: 'int', min: 0, max: 10 },
    hint: t('所勾选档次之和:4 + 3 + 2 + 1,0–10', 'Sum of the levels ticked: 4 + 3 + 2 + 1, 0–10') },
  { key: 'judgement', header: t('分析判断能力', 'Judgement'), type: { kind: 'number', allowed: [2.5, 3, 3.5, 4] },
    hint: t('4、3.5、3 或 2.5', '4, 3.5, 3 or 2.5') },
  { key: 'communication', header: t('沟通能力', 'Communication'), type: { kind: 'number', allowed: [4.5, 5, 5.5, 6] },
    hint: t('6、5.5、5 或 4.5', '6, 5.5, 5 or 4.5') },
  { key: 'attendanceDays', header: t('实际出勤天数', 'Days attended'), type: { kind: 'int', min: 0, max: 31 },
    hint: t('应出勤 = 当月天数 − 4;每少一天扣 1 分', 'Required = days in the month − 4; 1 point per day short') },
  { key: 'lateCount', header: t('迟到次数', 'Times late'), type: count, hint: t('1–3 次扣 1 分,4–6 次扣 2 分……', '1–3 → 1 point, 4–6 → 2 …') },
  { key: 'unreportedCount', header: t('未报到直接下市场次数', 'Field days without check-in'), type: count,
    hint: t('超过 5 次时填写未报到扣分', 'Above 5, fill in the check-in deduction') },
  { key: 'unreportedDeduction', header: t('未报到扣分', 'Check-in deduction'), type: { kind: 'number', min: 0, max: 2 },
    optional: { requiredWhenAbove: { input: 'unreportedCount', limitParam: 's1.unreported.limit' } },
    hint: t('0–2 分;仅当未报到直接下市场次数超过 5 次时填写', '0–2 points; only when field days without check-in exceed 5') },
  { key: 'violations', header: t('违反制度次数', 'Rule violations'), type: count, hint: t('每次扣 2 分', '2 points each') },
  { key: 'responsibility', header: t('责任感', 'Responsibility'), type: { kind: 'number', min: 0, max: 3, allowed: [4.5, 5] },
    hint: t('5、4.5 或 0–3 分', '5, 4.5 or 0–3 points') },
  { key: 'complaints', header: t('客户投诉次数', 'Customer complaints'), type: count, hint: t('每次扣 5 分', '5 points each') },
];

export const SCHEME_S1: Scheme = {
  id: 'S1',
  table: 'KpiS1',
  title: t('大客户经理/专员', 'Key-account managers and specialists'),
  source: '000 §2.2',
  inputs: S1_INPUTS,
  items: [
    { key: 'sales', name: t('销售完成率', 'Sales attainment'), max: 25,
      rule: { kind: 'rate', actual: 'actualSales', base: 'planSales', direction: 'atLeast', targetParam: 's1.sales.target',
        stepParam: 's1.sales.step', perStep: 1, bonus: true } },
    { key: 'growth', name: t('销售增长', 'Sales growth'), max: 10,
      rule: { kind: 'growth', actual: 'actualSales', previous: 'prevSales', stepParam: 's1.growthStep' } },
    { key: 'newCustomers', name: t('新客户开发', 'New customers'), max: 5,
      rule: { kind: 'newCount', actual: 'actualNewCustomers', plan: 'planNewCustomers', stepParam: 's1.newCustomers.step' } },
    { key: 'marketInfo', name: t('市场信息收集', 'Market information'), max: 10, rule: { kind: 'asEntered', input: 'marketInfo' } },
    { key: 'teamwork', name: t('团队协作', 'Teamwork'), max: 10, rule: { kind: 'asEntered', input: 'teamwork' } },
    { key: 'knowledge', name: t('专业知识', 'Product knowledge'), max: 10, rule: { kind: 'asEntered', input: 'knowledge' } },
    { key: 'judgement', name: t('分析判断能力', 'Judgement'), max: 4, rule: { kind: 'asEntered', input: 'judgement' } },
    { key: 'communication', name: t('沟通能力', 'Communication'), max: 6, rule: { kind: 'asEntered', input: 'communication' } },
    { key: 'attendance', name: t('员工出勤率', 'Attendance'), max: 5,
      rule: { kind: 'attendance', input: 'attendanceDays', offsetParam: 's1.attendance.offDays' } },
    { key: 'conduct', name: t('日常行为规范', 'Conduct'), max: 5,
      rule: { kind: 'conduct', late: 'lateCount', lateStepParam: 's1.late.step', unreportedCount: 'unreportedCount',
        unreportedLimitParam: 's1.unreported.limit', unreportedDeduction: 'unreportedDeduction', violations: 'violations',
        violationPointsParam: 's1.violation.points' } },
    { key: 'responsibility', name: t('责任感', 'Responsibility'), max: 5, rule: { kind: 'asEntered', input: 'responsibility' } },
    { key: 'service', name: t('服务意识', 'Service'), max: 5,
      rule: { kind: 'perCount', input: 'complaints', pointsParam: 's1.complaint.points' } },
  ],
};
