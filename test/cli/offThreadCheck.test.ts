/**
 * Issue #9: the command line checks large parts strictly on a worker thread (nodeChecker.ts): the
 * worksheet an import edits while the CSV is read, and the generated part as it is deflated. A
 * fault the worker finds stops the command exactly as the check on the main thread did: exit 2
 * and the part named for a damaged input, nothing written either way. Uses the built command line
 * and worker (lib/, `npm run build:cli`).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { crc32, deflateRawSync } from 'zlib';
import { WorkerChecker } from '../../src/adapters/xlsx/nodeChecker';
import { NODE_ZIP } from '../../src/adapters/xlsx/nodeZip';
import { SheetDoc } from '../../src/adapters/xlsx/sheet';
import { loadXlsx } from '../../src/adapters/xlsx/workbook';
import * as wellFormed from '../../src/adapters/xlsx/wellFormed';
import { saveWorkbook } from '../../src/cli/outputPolicy';
import { tablePart, withBigSheet } from './bigWorkbook';
import { editPart, sha256, sheetPart } from './fileSafety.helpers';
import { cli } from './helpers';

const ROOT = resolve(__dirname, '../..');
const WORKER = join(ROOT, 'lib/adapters/xlsx/checkWorker.js');
const utf8 = new TextEncoder();
let dir: string;
let big: string;
let visits: string;

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error('Run `npm run build:cli` first: this test uses the built worker.');
  dir = mkdtempSync(join(tmpdir(), 'ka-offthread-'));
  const sample = join(dir, 'sample.xlsx');
  expect(cli(['generate', '--out', sample, '--sample'], { cwd: dir }).code).toBe(0);
  visits = await sheetPart(sample, '拜访日报');
  // A Visits table of 30,000 rows × 20 columns: a sheet of about 15 MB, past OFF_THREAD_OVER.
  big = join(dir, 'big.xlsx');
  await withBigSheet(sample, big, visits, 30_000, 20, { part: await tablePart(sample, 'Visits'), ref: 'A1:T30001' });
}, 120_000);

function csvIn(d: string): string {
  const csv = join(d, 'v.csv');
  writeFileSync(csv, '日期,填表人,客户\n2026-10-08,李明,东方物流\n');
  return csv;
}

it('the worker checks a good entry and a good stream, and names the first fault of bad ones', async () => {
  const checker = new WorkerChecker(WORKER);
  const good = '<a><b x="1">text</b></a>';
  const deflated = (text: string): { data: Uint8Array; method: 8; crc32: number; size: number } => {
    const bytes = utf8.encode(text);
    return { data: new Uint8Array(deflateRawSync(bytes)), method: 8, crc32: crc32(bytes), size: bytes.length };
  };
  expect(await checker.checkEntry(deflated(good))).toEqual({});
  expect((await checker.checkEntry(deflated('<a><b></a>'))).fault).toBeDefined();
  expect((await checker.checkEntry({ ...deflated(good), crc32: 1 })).damaged).toMatch(/CRC-32/);
  // More than the shared slots hold (8 × 1 MB), in pieces of every size: back-pressure, order kept.
  const row = '<r><c>数值 1 &amp; 2</c></r>';
  const body = utf8.encode(row.repeat(400_000));
  const stream = async (tail: string): Promise<string | undefined> => {
    const s = checker.stream();
    await s.write(utf8.encode('<rows>'));
    for (let at = 0, n = 1; at < body.length; at += n, n = (n * 7) % 3_000_001) await s.write(body.subarray(at, at + n));
    await s.write(utf8.encode(tail));
    return s.close();
  };
  expect(await stream('</rows>')).toBeUndefined();
  expect(await stream('</row>')).toBeDefined();
});

it('a worker that cannot run fails the check: it never passes', async () => {
  const checker = new WorkerChecker(join(dir, 'missing-worker.js'));
  const v = await checker.checkEntry({ data: new Uint8Array(0), method: 0, crc32: 0, size: 0 });
  expect(v.fault).toMatch(/could not run/);
  const s = checker.stream();
  await s.write(utf8.encode('<a/>'));
  expect(await s.close()).toMatch(/could not run/);
});

it('import: a large worksheet the worker finds not well-formed is refused, exit 2, naming it, nothing written', async () => {
  const d = mkdtempSync(join(dir, 'case-'));
  const book = join(d, 'book.xlsx');
  copyFileSync(big, book);
  // An unknown entity in a cell deep in the sheet: the reading scan passes it, a strict parse does not.
  await editPart(book, visits, (t) => t.replace(/(<row r="20000">.*?<v>\d+)/, '$1&bogus;'));
  const before = sha256(book);
  const r = cli(['import', '--in', book, '--table', 'Visits', '--csv', csvIn(d)], { cwd: d, env: { KA_LANG: 'en-US' } });
  expect(r.code).toBe(2);
  expect(r.err).toContain(`its part ${visits} is damaged`);
  expect(r.err).toContain('undefined entity');
  expect(sha256(book)).toBe(before);
  expect(readdirSync(d).sort()).toEqual(['book.xlsx', 'v.csv']);

  // The same through the adapter, showing the verdict is the worker's: the main thread checks nothing.
  const checker = new WorkerChecker(WORKER);
  const port = await loadXlsx(new Uint8Array(readFileSync(book)), { codec: NODE_ZIP, checker, lang: 'en-US', source: book });
  const onThread = jest.spyOn(wellFormed, 'xmlFaultBytes');
  const offThread = jest.spyOn(checker, 'checkEntry');
  port.prepareEdit(['Visits']);
  await expect(port.apply([{ op: 'appendRows', table: 'Visits', rows: [['2026-10-08', ...new Array<null>(19).fill(null)]] }])).rejects.toThrow(`its part ${visits} is damaged`);
  expect(offThread).toHaveBeenCalledTimes(1);
  expect(onThread).not.toHaveBeenCalled();
  onThread.mockRestore();
}, 120_000);

it('import: a large worksheet imports through the worker checks, and the result reads back', () => {
  const d = mkdtempSync(join(dir, 'case-'));
  const book = join(d, 'book.xlsx');
  copyFileSync(big, book);
  const r = cli(['import', '--in', book, '--table', 'Visits', '--csv', csvIn(d)], { cwd: d, env: { KA_LANG: 'en-US' } });
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(cli(['validate', '--in', book, '--json'], { cwd: d }).code).not.toBe(2);
}, 120_000);

it('a generated part the worker finds not well-formed is not written: the original stays, no temporary file', async () => {
  const d = mkdtempSync(join(dir, 'case-'));
  const book = join(d, 'book.xlsx');
  copyFileSync(big, book);
  const before = sha256(book);
  const checker = new WorkerChecker(WORKER);
  const port = await loadXlsx(new Uint8Array(readFileSync(book)), { codec: NODE_ZIP, checker, lang: 'en-US', source: book });
  await port.apply([{ op: 'appendRows', table: 'Visits', rows: [['2026-10-08', ...new Array<null>(19).fill(null)]] }]);
  // The test hook: the sheet's generator slips an unclosed cell in before its last piece.
  const chunks = SheetDoc.prototype.chunks;
  const hook = jest.spyOn(SheetDoc.prototype, 'chunks').mockImplementation(function* (this: SheetDoc) {
    const pieces = [...chunks.call(this)];
    yield* pieces.slice(0, -1);
    yield utf8.encode('<row r="40000"><c r="A40000"><v>1</v></row>');
    yield* pieces.slice(-1);
  });
  const streams = jest.spyOn(checker, 'stream');
  try {
    await expect(saveWorkbook(port, book, 'en-US')).rejects.toThrow(/failed its check .*the original was not replaced/);
  } finally {
    hook.mockRestore();
  }
  expect(streams).toHaveBeenCalledTimes(1);
  expect(sha256(book)).toBe(before);
  expect(readdirSync(d)).toEqual(['book.xlsx']);
}, 120_000);
