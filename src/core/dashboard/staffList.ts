import type { CellValue, TableData } from '../port/types';
import { STAFF } from '../model/tables/staff';
import { KPI_SUMMARY } from '../kpi/tables';
import { SUMMARY_COL } from '../kpi/columns';
import { staffKey } from '../kpi/score';

/** A staff member on the dashboard: the 工号 as Staff holds it, and the name the legend shows. */
export interface DashboardStaff {
  readonly id: string | number;
  readonly name: string;
  /** Unique among the dashboard's staff: the name, with the 工号 added where names repeat. */
  readonly label: string;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

function index(t: TableData, columns: typeof STAFF.columns, key: string): number {
  const c = columns.find((x) => x.key === key);
  if (!c) return -1;
  return t.headers.findIndex((h) => h.trim() === c.header.zh || h.trim() === c.header.en);
}

/**
 * Staff rows with a 工号 (the first of a repeated 工号), in Staff order, kept when 在职 = 是 or when
 * KpiSummary has a row for them in one of `periods`: someone who left last month still has a trend.
 */
export function dashboardStaff(staff: TableData, summary: TableData | undefined, periods: readonly string[]): DashboardStaff[] {
  const [iId, iName, iActive] = ['staffId', 'name', 'active'].map((k) => index(staff, STAFF.columns, k));
  const scored = new Set<string>();
  if (summary) {
    const [sPeriod, sId] = [SUMMARY_COL.period.key, SUMMARY_COL.staffId.key].map((k) => index(summary, KPI_SUMMARY.columns, k));
    const window = new Set(periods);
    for (const r of summary.rows) {
      const k = sId < 0 ? null : staffKey(r[sId] ?? null);
      if (k !== null && sPeriod >= 0 && window.has(text(r[sPeriod]))) scored.add(k);
    }
  }
  const seen = new Set<string>();
  const picked: { id: string | number; name: string }[] = [];
  if (iId < 0) return [];
  for (const r of staff.rows) {
    // The 工号 exactly as Staff holds it: KpiSummary copies it from there, and COUNTIFS compares it.
    const id = r[iId] ?? null;
    if ((typeof id !== 'string' && typeof id !== 'number') || text(id) === '') continue;
    const k = staffKey(id);
    if (k === null || seen.has(k)) continue;
    seen.add(k);
    const active = iActive >= 0 && text(r[iActive]) === '是';
    if (active || scored.has(k)) picked.push({ id, name: iName < 0 ? '' : text(r[iName]) });
  }
  const counts = new Map<string, number>();
  for (const p of picked) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  return picked.map((p) => ({
    ...p,
    label: p.name === '' ? String(p.id) : (counts.get(p.name) ?? 0) > 1 ? `${p.name} (${p.id})` : p.name,
  }));
}
