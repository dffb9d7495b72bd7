/**
 * KPI rows of the demo workbook: three scored months before the sample date, as a department's file
 * holds them: new-period rows whose pre-filled inputs are left to their formulas (null here; the
 * generate planner puts the formulas in, plan/generate.ts withFormulas), so they read the demo's
 * records, with the typed inputs entered. The records (src/core/sample/samplePlan.ts) are such that
 * every scheme's worked example (WORKED_EXAMPLES) is in the latest month and the history holds a
 * run of D grades. Rows are in model column order with formula columns null.
 */
import type { CellInput } from '../port/types';
import { STAFF } from '../model/tables/staff';
import { KPI_COL, SUMMARY_COL } from './columns';
import { KPI_SUMMARY, kpiTableOf } from './tables';
import { schemeById, schemeOf } from './schemes';
import { WORKED_EXAMPLES } from './workedExamples';
import { monthKeyOf, periodEndOf, periodOfMonthKey, periodOfSerial } from './period';
import { ymdOf } from './dates';
import type { SchemeId } from './types';
import { SCHEME_IDS } from './types';

type Inputs = Readonly<Record<string, number | string | null>>;
type Level = 'A' | 'B' | 'C' | 'D';

/**
 * The typed inputs of each level (the director's own judgement, attendance and conduct); the
 * pre-filled ones (targets, sales, new customers, receivables, follow-ups) come from the records
 * (src/core/sample/samplePlan.ts gives the figures and the grades they make). S1's attendance is
 * given as days short of the requirement, since months differ in length.
 */
const LEVELS: Record<SchemeId, Record<Level, Inputs>> = {
  S1: {
    // 9 + 9 + 10 + 4 + 6 + 5 + 5 + 5 + 5 = 58 typed points
    A: { marketInfo: 9, teamwork: 9, knowledge: 10, judgement: 4, communication: 6, attendanceDays: 0, lateCount: 0, unreportedCount: 2,
      unreportedDeduction: null, violations: 0, responsibility: 5, complaints: 0 },
    // 8 + 8 + 7 + 3.5 + 5.5 + 5 + 4 + 4.5 + 5 = 50.5
    B: { marketInfo: 8, teamwork: 8, knowledge: 7, judgement: 3.5, communication: 5.5, attendanceDays: 0, lateCount: 1, unreportedCount: 0,
      unreportedDeduction: null, violations: 0, responsibility: 4.5, complaints: 0 },
    // 6 + 7 + 6 + 3 + 5 + 3 + 4 + 3 + 5 = 42
    C: { marketInfo: 6, teamwork: 7, knowledge: 6, judgement: 3, communication: 5, attendanceDays: -2, lateCount: 2, unreportedCount: 3,
      unreportedDeduction: null, violations: 0, responsibility: 3, complaints: 0 },
    // 4 + 5 + 3 + 2.5 + 4.5 + 0 + 0 + 2 + 0 = 21
    D: { marketInfo: 4, teamwork: 5, knowledge: 3, judgement: 2.5, communication: 4.5, attendanceDays: -5, lateCount: 5, unreportedCount: 7,
      unreportedDeduction: 2, violations: 1, responsibility: 2, complaints: 1 },
  },
  L1: { A: {}, B: {}, C: {}, D: {} },
  L3: { A: {}, B: {}, C: {}, D: {} },
  L4: { A: { staffLoss: '否' }, B: { staffLoss: '否' }, C: { staffLoss: '否' }, D: { staffLoss: '是' } },
};

/**
 * Levels of the typed inputs, oldest month first. The first member of a scheme (one of the worked
 * example's position, if any) ends with the worked example.
 */
const TRAJECTORIES: readonly (readonly (Level | 'example')[])[] = [
  ['B', 'A', 'example'],
  ['C', 'D', 'D'],
  ['A', 'C', 'B'],
  ['B', 'B', 'A'],
];

export const SAMPLE_MONTHS = 3;

const S1_OFF_DAYS = 4;

/** The typed inputs of one month: every pre-filled input stays empty, so generate puts its formula in. */
function inputsFor(scheme: SchemeId, level: Level | 'example', periodEnd: number): Inputs {
  const out: Record<string, number | string | null> = { ...levelInputs(scheme, level, periodEnd) };
  for (const input of schemeById(scheme).inputs) if (input.prefill) out[input.key] = null;
  return out;
}

