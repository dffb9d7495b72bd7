/**
 * Plans a new scoring period (SPEC §4 "A new period"): one row per active staff member in that
 * member's scheme table, and one KpiSummary row each. Pure: it reads TableData and returns write
 * operations, one appendRows per table, so any adapter applies it in a fixed number of round trips.
 *
 * Every formula column gets its formula explicitly (a file writer cannot rely on Excel's calculated
 * columns), and inputs that the workbook can derive get their prefill formula. Rows follow each
 * table's own header order; a column the model has but the table lacks is skipped.
 */
import type { Lang, TableSpec, WorkbookModel } from '../model/types';
import type { CellInput, CellValue, TableData, WriteOp } from '../port/types';
import { columnByHeader, headerOf } from '../model/lookup';
import { withFormulas } from '../plan/generate';
import { STAFF } from '../model/tables/staff';
import { KPI_COL, SUMMARY_COL } from './columns';
import { KPI_SCHEME_TABLES, KPI_SUMMARY } from './tables';
import { SCHEMES, schemeOf } from './schemes';
import { monthKeyOf, periodEndOf } from './period';
import { isEmptyCell } from './inputs';
import { staffKey } from './score';
import { NEW_PERIOD_MESSAGES } from './newPeriodMessages';

export interface NewPeriodRequest {
  /** The model whose formulas to write (WORKBOOK_MODEL in the product). */
  readonly model: WorkbookModel;
  readonly staff: TableData;
  /** The workbook's KpiS1, KpiL1, KpiL3, KpiL4 and KpiSummary, as read (others are ignored). */
  readonly kpiTables: readonly TableData[];
  /** YYYY-MM. */
  readonly period: string;
  /** The workbook's language: formulas name columns by its headers. */
  readonly lang: Lang;
  /** Language of the messages; the workbook's by default. */
  readonly messageLang?: Lang;
}

export type NewPeriodSkipReason = 'noStaffId' | 'duplicateId' | 'inactive' | 'noHireDate' | 'notYetHired' | 'noScheme';

export interface NewPeriodSkip {
  /** Worksheet row of the Staff row. */
  readonly row: number;
  readonly staffId: string;
  readonly name: string;
  readonly reason: NewPeriodSkipReason;
  readonly message: string;
}

