import { defaultParamMap } from '../../src/core/kpi/params';
import { gradeOf, runOfD, scoreRow, scoreRows, staffDirectory, suggestion } from '../../src/core/kpi/score';
import type { KpiRowInput, StaffInfo } from '../../src/core/kpi/score';
import { SCHEME_L1, SCHEME_L3, SCHEME_L4, SCHEME_S1 } from '../../src/core/kpi/schemes';
import type { Scheme } from '../../src/core/kpi/types';
import { serialOf } from '../../src/core/kpi/dates';
import type { CellValue } from '../../src/core/port/types';

const params = defaultParamMap();
const veteran: StaffInfo = { position: '项目营销经理', rank: '员工级', hireDate: serialOf(2019, 5, 6), transferDate: null };

const S1_OK = {
  planSales: 100, actualSales: 100, prevSales: 100, planNewCustomers: 2, actualNewCustomers: 2, marketInfo: 10, teamwork: 10,
  knowledge: 10, judgement: 4, communication: 6, attendanceDays: 26, lateCount: 0, unreportedCount: 0, unreportedDeduction: null,
  violations: 0, responsibility: 5, complaints: 0,
} as const;
const L1_OK = { revenueTarget: 100, revenueActual: 100, newTarget: 5, newActual: 4, receivables: 100, overdue: 0, followed: 10 } as const;
const L3_OK = { ...L1_OK, deptTarget: 100, deptActual: 80 } as const;
const L4_OK = { deptRevenueTarget: 100, deptRevenue: 100, collectionDue: 100, collected: 80, landedTarget: 5, landedActual: 4, profit: 15, staffLoss: '否' } as const;

function score(scheme: Scheme, inputs: Record<string, CellValue>, opts: { period?: CellValue; staff?: StaffInfo | undefined } = {}) {
  const row: KpiRowInput = { period: opts.period === undefined ? '2026-09' : opts.period, staffId: 'E1', inputs };
  return scoreRow(scheme, row, 'staff' in opts ? opts.staff : veteran, params);
}
const item = (scheme: Scheme, key: string, inputs: Record<string, CellValue>, period = '2026-09') => {
  const r = score(scheme, inputs, { period });
  if (r.status !== '正常' || !r.items) throw new Error(`status ${r.status}: ${JSON.stringify(r.problems)} ${r.rowProblem}`);
  return r.items[scheme.items.findIndex((i) => i.key === key)];
};

