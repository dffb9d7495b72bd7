/**
 * Demo rows of the pipeline and the ledgers (StageLog, Revenue, Receivables), built so that the
 * pre-fill formulas of the sample's Kpi rows give the figures of samplePlan.ts exactly:
 *
 * - every customer walks the development stages from its file's creation up to its current stage;
 *   the customers of LANDINGS land (已成交) in a scored month, the other landed ones before month −1;
 * - a landed customer books revenue every month from its landing (months −1 … 2); each member's
 *   monthly total is the plan's, split over their landed customers by 月业务量;
 * - every Revenue row is invoiced on the month's last workday, due on the 25th of the next month and
 *   paid by then (if that is not after today), so it is open at its own month's end only;
 * - each overdue figure of the plan is one more invoice, issued early in its month with a two-week
 *   term and paid on the next month's first workday, except one still unpaid at the sample date
 *   (UNPAID_OVERDUE, A-COLLECT holds) and one paid in part (PARTLY_PAID).
 */
import { periodEndOf, periodOfMonthKey, periodOfSerial, periodStartOf, monthKeyOf } from '../kpi/period';
import { workdayOnOrAfter, workdayOnOrBefore } from './calendar';
import { STAFF_SEEDS } from './catalogue';
import type { Rng } from './random';
import type { SampleRecord } from './rows';
import type { SampleCustomer } from './sampleCustomers';
import { DEPT_PROFIT, LANDINGS, PARTLY_PAID, STAFF_PLAN, UNPAID_OVERDUE } from './samplePlan';

const PATH = ['确定对象', '信息搜集', '价值评估', '建立关系', '促成成交', '已成交'] as const;
const NEXT_STEP: Readonly<Record<string, string>> = {
  确定对象: '收集客户组织架构与物流需求',
  信息搜集: '完成价值评估表',
  价值评估: '拜访决策层,建立关系',
  建立关系: '提交方案与报价',
  促成成交: '商务谈判,签订合同',
  已成交: '首月运作回顾',
  暂缓: '保持季度联系',
};

export interface SampleLedgers {
  readonly stageLog: SampleRecord[];
  readonly revenue: SampleRecord[];
  readonly receivables: SampleRecord[];
}

/** The stages a customer has passed, ending with its current one (暂缓 after 信息搜集 or 价值评估). */
function pathTo(stage: string): string[] {
  const i = PATH.indexOf(stage as (typeof PATH)[number]);
  if (i >= 0) return PATH.slice(0, i + 1);
  return [...PATH.slice(0, 3), stage];
}

/** Splits `total` (2 decimals) by `weights`, in whole cents, the rounding remainder on the last share. */
export function splitCents(total: number, weights: readonly number[]): number[] {
  const cents = Math.round(total * 100);
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((cents * w) / sum));
  shares[shares.length - 1]! += cents - shares.reduce((a, b) => a + b, 0);
  return shares.map((c) => c / 100);
}

const STAFF_BY_NAME = new Map(STAFF_SEEDS.map((s) => [s.name, s]));

