import { customerOwner, neededPosition } from '../../../src/core/validate/rules/customerOwner';
import { customer, customers, ruleContext, staff, where } from '../helpers';

describe('C-OWNER', () => {
  it('bands: below 20 anyone, 20–50 senior manager, above 50 deputy GM', () => {
    expect(neededPosition(19.99)).toBeUndefined();
    expect(neededPosition(20)).toBe('项目营销高级经理');
    expect(neededPosition(50)).toBe('项目营销高级经理');
    expect(neededPosition(50.01)).toBe('项目营销副总经理');
  });

  it('passes owners senior enough, and the department heads for any volume', () => {
    const ctx = ruleContext([
      staff(),
      customers([
        customer({ monthlyVolume: 10 }),
        customer({ customerId: 'K2', name: 'b', monthlyVolume: 30, owner: '张晓梅' }),
        customer({ customerId: 'K3', name: 'c', monthlyVolume: 80, owner: '李思远' }),
        customer({ customerId: 'K4', name: 'd', monthlyVolume: 500, owner: '王建国' }),
      ]),
    ]);
    expect(customerOwner(ctx)).toEqual([]);
  });

  it('flags an owner below the needed position, on the owner cell', () => {
    const ctx = ruleContext([
      staff(),
      customers([customer({ monthlyVolume: 20 }), customer({ customerId: 'K2', name: 'b', monthlyVolume: 51, owner: '张晓梅' })]),
    ]);
    const ps = customerOwner(ctx);
    expect(where(ps)).toEqual(['C-OWNER@Customers!2:负责人', 'C-OWNER@Customers!3:负责人']);
    expect(ps[0]!.message).toContain('大客户经理');
    expect(ps[1]!.message).toContain('项目营销副总经理');
  });
});
