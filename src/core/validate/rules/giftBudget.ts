/**
 * G-BUDGET: the requests on one gift plan stay within the plan's 预算价值 in total. A refused
 * request (any approval 不同意) is not given, so it does not use budget. The problem is reported
 * once per plan, on the request (in table order) whose value first takes the total over budget.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { fmtNum } from '../cells';
import { hasColumns, key, num, str } from '../read';
import { GIFT_APPROVALS } from './giftApproval';
import { REFUSED } from './approvals';

const TOLERANCE = 0.005;

export function giftBudget(ctx: RuleContext): Problem[] {
  const plans = ctx.table('GiftPlans');
  const reqs = ctx.table('GiftRequests');
  if (!plans || !reqs || !hasColumns(plans, 'planId', 'budget') || !hasColumns(reqs, 'planId', 'value')) return [];
  const budget = new Map<string, number>();
  for (const r of plans.rows) {
    const id = key(plans, r, 'planId');
    const b = num(plans, r, 'budget');
    if (id && b !== undefined && !budget.has(id)) budget.set(id, b);
  }
  const spent = new Map<string, number>();
  const reported = new Set<string>();
  const out: Problem[] = [];
  for (const r of reqs.rows) {
    const plan = key(reqs, r, 'planId');
    const limit = budget.get(plan);
    const value = num(reqs, r, 'value');
    if (limit === undefined || value === undefined || reported.has(plan)) continue;
    if (GIFT_APPROVALS.some((a) => str(reqs, r, a) === REFUSED)) continue;
    const total = (spent.get(plan) ?? 0) + value;
    spent.set(plan, total);
    if (total > limit + TOLERANCE) {
      reported.add(plan);
      out.push(ctx.problem(reqs, r, 'value', 'G-BUDGET', 'error', ctx.msg.giftBudget(str(reqs, r, 'planId'), fmtNum(total), fmtNum(limit))));
    }
  }
  return out;
}
