import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../../src/cli/io';
import type { Lang } from '../../src/core/model/types';
import { run as generate } from '../../src/cli/commands/generate';
import { run } from '../../src/cli/commands/import';
import { run as validate } from '../../src/cli/commands/validate';
import { serialOf } from '../../src/core/validate/dates';
import { openXlsx } from '../../src/adapters/xlsx';
import { hasLibreOffice, recalc } from '../engine/libreoffice';
import { addForeignParts } from '../xlsx/foreign';
import { partBytes } from '../xlsx/helpers';

function captureIo(lang: Lang = 'zh-CN'): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { lang, out: (s) => out.push(s), err: (s) => err.push(s), outText: () => out.join('\n'), errText: () => err.join('\n') };
}

let dir: string;
let book: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ka-import-'));
  book = join(dir, 'base.xlsx');
  expect(await generate(['--out', book], captureIo())).toBe(0);
});

/** A fresh copy of the generated workbook, and a CSV beside it. */
function fixture(csv: string | Uint8Array, name = 'in.csv'): { xlsx: string; csv: string } {
  const sub = mkdtempSync(join(dir, 'case-'));
  const xlsx = join(sub, 'book.xlsx');
  writeFileSync(xlsx, readFileSync(book));
  const csvPath = join(sub, name);
  writeFileSync(csvPath, csv);
  return { xlsx, csv: csvPath };
}

const VISITS_CSV = [
  '日期,填表人,客户,面谈者,商谈计划,面谈概要,成果,金额(元),备注',
  '2026-10-08,李明,东方物流,王总,a 初次拜访,"介绍公司, 约下次",B 有希望,120.5,=1+1',
  '2026/10/9,李明,东方物流,王总,b 处理问题,,C 再度访问,,- 客户要求提前报价',
].join('\n');

