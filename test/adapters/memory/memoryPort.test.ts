/**
 * The memory port's charts and clearRange (the preview host's store): it draws nothing, but records
 * every chart a plan adds, so the preview can list them, and replaces one of the same name.
 */
import { MemoryPort } from '../../../src/adapters/memory/memoryPort';
import type { WriteOp } from '../../../src/core/port/types';
import { PortError } from '../../../src/core/port/types';

const chart = (name: string, title: string, sheet = 'Board'): WriteOp => ({
  op: 'addChart',
  sheet,
  name,
  type: 'columnClustered',
  source: 'A1:B3',
  seriesBy: 'columns',
  title,
  anchor: { row: 3, col: 4, widthCols: 7, heightRows: 15 },
});

async function board(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await port.apply([
    { op: 'addSheet', name: 'Board', visibility: 'visible' },
    { op: 'addSheet', name: 'Other', visibility: 'visible' },
    { op: 'writeCells', sheet: 'Board', row: 1, col: 1, values: [['等级', '人数'], ['A', { formula: '=1+1' }], ['B', 5]] },
  ]);
  return port;
}

describe('MemoryPort charts', () => {
  it('records charts with their sheet, type, source, series, title and anchor', async () => {
    const port = await board();
    await port.apply([chart('Grades', '2026-10 等级分布')]);
    expect(port.charts).toEqual([
      {
        sheet: 'Board',
        name: 'Grades',
        type: 'columnClustered',
        source: 'A1:B3',
        seriesBy: 'columns',
        title: '2026-10 等级分布',
        anchor: { row: 3, col: 4, widthCols: 7, heightRows: 15 },
      },
    ]);
  });

  it('replaces a chart of the same name on the same sheet only', async () => {
    const port = await board();
    await port.apply([chart('Grades', 'old'), chart('Mine', 'mine'), chart('Grades', 'other sheet', 'Other')]);
    await port.apply([chart('Grades', 'new')]);
    expect(port.charts.map((c) => [c.sheet, c.name, c.title])).toEqual([
      ['Board', 'Mine', 'mine'],
      ['Other', 'Grades', 'other sheet'],
      ['Board', 'Grades', 'new'],
    ]);
  });

  it('tells listeners after a plan with charts, so the preview re-renders', async () => {
    const port = await board();
    const seen: number[] = [];
    port.onChange(() => seen.push(port.charts.length));
    await port.apply([chart('Grades', 't')]);
    expect(seen).toEqual([1]);
  });

  it('refuses a chart on a missing sheet or over something that is not a range', async () => {
    const port = await board();
    await expect(port.apply([chart('Grades', 't', 'Nope')])).rejects.toBeInstanceOf(PortError);
    await expect(port.apply([{ ...chart('Grades', 't'), source: 'A1:' } as WriteOp])).rejects.toBeInstanceOf(PortError);
    expect(port.charts).toEqual([]);
  });
});

describe('MemoryPort clearRange', () => {
  it('clears values and formulas inside the range only', async () => {
    const port = await board();
    await port.apply([{ op: 'clearRange', sheet: 'Board', address: 'B2:C9' }]);
    expect(port.formulaAt('Board', 2, 2)).toBeUndefined();
    const sheet = (await port.readStructure()).sheets.find((s) => s.name === 'Board')!;
    // B1 (人数) and A1:A3 remain.
    expect([sheet.lastRow, sheet.lastCol]).toEqual([3, 2]);
  });

  it('refuses a range that meets a table, and one that is not a range', async () => {
    const port = await board();
    await port.apply([{ op: 'createTable', sheet: 'Other', name: 'T', row: 3, col: 3, columns: [{ header: 'a' }], rows: [[1]], style: 'TableStyleMedium2' }]);
    await expect(port.apply([{ op: 'clearRange', sheet: 'Other', address: 'A1:C3' }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(port.apply([{ op: 'clearRange', sheet: 'Other', address: 'C4' }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(port.apply([{ op: 'clearRange', sheet: 'Other', address: 'nope' }])).rejects.toMatchObject({ code: 'conflict' });
    expect((await port.readTables(['T']))[0].rows).toEqual([[1]]);
  });
});