export function sampleLedgers(rng: Rng, today: number, customers: readonly SampleCustomer[]): SampleLedgers {
  const current = monthKeyOf(periodOfSerial(today)) as number;
  /** Month key of month index k (−1 … 2; 2 is the month before today's). */
  const keyOf = (k: number): number => current - 3 + k;
  const stageLog: SampleRecord[] = [];
  const landedIn = new Map<SampleCustomer, number>();

  for (const c of customers) {
    const stages = pathTo(c.seed.stage);
    const landed = stages[stages.length - 1] === '已成交';
    const landing = LANDINGS[c.seed.name];
    let end: number;
    if (landed && landing !== undefined) {
      const start = periodStartOf(keyOf(landing));
      end = workdayOnOrAfter(start + rng.int(2, 20));
    } else if (landed) {
      end = workdayOnOrBefore(periodStartOf(keyOf(-1)) - rng.int(15, 200));
    } else {
      end = today - rng.int(20, 200);
    }
    const start = c.createdDate;
    const span = Math.max(stages.length, Math.min(end, today) - start);
    stages.forEach((stage, i) => {
      const date = Math.min(today, Math.max(start, Math.round(start + (span * i) / Math.max(1, stages.length - 1))));
      const last = i === stages.length - 1;
      stageLog.push({
        customer: c.seed.name,
        date: last && landed ? Math.max(start, end) : date,
        stage,
        nextStep: NEXT_STEP[stage] ?? null,
        nextVisit: last && !landed ? today + rng.int(5, 30) : null,
        recorder: c.record.owner ?? null,
        remark: i === 0 ? '建档' : null,
      });
    });
    if (landed) landedIn.set(c, monthKeyOf(periodOfSerial(stageLog[stageLog.length - 1]!.date as number)) as number);
  }

  // Revenue: each member's monthly total over their customers landed by then, by 月业务量.
  const amounts = new Map<string, number>();
  const cell = (c: SampleCustomer, k: number): string => `${c.customerId}|${k}`;
  for (const [id, plan] of Object.entries(STAFF_PLAN)) {
    const name = STAFF_SEEDS.find((s) => s.staffId === id)?.name;
    for (let k = -1; k <= 2; k++) {
      const mine = [...landedIn].filter(([c, key]) => c.seed.owner === name && key <= keyOf(k)).map(([c]) => c);
      const total = plan.revenue[k + 1]!;
      if (mine.length === 0) {
        if (total !== 0) throw new Error(`sample plan: ${id} has revenue in month ${k} but no landed customer`);
        continue;
      }
      splitCents(total, mine.map((c) => c.seed.volume ?? 10)).forEach((a, i) => amounts.set(cell(mine[i]!, k), a));
    }
  }
  const revenue: (SampleRecord & { revenue: number; k: number; dept: string })[] = [];
  for (const [c] of landedIn) {
    for (let k = -1; k <= 2; k++) {
      const amount = amounts.get(cell(c, k));
      if (amount === undefined) continue;
      const dept = STAFF_BY_NAME.get(c.seed.owner)?.dept ?? '';
      revenue.push({ period: periodOfMonthKey(keyOf(k)), customer: c.seed.name, owner: c.record.owner ?? null, revenue: amount, profit: null, remark: null, k, dept });
    }
  }
  // Profit: the plan's department total split by revenue; elsewhere a margin of 8–20 %.
  const profit = new Map<object, number>();
  for (const [dept, totals] of Object.entries(DEPT_PROFIT)) {
    for (let k = -1; k <= 2; k++) {
      const rows = revenue.filter((r) => r.dept === dept && r.k === k);
      if (rows.length > 0) splitCents(totals[k + 1]!, rows.map((r) => r.revenue)).forEach((p, i) => profit.set(rows[i]!, p));
    }
  }
  const revenueRows: SampleRecord[] = revenue.map((r) => {
    const { k: _k, dept: _dept, ...rest } = r;
    return { ...rest, profit: profit.get(r) ?? Math.round(r.revenue * (8 + rng.next() * 12)) / 100 };
  });

  // Receivables: one invoice per Revenue row, then the plan's overdue invoices.
  const receivables: SampleRecord[] = [];
  const nextId = (): string => `FP-${String(receivables.length + 1).padStart(4, '0')}`;
  for (const r of revenue) {
    const key = keyOf(r.k);
    const due = periodStartOf(key + 1) + 24;
    const paidOn = workdayOnOrBefore(due - rng.int(0, 4));
    const paid = paidOn <= today;
    receivables.push({
      invoiceId: nextId(),
      customer: r.customer,
      owner: r.owner,
      invoiceDate: workdayOnOrBefore(periodEndOf(key)),
      dueDate: due,
      amount: r.revenue,
      collectedDate: paid ? paidOn : null,
      collected: paid ? r.revenue : null,
      remark: null,
    });
  }
  for (let k = 0; k <= 2; k++) {
    for (const [id, plan] of Object.entries(STAFF_PLAN)) {
      const amount = plan.overdue?.[k];
      if (amount === undefined || amount === 0) continue;
      const seed = STAFF_SEEDS.find((s) => s.staffId === id);
      // The member's biggest customer landed by then.
      const customer = [...landedIn]
        .filter(([c, key]) => c.seed.owner === seed?.name && key <= keyOf(k))
        .map(([c]) => c)
        .sort((a, b) => (b.seed.volume ?? 0) - (a.seed.volume ?? 0))[0];
      if (!customer) throw new Error(`sample plan: ${id} has an overdue invoice in month ${k} but no landed customer`);
      const key = keyOf(k);
      const invoiced = workdayOnOrAfter(periodStartOf(key) + 1);
      const unpaid = k === 2 && id === UNPAID_OVERDUE;
      const partly = k === 2 && id === PARTLY_PAID;
      const paidOn = Math.min(today, workdayOnOrAfter(periodEndOf(key) + 1));
      receivables.push({
        invoiceId: nextId(),
        customer: customer.seed.name,
        owner: customer.record.owner ?? null,
        invoiceDate: invoiced,
        dueDate: invoiced + 14,
        amount,
        collectedDate: unpaid ? null : paidOn,
        collected: unpaid ? null : partly ? Math.round(amount * 50) / 100 : amount,
        remark: unpaid ? '项目尾款,客户资金紧张,已催收' : partly ? '项目尾款,部分回款' : '项目尾款,逾期后回款',
      });
    }
  }
  return { stageLog, revenue: revenueRows, receivables };
}
