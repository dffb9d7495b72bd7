import { visitSummary } from '../../../src/core/validate/rules/visitSummary';
import { ruleContext, visit, visits, where } from '../helpers';

describe('V-SUMMARY', () => {
  it('passes rows without an amount, or with an amount and a summary', () => {
    const ctx = ruleContext([visits([visit({ summary: null }), visit({ amount: 0, summary: null }), visit({ amount: 80 })])]);
    expect(visitSummary(ctx)).toEqual([]);
  });

  it('flags an amount without a summary (spaces alone count as none) on the summary cell', () => {
    const ctx = ruleContext([visits([visit({ amount: 120, summary: null }), visit({ amount: 5, summary: '  ' })])]);
    const ps = visitSummary(ctx);
    expect(where(ps)).toEqual(['V-SUMMARY@Visits!2:面谈概要', 'V-SUMMARY@Visits!3:面谈概要']);
    expect(ps[0]!.severity).toBe('error');
    expect(ps[0]!.message).toContain('金额 120 元');
  });

  it('leaves an amount typed as text to the TYPE rule', () => {
    expect(visitSummary(ruleContext([visits([visit({ amount: '120', summary: null })])]))).toEqual([]);
  });
});