describe('S1 items', () => {
  const s1 = (over: Record<string, CellValue>) => ({ ...S1_OK, ...over });
  it.each([
    [100, 100, 25], [95, 100, 24], [95.01, 100, 25], [94.99, 100, 24], [90, 100, 23], [0, 100, 5],
    [105, 100, 26], [104.99, 100, 25], [150, 100, 35], [2.85, 3, 24], [190.01, 200, 25],
  ])('销售完成率: actual %p of plan %p scores %p (full steps of 5, bonus uncapped)', (actual, plan, want) => {
    expect(item(SCHEME_S1, 'sales', s1({ actualSales: actual, planSales: plan, prevSales: actual }))).toBe(want);
  });
  it.each([[90, 100, 1], [90.01, 100, 0], [0, 100, 10], [0, 200, 10], [120, 100, 0], [100, 100, 0], [80, 109.99, 2]])(
    '销售增长: previous %p, actual %p scores %p', (prev, actual, want) => {
      expect(item(SCHEME_S1, 'growth', s1({ prevSales: prev, actualSales: actual, planSales: actual || 1 }))).toBe(want);
    });
  it.each([[3, 3, 5], [3, 5, 7], [3, 2, 5], [3, 1, 4], [3, 0, 4], [6, 0, 2], [20, 0, 0], [0, 0, 5]])(
    '新客户开发: plan %p, actual %p scores %p', (plan, actual, want) => {
      expect(item(SCHEME_S1, 'newCustomers', s1({ planNewCustomers: plan, actualNewCustomers: actual }))).toBe(want);
    });
  it.each([['2026-02', 24, 5], ['2026-02', 23, 4], ['2026-02', 28, 5], ['2026-02', 18, 0], ['2026-03', 27, 5], ['2026-03', 26, 4]])(
    '员工出勤率 in %p: %p days score %p', (period, days, want) => {
      expect(item(SCHEME_S1, 'attendance', s1({ attendanceDays: days }), period)).toBe(want);
    });
  it.each([
    [0, 0, null, 0, 5], [1, 0, null, 0, 4], [3, 0, null, 0, 4], [4, 0, null, 0, 3], [6, 0, null, 0, 3], [7, 0, null, 0, 2],
    [0, 6, 2, 0, 3], [0, 6, 0, 0, 5], [0, 5, 0, 0, 5], [0, 0, null, 1, 3], [4, 7, 1.5, 1, 0],
  ])('日常行为规范: late %p, unreported %p (deduction %p), violations %p score %p', (late, count, ded, viol, want) => {
    expect(item(SCHEME_S1, 'conduct', s1({ lateCount: late, unreportedCount: count, unreportedDeduction: ded, violations: viol }))).toBe(want);
  });
  it.each([[0, 5], [1, 0], [2, 0]])('服务意识: %p complaints score %p', (n, want) => {
    expect(item(SCHEME_S1, 'service', s1({ complaints: n }))).toBe(want);
  });
  it('takes the as-entered items as they are', () => {
    const r = score(SCHEME_S1, s1({ marketInfo: 7.25, teamwork: 0, knowledge: 6, judgement: 2.5, communication: 4.5, responsibility: 3 }));
    expect(r.items?.slice(3, 8)).toEqual([7.25, 0, 6, 2.5, 4.5]);
    expect(r.items?.[10]).toBe(3);
  });
  it('totals 100 for a perfect month', () => {
    const r = score(SCHEME_S1, s1({ prevSales: 0 }));
    expect(r.total).toBe(100);
    expect(r.grade).toBe('A');
  });
});

describe('L items', () => {
  it.each([[0, 0, 10], [100, 20, 10], [100, 20.99, 10], [100, 21, 9], [100, 30, 0], [100, 100, 0], [3, 1, 0]])(
    'L1 应收账款逾期率: total %p, overdue %p scores %p (0 % when the total is 0)', (total, overdue, want) => {
      expect(item(SCHEME_L1, 'overdue', { ...L1_OK, receivables: total, overdue })).toBe(want);
    });
  it.each([[100, 15, 10], [100, 16.99, 10], [100, 17, 9], [100, 19, 8], [0, 0, 10]])(
    'L3 应收账款逾期率: total %p, overdue %p scores %p (−1 per full 2 points above 15 %)', (total, overdue, want) => {
      expect(item(SCHEME_L3, 'overdue', { ...L3_OK, receivables: total, overdue })).toBe(want);
    });
  it.each([[100, 60], [96, 56], [95.5, 56], [103, 60], [40, 0], [39.99, 0]])('L1 个人营业额: %p % scores %p', (actual, want) => {
    expect(item(SCHEME_L1, 'revenue', { ...L1_OK, revenueActual: actual })).toBe(want);
  });
  it.each([[5, 4, 20], [5, 3, 0], [4, 3, 15], [7, 5, 12]])('L1 新增客户: target %p, actual %p scores %p', (target, actual, want) => {
    expect(item(SCHEME_L1, 'newCustomers', { ...L1_OK, newTarget: target, newActual: actual })).toBe(want);
  });
  // 149.99 / 1000 = 14.999 % rounds to 15.00 % before any step is applied.
  it.each([[1000, 150, 10], [1000, 149.99, 10], [1000, 149.94, 10], [1000, 130, 9], [1000, 129.99, 9], [1000, 129.94, 9], [1000, 109.94, 8], [0, 0, 3], [1000, -100, 0]])(
    'L4 利润指标: revenue %p, profit %p scores %p (margin 0 when revenue is 0)', (revenue, profit, want) => {
      expect(item(SCHEME_L4, 'margin', { ...L4_OK, deptRevenue: revenue, deptRevenueTarget: 100, profit })).toBe(want);
    });
  it('L4 部门管理 is 0 with a major loss', () => {
    expect(item(SCHEME_L4, 'management', { ...L4_OK, staffLoss: '是' })).toBe(0);
    expect(item(SCHEME_L4, 'management', { ...L4_OK, staffLoss: '否' })).toBe(10);
  });
  it('客户过程管理 uses the follow-up standard of the position, 0 for a position without one', () => {
    const at = (position: string, followed: number) =>
      scoreRow(SCHEME_L1, { period: '2026-09', staffId: 'E1', inputs: { ...L1_OK, followed } }, { ...veteran, position }, params).items?.[3];
    expect(at('项目营销经理', 8)).toBe(8);
    expect(at('项目营销高级经理', 15)).toBe(10);
    expect(at('项目营销副经理', 0)).toBe(2);
    expect(at('大客户经理', 0)).toBe(10);
  });
});

