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
];
