/**
 * The reference of the ledger pre-fills (SPEC §4 "A new period"): what the formulas of
 * src/core/kpi/prefill.ts compute, from the same raw cells. One `Ledgers` is prepared per workbook
 * read; `derivePrefill` then answers per Kpi row and input.
 */
import type { CellValue } from '../port/types';
import type { KpiInput } from './types';
import { excelRound } from './excelMath';
import { matchText } from './text';
import { monthKeyOf, periodEndOf, periodStartOf } from './period';
import { followedCustomersOf } from './prefill';
import type { VisitCells } from './prefill';
import { landedDates } from './pipeline';
import type { StageCells } from './pipeline';

type Rec = Readonly<Record<string, CellValue | undefined>>;

/** Raw records by column key, as `recordsOf` gives them. */
export interface LedgerTables {
  readonly staff: readonly Rec[];
  readonly visits: readonly VisitCells[];
  readonly customers: readonly Rec[];
  readonly stageLog: readonly StageCells[];
  readonly revenue: readonly Rec[];
  readonly receivables: readonly Rec[];
  readonly targets: readonly Rec[];
}

interface Row {
  readonly owner: CellValue;
  /** _部门: the owner's 部门 in Staff, "" when unknown. */
  readonly dept: string;
  readonly r: Rec;
}

export interface Ledgers {
  readonly visits: readonly VisitCells[];
  readonly customers: readonly (Row & { readonly landed: number | null })[];
  readonly revenue: readonly (Row & { readonly month: number | null })[];
  readonly receivables: readonly Row[];
  readonly targets: readonly Rec[];
}

const v = (x: CellValue | undefined): CellValue => (x === undefined ? null : x);
const num = (x: CellValue | undefined): number => (typeof x === 'number' ? x : 0);
const text = (x: CellValue | undefined): string => (x === null || x === undefined ? '' : typeof x === 'boolean' ? (x ? 'TRUE' : 'FALSE') : String(x));

/** Staff 部门 by 姓名 (first row wins, as MATCH), case-insensitive: the _部门 helper. */
function deptLookup(staff: readonly Rec[]): (owner: CellValue) => string {
  const byName = new Map<string, string>();
  for (const s of staff) {
    if (typeof s.name !== 'string') continue;
    const k = s.name.toLowerCase();
    if (!byName.has(k)) byName.set(k, text(s.dept));
  }
  return (owner) => (typeof owner === 'string' && owner.trim() !== '' ? (byName.get(owner.toLowerCase()) ?? '') : '');
}

export function prepareLedgers(t: LedgerTables): Ledgers {
  const dept = deptLookup(t.staff);
  const landed = landedDates(t.stageLog);
  const row = (r: Rec): Row => ({ owner: v(r.owner), dept: dept(v(r.owner)), r });
  return {
    visits: t.visits,
    customers: t.customers.map((r) => ({
      ...row(r),
      landed: typeof r.name === 'string' && r.name.trim() !== '' ? (landed.get(r.name.toLowerCase()) ?? null) : null,
    })),
    revenue: t.revenue.map((r) => ({ ...row(r), month: monthKeyOf(v(r.period)) })),
    receivables: t.receivables.map(row),
    targets: t.targets,
  };
}

/** Who and when a Kpi row is about. `dept` is the member's 部门 ("" when none). */
export interface PrefillSubject {
  readonly period: CellValue;
  readonly staffId: CellValue;
  readonly name: string;
  readonly dept: string;
}

const sameDept = (row: Row, dept: string): boolean => row.dept !== '' && row.dept.toLowerCase() === dept.toLowerCase();
const before = (d: CellValue | undefined, limit: number): boolean => typeof d === 'number' && d < limit;
const within = (d: CellValue | undefined, first: number, last: number): boolean => typeof d === 'number' && d >= first && d < last + 1;

/**
 * The value a prefilled input's formula gives: a number, or "" (nothing to derive: no name, no valid
 * period, no department for a department figure, no Targets row or an empty target).
 * `rows` (optional) receives how many ledger rows the figure counts, for the Scoring page.
 */
export function derivePrefill(input: KpiInput, s: PrefillSubject, l: Ledgers): { value: CellValue; rows: number } {
  const none = { value: '' as CellValue, rows: 0 };
  const month = monthKeyOf(s.period);
  if (!input.prefill || month === null || s.name === '') return none;
  const [first, last] = [periodStartOf(month), periodEndOf(month)];
  const mine = (row: Row): boolean => matchText(row.owner, s.name);
  const sum = (rows: readonly Rec[], pick: (r: Rec) => number) => ({
    value: excelRound(rows.reduce((a, r) => a + pick(r), 0), 2),
    rows: rows.length,
  });
  const byDept = input.prefill.startsWith('dept') || input.prefill === 'collectionDue' || input.prefill === 'collected';
  if (byDept && s.dept === '') return none;
  switch (input.prefill) {
    case 'followedCustomers':
      return { value: followedCustomersOf(l.visits, s.name, first, last), rows: 0 };
    case 'newCustomers': {
      const n = l.customers.filter((c) => mine(c) && within(c.landed ?? undefined, first, last)).length;
      return { value: n, rows: n };
    }
    case 'deptLanded': {
      const n = l.customers.filter((c) => sameDept(c, s.dept) && within(c.landed ?? undefined, first, last)).length;
      return { value: n, rows: n };
    }
    case 'revenue':
      return sum(l.revenue.filter((r) => mine(r) && r.month === month).map((r) => r.r), (r) => num(r.revenue));
    case 'prevRevenue':
      return sum(l.revenue.filter((r) => mine(r) && r.month === month - 1).map((r) => r.r), (r) => num(r.revenue));
    case 'deptRevenue':
      return sum(l.revenue.filter((r) => sameDept(r, s.dept) && r.month === month).map((r) => r.r), (r) => num(r.revenue));
    case 'deptProfit':
      return sum(l.revenue.filter((r) => sameDept(r, s.dept) && r.month === month).map((r) => r.r), (r) => num(r.profit));
    case 'receivables':
    case 'overdue': {
      const rows = l.receivables
        .filter((r) => mine(r) && before(r.r.invoiceDate, last + 1) && (input.prefill === 'receivables' || before(r.r.dueDate, last)))
        .map((r) => r.r);
      const open = (r: Rec): number => num(r.amount) - (before(r.collectedDate, last + 1) ? num(r.collected) : 0);
      // The rows the Scoring page names are the invoices still open at E: one paid by then adds nothing.
      return { value: sum(rows, open).value, rows: rows.filter((r) => open(r) !== 0).length };
    }
    case 'collectionDue':
    case 'collected': {
      const rows = l.receivables.filter((r) => sameDept(r, s.dept) && within(r.r.dueDate, first, last)).map((r) => r.r);
      if (input.prefill === 'collectionDue') return sum(rows, (r) => num(r.amount));
      const paid = rows.filter((r) => before(r.collectedDate, last + 1));
      return sum(paid, (r) => num(r.collected));
    }
    case 'target': {
      const key = `${text(s.period)}|${text(s.staffId)}`.toLowerCase();
      const t = l.targets.find((r) => `${text(r.period)}|${text(r.staffId)}`.toLowerCase() === key);
      const value = t === undefined ? null : v(t[input.key]);
      return { value: value === null || (typeof value === 'string' && value === '') ? '' : value, rows: t === undefined ? 0 : 1 };
    }
  }
}

