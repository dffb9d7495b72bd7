/**
 * Office adapter specifics that the shared contract cannot see: round trips, payload chunking,
 * requirement-set guards, what lands in the workbook (formats, validation, calculated columns),
 * and error wrapping. Everything runs against the strict fake, which throws on unloaded properties,
 * unmodelled members and oversized payloads, so a passing test also shows the adapter never
 * relies on any of those.
 */
import { OfficePort } from '../../src/adapters/office/officePort';
import { widthToPoints } from '../../src/adapters/office/columnFormat';
import { estimateBytes, PAYLOAD_BUDGET_BYTES, MAX_CELLS_PER_READ } from '../../src/adapters/office/payload';
import { toOfficeValue } from '../../src/adapters/office/toOfficeValue';
import type { CellInput, ColumnFormat, WriteOp } from '../../src/core/port/types';
import { PortError } from '../../src/core/port/types';
import { PLAN_1, PLAN_2 } from '../contract/portContract';
import { createFakeExcel } from '../fake-excel';
import type { FakeExcelOptions } from '../fake-excel';

function setup(opts: FakeExcelOptions = {}) {
  const fake = createFakeExcel(opts);
  const port = new OfficePort(fake.run, { isSetSupported: fake.isSetSupported });
  return { fake, port };
}

const LOG_HEADERS = ['日期', '客户', '金额', '备注', '完成'];
function logRows(n: number, noteLength = 8): (string | number | boolean)[][] {
  return Array.from({ length: n }, (_, i) => [45000 + (i % 365), `客户${i % 97}`, i * 1.5, 'n'.repeat(noteLength) + i, i % 2 === 0]);
}

function withoutValidation(ops: readonly WriteOp[]): WriteOp[] {
  const strip = (cols: readonly ColumnFormat[]): ColumnFormat[] => cols.map(({ validation: _v, ...rest }) => rest);
  return ops.map((op) => (op.op === 'createTable' || op.op === 'addColumns' ? { ...op, columns: strip(op.columns) } : op));
}

