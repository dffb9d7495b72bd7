/**
 * R-OVERSPEND: a reception report's 合计 must not exceed its request's 合计. Both totals are
 * recomputed from the money inputs: a file saved without cached values has 合计 empty.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { fmtNum } from '../cells';
import { hasColumns, key, str, sumOf } from '../read';
import { RECEPTION_REQUEST_COSTS } from '../../model/tables/receptionRequests';
import { RECEPTION_REPORT_COSTS } from '../../model/tables/receptionReports';

/** Half a fen: sums of two-decimal amounts may differ from their exact value by float noise. */
const TOLERANCE = 0.005;

export function receptionOverspend(ctx: RuleContext): Problem[] {
  const req = ctx.table('ReceptionRequests');
  const rep = ctx.table('ReceptionReports');
  if (!req || !rep || !hasColumns(req, 'requestId') || !hasColumns(rep, 'requestId')) return [];
  const requested = new Map<string, number>();
  for (const r of req.rows) {
    const id = key(req, r, 'requestId');
    if (id && !requested.has(id)) requested.set(id, sumOf(req, r, RECEPTION_REQUEST_COSTS));
  }
  const out: Problem[] = [];
  for (const r of rep.rows) {
    const limit = requested.get(key(rep, r, 'requestId'));
    if (limit === undefined) continue;
    const total = sumOf(rep, r, RECEPTION_REPORT_COSTS);
    if (total > limit + TOLERANCE) {
      out.push(
        ctx.problem(rep, r, 'total', 'R-OVERSPEND', 'warning', ctx.msg.receptionOverspend(fmtNum(total), str(rep, r, 'requestId'), fmtNum(limit))),
      );
    }
  }
  return out;
}
