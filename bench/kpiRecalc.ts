/**
 * KPI recalculation in LibreOffice: a workbook with 300 staff × 24 months of fully entered KPI rows
 * (every formula written per cell, as the .xlsx writer does), recalculated through UNO. Also
 * measures the 有效跟进客户数 prefill, whose distinct count costs O(visits²) per cell, and
 * LibreOffice's start-up alone, so the figures can be read net of it.
 */
import { mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { errorCells, hasLibreOffice, recalcMany } from '../test/engine/libreoffice';
import { writeBook, PREFILL } from '../test/kpi/book';
import type { BookTable, TestRecord } from '../test/kpi/book';
import { genInputs, genVisits } from '../test/kpi/gen';
import { WORKBOOK_MODEL } from '../src/core/model/workbook';
import { findTable } from '../src/core/model/lookup';
import type { TableSpec } from '../src/core/model/types';
import { createRng } from '../src/core/sample/random';
import { DEFAULT_PARAMS } from '../src/core/kpi/params';
import { SCHEMES } from '../src/core/kpi/schemes';
import { KPI_SUMMARY, kpiTableOf } from '../src/core/kpi/tables';
import { periodOfMonthKey } from '../src/core/kpi/period';
import { serialOf } from '../src/core/kpi/dates';
import type { SchemeId } from '../src/core/kpi/types';

const STAFF_COUNT = 300;
const MONTHS = 24;
const SHARE: Record<SchemeId, number> = { S1: 0.5, L1: 0.3, L3: 0.1, L4: 0.1 };
const POSITION: Record<SchemeId, string> = { S1: '大客户经理', L1: '项目营销经理', L3: '项目营销副总经理', L4: '项目部负责人' };
const PREFILL_VISITS = 1000;

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

function bookTables(staff: TestRecord[], first: number, months: number, prefill: boolean, visits: TestRecord[]): BookTable[] {
  const rng = createRng(42);
  const rows: Record<string, TestRecord[]> = {};
  const summary: TestRecord[] = [];
  for (let key = first; key < first + months; key++) {
    for (const st of staff) {
      const scheme = SCHEMES.find((s) => s.id === st.scheme);
      if (!scheme) continue;
      const inputs = genInputs(rng, scheme, key);
      if (prefill && scheme.inputs.some((i) => i.prefill === 'followedCustomers')) inputs.followed = PREFILL;
      if (prefill && !scheme.inputs.some((i) => i.prefill === 'followedCustomers')) continue;
      (rows[scheme.table] ??= []).push({ period: periodOfMonthKey(key), staffId: st.staffId, ...inputs });
      summary.push({ period: periodOfMonthKey(key), staffId: st.staffId, scheme: scheme.id });
    }
  }
  return [
    { sheet: 'Staff', spec: table('Staff'), records: staff },
    { sheet: 'Params', spec: table('KpiParams'), records: DEFAULT_PARAMS.map((p) => ({ id: p.id, value: p.value, note: p.note.zh })) },
    { sheet: 'Visits', spec: table('Visits'), records: visits },
    { sheet: 'Customers', spec: table('Customers'), records: [] },
    ...SCHEMES.map((s) => ({ sheet: s.table, spec: kpiTableOf(s.id), records: rows[s.table] ?? [] })),
    ...(prefill ? [] : [{ sheet: 'Summary', spec: KPI_SUMMARY, records: summary }]),
  ];
}

export async function benchKpiRecalc(): Promise<Record<string, number | string>> {
  if (!hasLibreOffice) return { skipped: 'LibreOffice (soffice + python3-uno) not found' };
  const dir = mkdtempSync(join(tmpdir(), 'bench-kpi-'));
  try {
    const staff = staffOf();
    const first = 2024 * 12;
    const paths = { empty: join(dir, 'empty.xlsx'), full: join(dir, 'kpi.xlsx'), prefill: join(dir, 'prefill.xlsx') };

    await writeBook(paths.empty, WORKBOOK_MODEL, 'zh-CN', [{ sheet: 'Params', spec: table('KpiParams'), records: [] }]);
    let t = Date.now();
    const full = bookTables(staff, first, MONTHS, false, []);
    await writeBook(paths.full, WORKBOOK_MODEL, 'zh-CN', full);
    const writeMs = Date.now() - t;
    const rows = full.filter((b) => b.spec.name.startsWith('KpiL') || b.spec.name === 'KpiS1').reduce((n, b) => n + b.records.length, 0);
    const formulaCells = full.reduce((n, b) => n + b.records.length * b.spec.columns.filter((c) => c.type.kind === 'formula').length, 0);

    const names = staff.filter((s) => s.scheme === 'L1' || s.scheme === 'L3').map((s) => String(s.name));
    const visits = genVisits(createRng(7), names.slice(0, 30), first + MONTHS - 1, first + MONTHS - 1, PREFILL_VISITS);
    const prefillBook = bookTables(staff, first + MONTHS - 1, 1, true, visits);
    await writeBook(paths.prefill, WORKBOOK_MODEL, 'zh-CN', prefillBook);
    const prefillCells = prefillBook.filter((b) => b.spec.name.startsWith('KpiL')).reduce((n, b) => n + b.records.length, 0);

    // A fresh LibreOffice per file (start-up included in each figure; the empty book shows how much).
    const times: number[] = [];
    const results = [];
    for (const p of [paths.empty, paths.full, paths.prefill]) {
      t = Date.now();
      results.push((await recalcMany([p]))[0]);
      times.push(Date.now() - t);
    }
    return {
      'staff × months': `${STAFF_COUNT} × ${MONTHS}`,
      'KPI rows (+ as many KpiSummary rows)': rows,
      'formula cells': formulaCells,
      '.xlsx size (MB)': statSync(paths.full).size / 1e6,
      'write .xlsx with ExcelJS (ms)': writeMs,
      'LibreOffice start-up, empty book (ms)': times[0],
      'LibreOffice load + recalc + read (ms)': times[1],
      'error cells after recalc': errorCells(results[1]).length,
      '有效跟进客户数 prefill: cells × visits': `${prefillCells} × ${PREFILL_VISITS}`,
      '有效跟进客户数 prefill: LibreOffice (ms)': times[2],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
