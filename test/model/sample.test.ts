import type { CellInput } from '../../src/core/port/types';
import type { Column, TableSpec } from '../../src/core/model/types';
import { listValues } from '../../src/core/model/lists';
import { sampleData } from '../../src/core/sample';
import { STAFF } from '../../src/core/model/tables/staff';
import { CUSTOMERS } from '../../src/core/model/tables/customers';
import { CONTACTS } from '../../src/core/model/tables/contacts';
import { COMPETITORS } from '../../src/core/model/tables/competitors';
import { FOLLOW_UPS } from '../../src/core/model/tables/followUps';
import { VISITS } from '../../src/core/model/tables/visits';
import { VISIT_DAILY } from '../../src/core/model/tables/visitDaily';
import { RELATION_PLAN } from '../../src/core/model/tables/relationPlan';
import { GIFT_PLANS } from '../../src/core/model/tables/giftPlans';
import { GIFT_REQUESTS } from '../../src/core/model/tables/giftRequests';
import { RECEPTION_REQUESTS } from '../../src/core/model/tables/receptionRequests';
import { RECEPTION_REPORTS } from '../../src/core/model/tables/receptionReports';
import { STAGE_LOG } from '../../src/core/model/tables/stageLog';
import { REVENUE } from '../../src/core/model/tables/revenue';
import { RECEIVABLES } from '../../src/core/model/tables/receivables';
import { landedDateOf } from '../../src/core/kpi/pipeline';
import { monthKeyOf, periodOfSerial, periodStartOf } from '../../src/core/kpi/period';

import { CUSTOMER_VALUE } from '../../src/core/kpi/customerValueTable';
const TABLES: TableSpec[] = [
  STAFF, CUSTOMERS, CONTACTS, COMPETITORS, FOLLOW_UPS, CUSTOMER_VALUE, VISITS, VISIT_DAILY, RELATION_PLAN,
  GIFT_PLANS, GIFT_REQUESTS, RECEPTION_REQUESTS, RECEPTION_REPORTS, STAGE_LOG, REVENUE, RECEIVABLES,
];
const spec = (name: string): TableSpec => TABLES.find((t) => t.name === name)!;

/** 2026-03-16 (a Monday), 2026-11-22 (a Sunday), 2027-01-01 (a Friday, across a year end). */
const TODAYS = [46097, 46348, 46388];
const SEEDS = [1, 7];

type Data = Record<string, CellInput[][]>;

/** Column values of a table by key. */
function col(data: Data, table: string, key: string): CellInput[] {
  const i = spec(table).columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`${table}.${key}`);
  return data[table]!.map((r) => r[i]!);
}

/** Rows of a table as records by key. */
function records(data: Data, table: string): Record<string, CellInput>[] {
  const cols = spec(table).columns;
  return data[table]!.map((r) => Object.fromEntries(cols.map((c, i) => [c.key, r[i]!])));
}

const blank = (v: CellInput): boolean => v === null || (typeof v === 'string' && v.trim() === '');

/** The general rules of SPEC §3 for one cell, as a problem text or null. */
function cellProblem(c: Column, v: CellInput): string | null {
  if (blank(v)) return c.required ? 'REQUIRED' : null;
  const t = c.type;
  switch (t.kind) {
    case 'date':
      return typeof v === 'number' && Number.isInteger(v) && v > 0 ? null : 'TYPE';
    case 'int':
      if (typeof v !== 'number' || !Number.isInteger(v)) return 'TYPE';
      return v < t.min || (t.max !== undefined && v > t.max) ? 'RANGE' : null;
    case 'money':
      if (typeof v !== 'number') return 'TYPE';
      return v < 0 || Math.abs(v * 100 - Math.round(v * 100)) > 1e-6 ? 'RANGE' : null;
    case 'pct':
      return typeof v === 'number' && v >= 0 && v <= 100 ? null : 'RANGE';
    case 'enum':
      return listValues(t.list).includes(String(v)) ? null : 'ENUM';
    case 'yesno':
      return v === '是' || v === '否' ? null : 'ENUM';
    case 'phone': {
      const s = String(v);
      const n = s.replace(/\D/g, '').length;
      return /^[0-9 +\-()]+$/.test(s) && n >= 7 && n <= 20 ? null : 'PHONE';
    }
    case 'formula':
      return 'FORMULA-VALUE';
    default:
      if (typeof v === 'string' && /^(?:[=@]|[+-][^0-9 ])/.test(v)) return 'FORMULA-TEXT';
      return null;
  }
}

