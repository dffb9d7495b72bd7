/**
 * The WorkbookPort contract: what every adapter (Office.js, .xlsx, …) must keep, checked only
 * through the port API. A first plan builds a small workbook (sheets of every visibility, two tables
 * side by side with formats, validation and calculated columns, an empty table, the Lists meta and
 * a defined name); after a reopen a second plan appends rows, adds columns to a table holding rows,
 * sets cells and redefines names; after another reopen everything is read back.
 *
 * Formula results are not asserted here (a file adapter has no calculation engine); the engine
 * tests check them with LibreOffice.
 */
import type { CellInput, CellValue, ColumnFormat, TableData, WorkbookPort, WorkbookStructure, WriteOp } from '../../src/core/port/types';
import { PortError } from '../../src/core/port/types';
import type { HarnessFactory } from './harness';

/** Excel serial of a calendar date (days since 1899-12-30). */
export function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** Strings that a careless writer turns into formulas, numbers, dates, booleans or errors. */
export const TRICKY_TEXTS: readonly string[] = [
  '=1+1',
  '+86 138 0000 0000',
  '-5',
  '@SUM(A1)',
  "'quoted",
  '00123',
  '2026-10-01',
  'TRUE',
  '1e5',
  '#N/A',
  '- 客户要求尽快回复',
  '  两端空格  ',
  'line1\nline2',
];

const UNICODE = '客户甲 😀 ﹫ Ünïcödé';
const D1 = serial(2026, 10, 1);
const D2 = serial(2025, 1, 1);

const CUSTOMER_HEADERS = ['档案编号', '名称', '建档日期', '金额', '数量', '等级', '备注', '合计'];
const TOTAL = { formula: '=Customers[[#This Row],[金额]]*Customers[[#This Row],[数量]]' };

/** Values per column for the i-th tricky row; the 名称 column carries the tricky text. */
function customerRow(i: number, text: string): CellInput[] {
  const notes: CellValue[] = [true, false, UNICODE, null];
  return [
    `KH-${String(i + 1).padStart(4, '0')}`,
    text,
    i % 4 === 3 ? null : i % 2 === 0 ? D1 : D2,
    i % 4 === 3 ? null : i === 2 ? -12.75 : 1234.5 + i,
    i % 4 === 3 ? null : i,
    i % 4 === 3 ? null : ['甲', '乙', '丙'][i % 3],
    notes[i % 4],
    TOTAL,
  ];
}

const INITIAL_CUSTOMERS = TRICKY_TEXTS.map((t, i) => customerRow(i, t));

const CUSTOMER_COLUMNS: readonly ColumnFormat[] = [
  { header: '档案编号', width: 12, validation: { rule: { kind: 'textLength', max: 20 }, errorStyle: 'stop', prompt: '例如 KH-0001' } },
  { header: '名称', width: 24 },
  {
    header: '建档日期',
    numberFormat: 'yyyy-mm-dd',
    validation: { rule: { kind: 'date', min: serial(2000, 1, 1) }, errorStyle: 'stop', errorTitle: '日期', error: '请输入日期' },
  },
  { header: '金额', numberFormat: '0.00', validation: { rule: { kind: 'decimal', min: 0 }, errorStyle: 'warning' } },
  { header: '数量', numberFormat: '0', validation: { rule: { kind: 'whole', min: 0, max: 100 }, errorStyle: 'stop' } },
  { header: '等级', validation: { rule: { kind: 'list', source: '=List_grade' }, errorStyle: 'stop', promptTitle: '等级', prompt: '从列表选择' } },
  { header: '备注', width: 30 },
  { header: '合计', numberFormat: '0.00', formula: TOTAL.formula, computed: true },
];

const ORDER_COLUMNS: readonly ColumnFormat[] = [{ header: '单号' }, { header: '客户' }, { header: '日期', numberFormat: 'yyyy-mm-dd' }, { header: '数量', numberFormat: '0' }];
const INITIAL_ORDERS: CellInput[][] = [
  ['D-001', '客户甲', D1, 5],
  ['D-002', '=客户乙', D2, 0],
];

const LISTS_META: CellInput[][] = [
  ['key', 'value'],
  ['modelVersion', 7],
  ['lang', 'zh-CN'],
];

