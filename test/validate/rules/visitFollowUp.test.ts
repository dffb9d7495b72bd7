import { visitFollowUp } from '../../../src/core/validate/rules/visitFollowUp';
import { TODAY, customer, customers, d, followUps, ruleContext, visit, visits, where } from '../helpers';

const B = 'B 有希望';
const C = 'C 再度访问';

describe('V-FOLLOWUP', () => {
  it('passes when a later visit of the same customer comes within 7 days', () => {
    const ctx = ruleContext([visits([visit({ date: d(2026, 11, 1), result: B }), visit({ date: d(2026, 11, 8) })])]);
    expect(visitFollowUp(ctx)).toEqual([]);
  });

  it('passes when a follow-up (linked through 档案编号) comes within 7 days', () => {
    const ctx = ruleContext([
      customers([customer()]),
      followUps([{ customerId: 'KH-0001', date: d(2026, 11, 5), progress: '报价', follower: '刘芳' }]),
      visits([visit({ date: d(2026, 11, 1), result: C })]),
    ]);
    expect(visitFollowUp(ctx)).toEqual([]);
  });

  it('asks for a follow-up after A and E outcomes too, but never after D 无希望', () => {
    const ctx = ruleContext([
      visits([
        visit({ date: d(2026, 11, 1), result: 'A 商谈成功' }),
        visit({ date: d(2026, 11, 1), result: 'E 继续观察', customer: '乙公司' }),
        visit({ date: d(2026, 11, 1), result: 'D 无希望', customer: '丙公司' }),
      ]),
    ]);
    expect(where(visitFollowUp(ctx))).toEqual(['V-FOLLOWUP@Visits!2:成果', 'V-FOLLOWUP@Visits!3:成果']);
  });

  it('waits until the 7 days are over', () => {
    const ctx = ruleContext([visits([visit({ date: TODAY - 7, result: B })])]);
    expect(visitFollowUp(ctx)).toEqual([]);
  });

  it('flags a B/C visit with nothing within 7 days; same-day, too-late and other customers do not count', () => {
    const ctx = ruleContext([
      visits([
        visit({ date: d(2026, 11, 1), result: B }),
        visit({ date: d(2026, 11, 1) }),
        visit({ date: d(2026, 11, 9) }),
        visit({ date: d(2026, 11, 3), customer: '别的公司' }),
        visit({ date: d(2026, 11, 10), result: 'D 无希望' }),
      ]),
    ]);
    const ps = visitFollowUp(ctx);
    expect(where(ps)).toEqual(['V-FOLLOWUP@Visits!2:成果']);
    expect(ps[0]!.severity).toBe('warning');
    expect(ps[0]!.message).toContain('2026-11-08');
  });
});
