/**
 * G-APPROVAL: all four approvals are 同意 before 馈赠日期, and any 不同意 means the gift must not be
 * given. One problem per request, on the approval cell to fix: the first refusal, else (once the
 * gift date has come) the first approval that is not 同意.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isoOf } from '../dates';
import { day, hasColumns, str } from '../read';
import { AGREED, REFUSED } from './approvals';

export const GIFT_APPROVALS = ['deptHeadApproval', 'giftAdminApproval', 'officeApproval', 'deputyApproval'] as const;

export function giftApproval(ctx: RuleContext): Problem[] {
  const reqs = ctx.table('GiftRequests');
  if (!reqs) return [];
  const present = GIFT_APPROVALS.filter((a) => hasColumns(reqs, a));
  if (present.length === 0) return [];
  const out: Problem[] = [];
  for (const r of reqs.rows) {
    const refused = present.find((a) => str(reqs, r, a) === REFUSED);
    if (refused) {
      out.push(ctx.problem(reqs, r, refused, 'G-APPROVAL', 'error', ctx.msg.giftRefused(reqs.header(refused))));
      continue;
    }
    const d = day(reqs, r, 'giftDate');
    if (d === undefined || d > ctx.today) continue;
    const pending = present.filter((a) => str(reqs, r, a) !== AGREED);
    if (pending.length > 0) {
      const headers = pending.map((a) => reqs.header(a)).join(ctx.lang === 'zh-CN' ? '、' : ', ');
      out.push(ctx.problem(reqs, r, pending[0]!, 'G-APPROVAL', 'error', ctx.msg.giftPending(isoOf(d), headers)));
    }
  }
  return out;
}
