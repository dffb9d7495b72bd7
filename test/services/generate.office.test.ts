import { createFakeExcel } from '../fake-excel';
import { OfficePort } from '../../src/adapters/office/officePort';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { excelValidationFor } from '../../src/core/validate';
import { allTables } from '../../src/core/model/lookup';

const req = { model: WORKBOOK_MODEL, lang: 'zh-CN' as const, validationFor: excelValidationFor };

function setup() {
  const fake = createFakeExcel();
  const port = new OfficePort(fake.run, { isSetSupported: (s, v) => fake.isSetSupported(s, v) });
  return { fake, port };
}

describe('generate through the Office adapter (fake Excel)', () => {
  it('creates every table of the model in at most 4 syncs', async () => {
    const { fake, port } = setup();
    const plan = await generateWorkbook(port, req);
    expect(plan.conflicts).toEqual([]);
    expect(fake.syncCount()).toBeLessThanOrEqual(4);
    for (const t of allTables(WORKBOOK_MODEL)) expect(fake.table(t.name)).toBeDefined();
    expect(fake.table('Visits')!.headers.slice(0, 3)).toEqual(['日期', '星期', '填表人']);
  });

  it('re-runs on a workbook with 10,000 visits in no more syncs, keeping every row and user column', async () => {
    const { fake, port } = setup();
    await generateWorkbook(port, req);
    const visits = fake.table('Visits')!;
    const rows = Array.from({ length: 10_000 }, (_, i) => visits.headers.map((_, c) => (c === 0 ? 46000 + (i % 90) : null)));
    await port.apply([{ op: 'appendRows', table: 'Visits', rows }]);
    fake.resetCounters();

    const again = await generateWorkbook(port, req);
    expect(again.conflicts).toEqual([]);
    expect(again.changes.filter((c) => c.kind !== 'setVersion')).toEqual([]);
    expect(fake.syncCount()).toBeLessThanOrEqual(4);
    expect(fake.table('Visits')!.rowCount).toBe(10_000);
  });

  it('refuses, without writing, when a user table named Visits is in the way', async () => {
    const { fake, port } = setup();
    fake.seed.table('Sheet1', 'A1', 'Visits', ['Name', 'Phone'], [['张三', '=1+1']]);
    const plan = await generateWorkbook(port, req);
    expect(plan.conflicts.map((c) => c.code)).toEqual(['foreignTable']);
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(fake.table('Visits')!.headers).toEqual(['Name', 'Phone']);
  });
});
