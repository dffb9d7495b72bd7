/**
 * Issue #9, losses 1–6 and output errors (14): a command never writes over a file it should not,
 * writes through symlinks, keeps the file's mode, respects read-only, refuses over-long CSV
 * values and keeps an .xlsm an .xlsm. Each case shows the file unchanged (sha256) or only the
 * intended change.
 */
import { chmodSync, chownSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { openXlsx } from '../../src/adapters/xlsx';
import { outputError, safeWrite } from '../../src/cli/safeWrite';
import { cli, editPart, sha256 } from './fileSafety.helpers';

let dir: string;
let sample: string;
const today = process.env.KA_TODAY;

beforeAll(async () => {
  process.env.KA_TODAY = '2026-11-15';
  dir = mkdtempSync(join(tmpdir(), 'ka-safety-'));
  sample = join(dir, 'sample.xlsx');
  expect((await cli(['generate', '--out', sample, '--sample'])).code).toBe(0);
});

afterAll(() => {
  if (today === undefined) delete process.env.KA_TODAY;
  else process.env.KA_TODAY = today;
});

/** A fresh folder with a copy of the sample workbook. */
function fresh(name = 'book.xlsx'): { dir: string; book: string } {
  const sub = mkdtempSync(join(dir, 'case-'));
  const book = join(sub, name);
  copyFileSync(sample, book);
  return { dir: sub, book };
}

const VISIT = '日期,填表人,客户,面谈者,商谈计划,成果\n2026-10-08,李明,东方物流,王总,a 初次拜访,B 有希望\n';

describe('1. output policy', () => {
  it('export-hr never writes over the workbench it read, even with --force', async () => {
    const f = fresh();
    const before = sha256(f.book);
    for (const extra of [[], ['--force']]) {
      const r = await cli(['export-hr', '--in', f.book, '--from', '2026-01', '--to', '2026-10', '--out', f.book, ...extra]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('输入文件');
    }
    expect(sha256(f.book)).toBe(before);
  });

  it('export-hr output must end in .xlsx', async () => {
    const f = fresh();
    const r = await cli(['export-hr', '--in', f.book, '--from', '2026-01', '--to', '2026-10', '--out', join(f.dir, 'hr.csv')], 'en-US');
    expect(r.code).toBe(2);
    expect(r.err).toContain('must end in .xlsx');
    expect(existsSync(join(f.dir, 'hr.csv'))).toBe(false);
  });

  it('import never writes over its CSV', async () => {
    const f = fresh();
    const csv = join(f.dir, 'v.csv');
    writeFileSync(csv, VISIT);
    const before = [sha256(f.book), sha256(csv)];
    const r = await cli(['import', '--in', f.book, '--table', 'Visits', '--csv', csv, '--out', csv, '--force']);
    expect(r.code).toBe(2);
    expect([sha256(f.book), sha256(csv)]).toEqual(before);
  });

  it('new-period does not overwrite an unrelated file; another workbook only with --force', async () => {
    const f = fresh();
    const notes = join(f.dir, 'notes.txt');
    writeFileSync(notes, 'my notes');
    const other = join(f.dir, 'other.xlsx');
    writeFileSync(other, 'not even a workbook');
    const before = [sha256(f.book), sha256(notes), sha256(other)];
    expect((await cli(['new-period', '--in', f.book, '--period', '2026-12', '--out', notes])).code).toBe(2);
    const refused = await cli(['new-period', '--in', f.book, '--period', '2026-12', '--out', other], 'en-US');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--force');
    expect([sha256(f.book), sha256(notes), sha256(other)]).toEqual(before);
    expect((await cli(['new-period', '--in', f.book, '--period', '2026-12', '--out', other, '--force'])).code).toBe(0);
    expect(sha256(f.book)).toBe(before[0]);
    const kpi = await (await openXlsx(other)).readTables(['KpiSummary']);
    expect(kpi[0]!.rows.some((r) => r.includes('2026-12'))).toBe(true);
  });

  it('import and new-period update --in in place, which is their purpose', async () => {
    const f = fresh();
    const csv = join(f.dir, 'v.csv');
    writeFileSync(csv, VISIT);
    const before = sha256(f.book);
    expect((await cli(['import', '--in', f.book, '--table', 'Visits', '--csv', csv])).code).toBe(0);
    expect(sha256(f.book)).not.toBe(before);
  });
});

describe('2. symlinks', () => {
  it('writes through a symlink to its target; the link stays a link', async () => {
    const f = fresh();
    mkdirSync(join(f.dir, 'shared'));
    const real = join(f.dir, 'shared', 'real.xlsx');
    copyFileSync(f.book, real);
    const link = join(f.dir, 'link.xlsx');
    symlinkSync(join('shared', 'real.xlsx'), link);
    const before = sha256(real);
    expect((await cli(['new-period', '--in', link, '--period', '2026-12'])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(sha256(real)).not.toBe(before);
    expect(readdirSync(join(f.dir, 'shared'))).toEqual(['real.xlsx']);
  });
});

describe('3. mode and read-only', () => {
  it('keeps a 600 file 600', async () => {
    const f = fresh();
    chmodSync(f.book, 0o600);
    expect((await cli(['new-period', '--in', f.book, '--period', '2026-12'])).code).toBe(0);
    expect(statSync(f.book).mode & 0o777).toBe(0o600);
  });

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? it : it.skip)('keeps the owner when running as root', async () => {
    const f = fresh();
    chownSync(f.book, 1234, 2345);
    expect((await cli(['new-period', '--in', f.book, '--period', '2026-12'])).code).toBe(0);
    expect([statSync(f.book).uid, statSync(f.book).gid]).toEqual([1234, 2345]);
  });

  it('refuses a read-only file (also when running as root) and leaves it as it was', async () => {
    const f = fresh();
    chmodSync(f.book, 0o444);
    const before = sha256(f.book);
    const r = await cli(['new-period', '--in', f.book, '--period', '2026-12']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('只读');
    expect(sha256(f.book)).toBe(before);
    expect(statSync(f.book).mode & 0o777).toBe(0o444);
    expect(readdirSync(f.dir)).toEqual(['book.xlsx']);
  });
});

describe('5. cell text limit', () => {
  it('refuses CSV rows with a value over 32,767 characters, naming their lines', async () => {
    const f = fresh();
    const csv = join(f.dir, 'v.csv');
    writeFileSync(csv, `${VISIT}2026-10-09,李明,东方物流,王总,a 初次拜访,${'长'.repeat(32_768)}\n2026-10-10,李明,东方物流,王总,a 初次拜访,${'x'.repeat(32_767)}\n`);
    const before = sha256(f.book);
    const r = await cli(['import', '--in', f.book, '--table', 'Visits', '--csv', csv], 'en-US');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Line 3: the value of "成果" has 32768 characters');
    expect(r.err).not.toContain('Line 4');
    expect(sha256(f.book)).toBe(before);
  });
});

/** The sample as a macro-enabled workbook: only the main part's content type differs. */
async function asXlsm(path: string): Promise<void> {
  await editPart(path, '[Content_Types].xml', (t) =>
    t.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'),
  );
}

describe('6. .xlsm stays .xlsm', () => {
  it('refuses to write a macro-enabled workbook under an .xlsx name, and writes it as .xlsm', async () => {
    const f = fresh('m.xlsm');
    await asXlsm(f.book);
    const csv = join(f.dir, 'v.csv');
    writeFileSync(csv, VISIT);
    const before = sha256(f.book);
    const refused = await cli(['import', '--in', f.book, '--table', 'Visits', '--csv', csv, '--out', join(f.dir, 'x.xlsx')], 'en-US');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('.xlsm');
    expect(existsSync(join(f.dir, 'x.xlsx'))).toBe(false);
    expect(sha256(f.book)).toBe(before);
    const out = join(f.dir, 'x.xlsm');
    expect((await cli(['import', '--in', f.book, '--table', 'Visits', '--csv', csv, '--out', out])).code).toBe(0);
    const types = await (await JSZip.loadAsync(readFileSync(out))).file('[Content_Types].xml')!.async('string');
    expect(types).toContain('macroEnabled.main+xml');
  });

  it('refuses a plain workbook under an .xlsm name', async () => {
    const f = fresh();
    const r = await cli(['new-period', '--in', f.book, '--period', '2026-12', '--out', join(f.dir, 'x.xlsm')]);
    expect(r.code).toBe(2);
    expect(existsSync(join(f.dir, 'x.xlsm'))).toBe(false);
  });
});

describe('14. output errors say what to do', () => {
  it('a missing folder and a folder as output', async () => {
    const f = fresh();
    const missing = await cli(['new-period', '--in', f.book, '--period', '2026-12', '--out', join(f.dir, 'nope', 'x.xlsx')], 'en-US');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Create the folder');
    mkdirSync(join(f.dir, 'folder.xlsx'));
    const folder = await cli(['new-period', '--in', f.book, '--period', '2026-12', '--out', join(f.dir, 'folder.xlsx'), '--force'], 'en-US');
    expect(folder.code).toBe(2);
    expect(folder.err).toContain('it is a folder');
    expect(`${missing.err}${folder.err}`).not.toMatch(/\.tmp|ENOENT|EISDIR/);
  });

  it.each([
    ['EPERM', 'Close it in Excel'],
    ['EACCES', 'Close it in Excel'],
    ['EBUSY', 'Close it in Excel'],
    ['ENOSPC', 'disk is full'],
    ['EROFS', 'read-only'],
  ])('%s becomes a message without the temporary file name', (code, hint) => {
    const e = Object.assign(new Error(`${code}: operation failed, rename '.x.xlsx.123.tmp' -> 'x.xlsx'`), { code });
    const message = outputError(e, 'x.xlsx', 'en-US').message;
    expect(message).toContain(hint);
    expect(message).not.toContain('.tmp');
  });

  it('a failed check keeps the original and leaves no temporary file', async () => {
    const f = fresh();
    const before = sha256(f.book);
    await expect(safeWrite(f.book, new Uint8Array([1, 2, 3]), 'en-US', async () => Promise.reject(new Error('bad bytes')))).rejects.toThrow('bad bytes');
    expect(sha256(f.book)).toBe(before);
    expect(readdirSync(f.dir)).toEqual(['book.xlsx']);
  });
});
