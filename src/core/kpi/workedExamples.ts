/**
 * One worked example per scheme: inputs a reader can score by hand, with the expected points and
 * how each comes about (default params). Since model version 2 most inputs are pre-filled from the
 * records (targets from 销售指标, sales from 业绩台账, receivables from 应收账款, new customers from
 * the 成交日期 that 开发阶段 gives); the example states them as the numbers those records sum to. The sample workbook's latest period holds exactly these
 * rows (sample.ts), and test/kpi/workedExamples.test.ts checks the reference scorer against them.
 */
import type { Text } from '../model/types';
import type { Grade, SchemeId } from './types';

export interface WorkedExample {
  readonly scheme: SchemeId;
  /** A period the numbers are stated for (attendance depends on the month's length). */
  readonly period: string;
  /** 岗位 and 职级 of the staff member (岗位 sets 岗位跟进标准; 职级 the consequence of D). */
  readonly position: string;
  readonly rank: string;
  readonly inputs: Readonly<Record<string, number | string | null>>;
  readonly expected: { readonly items: readonly number[]; readonly total: number; readonly grade: Grade };
  /** One line per item, in item order. */
  readonly why: readonly Text[];
}

const t = (zh: string, en: string): Text => ({ zh, en });

export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  {
    scheme: 'S1',
    period: '2026-09',
    position: '大客户经理',
    rank: '员工级',
    inputs: {
      planSales: 200, actualSales: 183, prevSales: 150, planNewCustomers: 3, actualNewCustomers: 1,
      marketInfo: 8, teamwork: 9, knowledge: 7, judgement: 3.5, communication: 5.5, attendanceDays: 25,
      lateCount: 4, unreportedCount: 6, unreportedDeduction: 1, violations: 0, responsibility: 4.5, complaints: 0,
    },
    expected: { items: [24, 3, 4, 8, 9, 7, 3.5, 5.5, 4, 2, 4.5, 5], total: 79.5, grade: 'C' },
    why: [
      t('183 / 200 = 91.5%,低于 100% 8.5 个百分点,满 5 点 1 次:25 − 1 = 24', '183 / 200 = 91.5 %, 8.5 points short: one full step of 5, 25 − 1 = 24'),
      t('增长 183 − 150 = 33 万元,每满 10 万元 1 分:3', 'Growth 33 (10k CNY), one point per full 10: 3'),
      t('计划 3 户、实际成交 1 户(成交日期在 9 月的本人客户),少 2 户扣 1 分:5 − 1 = 4', 'Plan 3, 1 landed (own customers whose 成交日期 is in September): 2 short, one point per 2: 5 − 1 = 4'),
      t('照填:8', 'As entered: 8'),
      t('照填:9', 'As entered: 9'),
      t('照填:7(4 + 2 + 1)', 'As entered: 7 (4 + 2 + 1)'),
      t('照填:3.5', 'As entered: 3.5'),
      t('照填:5.5', 'As entered: 5.5'),
      t('9 月 30 天,应出勤 26 天,实际 25 天:5 − 1 = 4', 'September has 30 days, 26 required, 25 attended: 5 − 1 = 4'),
      t('迟到 4 次扣 2 分,未报到 6 次(超过 5 次)扣 1 分:5 − 2 − 1 = 2', 'Late 4 times: −2; 6 field days without check-in (above 5): −1; 5 − 2 − 1 = 2'),
      t('照填:4.5', 'As entered: 4.5'),
      t('无投诉:5', 'No complaints: 5'),
    ],
  },
  {
    scheme: 'L1',
    period: '2026-09',
    position: '项目营销经理',
    rank: '副经理及以上',
    inputs: { revenueTarget: 500, revenueActual: 478, newTarget: 4, newActual: 3, receivables: 120, overdue: 30, followed: 8 },
    expected: { items: [56, 15, 5, 8], total: 84, grade: 'B' },
    why: [
      t('478 / 500 = 95.6%,低于 100% 4.4 个百分点,满 1 点扣 1 分:60 − 4 = 56', '478 / 500 = 95.6 %, 4.4 points short, one point per full point: 60 − 4 = 56'),
      t('3 / 4 = 75%,低于 80% 5 个百分点:20 − 5 = 15', '3 / 4 = 75 %, 5 points below 80 %: 20 − 5 = 15'),
      t('逾期率 30 / 120 = 25%,高于 20% 5 个百分点:10 − 5 = 5', 'Overdue 30 / 120 = 25 %, 5 points above 20 %: 10 − 5 = 5'),
      t('项目营销经理标准 10 个,跟进 8 个:10 − 2 = 8', 'Standard for 项目营销经理 is 10, followed 8: 10 − 2 = 8'),
    ],
  },
  {
    scheme: 'L3',
    period: '2026-09',
    position: '项目营销副总经理',
    rank: '副经理及以上',
    inputs: { revenueTarget: 300, revenueActual: 310, deptTarget: 2000, deptActual: 1500, newTarget: 10, newActual: 9, receivables: 400, overdue: 70, followed: 5 },
    expected: { items: [10, 45, 20, 9, 9], total: 93, grade: 'A' },
    why: [
      t('310 / 300 = 103.33%,达标得满分(无加分):10', '310 / 300 = 103.33 %, target met, no bonus: 10'),
      t('1500 / 2000 = 75%,低于 80% 5 个百分点:50 − 5 = 45', '1500 / 2000 = 75 %, 5 points below 80 %: 50 − 5 = 45'),
      t('9 / 10 = 90%,高于 80%:20', '9 / 10 = 90 %, above 80 %: 20'),
      t('逾期率 70 / 400 = 17.5%,高于 15% 2.5 个百分点,满 2 点 1 次:10 − 1 = 9', 'Overdue 70 / 400 = 17.5 %, 2.5 points above 15 %: one full step of 2, 10 − 1 = 9'),
      t('项目营销副总经理标准 6 个,跟进 5 个:10 − 1 = 9', 'Standard for 项目营销副总经理 is 6, followed 5: 10 − 1 = 9'),
    ],
  },
  {
    scheme: 'L4',
    period: '2026-09',
    position: '项目部负责人',
    rank: '副经理及以上',
    inputs: { deptRevenueTarget: 3000, deptRevenue: 2400, collectionDue: 800, collected: 560, landedTarget: 6, landedActual: 3, profit: 300, staffLoss: '否' },
    expected: { items: [10, 10, 0, 9, 10], total: 39, grade: 'D' },
    why: [
      t('2400 / 3000 = 80%,低于 100% 20 个百分点:30 − 20 = 10', '2400 / 3000 = 80 %, 20 points short: 30 − 20 = 10'),
      t('560 / 800 = 70%,低于 80% 10 个百分点:20 − 10 = 10', '560 / 800 = 70 %, 10 points below 80 %: 20 − 10 = 10'),
      t('3 / 6 = 50%,低于 80% 30 个百分点,扣完为止:0', '3 / 6 = 50 %, 30 points below 80 %, floored at 0: 0'),
      t('利润率 300 / 2400 = 12.5%,低于 15% 2.5 个百分点,满 2 点 1 次:10 − 1 = 9', 'Margin 300 / 2400 = 12.5 %, 2.5 points below 15 %: one full step of 2, 10 − 1 = 9'),
      t('无重大流失:10', 'No major loss: 10'),
    ],
  },
];
