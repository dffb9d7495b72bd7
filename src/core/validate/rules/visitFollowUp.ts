/**
 * V-FOLLOWUP (000 §3.3.3-四-5): after a visit with outcome B or C, the same customer gets a later
 * visit or a follow-up within 7 days. Judged only once those 7 days are over, so a fresh visit is
 * never flagged for something that can still happen.
 *
 * FollowUps name the customer by 档案编号 and Visits by 客户名称; Customers links the two.
 * Per customer, the dates of visits and follow-ups are sorted once and each B/C visit does one
 * binary search, so the rule is O(n log n).
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isoOf } from '../dates';
import { day, hasColumns, key, str, upperBound } from '../read';
import { REVISIT_DAYS } from '../../model/tables/visits';
import { listValues } from '../../model/lists';

export function visitFollowUp(ctx: RuleContext): Problem[] {
  const v = ctx.table('Visits');
  if (!v || !hasColumns(v, 'date', 'customer', 'result')) return [];
  const results = listValues('visitResult');
  const needFollowUp = new Set([results[1], results[2]]); // B 有希望, C 再度访问

  const dates = new Map<string, number[]>();
  const add = (customer: string, d: number | undefined): void => {
    if (!customer || d === undefined) return;
    const xs = dates.get(customer);
    if (xs) xs.push(d);
    else dates.set(customer, [d]);
  };
  for (const r of v.rows) add(key(v, r, 'customer'), day(v, r, 'date'));

  const customers = ctx.table('Customers');
  const follow = ctx.table('FollowUps');
  if (customers && follow && hasColumns(customers, 'customerId', 'name') && hasColumns(follow, 'customerId', 'date')) {
    const nameById = new Map<string, string>();
    for (const r of customers.rows) {
      const id = key(customers, r, 'customerId');
      if (id && !nameById.has(id)) nameById.set(id, key(customers, r, 'name'));
    }
    for (const r of follow.rows) add(nameById.get(key(follow, r, 'customerId')) ?? '', day(follow, r, 'date'));
  }
  for (const xs of dates.values()) xs.sort((a, b) => a - b);

  const out: Problem[] = [];
  for (const r of v.rows) {
    const result = str(v, r, 'result');
    if (!needFollowUp.has(result)) continue;
    const d = day(v, r, 'date');
    const customer = key(v, r, 'customer');
    if (d === undefined || !customer) continue;
    const until = d + REVISIT_DAYS;
    if (ctx.today <= until) continue;
    const xs = dates.get(customer) ?? [];
    const next = xs[upperBound(xs, d)];
    if (next !== undefined && next <= until) continue;
    out.push(
      ctx.problem(v, r, 'result', 'V-FOLLOWUP', 'warning', ctx.msg.visitFollowUp(isoOf(d), str(v, r, 'customer'), result, isoOf(until))),
    );
  }
  return out;
}
