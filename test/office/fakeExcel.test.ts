/**
 * The fake must be at least as strict as Excel, or the adapter tests prove nothing. These tests pin
 * down the behaviours the adapter relies on or must not depend on.
 */
import { FakeOfficeError, FakeUsageError, createFakeExcel } from '../fake-excel';

type Ctx = Excel.RequestContext;

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e.code;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('fake Excel: proxies and sync', () => {
  it('throws PropertyNotLoaded for properties not loaded, or read before the sync', async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      expect(() => ws.name).toThrow(FakeOfficeError);
      ws.load('name');
      expect(() => ws.name).toThrow(/not available/);
      await ctx.sync();
      expect(ws.name).toBe('Sheet1');
      expect(() => ws.visibility).toThrow(/not available/);
    });
  });

  it('refuses loads and members it does not model', async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => r.load('nope')).toThrow(FakeUsageError);
      expect(() => (r as unknown as { getBoundingRect(): void }).getBoundingRect()).toThrow(FakeUsageError);
      await ctx.sync();
    });
  });

  it('fails getItem of a missing item at sync, and gives a null object for getItemOrNullObject', async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.tables.getItem('Nope');
      expect(await codeOf(ctx.sync())).toBe('ItemNotFound');
      const t = ctx.workbook.tables.getItemOrNullObject('Nope');
      expect(() => t.isNullObject).toThrow();
      await ctx.sync();
      expect(t.isNullObject).toBe(true);
    });
  });

  it('reports a batch that ends with unsynced operations', async () => {
    const fake = createFakeExcel();
    await expect(
      fake.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      }),
    ).rejects.toThrow(/never synced/);
  });

  it('fails APIs newer than the host with ApiNotFound', async () => {
    const fake = createFakeExcel({ apiVersion: '1.8' });
    expect(fake.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await fake.run(async (ctx: Ctx) => {
      ctx.application.suspendScreenUpdatingUntilNextSync();
      expect(await codeOf(ctx.sync())).toBe('ApiNotFound');
    });
    const old = createFakeExcel({ apiVersion: '1.7' });
    await old.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.clear();
      expect(await codeOf(ctx.sync())).toBe('ApiNotFound');
    });
  });

  it('rejects a request or a response over the payload limit', async () => {
    const fake = createFakeExcel();
    const big = Array.from({ length: 60000 }, (_, i) => [`row ${i} ${'x'.repeat(90)}`]);
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A60000').values = big;
      expect(await codeOf(ctx.sync())).toBe('RequestPayloadSizeLimitExceeded');
    });
    fake.seed.cells('Sheet1', 'A1', big);
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A60000').load('values');
      expect(await codeOf(ctx.sync())).toBe('ResponsePayloadSizeLimitExceeded');
    });
  });
});

describe('fake Excel: cell entry like Excel', () => {
  async function enter(values: unknown[][]): Promise<ReturnType<ReturnType<typeof createFakeExcel>['snapshot']>['sheets'][number]['cells']> {
    const fake = createFakeExcel();
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange(`A1:A${values.length}`).values = values;
      await ctx.sync();
    });
    return fake.snapshot().sheets[0].cells;
  }

  it('turns unmarked strings into formulas, numbers, dates, booleans and errors', async () => {
    const cells = await enter([['=1+1'], ['+86 138'], ['-5'], ['@SUM(A1)'], ['00123'], ['2026-10-01'], ['TRUE'], ['1e5'], ['#N/A'], ['plain']]);
    expect(cells.A1).toMatchObject({ formula: '=1+1' });
    expect(cells.A2).toMatchObject({ formula: '=+86 138' });
    expect(cells.A3).toMatchObject({ value: -5 });
    expect(cells.A4).toMatchObject({ formula: '=SUM(A1)' });
    expect(cells.A5).toMatchObject({ value: 123 });
    expect(cells.A6).toMatchObject({ value: 46296, numberFormat: 'yyyy-mm-dd' });
    expect(cells.A7).toMatchObject({ value: true });
    expect(cells.A8).toMatchObject({ value: 100000 });
    expect(cells.A9).toMatchObject({ error: '#N/A' });
    expect(cells.A10).toEqual({ value: 'plain' });
  });

  it('keeps apostrophe-marked strings as text without the apostrophe', async () => {
    const cells = await enter([["'=1+1"], ["'00123"], ["''quoted"]]);
    expect(cells.A1).toEqual({ value: '=1+1', quotePrefix: true });
    expect(cells.A2).toEqual({ value: '00123', quotePrefix: true });
    expect(cells.A3).toEqual({ value: "'quoted", quotePrefix: true });
  });

  it('leaves cells alone for null in a matrix, clears them for ""', async () => {
    const fake = createFakeExcel();
    fake.seed.cells('Sheet1', 'A1', [['keep', 'clear']]);
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [[null, '']];
      await ctx.sync();
    });
    expect(fake.cell('Sheet1', 'A1')).toEqual({ value: 'keep' });
    expect(fake.cell('Sheet1', 'B1')).toBeUndefined();
  });
});

describe('fake Excel: tables', () => {
  it('refuses overlapping tables and names already in use (FACTS: InvalidArgument)', async () => {
    const fake = createFakeExcel();
    fake.seed.table('Sheet1', 'A1', 'Orders', ['a', 'b'], [[1, 2]]);
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.tables.add('Sheet1!B2:C3', true);
      expect(await codeOf(ctx.sync())).toBe('InvalidArgument');
      const t = ctx.workbook.tables.add('Sheet1!E1:F2', true);
      t.name = 'orders';
      expect(await codeOf(ctx.sync())).toBe('InvalidArgument');
    });
  });

  it('grows a table written just below it, with calculated columns, formats and validation', async () => {
    const fake = createFakeExcel();
    fake.seed.table('Sheet1', 'A1', 'T', ['n', 'double'], [[1, null]]);
    await fake.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      (ws.getRange('B2') as unknown as { formulas: string }).formulas = '=[@n]*2';
      ws.getRange('A2').numberFormat = [['0.0']];
      ws.getRange('A2').dataValidation.rule = { wholeNumber: { operator: 'GreaterThan', formula1: 0 } };
      await ctx.sync();
      ws.getRange('A3:B4').values = [
        [2, null],
        [3, null],
      ];
      await ctx.sync();
    });
    const t = fake.table('T')!;
    expect(t.range).toBe('A1:B4');
    expect(t.calculatedColumns).toEqual({ double: '=[@n]*2' });
    expect(fake.cell('Sheet1', 'B4')).toMatchObject({ formula: '=[@n]*2' });
    expect(fake.cell('Sheet1', 'A4')).toMatchObject({ value: 3, numberFormat: '0.0' });
    expect(fake.cell('Sheet1', 'A4')?.validation?.rule).toEqual({ wholeNumber: { operator: 'GreaterThan', formula1: 0 } });
  });

  it('gives a header-only table one blank data row', async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:B1').values = [['x', 'y']];
      ctx.workbook.tables.add(ws.getRange('A1:B1'), true).name = 'Empty';
      await ctx.sync();
    });
    expect(fake.table('Empty')).toMatchObject({ range: 'A1:B2', rowCount: 1 });
  });

  it('refuses a list source that names an undefined name', async () => {
    const fake = createFakeExcel();
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: '=List_x' } };
      expect(await codeOf(ctx.sync())).toBe('InvalidArgument');
    });
  });
});
