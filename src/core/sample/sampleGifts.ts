import { STAFF_SEEDS } from './catalogue';
import { workdayOnOrBefore } from './calendar';
import type { Rng } from './random';
import type { SampleRecord } from './rows';
import type { SampleCustomer } from './sampleCustomers';

const GIFTS = [
  { gift: '定制茶叶礼盒', price: 380, purpose: '春节问候' },
  { gift: '公司纪念品套装', price: 160, purpose: '合作周年答谢' },
  { gift: '中秋月饼礼盒', price: 268, purpose: '中秋节问候' },
  { gift: '地方特产礼盒', price: 220, purpose: '新仓启用答谢' },
];
const COOPERATION = ['年框合作中', '试运行阶段', '续签洽谈中'];

/**
 * Six gift plans on key accounts and one or two requests per plan. The requests of a plan share
 * its quantity, so their value never exceeds the budget (G-BUDGET), and every approval is 同意
 * (G-APPROVAL); one gift date lies ahead, already approved.
 */
export function sampleGifts(rng: Rng, today: number, customers: readonly SampleCustomer[]): { plans: SampleRecord[]; requests: SampleRecord[] } {
  const plans: SampleRecord[] = [];
  const requests: SampleRecord[] = [];
  const keys = customers.filter((c) => c.key).slice(0, 6);
  keys.forEach((c, i) => {
    const g = GIFTS[i % GIFTS.length]!;
    const quantity = rng.int(3, 8);
    const planId = `LP-${String(i + 1).padStart(3, '0')}`;
    const decider = c.contacts.find((x) => x.role === '决策者') ?? c.contacts[0]!;
    plans.push({
      planId,
      customer: c.seed.name,
      industry: c.seed.industry,
      contactName: decider.name,
      cooperation: rng.pick(COOPERATION),
      purpose: g.purpose,
      gift: g.gift,
      quantity,
      budget: quantity * g.price,
      remark: null,
    });
    const parts = quantity >= 4 && rng.chance(0.6) ? [Math.floor(quantity / 2), quantity - Math.floor(quantity / 2) - rng.int(0, 1)] : [quantity];
    const owner = STAFF_SEEDS.find((s) => s.name === c.seed.owner)!;
    parts.forEach((q, j) => {
      const future = i === keys.length - 1 && j === parts.length - 1;
      const giftDate = future ? today + rng.int(5, 15) : workdayOnOrBefore(today - rng.int(5, 80));
      const receiver = j === 0 ? decider : rng.pick(c.contacts);
      requests.push({
        requestId: `LS-${String(requests.length + 1).padStart(3, '0')}`,
        planId,
        dept: owner.dept,
        giftDept: '行政部',
        giftDate,
        recipient: c.seed.name,
        receiver: receiver.name,
        gift: g.gift,
        quantity: q,
        value: q * g.price,
        remark: future ? '- 待馈赠,已全部审批' : null,
        filledBy: owner.name,
        deptHeadApproval: '同意',
        giftAdminApproval: '同意',
        officeApproval: '同意',
        deputyApproval: '同意',
      });
    });
  });
  return { plans, requests };
}
