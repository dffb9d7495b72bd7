/**
 * Charts and clearRange in the Office adapter (the shared contract leaves charts out: the .xlsx
 * adapter refuses them), against the strict fake: what lands in the workbook, replacing charts by
 * name, the fixed number of round trips, and refusals that write nothing. Then the fake's own
 * chart model, which must be at least as strict as Excel.
 */
import { OfficePort } from '../../src/adapters/office/officePort';
import type { WriteOp } from '../../src/core/port/types';
import { FakeOfficeError, FakeUsageError, createFakeExcel } from '../fake-excel';
import type { FakeExcelOptions } from '../fake-excel';

function setup(opts: FakeExcelOptions = {}) {
  const fake = createFakeExcel(opts);
  const port = new OfficePort(fake.run, { isSetSupported: fake.isSetSupported });
  return { fake, port };
}

const chartsOf = (fake: ReturnType<typeof createFakeExcel>, sheet: string) => fake.snapshot().sheets.find((s) => s.name === sheet)!.charts;

const DATA: WriteOp = {
  op: 'writeCells',
  sheet: 'Board',
  row: 1,
  col: 1,
  values: [
    ['等级', '人数'],
    ['A', 3],
    ['B', 5],
  ],
};

function grades(title: string, name = 'Grades'): WriteOp {
  return { op: 'addChart', sheet: 'Board', name, type: 'columnClustered', source: 'A1:B3', seriesBy: 'columns', title, anchor: { row: 3, col: 4, widthCols: 7, heightRows: 15 } };
}

describe('addChart in the Office adapter', () => {
  it('adds a chart over its source, named, titled and placed over whole cells, in the plan\'s one write', async () => {
    const { fake, port } = setup();
    await port.apply([{ op: 'addSheet', name: 'Board', visibility: 'visible' }, DATA, grades('2026-10 等级分布')]);
    expect(chartsOf(fake, 'Board')).toEqual([
      { name: 'Grades', type: 'ColumnClustered', source: 'Board!A1:B3', seriesBy: 'Columns', title: '2026-10 等级分布', position: 'D3:J17' },
    ]);
    // The new sheet has no charts to look up: one read, one write.
    expect(fake.syncCount()).toBe(2);
  });

  it('draws a line chart with markers, one series per row', async () => {
    const { fake, port } = setup();
    await port.apply([
      { op: 'addSheet', name: 'Board', visibility: 'visible' },
      { op: 'addChart', sheet: 'Board', name: 'Trend', type: 'line', source: '$P$21:$AB$25', seriesBy: 'rows', title: 't', anchor: { row: 3, col: 12, widthCols: 10, heightRows: 15 } },
    ]);
    expect(chartsOf(fake, 'Board')[0]).toMatchObject({ type: 'LineMarkers', source: 'Board!P21:AB25', seriesBy: 'Rows', position: 'L3:U17' });
  });

  it('replaces every chart of the same name on that sheet and keeps the others, in a fixed number of syncs', async () => {
    const { fake, port } = setup();
    await port.apply([{ op: 'addSheet', name: 'Board', visibility: 'visible' }, { op: 'addSheet', name: 'Other', visibility: 'visible' }, DATA, grades('old')]);
    // A user copied our chart, and has charts of their own (one with our name on another sheet).
    await fake.run(async (ctx) => {
      const board = ctx.workbook.worksheets.getItem('Board');
      board.charts.add('Pie', board.getRange('A1:B3')).name = 'Grades';
      board.charts.add('Pie', board.getRange('A1:B3')).name = 'Mine';
      const other = ctx.workbook.worksheets.getItem('Other');
      other.charts.add('Pie', board.getRange('A1:B3')).name = 'Grades';
      await ctx.sync();
    });
    fake.resetCounters();
    await port.apply([grades('new')]);
    // Collections; chart names; the write.
    expect(fake.syncCount()).toBe(3);
    expect(chartsOf(fake, 'Board').map((c) => [c.name, c.title])).toEqual([
      ['Mine', ''],
      ['Grades', 'new'],
    ]);
    expect(chartsOf(fake, 'Other').map((c) => c.name)).toEqual(['Grades']);
  });

  it('keeps only the last of two same-named charts in one plan', async () => {
    const { fake, port } = setup();
    await port.apply([{ op: 'addSheet', name: 'Board', visibility: 'visible' }, DATA, grades('first'), grades('second')]);
    expect(chartsOf(fake, 'Board').map((c) => c.title)).toEqual(['second']);
  });

  it('works on hosts with ExcelApi 1.4, the adapter\'s floor', async () => {
    const { fake, port } = setup({ apiVersion: '1.4' });
    await port.apply([{ op: 'addSheet', name: 'Board', visibility: 'visible' }, DATA, grades('t')]);
    await port.apply([grades('again')]);
    expect(chartsOf(fake, 'Board').map((c) => c.title)).toEqual(['again']);
  });

  it('refuses a chart it cannot place before writing anything', async () => {
    const { fake, port } = setup();
    await port.apply([{ op: 'addSheet', name: 'Board', visibility: 'visible' }, DATA]);
    const before = JSON.stringify(fake.snapshot());
    const bad: WriteOp[] = [
      { ...grades('x'), sheet: 'Nope' } as WriteOp,
      { ...grades('x'), source: 'A1:' } as WriteOp,
      { ...grades('x'), source: 'Board!A1:B3' } as WriteOp,
      { ...grades('x'), anchor: { row: 0, col: 4, widthCols: 7, heightRows: 15 } } as WriteOp,
      { ...grades('x'), anchor: { row: 3, col: 4, widthCols: 1.5, heightRows: 15 } } as WriteOp,
      grades('x', ' '),
    ];
    for (const op of bad) {
      await expect(port.apply([{ op: 'writeCells', sheet: 'Board', row: 9, col: 1, values: [['x']] }, op])).rejects.toMatchObject({ code: 'conflict' });
      expect(JSON.stringify(fake.snapshot())).toBe(before);
    }
  });
});