describe('status', () => {
  const s1 = (over: Record<string, CellValue>) => ({ ...S1_OK, ...over });
  it.each([
    ['plan of 0', { planSales: 0 }, 'zero'],
    ['negative revenue', { actualSales: -1 }, 'invalid'],
    ['text in a number column', { marketInfo: '8' }, 'invalid'],
    ['a value outside the allowed set', { judgement: 3.2 }, 'invalid'],
    ['a fraction in a count', { lateCount: 1.5 }, 'invalid'],
    ['a deduction without more than 5 unreported days', { unreportedCount: 5, unreportedDeduction: 1 }, 'deductionNotAllowed'],
    ['more days attended than the month has', { attendanceDays: 31 }, 'overMonth'],
    ['full-width spaces (Excel TRIM keeps them)', { teamwork: '\u3000' }, 'invalid'],
  ])('%s is 输入有误', (_why, over, kind) => {
    const r = score(SCHEME_S1, s1(over));
    expect(r.status).toBe('输入有误');
    expect(r.problems.map((p) => p.kind)).toContain(kind);
    expect(r.items).toBeNull();
  });
  it('an empty input, or spaces only, is 待录入, and outranks 输入有误', () => {
    expect(score(SCHEME_S1, s1({ teamwork: null })).status).toBe('待录入');
    expect(score(SCHEME_S1, s1({ teamwork: '   ', planSales: 0 })).status).toBe('待录入');
    expect(score(SCHEME_S1, s1({ unreportedCount: 6, unreportedDeduction: null })).status).toBe('待录入');
    expect(score(SCHEME_L4, { ...L4_OK, staffLoss: null }).status).toBe('待录入');
  });
  it('an empty period or 工号 is 待录入; a malformed one or an unknown 工号 is 输入有误', () => {
    expect(score(SCHEME_L1, L1_OK, { period: null }).status).toBe('待录入');
    for (const p of ['2026-13', '2026-1', ' 2026-01', '2026/01', 202601, '1899-12', '0999-01']) {
      expect(score(SCHEME_L1, L1_OK, { period: p }).rowProblem).toBe('period');
    }
    expect(score(SCHEME_L1, L1_OK, { staff: undefined }).rowProblem).toBe('staff');
  });
  describe('exemption', () => {
    const hired = (y: number, m: number, d: number): StaffInfo => ({ ...veteran, hireDate: serialOf(y, m, d) });
    it.each([
      [[2026, 1, 31], '2026-01', '免考'], // hired on the period's last day
      [[2026, 1, 31], '2026-03', '免考'],
      [[2026, 1, 31], '2026-04', '正常'], // EDATE(2026-01-31, 3) = 2026-04-30 = the last day: no longer exempt
      [[2026, 1, 15], '2026-04', '正常'],
      [[2026, 2, 1], '2026-01', '正常'], // not yet hired: scored as usual if a row exists
      [[2025, 11, 30], '2026-02', '正常'], // EDATE clamps to 2026-02-28
      [[2025, 11, 30], '2026-01', '免考'],
    ] as const)('hired %p: %s is %s', (ymd, period, want) => {
      expect(score(SCHEME_L1, L1_OK, { period, staff: hired(ymd[0], ymd[1], ymd[2]) }).status).toBe(want);
    });
    it('exempts two months from a transfer, not the months before it', () => {
      const moved: StaffInfo = { ...veteran, transferDate: serialOf(2026, 3, 15) };
      const at = (period: string) => score(SCHEME_L1, L1_OK, { period, staff: moved }).status;
      expect(['2026-02', '2026-03', '2026-04', '2026-05'].map(at)).toEqual(['正常', '免考', '免考', '正常']);
    });
    it('outranks empty and wrong inputs', () => {
      expect(score(SCHEME_L1, { ...L1_OK, revenueTarget: null, overdue: 'x' }, { staff: hired(2026, 9, 1) }).status).toBe('免考');
    });
  });
});

