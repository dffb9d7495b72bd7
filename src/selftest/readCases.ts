/** Contract cases that look at the workbook as read back after both plans (no writes). */
import type { CellValue, TableData } from '../core/port/types';
import { AssertionFailure, assertEqual, assertMatches, assertTrue, present } from './assert';
import { APPENDED_CUSTOMERS, CUSTOMER_HEADERS, D1, D2, INITIAL_ORDERS, TRICKY_TEXTS, UNICODE } from './fixtures';
import { readBack } from './setupCases';
import type { ContractCase } from './types';

function byName(tables: readonly TableData[], name: string): TableData {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new AssertionFailure(`table ${name} not read back`);
  return t;
}

function col(t: TableData, header: string): CellValue[] {
  const j = t.headers.indexOf(header);
  if (j < 0) throw new AssertionFailure(`no column ${header} in ${t.name}`);
  return t.rows.map((r) => r[j] ?? null);
}

export const READ_CASES: readonly ContractCase[] = [
  {
    id: 'sheetVisibility',
    name: 'keeps sheets with their visibility',
    run: async (ctx) => {
      const { structure } = readBack(ctx);
      const vis = (name: string) => structure.sheets.find((s) => s.name === name)?.visibility;
      assertEqual(vis('Data'), 'visible', 'Data');
      assertEqual(vis('Archive'), 'hidden', 'Archive');
      assertEqual(vis('Lists'), 'veryHidden', 'Lists');
    },
  },
  {
    id: 'usedExtent',
    name: 'reports the used extent of a sheet',
    run: async (ctx) => {
      const sheet = present(readBack(ctx).structure.sheets.find((s) => s.name === 'Data'), 'sheet Data');
      // Customers: header + 13 + 3 rows; Orders ends in column 16 (K + 6 columns - 1).
      assertEqual(sheet.lastRow, 1 + TRICKY_TEXTS.length + APPENDED_CUSTOMERS.length, 'Data last row');
      assertEqual(sheet.lastCol, 16, 'Data last column');
    },
  },
  {
    id: 'tablesLayout',
    name: 'keeps tables side by side with positions, headers and row counts',
    run: async (ctx) => {
      const info = (name: string) => readBack(ctx).structure.tables.find((t) => t.name === name);
      assertEqual(
        info('Customers'),
        { name: 'Customers', sheet: 'Data', headerRow: 1, firstCol: 1, headers: CUSTOMER_HEADERS, rowCount: TRICKY_TEXTS.length + APPENDED_CUSTOMERS.length },
        'Customers',
      );
      assertEqual(
        info('Orders'),
        { name: 'Orders', sheet: 'Data', headerRow: 1, firstCol: 11, headers: ['单号', '客户', '日期', '数量', '状态', '加倍'], rowCount: 3 },
        'Orders',
      );
      assertMatches(info('Pending'), { sheet: 'Archive', headerRow: 1, firstCol: 1, rowCount: 2 }, 'Pending');
    },
  },
  {
    id: 'namesAndMeta',
    name: 'keeps defined names and reads the meta from Lists!A1:B3',
    run: async (ctx) => {
      const { structure } = readBack(ctx);
      for (const n of ['List_grade', 'Threshold']) assertTrue(structure.names.includes(n), `defined name ${n} missing from ${JSON.stringify(structure.names)}`);
      assertEqual(structure.meta, { modelVersion: 8, lang: 'zh-CN' }, 'meta');
    },
  },
  {
    id: 'textExact',
    name: 'reads back text exactly, never as formulas, numbers, dates, booleans or errors',
    run: async (ctx) => {
      const { data } = readBack(ctx);
      const names = col(byName(data, 'Customers'), '名称');
      assertEqual(names.slice(0, TRICKY_TEXTS.length), TRICKY_TEXTS, 'Customers.名称');
      assertEqual(names[TRICKY_TEXTS.length + 1], '=HYPERLINK("http://x")', 'appended 名称');
      assertEqual(col(byName(data, 'Orders'), '客户')[1], '=客户乙', 'Orders.客户');
      assertEqual(col(byName(data, 'Pending'), '事项'), ['打电话', '+寄样品'], 'Pending.事项');
    },
  },
  {
    id: 'valuesRoundTrip',
    name: 'round-trips numbers, serial dates, booleans, unicode and empty cells',
    run: async (ctx) => {
      const { data } = readBack(ctx);
      const c = byName(data, 'Customers');
      assertEqual(col(c, '档案编号').slice(0, 3), ['KH-0001', 'KH-0002', 'KH-0003'], '档案编号');
      assertEqual(col(c, '建档日期').slice(0, 4), [D1, D2, D1, null], '建档日期');
      // Worksheet row 5 (the fourth data row) got 42 through setCells.
      assertEqual(col(c, '金额').slice(0, 4), [1234.5, 1235.5, -12.75, 42], '金额');
      assertEqual(col(c, '数量').slice(0, 4), [0, 1, 2, null], '数量');
      assertEqual(col(c, '备注')[0], true, '备注 row 1');
      assertEqual(col(c, '备注')[6], UNICODE, '备注 row 7');
      assertEqual(col(c, '等级')[3], null, '等级 row 4');
      for (const t of data) for (const row of t.rows) assertEqual(row.length, t.headers.length, `width of a ${t.name} row`);
    },
  },
  {
    id: 'appendRows',
    name: 'appends rows after the existing ones and fills short rows with empty cells',
    run: async (ctx) => {
      const c = byName(readBack(ctx).data, 'Customers');
      assertEqual(col(c, '档案编号').slice(-3), ['KH-0100', 'KH-0101', 'KH-0102'], 'last three 档案编号');
      const last = present(c.rows[c.rows.length - 1], 'last row');
      assertEqual(last.slice(0, 7), ['KH-0102', '短行', null, null, null, null, null], 'short row');
      const third = present(c.rows[c.rows.length - 3], 'third row from the end');
      assertEqual(third.slice(0, 7), ['KH-0100', '新客户', D1, 10, 2, '甲', 'appended'], 'first appended row');
    },
  },
  {
    id: 'fillEmptyTable',
    name: 'fills an empty table from its first row (no blank row left behind)',
    run: async (ctx) => {
      const p = byName(readBack(ctx).data, 'Pending');
      assertEqual(p.rows, [['打电话', D1, false], ['+寄样品', D2, true]], 'Pending rows');
    },
  },
  {
    id: 'addColumns',
    name: 'adds columns to a table that holds rows without changing the rows',
    run: async (ctx) => {
      const o = byName(readBack(ctx).data, 'Orders');
      assertEqual(o.rows.map((r) => r.slice(0, 4)), [...INITIAL_ORDERS, ['D-003', '客户丙', D1, 7]], 'Orders rows');
      assertEqual(col(o, '状态'), [null, null, '加急'], 'Orders.状态');
    },
  },
  {
    id: 'setCells',
    name: 'sets single cells of existing rows (as text, or clearing them)',
    run: async (ctx) => {
      const c = byName(readBack(ctx).data, 'Customers');
      // Worksheet row 3 is the second data row, row 4 the third.
      assertEqual(col(c, '等级')[1], '丙', '等级 row 2');
      assertEqual(col(c, '备注')[1], '=SUM(A1)', '备注 row 2');
      assertEqual(col(c, '备注')[2], null, '备注 row 3');
    },
  },
];
