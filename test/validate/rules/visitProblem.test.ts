import { visitProblem } from '../../../src/core/validate/rules/visitProblem';
import { ruleContext, visit, visits, where } from '../helpers';

describe('V-PROBLEM', () => {
  it('passes plan b with a status, and other plans without one', () => {
    const ctx = ruleContext([visits([visit({ plan: 'b 处理问题', problemStatus: '已处理' }), visit({ plan: 'c 建立关系' })])]);
    expect(visitProblem(ctx)).toEqual([]);
  });

  it('flags plan b without a status, on the status cell', () => {
    const ps = visitProblem(ruleContext([visits([visit({ plan: 'b 处理问题' })])]));
    expect(where(ps)).toEqual(['V-PROBLEM@Visits!2:问题状态']);
    expect(ps[0]!.severity).toBe('warning');
  });
});
