/**
 * K-REVIEW (004 ch. 3-2): the second review (复评) comes only after the first (初评), and the first
 * reviewer is the staff member's 直属上级 in Staff. Someone without a line manager (the head of the
 * department) may be first-reviewed by anyone.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isBlank, matchKey } from '../cells';
import { isoOf } from '../dates';
import { day, str } from '../read';
import { schemeViews, staffById } from './kpiRows';

export function kpiReview(ctx: RuleContext): Problem[] {
  const staff = staffById(ctx);
  const out: Problem[] = [];
  for (const { view } of schemeViews(ctx)) {
    const has = (k: string): boolean => view.idx[k] !== undefined;
    for (const r of view.rows) {
      const filled = (k: string): boolean => has(k) && !isBlank(view.value(r, k));
      const second = filled('secondReviewer') || filled('secondReviewDate');
      const first = filled('firstReviewer') && filled('firstReviewDate');
      if (second && !first) {
        const at = filled('secondReviewer') ? 'secondReviewer' : 'secondReviewDate';
        out.push(ctx.problem(view, r, at, 'K-REVIEW', 'warning', ctx.msg.kpiReviewWithoutFirst()));
      }
      const d1 = has('firstReviewDate') ? day(view, r, 'firstReviewDate') : undefined;
      const d2 = has('secondReviewDate') ? day(view, r, 'secondReviewDate') : undefined;
      if (d1 !== undefined && d2 !== undefined && d2 < d1) {
        out.push(ctx.problem(view, r, 'secondReviewDate', 'K-REVIEW', 'warning', ctx.msg.kpiReviewBeforeFirst(isoOf(d2), isoOf(d1))));
      }
      const reviewer = has('firstReviewer') ? str(view, r, 'firstReviewer') : '';
      const who = reviewer ? staff(view.value(r, 'staffId')) : undefined;
      if (who && who.manager && matchKey(reviewer) !== matchKey(who.manager)) {
        out.push(ctx.problem(view, r, 'firstReviewer', 'K-REVIEW', 'warning', ctx.msg.kpiReviewer(reviewer, who.name, who.manager)));
      }
    }
  }
  return out;
}
