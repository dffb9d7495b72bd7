import { visitFuture } from '../../../src/core/validate/rules/visitFuture';
import { TODAY, d, ruleContext, visit, visits, where } from '../helpers';

describe('V-FUTURE', () => {
  it('accepts today and earlier, including a time of day today', () => {
    expect(visitFuture(ruleContext([visits([visit({ date: TODAY }), visit({ date: TODAY + 0.75 }), visit({ date: d(2025, 1, 1) })])]))).toEqual([]);
  });

  it('flags a date after today', () => {
    const ps = visitFuture(ruleContext([visits([visit(), visit({ date: TODAY + 1 })])]));
    expect(where(ps)).toEqual(['V-FUTURE@Visits!3:日期']);
    expect(ps[0]!.message).toContain('2026-11-21');
    expect(ps[0]!.severity).toBe('error');
  });
});