describe.each(TODAYS)('sampleData(%i)', (today) => {
  describe.each(SEEDS)('seed %i', (seed) => {
    const data = sampleData(today, seed);

    it('is deterministic', () => {
      expect(sampleData(today, seed)).toEqual(data);
    });

    it('covers exactly the non-KPI tables, rows as wide as the columns, formula columns null', () => {
      expect(Object.keys(data).sort()).toEqual(TABLES.map((t) => t.name).sort());
      for (const t of TABLES) {
        expect(data[t.name]!.length).toBeGreaterThan(0);
        for (const row of data[t.name]!) {
          expect(row).toHaveLength(t.columns.length);
          t.columns.forEach((c, i) => {
            if (c.type.kind === 'formula') expect(row[i]).toBeNull();
          });
        }
      }
    });

    it('passes the general cell rules (REQUIRED, TYPE, RANGE, ENUM, PHONE, FORMULA-TEXT)', () => {
      const problems: string[] = [];
      for (const t of TABLES) {
        data[t.name]!.forEach((row, r) =>
          t.columns.forEach((c, i) => {
            if (c.type.kind === 'formula') return;
            const p = cellProblem(c, row[i]!);
            if (p) problems.push(`${t.name} row ${r + 2} ${c.header.zh}: ${p} (${String(row[i])})`);
          }),
        );
      }
      expect(problems).toEqual([]);
    });

    it('keeps ids unique (UNIQUE)', () => {
      for (const t of TABLES) {
        for (const c of t.columns.filter((x) => x.type.kind === 'id')) {
          const v = col(data, t.name, c.key);
          expect(new Set(v).size).toBe(v.length);
        }
      }
      // Names that other tables refer to are unique too.
      for (const [t, k] of [['Staff', 'name'], ['Customers', 'name']] as const) {
        const v = col(data, t, k);
        expect(new Set(v).size).toBe(v.length);
      }
    });

    it('resolves every reference (REF)', () => {
      for (const t of TABLES) {
        for (const c of t.columns) {
          if (c.type.kind !== 'ref') continue;
          const targets = new Set(col(data, c.type.table, c.type.column));
          for (const v of col(data, t.name, c.key)) if (!blank(v)) expect([t.name, c.key, targets.has(v)]).toEqual([t.name, c.key, true]);
        }
      }
    });

    it('names real contacts of the visited customer as 面谈者', () => {
      const ids = new Map(records(data, 'Customers').map((c) => [c.name, c.customerId]));
      const contacts = new Set(records(data, 'Contacts').map((c) => `${c.customerId}|${c.name}`));
      for (const v of records(data, 'Visits')) expect(contacts.has(`${ids.get(v.customer)}|${v.interviewee}`)).toBe(true);
    });

    it('dates past events no later than today (V-FUTURE and friends)', () => {
      const past: [string, string][] = [
        ['Visits', 'date'], ['VisitDaily', 'date'], ['FollowUps', 'date'], ['Customers', 'createdDate'], ['Staff', 'hireDate'],
        ['Staff', 'transferDate'], ['Contacts', 'birthday'], ['ReceptionReports', 'receptionDate'], ['ReceptionReports', 'reportDate'],
        ['ReceptionRequests', 'applyDate'], ['StageLog', 'date'], ['Receivables', 'invoiceDate'], ['Receivables', 'collectedDate'],
      ];
      for (const [t, k] of past) for (const v of col(data, t, k)) if (v !== null) expect(v as number).toBeLessThanOrEqual(today);
    });

    it('tells one pipeline story: stages in order from the file creation (S-ORDER), landings in the scored months, ledgers of landed customers', () => {
      const created = new Map(records(data, 'Customers').map((c) => [c.name, c.createdDate as number]));
      const log = records(data, 'StageLog');
      for (const r of log) expect(r.date as number).toBeGreaterThanOrEqual(created.get(r.customer as string)!);
      const current = monthKeyOf(periodOfSerial(today))!;
      const cell = (x: CellInput | undefined) => (x === undefined || (x !== null && typeof x === 'object') ? null : x);
      const cells = log.map((r) => ({ customer: cell(r.customer), date: cell(r.date), stage: cell(r.stage) }));
      const landedRecently = [...created.keys()].filter((name) => {
        const d = landedDateOf(cells, name as string);
        return d !== null && monthKeyOf(periodOfSerial(d))! >= current - 3;
      });
      expect(landedRecently.length).toBeGreaterThanOrEqual(2);
      const landed = new Set([...created.keys()].filter((n) => landedDateOf(cells, n as string) !== null));
      for (const r of records(data, 'Revenue')) expect(landed.has(r.customer as string)).toBe(true);
      const rec = records(data, 'Receivables');
      // A-COLLECT, and exactly one invoice overdue and unpaid as of today.
      for (const r of rec) {
        if (r.collected !== null) expect(r.collected as number).toBeLessThanOrEqual(r.amount as number);
        if (r.collectedDate !== null) expect(r.collectedDate as number).toBeGreaterThanOrEqual(r.invoiceDate as number);
      }
      expect(rec.filter((r) => r.collectedDate === null && (r.dueDate as number) < today - 3)).toHaveLength(1);
    });

    it('has about 300 visits over the three months before today (and the first scored month from its first day), on workdays', () => {
      const dates = col(data, 'Visits', 'date') as number[];
      expect(dates.length).toBeGreaterThanOrEqual(250);
      expect(dates.length).toBeLessThanOrEqual(400);
      // The follow-up visits of sampleFollowed.ts may fill the first scored month before the window.
      const from = Math.min(today - 92, periodStartOf(monthKeyOf(periodOfSerial(today))! - 3));
      for (const d of dates) {
        expect(d).toBeGreaterThanOrEqual(from);
        expect([0, 6]).not.toContain((d - 1) % 7);
      }
    });

    it('has a summary on every visit with an amount (V-SUMMARY) and a status on every plan b (V-PROBLEM)', () => {
      for (const v of records(data, 'Visits')) {
        if (typeof v.amount === 'number' && v.amount > 0) expect(blank(v.summary)).toBe(false);
        if (v.plan === 'b 处理问题') expect(listValues('problemStatus')).toContain(v.problemStatus);
        else expect(v.problemStatus).toBeNull();
      }
    });

    it('follows up B and C outcomes within 7 days, with at most a couple of exceptions (V-FOLLOWUP)', () => {
      const visits = records(data, 'Visits');
      const ids = new Map(records(data, 'Customers').map((c) => [c.name, c.customerId]));
      const follow = records(data, 'FollowUps');
      let missed = 0;
      for (const v of visits) {
        const d = v.date as number;
        if (!/^[BC]/.test(String(v.result)) || d + 7 >= today) continue;
        const later = (x: CellInput): boolean => (x as number) > d && (x as number) <= d + 7;
        const ok =
          visits.some((w) => w.customer === v.customer && later(w.date)) ||
          follow.some((f) => f.customerId === ids.get(v.customer as string) && later(f.date));
        if (!ok) missed++;
      }
      expect(missed).toBeLessThanOrEqual(3);
    });

    it('has one VisitDaily row per distinct (date, reporter) of Visits', () => {
      const fromVisits = new Set(records(data, 'Visits').map((v) => `${v.date}|${v.reporter}`));
      const daily = records(data, 'VisitDaily').map((v) => `${v.date}|${v.reporter}`);
      expect(new Set(daily).size).toBe(daily.length);
      expect(new Set(daily)).toEqual(fromVisits);
    });

    it('keeps gift requests within budget and fully approved (G-BUDGET, G-APPROVAL)', () => {
      const spent = new Map<CellInput, number>();
      for (const r of records(data, 'GiftRequests')) {
        spent.set(r.planId, (spent.get(r.planId) ?? 0) + (r.value as number));
        for (const k of ['deptHeadApproval', 'giftAdminApproval', 'officeApproval', 'deputyApproval']) expect(r[k]).toBe('同意');
      }
      for (const p of records(data, 'GiftPlans')) expect(spent.get(p.planId) ?? 0).toBeLessThanOrEqual(p.budget as number);
    });

    it('has a report for every approved past reception, within its request (R-REPORT, R-OVERSPEND, R-APPROVAL)', () => {
      const sum = (r: Record<string, CellInput>, keys: string[]): number => keys.reduce((s, k) => s + ((r[k] as number | null) ?? 0), 0);
      const reports = records(data, 'ReceptionReports');
      for (const q of records(data, 'ReceptionRequests')) {
        expect(q.directorReview).toBe('同意');
        expect(q.applyDate as number).toBeLessThan(q.receptionDate as number);
        const mine = reports.filter((r) => r.requestId === q.requestId);
        if ((q.receptionDate as number) < today) expect(mine).toHaveLength(1);
        const limit = sum(q, ['hospitality', 'meeting', 'ceremony', 'gifts', 'other']);
        for (const r of mine) {
          expect(sum(r, ['meeting', 'meals', 'lodging', 'gifts', 'transport'])).toBeLessThanOrEqual(limit);
          expect(r.customer).toBe(q.customer);
          expect(r.reportDate as number).toBeGreaterThanOrEqual(r.receptionDate as number);
        }
      }
    });

    it('mostly respects C-OWNER: owners fit the monthly volume, one deliberate exception', () => {
      const position = new Map(records(data, 'Staff').map((s) => [s.name, s.position]));
      const senior = ['项目营销高级经理', '项目营销副总经理', '项目营销总经理', '项目部负责人'];
      const top = ['项目营销副总经理', '项目营销总经理', '项目部负责人'];
      let misfits = 0;
      for (const c of records(data, 'Customers')) {
        const v = (c.monthlyVolume as number | null) ?? 0;
        const p = String(position.get(c.owner));
        if ((v > 50 && !top.includes(p)) || (v >= 20 && v <= 50 && !senior.includes(p))) misfits++;
      }
      expect(misfits).toBe(1);
    });

    it('gives key accounts (KH-0001…KH-0012) two insiders and visits all their deciders (C-INSIDER, C-DECIDERS)', () => {
      const contacts = records(data, 'Contacts');
      const met = new Set(records(data, 'Visits').map((v) => v.interviewee));
      for (let i = 1; i <= 12; i++) {
        const id = `KH-${String(i).padStart(4, '0')}`;
        const mine = contacts.filter((c) => c.customerId === id);
        expect(mine.filter((c) => c.insider === '是').length).toBeGreaterThanOrEqual(2);
        for (const d of mine.filter((c) => c.role === '决策者')) expect([id, d.name, met.has(d.name)]).toEqual([id, d.name, true]);
      }
    });

    it('has the staff the KPI demo needs: one per scheme role, chains of managers, one recent hire', () => {
      const staff = records(data, 'Staff');
      expect(staff.map((s) => s.scheme).sort()).toEqual(['L1', 'L1', 'L3', 'L4', 'S1', 'S1']);
      expect(staff.filter((s) => (s.hireDate as number) > today - 61)).toHaveLength(1);
      const names = new Set(staff.map((s) => s.name));
      expect(staff.filter((s) => s.manager === null)).toHaveLength(1);
      for (const s of staff) if (s.manager !== null) expect(names.has(s.manager)).toBe(true);
    });
  });
});

describe('sampleData across seeds', () => {
  it('differs between seeds but keeps the same staff and customers', () => {
    const a = sampleData(46348, 1);
    const b = sampleData(46348, 2);
    expect(a.Visits).not.toEqual(b.Visits);
    expect(a.Staff).toEqual(b.Staff);
    expect(col(a, 'Customers', 'name')).toEqual(col(b, 'Customers', 'name'));
  });

  it('ignores the time of day in today', () => {
    expect(sampleData(46348.75, 3)).toEqual(sampleData(46348, 3));
  });
});
