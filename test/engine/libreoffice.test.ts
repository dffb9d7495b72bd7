import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  cellValue,
  errorCells,
  getCell,
  hasLibreOffice,
  recalc,
  recalcMany,
  RecalcResult,
  tableRows,
} from './libreoffice';

if (!hasLibreOffice) console.warn('LibreOffice (soffice + python3-uno) not found: skipping the engine tests');
const d = hasLibreOffice ? describe : describe.skip;

const WEEKDAY = 'CHOOSE(WEEKDAY(Visits[[#This Row],[日期]]),"日","一","二","三","四","五","六")';
const DATES = [Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 4), Date.UTC(2026, 0, 10), Date.UTC(2026, 0, 12)];

/** Excel's serial day number (1900 system) of a UTC midnight, as ExcelJS writes JS Dates. */
const serial = (utcMs: number) => (utcMs - Date.UTC(1899, 11, 30)) / 86_400_000;

async function writeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('拜访日报');
  ws.addTable({
    name: 'Visits',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: '日期' }, { name: '星期' }],
    // ExcelJS writes no calculated column, so every data cell carries its own formula.
    rows: DATES.map((t) => [new Date(t), { formula: WEEKDAY }]),
  });
  ws.getCell('D1').value = { formula: '1/0' };
  ws.getCell('D2').value = { formula: 'EDATE(DATE(2026,1,31),1)' };
  ws.getCell('D3').value = { formula: 'COUNTIFS(Visits[星期],"一",Visits[日期],">="&DATE(2026,1,6))' };
  ws.getCell('D4').value = '=1+1';
  const lists = wb.addWorksheet('lists');
  lists.state = 'veryHidden';
  lists.getCell('A1').value = '甲';
  await wb.xlsx.writeFile(path);
}

d('LibreOffice recalculation harness', () => {
  let dir: string;
  let book: string;
  let result: RecalcResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lo-test-'));
    book = join(dir, 'visits.xlsx');
    await writeWorkbook(book);
    result = await recalc(book);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('computes structured references with Chinese table columns', () => {
    const expected = DATES.map((t) => [serial(t), '日一二三四五六'[new Date(t).getUTCDay()]]);
    expect(tableRows(result, '拜访日报', 'A2', 2, DATES.length)).toEqual(expected);
    expect(expected.map((row) => row[1])).toEqual(['一', '日', '六', '一']);
    expect(getCell(result, '拜访日报', 'B2').f).toContain('Visits[[#This Row]');
  });

  it('computes EDATE (month-end clamp) and COUNTIFS', () => {
    expect(cellValue(result, '拜访日报', 'D2')).toBe(serial(Date.UTC(2026, 1, 28)));
    expect(cellValue(result, '拜访日报', 'D3')).toBe(1);
  });

  it('reports #DIV/0! as the only error cell', () => {
    expect(getCell(result, '拜访日报', 'D1')).toEqual({ v: '#DIV/0!', t: 'e', f: '=1/0' });
    expect(errorCells(result)).toEqual([{ sheet: '拜访日报', address: 'D1', f: '=1/0', v: '#DIV/0!' }]);
  });

  it('keeps a string that looks like a formula as text', () => {
    expect(getCell(result, '拜访日报', 'D4')).toEqual({ v: '=1+1', t: 's' });
  });

  it('includes hidden sheets, and reports empty cells as empty', () => {
    expect(result.sheets['lists']).toEqual({ hidden: true, cells: { A1: { v: '甲', t: 's' } } });
    expect(getCell(result, '拜访日报', 'Z99')).toEqual({ v: null, t: 'empty' });
    expect(() => cellValue(result, 'nope', 'A1')).toThrow(/no sheet/);
  });

  it('recalculates several files with one LibreOffice process', async () => {
    const other = join(dir, 'other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = { formula: 'SUM(2,3)' };
    await wb.xlsx.writeFile(other);
    const [a, b] = await recalcMany([book, other]);
    expect(a).toEqual(result);
    expect(cellValue(b, 'S', 'A1')).toBe(5);
  });

  it('fails with the script message for a missing file', async () => {
    await expect(recalc(join(dir, 'missing.xlsx'))).rejects.toThrow(/no such file/);
  });
});
