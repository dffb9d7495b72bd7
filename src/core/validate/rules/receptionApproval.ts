/**
 * R-APPROVAL: the director agrees (大客户总监审核 = 同意) before the reception. The workbook does not
 * record when a value was typed, so the rule fires once 接待时间 has come without 同意.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isoOf } from '../dates';
import { day, hasColumns, str } from '../read';
import { AGREED } from './approvals';

export function receptionApproval(ctx: RuleContext): Problem[] {
  const req = ctx.table('ReceptionRequests');
  if (!req || !hasColumns(req, 'receptionDate', 'directorReview')) return [];
  const out: Problem[] = [];
  for (const r of req.rows) {
    const d = day(req, r, 'receptionDate');
    const review = str(req, r, 'directorReview');
    if (d !== undefined && d <= ctx.today && review !== AGREED) {
      out.push(ctx.problem(req, r, 'directorReview', 'R-APPROVAL', 'warning', ctx.msg.receptionApproval(isoOf(d), review)));
    }
  }
  return out;
}
