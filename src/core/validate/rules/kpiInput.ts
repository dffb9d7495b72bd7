/**
 * K-INPUT (SPEC §3, §4): what makes a Kpi row 输入有误 beyond a single cell's type and range — a
 * rate's denominator that is 0, 未报到扣分 given although 未报到直接下市场次数 is within the limit,
 * and more 实际出勤天数 than the month has days. The questions are the KPI module's own
 * (kpi/inputs.ts inputProblems), so the check and the 考核状态 formula agree.
 *
 * An input outside its range or list is found by the general RANGE rule on that cell; the engine
 * reports it under this rule id for Kpi inputs (see general.ts). Empty inputs are 待录入, not an
 * error, and exempt rows are not scored, so neither is reported here.
 */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import type { CellValue } from '../../port/types';
import { fmtNum } from '../cells';
import { str } from '../read';
import { inputProblems } from '../../kpi/inputs';
import { monthKeyOf, periodEndOf } from '../../kpi/period';
import { ymdOf } from '../../kpi/dates';
import { isExempt } from '../../kpi/score';
import { schemeViews, staffById } from './kpiRows';

export function kpiInput(ctx: RuleContext): Problem[] {
  const staff = staffById(ctx);
  const out: Problem[] = [];
  for (const { scheme, view } of schemeViews(ctx)) {
    const keys = scheme.inputs.map((i) => i.key).filter((k) => view.idx[k] !== undefined);
    for (const r of view.rows) {
      const mk = monthKeyOf(view.value(r, 'period'));
      const end = mk === null ? null : periodEndOf(mk);
      const who = staff(view.value(r, 'staffId'));
      if (who && end !== null && isExempt(who, end, ctx.params)) continue;
      const inputs: Record<string, CellValue> = {};
      for (const k of keys) inputs[k] = view.value(r, k);
      for (const p of inputProblems(scheme, inputs, ctx.params, end)) {
        const v = view.value(r, p.key);
        if (p.kind === 'zero') {
          out.push(ctx.problem(view, r, p.key, 'K-INPUT', 'error', ctx.msg.kpiZeroDenominator(view.header(p.key))));
        } else if (p.kind === 'deductionNotAllowed') {
          const count = scheme.items.map((i) => i.rule).find((x) => x.kind === 'conduct');
          const n = count && count.kind === 'conduct' ? view.value(r, count.unreportedCount) : null;
          out.push(ctx.problem(view, r, p.key, 'K-INPUT', 'error', ctx.msg.kpiUnreportedDeduction(typeof n === 'number' ? fmtNum(n) : '')));
        } else if (p.kind === 'overMonth' && end !== null) {
          out.push(
            ctx.problem(view, r, p.key, 'K-INPUT', 'error', ctx.msg.kpiAttendance(typeof v === 'number' ? fmtNum(v) : '', ymdOf(end).day, str(view, r, 'period'))),
          );
        }
      }
    }
  }
  return out;
}
