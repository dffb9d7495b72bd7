/**
 * The Office adapter against what the strict fake now models of real Excel (issue #8, point 4).
 * Each test here failed on the adapter before #8 (see docs/DECISIONS.md, i8-adapter): formulas are
 * checked on entry, a failed request is not rolled back, totals rows and hidden header rows, the
 * AutoCorrect options, protected sheets and manual calculation.
 */
import { OfficePort } from '../../src/adapters/office/officePort';
import type { WriteOp } from '../../src/core/port/types';
import { PortError } from '../../src/core/port/types';
import { createFakeExcel } from '../fake-excel';
import type { FakeExcelOptions } from '../fake-excel';
import { book, generate } from './flows';

function setup(opts: FakeExcelOptions = {}) {
  const fake = createFakeExcel(opts);
  const port = new OfficePort(fake.run, { isSetSupported: fake.isSetSupported, lang: 'en-US' });
  return { fake, port };
}

const DOUBLE = { formula: '=Log[[#This Row],[a]]*2' };

describe('formulas are checked as Excel enters them', () => {
  it('generates the sample workbook: no formula names a table before it exists or sits outside its rows', async () => {
    const b = book();
    await generate(b);
    expect(b.fake.table('Visits')!.rowCount).toBeGreaterThan(10);
    expect(b.fake.snapshot().names).toHaveProperty('List_rank');
  });

  it('creates a table whose formulas name a table that the same plan creates later', async () => {
    const { fake, port } = setup();
    await port.apply([
      { op: 'createTable', sheet: 'Sheet1', name: 'First', row: 1, col: 1, columns: [{ header: 'n', formula: '=COUNTA(Second[x])' }], rows: [[{ formula: '=COUNTA(Second[x])' }]], style: 'TableStyleMedium2' },
      { op: 'createTable', sheet: 'Sheet1', name: 'Second', row: 1, col: 3, columns: [{ header: 'x' }], rows: [['a'], ['b']], style: 'TableStyleMedium2' },
    ]);
    expect(fake.cell('Sheet1', 'A2')?.formula).toBe('=COUNTA(Second[x])');
  });
});

describe('rows enter the table before their formulas', () => {
  it.each([true, false])('appends rows with this-row formulas (include new rows %s)', async (includeNewRows) => {
    const { fake, port } = setup({ autoCorrect: { includeNewRows } });
    fake.seed.table('Sheet1', 'A1', 'Log', ['a', 'b'], [[1, null]]);
    await port.apply([{ op: 'appendRows', table: 'Log', rows: [[2, DOUBLE], [3, DOUBLE]] }]);
    expect(fake.table('Log')!.rowCount).toBe(3);
    expect(fake.cell('Sheet1', 'B4')?.formula).toBe(DOUBLE.formula);
  });

  it('adds rows of constants that Excel left outside the table ("Include new rows" off) with rows.add', async () => {
    const { fake, port } = setup({ autoCorrect: { includeNewRows: false } });
    fake.seed.table('Sheet1', 'A1', 'Log', ['a', 'b'], [[1, 'x']]);
    await port.apply([{ op: 'appendRows', table: 'Log', rows: [[2, 'y'], [3, 'z']] }]);
    expect(fake.table('Log')!.rowCount).toBe(3);
    const [t] = await port.readTables(['Log']);
    expect(t.rows).toEqual([[1, 'x'], [2, 'y'], [3, 'z']]);
  });
});

describe('totals rows and hidden header rows', () => {
  it('appends above a totals row that the user turned on, keeping it', async () => {
    const { fake, port } = setup();
    fake.seed.table('Sheet1', 'A1', 'Log', ['a', 'b'], [[1, 'x']]);
    fake.seed.totals('Log');
    await port.apply([{ op: 'appendRows', table: 'Log', rows: [[2, 'y']] }]);
    await port.apply([{ op: 'appendRows', table: 'Log', rows: [[3, { formula: '=Log[[#This Row],[a]]&"!"' }]] }]);
    expect(fake.table('Log')).toMatchObject({ rowCount: 3, range: 'A1:B5', showTotals: true });
    expect(fake.cell('Sheet1', 'A5')?.value).toBe('Total');
    const [t] = await port.readTables(['Log']);
    expect(t.rows.map((r) => r[0])).toEqual([1, 2, 3]);
  });

  it('adds a column to a table with a hidden header row without touching the cell above its body', async () => {
    const { fake, port } = setup();
    fake.seed.table('Sheet1', 'A2', 'Log', ['a', 'b', 'c'], [[1, 2, 3]]);
    fake.seed.hideHeaders('Log');
    fake.seed.cells('Sheet1', 'D2', [['note']]);
    fake.workbook.ensureCell(fake.workbook.getSheet('Sheet1'), 1, 3).fill = '#FFFF00';
    await port.apply([{ op: 'addColumns', table: 'Log', columns: [{ header: 'd', width: 10 }] }]);
    expect(fake.table('Log')!.headers).toEqual(['a', 'b', 'c', 'd']);
    expect(fake.cell('Sheet1', 'D2')).toMatchObject({ value: 'note', fill: '#FFFF00' });
  });
});

describe('protected sheets', () => {
  it('refuses a plan that writes to a protected sheet before writing anything, naming the sheet', async () => {
    const { fake, port } = setup();
    fake.seed.sheet('Data');
    fake.seed.table('Data', 'A1', 'Log', ['a'], [[1]]);
    fake.seed.protect('Data');
    const plan: WriteOp[] = [
      { op: 'addSheet', name: 'New', visibility: 'visible' },
      { op: 'appendRows', table: 'Log', rows: [[2]] },
    ];
    const err = await port.apply(plan).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect((err as PortError).message).toMatch(/"Data" is protected.*nothing was changed/);
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(['Sheet1', 'Data']);
  });

  it('says so in Chinese for a Chinese user', async () => {
    const fake = createFakeExcel();
    fake.seed.protect('Sheet1');
    const port = new OfficePort(fake.run, { isSetSupported: fake.isSetSupported, lang: 'zh-CN' });
    await expect(port.apply([{ op: 'writeCells', sheet: 'Sheet1', row: 1, col: 1, values: [['x']] }])).rejects.toThrow(/工作表「Sheet1」受保护/);
  });
});

describe('manual calculation', () => {
  it('reads current formula results: Excel recalculates before the rows are read', async () => {
    let version = 1;
    const { fake, port } = setup({ formulaValue: () => version });
    await port.apply([{ op: 'createTable', sheet: 'Sheet1', name: 'Log', row: 1, col: 1, columns: [{ header: 'a' }, { header: 'b', formula: '=Log[[#This Row],[a]]' }], rows: [[1, null]], style: 'TableStyleMedium2' }]);
    fake.seed.manualCalculation();
    version = 2;
    const [t] = await port.readTables(['Log']);
    expect(t.rows).toEqual([[1, 2]]);
  });
});

describe('a failed request is not rolled back', () => {
  it('tells the user what was written before the failure and what was not', async () => {
    const { fake, port } = setup();
    fake.failAt({ sync: 2, command: 'last' });
    const err = await port
      .apply([
        { op: 'addSheet', name: 'A', visibility: 'visible' },
        { op: 'writeCells', sheet: 'A', row: 1, col: 1, values: [['x']] },
        { op: 'activate', sheet: 'A' },
      ])
      .then(() => null, (e: unknown) => e);
    expect((err as PortError).message).toMatch(/Possibly written in part: sheet "A"; cells on "A"; activating "A"\. .*Run the same command again/);
    // What ran before the failed command stays.
    expect(fake.cell('A', 'A1')?.value).toBe('x');
  });
});
