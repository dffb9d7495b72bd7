/**
 * The reference scorer (SPEC §4): pure, and the oracle for the workbook's formulas. The parity test
 * (test/kpi/parity.test.ts) checks that LibreOffice, computing the compiled formulas, agrees with it.
 */
import type { CellValue } from '../port/types';
import type { ParamMap } from './params';
import { paramOf } from './params';
import type { Grade, KpiStatus, Scheme } from './types';
import { STATUS } from './types';
import type { InputProblem } from './inputs';
import { inputProblems, isEmptyCell } from './inputs';
import { itemScore, totalOf } from './items';
import { monthKeyOf, periodEndOf } from './period';
import { edate } from './dates';

/** What the scorer needs of the Staff row that a Kpi row's 工号 finds (raw cell values). */
export interface StaffInfo {
  readonly position: CellValue;
  readonly rank: CellValue;
  readonly hireDate: CellValue;
  readonly transferDate: CellValue;
}

export interface KpiRowInput {
  readonly period: CellValue;
  readonly staffId: CellValue;
  /** Input cells by column key. */
  readonly inputs: Readonly<Record<string, CellValue | undefined>>;
}

export interface RowScore {
  readonly status: KpiStatus;
  /** Item scores in scheme order; only when the status is 正常. */
  readonly items: readonly number[] | null;
  readonly total: number | null;
  readonly grade: Grade | null;
  /** Month key of a valid period, else null. */
  readonly monthKey: number | null;
  /** Why the row is 待录入 or 输入有误 (empty for 正常 and 免考 rows). */
  readonly problems: readonly InputProblem[];
  /**
   * The row itself is the problem: a malformed period, a 工号 not in Staff, or a second row of the
   * same 工号 and period in the table.
   */
  readonly rowProblem: 'period' | 'staff' | 'duplicate' | null;
}

/**
 * Exempt (SPEC §4, 004 ch. 3-3.1) for a period ending on `last`: hire ≤ last < EDATE(hire, 3) or
 * transfer ≤ last < EDATE(transfer, 2). Dates that are not numbers exempt nothing.
 */
export function isExempt(staff: StaffInfo, last: number, params: ParamMap): boolean {
  const within = (start: CellValue, months: number): boolean =>
    typeof start === 'number' && start <= last && last < edate(start, months);
  return (
    within(staff.hireDate, paramOf(params, 'exempt.newHireMonths')) ||
    within(staff.transferDate, paramOf(params, 'exempt.transferMonths'))
  );
}

/**
 * One row, without the run of D grades (which needs the other rows): see scoreRows. `duplicate`
 * says that the table has another row of the same 工号 and period (scoreRows works it out).
 */
export function scoreRow(
  scheme: Scheme,
  row: KpiRowInput,
  staff: StaffInfo | undefined,
  params: ParamMap,
  duplicate = false,
): RowScore {
  const monthKey = monthKeyOf(row.period);
  const last = monthKey === null ? null : periodEndOf(monthKey);
  const base = { items: null, total: null, grade: null, monthKey } as const;
  if (staff && last !== null && isExempt(staff, last, params)) {
    return { ...base, status: STATUS.exempt, problems: [], rowProblem: null };
  }
  const problems = inputProblems(scheme, row.inputs, params, last);
  const rowEmpty = isEmptyCell(row.period) || isEmptyCell(row.staffId);
  if (rowEmpty || problems.some((p) => p.kind === 'empty')) {
    return { ...base, status: STATUS.pending, problems: problems.filter((p) => p.kind === 'empty'), rowProblem: null };
  }
  const rowProblem = monthKey === null ? 'period' : staff === undefined ? 'staff' : duplicate ? 'duplicate' : null;
  if (rowProblem || problems.length > 0 || last === null || staff === undefined) {
    return { ...base, status: STATUS.invalid, problems, rowProblem };
  }
  const position = typeof staff.position === 'string' ? staff.position : null;
  const items = scheme.items.map((item) => itemScore(item, { inputs: row.inputs, params, periodEnd: last, position }));
  const total = totalOf(items);
  return { status: STATUS.ok, items, total, grade: gradeOf(total, params), monthKey, problems: [], rowProblem: null };
}

