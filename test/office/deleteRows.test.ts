/**
 * Row deletion (the archive's last step, #12) in the Office adapter against the strict fake:
 * runs of rows go with Range.delete(Up) in a fixed number of requests, the table beside them keeps
 * its rows, and a filtered table, whose rows Excel does not delete (office-js #994), is refused
 * before anything is written where the host can see the filter (ExcelApi 1.9), or reported
 * afterwards where it cannot.
 */
import { OfficePort } from '../../src/adapters/office/officePort';
import { PortError } from '../../src/core/port/types';
import { createFakeExcel } from '../fake-excel';
import type { FakeExcelOptions } from '../fake-excel';

function setup(rows: number, opts: FakeExcelOptions = {}) {
  const fake = createFakeExcel(opts);
  fake.seed.table('Sheet1', 'A1', 'Log', ['key', 'n'], Array.from({ length: rows }, (_, i) => [`K${i + 1}`, i + 1]));
  fake.seed.table('Sheet1', 'D1', 'Beside', ['k'], [['B1'], ['B2']]);
  const port = new OfficePort(fake.run, { isSetSupported: fake.isSetSupported, lang: 'zh-CN' });
  return { fake, port };
}

/** The first half of the data rows, as an archive by date removes them: one run however many rows. */
const archiveRows = (rows: number) => Array.from({ length: rows / 2 }, (_, i) => 2 + i);

describe('deleteRows through Office.js', () => {
  it('deletes the rows, keeps the table beside them, and its requests do not grow with the rows', async () => {
    const syncs: number[] = [];
    for (const n of [20, 2000]) {
      const { fake, port } = setup(n);
      fake.resetCounters();
      await port.apply([{ op: 'deleteRows', table: 'Log', rows: archiveRows(n) }]);
      syncs.push(fake.syncCount());
      const [log, beside] = await port.readTables(['Log', 'Beside']);
      expect(log!.rows.map((r) => r[0])).toEqual(Array.from({ length: n / 2 }, (_, i) => `K${n / 2 + i + 1}`));
      expect(beside!.rows).toEqual([['B1'], ['B2']]);
    }
    expect(syncs[1]).toBe(syncs[0]);
  });

  it('refuses a filtered table before writing anything (ExcelApi 1.9)', async () => {
    const { fake, port } = setup(6);
    fake.seed.filter('Log');
    const before = JSON.stringify(fake.snapshot());
    const err = await port.apply([{ op: 'deleteRows', table: 'Log', rows: [2, 3] }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect((err as PortError).code).toBe('conflict');
    expect((err as PortError).message).toContain('正在筛选');
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('reports rows that Excel kept in a filtered table on a host without ExcelApi 1.9', async () => {
    const { fake, port } = setup(6, { apiVersion: '1.8' });
    fake.seed.filter('Log');
    const err = await port.apply([{ op: 'deleteRows', table: 'Log', rows: [2, 3] }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect((err as PortError).message).toMatch(/没有删除表格 Log 中的 2 行.*没有丢失/);
    expect(fake.table('Log')!.rowCount).toBe(6);
  });
});
