/**
 * The parity test: the compiled formulas, computed by LibreOffice, must agree with the reference
 * scorer on every cell — statuses, item scores (to 1e-9), totals, grades, runs of D, suggestions,
 * prefilled inputs, the KpiSummary lookups and customer value — and no formula may give an error.
 * One zh-CN book with > 500 rows per scheme and one smaller en-US book, in one LibreOffice run.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { errorCells, hasLibreOffice, recalcMany } from '../engine/libreoffice';
import type { RecalcResult } from '../engine/libreoffice';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { findTable } from '../../src/core/model/lookup';
import type { Lang, TableSpec } from '../../src/core/model/types';
import type { CellValue } from '../../src/core/port/types';
import { createRng } from '../../src/core/sample/random';
import { DEFAULT_PARAMS, defaultParamMap } from '../../src/core/kpi/params';
import { SCHEMES } from '../../src/core/kpi/schemes';
import { KPI_SUMMARY, kpiTableOf } from '../../src/core/kpi/tables';
import { scoreKey } from '../../src/core/kpi/columns';
import { periodEndOf } from '../../src/core/kpi/period';
import { rateOf } from '../../src/core/kpi/items';
import { customerValue, CV_FACTORS } from '../../src/core/kpi/customerValue';
import { CUSTOMER_VALUE } from '../../src/core/kpi/customerValueTable';
import type { Scheme, SchemeId } from '../../src/core/kpi/types';
import { PREFILL, valueAt, writeBook } from './book';
import type { BookTable, TestRecord } from './book';
import { edgeVisits, genCustomers, genRows, genStaff, genVisits } from './gen';
import type { RowRec, StaffRec } from './gen';
import { expectRows, shown } from './expected';
import { genReceivables, genRevenue, genStageLog, genTargets } from './genLedgers';
import { prepareLedgers } from '../../src/core/kpi/ledgers';
import { lastStageOf, landedDateOf } from '../../src/core/kpi/pipeline';
import type { StageCells } from '../../src/core/kpi/pipeline';
import type { ExpectedRow } from './expected';

if (!hasLibreOffice) console.warn('LibreOffice (soffice + python3-uno) not found: skipping the KPI parity test');
const d = hasLibreOffice ? describe : describe.skip;

const params = defaultParamMap();
const FIRST = 2025 * 12 + 0; // 2025-01
const LAST = 2026 * 12 + 5; // 2026-06
const table = (name: string) => findTable(WORKBOOK_MODEL, name) as TableSpec;

interface Book {
  readonly lang: Lang;
  readonly path: string;
  readonly staff: StaffRec[];
  readonly rows: Record<SchemeId, RowRec[]>;
  readonly expected: Record<SchemeId, ExpectedRow[]>;
  readonly summary: { rec: TestRecord; scheme: Scheme; row: number }[];
  readonly ratings: CellValue[][];
  readonly customers: readonly { name: string }[];
  readonly stageLog: readonly StageCells[];
}

function buildBook(dir: string, lang: Lang, seed: number, staffPerScheme: number, first: number, last: number): { book: Book; tables: BookTable[] } {
  const rng = createRng(seed);
  // Wildcards in two busy names: the prefills' COUNTIFS must take them literally.
  const renamed: Record<string, string> = { L1员工1: 'L1员工*', L3员工1: 'L3员工?' };
  const staff = SCHEMES.flatMap((s) => genStaff(rng, s.id, staffPerScheme, first, last)).map((s) => ({ ...s, name: renamed[s.name] ?? s.name }));
  // Few reporters and owners, so that prefilled counts are often above 0 and 1.
  const busy = (scheme: SchemeId) => staff.filter((s) => s.scheme === scheme).slice(1, 4).map((s) => s.name);
  const followers = [...busy('L1'), ...busy('L3')];
  const visits = genVisits(rng, followers, first, last, 300);
  const customers = genCustomers(rng, SCHEMES.flatMap((s) => busy(s.id)), first, last, 300);
  visits.push(...edgeVisits(followers, first, last));
  const owners = SCHEMES.flatMap((s) => busy(s.id));
  const stageLog = genStageLog(rng, customers, first, last);
  const revenue = genRevenue(rng, [...owners, ...staff.filter((s) => s.scheme === 'S1').slice(4, 8).map((s) => s.name)], first, last, 400);
  const receivables = genReceivables(rng, owners, first, last, 300);
  const targets = genTargets(rng, staff, first, last);
  const cell = (x: unknown): CellValue => (x === undefined ? null : (x as CellValue));
  const stageCells = stageLog.map((r) => ({ customer: cell(r.customer), date: cell(r.date), stage: cell(r.stage) }));
  const ledgers = prepareLedgers({
    staff: staff.map((s) => ({ ...s })),
    visits,
    customers: customers.map((c) => ({ name: c.name, owner: c.owner, createdDate: c.createdDate })),
    stageLog: stageCells,
    revenue: revenue.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)]))),
    receivables: receivables.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)]))),
    targets: targets.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)]))),
  });
  const rows = {} as Record<SchemeId, RowRec[]>;
  const expected = {} as Record<SchemeId, ExpectedRow[]>;
  const busyIds = new Set(staff.filter((s) => followers.includes(s.name)).map((s) => s.staffId));
  for (const s of SCHEMES) {
    // Every row of the busy followers has 有效跟进客户数 prefilled, so each edge visit is counted somewhere.
    const followed = s.inputs.filter((i) => i.prefill === 'followedCustomers').map((i) => i.key);
    rows[s.id] = genRows(rng, s, staff.filter((x) => x.scheme === s.id), first, last, true).map((r) =>
      typeof r.staffId === 'string' && busyIds.has(r.staffId) ? { ...r, ...Object.fromEntries(followed.map((k) => [k, PREFILL])) } : r,
    );
    expected[s.id] = expectRows(s, rows[s.id], staff, ledgers, params);
  }
  // A summary row for every scheme row with a text period and a 工号, plus one with no scheme row.
  const summary = SCHEMES.flatMap((s) =>
    rows[s.id].flatMap((r, i) =>
      typeof r.period === 'string' && typeof r.staffId === 'string' ? [{ rec: { period: r.period, staffId: r.staffId, scheme: s.id }, scheme: s, row: i }] : [],
    ),
  );
  summary.push({ rec: { period: '2030-01', staffId: staff[0].staffId, scheme: 'S1' }, scheme: SCHEMES[0], row: -1 });
  const ratings = Array.from({ length: 150 }, () =>
    CV_FACTORS.map((): CellValue => {
      const r = rng.next();
      return r < 0.02 ? null : r < 0.04 ? rng.pick([0, 6, 2.5, 'x']) : rng.int(1, 5);
    }),
  );
  const staffTable = table('Staff');
  const tables: BookTable[] = [
    { sheet: 'Staff', spec: staffTable, records: staff.map((s) => ({ ...s })) },
    { sheet: 'Params', spec: table('KpiParams'), records: DEFAULT_PARAMS.map((p) => ({ id: p.id, value: p.value, note: p.note.zh })) },
    { sheet: 'Visits', spec: table('Visits'), records: visits },
    { sheet: 'Customers', spec: table('Customers'), records: customers },
    { sheet: 'StageLog', spec: table('StageLog'), records: stageLog },
    { sheet: 'Revenue', spec: table('Revenue'), records: revenue },
    { sheet: 'Receivables', spec: table('Receivables'), records: receivables },
    { sheet: 'Targets', spec: table('Targets'), records: targets },
    ...SCHEMES.map((s) => ({ sheet: s.table, spec: kpiTableOf(s.id), records: rows[s.id] })),
    { sheet: 'Summary', spec: KPI_SUMMARY, records: summary.map((x) => x.rec) },
    {
      sheet: 'Value',
      spec: CUSTOMER_VALUE,
      records: ratings.map((r, i) => ({ customerId: customers[i % customers.length].customerId, date: 46000, ...Object.fromEntries(CV_FACTORS.map((f, j) => [f.key, r[j]])) })),
    },
  ];
  const path = join(dir, `kpi-${lang}.xlsx`);
  return { book: { lang, path, staff, rows, expected, summary, ratings, customers, stageLog: stageCells }, tables };
}

const near = (a: CellValue, b: CellValue) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 : a === b;

function schemeMismatches(result: RecalcResult, book: Book, scheme: Scheme): string[] {
  const spec = kpiTableOf(scheme.id);
  const out: string[] = [];
  book.expected[scheme.id].forEach((e, i) => {
    const s = e.scored;
    const want: [string, CellValue][] = [
      ['status', s.status],
      ['name', e.name],
      ['monthKey', s.monthKey ?? ''],
      ['periodEnd', s.monthKey === null ? '' : periodEndOf(s.monthKey)],
      ...scheme.items.map((item, j): [string, CellValue] => [scoreKey(item.key), shown(s, s.items ? s.items[j] : null)]),
      ['total', shown(s, s.total)],
      ['grade', s.grade ?? ''],
      ['runD', s.run],
      ['suggestion', s.suggestion],
      ...Object.entries(e.prefilled),
    ];
    for (const [key, v] of want) {
      const got = valueAt(result, scheme.table, spec, i, key);
      if (!near(got, v)) out.push(`${scheme.table} row ${i + 2} ${key}: LibreOffice ${JSON.stringify(got)}, reference ${JSON.stringify(v)} (${JSON.stringify(book.rows[scheme.id][i])})`);
    }
  });
  return out;
}

d('KPI formulas agree with the reference scorer in LibreOffice', () => {
  let dir: string;
  const books: Book[] = [];
  const results: RecalcResult[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-parity-'));
    const built = [buildBook(dir, 'zh-CN', 20261122, 34, FIRST, LAST), buildBook(dir, 'en-US', 7, 8, LAST - 5, LAST)];
    for (const b of built) {
      await writeBook(b.book.path, WORKBOOK_MODEL, b.book.lang, b.tables);
      books.push(b.book);
    }
    results.push(...(await recalcMany(books.map((b) => b.path))));
  }, 900_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('generates enough rows, statuses, grades and runs to mean something', () => {
    for (const s of SCHEMES) {
      const e = books[0].expected[s.id].map((x) => x.scored);
      expect(e.length).toBeGreaterThanOrEqual(500);
      for (const st of ['免考', '待录入', '输入有误', '正常']) expect(e.filter((x) => x.status === st).length).toBeGreaterThan(5);
      for (const g of ['A', 'B', 'C', 'D']) expect(e.filter((x) => x.grade === g).length).toBeGreaterThan(s.id === 'L4' && g !== 'D' ? 0 : 5);
      expect(e.filter((x) => x.run >= 2).length).toBeGreaterThan(0);
      expect(e.filter((x) => x.rowProblem === 'duplicate').length).toBeGreaterThan(0);
      expect(e.filter((x) => x.rowProblem === 'period').length).toBeGreaterThan(5);
      expect(e.filter((x) => x.problems.some((p) => p.kind === 'zero')).length).toBeGreaterThan(0);
      // Rates exactly on a step boundary below the target, where FLOOR is most fragile.
      const onStep = books[0].rows[s.id].filter((r, i) => {
        if (e[i].status !== '正常') return false;
        return s.items.some((item) => {
          const rule = item.rule;
          if (rule.kind !== 'rate' || rule.direction !== 'atLeast') return false;
          const [a, b] = [r[rule.actual], r[rule.base]];
          if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return false;
          const gap = (params.get(rule.targetParam) as number) - rateOf(a, b, false);
          const steps = gap / (params.get(rule.stepParam) as number);
          return gap > 0 && Math.abs(steps - Math.round(steps)) < 1e-9;
        });
      });
      expect(onStep.length).toBeGreaterThan(20);
    }
    const prefilled = SCHEMES.flatMap((s) => books[0].expected[s.id].flatMap((x) => Object.values(x.prefilled)));
    expect(prefilled.filter((v) => typeof v === 'number' && v >= 2).length).toBeGreaterThan(5);
  });

  for (const scheme of SCHEMES) {
    it(`${scheme.id}: every status, score, total, grade, run, suggestion and prefill matches`, () => {
      for (const [i, book] of books.entries()) expect(schemeMismatches(results[i], book, scheme).slice(0, 15)).toEqual([]);
    });
  }

  it('KpiSummary shows each staff member’s row of the scheme table', () => {
    const out: string[] = [];
    books.forEach((book, b) => {
      book.summary.forEach((x, i) => {
        const e = x.row < 0 ? undefined : book.expected[x.scheme.id][x.row];
        // MATCH finds the first row with the same 期间|工号 (case-insensitive), as duplicates may exist.
        const key = (r: RowRec) => `${String(r.period)}|${String(r.staffId)}`.toLowerCase();
        const firstRow = x.row < 0 ? -1 : book.rows[x.scheme.id].findIndex((r) => key(r) === key(book.rows[x.scheme.id][x.row]));
        const f = firstRow < 0 ? undefined : book.expected[x.scheme.id][firstRow];
        const want: [string, CellValue][] = [
          ['name', e?.name ?? book.staff.find((s) => s.staffId === x.rec.staffId)?.name ?? ''],
          ['position', e?.position ?? book.staff.find((s) => s.staffId === x.rec.staffId)?.position ?? ''],
          ['row', firstRow < 0 ? '' : firstRow + 1],
          ['total', f ? shown(f.scored, f.scored.total) : ''],
          ['grade', f ? (f.scored.grade ?? '') : ''],
          ['runD', f ? f.scored.run : ''],
          ['suggestion', f ? f.scored.suggestion : ''],
          ['status', f ? f.scored.status : ''],
        ];
        for (const [key2, v] of want) {
          const got = valueAt(results[b], 'Summary', KPI_SUMMARY, i, key2);
          if (!near(got, v)) out.push(`${book.lang} summary row ${i + 2} ${key2}: LibreOffice ${JSON.stringify(got)}, reference ${JSON.stringify(v)}`);
        }
      });
    });
    expect(out.slice(0, 15)).toEqual([]);
  });

  it('CustomerValue scores and classes match customerValue()', () => {
    const out: string[] = [];
    books.forEach((book, b) => {
      book.ratings.forEach((r, i) => {
        const cv = customerValue(r, params);
        const score = cv.kind === 'ok' ? cv.score : cv.kind === 'invalid' ? '输入有误' : '';
        const cls = cv.kind === 'ok' ? cv.valueClass : '';
        const gotScore = valueAt(results[b], 'Value', CUSTOMER_VALUE, i, 'score');
        const gotClass = valueAt(results[b], 'Value', CUSTOMER_VALUE, i, 'valueClass');
        if (!near(gotScore, score) || gotClass !== cls) out.push(`${book.lang} row ${i + 2}: ${JSON.stringify([gotScore, gotClass])} vs ${JSON.stringify([score, cls])}`);
      });
    });
    expect(out.slice(0, 15)).toEqual([]);
  });

  it('Customers.开发阶段 and 成交日期 match the StageLog reference', () => {
    const out: string[] = [];
    books.forEach((book, b) => {
      book.customers.forEach((c, i) => {
        const want: [string, CellValue][] = [
          ['devStage', lastStageOf(book.stageLog, c.name)],
          ['landedDate', landedDateOf(book.stageLog, c.name) ?? ''],
        ];
        for (const [key, v] of want) {
          const got = valueAt(results[b], 'Customers', table('Customers'), i, key);
          if (!near(got, v)) out.push(`${book.lang} customer ${i + 2} ${key}: LibreOffice ${JSON.stringify(got)}, reference ${JSON.stringify(v)}`);
        }
      });
      expect(book.customers.filter((c) => landedDateOf(book.stageLog, c.name) !== null).length).toBeGreaterThan(10);
    });
    expect(out.slice(0, 15)).toEqual([]);
  });

  it('no formula cell evaluates to an error', () => {
    for (const r of results) expect(errorCells(r).slice(0, 10)).toEqual([]);
  });
});
