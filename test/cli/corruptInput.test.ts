/**
 * Issue #9.4: every command refuses a workbook whose owned parts are damaged (a truncated
 * worksheet, workbook.xml or table part, garbage styles.xml, no [Content_Types].xml) with exit 2,
 * naming the part, and writes nothing.
 */
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli, editPart, sha256, sheetPart } from './fileSafety.helpers';

let dir: string;
let sample: string;
let kpiSheet: string;
const today = process.env.KA_TODAY;

beforeAll(async () => {
  process.env.KA_TODAY = '2026-11-15';
  dir = mkdtempSync(join(tmpdir(), 'ka-corrupt-'));
  sample = join(dir, 'sample.xlsx');
  expect((await cli(['generate', '--out', sample, '--sample'])).code).toBe(0);
  kpiSheet = await sheetPart(sample, '绩效考核');
});

afterAll(() => {
  if (today === undefined) delete process.env.KA_TODAY;
  else process.env.KA_TODAY = today;
});

const half = (t: string): string => t.slice(0, Math.floor(t.length / 2));

const DAMAGE: [string, () => string, (t: string) => string | null][] = [
  ['a truncated worksheet', () => kpiSheet, half],
  ['a truncated workbook.xml', () => 'xl/workbook.xml', half],
  ['a truncated table part', () => 'xl/tables/table1.xml', half],
  ['garbage styles.xml', () => 'xl/styles.xml', () => 'garbage <<< not xml'],
  ['no [Content_Types].xml', () => '[Content_Types].xml', () => null],
];

function commands(book: string, d: string): string[][] {
  const csv = join(d, 'v.csv');
  writeFileSync(csv, '日期,填表人,客户\n2026-10-08,李明,东方物流\n');
  return [
    ['validate', '--in', book],
    ['score', '--in', book],
    ['import', '--in', book, '--table', 'Visits', '--csv', csv],
    ['new-period', '--in', book, '--period', '2026-12'],
    ['export-hr', '--in', book, '--from', '2026-01', '--to', '2026-10', '--out', join(d, 'hr.xlsx')],
    ['generate', '--out', book],
  ];
}

describe.each(DAMAGE)('%s', (_what, part, damage) => {
  it('is refused by every command with exit 2, naming the part, and nothing is written', async () => {
    const d = mkdtempSync(join(dir, 'case-'));
    const book = join(d, 'book.xlsx');
    copyFileSync(sample, book);
    await editPart(book, part(), damage);
    const before = sha256(book);
    for (const args of commands(book, d)) {
      const r = await cli(args, 'en-US');
      expect({ command: args[0], code: r.code }).toEqual({ command: args[0], code: 2 });
      expect(r.err).toContain(part());
      expect(sha256(book)).toBe(before);
      expect(readdirSync(d).sort()).toEqual(['book.xlsx', 'v.csv']);
    }
  });
});

it('a worksheet that reads but does not parse strictly is not rewritten', async () => {
  const d = mkdtempSync(join(dir, 'case-'));
  const book = join(d, 'book.xlsx');
  copyFileSync(sample, book);
  // An unknown entity inside a cell: a tolerant reader skips it, a rewrite would carry it on.
  await editPart(book, kpiSheet, (t) => t.replace(/<v>([^<]*)<\/v>/, '<v>$1&bogus;</v>'));
  const before = sha256(book);
  const r = await cli(['new-period', '--in', book, '--period', '2026-12'], 'en-US');
  expect(r.code).toBe(2);
  expect(r.err).toContain(kpiSheet);
  expect(sha256(book)).toBe(before);
});
