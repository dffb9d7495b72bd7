/**
 * The fake's model of what real Excel refuses or does on its own (issue #8, point 4), driven
 * through the API directly. Sources are cited beside each behaviour in test/fake-excel.
 */
import { FakeOfficeError, createFakeExcel } from '../fake-excel';
import type { FakeExcelOptions } from '../fake-excel';

type Ctx = Excel.RequestContext;

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e.code;
    throw e;
  }
  return 'no error';
}

function withLog(opts: FakeExcelOptions = {}) {
  const fake = createFakeExcel(opts);
  fake.seed.table('Sheet1', 'A1', 'Log', ['a', 'b'], [[1, 2]]);
  const write = (address: string, kind: 'values' | 'formulas', m: unknown[][]) =>
    fake.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange(address);
      if (kind === 'values') r.values = m as Excel.Range['values'];
      else r.formulas = m as Excel.Range['formulas'];
      await ctx.sync();
    });
  return { fake, write };
}

describe('formulas are checked on entry', () => {
  it('refuses a structured reference to an unknown table or column with InvalidArgument, changing nothing', async () => {
    const { fake, write } = withLog();
    expect(await codeOf(write('D1:E1', 'formulas', [['=1', '=SUM(Nope[a])']]))).toBe('InvalidArgument');
    expect(fake.cell('Sheet1', 'D1')).toBeUndefined();
    expect(await codeOf(write('D1', 'values', [['=SUM(Log[zz])']]))).toBe('InvalidArgument');
    expect(await codeOf(write('D1', 'formulas', [['=SUM(Log[b])+COUNTA(Log[[#All],[a]])&"Nope[x]"']]))).toBe('no error');
  });

  it('refuses a this-row reference outside the data rows of its table, and an unqualified one outside any table', async () => {
    const { write } = withLog();
    expect(await codeOf(write('B3', 'formulas', [['=Log[[#This Row],[a]]']]))).toBe('InvalidArgument');
    expect(await codeOf(write('D2', 'formulas', [['=[@a]']]))).toBe('InvalidArgument');
    expect(await codeOf(write('B2', 'formulas', [['=Log[@a]*2']]))).toBe('no error');
  });
});

describe('a failed request', () => {
  it('keeps the commands before the failed one (no rollback)', async () => {
    const fake = createFakeExcel();
    const code = await codeOf(
      fake.run(async (ctx: Ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1').values = [['kept']];
        ws.getRange('A2').formulas = [['=Nope[x]']];
        ws.getRange('A3').values = [['never']];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
    expect(fake.cell('Sheet1', 'A1')?.value).toBe('kept');
    expect(fake.cell('Sheet1', 'A3')).toBeUndefined();
  });

  it('can be injected at a chosen sync and command', async () => {
    const fake = createFakeExcel();
    // Commands count every queued action (getItem, getRange, …): the last is the second write.
    fake.failAt({ sync: 1, command: 'last' });
    const code = await codeOf(
      fake.run(async (ctx: Ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1').values = [['kept']];
        ws.getRange('A2').values = [['lost']];
        await ctx.sync();
      }),
    );
    expect(code).toBe('GeneralException');
    expect(fake.cell('Sheet1', 'A1')?.value).toBe('kept');
    expect(fake.cell('Sheet1', 'A2')).toBeUndefined();
  });
});

describe('totals rows and hidden header rows', () => {
  it('puts a totals row below the body; writing there does not grow the table; rows.add inserts above it', async () => {
    const { fake, write } = withLog();
    fake.seed.totals('Log');
    expect(fake.table('Log')).toMatchObject({ range: 'A1:B3', showTotals: true });
    expect(fake.cell('Sheet1', 'B3')?.formula).toBe('=SUBTOTAL(109,Log[b])');
    await write('A3', 'values', [[9]]);
    expect(fake.table('Log')!.rowCount).toBe(1);
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.tables.getItem('Log').rows.add(undefined, [[5, '=Log[[#This Row],[a]]']]);
      await ctx.sync();
    });
    expect(fake.table('Log')).toMatchObject({ rowCount: 2, range: 'A1:B4' });
    expect(fake.cell('Sheet1', 'A4')?.value).toBe(9);
  });

  it('hides a header row: its cells are no longer the table, and the header row range is refused', async () => {
    const { fake } = withLog();
    fake.seed.hideHeaders('Log');
    expect(fake.table('Log')).toMatchObject({ range: 'A2:B2', headers: ['a', 'b'], showHeaders: false });
    expect(fake.cell('Sheet1', 'A1')).toBeUndefined();
    const code = await codeOf(
      fake.run(async (ctx: Ctx) => {
        ctx.workbook.tables.getItem('Log').getHeaderRowRange().load('address');
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
  });
});

describe('the AutoCorrect options', () => {
  it('"Include new rows and columns in table" off: rows written below stay outside the table', async () => {
    const { fake, write } = withLog({ autoCorrect: { includeNewRows: false } });
    await write('A3:B3', 'values', [[3, 4]]);
    expect(fake.table('Log')!.rowCount).toBe(1);
  });

  it('on: the table grows only down to the last row holding a value (office-js #3013, #3191)', async () => {
    const { fake, write } = withLog();
    await write('A3:B5', 'values', [[3, 4], [5, ''], ['', '']]);
    expect(fake.table('Log')!.rowCount).toBe(3);
  });

  it('"Fill formulas…" on: a formula in an otherwise empty column fills it (office-js #6745); off: it stays alone', async () => {
    for (const fillFormulas of [true, false]) {
      const fake = createFakeExcel({ autoCorrect: { fillFormulas } });
      fake.seed.table('Sheet1', 'A1', 'Log', ['a', 'b'], [[1, null], [2, null], [3, null]]);
      await fake.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('B3').formulas = [['=Log[@a]*2']];
        await ctx.sync();
      });
      expect(fake.cell('Sheet1', 'B2')?.formula).toBe(fillFormulas ? '=Log[@a]*2' : undefined);
      expect(fake.table('Log')!.calculatedColumns).toEqual(fillFormulas ? { b: '=Log[@a]*2' } : {});
    }
  });
});

describe('protection and calculation', () => {
  it('a protected sheet refuses writes with AccessDenied', async () => {
    const { fake, write } = withLog();
    fake.seed.protect('Sheet1');
    expect(await codeOf(write('D1', 'values', [['x']]))).toBe('AccessDenied');
    expect(fake.cell('Sheet1', 'D1')).toBeUndefined();
  });

  it('manual calculation leaves formula results stale until Excel calculates', async () => {
    let v = 1;
    const fake = createFakeExcel({ formulaValue: () => v });
    fake.seed.manualCalculation();
    const read = () =>
      fake.run(async (ctx: Ctx) => {
        const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
        await ctx.sync();
        return r.values[0][0];
      });
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=1']];
      await ctx.sync();
    });
    v = 2;
    expect(await read()).toBe(1);
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.application.calculate('Recalculate');
      await ctx.sync();
    });
    expect(await read()).toBe(2);
  });
});
