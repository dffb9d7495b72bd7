/**
 * KPI rows of the demo workbook: three fully entered months before the sample date, so that every
 * scheme has a worked example (WORKED_EXAMPLES) in the latest month and the history holds runs of
 * D grades. Rows are in model column order with formula columns null; the generate planner puts
 * the formulas in (plan/generate.ts withFormulas).
 */
import type { CellInput } from '../port/types';
import { STAFF } from '../model/tables/staff';
import { KPI_COL, SUMMARY_COL } from './columns';
import { KPI_SUMMARY, kpiTableOf } from './tables';
import { schemeOf } from './schemes';
import { WORKED_EXAMPLES } from './workedExamples';
import { monthKeyOf, periodEndOf, periodOfMonthKey, periodOfSerial } from './period';
import { ymdOf } from './dates';
import type { SchemeId } from './types';
import { SCHEME_IDS } from './types';
import { defaultParamMap, followStandard } from './params';

type Inputs = Readonly<Record<string, number | string | null>>;
type Level = 'A' | 'B' | 'C' | 'D';

/**
 * Inputs that land in each grade for every staff member of the scheme (default params). S1's
 * attendance is given as days short of the requirement, since months differ in length.
 */
const LEVELS: Record<SchemeId, Record<Level, Inputs>> = {
  S1: {
    // 27 + 2 + 6 + 9 + 9 + 10 + 4 + 6 + 5 + 5 + 5 + 5 = 93
    A: { planSales: 100, actualSales: 112, prevSales: 90, planNewCustomers: 2, actualNewCustomers: 3, marketInfo: 9, teamwork: 9,
      knowledge: 10, judgement: 4, communication: 6, attendanceDays: 0, lateCount: 0, unreportedCount: 2, unreportedDeduction: null,
      violations: 0, responsibility: 5, complaints: 0 },
    // 25 + 0 + 5 + 8 + 8 + 7 + 3.5 + 5.5 + 5 + 4 + 4.5 + 5 = 80.5
    B: { planSales: 100, actualSales: 96, prevSales: 95, planNewCustomers: 2, actualNewCustomers: 2, marketInfo: 8, teamwork: 8,
      knowledge: 7, judgement: 3.5, communication: 5.5, attendanceDays: 0, lateCount: 1, unreportedCount: 0, unreportedDeduction: null,
      violations: 0, responsibility: 4.5, complaints: 0 },
    // 22 + 0 + 4 + 6 + 7 + 6 + 3 + 5 + 3 + 4 + 3 + 5 = 68
    C: { planSales: 100, actualSales: 85, prevSales: 90, planNewCustomers: 3, actualNewCustomers: 1, marketInfo: 6, teamwork: 7,
      knowledge: 6, judgement: 3, communication: 5, attendanceDays: -2, lateCount: 2, unreportedCount: 3, unreportedDeduction: null,
      violations: 0, responsibility: 3, complaints: 0 },
    // 18 + 0 + 4 + 4 + 5 + 3 + 2.5 + 4.5 + 0 + 0 + 2 + 0 = 43
    D: { planSales: 100, actualSales: 62, prevSales: 80, planNewCustomers: 3, actualNewCustomers: 0, marketInfo: 4, teamwork: 5,
      knowledge: 3, judgement: 2.5, communication: 4.5, attendanceDays: -5, lateCount: 5, unreportedCount: 7, unreportedDeduction: 2,
      violations: 1, responsibility: 2, complaints: 1 },
  },
  L1: {
    A: { revenueTarget: 500, revenueActual: 520, newTarget: 5, newActual: 5, receivables: 100, overdue: 10, followed: 12 }, // 100
    B: { revenueTarget: 500, revenueActual: 455, newTarget: 5, newActual: 4, receivables: 100, overdue: 22, followed: 12 }, // 51 + 20 + 8 + 10 = 89
    C: { revenueTarget: 500, revenueActual: 420, newTarget: 5, newActual: 4, receivables: 100, overdue: 26, followed: 12 }, // 44 + 20 + 4 + 10 = 78
    D: { revenueTarget: 500, revenueActual: 300, newTarget: 5, newActual: 2, receivables: 100, overdue: 40, followed: 3 }, // 20 + 0 + 0 + (1..5)
  },
  L3: {
    A: { revenueTarget: 300, revenueActual: 300, deptTarget: 2000, deptActual: 1700, newTarget: 10, newActual: 8, receivables: 400, overdue: 40, followed: 8 }, // 100
    B: { revenueTarget: 300, revenueActual: 290, deptTarget: 2000, deptActual: 1400, newTarget: 10, newActual: 8, receivables: 400, overdue: 68, followed: 8 }, // 7 + 40 + 20 + 9 + 10 = 86
    C: { revenueTarget: 300, revenueActual: 270, deptTarget: 2000, deptActual: 1300, newTarget: 10, newActual: 7, receivables: 400, overdue: 80, followed: 8 }, // 0 + 35 + 10 + 8 + 10 = 63
    D: { revenueTarget: 300, revenueActual: 200, deptTarget: 2000, deptActual: 1000, newTarget: 10, newActual: 4, receivables: 400, overdue: 120, followed: 2 }, // 0 + 20 + 0 + 3 + (6..8)
  },
  L4: {
    A: { deptRevenueTarget: 3000, deptRevenue: 3100, collectionDue: 800, collected: 700, landedTarget: 6, landedActual: 5, profit: 500, staffLoss: '否' }, // 100
    B: { deptRevenueTarget: 3000, deptRevenue: 2700, collectionDue: 800, collected: 600, landedTarget: 6, landedActual: 5, profit: 380, staffLoss: '否' }, // 20 + 15 + 30 + 10 + 10 = 85
    C: { deptRevenueTarget: 3000, deptRevenue: 2550, collectionDue: 800, collected: 560, landedTarget: 6, landedActual: 4, profit: 300, staffLoss: '否' }, // 15 + 10 + 17 + 9 + 10 = 61
    D: { deptRevenueTarget: 3000, deptRevenue: 2100, collectionDue: 800, collected: 400, landedTarget: 6, landedActual: 2, profit: -50, staffLoss: '是' }, // 0 + 0 + 0 + 2 + 0 = 2
  },
};

/**
 * Oldest month first. The first member of a scheme (one of the worked example's position, if
 * any) ends with the worked example; the second has D in the last two months (a run of 2).
 */
const TRAJECTORIES: readonly (readonly (Level | 'example')[])[] = [
  ['B', 'A', 'example'],
  ['C', 'D', 'D'],
  ['A', 'C', 'B'],
  ['B', 'B', 'A'],
];

export const SAMPLE_MONTHS = 3;

const S1_OFF_DAYS = 4;

function inputsFor(scheme: SchemeId, level: Level | 'example', periodEnd: number, position: string | null): Inputs {
  if (level === 'example') {
    const ex = WORKED_EXAMPLES.find((e) => e.scheme === scheme);
    if (!ex) throw new Error(`no worked example for ${scheme}`);
    if (typeof ex.inputs.followed === 'number' && position !== ex.position) {
      // Another position has another standard: keep the example's shortfall against it.
      const params = defaultParamMap();
      const shortfall = followStandard(params, ex.position) - ex.inputs.followed;
      return { ...ex.inputs, followed: Math.max(0, followStandard(params, position) - shortfall) };
    }
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
      const position = typeof m.row[iPosition] === 'string' ? (m.row[iPosition] as string) : null;
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
        ...inputsFor(m.scheme, level, last, position),
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