describe('ka-workbench import', () => {
  it('appends CSV rows by header, converting dates and numbers and keeping text as text', async () => {
    const f = fixture(VISITS_CSV);
    const io = captureIo();
    expect(await run(['--in', f.xlsx, '--table', 'Visits', '--csv', f.csv], io)).toBe(0);
    expect(io.outText()).toContain('已向表格 Visits 导入 2 行');
    const [t] = await (await openXlsx(f.xlsx)).readTables(['Visits']);
    const col = (h: string): number => t!.headers.indexOf(h);
    expect(t!.rows).toHaveLength(2);
    const [a, b] = t!.rows;
    expect(a![col('日期')]).toBe(serialOf(2026, 10, 8));
    expect(b![col('日期')]).toBe(serialOf(2026, 10, 9));
    expect(a![col('金额(元)')]).toBe(120.5);
    expect(a![col('面谈概要')]).toBe('介绍公司, 约下次');
    expect(a![col('备注')]).toBe('=1+1');
    expect(b![col('备注')]).toBe('- 客户要求提前报价');
    expect(b![col('金额(元)')]).toBeNull();
  });

  it('takes en-US headers into a zh-CN workbook, and writes to --out leaving the input alone', async () => {
    const f = fixture('Date,Reporter,Customer,Met with,Plan,Outcome\n2026-10-08,Li Ming,ACME,Wang,a 初次拜访,B 有希望\n');
    const before = readFileSync(f.xlsx);
    const out = join(dir, 'out-en.xlsx');
    expect(await run(['--in', f.xlsx, '--table', 'visits', '--csv', f.csv, '--out', out], captureIo())).toBe(0);
    expect(readFileSync(f.xlsx).equals(before)).toBe(true);
    const [t] = await (await openXlsx(out)).readTables(['Visits']);
    expect(t!.rows[0]![t!.headers.indexOf('填表人')]).toBe('Li Ming');
  });

  it('reports unreadable rows with their line numbers and writes nothing', async () => {
    const csv = ['日期,填表人,客户', '2026-10-08,李明,东方物流', '2026-10-09,李明', '', '2026-10-10,李明,"多行', '备注",多余'].join('\n');
    const f = fixture(csv);
    const before = readFileSync(f.xlsx);
    const io = captureIo('en-US');
    expect(await run(['--in', f.xlsx, '--table', 'Visits', '--csv', f.csv], io)).toBe(1);
    expect(io.errText()).toContain('Line 3: 2 values, but the header row has 3 columns');
    expect(io.errText()).toContain('Line 5: 4 values');
    expect(io.errText()).toContain('was not changed');
    expect(readFileSync(f.xlsx).equals(before)).toBe(true);
  });

  it('rejects unknown, duplicate and computed columns, and unknown tables', async () => {
    const f = fixture('日期,心情,日期,星期\n2026-10-08,好,2026-10-08,三\n');
    const io = captureIo();
    expect(await run(['--in', f.xlsx, '--table', 'Visits', '--csv', f.csv], io)).toBe(1);
    expect(io.errText()).toContain('表格 Visits 没有列「心情」');
    expect(io.errText()).toContain('列「日期」出现了不止一次');
    expect(io.errText()).toContain('「星期」是计算列');
    const io2 = captureIo();
    expect(await run(['--in', f.xlsx, '--table', 'Nope', '--csv', f.csv], io2)).toBe(1);
    expect(io2.errText()).toContain('工作簿中没有表格 Nope');
  });

  it('reads a GBK CSV as Chinese Excel saves it', async () => {
    // "日期,填表人\n2026-10-08,李明\n" in GB18030.
    const gbk = Uint8Array.from([
      0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xcc, 0xee, 0xb1, 0xed, 0xc8, 0xcb, 0x0a, 0x32, 0x30, 0x32, 0x36, 0x2d, 0x31, 0x30, 0x2d, 0x30, 0x38, 0x2c, 0xc0,
      0xee, 0xc3, 0xf7, 0x0a,
    ]);
    const f = fixture(gbk);
    const io = captureIo();
    expect(await run(['--in', f.xlsx, '--table', 'Visits', '--csv', f.csv], io)).toBe(0);
    expect(io.outText()).toContain('GBK');
    const [t] = await (await openXlsx(f.xlsx)).readTables(['Visits']);
    expect(t!.rows[0]![t!.headers.indexOf('填表人')]).toBe('李明');
  });

  it('keeps charts and other foreign parts of the workbook', async () => {
    const f = fixture(VISITS_CSV);
    // The Visits sheet is the 7th sheet in generation order.
    const withChart = await addForeignParts(readFileSync(f.xlsx), 'xl/worksheets/sheet7.xml', '拜访日报');
    writeFileSync(f.xlsx, withChart);
    expect(await run(['--in', f.xlsx, '--table', 'Visits', '--csv', f.csv], captureIo())).toBe(0);
    const before = await partBytes(withChart);
    const after = await partBytes(readFileSync(f.xlsx));
    for (const name of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/comments1.xml', 'xl/media/image1.png']) {
      expect(after.get(name)!.equals(before.get(name)!)).toBe(true);
    }
  });

  it('converts what validate would suggest and reports what it keeps as text as validate does (#9.10)', async () => {
    const csv = [
      '日期,填表人,客户,金额(元)',
      '2026年10月1日,李明,东方物流,"¥1,200"',
      '2026.10.2,李明,东方物流,1 234',
      '2026-10-03 00:00:00,李明,东方物流,１２３',
      '20261004,李明,东方物流,',
      '10/1/2026,李明,东方物流,',
      '45123,李明,东方物流,',
    ].join('\n');
    const f = fixture(csv);
    const io = captureIo();
    expect(await run(['--in', f.xlsx, '--table', 'Visits', '--csv', f.csv], io)).toBe(0);
    const [t] = await (await openXlsx(f.xlsx)).readTables(['Visits']);
    const col = (h: string): number => t!.headers.indexOf(h);
    expect(t!.rows.map((r) => r[col('日期')])).toEqual([
      serialOf(2026, 10, 1),
      serialOf(2026, 10, 2),
      serialOf(2026, 10, 3),
      serialOf(2026, 10, 4),
      '10/1/2026',
      '45123',
    ]);
    expect(t!.rows.slice(0, 3).map((r) => r[col('金额(元)')])).toEqual([1200, 1234, 123]);
    // Import names the two values it kept, in validate's words, with their CSV lines.
    expect(io.outText()).toContain('2 个值无法按列的类型读取');
    expect(io.outText()).toContain('第 6 行「日期」:"10/1/2026" 的月、日顺序不明');
    expect(io.outText()).toContain('第 7 行「日期」:"45123" 是数字,不是日期');
    const v = captureIo();
    await validate(['--in', f.xlsx, '--json'], v);
    const typeProblems = (JSON.parse(v.outText()) as { table: string; rule: string; message: string }[]).filter(
      (p) => p.table === 'Visits' && p.rule === 'TYPE',
    );
    expect(typeProblems.map((p) => p.message)).toEqual([
      expect.stringContaining('"10/1/2026" 的月、日顺序不明'),
      expect.stringContaining('"45123" 是数字,不是日期'),
    ]);
  });

  (hasLibreOffice ? it : it.skip)('gives the new rows their formulas, which compute in LibreOffice', async () => {
    const f = fixture(VISITS_CSV);
    expect(await run(['--in', f.xlsx, '--table', 'Visits', '--csv', f.csv], captureIo())).toBe(0);
    const structure = await (await openXlsx(f.xlsx)).readStructure();
    const visits = structure.tables.find((t) => t.name === 'Visits')!;
    const r = await recalc(f.xlsx);
    const cells = r.sheets[visits.sheet]!.cells;
    const at = (header: string, row: number): unknown => {
      const col = visits.firstCol + visits.headers.indexOf(header);
      let letters = '';
      for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      return cells[`${letters}${row}`]?.v;
    };
    expect(at('回访期限', 2)).toBe(serialOf(2026, 10, 8) + 7);
    expect(at('星期', 2)).toBe('四');
    expect(at('备注', 2)).toBe('=1+1');
  });
});
