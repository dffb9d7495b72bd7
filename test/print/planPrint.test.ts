/**
 * Page setup of every data sheet and the eight print views (SPEC §2.2), as generate plans them:
 * where they go in the plan, what they hold, and that an upgrade keeps what the user set.
 */
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import type { Lang } from '../../src/core/model/types';
import { textIn } from '../../src/core/model/types';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { planGenerate } from '../../src/core/plan/generate';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { PRINT_VIEWS } from '../../src/core/print/views';
import { keyAddress } from '../../src/core/print/planView';
import type { WorkbookStructure, WriteOp } from '../../src/core/port/types';

const EMPTY: WorkbookStructure = { sheets: [], tables: [], names: [], meta: { modelVersion: null, lang: null } };
const FORBIDDEN = [
  'FILTER', 'UNIQUE', 'SORT', 'SORTBY', 'SEQUENCE', 'RANDARRAY', 'LET', 'LAMBDA', 'XLOOKUP', 'XMATCH',
  'MAXIFS', 'MINIFS', 'IFS', 'SWITCH', 'TEXTJOIN', 'CONCAT', 'TEXT', 'TODAY', 'NOW', 'INDIRECT', 'OFFSET', 'AGGREGATE',
];
const DATA_SHEETS = WORKBOOK_MODEL.sheets.filter((s) => s.tables.length > 0);

function formulasOf(ops: readonly WriteOp[]): string[] {
  return ops.flatMap((op) =>
    op.op === 'writeCells' ? op.values.flat().flatMap((v) => (v !== null && typeof v === 'object' ? [v.formula] : [])) : [],
  );
}

describe.each<Lang>(['zh-CN', 'en-US'])('print plan (%s)', (lang) => {
  const plan = planGenerate(WORKBOOK_MODEL, EMPTY, lang, { validationFor: excelValidationFor });

  it('sets up every data sheet: A4, one page wide, header row on every page, footer with sheet and page', () => {
    const setups = plan.ops.filter((op): op is Extract<WriteOp, { op: 'pageSetup' }> => op.op === 'pageSetup');
    for (const sheet of DATA_SHEETS) {
      const s = setups.find((op) => op.sheet === textIn(sheet.name, lang));
      expect(s).toBeDefined();
      expect(s!.keepExisting).toBe(false);
      expect(s!.setup).toMatchObject({ paper: 'A4', fitWide: 1, fitTall: 0, titleRows: { first: 1, last: 1 } });
      expect(s!.setup.footer.left).toBe('&A');
      expect(s!.setup.footer.right).toMatch(/&P.*&N/);
    }
    const customers = setups.find((op) => op.sheet === textIn(DATA_SHEETS.find((s) => s.key === 'customers')!.name, lang))!;
    expect(customers.setup.orientation).toBe('landscape');
    const competitors = setups.find((op) => op.sheet === textIn(DATA_SHEETS.find((s) => s.key === 'competitors')!.name, lang))!;
    expect(competitors.setup.orientation).toBe('portrait');
  });

  it('adds the eight views after every table, each one A4 page with a key dropdown', () => {
    const lastTable = plan.ops.map((op) => op.op).lastIndexOf('createTable');
    for (const view of PRINT_VIEWS) {
      const name = textIn(view.sheet, lang);
      expect(name.length).toBeLessThanOrEqual(31);
      const at = plan.ops.findIndex((op) => op.op === 'addSheet' && op.name === name);
      expect(at).toBeGreaterThan(lastTable);
      const mine = plan.ops.filter((op) => 'sheet' in op && op.sheet === name);
      const setup = mine.find((op) => op.op === 'pageSetup');
      expect(setup).toMatchObject({ setup: { paper: 'A4', fitWide: 1, fitTall: 1, gridLines: true } });
      view.keys.forEach((_, i) => expect(mine.some((op) => op.op === 'setValidation' && op.address === keyAddress(i))).toBe(true));
      expect(plan.changes).toContainEqual({ kind: 'addSheet', sheet: name });
    }
  });

  it('fills the views with Excel 2016 formulas only', () => {
    const viewNames = new Set(PRINT_VIEWS.map((v) => textIn(v.sheet, lang)));
    const formulas = formulasOf(plan.ops.filter((op) => 'sheet' in op && viewNames.has(op.sheet)));
    expect(formulas.length).toBeGreaterThan(300);
    for (const f of formulas) {
      const code = f.replace(/"(?:[^"]|"")*"/g, '""');
      for (const fn of FORBIDDEN) expect([f, new RegExp(`(?<![A-Z.])${fn}\\s*\\(`).test(code)]).toEqual([f, false]);
      expect([f, (code.match(/\(/g) ?? []).length]).toEqual([f, (code.match(/\)/g) ?? []).length]);
    }
  });
});

describe('print plan on existing workbooks', () => {
  it('a current workbook gets nothing again', async () => {
    const port = new MemoryPort();
    await generateWorkbook(port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor });
    const again = await generateWorkbook(port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor });
    expect(again.ops).toEqual([]);
  });

  it('an older workbook gets page setup that keeps what the user set, and the missing views', async () => {
    const port = new MemoryPort();
    const v1 = { ...WORKBOOK_MODEL, version: 1 };
    const first = planGenerate(v1, await port.readStructure(), 'zh-CN', { validationFor: excelValidationFor });
    const views = new Set(PRINT_VIEWS.map((v) => v.sheet.zh));
    // Today's main: the same tables, no printing.
    await port.apply(
      first.ops.filter((op) => !['pageSetup', 'setValidation', 'setColumnWidths'].includes(op.op) && !('sheet' in op && views.has(op.sheet)) && !(op.op === 'addSheet' && views.has(op.name))),
    );
    await port.apply([{ op: 'addSheet', name: 'Mine', visibility: 'visible' }]);
    await port.apply([{ op: 'pageSetup', sheet: '客户档案', setup: { paper: 'A4', orientation: 'portrait', fitWide: 0, fitTall: 0, footer: { left: 'mine', center: '', right: '' }, gridLines: false, centerHorizontally: false }, keepExisting: false }]);

    const up = await generateWorkbook(port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor });
    expect(up.conflicts).toEqual([]);
    const setups = up.ops.filter((op) => op.op === 'pageSetup' && !views.has(op.sheet));
    expect(setups.length).toBe(DATA_SHEETS.length);
    expect(setups.every((op) => op.op === 'pageSetup' && op.keepExisting)).toBe(true);
    expect(port.pageSetupOf('客户档案')!.footer.left).toBe('mine');
    expect(port.pageSetupOf('联系人与决策链')!.titleRows).toEqual({ first: 1, last: 1 });
    for (const v of PRINT_VIEWS) expect(port.pageSetupOf(v.sheet.zh)).toBeDefined();
  });
});
