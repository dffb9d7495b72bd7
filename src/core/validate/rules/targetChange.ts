/**
 * T-CHANGE (000 §2.3 art. 6: a change of targets needs the director's approval): a Targets row
 * whose 设定日期 is after its period's first day is a change, and needs 变更审批 = 同意.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isoOf } from '../dates';
import { day, hasColumns, str } from '../read';
import { monthKeyOf, periodStartOf } from '../../kpi/period';
import { AGREED } from './approvals';

export function targetChange(ctx: RuleContext): Problem[] {
  const t = ctx.table('Targets');
  if (!t || !hasColumns(t, 'period', 'setDate', 'changeApproval')) return [];
  const out: Problem[] = [];
  for (const r of t.rows) {
    const period = str(t, r, 'period');
    const key = monthKeyOf(period);
    const set = day(t, r, 'setDate');
    if (key === null || set === undefined || set <= periodStartOf(key)) continue;
    const approval = str(t, r, 'changeApproval');
    if (approval === AGREED) continue;
    out.push(ctx.problem(t, r, 'changeApproval', 'T-CHANGE', 'warning', ctx.msg.targetChange(period, isoOf(set), approval)));
  }
  return out;
}
