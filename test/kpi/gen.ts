/**
 * Random and boundary KPI data for the parity test: staff with hire and transfer dates around the
 * scored months, rows with exact step boundaries and ±0.01 around them, missing months, input
 * errors, and visits and customers for the prefilled inputs. Seeded, so every run is the same.
 */
import type { Rng } from '../../src/core/sample/random';
import type { CellValue } from '../../src/core/port/types';
import type { KpiInput, Scheme, SchemeId } from '../../src/core/kpi/types';
import { defaultParamMap } from '../../src/core/kpi/params';
import { endOfMonth, serialOf, ymdOf } from '../../src/core/kpi/dates';
import { periodEndOf, periodOfMonthKey } from '../../src/core/kpi/period';
import { PREFILL } from './book';
import type { TestCell, TestRecord } from './book';

const params = defaultParamMap();
const P = (id: string) => params.get(id) as number;
const round2 = (x: number) => Math.round(x * 100) / 100;

export interface StaffRec {
  staffId: string;
  name: string;
  position: string;
  rank: string;
  hireDate: number | null;
  transferDate: number | null;
  scheme: SchemeId;
  active: string;
  dept: string | null;
}

const POSITIONS: Record<SchemeId, readonly string[]> = {
  S1: ['大客户经理', '大客户专员', '大客户总监'],
  // 大客户经理 has no follow.* param: its standard is 0.
  L1: ['项目营销副经理', '项目营销经理', '项目营销高级经理', '项目营销高级经理', '大客户经理'],
  L3: ['项目营销副总经理', '项目营销总经理'],
  L4: ['项目部负责人'],
};

/** Months first..last (month keys) are scored; dates fall around them. */
export function genStaff(rng: Rng, scheme: SchemeId, n: number, first: number, last: number): StaffRec[] {
  const monthDay = (kind: 'first' | 'last' | 'any') => {
    const key = rng.int(first - 3, last);
    const y = Math.floor(key / 12);
    const m = (key % 12) + 1;
    if (kind === 'first') return serialOf(y, m, 1);
    if (kind === 'last') return serialOf(y, m + 1, 0);
    return serialOf(y, m, rng.int(1, ymdOf(serialOf(y, m + 1, 0)).day));
  };
  const boundary: StaffRec = {
    staffId: `${scheme}-BND`, name: `${scheme}边界`, position: POSITIONS[scheme][1] ?? POSITIONS[scheme][0], rank: '员工级',
    hireDate: serialOf(2015, 1, 1), transferDate: null, scheme, active: '是', dept: '项目一部',
  };
  return [boundary, ...Array.from({ length: n }, (_, i) => {
    const r = rng.next();
    const hireDate =
      r < 0.5 ? serialOf(2019, rng.int(1, 12), rng.int(1, 28))
      : r < 0.65 ? monthDay('any')
      : r < 0.8 ? monthDay('last')
      : r < 0.9 ? monthDay('first')
      : r < 0.97 ? serialOf(2025, rng.pick([1, 3, 5, 8, 10, 12]), 31) // EDATE clamps to a shorter month's end
      : null;
    const t = rng.next();
    const transferDate = t < 0.15 ? monthDay('any') : t < 0.25 ? monthDay('last') : t < 0.3 ? monthDay('first') : null;
    return {
      staffId: `${scheme}-${String(i + 1).padStart(3, '0')}`,
      name: `${scheme}员工${i + 1}`,
      position: rng.pick(POSITIONS[scheme]),
      rank: rng.pick(['员工级', '副经理及以上']),
      hireDate,
      transferDate,
      scheme,
      active: '是',
      // Staff who changed department (a transfer date) carry their ledger rows to the new 部门.
      dept: rng.chance(0.05) ? null : rng.pick(['项目一部', '项目二部', '项目二部 ']),
    };
  })];
}