export interface NewPeriodPlan {
  readonly ops: WriteOp[];
  /** Staff members added (each gets one scheme row and one KpiSummary row). */
  readonly added: number;
  /** Rows added per scheme table. */
  readonly byTable: Readonly<Record<string, number>>;
  readonly skipped: NewPeriodSkip[];
  /** Set when nothing may be written; `ops` is then empty. */
  readonly error?: string;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

export function planNewPeriod(req: NewPeriodRequest): NewPeriodPlan {
  const M = NEW_PERIOD_MESSAGES[req.messageLang ?? req.lang];
  const fail = (error: string): NewPeriodPlan => ({ ops: [], added: 0, byTable: {}, skipped: [], error });
  const monthKey = monthKeyOf(req.period);
  if (monthKey === null) return fail(M.badPeriod(req.period));
  const last = periodEndOf(monthKey);

  const specs: TableSpec[] = [...KPI_SCHEME_TABLES, KPI_SUMMARY];
  const data = new Map(req.kpiTables.map((t) => [t.name, t]));
  for (const spec of specs) {
    const t = data.get(spec.name);
    if (!t) return fail(M.missingTable(spec.name));
    for (const key of [KPI_COL.period.key, KPI_COL.staffId.key]) {
      if (columnIndex(t, spec, key) < 0) return fail(M.missingColumn(spec.name, headerOf(colOf(spec, key), req.lang)));
    }
  }
  // Who already has a row of this period, per table. A run that Excel stopped part-way (it keeps
  // what was written: FACTS) is completed by running it again: when every row of the period is one
  // this plan would add, only the missing rows are added; any other row of the period refuses it.
  const present = new Map<string, Set<string>>();
  for (const spec of specs) {
    const t = data.get(spec.name) as TableData;
    const ip = columnIndex(t, spec, KPI_COL.period.key);
    const is = columnIndex(t, spec, KPI_COL.staffId.key);
    const keys = new Set<string>();
    for (const r of t.rows) {
      if (text(r[ip]).trim() !== req.period) continue;
      const k = isEmptyCell(r[is]) ? null : staffKey(r[is]);
      if (k !== null) keys.add(k);
    }
    present.set(spec.name, keys);
  }
  const holding = specs.filter((spec) => (present.get(spec.name)?.size ?? 0) > 0);

  const sc = (key: string) => columnIndex(req.staff, STAFF, key);
  for (const key of ['staffId', 'name', 'hireDate', 'scheme', 'active']) {
    if (sc(key) < 0) return fail(M.missingColumn(STAFF.name, headerOf(colOf(STAFF, key), req.lang)));
  }
  const [iId, iName, iHire, iScheme, iActive] = ['staffId', 'name', 'hireDate', 'scheme', 'active'].map(sc);

  const skipped: NewPeriodSkip[] = [];
  const rowsBySpec = new Map<string, Record<string, CellInput>[]>(specs.map((s) => [s.name, []]));
  const planned = new Map<string, Set<string>>(specs.map((s) => [s.name, new Set<string>()]));
  const seen = new Set<string>();
  req.staff.rows.forEach((r, i) => {
    const row = req.staff.headerRow + 1 + i;
    if (r.every((v) => isEmptyCell(v))) return; // Excel's blank table row, or a cleared one
    const id = r[iId];
    const name = text(r[iName]);
    const skip = (reason: NewPeriodSkipReason, message: string) =>
      skipped.push({ row, staffId: text(id), name, reason, message });
    const k = isEmptyCell(id) ? null : staffKey(id);
    if (k === null) return skip('noStaffId', M.noStaffId(row));
    if (seen.has(k)) return skip('duplicateId', M.duplicateId(row, text(id)));
    seen.add(k);
    if (r[iActive] !== '是') return skip('inactive', M.inactive(row, name, text(r[iActive])));
    const hire = r[iHire];
    if (typeof hire !== 'number') return skip('noHireDate', M.noHireDate(row, name));
    if (hire > last) return skip('notYetHired', M.notYetHired(row, name, req.period));
    const scheme = schemeOf(r[iScheme]);
    if (!scheme) return skip('noScheme', M.noScheme(row, name, text(r[iScheme])));
    planned.get(scheme.table)?.add(k);
    planned.get(KPI_SUMMARY.name)?.add(k);
    if (!present.get(scheme.table)?.has(k)) rowsBySpec.get(scheme.table)?.push({ [KPI_COL.period.key]: req.period, [KPI_COL.staffId.key]: id });
    if (present.get(KPI_SUMMARY.name)?.has(k)) return;
    rowsBySpec.get(KPI_SUMMARY.name)?.push({
      [SUMMARY_COL.period.key]: req.period,
      [SUMMARY_COL.staffId.key]: id,
      [SUMMARY_COL.scheme.key]: scheme.id,
    });
  });

  const foreign = holding.some((spec) => [...(present.get(spec.name) ?? [])].some((k) => !planned.get(spec.name)?.has(k)));
  if (holding.length > 0 && (foreign || [...rowsBySpec.values()].every((rows) => rows.length === 0))) {
    return fail(M.periodExists(req.period, holding.map((s) => s.name).join(req.lang === 'zh-CN' ? '、' : ', ')));
  }
  const ops: WriteOp[] = [];
  const byTable: Record<string, number> = {};
  for (const spec of specs) {
    const records = rowsBySpec.get(spec.name) ?? [];
    if (spec.name !== KPI_SUMMARY.name) byTable[spec.name] = records.length;
    if (records.length === 0) continue;
    const inSpecOrder = records.map((rec) => spec.columns.map((c) => rec[c.key] ?? null));
    const filled = withFormulas(req.model, spec, req.lang, inSpecOrder);
    const t = data.get(spec.name) as TableData;
    const order = t.headers.map((hd) => {
      const c = columnByHeader(spec, hd);
      return c ? spec.columns.indexOf(c) : -1;
    });
    ops.push({ op: 'appendRows', table: spec.name, rows: filled.map((row) => order.map((j) => (j < 0 ? null : row[j]))) });
  }
  return { ops, added: rowsBySpec.get(KPI_SUMMARY.name)?.length ?? 0, byTable, skipped };
}

function colOf(spec: TableSpec, key: string) {
  const c = spec.columns.find((x) => x.key === key);
  if (!c) throw new Error(`${spec.name} has no column ${key}`);
  return c;
}

/** Index of a model column in a table as read (header in either language), or −1. */
function columnIndex(t: TableData, spec: TableSpec, key: string): number {
  const c = colOf(spec, key);
  return t.headers.findIndex((h) => h.trim() === c.header.zh || h.trim() === c.header.en);
}

/** All scheme tables, for callers that read them before planning. */
export const NEW_PERIOD_TABLES: readonly string[] = [...SCHEMES.map((s) => s.table), KPI_SUMMARY.name];
