/**
 * The whole check as the add-in runs it, through the Office adapter over the fake Excel, on the
 * large synthetic workbook (50,000 visits, 5,000 customers, 20,000 contacts): its sync count,
 * which depends only on the payload chunking, and the CPU time of reading plus checking.
 */
import { performance } from 'node:perf_hooks';
import { createFakeExcel } from '../test/fake-excel';
import { OfficePort } from '../src/adapters/office/officePort';
import { checkWorkbook } from '../src/core/services/checkWorkbook';
import { syntheticWorkbook } from './validate';
import { serialOf } from '../src/core/validate/dates';

export async function benchCheck(): Promise<Record<string, number | string>> {
  const tables = syntheticWorkbook();
  const fake = createFakeExcel({ sheets: [] });
  // One sheet per table: the synthetic tables carry no layout of their own.
  for (const t of tables) fake.seed.sheet(t.name);
  fake.seed.sheet('Lists', 'VeryHidden');
  fake.seed.cells('Lists', 'A1', [['key', 'value'], ['modelVersion', 1], ['lang', 'zh-CN']]);
  for (const t of tables) fake.seed.table(t.name, 'A1', t.name, t.headers, t.rows);
  const port = new OfficePort(fake.run, { isSetSupported: (s, v) => fake.isSetSupported(s, v) });
  const t0 = performance.now();
  const problems = await checkWorkbook(port, { lang: 'zh-CN', today: serialOf(2026, 11, 20) });
  const ms = performance.now() - t0;
  const log = fake.syncLog();
  return {
    'rows read': tables.reduce((n, t) => n + t.rows.length, 0),
    problems: problems.length,
    syncs: fake.syncCount(),
    'largest response KB': Math.max(...log.map((s) => s.responseBytes)) / 1024,
    'ms (fake read + engine, CPU)': ms,
  };
}
