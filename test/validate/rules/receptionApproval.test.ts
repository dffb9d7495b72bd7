import { receptionApproval } from '../../../src/core/validate/rules/receptionApproval';
import { TODAY, receptionRequests, ruleContext, where } from '../helpers';
import { request } from './reception.fixtures';

describe('R-APPROVAL', () => {
  it('passes an agreed request, and a future one still pending', () => {
    const ctx = ruleContext([receptionRequests([request(), request({ requestId: 'JD-2', receptionDate: TODAY + 3, directorReview: '待审批' })])]);
    expect(receptionApproval(ctx)).toEqual([]);
  });

  it('flags a reception that has come without the director agreeing', () => {
    const ctx = ruleContext([
      receptionRequests([request({ receptionDate: TODAY, directorReview: '待审批' }), request({ requestId: 'JD-2', directorReview: null })]),
    ]);
    const ps = receptionApproval(ctx);
    expect(where(ps)).toEqual(['R-APPROVAL@ReceptionRequests!2:大客户总监审核', 'R-APPROVAL@ReceptionRequests!3:大客户总监审核']);
    expect(ps[1]!.message).toContain('未填写');
  });
});
