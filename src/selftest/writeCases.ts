/** Contract cases that write again to the workbook read back (they run last). */
import type { WriteOp } from '../core/port/types';
import { PortError } from '../core/port/types';
import { assertEqual, assertMatches, assertRejects, assertTrue, present } from './assert';
import { readBack } from './setupCases';
import type { ContractCase } from './types';

const isPortError = (err: unknown): boolean => err instanceof PortError;

export const WRITE_CASES: readonly ContractCase[] = [
  {
    id: 'readNamedTables',
    name: 'reads only the named tables that exist',
    run: async (ctx) => {
      const some = await readBack(ctx).port.readTables(['Orders', 'NoSuchTable']);
      assertEqual(some.map((t) => t.name), ['Orders'], 'tables read');
      assertEqual(present(some[0], 'Orders').rows.length, 3, 'Orders rows');
    },
  },
  {
    id: 'rejectConflict',
    name: 'rejects a plan that conflicts with the workbook and writes nothing of it',
    run: async (ctx) => {
      const { port } = readBack(ctx);
      const plan: WriteOp[] = [
        { op: 'addSheet', name: 'Extra', visibility: 'visible' },
        { op: 'createTable', sheet: 'Extra', name: 'Orders', row: 1, col: 1, columns: [{ header: 'x' }], rows: [], style: 'TableStyleMedium2' },
      ];
      await assertRejects(() => port.apply(plan), isPortError, 'a second table named Orders');
      await assertRejects(() => port.apply([{ op: 'appendRows', table: 'NoSuchTable', rows: [['x']] }]), isPortError, 'appending to a missing table');
      const after = await port.readStructure();
      assertTrue(!after.sheets.some((s) => s.name === 'Extra'), 'the sheet Extra of the rejected plan was created');
    },
  },
  {
    id: 'clearRange',
    name: 'clears the contents of a range, keeps the rest, and refuses a range that meets a table',
    run: async (ctx) => {
      const { port } = readBack(ctx);
      await port.apply([
        { op: 'addSheet', name: 'Notes', visibility: 'visible' },
        { op: 'writeCells', sheet: 'Notes', row: 1, col: 1, values: [['a', 'b', 'c'], [1, { formula: '=1+1' }, '=x'], [true, null, 3]], numberFormat: '0.0' },
        { op: 'clearRange', sheet: 'Notes', address: 'A2:C3' },
      ]);
      await assertRejects(
        () => port.apply([{ op: 'clearRange', sheet: 'Data', address: 'P1:Q2' }]),
        (err) => err instanceof PortError && err.code === 'conflict',
        'clearing a range that meets a table',
      );
      await assertRejects(() => port.apply([{ op: 'clearRange', sheet: 'Notes', address: 'not a range' }]), isPortError, 'clearing "not a range"');
      const reopened = await ctx.harness.reopen();
      const notes = (await reopened.readStructure()).sheets.find((s) => s.name === 'Notes');
      // Only row 1 holds values now (formats do not count as content).
      assertMatches(notes, { lastRow: 1, lastCol: 3 }, 'sheet Notes');
      const orders = present((await reopened.readTables(['Orders']))[0], 'Orders');
      assertEqual(orders.rows.length, 3, 'Orders rows');
    },
  },
  {
    id: 'printSetup',
    name: 'sets up printing, a key dropdown and column widths, keeping cells; refuses them on a missing sheet',
    run: async (ctx) => {
      const { port } = readBack(ctx);
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
      await assertRejects(() => port.apply([{ op: 'pageSetup', sheet: 'No such sheet', setup, keepExisting: false }]), isPortError, 'page setup of a missing sheet');
      const sheet = (await port.readStructure()).sheets.find((s) => s.name === 'Print me');
      assertMatches(sheet, { lastRow: 1, lastCol: 2 }, 'sheet Print me');
      const cell = await port.activeCell();
      assertTrue(cell === null || typeof cell.sheet === 'string', 'the active cell is a cell or none');
    },
  },
  {
    id: 'deleteRows',
    name: 'deletes table rows in runs, keeps the table beside them, and keeps one blank row when every row goes',
    run: async (ctx) => {
      // A port on the workbook as saved last (an earlier case may have reopened it since readBack).
      const port = await ctx.harness.reopen();
      const twice = '=Left[[#This Row],[n]]*2';
      await port.apply([
        { op: 'addSheet', name: 'Rows', visibility: 'visible' },
        {
          op: 'createTable',
          sheet: 'Rows',
          name: 'Left',
          row: 1,
          col: 1,
          columns: [{ header: 'key' }, { header: 'n', numberFormat: '0' }, { header: 'twice', formula: twice, computed: true }],
          rows: Array.from({ length: 8 }, (_, i) => [`L${i + 1}`, i + 1, { formula: twice }]),
          style: 'TableStyleMedium2',
        },
        { op: 'createTable', sheet: 'Rows', name: 'Right', row: 1, col: 5, columns: [{ header: 'k' }, { header: 'v' }], rows: [['R1', 1], ['R2', 2], ['R3', 3], ['R4', 4]], style: 'TableStyleMedium2' },
      ]);
      // Sheet rows 3, 4 and 7 hold L2, L3 and L6: two runs, given out of order.
      await port.apply([{ op: 'deleteRows', table: 'Left', rows: [7, 3, 4] }]);
      const reopened = await ctx.harness.reopen();
      const [left, right] = await reopened.readTables(['Left', 'Right']);
      assertEqual(present(left, 'Left').rows.map((r) => [r[0], r[1]]), [['L1', 1], ['L4', 4], ['L5', 5], ['L7', 7], ['L8', 8]], 'Left after deleting three rows');
      assertEqual(present(right, 'Right').rows.map((r) => r[0]), ['R1', 'R2', 'R3', 'R4'], 'Right, beside the deleted rows');
      await assertRejects(() => reopened.apply([{ op: 'deleteRows', table: 'Left', rows: [1] }]), isPortError, 'deleting the header row');
      await assertRejects(() => reopened.apply([{ op: 'deleteRows', table: 'Left', rows: [7] }]), isPortError, 'deleting a row below the table');
      await reopened.apply([{ op: 'deleteRows', table: 'Left', rows: [2, 3, 4, 5, 6] }]);
      await reopened.apply([{ op: 'appendRows', table: 'Left', rows: [['L9', 9, { formula: twice }]] }]);
      const again = await ctx.harness.reopen();
      const [last] = await again.readTables(['Left']);
      assertEqual(present(last, 'Left').rows.map((r) => [r[0], r[1]]), [['L9', 9]], 'Left after every row went and one was added');
    },
  },
];
