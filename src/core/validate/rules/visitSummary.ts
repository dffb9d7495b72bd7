/** V-SUMMARY: a visit with an amount needs a summary — no visit summary, no reimbursement (000 §3.3.3-四-7). */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isBlank, fmtNum } from '../cells';
import { hasColumns, num } from '../read';

export function visitSummary(ctx: RuleContext): Problem[] {
  const v = ctx.table('Visits');
  if (!v || !hasColumns(v, 'amount', 'summary')) return [];
  const out: Problem[] = [];
  for (const r of v.rows) {
    const amount = num(v, r, 'amount');
    if (amount !== undefined && amount > 0 && isBlank(v.value(r, 'summary'))) {
      out.push(ctx.problem(v, r, 'summary', 'V-SUMMARY', 'error', ctx.msg.visitSummary(fmtNum(amount))));
    }
  }
  return out;
}
