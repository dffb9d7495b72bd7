/**
 * ka-workbench archive (#12, SPEC §5.2) on the sample plus 15,000 visits over two years: scores
 * unchanged for every Kpi row, the archive holds exactly the moved rows (cell by cell), validate
 * finds no new error, a second archive appends, and a crash between the archive and the source
 * rewrite loses nothing.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../../src/cli/io';
import { run as generate } from '../../src/cli/commands/generate';
import { run as newPeriod } from '../../src/cli/commands/newPeriod';
import { run as score } from '../../src/cli/commands/score';
import { run as validate } from '../../src/cli/commands/validate';
import { archiveHooks, run as archive } from '../../src/cli/commands/archive';
import { openXlsx } from '../../src/adapters/xlsx';
import type { CellValue, TableData } from '../../src/core/port/types';
import { withFormulas } from '../../src/core/plan/generate';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { findTable } from '../../src/core/model/lookup';
import type { TableSpec } from '../../src/core/model/types';
import { createRng } from '../../src/core/sample/random';
import { serialOf } from '../../src/core/sample/calendar';

function io(): CliIo & { text: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { lang: 'zh-CN', out: (s) => out.push(s), err: (s) => err.push(s), text: () => out.join('\n'), errText: () => err.join('\n') };
}

const VISITS = findTable(WORKBOOK_MODEL, 'Visits') as TableSpec;
const CUT = '2026-01';

async function scores(file: string): Promise<unknown> {
  const c = io();
  expect(await score(['--in', file, '--json'], c)).toBe(0);
  return JSON.parse(c.text());
}

async function errorsOf(file: string): Promise<Record<string, number>> {
  const c = io();
  await validate(['--in', file, '--json'], c);
  const problems = JSON.parse(c.text()) as { rule: string; severity: string; table: string }[];
  const out: Record<string, number> = {};
  for (const p of problems) if (p.severity === 'error') out[`${p.table} ${p.rule}`] = (out[`${p.table} ${p.rule}`] ?? 0) + 1;
  return out;
}

describe('ka-workbench archive', () => {
  const prevToday = process.env.KA_TODAY;
  let dir: string;
  let src: string;
  beforeAll(async () => {
    process.env.KA_TODAY = '2026-11-20';
    dir = mkdtempSync(join(tmpdir(), 'ka-archive-'));
    src = join(dir, 'book.xlsx');
    expect(await generate(['--out', src, '--sample'], io())).toBe(0);
    // 15,000 visits over 2025-01 … 2026-10 by the sample's staff to its customers, in date order.
    const book = await openXlsx(src);
    const [staff, customers] = await book.readTables(['Staff', 'Customers']);
    const names = (t: TableData | undefined, h: string) => (t ? t.rows.map((r) => r[t.headers.indexOf(h)]).filter((v): v is string => typeof v === 'string') : []);
    const rng = createRng(12);
    const [from, to] = [serialOf(2025, 1, 2), serialOf(2026, 7, 31)];
    const at = (k: string) => VISITS.columns.findIndex((c) => c.key === k);
    const rows = Array.from({ length: 15000 }, (_, i) => {
      const r: CellValue[] = VISITS.columns.map(() => null);
      r[at('date')] = from + Math.floor((i * (to - from)) / 15000);
      r[at('reporter')] = rng.pick(names(staff, '姓名'));
      r[at('customer')] = rng.pick(names(customers, '客户名称'));
      r[at('interviewee')] = '张经理';
      r[at('plan')] = 'c 建立关系';
      r[at('result')] = 'E 继续观察';
      r[at('summary')] = '例行拜访';
      return r;
    });
    // The sample's own visits (2026-08 on) stay last: the log is in date order.
    const [visits] = await book.readTables(['Visits']);
    const sample = (visits as TableData).rows.map((r) => [...r]);
    await book.apply([
      { op: 'deleteRows', table: 'Visits', rows: sample.map((_, i) => (visits as TableData).headerRow + 1 + i) },
      { op: 'appendRows', table: 'Visits', rows: withFormulas(WORKBOOK_MODEL, VISITS, 'zh-CN', [...rows, ...sample]) },
    ]);
    await book.save(src);
    // Kpi rows in both years, their 有效跟进客户数 prefilled.
    for (const p of ['2025-06', '2025-12', '2026-01']) expect(await newPeriod(['--in', src, '--period', p], io())).toBe(0);
  }, 120_000);
  afterAll(() => {
    if (prevToday === undefined) delete process.env.KA_TODAY;
    else process.env.KA_TODAY = prevToday;
    rmSync(dir, { recursive: true, force: true });
  });

  it('a crash after writing the archive and before rewriting the source loses nothing', async () => {
    const copy = join(dir, 'crash.xlsx');
    const bytes = readFileSync(src);
    writeFileSync(copy, bytes);
    archiveHooks.afterArchive = () => {
      throw new Error('injected crash');
    };
    try {
      await expect(archive(['--in', copy, '--before', CUT, '--out', join(dir, 'crash-archive.xlsx')], io())).rejects.toThrow('injected crash');
    } finally {
      delete archiveHooks.afterArchive;
    }
    expect(readFileSync(copy).equals(bytes)).toBe(true);
    const [v] = await (await openXlsx(join(dir, 'crash-archive.xlsx'))).readTables(['Visits']);
    expect(v?.rows.length).toBeGreaterThan(7000);
  }, 120_000);

  it('moves the rows before the cut-off, keeps every score, and adds no validation error', async () => {
    const out = join(dir, '归档.xlsx');
    const before = await scores(src);
    const errorsBefore = await errorsOf(src);
    const sourceBefore = await (await openXlsx(src)).readTables();
    const c = io();
    expect(await archive(['--in', src, '--before', CUT, '--out', out], c)).toBe(0);
    expect(c.text()).toContain('已将');

    expect(await scores(src)).toEqual(before);
    const errorsAfter = await errorsOf(src);
    for (const [k, n] of Object.entries(errorsAfter)) expect([k, n]).toEqual([k, Math.min(n, errorsBefore[k] ?? 0)]);

    // The archive holds exactly the rows dated before the cut-off, cell by cell, in order.
    const archived = await (await openXlsx(out)).readTables();
    const after = await (await openXlsx(src)).readTables();
    const cut = serialOf(2026, 1, 1);
    for (const [table, header] of [['Visits', '日期'], ['FollowUps', '跟进日期'], ['VisitDaily', '日期']] as const) {
      const s = sourceBefore.find((t) => t.name === table) as TableData;
      const d = s.headers.indexOf(header);
      const moved = s.rows.filter((r) => typeof r[d] === 'number' && (r[d] as number) < cut);
      const kept = s.rows.filter((r) => !(typeof r[d] === 'number' && (r[d] as number) < cut));
      const a = archived.find((t) => t.name === table);
      if (moved.length === 0) continue;
      expect(a?.headers).toEqual(s.headers);
      expect(a?.rows).toEqual(moved);
      expect((after.find((t) => t.name === table) as TableData).rows.length).toBe(kept.length);
    }
    expect(archived.find((t) => t.name === 'Visits')?.rows.length).toBeGreaterThan(7000);
    // Every Kpi row and the tables the archive never touches stay whole.
    for (const t of ['KpiL1', 'KpiS1', 'Staff', 'Customers', 'Contacts', 'KpiSummary']) {
      expect((after.find((x) => x.name === t) as TableData).rows.length).toBe((sourceBefore.find((x) => x.name === t) as TableData).rows.length);
    }
  }, 240_000);

  it('keeps the mode of the source and writes through a symlinked source (issue #9.2–3)', async () => {
    const shared = join(dir, 'shared');
    mkdirSync(shared);
    const real = join(shared, 'real.xlsx');
    writeFileSync(real, readFileSync(src));
    chmodSync(real, 0o600);
    const link = join(dir, 'link.xlsx');
    symlinkSync(real, link);
    expect(await archive(['--in', link, '--before', '2026-05', '--out', join(dir, 'link-archive.xlsx')], io())).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    const [before] = await (await openXlsx(src)).readTables(['Visits']);
    const [after] = await (await openXlsx(real)).readTables(['Visits']);
    expect(after?.rows.length).toBeLessThan(before?.rows.length ?? 0);
    expect(await archive(['--in', src, '--before', CUT, '--out', join(dir, 'archive.txt')], io())).toBe(2);
  }, 120_000);

  it('refuses an --out that is the --in file', async () => {
    await expect(archive(['--in', src, '--before', CUT, '--out', src], io())).rejects.toThrow(/--out/);
  });

  it('appends to an existing archive', async () => {
    const out = join(dir, '归档.xlsx');
    const [first] = await (await openXlsx(out)).readTables(['Visits']);
    expect(await archive(['--in', src, '--before', '2026-03', '--out', out], io())).toBe(0);
    const [both] = await (await openXlsx(out)).readTables(['Visits']);
    expect(both?.rows.slice(0, first?.rows.length)).toEqual(first?.rows);
    expect(both?.rows.length).toBeGreaterThan(first?.rows.length ?? 0);
  }, 120_000);
});