function levelInputs(scheme: SchemeId, level: Level | 'example', periodEnd: number): Inputs {
  if (level === 'example') {
    const ex = WORKED_EXAMPLES.find((e) => e.scheme === scheme);
    if (!ex) throw new Error(`no worked example for ${scheme}`);
    if (scheme !== 'S1') return ex.inputs;
    // Same shortfall against the requirement as in the example's own month.
    const exKey = monthKeyOf(ex.period) as number;
    const shift = ymdOf(periodEnd).day - ymdOf(periodEndOf(exKey)).day;
    return { ...ex.inputs, attendanceDays: (ex.inputs.attendanceDays as number) + shift };
  }
  const inputs = LEVELS[scheme][level];
  if (scheme !== 'S1') return inputs;
  return { ...inputs, attendanceDays: ymdOf(periodEnd).day - S1_OFF_DAYS + (inputs.attendanceDays as number) };
}

/**
 * Rows of KpiS1 … KpiL4 and KpiSummary for the staff rows (in Staff column order), for the
 * SAMPLE_MONTHS months before the month of `today` (a serial date). Only active staff hired by a
 * month's last day get that month's row, as new-period would add them.
 */
export function sampleKpiRows(staffRows: readonly (readonly CellInput[])[], today: number): Record<string, CellInput[][]> {
  const at = (key: string) => STAFF.columns.findIndex((c) => c.key === key);
  const [iId, iName, iPosition, iHire, iScheme, iActive, iManager] = ['staffId', 'name', 'position', 'hireDate', 'scheme', 'active', 'manager'].map(at);
  const current = monthKeyOf(periodOfSerial(today)) as number;
  const out: Record<string, CellInput[][]> = {};
  const push = (table: string, record: Record<string, CellInput>) => {
    const spec = table === KPI_SUMMARY.name ? KPI_SUMMARY : kpiTableOf(table.slice(3) as SchemeId);
    (out[table] ??= []).push(spec.columns.map((c) => (c.type.kind === 'formula' ? null : (record[c.key] ?? null))));
  };
  const managerOf = new Map<string, CellInput>();
  for (const r of staffRows) managerOf.set(String(r[iName]), r[iManager] ?? null);

  const eligible = staffRows.filter((r) => schemeOf(r[iScheme]) && r[iActive] === '是' && typeof r[iHire] === 'number');
  const members = SCHEME_IDS.flatMap((id) => {
    const own = eligible.filter((r) => schemeOf(r[iScheme])?.id === id);
    // The worked example goes to a member of the example's own position, so the row matches it exactly.
    const ex = WORKED_EXAMPLES.find((e) => e.scheme === id);
    const k = own.findIndex((r) => r[iPosition] === ex?.position);
    if (k > 0) own.unshift(...own.splice(k, 1));
    return own.map((row, j) => ({ row, scheme: id, trajectory: TRAJECTORIES[j % TRAJECTORIES.length] }));
  });
  members.sort((a, b) => staffRows.indexOf(a.row) - staffRows.indexOf(b.row));

  for (let back = SAMPLE_MONTHS; back >= 1; back--) {
    const key = current - back;
    const period = periodOfMonthKey(key);
    const last = periodEndOf(key);
    for (const m of members) {
      if ((m.row[iHire] as number) > last) continue;
      const level = m.trajectory[SAMPLE_MONTHS - back];
      const manager = managerOf.get(String(m.row[iName])) ?? null;
      const grandManager = manager === null ? null : (managerOf.get(String(manager)) ?? null);
      // Reviews within the 8-day deadline (004 ch. 3-2), never after the sample date.
      const firstDate = Math.min(last + 5, today);
      const secondDate = Math.min(last + 7, today);
      const reviewed = manager !== null && manager !== '';
      const table = `Kpi${m.scheme}`;
      push(table, {
        [KPI_COL.period.key]: period,
        [KPI_COL.staffId.key]: m.row[iId] ?? null,
        ...inputsFor(m.scheme, level, last),
        ...(reviewed ? { [KPI_COL.firstReviewer.key]: manager, [KPI_COL.firstReviewDate.key]: firstDate } : {}),
        ...(reviewed && grandManager !== null && grandManager !== '' && back > 1
          ? { [KPI_COL.secondReviewer.key]: grandManager, [KPI_COL.secondReviewDate.key]: secondDate }
          : {}),
      });
      push(KPI_SUMMARY.name, {
        [SUMMARY_COL.period.key]: period,
        [SUMMARY_COL.staffId.key]: m.row[iId] ?? null,
        [SUMMARY_COL.scheme.key]: m.scheme,
      });
    }
  }
  return out;
}
