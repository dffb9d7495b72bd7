/**
 * The data of the WorkbookPort contract (see cases.ts): a first plan builds a small workbook (sheets
 * of every visibility, two tables side by side with formats, validation and calculated columns, an
 * empty table, the Lists meta and a defined name); after a reopen a second plan appends rows, adds
 * columns to a table holding rows, sets cells and redefines names.
 */
import type { CellInput, CellValue, ColumnFormat, WriteOp } from '../core/port/types';

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

export const UNICODE = '客户甲 😀 ﹫ Ünïcödé';
export const D1 = serial(2026, 10, 1);
export const D2 = serial(2025, 1, 1);

export const CUSTOMER_HEADERS = ['档案编号', '名称', '建档日期', '金额', '数量', '等级', '备注', '合计'];
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
export const INITIAL_ORDERS: CellInput[][] = [
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

export const APPENDED_CUSTOMERS: CellInput[][] = [
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

/** Sheets and workbook names the plans (and the cases) create: the self-test deletes them afterwards. */
export const CONTRACT_SHEETS: readonly string[] = ['Data', 'Archive', 'Lists', 'Notes', 'Extra', 'Print me', 'Rows'];
export const CONTRACT_NAMES: readonly string[] = ['List_grade', 'Threshold'];
