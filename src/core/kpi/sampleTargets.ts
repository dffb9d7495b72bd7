/**
 * Demo Targets rows (销售指标): the targets the demo Kpi rows are scored against (their target inputs
 * read these rows through the pre-fill formula), one row per staff member and scored month, plus the
 * current month (so that a new period finds its targets), each set by the department head before
 * the month began. The figures are the plan's (src/core/sample/samplePlan.ts; a staff member it does
 * not know gets DEFAULT_TARGETS). One target of the latest scored month was changed after the month
 * began and is still 待审批 (a T-CHANGE warning, on purpose).
 */
import type { CellInput } from '../port/types';
import { TARGETS, TARGET_KEYS } from '../model/tables/targets';
import { STAFF } from '../model/tables/staff';
import { KPI_COL } from './columns';
import { SCHEMES } from './schemes';
import { kpiTableOf } from './tables';
import { DEFAULT_TARGETS, STAFF_PLAN } from '../sample/samplePlan';
import { monthKeyOf, periodOfMonthKey, periodOfSerial, periodStartOf } from './period';

export function sampleTargets(
  staffRows: readonly (readonly CellInput[])[],
  kpi: Readonly<Record<string, readonly (readonly CellInput[])[]>>,
  today: number,
): CellInput[][] {
  const at = (key: string) => STAFF.columns.findIndex((c) => c.key === key);
  const head = staffRows.find((r) => r[at('manager')] === null || r[at('manager')] === '');
  const setBy = head ? (head[at('name')] ?? null) : null;
  const current = monthKeyOf(periodOfSerial(today)) as number;
  const records: Record<string, CellInput>[] = [];
  const latest = new Map<string, Record<string, CellInput>>();
  for (const scheme of SCHEMES) {
    const spec = kpiTableOf(scheme.id);
    const idx = (key: string) => spec.columns.findIndex((c) => c.key === key);
    const keys = TARGET_KEYS.filter((k) => idx(k) >= 0);
    for (const row of kpi[scheme.table] ?? []) {
      const period = row[idx(KPI_COL.period.key)] ?? null;
      const key = typeof period === 'string' ? monthKeyOf(period) : null;
      if (key === null) continue;
      const staffId = row[idx(KPI_COL.staffId.key)] ?? null;
      const month = Math.min(2, Math.max(0, key - (current - 3)));
      const figures = STAFF_PLAN[String(staffId)]?.targets[month] ?? DEFAULT_TARGETS[scheme.id] ?? {};
      const record: Record<string, CellInput> = { period, staffId };
      for (const k of keys) record[k] = figures[k] ?? null;
      records.push(record);
      latest.set(String(record.staffId), record);
    }
  }
  records.sort((a, b) => String(a.period).localeCompare(String(b.period)));
  const lastScored = records.length > 0 ? records[records.length - 1]!.period : null;
  for (const r of latest.values()) records.push({ ...r, period: periodOfMonthKey(current) });
  let changed = false;
  const rows = records.map((r) => {
    const start = periodStartOf(monthKeyOf(String(r.period)) as number);
    const late = !changed && r.period === lastScored && r.staffId !== (head ? head[at('staffId')] : null);
    if (late) changed = true;
    return {
      ...r,
      setBy,
      // Set on the last day before the month; the late one ten days into the month, not yet approved.
      setDate: late ? start + 9 : start - 1,
      changeApproval: late ? '待审批' : null,
    };
  });
  return rows.map((r) => TARGETS.columns.map((c) => (c.type.kind === 'formula' ? null : ((r as Record<string, CellInput>)[c.key] ?? null))));
}
