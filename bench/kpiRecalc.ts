/**
 * KPI recalculation in LibreOffice: a workbook with 300 staff × 24 months of fully entered KPI rows
 * (every formula written per cell, as the .xlsx writer does), recalculated through UNO. Also
 * measures the 有效跟进客户数 prefill on realistic visit logs (its cost grows with the Visits
 * rows: the _首访 helper's MATCH, then one COUNTIFS per KPI cell) and checks every prefilled cell
 * against the reference, and LibreOffice's start-up alone, so the figures can be read net of it.
 */
import { mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { errorCells, hasLibreOffice, recalcMany } from '../test/engine/libreoffice';
import type { RecalcResult } from '../test/engine/libreoffice';
import { valueAt, writeBook, PREFILL } from '../test/kpi/book';
import type { BookTable, TestRecord } from '../test/kpi/book';
import { genInputs } from '../test/kpi/gen';
import { WORKBOOK_MODEL } from '../src/core/model/workbook';
import { findTable } from '../src/core/model/lookup';
import type { TableSpec } from '../src/core/model/types';
import { createRng } from '../src/core/sample/random';
import { DEFAULT_PARAMS } from '../src/core/kpi/params';
import { SCHEMES } from '../src/core/kpi/schemes';
import { KPI_SUMMARY, kpiTableOf } from '../src/core/kpi/tables';
import { periodEndOf, periodOfMonthKey, periodStartOf } from '../src/core/kpi/period';
import { followedCustomersOf } from '../src/core/kpi/prefill';
import type { VisitCells } from '../src/core/kpi/prefill';
import { serialOf } from '../src/core/kpi/dates';
import type { Scheme, SchemeId } from '../src/core/kpi/types';

const STAFF_COUNT = 300;
const MONTHS = 24;
const SHARE: Record<SchemeId, number> = { S1: 0.5, L1: 0.3, L3: 0.1, L4: 0.1 };
const POSITION: Record<SchemeId, string> = { S1: '大客户经理', L1: '项目营销经理', L3: '项目营销副总经理', L4: '项目部负责人' };
/** Visit log sizes × KPI rows whose 有效跟进客户数 is the prefill formula (env KPI_BENCH_PREFILL="2000x300,20000x300"). */
const PREFILL_CASES: readonly { visits: number; rows: number }[] = (process.env.KPI_BENCH_PREFILL ?? '2000x300,20000x300')
  .split(',')
  .map((c) => c.split('x').map(Number))
  .map(([visits, rows]) => ({ visits: visits ?? 0, rows: rows ?? 0 }));
const PREFILL_CUSTOMERS = 1000;
const PORTFOLIO = 25;
const LOG_MONTHS = 12;

const table = (name: string) => findTable(WORKBOOK_MODEL, name) as TableSpec;

function staffOf(): TestRecord[] {
  const out: TestRecord[] = [];
  for (const s of SCHEMES) {
    const n = Math.round(STAFF_COUNT * SHARE[s.id]);
    for (let i = 0; i < n; i++) {
      out.push({
        staffId: `${s.id}-${i + 1}`, name: `${s.id}员工${i + 1}`, position: POSITION[s.id], rank: i % 2 ? '员工级' : '副经理及以上',
        hireDate: serialOf(2019, 1 + (i % 12), 1), transferDate: null, scheme: s.id, active: '是',
      });
    }
  }
  return out;
}

function baseTables(staff: TestRecord[], visits: readonly TestRecord[]): BookTable[] {
  return [
    { sheet: 'Staff', spec: table('Staff'), records: staff },
    { sheet: 'Params', spec: table('KpiParams'), records: DEFAULT_PARAMS.map((p) => ({ id: p.id, value: p.value, note: p.note.zh })) },
    { sheet: 'Visits', spec: table('Visits'), records: visits },
    { sheet: 'Customers', spec: table('Customers'), records: [] },
  ];
}

function fullTables(staff: TestRecord[], first: number, months: number): BookTable[] {
  const rng = createRng(42);
  const rows: Record<string, TestRecord[]> = {};
  const summary: TestRecord[] = [];
  for (let key = first; key < first + months; key++) {
    for (const st of staff) {
      const scheme = SCHEMES.find((s) => s.id === st.scheme);
      if (!scheme) continue;
      (rows[scheme.table] ??= []).push({ period: periodOfMonthKey(key), staffId: st.staffId, ...genInputs(rng, scheme, key) });
      summary.push({ period: periodOfMonthKey(key), staffId: st.staffId, scheme: scheme.id });
    }
  }
  return [
    ...baseTables(staff, []),
    ...SCHEMES.map((s) => ({ sheet: s.table, spec: kpiTableOf(s.id), records: rows[s.table] ?? [] })),
    { sheet: 'Summary', spec: KPI_SUMMARY, records: summary },
  ];
}

/**
 * A realistic visit log, in date order: each reporter visits a portfolio of customers (out of
 * PREFILL_CUSTOMERS) on the workdays of the last LOG_MONTHS months up to `lastKey`. Most
 * (reporter, customer, month) triples are new, which is the costly case for the first-visit MATCH.
 */
function logOf(n: number, names: readonly string[], lastKey: number): { date: number; reporter: string; customer: string }[] {
  const rng = createRng(n);
  const portfolio = new Map(names.map((name) => [name, Array.from({ length: PORTFOLIO }, () => `客户${rng.int(1, PREFILL_CUSTOMERS)}`)]));
  const from = periodStartOf(lastKey - LOG_MONTHS + 1);
  const days = periodEndOf(lastKey) - from + 1;
  const dates: number[] = [];
  while (dates.length < n) {
    const d = from + rng.int(0, days - 1);
    if (d % 7 > 1) dates.push(d); // serial mod 7: 0 Saturday, 1 Sunday
  }
  return dates.sort((a, b) => a - b).map((date) => {
    const reporter = rng.pick(names);
    return { date, reporter, customer: rng.pick(portfolio.get(reporter) ?? []) };
  });
}

interface PrefillCase {
  readonly tables: BookTable[];
  readonly rows: { scheme: Scheme; index: number; name: string; key: number }[];
  readonly visits: readonly VisitCells[];
}

/** `rows` KPI rows of the L1/L3 staff over the last months, 有效跟进客户数 prefilled, on a log of `n` visits. */
function prefillCase(staff: TestRecord[], lastKey: number, n: number, count: number): PrefillCase {
  const rng = createRng(43);
  const followers = staff.filter((s) => SCHEMES.find((x) => x.id === s.scheme)?.inputs.some((i) => i.prefill === 'followedCustomers'));
  const visits = logOf(n, followers.map((s) => String(s.name)), lastKey);
  const records: Record<string, TestRecord[]> = {};
  const rows: PrefillCase['rows'] = [];
  for (let key = lastKey; rows.length < count; key--) {
    for (const st of followers) {
      if (rows.length >= count) break;
      const scheme = SCHEMES.find((s) => s.id === st.scheme) as Scheme;
      const list = (records[scheme.table] ??= []);
      rows.push({ scheme, index: list.length, name: String(st.name), key });
      list.push({ period: periodOfMonthKey(key), staffId: st.staffId, ...genInputs(rng, scheme, key), followed: PREFILL });
    }
  }
  return {
    tables: [...baseTables(staff, visits), ...SCHEMES.map((s) => ({ sheet: s.table, spec: kpiTableOf(s.id), records: records[s.table] ?? [] }))],
    rows,
    visits,
  };
}

/** Prefilled cells whose LibreOffice value differs from followedCustomersOf. */
function prefillMismatches(result: RecalcResult, c: PrefillCase): number {
  return c.rows.filter((r) => {
    const want = followedCustomersOf(c.visits, r.name, periodStartOf(r.key), periodEndOf(r.key));
    return valueAt(result, r.scheme.table, kpiTableOf(r.scheme.id), r.index, 'followed') !== want;
  }).length;
}

export async function benchKpiRecalc(): Promise<Record<string, number | string>> {
  if (!hasLibreOffice) return { skipped: 'LibreOffice (soffice + python3-uno) not found' };
  const dir = mkdtempSync(join(tmpdir(), 'bench-kpi-'));
  try {
    const staff = staffOf();
    const first = 2024 * 12;
    const paths = { empty: join(dir, 'empty.xlsx'), full: join(dir, 'kpi.xlsx') };

    await writeBook(paths.empty, WORKBOOK_MODEL, 'zh-CN', [{ sheet: 'Params', spec: table('KpiParams'), records: [] }]);
    const t = Date.now();
    const full = fullTables(staff, first, MONTHS);
    await writeBook(paths.full, WORKBOOK_MODEL, 'zh-CN', full);
    const writeMs = Date.now() - t;
    const rows = full.filter((b) => b.spec.name.startsWith('KpiL') || b.spec.name === 'KpiS1').reduce((n, b) => n + b.records.length, 0);
    const formulaCells = full.reduce((n, b) => n + b.records.length * b.spec.columns.filter((c) => c.type.kind === 'formula').length, 0);

    const cases = PREFILL_CASES.map((pc, i) => ({ ...pc, path: join(dir, `prefill-${i}.xlsx`), data: prefillCase(staff, first + MONTHS - 1, pc.visits, pc.rows) }));
    for (const c of cases) await writeBook(c.path, WORKBOOK_MODEL, 'zh-CN', c.data.tables);

    // A fresh LibreOffice per file (start-up included in each figure; the empty book shows how much).
    const timed = async (p: string): Promise<[RecalcResult, number]> => {
      const t0 = Date.now();
      const [r] = await recalcMany([p]);
      return [r as RecalcResult, Date.now() - t0];
    };
    const [, emptyMs] = await timed(paths.empty);
    const [fullResult, fullMs] = await timed(paths.full);
    const figures: Record<string, number | string> = {
      'staff × months': `${STAFF_COUNT} × ${MONTHS}`,
      'KPI rows (+ as many KpiSummary rows)': rows,
      'formula cells': formulaCells,
      '.xlsx size (MB)': statSync(paths.full).size / 1e6,
      'write .xlsx with ExcelJS (ms)': writeMs,
      'LibreOffice start-up, empty book (ms)': emptyMs,
      'LibreOffice load + recalc + read (ms)': fullMs,
      'error cells after recalc': errorCells(fullResult).length,
    };
    for (const c of cases) {
      const [result, ms] = await timed(c.path);
      const label = `有效跟进客户数: ${c.data.rows.length} cells, ${c.data.visits.length} visits`;
      figures[`${label} (ms)`] = ms;
      figures[`${label}: errors, mismatches`] = `${errorCells(result).length}, ${prefillMismatches(result, c.data)}`;
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
