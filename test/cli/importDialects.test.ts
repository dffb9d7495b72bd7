/**
 * CSV files as Excel users save them (#9.13) and import into a user's own table (#9.11).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../../src/cli/io';
import type { Lang } from '../../src/core/model/types';
import { run as generate } from '../../src/cli/commands/generate';
import { run } from '../../src/cli/commands/import';
import { decodeCsv, sniffDelimiter } from '../../src/cli/csvFile';
import { openXlsx } from '../../src/adapters/xlsx';
import { serialOf } from '../../src/core/validate/dates';

function captureIo(lang: Lang = 'zh-CN'): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { lang, out: (s) => out.push(s), err: (s) => err.push(s), outText: () => out.join('\n'), errText: () => err.join('\n') };
}

let dir: string;
let base: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ka-dialects-'));
  const book = join(dir, 'base.xlsx');
  expect(await generate(['--out', book], captureIo())).toBe(0);
  base = readFileSync(book);
});

function fixture(csv: string | Uint8Array, book: Buffer = base): { xlsx: string; csv: string } {
  const sub = mkdtempSync(join(dir, 'case-'));
  const xlsx = join(sub, 'book.xlsx');
  writeFileSync(xlsx, book);
  const csvPath = join(sub, 'in.csv');
  writeFileSync(csvPath, csv);
  return { xlsx, csv: csvPath };
}

const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

describe('CSV dialects', () => {
  it('sniffs the delimiter from the header line, ignoring quoted ones', () => {
    expect(sniffDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n')).toBe('\t');
    expect(sniffDelimiter('a;b;"c,d,e"\n')).toBe(';');
    expect(sniffDelimiter('日期\n2026-10-01')).toBe(',');
  });

  it('decodes UTF-8 (BOM or not), UTF-16 with or without BOM, and GB18030; refuses binary files', () => {
    expect(decodeCsv(Buffer.from('\uFEFF日期,客户'))).toEqual({ text: '日期,客户', encoding: 'utf-8' });
    expect(decodeCsv(utf16le('日期\t客户'))).toEqual({ text: '日期\t客户', encoding: 'utf-16le' });
    expect(decodeCsv(Buffer.from('Date,Customer\n', 'utf16le'))).toEqual({ text: 'Date,Customer\n', encoding: 'utf-16le' });
    expect(decodeCsv(Uint8Array.from([0xc8, 0xd5, 0xc6, 0xda]))).toEqual({ text: '日期', encoding: 'gb18030' });
    expect(decodeCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBeUndefined();
  });

  it.each([
    ['tab-separated UTF-8', Buffer.from('日期\t填表人\t客户\t金额(元)\n2026-10-08\t李明\t东方物流\t1,200\n'), '制表符'],
    ['semicolon-separated', Buffer.from('日期;填表人;客户;金额(元)\n2026-10-08;李明;东方物流;1200\n'), '分号'],
    ['Excel "Unicode 文本" (UTF-16 LE, BOM, tabs)', utf16le('日期\t填表人\t客户\t金额(元)\r\n2026-10-08\t李明\t东方物流\t1200\r\n'), 'Unicode 文本'],
  ])('imports a %s file and says how it read it', async (_name, bytes, says) => {
    const f = fixture(bytes);
    const io = captureIo();
    expect(await run(['--in', f.xlsx, '--table', 'Visits', '--csv', f.csv], io)).toBe(0);
    expect(io.outText()).toContain(says);
    const [t] = await (await openXlsx(f.xlsx)).readTables(['Visits']);
    const row = t!.rows[0]!;
    expect(row[t!.headers.indexOf('日期')]).toBe(serialOf(2026, 10, 8));
    expect(row[t!.headers.indexOf('客户')]).toBe('东方物流');
    expect(row[t!.headers.indexOf('金额(元)')]).toBe(1200);
  });

  it('refuses a workbook given as the CSV, saying what it is and how to save a CSV', async () => {
    const f = fixture(base);
    const io = captureIo('en-US');
    expect(await run(['--in', f.xlsx, '--table', 'Visits', '--csv', f.csv], io)).toBe(2);
    expect(io.errText()).toContain('CSV UTF-8 (Comma delimited)');
  });
});

describe("import into a user's own table (#9.11)", () => {
  let withOrders: Buffer;
  beforeAll(async () => {
    const book = await openXlsx(join(dir, 'base.xlsx'));
    await book.apply([
      { op: 'addSheet', name: '订单', visibility: 'visible' },
      {
        op: 'createTable',
        sheet: '订单',
        name: 'Orders',
        row: 1,
        col: 1,
        columns: [{ header: '品名' }, { header: '数量' }, { header: '单价' }, { header: '折扣' }, { header: '下单日' }, { header: '编号' }],
        rows: [],
        style: 'TableStyleMedium2',
      },
    ]);
    withOrders = Buffer.from(await book.toBuffer());
  });

  it('converts numbers and ISO dates as Excel converts a CSV, and keeps codes and other text as written', async () => {
    const f = fixture('品名,数量,单价,折扣,下单日,编号\n钢笔,12,"¥1,200.50",15%,2026-10-08,007\n本子,"1,000",3,,10/1/2026,110101199001011234\n', withOrders);
    const io = captureIo();
    expect(await run(['--in', f.xlsx, '--table', 'Orders', '--csv', f.csv], io)).toBe(0);
    expect(io.outText()).toContain('Orders 不是工作台的表格');
    const [t] = await (await openXlsx(f.xlsx)).readTables(['Orders']);
    expect(t!.rows).toEqual([
      ['钢笔', 12, 1200.5, 0.15, serialOf(2026, 10, 8), '007'],
      ['本子', 1000, 3, null, '10/1/2026', '110101199001011234'],
    ]);
  });
});