describe('grades, runs of D and suggestions', () => {
  it('grades by the bands', () => {
    expect([90, 89.99, 80, 79.5, 60, 59.99, 0].map((t) => gradeOf(t, params))).toEqual(['A', 'B', 'B', 'C', 'C', 'D', 'D']);
  });
  it('counts consecutive D months', () => {
    const d = new Set([10, 11, 13, 14, 15]);
    expect([10, 11, 13, 14, 15].map((k) => runOfD('D', k, d))).toEqual([1, 2, 1, 2, 3]);
    expect(runOfD('C', 12, d)).toBe(0);
  });
  it.each([
    ['员工级', 1, ''], ['员工级', 2, '评估胜任度,不胜任则调岗'], ['员工级', 3, '调岗或解除劳动关系'], ['员工级', 7, '调岗或解除劳动关系'],
    ['副经理及以上', 1, '警告'], ['副经理及以上', 2, '降级'], ['副经理及以上', 3, '调岗或解除劳动关系'], ['副经理及以上', 0, ''], [null, 1, ''],
  ] as const)('%s with %p D in a row: %p', (rank, run, want) => {
    expect(suggestion(rank, run)).toBe(want);
  });

  it('scores a table: missing, exempt and pending months break a run; duplicates are 输入有误', () => {
    const bad = { ...L1_OK, revenueActual: 0, newActual: 0, overdue: 100, followed: 0 }; // 0 + 0 + 0 + 0 = D
    const rows: KpiRowInput[] = [
      ['2026-01', bad], ['2026-02', bad], ['2026-03', bad], // run 1, 2, 3
      ['2026-05', bad], // April missing: 1
      ['2026-06', { ...bad, followed: null }], // 待录入
      ['2026-07', bad], // 1
      ['2026-08', bad], ['2026-08', bad], // duplicates: both 输入有误
      ['2026-09', bad], // 1
    ].map(([period, inputs]) => ({ period: period as string, staffId: 'M1', inputs: inputs as Record<string, CellValue> }));
    rows.push({ period: '2026-02', staffId: 'm1', inputs: L1_OK }); // the same person (MATCH ignores case): February is now a duplicate
    const dir = staffDirectory([{ staffId: 'M1', ...veteran, rank: '副经理及以上' }]);
    const got = scoreRows(SCHEME_L1, rows, dir, params).map((r) => [r.status, r.grade, r.run, r.suggestion]);
    expect(got).toEqual([
      ['正常', 'D', 1, '警告'],
      ['输入有误', null, 0, ''],
      ['正常', 'D', 1, '警告'],
      ['正常', 'D', 1, '警告'],
      ['待录入', null, 0, ''],
      ['正常', 'D', 1, '警告'],
      ['输入有误', null, 0, ''],
      ['输入有误', null, 0, ''],
      ['正常', 'D', 1, '警告'],
      ['输入有误', null, 0, ''],
    ]);
  });

  it('counts a long run without a limit', () => {
    const bad = { ...L3_OK, revenueActual: 0, deptActual: 0, newActual: 0, overdue: 100, followed: 0 };
    const rows = Array.from({ length: 40 }, (_, i) => ({
      period: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      staffId: 'G1',
      inputs: bad,
    }));
    const dir = staffDirectory([{ staffId: 'G1', ...veteran, position: '项目营销总经理' }]);
    expect(scoreRows(SCHEME_L3, rows, dir, params).map((r) => r.run)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
