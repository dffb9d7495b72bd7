/**
 * Demo rows of the pipeline and the ledgers (StageLog, Revenue, Receivables): every customer walks
 * the development stages from its file's creation up to its current stage; the customers that
 * landed (已成交) book revenue every month since, and are invoiced monthly. Several land within the
 * three scored months, so 实际新(增)客户数 has something to count; one invoice is overdue and one was
 * collected only in part.
 */
import { periodEndOf, periodOfMonthKey, periodOfSerial, periodStartOf, monthKeyOf } from '../kpi/period';
import { workdayOnOrBefore } from './calendar';
import type { Rng } from './random';
import type { SampleRecord } from './rows';
import type { SampleCustomer } from './sampleCustomers';

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

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The stages a customer has passed, ending with its current one (暂缓 after 信息搜集 or 价值评估). */
function pathTo(stage: string): string[] {
  const i = PATH.indexOf(stage as (typeof PATH)[number]);
  if (i >= 0) return PATH.slice(0, i + 1);
  return [...PATH.slice(0, 3), stage];
}

export function sampleLedgers(rng: Rng, today: number, customers: readonly SampleCustomer[]): SampleLedgers {
  const current = monthKeyOf(periodOfSerial(today)) as number;
  const stageLog: SampleRecord[] = [];
  const revenue: SampleRecord[] = [];
  const receivables: SampleRecord[] = [];
  let landedRecently = 0;
  let invoice = 0;
  let overdueDone = false;
  let partialDone = false;
  customers.forEach((c, ci) => {
    const owner = c.record.owner ?? null;
    const stages = pathTo(c.seed.stage);
    const landed = stages[stages.length - 1] === '已成交';
    // Every other landed customer lands within the scored months (1–3 months before today's), the
    // others long ago; a customer's stages are spread between its file's creation and its landing.
    const recent = landed && ci % 2 === 1 && landedRecently < 4;
    if (recent) landedRecently++;
    const landMonth = recent ? current - 1 - (landedRecently % 3) : null;
    const end = landMonth !== null ? workdayOnOrBefore(periodStartOf(landMonth) + rng.int(3, 24)) : today - rng.int(20, 200);
    const start = c.createdDate;
    const span = Math.max(stages.length, Math.min(end, today) - start);
    stages.forEach((stage, i) => {
      const date = Math.min(today, Math.max(start, Math.round(start + (span * i) / Math.max(1, stages.length - 1))));
      const last = i === stages.length - 1;
      stageLog.push({
        customer: c.seed.name,
        date: last && landMonth !== null ? end : date,
        stage,
        nextStep: NEXT_STEP[stage] ?? null,
        nextVisit: last && !landed ? today + rng.int(5, 30) : null,
        recorder: owner,
        remark: i === 0 ? '建档' : null,
      });
    });
    if (!landed) return;
    const landedAt = stageLog[stageLog.length - 1]!.date as number;
    const landKey = monthKeyOf(periodOfSerial(landedAt)) as number;
    const volume = c.seed.volume ?? 10;
    // Revenue and invoices for the four months before today's (the scored three and the one before).
    for (let key = Math.max(landKey, current - 4); key < current; key++) {
      const amount = round2(volume * (0.8 + rng.next() * 0.4));
      revenue.push({ period: periodOfMonthKey(key), customer: c.seed.name, owner, revenue: amount, profit: round2(amount * (0.08 + rng.next() * 0.12)), remark: null });
      invoice++;
      const invoiced = workdayOnOrBefore(periodEndOf(key));
      const due = invoiced + 30;
      // One invoice of three months ago is still unpaid (overdue); one of two months ago was paid in part.
      const overdue = !overdueDone && key === current - 3;
      const partial = !partialDone && key === current - 2;
      overdueDone ||= overdue;
      partialDone ||= partial;
      const paid = !overdue && due + 3 <= today;
      receivables.push({
        invoiceId: `FP-${String(invoice).padStart(4, '0')}`,
        customer: c.seed.name,
        owner,
        invoiceDate: invoiced,
        dueDate: due,
        amount,
        collectedDate: paid ? Math.min(today, due + rng.int(-5, 3)) : null,
        collected: paid ? (partial ? round2(amount / 2) : amount) : null,
        remark: overdue ? '客户资金紧张,已催收' : partial ? '部分回款' : null,
      });
    }
  });
  return { stageLog, revenue, receivables };
}