/** Hand-made edge cases on top of valid inputs: zero bases, exact steps and ±0.01 around them. */
function boundaryCases(rng: Rng, scheme: Scheme, key: number): Record<string, TestCell>[] {
  const cases: Record<string, TestCell>[] = [];
  for (const i of scheme.inputs) if (i.denominator) cases.push({ [i.key]: 0 });
  for (const item of scheme.items) {
    const r = item.rule;
    if (r.kind !== 'rate') continue;
    const target = P(r.targetParam);
    const step = P(r.stepParam);
    const intActual = scheme.inputs.find((i) => i.key === r.actual)?.type.kind === 'int';
    if (r.zeroBase) cases.push({ [r.base]: 0, [r.actual]: intActual ? 1 : 5 });
    for (const k of [-3, -2, -1, 1, 2]) {
      const pct = target + (r.direction === 'atMost' ? -k : k) * step;
      const base = intActual ? 100 : 200;
      const actual = (base * pct) / 100;
      cases.push({ [r.base]: base, [r.actual]: actual });
      if (!intActual) for (const d of [-0.01, 0.01]) cases.push({ [r.base]: base, [r.actual]: round2(actual + d) });
    }
  }
  if (scheme.id === 'S1') {
    cases.push({ actualSales: -10 }, { marketInfo: '8' }, { prevSales: 90, actualSales: 100, planSales: 100 }, { prevSales: 90.01, actualSales: 100 });
  }
  return cases.map((c) => ({ ...genInputs(rng, scheme, key), ...c }));
}

function pickBase(rng: Rng, isInt: boolean): number {
  if (isInt) return rng.int(1, 12);
  return rng.chance(0.6) ? rng.pick([100, 200, 250, 300, 400, 500, 800, 1000, 3, 7, 12.5, 33.33, 123.45, 0.5]) : round2(rng.next() * 2000 + 0.01);
}

/** Inputs for one row of a scheme, mostly valid, aimed at step boundaries half of the time. */
export function genInputs(rng: Rng, scheme: Scheme, periodKey: number): Record<string, TestCell> {
  const out: Record<string, TestCell> = {};
  const input = (key: string) => scheme.inputs.find((i) => i.key === key) as KpiInput;
  const isInt = (key: string) => input(key).type.kind === 'int';
  const days = ymdOf(periodEndOf(periodKey)).day;
  // One quality per row, so that every grade occurs often enough.
  const q = rng.next();
  const around = (max: number) => Math.max(0, Math.min(max, Math.round((q * max + (rng.next() - 0.5) * 4) * 2) / 2));
  for (const item of scheme.items) {
    const r = item.rule;
    switch (r.kind) {
      case 'rate': {
        if (out[r.base] !== undefined && out[r.actual] !== undefined) break;
        const target = P(r.targetParam);
        const step = P(r.stepParam);
        const base = out[r.base] !== undefined ? (out[r.base] as number) : r.zeroBase && rng.chance(0.08) ? 0 : pickBase(rng, isInt(r.base));
        out[r.base] = base;
        const mode = rng.next();
        let pct: number;
        if (mode < 0.45) {
          const k = rng.int(-10, 6);
          pct = target + step * k;
        } else if (r.actual === 'profit') pct = rng.next() * 40 - 10;
        else if (r.direction === 'atMost') pct = rng.next() * 60;
        else pct = rng.chance(0.5) ? rng.next() * 130 : 40 + q * 75 + rng.next() * 10;
        let actual = isInt(r.actual) ? Math.round((base * pct) / 100) : round2((base * pct) / 100);
        if (!isInt(r.actual) && mode >= 0.3 && mode < 0.45) actual = round2(actual + rng.pick([-0.01, 0.01]));
        if (r.actual !== 'profit') actual = Math.max(0, actual);
        out[r.actual] = actual;
        break;
      }
      case 'growth': {
        const actual = out[r.actual] as number;
        const step = P(r.stepParam);
        const mode = rng.next();
        let prev = mode < 0.5 ? actual - step * rng.int(-2, 12) : round2(rng.next() * 1.5 * (actual + 1));
        if (mode >= 0.35 && mode < 0.5) prev = round2(prev + rng.pick([-0.01, 0.01]));
        out[r.previous] = Math.max(0, round2(prev));
        break;
      }
      case 'newCount':
        out[r.plan] = rng.int(0, 6);
        out[r.actual] = rng.int(0, 8);
        break;
      case 'asEntered': {
        const t = input(r.input).type;
        if (t.kind === 'int') out[r.input] = Math.round(around(t.max ?? 10));
        else if (t.kind === 'number' && t.allowed && t.max === undefined) out[r.input] = q > 0.5 ? t.allowed[t.allowed.length - 1] : rng.pick(t.allowed);
        else if (t.kind === 'number' && t.allowed) out[r.input] = rng.chance(0.5) ? rng.pick(t.allowed) : rng.int(0, (t.max ?? 3) * 2) / 2;
        else out[r.input] = rng.chance(0.3) ? round2(rng.next() * 10) : around(10);
        break;
      }
      case 'attendance':
        out[r.input] = Math.max(0, Math.min(days, days - P(r.offsetParam) + (q > 0.6 ? rng.int(0, 3) : rng.int(-8, 4))));
        break;
      case 'conduct': {
        out[r.late] = q > 0.6 ? rng.int(0, 1) : rng.int(0, 8);
        const count = rng.int(0, 8);
        out[r.unreportedCount] = count;
        out[r.unreportedDeduction] = count > P(r.unreportedLimitParam) ? rng.pick([0, 0.5, 1, 1.5, 2]) : rng.chance(0.2) ? 0 : null;
        out[r.violations] = rng.pick([0, 0, 0, 1, 2]);
        break;
      }
      case 'perCount':
        out[r.input] = q > 0.4 ? 0 : rng.pick([0, 0, 1, 2]);
        break;
      case 'followStandard':
        out[r.input] = rng.int(0, 15);
        break;
      case 'zeroIfYes':
        out[r.input] = rng.chance(0.2) ? '是' : '否';
        break;
    }
  }
  return out;
}

