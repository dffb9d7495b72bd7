import { ACTIVITIES, DIRECTOR, EXPENSES, HANDLED, NEEDS, OPEN, PROBLEMS, REMARKS, SERVICES, TOPICS } from './catalogue';
import { isWorkday } from './calendar';
import type { Rng } from './random';
import type { SampleRecord } from './rows';
import type { SampleCustomer } from './sampleCustomers';
import type { SampleStaff } from './sampleStaff';

/** The demo log covers the three months (13 weeks) before the sample date. */
export const VISIT_WINDOW_DAYS = 91;

export interface SampleVisit {
  readonly date: number;
  readonly reporter: string;
  readonly customer: SampleCustomer;
  interviewee: string;
  readonly plan: string;
  readonly result: string;
  readonly record: Record<string, string | number | null>;
}

type Weighted<T> = readonly (readonly [T, number])[];

function weighted<T>(rng: Rng, items: Weighted<T>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [v, w] of items) {
    x -= w;
    if (x < 0) return v;
  }
  return items[items.length - 1]![0];
}

const RESULTS_FIRST: Weighted<string> = [['B 有希望', 4], ['C 再度访问', 3], ['E 继续观察', 3]];
const RESULTS_USUAL: Weighted<string> = [['A 商谈成功', 15], ['B 有希望', 20], ['C 再度访问', 15], ['D 无希望', 5], ['E 继续观察', 45]];
const RESULTS_REVISIT: Weighted<string> = [['A 商谈成功', 30], ['B 有希望', 15], ['C 再度访问', 10], ['D 无希望', 5], ['E 继续观察', 40]];

const EARLY_STAGES = new Set(['确定对象', '信息搜集', '价值评估']);

function summaryOf(rng: Rng, plan: string, status: string | null, revisit: boolean): string {
  const prefix = revisit ? '回访:' : '';
  if (plan.startsWith('a')) return `${prefix}初次拜访,介绍我司${rng.pick(SERVICES)}方案,了解其${rng.pick(NEEDS)}需求`;
  if (plan.startsWith('b')) {
    const problem = rng.pick(PROBLEMS);
    return `${prefix}处理${problem}问题,${status === '已处理' ? rng.pick(HANDLED) : rng.pick(OPEN)}`;
  }
  return `${prefix}${rng.pick(ACTIVITIES)},沟通${rng.pick(TOPICS)}`;
}

/** The workdays of (day, day + 6]: a revisit on one of them is "within 7 days" by any reading. */
function revisitDays(day: number): number[] {
  const out: number[] = [];
  for (let d = day + 1; d <= day + 6; d++) if (isWorkday(d)) out.push(d);
  return out;
}

/**
 * About 300 visits over the window, workdays only. A B or C outcome schedules a revisit of the same
 * customer by the same reporter within six days, except about one in thirty (left unfollowed on
 * purpose, to show V-FOLLOWUP). Each reporter visits mostly their own customers, key accounts
 * more often, and only customers whose file exists by then.
 */
