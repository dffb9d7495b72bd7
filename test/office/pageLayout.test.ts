/** Page setup, key validation and the active cell through the Office adapter (fake Excel, strict). */
import { createFakeExcel } from '../fake-excel';
import { pageLayoutOf, printTitlesOf } from '../fake-excel/pageLayout';
import { OfficePort } from '../../src/adapters/office/officePort';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { excelValidationFor } from '../../src/core/validate';
import { PRINT_VIEWS } from '../../src/core/print/views';
import { printFooter } from '../../src/core/print/pageSetup';
import type { WriteOp } from '../../src/core/port/types';

const req = { model: WORKBOOK_MODEL, lang: 'zh-CN' as const, validationFor: excelValidationFor };

function setup(apiVersion = '1.17') {
  const fake = createFakeExcel({ apiVersion });
  const port = new OfficePort(fake.run, { isSetSupported: (s, v) => fake.isSetSupported(s, v) });
  return { fake, port };
}

const setupOp = (sheet: string, keepExisting: boolean): WriteOp => ({
  op: 'pageSetup',
  sheet,
  keepExisting,
  setup: { paper: 'A4', orientation: 'landscape', fitWide: 1, fitTall: 0, titleRows: { first: 1, last: 1 }, footer: printFooter('zh-CN'), gridLines: false, centerHorizontally: false },
});

describe('page layout through the Office adapter', () => {
  it('generate sets up every data sheet and view, within the same syncs', async () => {
    const { fake, port } = setup();
    const plan = await generateWorkbook(port, req);
    expect(plan.conflicts).toEqual([]);
    expect(fake.syncCount()).toBeLessThanOrEqual(4);
    const customers = pageLayoutOf(fake.workbook.getSheet('客户档案'));
    expect(customers).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1 } });
    expect(customers.texts).toMatchObject({ leftFooter: '&A', rightFooter: '第 &P 页,共 &N 页' });
    expect(printTitlesOf(fake.workbook.getSheet('客户档案'))).toBe("'客户档案'!$1:$1");
    for (const v of PRINT_VIEWS) {
      const l = pageLayoutOf(fake.workbook.getSheet(v.sheet.zh));
      expect(l).toMatchObject({ paperSize: 'A4', printGridlines: true, zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } });
      expect(l.printArea).not.toBeNull();
      expect(fake.cell(v.sheet.zh, 'B2')?.validation?.rule).toBeDefined();
    }
  });

  it('keepExisting leaves a sheet whose printing the user set up, in one extra sync', async () => {
    const { fake, port } = setup();
    fake.seed.sheet('Mine');
    fake.seed.sheet('Fresh');
    pageLayoutOf(fake.workbook.getSheet('Mine')).texts.centerFooter = '我的页脚';
    fake.resetCounters();
    await port.apply([setupOp('Mine', true), setupOp('Fresh', true)]);
    const probed = fake.syncCount();
    fake.resetCounters();
    await port.apply([setupOp('Fresh', false)]);
    expect(probed).toBe(fake.syncCount() + 1);
    expect(pageLayoutOf(fake.workbook.getSheet('Mine'))).toMatchObject({ orientation: 'Portrait', paperSize: 'Letter' });
    expect(pageLayoutOf(fake.workbook.getSheet('Fresh'))).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
  });

  it('a host without ExcelApi 1.9 gets everything but the page setup', async () => {
    const { fake, port } = setup('1.8');
    const plan = await generateWorkbook(port, req);
    expect(plan.conflicts).toEqual([]);
    expect(pageLayoutOf(fake.workbook.getSheet('客户档案')).paperSize).toBe('Letter');
    expect(fake.table('Customers')).toBeDefined();
    expect(fake.workbook.findSheet(PRINT_VIEWS[0]!.sheet.zh)).toBeDefined();
  });

  it('reads the active cell (ExcelApi 1.7), sheet name quoted or not', async () => {
    const { port } = setup();
    await port.apply([{ op: 'addSheet', name: "客户 O'Neil", visibility: 'visible' }]);
    await port.select("客户 O'Neil", 'C7');
    expect(await port.activeCell()).toEqual({ sheet: "客户 O'Neil", row: 7, col: 3 });
    const old = setup('1.6');
    expect(await old.port.activeCell()).toBeNull();
  });
});