/** First plan: what a generate writes into a new workbook. */
export const PLAN_1: readonly WriteOp[] = [
  { op: 'addSheet', name: 'Data', visibility: 'visible', tabColor: '217346' },
  { op: 'freezeRows', sheet: 'Data', rows: 1 },
  { op: 'addSheet', name: 'Archive', visibility: 'hidden' },
  { op: 'addSheet', name: 'Lists', visibility: 'veryHidden' },
  {
    op: 'createTable',
    sheet: 'Data',
    name: 'Customers',
    row: 1,
    col: 1,
    columns: CUSTOMER_COLUMNS,
    rows: INITIAL_CUSTOMERS,
    style: 'TableStyleMedium2',
  },
  { op: 'createTable', sheet: 'Data', name: 'Orders', row: 1, col: 11, columns: ORDER_COLUMNS, rows: INITIAL_ORDERS, style: 'TableStyleLight9' },
  {
    op: 'createTable',
    sheet: 'Archive',
    name: 'Pending',
    row: 1,
    col: 1,
    columns: [{ header: '事项' }, { header: '截止', numberFormat: 'yyyy-mm-dd' }, { header: '完成' }],
    rows: [],
    style: 'TableStyleMedium2',
  },
  { op: 'writeCells', sheet: 'Lists', row: 1, col: 1, values: LISTS_META },
  { op: 'writeCells', sheet: 'Lists', row: 1, col: 4, values: [['等级'], ['甲'], ['乙'], ['丙']], numberFormat: '@' },
  { op: 'defineName', name: 'List_grade', ref: "'Lists'!$D$2:$D$4" },
  { op: 'activate', sheet: 'Data' },
];

const APPENDED_CUSTOMERS: CellInput[][] = [
  ['KH-0100', '新客户', D1, 10, 2, '甲', 'appended', null],
  ['KH-0101', '=HYPERLINK("http://x")', D2, 0.5, 1, '乙', '-', TOTAL],
  ['KH-0102', '短行'],
];

/** Second plan, on the reopened workbook: an upgrade that keeps every row. */
export const PLAN_2: readonly WriteOp[] = [
  { op: 'appendRows', table: 'Customers', rows: APPENDED_CUSTOMERS },
  {
    op: 'addColumns',
    table: 'Orders',
    columns: [
      { header: '状态', validation: { rule: { kind: 'list', source: '加急,普通' }, errorStyle: 'warning' } },
      { header: '加倍', formula: '=Orders[[#This Row],[数量]]*2', computed: true, numberFormat: '0' },
    ],
  },
  { op: 'appendRows', table: 'Orders', rows: [['D-003', '客户丙', D1, 7, '加急', null]] },
  { op: 'appendRows', table: 'Pending', rows: [['打电话', D1, false], ['+寄样品', D2, true]] },
  {
    op: 'setCells',
    table: 'Customers',
    cells: [
      { row: 3, header: '等级', value: '丙' },
      { row: 3, header: '备注', value: '=SUM(A1)' },
      { row: 4, header: '备注', value: null },
      { row: 5, header: '金额', value: 42 },
    ],
  },
  { op: 'defineName', name: 'List_grade', ref: "'Lists'!$D$2:$D$3" },
  { op: 'defineName', name: 'Threshold', ref: "'Lists'!$B$2" },
  { op: 'writeCells', sheet: 'Lists', row: 2, col: 2, values: [[8]] },
];

function byName(tables: readonly TableData[], name: string): TableData {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`table ${name} not read back`);
  return t;
}

function col(t: TableData, header: string): CellValue[] {
  const j = t.headers.indexOf(header);
  if (j < 0) throw new Error(`no column ${header} in ${t.name}`);
  return t.rows.map((r) => r[j]);
}

