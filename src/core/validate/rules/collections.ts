/**
 * A-COLLECT (004 ch. 3 回款): one collection per Receivables row, so 回款金额 ≤ 应收金额 (a partial
 * payment is fine), and money is not collected before it is invoiced: 回款日期 ≥ 开票日期.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isoOf } from '../dates';
import { day, hasColumns, num } from '../read';

/** Compared in cents, so that 0.1 + 0.2 against 0.3 is not an over-collection. */
const cents = (x: number): number => Math.round(x * 100);

export function collections(ctx: RuleContext): Problem[] {
  const t = ctx.table('Receivables');
  if (!t || !hasColumns(t, 'amount', 'collected', 'invoiceDate', 'collectedDate')) return [];
  const out: Problem[] = [];
  for (const r of t.rows) {
    const [amount, collected] = [num(t, r, 'amount'), num(t, r, 'collected')];
    if (amount !== undefined && collected !== undefined && cents(collected) > cents(amount)) {
      out.push(ctx.problem(t, r, 'collected', 'A-COLLECT', 'error', ctx.msg.collectOver(String(collected), String(amount))));
    }
    const [invoiced, paid] = [day(t, r, 'invoiceDate'), day(t, r, 'collectedDate')];
    if (invoiced !== undefined && paid !== undefined && paid < invoiced) {
      out.push(ctx.problem(t, r, 'collectedDate', 'A-COLLECT', 'error', ctx.msg.collectBefore(isoOf(paid), isoOf(invoiced))));
    }
  }
  return out;
}
