/**
 * V-FOLLOWUP (000 §3.3.3-四-5): after a visit whose outcome is not D 无希望, the same customer gets
 * a later visit or a follow-up within 7 days (SPEC §3, corrected: the seed asks this after every
 * visit to a target customer; a customer judged 无希望 is no longer one). An empty 成果 is left to
 * REQUIRED. Judged only once those 7 days are over, so a fresh visit is
 * never flagged for something that can still happen.
 *
 * FollowUps name the customer by 档案编号 and Visits by 客户名称; Customers links the two.
 * Every customer gets a number; the dates of its visits and follow-ups are laid out in one typed
 * array (a counting sort by customer) and each segment sorted, so each B/C visit costs one binary
 * search and the whole rule is O(n log n) with a handful of allocations, whatever n is.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isoOf } from '../dates';
import { day, hasColumns, key, str } from '../read';
import { REVISIT_DAYS } from '../../model/tables/visits';
import { listValues } from '../../model/lists';

export function visitFollowUp(ctx: RuleContext): Problem[] {
  const v = ctx.table('Visits');
  if (!v || !hasColumns(v, 'date', 'customer', 'result')) return [];
  const results = listValues('visitResult');
  const hopeless = results[3]; // D 无希望

  // Customer numbers by 客户名称 key; -1 for none.
  const number = new Map<string, number>();
  const numberOf = (name: string): number => {
    if (!name) return -1;
    let n = number.get(name);
    if (n === undefined) {
      n = number.size;
      number.set(name, n);
    }
    return n;
  };
  // Parallel arrays rather than {customer, date} objects: tens of thousands of them otherwise.
  const eventCustomer: number[] = [];
  const eventDate: number[] = [];
  const visitCustomer = new Int32Array(v.data.rows.length).fill(-1);
  for (const r of v.rows) {
    const c = numberOf(key(v, r, 'customer'));
    visitCustomer[r] = c;
    const d = day(v, r, 'date');
    if (c >= 0 && d !== undefined) {
      eventCustomer.push(c);
      eventDate.push(d);
    }
  }
  const customers = ctx.table('Customers');
  const follow = ctx.table('FollowUps');
  if (customers && follow && hasColumns(customers, 'customerId', 'name') && hasColumns(follow, 'customerId', 'date')) {
    const nameById = new Map<string, string>();
    for (const r of customers.rows) {
      const id = key(customers, r, 'customerId');
      if (id && !nameById.has(id)) nameById.set(id, key(customers, r, 'name'));
    }
    for (const r of follow.rows) {
      const name = nameById.get(key(follow, r, 'customerId'));
      const d = day(follow, r, 'date');
      if (name && d !== undefined) {
        eventCustomer.push(numberOf(name));
        eventDate.push(d);
      }
    }
  }

  // Counting sort by customer, then each customer's dates in ascending order.
  const start = new Int32Array(number.size + 1);
  for (const c of eventCustomer) start[c + 1]!++;
  for (let i = 0; i < number.size; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, number.size);
  const dates = new Float64Array(eventDate.length);
  for (let i = 0; i < eventDate.length; i++) dates[fill[eventCustomer[i]!]!++] = eventDate[i]!;
  for (let i = 0; i < number.size; i++) dates.subarray(start[i]!, start[i + 1]!).sort();

  const out: Problem[] = [];
  for (const r of v.rows) {
    const c = visitCustomer[r]!;
    if (c < 0) continue;
    const result = str(v, r, 'result');
    if (result === '' || result === hopeless) continue;
    const d = day(v, r, 'date');
    if (d === undefined) continue;
    const until = d + REVISIT_DAYS;
    if (ctx.today <= until) continue;
    // First date after d within this customer's segment.
    let lo = start[c]!;
    let hi = start[c + 1]!;
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (dates[mid]! <= d) lo = mid + 1;
      else hi = mid;
    }
    if (lo < end && dates[lo]! <= until) continue;
    out.push(
      ctx.problem(v, r, 'result', 'V-FOLLOWUP', 'warning', ctx.msg.visitFollowUp(isoOf(d), str(v, r, 'customer'), result, isoOf(until))),
    );
  }
  return out;
}
