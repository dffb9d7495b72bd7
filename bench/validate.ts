/**
 * Validation engine on a large synthetic workbook: 50,000 visits, 5,000 customers, 20,000
 * contacts, 5,000 customer-value rows, 60 staff, and 10,000 follow-ups plus one for most B/C visits
 * (about 30,000 in all). The data is mostly valid with a realistic sprinkle of problems (a few
 * hundred to a few thousand), since producing each message has a cost too. Target: under 0.5 s
 * for validateWorkbook on a 2-core machine; wall time depends on what else the machine runs, so
 * the CPU time and the load average are reported beside it. Prints nothing; bench/run.ts prints.
 */
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { WORKBOOK_MODEL } from '../src/core/model/workbook';
import { textIn } from '../src/core/model/types';
import type { TableSpec } from '../src/core/model/types';
import type { CellValue, TableData } from '../src/core/port/types';
import { validateWorkbook } from '../src/core/validate';
import { serialOf } from '../src/core/validate/dates';

type Row = Record<string, CellValue>;

const TODAY = serialOf(2026, 11, 20);
const POSITIONS = ['大客户经理', '大客户专员', '项目营销经理', '项目营销高级经理', '项目营销副总经理'];
const PLANS = ['a 初次拜访', 'b 处理问题', 'c 建立关系'];
const RESULTS = ['A 商谈成功', 'B 有希望', 'C 再度访问', 'D 无希望', 'E 继续观察'];
const ROLES = ['决策者', '把关者', '使用者', '采购者', '影响者'];

/** A small deterministic generator, so that every run checks the same workbook. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function table(spec: TableSpec, sheet: string, rows: Row[]): TableData {
  const headers = spec.columns.map((c) => textIn(c.header, 'zh-CN'));
  return {
    name: spec.name,
    sheet,
    headerRow: 1,
    firstCol: 1,
    headers,
    rowCount: rows.length,
    rows: rows.map((r) => spec.columns.map((c) => r[c.key] ?? null)),
  };
}

export function syntheticWorkbook(sizes = { staff: 60, customers: 5000, contacts: 20000, visits: 50000, followUps: 10000 }): TableData[] {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const staffNames = Array.from({ length: sizes.staff }, (_, i) => `员工${i + 1}`);
  const rows: Record<string, Row[]> = {
    Staff: staffNames.map((name, i) => ({
      staffId: `E${String(i + 1).padStart(3, '0')}`,
      name,
      position: i === 0 ? '项目部负责人' : pick(POSITIONS),
      rank: '员工级',
      manager: i === 0 ? null : staffNames[0]!,
      hireDate: serialOf(2020, 1, 1),
      scheme: 'S1',
      active: '是',
    })),
    Customers: Array.from({ length: sizes.customers }, (_, i) => ({
      customerId: `KH-${String(i + 1).padStart(5, '0')}`,
      createdDate: serialOf(2025, 1, 1) + (i % 600),
      name: `客户${i + 1}有限公司`,
      industry: '物流',
      phone: `021-${String(50000000 + i)}`,
      monthlyVolume: Math.round(rand() * 1500) / 100,
      owner: pick(staffNames),
      successRate: Math.round(rand() * 100),
    })),
  };
  const customerName = (i: number): string => `客户${i + 1}有限公司`;
  const customerId = (i: number): string => `KH-${String(i + 1).padStart(5, '0')}`;
  rows.Contacts = Array.from({ length: sizes.contacts }, (_, i) => ({
    customerId: customerId(i % sizes.customers),
    name: `联系人${i}`,
    phone: `+86 138 ${String(10000000 + i)}`,
    role: pick(ROLES),
    insider: rand() < 0.3 ? '是' : '否',
    closeness: 1 + Math.floor(rand() * 5),
  }));
  rows.CustomerValue = Array.from({ length: sizes.customers }, (_, i) => {
    const r: Row = { customerId: customerId(i), date: serialOf(2026, 6, 1) };
    for (const k of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) r[`rating${k}`] = 1 + Math.floor(rand() * 5);
    return r;
  });
  rows.Visits = Array.from({ length: sizes.visits }, (_, i) => ({
    date: TODAY - 1 - Math.floor(rand() * 300),
    reporter: pick(staffNames),
    customer: customerName(Math.floor(rand() * sizes.customers)),
    interviewee: `联系人${Math.floor(rand() * sizes.contacts)}`,
    plan: pick(PLANS),
    summary: i % 50 === 0 ? null : '沟通项目进展',
    result: pick(RESULTS),
    problemStatus: '已处理',
    amount: i % 3 === 0 ? 120 : null,
  }));
  const visitsOut = rows.Visits;
  rows.FollowUps = Array.from({ length: sizes.followUps }, () => ({
    customerId: customerId(Math.floor(rand() * sizes.customers)),
    date: TODAY - Math.floor(rand() * 300),
    progress: '跟进中',
    follower: pick(staffNames),
  }));
  // As in practice, most B/C visits are followed up within 7 days; 2 % are not (V-FOLLOWUP).
  visitsOut.forEach((v, i) => {
    if ((v.result === RESULTS[1] || v.result === RESULTS[2]) && i % 50 !== 1) {
      const c = Number(String(v.customer).replace(/\D/g, '')) - 1;
      rows.FollowUps!.push({ customerId: customerId(c), date: (v.date as number) + 1 + (i % 6), progress: '跟进中', follower: v.reporter ?? null });
    }
  });
  const out: TableData[] = [];
  for (const s of WORKBOOK_MODEL.sheets) for (const t of s.tables) out.push(table(t, textIn(s.name, 'zh-CN'), rows[t.name] ?? []));
  return out;
}

export async function benchValidate(): Promise<Record<string, number | string>> {
  const tables = syntheticWorkbook();
  const cells = tables.reduce((n, t) => n + t.rows.length * t.headers.length, 0);
  const opts = { lang: 'zh-CN' as const, today: TODAY };
  let problems = validateWorkbook(WORKBOOK_MODEL, tables, opts); // warm-up: JIT and lazy indexes
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    problems = validateWorkbook(WORKBOOK_MODEL, tables, opts);
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const byRule = new Map<string, number>();
  for (const p of problems) byRule.set(p.rule, (byRule.get(p.rule) ?? 0) + 1);
  return {
    'rows: visits / customers / contacts / follow-ups': [50000, 5000, 20000, tables.find((t) => t.name === 'FollowUps')?.rows.length ?? 0].join(' / '),
    'cells in the checked tables': cells,
    'problems found': problems.length,
    'problems by rule': [...byRule].map(([r, n]) => `${r} ${n}`).join(', '),
    'engine time, median of 5 (ms)': times[2]!,
    'engine time, best of 5 (ms)': times[0]!,
    'engine CPU time, median of 5 (ms)': cpu[2]!,
    'load average (1 min) on this machine': loadavg()[0]!,
    'target (ms)': 500,
  };
}
