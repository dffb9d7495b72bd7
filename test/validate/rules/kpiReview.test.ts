import { kpiReview } from '../../../src/core/validate/rules/kpiReview';
import { d, kpi, ruleContext, staff, where } from '../helpers';
import { s1Row } from './kpi.fixtures';

const first = { firstReviewer: '王建国', firstReviewDate: d(2026, 10, 5) };

describe('K-REVIEW', () => {
  it('passes the line manager as first reviewer, with a later second review', () => {
    const ctx = ruleContext([staff(), kpi('S1', [s1Row({ ...first, secondReviewer: '李思远', secondReviewDate: d(2026, 10, 6) }), s1Row()])]);
    expect(kpiReview(ctx)).toEqual([]);
  });

  it('flags a first reviewer who is not the line manager (matching ignores case and spaces)', () => {
    const ctx = ruleContext([staff(), kpi('S1', [s1Row({ ...first, firstReviewer: '李思远' }), s1Row({ ...first, firstReviewer: ' 王建国 ' })])]);
    const ps = kpiReview(ctx);
    expect(where(ps)).toEqual(['K-REVIEW@KpiS1!2:初评人']);
    expect(ps[0]!.message).toContain('直属上级 王建国');
  });

  it('flags a second review without a first one, and one dated before it', () => {
    const ctx = ruleContext([
      staff(),
      kpi('S1', [
        s1Row({ secondReviewer: '李思远' }),
        s1Row({ ...first, secondReviewer: '李思远', secondReviewDate: d(2026, 10, 4) }),
      ]),
    ]);
    expect(where(kpiReview(ctx))).toEqual(['K-REVIEW@KpiS1!2:复评人', 'K-REVIEW@KpiS1!3:复评日期']);
  });
});
