/**
 * K-DEADLINE (004 ch. 3-2): the first review (初评日期) is due within 8 days after the period's
 * last day. A late date is flagged; so is a missing one once the deadline has passed, except for
 * an exempt (免考) row, which is not scored at all, and for staff without a 直属上级 (the head of
 * the department), whose first reviewer is not in the workbook.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isBlank } from '../cells';
import { isoOf } from '../dates';
import { day, hasColumns, str } from '../read';
import { monthKeyOf, periodEndOf } from '../../kpi/period';
import { isExempt } from '../../kpi/score';
import { schemeViews, staffById } from './kpiRows';

export const FIRST_REVIEW_GRACE_DAYS = 8;

export function kpiDeadline(ctx: RuleContext): Problem[] {
  const staff = staffById(ctx);
  const out: Problem[] = [];
  for (const { view } of schemeViews(ctx)) {
    if (!hasColumns(view, 'period', 'firstReviewDate')) continue;
    for (const r of view.rows) {
      const mk = monthKeyOf(view.value(r, 'period'));
      if (mk === null) continue;
      const end = periodEndOf(mk);
      const deadline = end + FIRST_REVIEW_GRACE_DAYS;
      const period = str(view, r, 'period');
      const reviewed = day(view, r, 'firstReviewDate');
      if (reviewed !== undefined) {
        if (reviewed > deadline) {
          out.push(ctx.problem(view, r, 'firstReviewDate', 'K-DEADLINE', 'warning', ctx.msg.kpiLate(isoOf(reviewed), isoOf(deadline), period)));
        }
        continue;
      }
      if (!isBlank(view.value(r, 'firstReviewDate')) || ctx.today <= deadline) continue;
      const who = staff(view.value(r, 'staffId'));
      // Exempt periods are not scored; and without a 直属上级 there is no first reviewer to wait for.
      if (who && (isExempt(who, end, ctx.params) || !who.manager)) continue;
      out.push(ctx.problem(view, r, 'firstReviewDate', 'K-DEADLINE', 'warning', ctx.msg.kpiOverdue(period, isoOf(deadline))));
    }
  }
  return out;
}
