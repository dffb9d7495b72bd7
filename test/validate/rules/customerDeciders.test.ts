import { customerDeciders } from '../../../src/core/validate/rules/customerDeciders';
import { contacts, customer, customerValues, customers, ruleContext, visit, visits, where } from '../helpers';
import { assessment, contact } from './customer.fixtures';

const deciders = (n: number) => Array.from({ length: n }, (_, i) => contact('KH-0001', `决策${i + 1}`, { role: '决策者' }));

describe('C-DECIDERS', () => {
  it('passes when at least 30 % of the deciders were met (several names in one cell count)', () => {
    const ctx = ruleContext([
      customers([customer()]),
      customerValues([assessment('KH-0001', 4)]),
      contacts([...deciders(3), contact('KH-0001', '使用者', { role: '使用者' })]),
      visits([visit({ interviewee: '使用者、决策2' })]),
    ]);
    expect(customerDeciders(ctx)).toEqual([]);
  });

  it('ignores class C/D customers and customers without deciders', () => {
    const ctx = ruleContext([customers([customer()]), customerValues([assessment('KH-0001', 2)]), contacts(deciders(3)), visits([])]);
    expect(customerDeciders(ctx)).toEqual([]);
    const none = ruleContext([customers([customer()]), customerValues([assessment('KH-0001', 4)]), contacts([]), visits([])]);
    expect(customerDeciders(none)).toEqual([]);
  });

  it('flags a class B customer whose deciders were hardly met; visits of other customers do not count', () => {
    const ctx = ruleContext([
      customers([customer(), customer({ customerId: 'KH-0002', name: '华南物流' })]),
      customerValues([assessment('KH-0001', 3)]),
      contacts(deciders(4)),
      visits([visit({ interviewee: '决策1', customer: '华南物流' }), visit({ interviewee: '决策2' })]),
    ]);
    const ps = customerDeciders(ctx);
    expect(where(ps)).toEqual(['C-DECIDERS@Customers!2:客户名称']);
    expect(ps[0]!.message).toContain('4 名决策者中只有 1 名');
  });
});
