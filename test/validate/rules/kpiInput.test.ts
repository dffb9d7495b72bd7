import { kpiInput } from '../../../src/core/validate/rules/kpiInput';
import { d, kpi, ruleContext, staff, where, STAFF_ROWS } from '../helpers';
import { s1Row } from './kpi.fixtures';

describe('K-INPUT', () => {
  it('passes a complete row, and a row still being entered (待录入 is not an error)', () => {
    const ctx = ruleContext([staff(), kpi('S1', [s1Row(), s1Row({ planSales: null, judgement: null })])]);
    expect(kpiInput(ctx)).toEqual([]);
  });

  it('flags a zero denominator, a deduction without its condition, and more attended days than the month has', () => {
    const ctx = ruleContext([
      staff(),
      kpi('S1', [s1Row({ planSales: 0 }), s1Row({ unreportedCount: 3, unreportedDeduction: 1 }), s1Row({ attendanceDays: 31 })]),
    ]);
    const ps = kpiInput(ctx);
    expect(where(ps)).toEqual(['K-INPUT@KpiS1!2:计划销售额(万元)', 'K-INPUT@KpiS1!3:未报到扣分', 'K-INPUT@KpiS1!4:实际出勤天数']);
    expect(ps.every((p) => p.severity === 'error')).toBe(true);
    expect(ps[0]!.message).toContain('分母');
    expect(ps[1]!.message).toContain('3 次');
    expect(ps[2]!.message).toContain('30');
  });

  it('checks the L schemes denominators too', () => {
    const row = { period: '2026-09', staffId: 'E003', revenueTarget: 100, revenueActual: 90, newTarget: 0, newActual: 1, receivables: 0, overdue: 0, followed: 12 };
    expect(where(kpiInput(ruleContext([staff(), kpi('L1', [row])])))).toEqual(['K-INPUT@KpiL1!2:新增客户目标数']);
  });

  it('skips exempt rows', () => {
    const rows = [...STAFF_ROWS, { staffId: 'E009', name: '新人', position: '大客户专员', rank: '员工级', manager: '刘芳', hireDate: d(2026, 8, 15), scheme: 'S1', active: '是' }];
    expect(kpiInput(ruleContext([staff(rows), kpi('S1', [s1Row({ staffId: 'E009', planSales: 0 })])]))).toEqual([]);
  });
});
