/**
 * C-OWNER (004 ch. 2): the owner's position fits the customer's 月业务量 (万元): below 20 anyone;
 * 20–50 (both ends included) 项目营销高级经理 or above; above 50 项目营销副总经理 or above.
 *
 * Position order (documented reading of 004 ch. 2's ladder): 大客户专员, 大客户经理,
 * 项目营销副经理 and 项目营销经理 are below 项目营销高级经理 < 项目营销副总经理 < 项目营销总经理;
 * 大客户总监 and 项目部负责人 head the department and count as above all of them.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { fmtNum } from '../cells';
import { hasColumns, key, num, str } from '../read';

export const POSITION_RANK: Readonly<Record<string, number>> = {
  大客户专员: 0,
  大客户经理: 0,
  项目营销副经理: 0,
  项目营销经理: 0,
  项目营销高级经理: 1,
  项目营销副总经理: 2,
  项目营销总经理: 3,
  大客户总监: 4,
  项目部负责人: 4,
};

/** Volume bands (万元) and the least position each needs. */
const SENIOR_FROM = 20;
const DEPUTY_ABOVE = 50;
const SENIOR = '项目营销高级经理';
const DEPUTY = '项目营销副总经理';

/** The least position a monthly volume needs, or undefined when anyone may own the customer. */
export function neededPosition(volume: number): string | undefined {
  if (volume > DEPUTY_ABOVE) return DEPUTY;
  if (volume >= SENIOR_FROM) return SENIOR;
  return undefined;
}

export function customerOwner(ctx: RuleContext): Problem[] {
  const customers = ctx.table('Customers');
  const staff = ctx.table('Staff');
  if (!customers || !staff || !hasColumns(customers, 'monthlyVolume', 'owner') || !hasColumns(staff, 'name', 'position')) return [];
  const positionOf = new Map<string, string>();
  for (const r of staff.rows) {
    const name = key(staff, r, 'name');
    if (name && !positionOf.has(name)) positionOf.set(name, str(staff, r, 'position'));
  }
  const out: Problem[] = [];
  for (const r of customers.rows) {
    const volume = num(customers, r, 'monthlyVolume');
    const needed = volume === undefined ? undefined : neededPosition(volume);
    if (volume === undefined || !needed) continue;
    const position = positionOf.get(key(customers, r, 'owner'));
    const rank = position === undefined ? undefined : POSITION_RANK[position];
    // An unknown owner or position is reported by REF / ENUM; there is nothing to compare here.
    if (rank === undefined || rank >= (POSITION_RANK[needed] ?? 0)) continue;
    out.push(
      ctx.problem(customers, r, 'owner', 'C-OWNER', 'warning', ctx.msg.customerOwner(fmtNum(volume), needed, str(customers, r, 'owner'), position ?? '')),
    );
  }
  return out;
}
