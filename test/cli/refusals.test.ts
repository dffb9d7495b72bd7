/**
 * The same answer from every command (#9.8, 9, 12): a file that is not a workbench workbook, an .xlsb
 * or .xls/encrypted file detected by content whatever its name, and a bad period, all exit 2 with
 * one message and leave the file unchanged. Runs lib/ as a user does.
 */
import { createHash } from 'crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cli, libBuilt } from './helpers';

let dir: string;
let sample: string;
let plain: string;
let xlsb: string;
let cfb: string;
let csv: string;

const sha = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex');

/** Every command that needs a workbench workbook, reading `file`. */
function commandsOn(file: string): string[][] {
  return [
    ['validate', '--in', file],
    ['score', '--in', file],
    ['new-period', '--in', file, '--period', '2026-11'],
    ['import', '--in', file, '--table', 'Visits', '--csv', csv],
    ['export-hr', '--in', file, '--from', '2026-01', '--to', '2026-10', '--out', join(dir, 'hr.xlsx')],
  ];
}

beforeAll(async () => {
  if (!libBuilt()) throw new Error('lib/ is missing: run `npm run build:cli` before the CLI tests.');
  dir = mkdtempSync(join(tmpdir(), 'ka-refusals-'));
  sample = join(dir, 'sample.xlsx');
  expect(cli(['generate', '--out', sample, '--sample']).code).toBe(0);
  csv = join(dir, 'visits.csv');
  writeFileSync(csv, '日期,填表人,客户\n2026-10-08,李明,东方物流\n');

  // A user's own workbook, as Excel-like tools write it: a sheet and a table, no workbench tables.
  plain = join(dir, 'orders.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Orders');
  ws.addTable({ name: 'Orders', ref: 'A1', columns: [{ name: 'Item' }, { name: 'Qty' }], rows: [['Pens', 12]] });
  await wb.xlsx.writeFile(plain);

  // An .xlsb as Excel writes its package: the same zip shape, binary parts (named .xlsx here on purpose).
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
  );
  zip.file('xl/workbook.bin', new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01, 0x00, 0x84, 0x01, 0x00]));
  xlsb = join(dir, 'binary.xlsx');
  writeFileSync(xlsb, await zip.generateAsync({ type: 'uint8array' }));

  // An OLE compound file (legacy .xls, or an encrypted .xlsx): its signature and a zero header.
  cfb = join(dir, 'legacy.xlsx');
  writeFileSync(cfb, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
}, 120_000);

describe('one answer for a file that is not a workbench workbook (#9.8)', () => {
  it('every command exits 2 with validate\'s message, and the file is unchanged', () => {
    const before = sha(plain);
    for (const args of commandsOn(plain)) {
      const r = cli(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err).toContain('不是工作台工作簿');
      expect(r.err).toContain('ka-workbench generate --out');
    }
    const en = cli(['score', '--in', plain], { env: { KA_LANG: 'en-US' } });
    expect(en.err).toContain('not a workbench workbook');
    expect(sha(plain)).toBe(before);
  });
});

describe('binary and legacy workbooks detected by content (#9.9)', () => {
  it.each([
    ['.xlsb', () => xlsb, '二进制工作簿(.xlsb)'],
    ['.xls / encrypted', () => cfb, '受密码保护的工作簿或旧版 .xls'],
  ])('%s: every command, generate included, exits 2 with the specific message', (_kind, file, says) => {
    const before = sha(file());
    for (const args of [...commandsOn(file()), ['generate', '--out', file()]]) {
      const r = cli(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err).toContain(says);
      expect(r.err).not.toContain('不是工作台工作簿');
    }
    expect(sha(file())).toBe(before);
  });
});

describe('one period parser (#9.12)', () => {
  it.each([
    ['score', '--period', '2026-13'],
    ['score', '--period', 'nonsense'],
    ['new-period', '--period', '1999-01'],
    ['new-period', '--period', '2031-01'],
    ['export-hr', '--from', '2026-13'],
  ])('%s %s %s: the same message and exit 2, nothing written', (command, option, value) => {
    const copy = join(dir, `p-${command}-${value}.xlsx`);
    copyFileSync(sample, copy);
    const before = sha(copy);
    const extra = command === 'export-hr' ? ['--to', '2026-10', '--out', join(dir, 'never.xlsx')] : [];
    const r = cli([command, '--in', copy, option, value, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${option} 的值「${value}」不是有效的考核期间`);
    expect(r.err).toContain('2000-01 至 2027-12');
    expect(sha(copy)).toBe(before);
  });

  it('takes current / next / previous, relative to today', () => {
    const copy = join(dir, 'next.xlsx');
    copyFileSync(sample, copy);
    const r = cli(['new-period', '--in', copy, '--period', 'current']);
    expect(r.err).toBe('');
    expect(r.out).toContain('已新建考核期 2026-11');
    const s = cli(['score', '--in', copy, '--period', 'previous']);
    expect(s.code).toBe(0);
    expect(s.out).toContain('2026-10');
  });
});