export function runPortContract(label: string, makeHarness: HarnessFactory): void {
  describe(`WorkbookPort contract: ${label}`, () => {
    let structure: WorkbookStructure;
    let data: TableData[];
    let port: WorkbookPort;
    let h: Awaited<ReturnType<HarnessFactory>>;

    beforeAll(async () => {
      h = await makeHarness();
      await h.port.apply(PLAN_1);
      const second = await h.reopen();
      await second.apply(PLAN_2);
      port = await h.reopen();
      structure = await port.readStructure();
      data = await port.readTables();
    });

    it('keeps sheets with their visibility', () => {
      const vis = (name: string) => structure.sheets.find((s) => s.name === name)?.visibility;
      expect(vis('Data')).toBe('visible');
      expect(vis('Archive')).toBe('hidden');
      expect(vis('Lists')).toBe('veryHidden');
    });

    it('reports the used extent of a sheet', () => {
      const sheet = structure.sheets.find((s) => s.name === 'Data')!;
      // Customers: header + 13 + 3 rows; Orders ends in column 16 (K + 6 columns - 1).
      expect(sheet.lastRow).toBe(1 + TRICKY_TEXTS.length + APPENDED_CUSTOMERS.length);
      expect(sheet.lastCol).toBe(16);
    });

    it('keeps tables side by side with positions, headers and row counts', () => {
      const info = (name: string) => structure.tables.find((t) => t.name === name);
      expect(info('Customers')).toEqual({
        name: 'Customers',
        sheet: 'Data',
        headerRow: 1,
        firstCol: 1,
        headers: CUSTOMER_HEADERS,
        rowCount: TRICKY_TEXTS.length + APPENDED_CUSTOMERS.length,
      });
      expect(info('Orders')).toEqual({
        name: 'Orders',
        sheet: 'Data',
        headerRow: 1,
        firstCol: 11,
        headers: ['单号', '客户', '日期', '数量', '状态', '加倍'],
        rowCount: 3,
      });
      expect(info('Pending')).toMatchObject({ sheet: 'Archive', headerRow: 1, firstCol: 1, rowCount: 2 });
    });

    it('keeps defined names and reads the meta from Lists!A1:B3', () => {
      expect(structure.names).toEqual(expect.arrayContaining(['List_grade', 'Threshold']));
      expect(structure.meta).toEqual({ modelVersion: 8, lang: 'zh-CN' });
    });

    it('reads back text exactly, never as formulas, numbers, dates, booleans or errors', () => {
      const names = col(byName(data, 'Customers'), '名称');
      expect(names.slice(0, TRICKY_TEXTS.length)).toEqual(TRICKY_TEXTS);
      expect(names[TRICKY_TEXTS.length + 1]).toBe('=HYPERLINK("http://x")');
      expect(col(byName(data, 'Orders'), '客户')[1]).toBe('=客户乙');
      expect(col(byName(data, 'Pending'), '事项')).toEqual(['打电话', '+寄样品']);
    });

    it('round-trips numbers, serial dates, booleans, unicode and empty cells', () => {
      const c = byName(data, 'Customers');
      expect(col(c, '档案编号').slice(0, 3)).toEqual(['KH-0001', 'KH-0002', 'KH-0003']);
      expect(col(c, '建档日期').slice(0, 4)).toEqual([D1, D2, D1, null]);
      // Worksheet row 5 (the fourth data row) got 42 through setCells.
      expect(col(c, '金额').slice(0, 4)).toEqual([1234.5, 1235.5, -12.75, 42]);
      expect(col(c, '数量').slice(0, 4)).toEqual([0, 1, 2, null]);
      expect(col(c, '备注')[0]).toBe(true);
      expect(col(c, '备注')[6]).toBe(UNICODE);
      expect(col(c, '等级')[3]).toBeNull();
      for (const t of data) for (const row of t.rows) expect(row).toHaveLength(t.headers.length);
    });

    it('appends rows after the existing ones and fills short rows with empty cells', () => {
      const c = byName(data, 'Customers');
      const ids = col(c, '档案编号');
      expect(ids.slice(-3)).toEqual(['KH-0100', 'KH-0101', 'KH-0102']);
      const last = c.rows[c.rows.length - 1];
      expect(last.slice(0, 7)).toEqual(['KH-0102', '短行', null, null, null, null, null]);
      expect(c.rows[c.rows.length - 3].slice(0, 7)).toEqual(['KH-0100', '新客户', D1, 10, 2, '甲', 'appended']);
    });

    it('fills an empty table from its first row (no blank row left behind)', () => {
      const p = byName(data, 'Pending');
      expect(p.rows).toEqual([
        ['打电话', D1, false],
        ['+寄样品', D2, true],
      ]);
    });

    it('adds columns to a table that holds rows without changing the rows', () => {
      const o = byName(data, 'Orders');
      expect(o.rows.map((r) => r.slice(0, 4))).toEqual([...INITIAL_ORDERS, ['D-003', '客户丙', D1, 7]]);
      expect(col(o, '状态')).toEqual([null, null, '加急']);
    });

    it('sets single cells of existing rows (as text, or clearing them)', () => {
      const c = byName(data, 'Customers');
      // Worksheet row 3 is the second data row, row 4 the third.
      expect(col(c, '等级')[1]).toBe('丙');
      expect(col(c, '备注')[1]).toBe('=SUM(A1)');
      expect(col(c, '备注')[2]).toBeNull();
    });

    it('reads only the named tables that exist', async () => {
      const some = await port.readTables(['Orders', 'NoSuchTable']);
      expect(some.map((t) => t.name)).toEqual(['Orders']);
      expect(some[0].rows).toHaveLength(3);
    });

    it('rejects a plan that conflicts with the workbook and writes nothing of it', async () => {
      const plan: WriteOp[] = [
        { op: 'addSheet', name: 'Extra', visibility: 'visible' },
        { op: 'createTable', sheet: 'Extra', name: 'Orders', row: 1, col: 1, columns: [{ header: 'x' }], rows: [], style: 'TableStyleMedium2' },
      ];
      await expect(port.apply(plan)).rejects.toBeInstanceOf(PortError);
      await expect(port.apply([{ op: 'appendRows', table: 'NoSuchTable', rows: [['x']] }])).rejects.toBeInstanceOf(PortError);
      const after = await port.readStructure();
      expect(after.sheets.map((s) => s.name)).not.toContain('Extra');
    });

    it('sets up printing, a key dropdown and column widths, keeping cells; refuses them on a missing sheet', async () => {
      const setup = {
        paper: 'A4' as const,
        orientation: 'landscape' as const,
        fitWide: 1,
        fitTall: 0,
        titleRows: { first: 1, last: 1 },
        printArea: '$A$1:$C$3',
        footer: { left: '&A', center: '', right: 'Page &P of &N' },
        gridLines: true,
        centerHorizontally: true,
      };
      await port.apply([
        { op: 'addSheet', name: 'Print me', visibility: 'visible' },
        { op: 'writeCells', sheet: 'Print me', row: 1, col: 1, values: [['Key', 'x']] },
        { op: 'setColumnWidths', sheet: 'Print me', widths: [{ col: 1, width: 20 }, { col: 2, width: 12 }] },
        { op: 'setValidation', sheet: 'Print me', address: 'B1', validation: { rule: { kind: 'list', source: 'a,b' }, errorStyle: 'warning' } },
        { op: 'pageSetup', sheet: 'Print me', setup, keepExisting: false },
        { op: 'pageSetup', sheet: 'Print me', setup: { ...setup, orientation: 'portrait' }, keepExisting: true },
      ]);
      await expect(port.apply([{ op: 'pageSetup', sheet: 'No such sheet', setup, keepExisting: false }])).rejects.toBeInstanceOf(PortError);
      expect((await port.readStructure()).sheets.find((s) => s.name === 'Print me')).toMatchObject({ lastRow: 1, lastCol: 2 });
      const cell = await port.activeCell();
      expect(cell === null || typeof cell.sheet === 'string').toBe(true);
    });

    it('clears the contents of a range, keeps the rest, and refuses a range that meets a table', async () => {
      await port.apply([
        { op: 'addSheet', name: 'Notes', visibility: 'visible' },
        { op: 'writeCells', sheet: 'Notes', row: 1, col: 1, values: [['a', 'b', 'c'], [1, { formula: '=1+1' }, '=x'], [true, null, 3]], numberFormat: '0.0' },
        { op: 'clearRange', sheet: 'Notes', address: 'A2:C3' },
      ]);
      await expect(port.apply([{ op: 'clearRange', sheet: 'Data', address: 'P1:Q2' }])).rejects.toMatchObject({ code: 'conflict' });
      await expect(port.apply([{ op: 'clearRange', sheet: 'Notes', address: 'not a range' }])).rejects.toBeInstanceOf(PortError);
      const reopened = await h.reopen();
      const notes = (await reopened.readStructure()).sheets.find((s) => s.name === 'Notes');
      // Only row 1 holds values now (formats do not count as content).
      expect(notes).toMatchObject({ lastRow: 1, lastCol: 3 });
      const orders = (await reopened.readTables(['Orders']))[0];
      expect(orders.rows).toHaveLength(3);
    });
  });
}
