import { giftBudget } from '../../../src/core/validate/rules/giftBudget';
import { giftPlans, giftRequests, ruleContext, where } from '../helpers';
import { giftRequest, plan } from './gift.fixtures';

describe('G-BUDGET', () => {
  it('passes requests that stay within the plan budget in total', () => {
    const ctx = ruleContext([giftPlans([plan()]), giftRequests([giftRequest(), giftRequest({ requestId: 'LS-2', value: 600 })])]);
    expect(giftBudget(ctx)).toEqual([]);
  });

  it('does not count refused requests', () => {
    const ctx = ruleContext([
      giftPlans([plan()]),
      giftRequests([giftRequest({ value: 900 }), giftRequest({ requestId: 'LS-2', value: 600, officeApproval: '不同意' })]),
    ]);
    expect(giftBudget(ctx)).toEqual([]);
  });

  it('flags the request that takes the plan over budget, once per plan', () => {
    const ctx = ruleContext([
      giftPlans([plan(), plan({ planId: 'LP-002', budget: 100 })]),
      giftRequests([
        giftRequest(),
        giftRequest({ requestId: 'LS-2', value: 700 }),
        giftRequest({ requestId: 'LS-3', value: 50 }),
        giftRequest({ requestId: 'LS-4', planId: 'LP-002', value: 100 }),
      ]),
    ]);
    const ps = giftBudget(ctx);
    expect(where(ps)).toEqual(['G-BUDGET@GiftRequests!3:价值(元)']);
    expect(ps[0]!.severity).toBe('error');
    expect(ps[0]!.message).toContain('1100');
  });
});
