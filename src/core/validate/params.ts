/**
 * KpiParams as a map id → value: the KPI module's defaults, overlaid with the workbook's own rows
 * (read the way its formulas read them: kpi/params.ts paramMapFrom), overlaid with the caller's.
 * So a director who changes a weight or a band sees the check follow, and a row whose value is not
 * a number (reported by the general TYPE rule) falls back to the default instead of breaking a rule.
 */
import type { TableView } from './context';
import { defaultParamMap, paramMapFrom } from '../kpi/params';

export function paramsFromTable(view: TableView | undefined, given?: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const out = new Map<string, number>(defaultParamMap());
  if (view && view.idx.id !== undefined && view.idx.value !== undefined) {
    const rows = view.rows.map((r) => ({ id: view.value(r, 'id'), value: view.value(r, 'value') }));
    for (const [k, v] of paramMapFrom(rows).params) out.set(k, v);
  }
  if (given) for (const [k, v] of given) out.set(k, v);
  return out;
}