/** A value that is wrong for the input, of several kinds. */
export function invalidValue(rng: Rng, input: KpiInput): CellValue {
  const t = input.type;
  if (input.denominator && rng.chance(0.3)) return 0;
  switch (t.kind) {
    case 'money':
      return rng.pick(['abc', '12', -5, -0.01, '#N/A']);
    case 'int':
      return rng.pick(['x', 2.5, -1, ...(t.max === undefined ? [] : [t.max + 1])]);
    case 'number':
      if (t.min === undefined && t.max === undefined && !t.allowed) return rng.pick(['abc', '1,000']);
      return rng.pick(['abc', ...(t.allowed ? [3.2, 2] : []), ...(t.max !== undefined ? [t.max + 0.5] : []), -1]);
    case 'yesno':
      return rng.pick(['是的', 1, 'Y', ' 是']);
  }
}

export interface RowRec extends TestRecord {
  readonly period: CellValue;
  readonly staffId: CellValue;
}

const BAD_PERIODS: readonly CellValue[] = ['2026-13', '2026-1', ' 2026-01', '2026/01', 202601, '1899-12', '2026-00', '2026-01 ', '0999-01', '2e03-01'];

/** Rows of one scheme table: most months of most staff, with damage sprinkled in. */
export function genRows(rng: Rng, scheme: Scheme, staff: readonly StaffRec[], first: number, last: number, prefill: boolean): RowRec[] {
  const rows: RowRec[] = [];
  const [bnd, ...others] = staff;
  boundaryCases(rng, scheme, first).forEach((c, i) => rows.push({ period: periodOfMonthKey(first - 60 + i), staffId: bnd.staffId, ...c }));
  for (const s of others) {
    for (let key = first; key <= last; key++) {
      if (rng.chance(0.12)) continue; // a missing month breaks a run
      const inputs = genInputs(rng, scheme, key);
      const roll = rng.next();
      const victim = rng.pick(scheme.inputs);
      if (roll < 0.04) inputs[victim.key] = rng.chance(0.8) ? null : '  ';
      else if (roll < 0.1) inputs[victim.key] = invalidValue(rng, victim);
      else if (roll < 0.115 && scheme.id === 'S1') {
        inputs.unreportedCount = rng.int(0, 5);
        inputs.unreportedDeduction = rng.pick([0.5, 1, 2]);
      } else if (roll < 0.125 && scheme.id === 'S1') inputs.attendanceDays = ymdOf(periodEndOf(key)).day + 1;
      if (prefill) {
        for (const i of scheme.inputs) if (i.prefill && rng.chance(0.15)) inputs[i.key] = PREFILL;
      }
      rows.push({ period: periodOfMonthKey(key), staffId: s.staffId, ...inputs });
      if (rng.chance(0.01)) rows.push({ period: periodOfMonthKey(key), staffId: s.staffId, ...genInputs(rng, scheme, key) });
    }
  }
  for (const p of BAD_PERIODS) rows.push({ period: p, staffId: rng.pick(others).staffId, ...genInputs(rng, scheme, first) });
  rows.push({ period: periodOfMonthKey(first), staffId: 'ZZ-404', ...genInputs(rng, scheme, first) });
  rows.push({ period: periodOfMonthKey(first), staffId: 'ZZ-404', ...genInputs(rng, scheme, first), [scheme.inputs[0].key]: null });
  rows.push({ period: null, staffId: others[0].staffId, ...genInputs(rng, scheme, first) });
  rows.push({ period: periodOfMonthKey(first), staffId: null, ...genInputs(rng, scheme, first) });
  rows.push({ period: periodOfMonthKey(first), staffId: others[0].staffId.toLowerCase(), ...genInputs(rng, scheme, first) });
  // Shuffled, so that nothing depends on rows being in month order.
  return rng.shuffle(rows);
}