describe('clearRange in the Office adapter', () => {
  it('clears values and formulas, keeps number formats, and leaves cells outside alone', async () => {
    const { fake, port } = setup();
    await port.apply([
      { op: 'writeCells', sheet: 'Sheet1', row: 1, col: 1, values: [['a', { formula: '=1+1' }, 3], ['keep', 'b', 'c']], numberFormat: '0.0' },
      { op: 'clearRange', sheet: 'Sheet1', address: 'B1:C2' },
    ]);
    expect(fake.cell('Sheet1', 'A1')?.value).toBe('a');
    expect(fake.cell('Sheet1', 'A2')?.value).toBe('keep');
    expect(fake.cell('Sheet1', 'B1')).toEqual({ numberFormat: '0.0' });
    expect(fake.cell('Sheet1', 'C2')).toEqual({ numberFormat: '0.0' });
  });

  it('refuses a range that meets a table, or is not a range, and writes nothing', async () => {
    const { fake, port } = setup();
    fake.seed.table('Sheet1', 'C3', 'T', ['a'], [[1]]);
    fake.seed.cells('Sheet1', 'A1', [['x']]);
    const before = JSON.stringify(fake.snapshot());
    for (const address of ['A1:C3', 'C4', 'B2:Z9', 'A1:', 'Sheet1!A1']) {
      await expect(port.apply([{ op: 'writeCells', sheet: 'Sheet1', row: 1, col: 2, values: [['y']] }, { op: 'clearRange', sheet: 'Sheet1', address }])).rejects.toMatchObject({
        code: 'conflict',
      });
      expect(JSON.stringify(fake.snapshot())).toBe(before);
    }
  });
});

describe('fake Excel: charts', () => {
  it('models charts.add, name, title, setPosition and delete with their requirement sets', async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const c = ws.charts.add('Line', ws.getRange('A1:C4'), 'Rows');
      c.name = 'Trend';
      c.title.text = 'T';
      c.setPosition('E2', 'H10');
      const all = ws.charts.load('items/name');
      await ctx.sync();
      expect(all.items.map((x) => x.name)).toEqual(['Trend']);
      const found = ws.charts.getItemOrNullObject('Trend');
      const missing = ws.charts.getItemOrNullObject('Nope');
      await ctx.sync();
      expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
      found.delete();
      await ctx.sync();
    });
    expect(fake.snapshot().sheets[0].charts).toEqual([]);
  });

  it('names new charts "Chart n" and allows two of one name (getItem gives the first)', async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.charts.add('Pie', ws.getRange('A1:B2'));
      ws.charts.add('Pie', ws.getRange('A1:B2')).name = 'Chart 1';
      await ctx.sync();
    });
    expect(fake.snapshot().sheets[0].charts.map((c) => [c.name, c.seriesBy])).toEqual([
      ['Chart 1', 'Auto'],
      ['Chart 1', 'Auto'],
    ]);
  });

  it('fails like Excel on a bad type, seriesBy or position, and on using a deleted chart', async () => {
    const fake = createFakeExcel();
    const code = async (f: (ctx: Excel.RequestContext, ws: Excel.Worksheet) => void): Promise<string> => {
      try {
        await fake.run(async (ctx) => {
          f(ctx, ctx.workbook.worksheets.getItem('Sheet1'));
          await ctx.sync();
        });
      } catch (e) {
        if (e instanceof FakeOfficeError) return e.code;
        throw e;
      }
      return 'ok';
    };
    expect(await code((_c, ws) => ws.charts.add('Columns' as 'Line', ws.getRange('A1:B2')))).toBe('InvalidArgument');
    expect(await code((_c, ws) => ws.charts.add('Line', ws.getRange('A1:B2'), 'Diagonal' as 'Rows'))).toBe('InvalidArgument');
    expect(await code((_c, ws) => ws.charts.add('Line', ws.getRange('A1:B2')).setPosition('H10', 'E2'))).toBe('InvalidArgument');
    expect(await code((_c, ws) => (ws.charts.add('Line', ws.getRange('A1:B2')).name = ''))).toBe('InvalidArgument');
    expect(await code((_c, ws) => ws.charts.getItem('Nope').delete())).toBe('ItemNotFound');
    expect(
      await code((_c, ws) => {
        const c = ws.charts.add('Line', ws.getRange('A1:B2'));
        c.delete();
        c.title.text = 'x';
      }),
    ).toBe('InvalidObjectPath');
  });

  it('refuses what it does not model: a string source, chart members it lacks, clearing other than contents', async () => {
    const fake = createFakeExcel();
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.charts.add('Line', 'A1:B2' as unknown as Excel.Range);
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(FakeUsageError);
    await fake.run(async (ctx) => {
      const c = ctx.workbook.worksheets.getItem('Sheet1').charts.add('Line', ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2'));
      expect(() => (c as unknown as { legend: unknown }).legend).toThrow(FakeUsageError);
      await ctx.sync();
    });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').clear('All');
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(FakeUsageError);
  });

  it('fails on a host older than a member\'s requirement set (getItemOrNullObject is 1.4)', async () => {
    const fake = createFakeExcel({ apiVersion: '1.3' });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').charts.getItemOrNullObject('x');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
