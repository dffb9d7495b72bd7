/**
 * Calculated columns whose formula changed in a model version: an upgrade from an older version
 * rewrites them (every existing row too) with setColumnFormula. Keyed by the version that changed
 * them, then by table, so that later versions add entries rather than edit these.
 */
export const REWRITTEN_FORMULAS: Readonly<Record<number, Readonly<Record<string, readonly string[]>>>> = {
  // #12: _月键 became numeric where it can, _首访 a bounded search (src/core/model/tables/visits.ts).
  // s4-scale: VisitDaily's totals count within the month's rows when Visits is in date order.
  2: { Visits: ['visitKey', 'firstVisit'], VisitDaily: ['visits', 'problemsHandled', 'problemsOpen', 'expenses'] },
};

/** Column keys of `table` to rewrite when a workbook of version `found` is upgraded to `to`. */
export function rewrittenColumns(table: string, found: number | null, to: number): string[] {
  if (found === null) return [];
  const keys = new Set<string>();
  for (const [v, tables] of Object.entries(REWRITTEN_FORMULAS)) {
    if (Number(v) > found && Number(v) <= to) for (const k of tables[table] ?? []) keys.add(k);
  }
  return [...keys];
}
