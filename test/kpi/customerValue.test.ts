import { customerValue } from '../../src/core/kpi/customerValue';
import { defaultParamMap } from '../../src/core/kpi/params';

const params = defaultParamMap();

describe('customer value', () => {
  it('weighs seven ratings into a score out of 100', () => {
    expect(customerValue([5, 5, 5, 5, 5, 5, 5], params)).toEqual({ kind: 'ok', score: 100, valueClass: 'A 全力以赴' });
    expect(customerValue([1, 1, 1, 1, 1, 1, 1], params)).toEqual({ kind: 'ok', score: 20, valueClass: 'D 暂缓观察' });
    // (20×4 + 10×3 + 15×4 + 20×5 + 15×3 + 10×4 + 10×2) / 5 = 375 / 5 = 75
    expect(customerValue([4, 3, 4, 5, 3, 4, 2], params)).toEqual({ kind: 'ok', score: 75, valueClass: 'B 控制投入' });
  });
  it('puts band edges in the higher class', () => {
    // 20×4 + … = 400 / 5 = 80
    expect(customerValue([4, 4, 4, 4, 4, 4, 4], params)).toMatchObject({ score: 80, valueClass: 'A 全力以赴' });
    expect(customerValue([3, 3, 3, 3, 3, 3, 3], params)).toMatchObject({ score: 60, valueClass: 'B 控制投入' });
    expect(customerValue([2, 2, 2, 2, 2, 2, 2], params)).toMatchObject({ score: 40, valueClass: 'C 关注变化' });
  });
  it('waits for missing ratings and rejects wrong ones', () => {
    expect(customerValue([5, null, 5, 5, 5, 5, 5], params)).toEqual({ kind: 'pending' });
    expect(customerValue([5, 6, 5, 5, 5, 5, 5], params)).toEqual({ kind: 'invalid' });
    expect(customerValue([5, 2.5, 5, 5, 5, 5, 5], params)).toEqual({ kind: 'invalid' });
    expect(customerValue([5, '5', 5, 5, 5, 5, 5], params)).toEqual({ kind: 'invalid' });
  });
});
