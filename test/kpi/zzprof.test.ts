import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalc } from '../engine/libreoffice';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { findTable } from '../../src/core/model/lookup';
import type { TableSpec, ColumnType } from '../../src/core/model/types';
import { createRng } from '../../src/core/sample/random';
import { DEFAULT_PARAMS } from '../../src/core/kpi/params';
import { SCHEMES } from '../../src/core/kpi/schemes';
import { kpiTableOf } from '../../src/core/kpi/tables';
import { writeBook } from './book';
import { genCustomers, genRows, genStaff, genVisits } from './gen';

const table = (name: string) => findTable(WORKBOOK_MODEL, name) as TableSpec;
const stub = (spec: TableSpec, keys: string[]): TableSpec => ({ ...spec, columns: spec.columns.map((c) => keys.includes(c.key) ? { ...c, type: { kind: 'formula', formula: () => '=0', result: 'number' } as ColumnType } : c) });

it('profile', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-prof-'));
  const FIRST = 2025 * 12, LAST = 2026 * 12 + 5;
  const rng = createRng(1);
  const staff = SCHEMES.flatMap((s) => genStaff(rng, s.id, 34, FIRST, LAST));
  const names = staff.slice(0, 20).map((s) => s.name);
  const visits = genVisits(rng, names, FIRST, LAST, 500);
  const customers = genCustomers(rng, names, FIRST, LAST, 300);
  const rows = SCHEMES.map((s) => genRows(rng, s, staff.filter((x) => x.scheme === s.id), FIRST, LAST, process.env.PREFILL === '1'));
  const variant = process.env.VARIANT ?? 'full';
  const specOf = (id: any) => {
    const t = kpiTableOf(id);
    if (variant === 'norun') return stub(t, ['runD']);
    if (variant === 'nostatus') return stub(t, ['status']);
    if (variant === 'nosugg') return stub(t, ['suggestion', 'name']);
    return t;
  };
  const path = join(dir, 'b.xlsx');
  await writeBook(path, WORKBOOK_MODEL, 'zh-CN', [
    { sheet: 'Staff', spec: table('Staff'), records: staff.map((s) => ({ ...s })) },
    { sheet: 'Params', spec: table('KpiParams'), records: DEFAULT_PARAMS.map((p) => ({ id: p.id, value: p.value, note: p.note.zh })) },
    { sheet: 'Visits', spec: table('Visits'), records: visits },
    { sheet: 'Customers', spec: table('Customers'), records: customers },
    ...SCHEMES.map((s, i) => ({ sheet: s.table, spec: specOf(s.id), records: rows[i] })),
  ]);
  const t0 = Date.now();
  await recalc(path);
  console.log(variant, process.env.PREFILL, Date.now() - t0);
}, 600000);