export function sampleVisits(rng: Rng, today: number, staff: readonly SampleStaff[], customers: readonly SampleCustomer[]): SampleVisit[] {
  const visits: SampleVisit[] = [];
  const scheduled = new Map<number, { reporter: SampleStaff; customer: SampleCustomer }[]>();
  const visitedCustomers = new Set<string>();
  const metDeciders = new Set<string>();

  const emit = (day: number, reporter: SampleStaff, customer: SampleCustomer, revisit: boolean): void => {
    const first = !visitedCustomers.has(customer.customerId);
    visitedCustomers.add(customer.customerId);
    const plan =
      first && (EARLY_STAGES.has(customer.seed.stage) || customer.createdDate > today - VISIT_WINDOW_DAYS)
        ? 'a 初次拜访'
        : rng.chance(revisit ? 0.4 : 0.25)
          ? 'b 处理问题'
          : 'c 建立关系';
    const result = weighted(rng, plan.startsWith('a') ? RESULTS_FIRST : revisit ? RESULTS_REVISIT : RESULTS_USUAL);
    const deciders = customer.contacts.filter((c) => c.role === '决策者' && !metDeciders.has(c.name));
    const interviewee = deciders.length > 0 && rng.chance(0.6) ? rng.pick(deciders).name : rng.pick(customer.contacts).name;
    metDeciders.add(interviewee);
    const status = plan.startsWith('b') ? (rng.chance(0.7) ? '已处理' : '未处理') : null;
    // A handful of visits without a summary, and then without an expense: no summary, no reimbursement.
    const noSummary = !revisit && rng.chance(0.03);
    const expense = !noSummary && rng.chance(0.55) ? rng.pick(EXPENSES) : null;
    const amount = expense ? rng.int(expense.min, expense.max) + (rng.chance(0.3) ? 0.5 : 0) : null;
    const manager = reporter.seed.manager;
    const companions = rng.chance(0.15) ? (manager ?? null) : null;
    visits.push({
      date: day,
      reporter: reporter.seed.name,
      customer,
      interviewee,
      plan,
      result,
      record: {
        date: day,
        reporter: reporter.seed.name,
        supervisor: manager,
        director: reporter.seed.name === DIRECTOR ? null : DIRECTOR,
        customer: customer.seed.name,
        interviewee,
        plan,
        summary: noSummary ? null : summaryOf(rng, plan, status, revisit),
        result,
        problemStatus: status,
        companions,
        expenseItem: expense ? expense.item : null,
        amount,
        remark: rng.chance(0.08) ? rng.pick(REMARKS) : null,
      },
    });
    if ((result.startsWith('B') || result.startsWith('C')) && rng.chance(0.97)) {
      // A revisit after today is not due yet, so V-FOLLOWUP would not check it either.
      const when = rng.pick(revisitDays(day));
      if (when <= today) scheduled.set(when, [...(scheduled.get(when) ?? []), { reporter, customer }]);
    }
  };

  for (let day = today - VISIT_WINDOW_DAYS; day <= today; day++) {
    if (!isWorkday(day)) continue;
    const seen = new Set<string>();
    for (const s of scheduled.get(day) ?? []) {
      const k = `${s.reporter.seed.name}|${s.customer.customerId}`;
      if (seen.has(k)) continue;
      seen.add(k);
      emit(day, s.reporter, s.customer, true);
    }
    for (const reporter of staff) {
      if (reporter.hireDate > day) continue;
      const open = customers.filter((c) => c.createdDate <= day);
      const own = open.filter((c) => c.seed.owner === reporter.seed.name);
      const count = Math.floor(reporter.seed.visitRate + rng.next());
      for (let n = 0; n < count; n++) {
        const pool = own.length > 0 && rng.chance(0.8) ? own : open;
        // Key accounts are visited about three times as often.
        const customer = weighted(rng, pool.map((c) => [c, c.key ? 3 : 1] as const));
        const k = `${reporter.seed.name}|${customer.customerId}`;
        if (seen.has(k)) continue;
        seen.add(k);
        emit(day, reporter, customer, false);
      }
    }
  }
  coverDeciders(visits, customers);
  return visits;
}

/**
 * Makes sure every decider of a key account has been met at least once (C-DECIDERS), by naming
 * them as the person met on a visit of that customer that met someone else who was met again.
 */
function coverDeciders(visits: SampleVisit[], customers: readonly SampleCustomer[]): void {
  for (const c of customers.filter((x) => x.key)) {
    const mine = visits.filter((v) => v.customer === c);
    for (const d of c.contacts.filter((x) => x.role === '决策者')) {
      if (mine.some((v) => v.interviewee === d.name)) continue;
      const counts = new Map<string, number>();
      for (const v of mine) counts.set(v.interviewee, (counts.get(v.interviewee) ?? 0) + 1);
      const isDecider = (name: string): boolean => c.contacts.some((x) => x.role === '决策者' && x.name === name);
      const spare =
        mine.find((v) => (counts.get(v.interviewee) ?? 0) > 1 && !isDecider(v.interviewee)) ??
        mine.find((v) => !isDecider(v.interviewee)) ??
        mine.find((v) => (counts.get(v.interviewee) ?? 0) > 1);
      // Only a key account without visits has no spare; then there is nothing to rename.
      if (!spare) continue;
      counts.set(spare.interviewee, (counts.get(spare.interviewee) ?? 0) - 1);
      spare.interviewee = d.name;
      spare.record.interviewee = d.name;
    }
  }
}

/** One VisitDaily row per (date, reporter) that has visits, by date and then staff order. */
export function sampleVisitDaily(visits: readonly SampleVisit[], staff: readonly SampleStaff[]): SampleRecord[] {
  const order = new Map(staff.map((s, i) => [s.seed.name, i]));
  const pairs = new Map<string, { date: number; reporter: string }>();
  for (const v of visits) pairs.set(`${v.date}|${v.reporter}`, { date: v.date, reporter: v.reporter });
  return [...pairs.values()]
    .sort((a, b) => a.date - b.date || (order.get(a.reporter) ?? 0) - (order.get(b.reporter) ?? 0))
    .map((p) => ({ date: p.date, reporter: p.reporter }));
}
