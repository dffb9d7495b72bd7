/**
 * S-ORDER: a StageLog 日期 is not before the customer's 建档日期 (a stage cannot precede the file)
 * and not after today. Customers are found by 客户名称 (the first row with the name, as MATCH).
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isoOf } from '../dates';
import { day, hasColumns, key } from '../read';

export function stageOrder(ctx: RuleContext): Problem[] {
  const log = ctx.table('StageLog');
  if (!log || !hasColumns(log, 'customer', 'date')) return [];
  const created = new Map<string, number>();
  const customers = ctx.table('Customers');
  if (customers && hasColumns(customers, 'name', 'createdDate')) {
    for (const r of customers.rows) {
      const name = key(customers, r, 'name');
      const d = day(customers, r, 'createdDate');
      if (name && d !== undefined && !created.has(name)) created.set(name, d);
    }
  }
  const out: Problem[] = [];
  for (const r of log.rows) {
    const d = day(log, r, 'date');
    if (d === undefined) continue;
    const since = created.get(key(log, r, 'customer'));
    if (d > ctx.today) out.push(ctx.problem(log, r, 'date', 'S-ORDER', 'error', ctx.msg.stageFuture(isoOf(d), isoOf(ctx.today))));
    else if (since !== undefined && d < since) out.push(ctx.problem(log, r, 'date', 'S-ORDER', 'error', ctx.msg.stageBeforeCreated(isoOf(d), isoOf(since))));
  }
  return out;
}
