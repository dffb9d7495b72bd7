/**
 * C-INSIDER (004 §5-4.5.4): a customer of value class A needs at least 2 contacts with 是否内线 = 是,
 * class B at least 1. Shown on the customer's 客户名称 in Customers.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { key, str } from '../read';
import { customerClasses, customerRows } from './customerClasses';

export const INSIDERS_NEEDED: Readonly<Record<string, number>> = { A: 2, B: 1 };

export function customerInsiders(ctx: RuleContext): Problem[] {
  const customers = customerRows(ctx);
  const contacts = ctx.table('Contacts');
  if (!customers || !contacts || contacts.idx.customerId === undefined || contacts.idx.insider === undefined) return [];
  const classes = customerClasses(ctx);
  const insiders = new Map<string, number>();
  for (const r of contacts.rows) {
    if (str(contacts, r, 'insider') !== '是') continue;
    const id = key(contacts, r, 'customerId');
    insiders.set(id, (insiders.get(id) ?? 0) + 1);
  }
  const out: Problem[] = [];
  for (const [id, cls] of classes) {
    const need = INSIDERS_NEEDED[cls.letter];
    const row = customers.rowOf.get(id);
    if (need === undefined || row === undefined) continue;
    const have = insiders.get(id) ?? 0;
    if (have < need) {
      out.push(ctx.problem(customers.view, row, 'name', 'C-INSIDER', 'warning', ctx.msg.customerInsiders(cls.label, need, have)));
    }
  }
  return out;
}
