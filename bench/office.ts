/**
 * The Office adapter over the strict fake Excel: round trips and time of a full generate (the real
 * plan from planGenerate, with the sample data), of reading the structure, of appending and reading
 * 10,000 rows, and of reading 200,000 rows. Times are the adapter's and the fake's CPU time, not
 * Excel's; the sync counts and payload sizes are what carries over to a real host.
 */
import { OfficePort } from '../src/adapters/office/officePort';
import { WORKBOOK_MODEL } from '../src/core/model/workbook';
import { planGenerate } from '../src/core/plan/generate';
import { initialRows } from '../src/core/services/initialRows';
import { excelValidationFor } from '../src/core/validate/excelValidation';
import { createFakeExcel } from '../test/fake-excel';
import type { FakeExcel } from '../test/fake-excel';

const SAMPLE_AS_OF = 46296; // 2026-10-01

function rows(n: number): (string | number | boolean)[][] {
  return Array.from({ length: n }, (_, i) => [
    `KH-${String(i).padStart(6, '0')}`,
    `客户${i % 500}`,
    45000 + (i % 700),
    (i * 37) % 10000,
    i % 3 === 0 ? '已处理' : '未处理',
    `拜访记录 ${i}：与客户讨论了合作方案，约定下周回访。`,
    i % 2 === 0,
    i % 5,
  ]);
}
const HEADERS = ['档案编号', '客户', '日期', '金额', '状态', '面谈概要', '可报销', '评分'];

async function timed<T>(fake: FakeExcel, f: () => Promise<T>): Promise<{ ms: number; syncs: number; maxRequestKB: number; maxResponseKB: number; value: T }> {
  fake.resetCounters();
  const t0 = performance.now();
  const value = await f();
  const ms = performance.now() - t0;
  const log = fake.syncLog();
  return {
    ms,
    syncs: fake.syncCount(),
    maxRequestKB: Math.max(0, ...log.map((s) => s.requestBytes)) / 1024,
    maxResponseKB: Math.max(0, ...log.map((s) => s.responseBytes)) / 1024,
    value,
  };
}

export async function benchOffice(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};

  const fake = createFakeExcel();
  const port = new OfficePort(fake.run, { isSetSupported: fake.isSetSupported });
  const structure = await port.readStructure();
  const plan = planGenerate(WORKBOOK_MODEL, structure, 'zh-CN', {
    validationFor: excelValidationFor,
    initialRows: initialRows('zh-CN', SAMPLE_AS_OF),
  });
  // readStructure (2 syncs) happened before; the generate service costs those plus the apply.
  const gen = await timed(fake, () => port.apply(plan.ops));
  out['generate --sample: operations'] = plan.ops.length;
  out['generate --sample: syncs'] = gen.syncs;
  out['generate --sample: ms'] = gen.ms;
  out['generate --sample: largest request KB'] = gen.maxRequestKB;

  // A second generate on the generated workbook: structure read only, nothing to write.
  const again = await timed(fake, async () => {
    const s = await port.readStructure();
    const p = planGenerate(WORKBOOK_MODEL, s, 'zh-CN', { validationFor: excelValidationFor });
    if (p.ops.length > 0) await port.apply(p.ops);
  });
  out['generate re-run: syncs'] = again.syncs;

  const st = await timed(fake, () => port.readStructure());
  out['readStructure after generate: syncs'] = st.syncs;
  out['readStructure after generate: ms'] = st.ms;

  const big = createFakeExcel();
  const bigPort = new OfficePort(big.run, { isSetSupported: big.isSetSupported });
  big.seed.table('Sheet1', 'A1', 'Visits', HEADERS, rows(1));
  const append = await timed(big, () => bigPort.apply([{ op: 'appendRows', table: 'Visits', rows: rows(10000) }]));
  out['appendRows 10,000 × 8: syncs'] = append.syncs;
  out['appendRows 10,000 × 8: ms'] = append.ms;
  out['appendRows 10,000 × 8: largest request KB'] = append.maxRequestKB;

  const read = await timed(big, () => bigPort.readTables(['Visits']));
  out['readTables 10,001 × 8: syncs'] = read.syncs;
  out['readTables 10,001 × 8: ms'] = read.ms;
  out['readTables 10,001 × 8: largest response KB'] = read.maxResponseKB;

  const huge = createFakeExcel();
  const hugePort = new OfficePort(huge.run, { isSetSupported: huge.isSetSupported });
  huge.seed.table('Sheet1', 'A1', 'Visits', HEADERS, rows(200000));
  const hugeRead = await timed(huge, () => hugePort.readTables());
  out['readTables 200,000 × 8: syncs'] = hugeRead.syncs;
  out['readTables 200,000 × 8: ms'] = hugeRead.ms;
  out['readTables 200,000 × 8: largest response KB'] = hugeRead.maxResponseKB;
  return out;
}
