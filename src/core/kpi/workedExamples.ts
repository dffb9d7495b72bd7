/**
 * One worked example per scheme: inputs a reader can score by hand, with the expected points and
 * how each comes about (default params). Since model version 2 most inputs are pre-filled from the
 * records (targets from 销售指标, sales from 业绩台账, receivables from 应收账款, new customers from
 * the 成交日期 that 开发阶段 gives); the example states them as the numbers those records sum to. The
 * sample workbook's latest period holds these rows (sample.ts; its records are built for it,
 * src/core/sample/samplePlan.ts), except that its 有效跟进客户数 counts the demo's visits, at least the
 * standard, which scores the same; test/kpi/workedExamples.test.ts checks the reference scorer
 * against them.
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
    inputs: { revenueTarget: 500, revenueActual: 440, newTarget: 1, newActual: 1, receivables: 590, overdue: 150, followed: 10 },
    expected: { items: [48, 20, 5, 10], total: 83, grade: 'B' },
    why: [
      t('440 / 500 = 88%,低于 100% 12 个百分点,满 1 点扣 1 分:60 − 12 = 48', '440 / 500 = 88 %, 12 points short, one point per full point: 60 − 12 = 48'),
      t('1 / 1 = 100%,达到 80%:20', '1 / 1 = 100 %, at or above 80 %: 20'),
      t('逾期率 150 / 590 = 25.42%,高于 20% 5.42 个百分点:10 − 5 = 5', 'Overdue 150 / 590 = 25.42 %, 5.42 points above 20 %: 10 − 5 = 5'),
      t('项目营销经理标准 10 个,跟进 10 个:10', 'Standard for 项目营销经理 is 10, followed 10: 10'),
    ],
  },
  {
    scheme: 'L3',
    period: '2026-09',
    position: '项目营销副总经理',
    rank: '副经理及以上',
    inputs: { revenueTarget: 300, revenueActual: 310, deptTarget: 1600, deptActual: 1330, newTarget: 1, newActual: 1, receivables: 380, overdue: 70, followed: 6 },
    expected: { items: [10, 50, 20, 9, 10], total: 99, grade: 'A' },
    why: [
      t('310 / 300 = 103.33%,达标得满分(无加分):10', '310 / 300 = 103.33 %, target met, no bonus: 10'),
      t('1330 / 1600 = 83.13%,达到 80%:50', '1330 / 1600 = 83.13 %, at or above 80 %: 50'),
      t('1 / 1 = 100%,达到 80%:20', '1 / 1 = 100 %, at or above 80 %: 20'),
      t('逾期率 70 / 380 = 18.42%,高于 15% 3.42 个百分点,满 2 点 1 次:10 − 1 = 9', 'Overdue 70 / 380 = 18.42 %, 3.42 points above 15 %: one full step of 2, 10 − 1 = 9'),
      t('项目营销副总经理标准 6 个,跟进 6 个:10', 'Standard for 项目营销副总经理 is 6, followed 6: 10'),
    ],
  },
  {
    scheme: 'L4',
    period: '2026-09',
    position: '项目部负责人',
    rank: '副经理及以上',
    inputs: { deptRevenueTarget: 1800, deptRevenue: 1330, collectionDue: 1780, collected: 1430, landedTarget: 4, landedActual: 2, profit: 150, staffLoss: '否' },
    expected: { items: [4, 20, 0, 9, 10], total: 43, grade: 'D' },
    why: [
      t('1330 / 1800 = 73.89%,低于 100% 26.11 个百分点:30 − 26 = 4', '1330 / 1800 = 73.89 %, 26.11 points short: 30 − 26 = 4'),
      t('1430 / 1780 = 80.34%,达到 80%:20', '1430 / 1780 = 80.34 %, at or above 80 %: 20'),
      t('2 / 4 = 50%,低于 80% 30 个百分点,扣完为止:0', '2 / 4 = 50 %, 30 points below 80 %, floored at 0: 0'),
      t('利润率 150 / 1330 = 11.28%,低于 15% 3.72 个百分点,满 2 点 1 次:10 − 1 = 9', 'Margin 150 / 1330 = 11.28 %, 3.72 points below 15 %: one full step of 2, 10 − 1 = 9'),
      t('无重大流失:10', 'No major loss: 10'),
    ],
  },
];
