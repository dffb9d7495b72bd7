import { kpiDeadline } from '../../../src/core/validate/rules/kpiDeadline';
import { STAFF_ROWS, d, kpi, ruleContext, staff, where } from '../helpers';
import { s1Row } from './kpi.fixtures';

describe('K-DEADLINE', () => {
  it('passes a first review within 8 days of the period end, and a period whose deadline is still ahead', () => {
    const ctx = ruleContext([staff(), kpi('S1', [s1Row({ firstReviewDate: d(2026, 10, 8) }), s1Row({ period: '2026-11' })])]);
    expect(kpiDeadline(ctx)).toEqual([]);
  });

  it('flags a late first review, and a missing one after the deadline', () => {
    const ctx = ruleContext([staff(), kpi('S1', [s1Row({ firstReviewDate: d(2026, 10, 9) }), s1Row({ period: '2026-10' })])]);
    const ps = kpiDeadline(ctx);
    expect(where(ps)).toEqual(['K-DEADLINE@KpiS1!2:初评日期', 'K-DEADLINE@KpiS1!3:初评日期']);
    expect(ps[0]!.message).toContain('2026-10-08');
    expect(ps[1]!.message).toContain('2026-11-08');
  });

  it('does not wait for a first review of someone without a line manager', () => {
    const ctx = ruleContext([staff(), kpi('L4', [{ period: '2026-09', staffId: 'E001' }])]);
    expect(kpiDeadline(ctx)).toEqual([]);
  });

  it('does not ask for a review of an exempt (new hire) period', () => {
    const rows = [...STAFF_ROWS, { staffId: 'E009', name: '新人', position: '大客户专员', rank: '员工级', manager: '刘芳', hireDate: d(2026, 8, 15), scheme: 'S1', active: '是' }];
    const ctx = ruleContext([staff(rows), kpi('S1', [s1Row({ staffId: 'E009' })])]);
    expect(kpiDeadline(ctx)).toEqual([]);
  });
});
