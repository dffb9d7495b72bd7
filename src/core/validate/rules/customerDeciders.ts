/**
 * C-DECIDERS (004 §5-5.2.2): for a customer of value class A or B, at least 30 % of its contacts
 * whose 决策角色 is 决策者 appear as 面谈者 in Visits of that customer. Contacts name the customer
 * by 档案编号 and Visits by 客户名称; Customers links the two. A 面谈者 cell may name several
 * people ("张总、李经理"). A customer without any 决策者 on file has nothing to measure.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { key, str } from '../read';
import { lower } from '../cells';
import { customerClasses, customerRows } from './customerClasses';

export const DECIDER_SHARE = 0.3;
const NAME_SEPARATORS = /[、,,;;/|\s]+/;

export function customerDeciders(ctx: RuleContext): Problem[] {
  const customers = customerRows(ctx);
  const contacts = ctx.table('Contacts');
  const visits = ctx.table('Visits');
  if (!customers || !contacts || !visits) return [];
  if (contacts.idx.role === undefined || contacts.idx.name === undefined || visits.idx.interviewee === undefined || visits.idx.customer === undefined) {
    return [];
  }
  const classes = customerClasses(ctx);
  const wanted = new Map<string, string>(); // 档案编号 key → 客户名称 key, for class A/B only
  for (const [id, cls] of classes) {
    const row = customers.rowOf.get(id);
    if ((cls.letter === 'A' || cls.letter === 'B') && row !== undefined) wanted.set(id, key(customers.view, row, 'name'));
  }
  if (wanted.size === 0) return [];

  const deciders = new Map<string, Set<string>>(); // 档案编号 key → decider names
  for (const r of contacts.rows) {
    const id = key(contacts, r, 'customerId');
    if (!wanted.has(id) || str(contacts, r, 'role') !== '决策者') continue;
    const name = key(contacts, r, 'name');
    if (!name) continue;
    const set = deciders.get(id) ?? new Set<string>();
    set.add(name);
    deciders.set(id, set);
  }
  // Only the deciders' names matter, so each visit is matched against its customer's few deciders
  // instead of collecting every interviewee: no allocation for the many visits of other customers.
  const byName = new Map<string, Set<string>>(); // 客户名称 key → decider names
  for (const [id, people] of deciders) byName.set(wanted.get(id) ?? '', people);
  const met = new Map<string, Set<string>>(); // 客户名称 key → deciders met
  for (const r of visits.rows) {
    const customer = key(visits, r, 'customer');
    const people = byName.get(customer);
    if (!people) continue;
    const who = lower(str(visits, r, 'interviewee'));
    if (!who) continue;
    const names = NAME_SEPARATORS.test(who) ? who.split(NAME_SEPARATORS) : [who];
    for (const n of names) {
      if (!people.has(n)) continue;
      const set = met.get(customer) ?? new Set<string>();
      set.add(n);
      met.set(customer, set);
    }
  }

  const out: Problem[] = [];
  for (const [id, people] of deciders) {
    const count = met.get(wanted.get(id) ?? '')?.size ?? 0;
    if (count >= DECIDER_SHARE * people.size - 1e-9) continue;
    const row = customers.rowOf.get(id)!;
    const cls = classes.get(id)!;
    out.push(
      ctx.problem(customers.view, row, 'name', 'C-DECIDERS', 'warning', ctx.msg.customerDeciders(cls.label, people.size, count, DECIDER_SHARE * 100)),
    );
  }
  return out;
}
