/**
 * Random and boundary ledger rows for the parity test (StageLog, Revenue, Receivables, Targets):
 * invoices collected exactly on a period's last day, partial collections, due dates equal to the
 * period end, customers landed twice (and on the same day as another stage), rows out of order,
 * targets missing, empty or changed late. Seeded, so every run is the same.
 */
import type { Rng } from '../../src/core/sample/random';
import type { CellValue } from '../../src/core/port/types';
import { serialOf } from '../../src/core/kpi/dates';
import { periodEndOf, periodOfMonthKey, periodStartOf } from '../../src/core/kpi/period';
import type { TestRecord } from './book';
import type { CustomerRec, StaffRec } from './gen';

const STAGES = ['确定对象', '信息搜集', '价值评估', '建立关系', '促成成交', '已成交', '暂缓', '流失'];
const round2 = (x: number) => Math.round(x * 100) / 100;

export function genStageLog(rng: Rng, customers: readonly CustomerRec[], first: number, last: number): TestRecord[] {
  const out: TestRecord[] = [];
  for (const c of customers) {
    const n = rng.int(0, 4);
    for (let i = 0; i < n; i++) {
      const key = rng.int(first - 1, last + 1);
      const day = rng.chance(0.2) ? periodEndOf(key) : rng.chance(0.1) ? periodStartOf(key) : periodStartOf(key) + rng.int(0, 27);
      const r = rng.next();
      const date: CellValue = r < 0.03 ? 'abc' : r < 0.05 ? null : r < 0.1 ? day + 0.5 : day;
      out.push({ customer: rng.chance(0.05) ? c.name.toUpperCase() : c.name, date, stage: rng.pick(STAGES), recorder: c.owner });
      // Landed twice, or a second row on the same day (the later row wins 开发阶段).
      if (rng.chance(0.1)) out.push({ customer: c.name, date: typeof date === 'number' ? date : day, stage: rng.pick(['已成交', '暂缓']), recorder: c.owner });
    }
  }
  out.push({ customer: '无此客户', date: serialOf(2025, 3, 3), stage: '已成交', recorder: null });
  return rng.shuffle(out);
}

export function genRevenue(rng: Rng, owners: readonly string[], first: number, last: number, n: number): TestRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const key = rng.int(first - 2, last + 1);
    const r = rng.next();
    return {
      period: r < 0.03 ? rng.pick(['2026-13', ' 2026-01', 202601]) : periodOfMonthKey(key),
      customer: `客户${(i % 50) + 1}`,
      owner: rng.chance(0.93) ? rng.pick(owners) : rng.pick(['外人', null]),
      revenue: rng.chance(0.03) ? rng.pick(['abc', null]) : round2(rng.int(0, 20000) / 100),
      profit: rng.chance(0.1) ? null : round2(rng.int(0, 3000) / 100),
    };
  });
}

export function genReceivables(rng: Rng, owners: readonly string[], first: number, last: number, n: number): TestRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const key = rng.int(first - 2, last + 1);
    const start = periodStartOf(key);
    const end = periodEndOf(key);
    const invoiceDate = rng.chance(0.15) ? end : start + rng.int(0, 27);
    const d = rng.next();
    const dueDate = d < 0.15 ? end : d < 0.25 ? periodEndOf(key + 1) : invoiceDate + rng.int(0, 60);
    const amount = round2(rng.int(1, 10000) / 100);
    const c = rng.next();
    // Collected on a period's last day, on the due date, later, partly, or not at all.
    const collectedDate: CellValue = c < 0.2 ? periodEndOf(key + rng.int(0, 2)) : c < 0.35 ? dueDate : c < 0.7 ? invoiceDate + rng.int(0, 90) : null;
    const collected = collectedDate === null ? null : rng.chance(0.3) ? round2(amount * rng.int(1, 99) / 100) : amount;
    return {
      invoiceId: `FP-${i + 1}`,
      customer: `客户${(i % 50) + 1}`,
      owner: rng.chance(0.93) ? rng.pick(owners) : '外人',
      invoiceDate,
      dueDate,
      amount,
      collectedDate,
      collected,
    };
  });
}

/** Targets for most staff-months; some missing, some cells empty, some set late (T-CHANGE). */
export function genTargets(rng: Rng, staff: readonly StaffRec[], first: number, last: number): TestRecord[] {
  const out: TestRecord[] = [];
  for (const s of staff) {
    for (let key = first; key <= last; key++) {
      if (rng.chance(0.1)) continue;
      const money = () => (rng.chance(0.05) ? null : rng.pick([0, round2(rng.int(100, 50000) / 100)]));
      const count = () => (rng.chance(0.05) ? null : rng.int(0, 8));
      const late = rng.chance(0.1);
      out.push({
        period: periodOfMonthKey(key),
        staffId: rng.chance(0.05) ? s.staffId.toLowerCase() : s.staffId,
        planSales: money(),
        planNewCustomers: count(),
        revenueTarget: money(),
        newTarget: count(),
        deptTarget: money(),
        deptRevenueTarget: money(),
        landedTarget: count(),
        setBy: '总监',
        setDate: late ? periodStartOf(key) + 10 : periodStartOf(key) - 1,
        changeApproval: late ? rng.pick(['同意', '待审批', null]) : null,
      });
    }
  }
  return rng.shuffle(out);
}
