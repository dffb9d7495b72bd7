/** new-period with 300 staff through the Office adapter over the fake: syncs and time. */
import { performance } from 'node:perf_hooks';
import { createFakeExcel } from '../test/fake-excel';
import { OfficePort } from '../src/adapters/office/officePort';
import { generateWorkbook } from '../src/core/services/generateWorkbook';
import { startPeriod } from '../src/core/services/startPeriod';
import { WORKBOOK_MODEL } from '../src/core/model/workbook';
import { excelValidationFor } from '../src/core/validate';
import { STAFF } from '../src/core/model/tables/staff';
import type { CellInput } from '../src/core/port/types';

const POSITIONS: [string, string, string][] = [
  ['大客户经理', '员工级', 'S1'],
  ['项目营销经理', '员工级', 'L1'],
  ['项目营销副总经理', '副经理及以上', 'L3'],
  ['项目部负责人', '副经理及以上', 'L4'],
];

export function staffRows(n: number): CellInput[][] {
  return Array.from({ length: n }, (_, i) => {
    const [position, rank, scheme] = POSITIONS[i % POSITIONS.length]!;
    const rec: Record<string, CellInput> = {
      staffId: `E${String(i + 1).padStart(4, '0')}`,
      name: `员工${i + 1}`,
      dept: '大客户部',
      position,
      rank,
      hireDate: 43831,
      scheme,
      active: '是',
    };
    return STAFF.columns.map((c) => rec[c.key] ?? null);
  });
}

export async function benchNewPeriod(): Promise<Record<string, number | string>> {
  const fake = createFakeExcel();
  const port = new OfficePort(fake.run, { isSetSupported: (s, v) => fake.isSetSupported(s, v) });
  await generateWorkbook(port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor });
  await port.apply([{ op: 'appendRows', table: 'Staff', rows: staffRows(300) }]);
  fake.resetCounters();
  const t0 = performance.now();
  const plan = await startPeriod(port, { period: '2026-10', lang: 'zh-CN' });
  const ms = performance.now() - t0;
  return {
    'staff added': plan.added,
    syncs: fake.syncCount(),
    'ms (fake, CPU only)': ms,
    'largest request KB': Math.max(...fake.syncLog().map((s) => s.requestBytes)) / 1024,
  };
}
