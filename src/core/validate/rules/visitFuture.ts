/** V-FUTURE: the visit log records visits that happened, so 日期 is not after today. */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isoOf } from '../dates';
import { day, hasColumns } from '../read';

export function visitFuture(ctx: RuleContext): Problem[] {
  const v = ctx.table('Visits');
  if (!v || !hasColumns(v, 'date')) return [];
  const out: Problem[] = [];
  for (const r of v.rows) {
    const d = day(v, r, 'date');
    if (d !== undefined && d > ctx.today) {
      out.push(ctx.problem(v, r, 'date', 'V-FUTURE', 'error', ctx.msg.visitFuture(isoOf(d), isoOf(ctx.today))));
    }
  }
  return out;
}
