/** V-PROBLEM: a visit planned as b 处理问题 records whether the problem was handled (问题状态). */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { isBlank } from '../cells';
import { hasColumns, str } from '../read';
import { listValues } from '../../model/lists';

export function visitProblem(ctx: RuleContext): Problem[] {
  const v = ctx.table('Visits');
  if (!v || !hasColumns(v, 'plan', 'problemStatus')) return [];
  const planProblem = listValues('visitPlan')[1]; // b 处理问题
  const out: Problem[] = [];
  for (const r of v.rows) {
    if (str(v, r, 'plan') === planProblem && isBlank(v.value(r, 'problemStatus'))) {
      out.push(ctx.problem(v, r, 'problemStatus', 'V-PROBLEM', 'warning', ctx.msg.visitProblem(planProblem ?? '')));
    }
  }
  return out;
}
