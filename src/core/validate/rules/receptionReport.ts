/**
 * R-REPORT (000 §3.3.3-五-2): no reception report, no reimbursement. A request that took place
 * (执行情况 filled, or both 大客户总监审核 and 财务部经理审核 = 同意) and whose 接待时间 is before
 * today needs a ReceptionReports row that names it in 关联申请编号; a request refused by either
 * reviewer needs none (SPEC §3, corrected). The reception day itself still counts as "not yet passed".
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isoOf } from '../dates';
import { day, hasColumns, key, str } from '../read';
import { AGREED } from './approvals';

const REFUSED = '不同意';

export function receptionReport(ctx: RuleContext): Problem[] {
  const req = ctx.table('ReceptionRequests');
  const rep = ctx.table('ReceptionReports');
  if (!req || !rep || !hasColumns(req, 'requestId', 'receptionDate', 'directorReview', 'financeReview', 'execution') || !hasColumns(rep, 'requestId')) return [];
  const reported = new Set<string>();
  for (const r of rep.rows) reported.add(key(rep, r, 'requestId'));
  const out: Problem[] = [];
  for (const r of req.rows) {
    const id = key(req, r, 'requestId');
    const d = day(req, r, 'receptionDate');
    if (!id || d === undefined || d >= ctx.today) continue;
    const [director, finance] = [str(req, r, 'directorReview'), str(req, r, 'financeReview')];
    if (director === REFUSED || finance === REFUSED) continue;
    const tookPlace = str(req, r, 'execution') !== '' || (director === AGREED && finance === AGREED);
    if (!tookPlace) continue;
    if (!reported.has(id)) {
      out.push(ctx.problem(req, r, 'requestId', 'R-REPORT', 'error', ctx.msg.receptionReport(str(req, r, 'requestId'), isoOf(d))));
    }
  }
  return out;
}
