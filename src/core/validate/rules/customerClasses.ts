/**
 * A customer's value class (A–D) from its latest CustomerValue row (by 评估日期; on equal dates the
 * lower row, entered later, wins). The class is recomputed from the seven ratings and the params
 * with the KPI module's reference function, because the 客户分级 formula column may be uncached.
 * A latest assessment whose ratings are incomplete or invalid gives no class (the general rules
 * report the ratings).
 */
import type { CellValue } from '../../port/types';
import type { RuleContext, TableView } from '../context';
import { CV_FACTORS, customerValue } from '../../kpi/customerValue';
import { day, key } from '../read';

export interface CustomerClass {
  /** A, B, C or D. */
  readonly letter: string;
  /** The full list value, e.g. "A 全力以赴". */
  readonly label: string;
  readonly score: number;
}

/** C-INSIDER and C-DECIDERS both need the classes: computed once per check. */
const memo = new WeakMap<RuleContext, ReadonlyMap<string, CustomerClass>>();

export function customerClasses(ctx: RuleContext): ReadonlyMap<string, CustomerClass> {
  const known = memo.get(ctx);
  if (known) return known;
  const out = computeClasses(ctx);
  memo.set(ctx, out);
  return out;
}

function computeClasses(ctx: RuleContext): Map<string, CustomerClass> {
  const out = new Map<string, CustomerClass>();
  const cv = ctx.table('CustomerValue');
  if (!cv || cv.idx.customerId === undefined || cv.idx.date === undefined) return out;
  const latest = new Map<string, { row: number; date: number }>();
  for (const r of cv.rows) {
    const id = key(cv, r, 'customerId');
    const date = day(cv, r, 'date');
    if (!id || date === undefined) continue;
    const seen = latest.get(id);
    if (!seen || date >= seen.date) latest.set(id, { row: r, date });
  }
  for (const [id, { row }] of latest) {
    const result = customerValue(ratingsOf(cv, row), ctx.params);
    if (result.kind === 'ok') out.set(id, { letter: result.valueClass.charAt(0), label: result.valueClass, score: result.score });
  }
  return out;
}

function ratingsOf(cv: TableView, row: number): CellValue[] {
  return CV_FACTORS.map((f) => cv.value(row, f.key));
}

/** The first Customers row of each 档案编号 key, where customer-level problems are shown. */
export function customerRows(ctx: RuleContext): { view: TableView; rowOf: Map<string, number> } | undefined {
  const view = ctx.table('Customers');
  if (!view || view.idx.customerId === undefined) return undefined;
  const rowOf = new Map<string, number>();
  for (const r of view.rows) {
    const id = key(view, r, 'customerId');
    if (id && !rowOf.has(id)) rowOf.set(id, r);
  }
  return { view, rowOf };
}