export interface VisitRec extends TestRecord {
  date: CellValue;
  reporter: CellValue;
  customer: CellValue;
}

export function genVisits(rng: Rng, names: readonly string[], first: number, last: number, n: number): VisitRec[] {
  const customers = ['甲公司', '乙公司', '丙公司', 'ACME', 'acme', '丁集团', '戊科技', '己物流', '庚汽车', '辛教育'];
  return Array.from({ length: n }, () => {
    const key = rng.int(first - 1, last + 1);
    const end = endOfMonth(serialOf(Math.floor(key / 12), (key % 12) + 1, 1));
    const r = rng.next();
    const date: CellValue = r < 0.03 ? 'abc' : r < 0.1 ? end + 0.5 : r < 0.15 ? end + 1 : end - rng.int(0, 27);
    return {
      date,
      reporter: rng.chance(0.95) ? rng.pick(names) : '外人',
      customer: rng.chance(0.05) ? null : rng.pick(customers),
    };
  });
}

/**
 * Visits in every month first..last that only an exact distinct count gets right, for each name:
 * customers differing in case only (one customer), wildcard characters (literal, and after a
 * customer they would match), blanks and spaces (ignored), a number and its text (one customer),
 * "|" in a customer and in another reporter (no key collision), and the reporter in another case
 * (counts), with a trailing space or as a number (neither counts).
 */
export function edgeVisits(names: readonly string[], first: number, last: number): VisitRec[] {
  const out: VisitRec[] = [];
  for (let key = first; key <= last; key++) {
    const date = serialOf(Math.floor(key / 12), (key % 12) + 1, 10);
    for (const name of names) {
      const v = (customer: CellValue, reporter: CellValue = name): VisitRec => ({ date, reporter, customer });
      out.push(
        v('AB'), v('A*'), v('ab'), v('AXB'), v('A*B'), v('AC'), v('A?'), v('A~*'), v('a~*'), v('~'),
        v('  '), v(''), v(null), v(123), v('123'),
        v('Y', `${name}|X`), v('X|Y'),
        v('新户', name.toLowerCase()), v('新户'), v('旁人户', `${name} `), v('数字户', 42),
      );
    }
  }
  return out;
}

export interface CustomerRec extends TestRecord {
  customerId: string;
  name: string;
  createdDate: CellValue;
  owner: CellValue;
}

export function genCustomers(rng: Rng, names: readonly string[], first: number, last: number, n: number): CustomerRec[] {
  return Array.from({ length: n }, (_, i) => {
    const key = rng.int(first - 1, last + 1);
    const end = endOfMonth(serialOf(Math.floor(key / 12), (key % 12) + 1, 1));
    return {
      customerId: `KH-${String(i + 1).padStart(4, '0')}`,
      name: `客户${i + 1}`,
      createdDate: rng.chance(0.1) ? end : rng.chance(0.05) ? end + 0.25 : end - rng.int(0, 27),
      owner: rng.chance(0.95) ? rng.pick(names) : null,
    };
  });
}
