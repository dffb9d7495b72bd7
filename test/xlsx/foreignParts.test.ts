/**
 * SPEC §6: the command line reads any workbook Excel may save (charts, comments, images, add-in
 * data) without crashing, and a write keeps every part it does not own, or refuses and writes nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { openXlsx, openXlsxBuffer } from '../../src/adapters/xlsx';
import { hasLibreOffice, recalc } from '../engine/libreoffice';
import { FOREIGN_PARTS, addForeignParts } from './foreign';
import { baseWorkbook, partBytes, partNames, partText } from './helpers';

async function workbookWithChart(): Promise<Uint8Array> {
  return addForeignParts(await (await baseWorkbook([[46000, null, '是', 'a'], [46001, null, '否', 'b']])).toBuffer());
}

describe('a workbook with a chart, a picture, a comment and an add-in binding', () => {
  it('loses its chart and add-in binding in an ExcelJS round trip (why the adapter does not use ExcelJS to write)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await workbookWithChart()) as unknown as ArrayBuffer);
    const names = await partNames(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(names).not.toContain('xl/charts/chart1.xml');
    expect(names).not.toContain('xl/webextensions/taskpanes.xml');
  });

  it('reads without trouble', async () => {
    const wb = await openXlsxBuffer(await workbookWithChart());
    const s = await wb.readStructure();
    expect(s.tables.map((t) => t.name)).toEqual(['Visits']);
    const [t] = await wb.readTables();
    expect(t!.rows.map((r) => r[0])).toEqual([46000, 46001]);
  });

  it('keeps every foreign part byte for byte when rows, columns, tables, sheets and names are written', async () => {
    const original = await workbookWithChart();
    const wb = await openXlsxBuffer(original);
    await wb.apply([
      { op: 'appendRows', table: 'Visits', rows: [[46002, null, '是', 'c']] },
      { op: 'setCells', table: 'Visits', cells: [{ row: 2, header: '备注', value: '改' }] },
      { op: 'addColumns', table: 'Visits', columns: [{ header: '附注' }] },
      { op: 'addSheet', name: '新表', visibility: 'visible' },
      { op: 'createTable', sheet: '新表', name: 'Extra', row: 1, col: 1, columns: [{ header: 'x' }], rows: [[1]], style: 'TableStyleMedium2' },
      { op: 'defineName', name: 'List_extra', ref: "'新表'!$A$2:$A$2" },
      { op: 'freezeRows', sheet: '拜访日报', rows: 1 },
      { op: 'activate', sheet: '新表' },
    ]);
    const written = await wb.toBuffer();
    const before = await partBytes(original);
    const after = await partBytes(written);
    for (const name of FOREIGN_PARTS) expect(after.get(name)?.equals(before.get(name)!)).toBe(true);
    // Still wired up: the sheet points at its drawing and comment shapes, the package at the task pane.
    const sheet = (await partText(written, 'xl/worksheets/sheet1.xml'))!;
    expect(sheet).toMatch(/<drawing r:id="rId90"\/><legacyDrawing r:id="rId91"\/><tableParts/);
    const sheetRels = (await partText(written, 'xl/worksheets/_rels/sheet1.xml.rels'))!;
    expect(sheetRels).toContain('Target="../drawings/drawing1.xml"');
    expect(sheetRels).toContain('Target="../comments1.xml"');
    expect(await partText(written, '_rels/.rels')).toContain('Target="xl/webextensions/taskpanes.xml"');
    expect(await partText(written, '[Content_Types].xml')).toContain('/xl/charts/chart1.xml');

    const back = await openXlsxBuffer(written);
    const tables = await back.readTables();
    expect(tables.map((t) => [t.name, t.rows.length])).toEqual([
      ['Visits', 3],
      ['Extra', 1],
    ]);
    expect(tables[0]!.rows[0]).toEqual([46000, null, '是', '改', null]);
  });

  it('leaves the file byte-identical when a write is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-refuse-'));
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, await workbookWithChart());
    const before = readFileSync(path);
    const wb = await openXlsx(path);
    // A value right below the table: the table cannot grow without overwriting it.
    await wb.apply([{ op: 'writeCells', sheet: '拜访日报', row: 4, col: 2, values: [['挡路']] }]);
    const e = await wb.apply([{ op: 'appendRows', table: 'Visits', rows: [[46003]] }]).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'conflict', message: expect.stringContaining('B4') });
    // Nothing reaches the file until save(), and a refused plan leaves the workbook as it was.
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  (hasLibreOffice ? it : it.skip)('still opens in LibreOffice after a write, with formulas computing', async () => {
    const wb = await openXlsxBuffer(await workbookWithChart());
    await wb.apply([{ op: 'appendRows', table: 'Visits', rows: [[46010, null, '是', 'c']] }]);
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-lo-'));
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, await wb.toBuffer());
    const r = await recalc(path);
    const cells = r.sheets['拜访日报']!.cells;
    expect(cells.B4).toMatchObject({ v: 46017 });
    expect(cells.B2).toMatchObject({ v: 46007 });
  });
});
