/**
 * setColumnFormula and deleteRows (#12) in the memory and .xlsx adapters (same expectations), and
 * setColumnFormula in the Office adapter over the strict fake. The fake has no Range.delete yet, so
 * Office's deleteRows is covered by its planning function (runs, bottom first) here.
 */
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import { newXlsx, openXlsxBuffer } from '../../src/adapters/xlsx';
import { OfficePort } from '../../src/adapters/office/officePort';
import { deleteRuns } from '../../src/adapters/office/rowOps';
import type { WorkbookPort, WriteOp } from '../../src/core/port/types';
import { createFakeExcel } from '../fake-excel';

const SETUP: WriteOp[] = [
  { op: 'addSheet', name: 'S', visibility: 'visible' },
  {
    op: 'createTable', sheet: 'S', name: 'T', row: 1, col: 1, style: 'TableStyleLight9',
    columns: [{ header: 'a' }, { header: 'b', formula: '=T[[#This Row],[a]]*2' }],
    rows: [[1, null], [2, null], [3, null], [4, null], [5, null]],
  },
  // A table beside it on the same rows must keep its cells.
  { op: 'createTable', sheet: 'S', name: 'U', row: 1, col: 4, style: 'TableStyleLight9', columns: [{ header: 'x' }], rows: [['u1'], ['u2'], ['u3']] },
];

async function ports(): Promise<[string, WorkbookPort, () => Promise<WorkbookPort>][]> {
  const mem = new MemoryPort();
  const x = newXlsx();
  return [
    ['memory', mem, async () => mem],
    ['xlsx', x, async () => openXlsxBuffer(await x.toBuffer())],
  ];
}

describe('deleteRows and setColumnFormula', () => {
  it('delete rows: the rows below move up within the table, the table beside keeps its rows', async () => {
    for (const [label, port, reopen] of await ports()) {
      await port.apply(SETUP);
      await port.apply([{ op: 'deleteRows', table: 'T', rows: [4, 2] }]);
      const back = await reopen();
      const [t, u] = await back.readTables(['T', 'U']);
      expect([label, t?.rowCount, t?.rows.map((r) => r[0])]).toEqual([label, 3, [2, 4, 5]]);
      expect([label, u?.rows.map((r) => r[0])]).toEqual([label, ['u1', 'u2', 'u3']]);
      await expect(port.apply([{ op: 'deleteRows', table: 'T', rows: [1] }])).rejects.toThrow();
      await port.apply([{ op: 'deleteRows', table: 'T', rows: [2, 3, 4] }]);
      const [empty] = await (await reopen()).readTables(['T']);
      expect([label, empty?.rowCount, empty?.rows[0]?.[0] ?? null]).toEqual([label, 1, null]);
    }
  });

  it('setColumnFormula rewrites every row of a calculated column', async () => {
    for (const [label, port, reopen] of await ports()) {
      await port.apply(SETUP);
      await port.apply([{ op: 'setColumnFormula', table: 'T', column: { header: 'B', formula: '=T[[#This Row],[a]]*3' } }]);
      const back = await reopen();
      const s = await back.readStructure();
      expect([label, s.tables.find((t) => t.name === 'T')?.rowCount]).toEqual([label, 5]);
      if (port instanceof MemoryPort) expect(port.formulaAt('S', 6, 2)).toBe('=T[[#This Row],[a]]*3');
      else {
        const xml = await (port as ReturnType<typeof newXlsx>).toBuffer();
        const text = Buffer.from(xml).toString('latin1');
        expect(text.length).toBeGreaterThan(0);
      }
      await expect(port.apply([{ op: 'setColumnFormula', table: 'T', column: { header: 'zz', formula: '=1' } }])).rejects.toThrow();
    }
  });

  it('Office: setColumnFormula sets the whole column body in one write; deleteRows plans runs bottom first', async () => {
    const fake = createFakeExcel();
    const port = new OfficePort(fake.run, { isSetSupported: fake.isSetSupported });
    await port.apply(SETUP);
    await port.apply([{ op: 'setColumnFormula', table: 'T', column: { header: 'b', formula: '=T[[#This Row],[a]]*3' } }]);
    expect(fake.cell('S', 'B6')?.formula).toBe('=T[[#This Row],[a]]*3');
    expect(fake.cell('S', 'B2')?.formula).toBe('=T[[#This Row],[a]]*3');
    const t = { name: 'T', sheet: 'S', headerRow: 1, firstCol: 1, headers: ['a', 'b'], rowCount: 5 };
    expect(deleteRuns(t, [2, 3, 5])).toEqual({ runs: [{ address: 'A5:B5', rows: 1 }, { address: 'A2:B3', rows: 2 }], clearFirst: null });
    expect(t.rowCount).toBe(2);
    expect(() => deleteRuns({ ...t, rowCount: 5 }, [1])).toThrow();
  });
});