export function gradeOf(total: number, params: ParamMap): Grade {
  if (total >= paramOf(params, 'grade.A')) return 'A';
  if (total >= paramOf(params, 'grade.B')) return 'B';
  if (total >= paramOf(params, 'grade.C')) return 'C';
  return 'D';
}

/**
 * 连续D次数: consecutive months ending with this one graded D, this one included. `dMonths` holds
 * the month keys in which this staff member has a D row in the same table. A month without a D row
 * (missing, exempt, not yet entered, input errors, or another grade) ends the run. There is no
 * upper limit (the formula counts "gaps and islands", see compile.ts).
 */
export function runOfD(grade: Grade | null, monthKey: number | null, dMonths: ReadonlySet<number>): number {
  if (grade !== 'D' || monthKey === null) return 0;
  let run = 1;
  while (dMonths.has(monthKey - run)) run++;
  return run;
}

export const SUGGESTIONS = {
  dismiss: '调岗或解除劳动关系',
  assess: '评估胜任度,不胜任则调岗',
  demote: '降级',
  warn: '警告',
} as const;

/** The rank that gets a warning at the first D (Staff 职级). */
export const MANAGER_RANK = '副经理及以上';

/**
 * 处理建议 (004 ch. 3-3.2). Any rank other than 副经理及以上 follows the 员工级 rules, so an
 * unknown rank never produces a harsher consequence.
 */
export function suggestion(rank: CellValue, run: number): string {
  const manager = rank === MANAGER_RANK;
  if (run >= 3) return SUGGESTIONS.dismiss;
  if (run === 2) return manager ? SUGGESTIONS.demote : SUGGESTIONS.assess;
  if (run === 1 && manager) return SUGGESTIONS.warn;
  return '';
}

export interface ScoredRow extends RowScore {
  readonly run: number;
  readonly suggestion: string;
}

/** Finds staff by 工号 the way MATCH does: case-insensitive text, first row wins. */
export interface StaffDirectory {
  find(staffId: CellValue): StaffInfo | undefined;
}

export function staffKey(id: CellValue): string | null {
  if (typeof id === 'string') return `s:${id.toLowerCase()}`;
  if (typeof id === 'number') return `n:${id}`;
  return null;
}

export function staffDirectory(rows: readonly (StaffInfo & { readonly staffId: CellValue })[]): StaffDirectory {
  const byId = new Map<string, StaffInfo>();
  for (const r of rows) {
    const k = staffKey(r.staffId);
    if (k !== null && !byId.has(k)) byId.set(k, r);
  }
  return {
    find: (id) => {
      const k = staffKey(id);
      return k === null ? undefined : byId.get(k);
    },
  };
}

/** Every row of one scheme's table, runs of D and suggestions included. */
export function scoreRows(
  scheme: Scheme,
  rows: readonly KpiRowInput[],
  staff: StaffDirectory,
  params: ParamMap,
): ScoredRow[] {
  const perMonth = new Map<string, number>();
  const monthId = (r: KpiRowInput): string | null => {
    const k = staffKey(r.staffId);
    const m = monthKeyOf(r.period);
    return k === null || m === null ? null : `${k}|${m}`;
  };
  for (const r of rows) {
    const id = monthId(r);
    if (id !== null) perMonth.set(id, (perMonth.get(id) ?? 0) + 1);
  }
  const scored = rows.map((r) => {
    const id = monthId(r);
    return scoreRow(scheme, r, staff.find(r.staffId), params, id !== null && (perMonth.get(id) ?? 0) > 1);
  });
  const dMonths = new Map<string, Set<number>>();
  scored.forEach((s, i) => {
    const k = staffKey(rows[i].staffId);
    if (s.grade !== 'D' || s.monthKey === null || k === null) return;
    const set = dMonths.get(k) ?? new Set<number>();
    set.add(s.monthKey);
    dMonths.set(k, set);
  });
  return scored.map((s, i) => {
    const k = staffKey(rows[i].staffId);
    const run = runOfD(s.grade, s.monthKey, (k !== null && dMonths.get(k)) || new Set());
    return { ...s, run, suggestion: suggestion(staff.find(rows[i].staffId)?.rank ?? null, run) };
  });
}