describe('round trips', () => {
  it('applies a whole plan in a fixed, small number of syncs', async () => {
    const { fake, port } = setup();
    await port.apply(PLAN_1);
    // One read of the (empty) workbook's collections, one write.
    expect(fake.syncCount()).toBe(2);
    fake.resetCounters();
    await port.apply(PLAN_2);
    // Collections, table details, one write.
    expect(fake.syncCount()).toBe(3);
  });

  it('reads the structure in two syncs, whatever the rows', async () => {
    const empty = setup();
    await empty.port.readStructure();
    expect(empty.fake.syncCount()).toBe(2);

    const big = setup();
    big.fake.seed.table('Sheet1', 'A1', 'Log', LOG_HEADERS, logRows(10000));
    big.fake.seed.table('Sheet1', 'H1', 'Other', ['a'], [[1]]);
    const s = await big.port.readStructure();
    expect(big.fake.syncCount()).toBe(2);
    expect(s.tables.find((t) => t.name === 'Log')?.rowCount).toBe(10000);
    expect(s.sheets[0]).toMatchObject({ lastRow: 10001, lastCol: 8 });
  });

  it('appends 10,000 short rows in as many syncs as 10 rows', async () => {
    const counts: number[] = [];
    for (const n of [10, 10000]) {
      const { fake, port } = setup();
      fake.seed.table('Sheet1', 'A1', 'Log', LOG_HEADERS, logRows(1));
      await port.apply([{ op: 'appendRows', table: 'Log', rows: logRows(n) }]);
      counts.push(fake.syncCount());
      expect(fake.table('Log')?.rowCount).toBe(n + 1);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('splits a large append into chunks that each stay under the payload limit', async () => {
    const { fake, port } = setup();
    fake.seed.table('Sheet1', 'A1', 'Log', LOG_HEADERS, logRows(1));
    const rows = logRows(10000, 900);
    await port.apply([{ op: 'appendRows', table: 'Log', rows }]);
    expect(fake.table('Log')?.rowCount).toBe(10001);
    expect(fake.cell('Sheet1', 'D10002')?.value).toBe(rows[9999][3]);
    const log = fake.syncLog();
    expect(log.every((s) => s.error === undefined && s.requestBytes < 5 * 1024 * 1024)).toBe(true);
    const estimated = rows.reduce((n, r) => n + estimateBytes(r.map((v) => toOfficeValue(v))), 0);
    // Two reads, then only as many writes as the chunking needs.
    expect(fake.syncCount()).toBeGreaterThan(3);
    expect(fake.syncCount()).toBeLessThanOrEqual(2 + Math.ceil(estimated / (PAYLOAD_BUDGET_BYTES / 2)) + 1);
  });

  it('reads a 200,000-row table in chunks under the payload limit, reporting progress', async () => {
    const { fake, port } = setup();
    const rows = logRows(200000);
    fake.seed.table('Sheet1', 'A1', 'Log', LOG_HEADERS, rows);
    const progress: [number, number][] = [];
    const [t] = await port.readTables(['Log'], (done, total) => progress.push([done, total]));
    expect(t.rows).toHaveLength(200000);
    expect(t.rows[0]).toEqual(rows[0]);
    expect(t.rows[199999]).toEqual(rows[199999]);
    const log = fake.syncLog();
    expect(log.every((s) => s.error === undefined && s.responseBytes < 5 * 1024 * 1024)).toBe(true);
    const chunks = fake.syncCount() - 2;
    expect(chunks).toBeGreaterThanOrEqual(Math.ceil((200000 * LOG_HEADERS.length) / MAX_CELLS_PER_READ));
    expect(chunks).toBeLessThanOrEqual(Math.ceil((200000 * LOG_HEADERS.length) / MAX_CELLS_PER_READ) + 2);
    expect(progress[progress.length - 1]).toEqual([200000, 200000]);
    expect(progress.every(([d], i) => i === 0 || d >= progress[i - 1][0])).toBe(true);
  });

  it('shrinks its chunks and retries when a response turns out too large', async () => {
    const { fake, port } = setup();
    const long = (i: number) => `${i}:${'长'.repeat(3000)}`;
    fake.seed.table('Sheet1', 'A1', 'Notes', ['a', 'b', 'c'], Array.from({ length: 400 }, (_, i) => [long(i), long(i + 1), long(i + 2)]));
    const [t] = await port.readTables();
    expect(t.rows).toHaveLength(400);
    expect(t.rows[399][2]).toBe(long(401));
    const failed = fake.syncLog().filter((s) => s.error);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });

  it('reads several small tables in one round trip', async () => {
    const { fake, port } = setup();
    fake.seed.table('Sheet1', 'A1', 'One', ['a'], [[1], [2]]);
    fake.seed.table('Sheet1', 'C1', 'Two', ['b'], [['x']]);
    const data = await port.readTables();
    expect(data.map((t) => [t.name, t.rows])).toEqual([
      ['One', [[1], [2]]],
      ['Two', [['x']]],
    ]);
    expect(fake.syncCount()).toBe(3);
  });
});

describe('what a plan leaves in the workbook', () => {
  let fake: ReturnType<typeof createFakeExcel>;
  beforeAll(async () => {
    const s = setup();
    fake = s.fake;
    await s.port.apply(PLAN_1);
    await s.port.apply(PLAN_2);
  });

  it('creates sheets, tables, names, frozen panes and the active sheet', () => {
    const snap = fake.snapshot();
    const data = snap.sheets.find((s) => s.name === 'Data')!;
    expect(data).toMatchObject({ visibility: 'Visible', tabColor: '#217346', frozenRows: 1 });
    expect(snap.sheets.find((s) => s.name === 'Lists')?.visibility).toBe('VeryHidden');
    expect(snap.activeSheet).toBe('Data');
    expect(snap.names).toEqual({ List_grade: "='Lists'!$D$2:$D$3", Threshold: "='Lists'!$B$2" });
    expect(fake.table('Customers')).toMatchObject({ range: 'A1:H17', style: 'TableStyleMedium2' });
    expect(fake.table('Orders')).toMatchObject({ range: 'K1:P4', style: 'TableStyleLight9' });
    expect(data.columnWidths.A).toBe(widthToPoints(12));
  });

  it('gives columns number formats, data validation and calculated formulas, also on appended rows', () => {
    for (const row of [2, 17]) {
      expect(fake.cell('Data', `C${row}`)).toMatchObject({ numberFormat: 'yyyy-mm-dd' });
      expect(fake.cell('Data', `C${row}`)?.validation).toMatchObject({
        rule: { date: { operator: 'GreaterThanOrEqualTo', formula1: '2000-01-01' } },
        errorAlert: { showAlert: true, style: 'Stop', title: '日期', message: '请输入日期' },
      });
      expect(fake.cell('Data', `F${row}`)?.validation).toMatchObject({
        rule: { list: { inCellDropDown: true, source: '=List_grade' } },
        prompt: { showPrompt: true, title: '等级', message: '从列表选择' },
      });
      expect(fake.cell('Data', `E${row}`)?.validation?.rule).toEqual({ wholeNumber: { operator: 'Between', formula1: 0, formula2: 100 } });
      expect(fake.cell('Data', `D${row}`)?.validation?.errorAlert).toMatchObject({ style: 'Warning' });
      expect(fake.cell('Data', `H${row}`)).toMatchObject({ formula: '=Customers[[#This Row],[金额]]*Customers[[#This Row],[数量]]' });
    }
    expect(fake.table('Customers')?.calculatedColumns).toEqual({ 合计: '=Customers[[#This Row],[金额]]*Customers[[#This Row],[数量]]' });
  });

  it('marks computed columns grey and italic, leaving the header to the table style', () => {
    expect(fake.cell('Data', 'H5')).toMatchObject({ fill: '#F2F2F2', italic: true });
    expect(fake.cell('Data', 'H1')?.fill).toBeUndefined();
    expect(fake.cell('Data', 'G5')?.fill).toBeUndefined();
  });

  it('sets up added columns on their own, not with what they inherit from the left', () => {
    // 状态 (O) sits right of 数量 (N, number format "0"); 加倍 (P) is computed.
    expect(fake.cell('Data', 'O2')?.numberFormat).toBeUndefined();
    expect(fake.cell('Data', 'O2')?.validation?.rule).toEqual({ list: { inCellDropDown: true, source: '加急,普通' } });
    expect(fake.cell('Data', 'P4')).toMatchObject({ formula: '=Orders[[#This Row],[数量]]*2', fill: '#F2F2F2', italic: true, numberFormat: '0' });
    expect(fake.table('Orders')?.calculatedColumns).toEqual({ 加倍: '=Orders[[#This Row],[数量]]*2' });
  });

  it('writes text with the apostrophe marker and formulas as formulas', () => {
    expect(fake.cell('Data', 'B2')).toMatchObject({ value: '=1+1', quotePrefix: true });
    expect(fake.cell('Data', 'B2')?.formula).toBeUndefined();
    expect(fake.cell('Lists', 'B3')).toEqual({ value: 'zh-CN' });
  });
});

describe('requirement sets', () => {
  it('suspends screen updating only where ExcelApi 1.9 exists', async () => {
    const modern = setup({ apiVersion: '1.9' });
    await modern.port.apply(PLAN_1);
    expect(modern.fake.screenUpdatingSuspensions()).toBe(1);
    const older = setup({ apiVersion: '1.8' });
    await older.port.apply(PLAN_1);
    expect(older.fake.screenUpdatingSuspensions()).toBe(0);
    expect(older.fake.cell('Data', 'C2')?.validation?.rule).toBeDefined();
  });

  it('refuses a plan with data validation before ExcelApi 1.8, touching nothing', async () => {
    const { fake, port } = setup({ apiVersion: '1.7' });
    await expect(port.apply(PLAN_1)).rejects.toMatchObject({ code: 'unsupported' });
    expect(fake.syncCount()).toBe(0);
    await port.apply(withoutValidation(PLAN_1));
    expect(fake.snapshot().sheets.find((s) => s.name === 'Data')).toMatchObject({ tabColor: '#217346', frozenRows: 1 });
  });

  it('skips presentation-only features before ExcelApi 1.7 and redefines names without NamedItem.formula', async () => {
    const { fake, port } = setup({ apiVersion: '1.6' });
    await port.apply(withoutValidation(PLAN_1));
    await port.apply(withoutValidation(PLAN_2));
    const data = fake.snapshot().sheets.find((s) => s.name === 'Data')!;
    expect(data).toMatchObject({ tabColor: '', frozenRows: 0 });
    expect(fake.snapshot().names.List_grade).toBe("='Lists'!$D$2:$D$3");
    expect(fake.table('Orders')?.headers).toHaveLength(6);
  });

  it('refuses to work at all below ExcelApi 1.4', async () => {
    const { fake, port } = setup({ apiVersion: '1.3' });
    await expect(port.readStructure()).rejects.toMatchObject({ code: 'unsupported' });
    expect(fake.syncCount()).toBe(0);
  });
});

describe('checks and errors', () => {
  it('refuses conflicting plans before writing anything', async () => {
    const { fake, port } = setup();
    fake.seed.table('Sheet1', 'C3', 'Existing', ['a', 'b'], [[1, 2]]);
    const cases: WriteOp[][] = [
      [{ op: 'addSheet', name: 'sheet1', visibility: 'visible' }],
      [{ op: 'createTable', sheet: 'Sheet1', name: 'New', row: 1, col: 1, columns: [{ header: 'x' }, { header: 'y' }, { header: 'z' }], rows: [[1], [2]], style: 'TableStyleMedium2' }],
      [{ op: 'addColumns', table: 'Existing', columns: [{ header: 'A' }] }],
      [{ op: 'appendRows', table: 'Existing', rows: [[1, 2, 3]] }],
      [{ op: 'setCells', table: 'Existing', cells: [{ row: 3, header: 'a', value: 1 }] }],
      [{ op: 'setCells', table: 'Existing', cells: [{ row: 4, header: 'nope', value: 1 }] }],
      [{ op: 'defineName', name: 'existing', ref: 'Sheet1!$A$1' }],
      [{ op: 'writeCells', sheet: 'Nope', row: 1, col: 1, values: [[1]] }],
    ];
    const before = JSON.stringify(fake.snapshot());
    for (const plan of cases) {
      await expect(port.apply([{ op: 'addSheet', name: 'Side', visibility: 'visible' }, ...plan])).rejects.toMatchObject({ code: 'conflict' });
      expect(JSON.stringify(fake.snapshot())).toBe(before);
    }
  });

  it('never writes over user cells below or right of a table, or under a new table', async () => {
    const { fake, port } = setup();
    fake.seed.table('Sheet1', 'A1', 'Log', ['a', 'b'], [[1, 2]]);
    fake.seed.table('Sheet1', 'E1', 'Empty', ['x'], []);
    fake.seed.cells('Sheet1', 'A5', [['note']]);
    fake.seed.cells('Sheet1', 'C2', [['right']]);
    fake.seed.cells('Sheet1', 'B9', [['under New']]);
    fake.seed.cells('Sheet1', 'E4', [['under Empty']]);
    const refused: WriteOp[] = [
      { op: 'appendRows', table: 'Log', rows: [[3, 4], [5, 6], [7, 8]] },
      { op: 'addColumns', table: 'Log', columns: [{ header: 'c' }] },
      { op: 'appendRows', table: 'Empty', rows: [['1'], ['2'], ['3']] },
      { op: 'createTable', sheet: 'Sheet1', name: 'New', row: 8, col: 2, columns: [{ header: 'n' }], rows: [], style: 'TableStyleMedium2' },
    ];
    for (const op of refused) await expect(port.apply([op])).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('not empty') });
    // Exactly as many rows as are free: Log has rows 3-4 free; Empty takes one row into its blank row and E3 below.
    await port.apply([
      { op: 'appendRows', table: 'Log', rows: [[3, 4], [5, 6]] },
      { op: 'appendRows', table: 'Empty', rows: [['1'], ['2']] },
    ]);
    expect(fake.table('Log')?.range).toBe('A1:B4');
    expect(fake.table('Empty')?.range).toBe('E1:E3');
    expect(fake.cell('Sheet1', 'A5')?.value).toBe('note');
  });

  it('wraps Office errors in PortError("host") with the error code', async () => {
    const { port } = setup();
    const e = await port.select('Nope', 'A1').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PortError);
    expect(e).toMatchObject({ code: 'host', message: expect.stringContaining('ItemNotFound') });
  });

  it('selects a cell on its sheet in one round trip', async () => {
    const { fake, port } = setup();
    await port.apply(PLAN_1);
    fake.resetCounters();
    await port.select('Data', 'B3');
    expect(fake.snapshot()).toMatchObject({ activeSheet: 'Data', selection: { sheet: 'Data', address: 'B3' } });
    expect(fake.syncCount()).toBe(1);
  });

  it('reports progress up to the total', async () => {
    const { port } = setup();
    const seen: [number, number][] = [];
    await port.apply(PLAN_1, (d, t) => seen.push([d, t]));
    const [done, total] = seen[seen.length - 1];
    expect(done).toBe(total);
    expect(seen.every(([d, t], i) => t === total && d <= t && (i === 0 || d >= seen[i - 1][0]))).toBe(true);
  });

  it('reads error cells as their error text and empty cells as null', async () => {
    const { fake, port } = setup();
    fake.seed.table('Sheet1', 'A1', 'T', ['a', 'b'], [[1, null]]);
    fake.seed.error('Sheet1', 'B2', '#REF!');
    fake.seed.cells('Sheet1', 'A3', [[null, 'x']]);
    const [t] = await port.readTables();
    expect(t.rows).toEqual([[1, '#REF!']]);
  });
});

describe('toOfficeValue (text safety)', () => {
  it.each<[CellInput, string | number | boolean]>([
    ['=1+1', "'=1+1"],
    ['+86 138 0000 0000', "'+86 138 0000 0000"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'quoted", "''quoted"],
    ['00123', "'00123"],
    ['2026-10-01', "'2026-10-01"],
    ['TRUE', "'TRUE"],
    [' false ', "' false "],
    ['1e5', "'1e5"],
    ['#N/A', "'#N/A"],
    ['１２３', "'１２３"],
    ['  =x', "'  =x"],
    ['客户甲', '客户甲'],
    ['plain text', 'plain text'],
    ['', ''],
    [null, ''],
    [42, 42],
    [true, true],
    [{ formula: '=SUM(A1:A3)' }, '=SUM(A1:A3)'],
    [{ formula: 'A1*2' }, '=A1*2'],
  ])('%j → %j', (input, expected) => {
    expect(toOfficeValue(input)).toBe(expected);
  });

  it('refuses what Excel cannot store', () => {
    expect(() => toOfficeValue(Number.NaN)).toThrow(PortError);
    expect(() => toOfficeValue('x'.repeat(32768))).toThrow(/32767/);
  });
});
