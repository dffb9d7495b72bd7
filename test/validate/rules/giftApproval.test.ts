import { giftApproval } from '../../../src/core/validate/rules/giftApproval';
import { TODAY, giftRequests, ruleContext, where } from '../helpers';
import { giftRequest } from './gift.fixtures';

describe('G-APPROVAL', () => {
  it('passes a fully agreed request, and a future one still pending', () => {
    const ctx = ruleContext([giftRequests([giftRequest(), giftRequest({ requestId: 'LS-2', giftDate: TODAY + 5, deputyApproval: '待审批' })])]);
    expect(giftApproval(ctx)).toEqual([]);
  });

  it('flags any refusal, whatever the date', () => {
    const ps = giftApproval(ruleContext([giftRequests([giftRequest({ giftDate: TODAY + 5, officeApproval: '不同意' })])]));
    expect(where(ps)).toEqual(['G-APPROVAL@GiftRequests!2:办公室主任审批']);
    expect(ps[0]!.message).toContain('不得馈赠');
  });

  it('flags pending approvals once the gift date has come, on the first one', () => {
    const ps = giftApproval(ruleContext([giftRequests([giftRequest({ giftDate: TODAY, giftAdminApproval: null, deputyApproval: '待审批' })])]));
    expect(where(ps)).toEqual(['G-APPROVAL@GiftRequests!2:礼品管理人员审批']);
    expect(ps[0]!.message).toContain('礼品管理人员审批、副经理审批');
  });
});
