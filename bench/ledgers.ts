/**
 * The ledger pre-fills in LibreOffice (issue #11): 300 staff × 12 months of Kpi rows whose every
 * ledger-derived input is its pre-fill formula, over a Revenue ledger of 5,000 and of 20,000 rows
 * (and half as many invoices), with Targets for every staff-month and a pipeline of 400 customers.
 * Each pre-fill is one SUMIFS/COUNTIFS/MATCH per cell, so the time should grow about linearly with
 * the ledger (×4 rows → about ×4 time net of start-up), not with its square. Also counts the cells
 * that differ from the reference (derivePrefill), which must be 0.
 * LEDGER_BENCH="5000,20000" chooses the Revenue sizes.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { errorCells, hasLibreOffice, recalcMany } from '../test/engine/libreoffice';
import { valueAt, writeBook, PREFILL } from '../test/kpi/book';
import type { BookTable, TestRecord } from '../test/kpi/book';
import { genReceivables, genRevenue, genStageLog, genTargets } from '../test/kpi/genLedgers';
import type { CustomerRec, StaffRec } from '../test/kpi/gen';
import { WORKBOOK_MODEL } from '../src/core/model/workbook';
import { findTable } from '../src/core/model/lookup';
import type { TableSpec } from '../src/core/model/types';
import type { CellValue } from '../src/core/port/types';
import { createRng } from '../src/core/sample/random';
import { DEFAULT_PARAMS } from '../src/core/kpi/params';
import { SCHEMES } from '../src/core/kpi/schemes';
import { kpiTableOf } from '../src/core/kpi/tables';
import { periodOfMonthKey } from '../src/core/kpi/period';
import { serialOf } from '../src/core/kpi/dates';
import { derivePrefill, prepareLedgers } from '../src/core/kpi/ledgers';
import type { SchemeId } from '../src/core/kpi/types';

const STAFF_COUNT = 300;
const MONTHS = 12;
const SHARE: Record<SchemeId, number> = { S1: 0.5, L1: 0.3, L3: 0.1, L4: 0.1 };
const POSITION: Record<SchemeId, string> = { S1: '大客户经理', L1: '项目营销经理', L3: '项目营销副总经理', L4: '项目部负责人' };
const SIZES = (process.env.LEDGER_BENCH ?? '5000,20000').split(',').map(Number);
const table = (name: string) => findTable(WORKBOOK_MODEL, name) as TableSpec;
const cell = (x: unknown): CellValue => (x === undefined ? null : (x as CellValue));
const plain = (rs: readonly TestRecord[]) => rs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)])));

function staffOf(): StaffRec[] {
  return SCHEMES.flatMap((s) =>
    Array.from({ length: Math.round(STAFF_COUNT * SHARE[s.id]) }, (_, i) => ({
      staffId: `${s.id}-${i + 1}`, name: `${s.id}员工${i + 1}`, position: POSITION[s.id], rank: '员工级',
      hireDate: serialOf(2019, 1, 1), transferDate: null, scheme: s.id, active: '是', dept: `项目${(i % 6) + 1}部`,
    })),
  );
}

function book(size: number, first: number) {
  const rng = createRng(size);
  const staff = staffOf();
  const names = staff.map((s) => s.name);
  const customers: CustomerRec[] = Array.from({ length: 400 }, (_, i) => ({ customerId: `KH-${i + 1}`, name: `客户${i + 1}`, createdDate: serialOf(2023, 1, 1), owner: names[i % names.length]! }));
  const last = first + MONTHS - 1;
  const stageLog = genStageLog(rng, customers, first, last);
  const revenue = genRevenue(rng, names, first, last, size);
  const receivables = genReceivables(rng, names, first, last, size / 2);
  const targets = genTargets(rng, staff, first, last);
  const rows = SCHEMES.map((s) => ({
    scheme: s,
    records: staff.filter((x) => x.scheme === s.id).flatMap((x) =>
      Array.from({ length: MONTHS }, (_, m): TestRecord => ({
        period: periodOfMonthKey(first + m), staffId: x.staffId,
        ...Object.fromEntries(s.inputs.map((i) => [i.key, i.prefill && i.prefill !== 'followedCustomers' ? PREFILL : 1])),
      })),
    ),
  }));
  const tables: BookTable[] = [
    { sheet: 'Staff', spec: table('Staff'), records: staff.map((s) => ({ ...s })) },
    { sheet: 'Params', spec: table('KpiParams'), records: DEFAULT_PARAMS.map((p) => ({ id: p.id, value: p.value, note: p.note.zh })) },
    { sheet: 'Visits', spec: table('Visits'), records: [] },
    { sheet: 'Customers', spec: table('Customers'), records: customers },
    { sheet: 'StageLog', spec: table('StageLog'), records: stageLog },
    { sheet: 'Revenue', spec: table('Revenue'), records: revenue },
    { sheet: 'Receivables', spec: table('Receivables'), records: receivables },
    { sheet: 'Targets', spec: table('Targets'), records: targets },
    ...rows.map((r) => ({ sheet: r.scheme.table, spec: kpiTableOf(r.scheme.id), records: r.records })),
  ];
  const ledgers = prepareLedgers({
    staff: plain(staff.map((s) => ({ ...s }))), visits: [], customers: plain(customers),
    stageLog: stageLog.map((r) => ({ customer: cell(r.customer), date: cell(r.date), stage: cell(r.stage) })),
    revenue: plain(revenue), receivables: plain(receivables), targets: plain(targets),
  });
  return { tables, rows, staff, ledgers, cells: rows.reduce((n, r) => n + r.records.length * r.scheme.inputs.filter((i) => i.prefill && i.prefill !== 'followedCustomers').length, 0) };
}

export async function benchLedgers(): Promise<Record<string, number | string>> {
  if (!hasLibreOffice) return { skipped: 'LibreOffice (soffice + python3-uno) not found' };
  const dir = mkdtempSync(join(tmpdir(), 'bench-ledgers-'));
  const figures: Record<string, number | string> = { 'staff × months': `${STAFF_COUNT} × ${MONTHS}` };
  try {
    const empty = join(dir, 'empty.xlsx');
    await writeBook(empty, WORKBOOK_MODEL, 'zh-CN', [{ sheet: 'Params', spec: table('KpiParams'), records: [] }]);
    const t0 = Date.now();
    await recalcMany([empty]);
    figures['LibreOffice start-up, empty book (ms)'] = Date.now() - t0;
    for (const size of SIZES) {
      const b = book(size, 2025 * 12);
      const path = join(dir, `ledgers-${size}.xlsx`);
      await writeBook(path, WORKBOOK_MODEL, 'zh-CN', b.tables);
      const t = Date.now();
      const [result] = await recalcMany([path], 1800);
      const label = `${size} Revenue + ${size / 2} Receivables rows, ${b.cells} pre-filled cells`;
      figures[`${label} (ms)`] = Date.now() - t;
      let mismatches = 0;
      for (const r of b.rows) {
        const spec = kpiTableOf(r.scheme.id);
        r.records.forEach((rec, i) => {
          const s = b.staff.find((x) => x.staffId === rec.staffId)!;
          for (const input of r.scheme.inputs) {
            if (rec[input.key] !== PREFILL) continue;
            const want = derivePrefill(input, { period: cell(rec.period), staffId: cell(rec.staffId), name: s.name, dept: s.dept ?? '' }, b.ledgers).value;
            const got = valueAt(result!, r.scheme.table, spec, i, input.key);
            if (!(typeof got === 'number' && typeof want === 'number' ? Math.abs(got - want) < 1e-9 : got === want)) mismatches++;
          }
        });
      }
      figures[`${label}: errors, mismatches`] = `${errorCells(result!).length}, ${mismatches}`;
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
