/**
 * Issue #9.7: a sheet filled to row 1,048,576 (22 columns, over 500 MB of XML) and a crafted
 * table ref give a clear message and exit 2 within 30 s and 1 GB; a table whose ref runs far
 * past its data reads only the data. The commands run as child processes of the built command
 * line (lib/, made by `npm run build:cli` and by `npm install`) under /usr/bin/time, which
 * reports their peak memory.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { tablePart, withBigSheet } from './bigWorkbook';
import { cli, editPart, sha256, sheetPart } from './fileSafety.helpers';

const ROOT = resolve(__dirname, '../..');
let dir: string;
let sample: string;
let visitsTable: string;
const today = process.env.KA_TODAY;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'lib/cli/main.js'))) throw new Error('Run `npm run build:cli` first: this test runs the built command line.');
  process.env.KA_TODAY = '2026-11-15';
  dir = mkdtempSync(join(tmpdir(), 'ka-big-'));
  sample = join(dir, 'sample.xlsx');
  expect((await cli(['generate', '--out', sample, '--sample'])).code).toBe(0);
  visitsTable = await tablePart(sample, 'Visits');
});

afterAll(() => {
  if (today === undefined) delete process.env.KA_TODAY;
  else process.env.KA_TODAY = today;
});

/** Runs the command line in a child process; returns its exit code, stderr, seconds and peak MB. */
function run(args: string[]): { code: number; err: string; seconds: number; mb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, join(ROOT, 'bin/ka-workbench.js'), ...args], {
    env: { ...process.env, KA_LANG: 'en-US' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
  console.warn(`${args[0]}: exit ${r.status}, ${m?.[1]} s, ${Math.round(Number(m?.[2]) / 1024)} MB`);
  return { code: r.status ?? -1, err: r.stderr, seconds: Number(m?.[1] ?? NaN), mb: Number(m?.[2] ?? NaN) / 1024 };
}

it('a sheet filled to row 1,048,576 × 22 columns: a clear message, exit 2, within 30 s and 1 GB', async () => {
  const big = join(dir, 'big.xlsx');
  const part = await sheetPart(sample, '拜访日报');
  await withBigSheet(sample, big, part, 1_048_575, 22, { part: visitsTable, ref: 'A1:T1048576' });
  const before = sha256(big);
  for (const command of [['validate', '--in', big], ['score', '--in', big], ['generate', '--out', big]]) {
    const r = run(command);
    expect({ command: command[0], code: r.code }).toEqual({ command: command[0], code: 2 });
    expect(r.err).toContain('more than the command line can handle');
    expect(r.seconds).toBeLessThan(30);
    expect(r.mb).toBeLessThan(1024);
  }
  expect(sha256(big)).toBe(before);
  expect(statSync(big).size).toBeGreaterThan(10 * 2 ** 20);
}, 300_000);

it('a crafted table ref A1:ZZZ99999999: a clear message, exit 2, within 30 s and 1 GB', async () => {
  const crafted = join(dir, 'crafted.xlsx');
  copyFileSync(sample, crafted);
  await editPart(crafted, visitsTable, (t) => t.replace(/ ref="[^"]*"/g, ' ref="A1:ZZZ99999999"'));
  for (const command of [['validate', '--in', crafted], ['score', '--in', crafted]]) {
    const r = run(command);
    expect(r.code).toBe(2);
    expect(r.err).toContain('A1:ZZZ99999999');
    expect(r.seconds).toBeLessThan(30);
    expect(r.mb).toBeLessThan(1024);
  }
}, 120_000);

it('a table ref that runs to row 1,048,576 over a few hundred rows reads only the rows with data', async () => {
  const long = join(dir, 'long.xlsx');
  copyFileSync(sample, long);
  await editPart(long, visitsTable, (t) => t.replace(/ ref="A1:([A-Z]+)\d+"/g, ' ref="A1:$11048576"'));
  const r = await cli(['validate', '--in', long, '--json'], 'en-US');
  expect(r.code).not.toBe(2);
  const problems = JSON.parse(r.out) as { table: string; row: number }[];
  expect(Math.max(0, ...problems.filter((p) => p.table === 'Visits').map((p) => p.row))).toBeLessThan(1000);
});
