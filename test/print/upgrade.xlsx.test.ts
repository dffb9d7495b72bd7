/**
 * Upgrading a v1 workbook (today's main: every table, no printing) in an .xlsx: the views and the
 * page setup are added; every row, user column, user sheet and user page setup stays.
 */
import { newXlsx } from '../../src/adapters/xlsx';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { planGenerate } from '../../src/core/plan/generate';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { initialRows } from '../../src/core/services/initialRows';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { serialOf } from '../../src/core/validate/dates';
import { PRINT_VIEWS } from '../../src/core/print/views';
import { printFooter } from '../../src/core/print/pageSetup';
import { partNames, partText, reopen } from '../xlsx/helpers';

const PRINT_OPS = ['pageSetup', 'setValidation', 'setColumnWidths'];

describe('upgrading a v1 .xlsx', () => {
  it('adds the views and page setup, keeping rows, columns and the user page setup', async () => {
    let book = newXlsx({ lang: 'zh-CN' });
    const views = new Set(PRINT_VIEWS.map((v) => v.sheet.zh));
    const v1 = planGenerate({ ...WORKBOOK_MODEL, version: 1 }, await book.readStructure(), 'zh-CN', {
      validationFor: excelValidationFor,
      initialRows: initialRows('zh-CN', serialOf(2026, 11, 20)),
    });
    await book.apply(v1.ops.filter((op) => !PRINT_OPS.includes(op.op) && !('sheet' in op && views.has(op.sheet)) && !(op.op === 'addSheet' && views.has(op.name))));
    // The user's own: a column, a row, a sheet, and how one sheet prints.
    const customers = (await book.readStructure()).tables.find((t) => t.name === 'Customers')!;
    await book.apply([
      { op: 'writeCells', sheet: customers.sheet, row: 1, col: customers.firstCol + customers.headers.length + 5, values: [['我的备注']] },
      { op: 'addSheet', name: '我的表', visibility: 'visible' },
      { op: 'writeCells', sheet: '我的表', row: 1, col: 1, values: [['x']] },
      {
        op: 'pageSetup',
        sheet: '联系人与决策链',
        keepExisting: false,
        setup: { paper: 'A4', orientation: 'portrait', fitWide: 0, fitTall: 0, footer: { left: '', center: 'mine', right: '' }, gridLines: false, centerHorizontally: false },
      },
    ]);
    book = await reopen(book);
    const before = await book.readTables();

    const plan = await generateWorkbook(book, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor });
    expect(plan.conflicts).toEqual([]);
    book = await reopen(book);
    const after = await book.readTables();
    for (const t of before) {
      const now = after.find((x) => x.name === t.name)!;
      expect([t.name, now.rows.length]).toEqual([t.name, t.rows.length]);
      expect(now.rows).toEqual(t.rows);
    }
    const structure = await book.readStructure();
    expect(structure.meta.modelVersion).toBe(WORKBOOK_MODEL.version);
    for (const v of PRINT_VIEWS) expect(structure.sheets.some((s) => s.name === v.sheet.zh)).toBe(true);
    expect(structure.sheets.some((s) => s.name === '我的表')).toBe(true);
    const customerSheet = structure.sheets.find((s) => s.name === customers.sheet)!;
    expect(customerSheet.lastCol).toBe(customers.firstCol + customers.headers.length + 5);

    const bytes = await book.toBuffer();
    const workbookXml = (await partText(bytes, 'xl/workbook.xml'))!;
    expect(workbookXml.match(/_xlnm\.Print_Titles/g)!.length).toBe(WORKBOOK_MODEL.sheets.filter((s) => s.tables.length > 0).length - 1);
    const sheets = await Promise.all((await partNames(bytes)).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n)).map((n) => partText(bytes, n)));
    const mine = sheets.filter((x) => x!.includes('&amp;Cmine'));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toContain('orientation="portrait"');
    expect(mine[0]).not.toContain('fitToWidth');
    const footer = `&amp;L${printFooter('zh-CN').left.replace(/&/g, '&amp;')}`;
    expect(sheets.filter((x) => x!.includes(footer)).length).toBeGreaterThanOrEqual(WORKBOOK_MODEL.sheets.filter((s) => s.tables.length > 0).length - 1);
  });
});
