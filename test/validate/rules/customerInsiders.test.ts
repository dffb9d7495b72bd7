import { customerInsiders } from '../../../src/core/validate/rules/customerInsiders';
import { contacts, customer, customerValues, customers, d, ruleContext, where } from '../helpers';
import { assessment, contact } from './customer.fixtures';

const twoCustomers = customers([customer(), customer({ customerId: 'KH-0002', name: '华南物流' })]);

describe('C-INSIDER', () => {
  it('passes class A with 2 insiders, class B with 1, and class C with none', () => {
    const ctx = ruleContext([
      twoCustomers,
      customerValues([assessment('KH-0001', 4), assessment('KH-0002', 3)]),
      contacts([
        contact('KH-0001', '周总', { insider: '是' }),
        contact('KH-0001', '吴经理', { insider: '是' }),
        contact('KH-0002', '郑总', { insider: '是' }),
      ]),
    ]);
    expect(customerInsiders(ctx)).toEqual([]);
    const classC = ruleContext([twoCustomers, customerValues([assessment('KH-0001', 2)]), contacts([])]);
    expect(customerInsiders(classC)).toEqual([]);
  });

  it('flags too few insiders on the customer name, using the latest assessment recomputed from ratings', () => {
    const ctx = ruleContext([
      twoCustomers,
      customerValues([
        // An older class C assessment, then the latest class A one (whose formula cells are uncached).
        assessment('KH-0001', 2, d(2026, 1, 1)),
        { ...assessment('KH-0001', 4, d(2026, 6, 1)), score: null, valueClass: null },
        assessment('KH-0002', 3),
      ]),
      contacts([contact('KH-0001', '周总', { insider: '是' }), contact('KH-0002', '郑总', { insider: '否' })]),
    ]);
    const ps = customerInsiders(ctx);
    expect(where(ps)).toEqual(['C-INSIDER@Customers!2:客户名称', 'C-INSIDER@Customers!3:客户名称']);
    expect(ps[0]!.message).toContain('A 全力以赴');
    expect(ps[0]!.message).toContain('至少 2 名');
    expect(ps[0]!.severity).toBe('warning');
  });

  it('follows changed class bands in KpiParams', () => {
    const ctx = ruleContext([twoCustomers, customerValues([assessment('KH-0001', 3)]), contacts([])], {
      params: new Map([['cv.band.A', 60]]),
    });
    expect(where(customerInsiders(ctx))).toEqual(['C-INSIDER@Customers!2:客户名称']);
  });

  it('gives no class for an assessment with a missing rating', () => {
    const ctx = ruleContext([twoCustomers, customerValues([{ ...assessment('KH-0001', 5), ratingC: null }]), contacts([])]);
    expect(customerInsiders(ctx)).toEqual([]);
  });
});
