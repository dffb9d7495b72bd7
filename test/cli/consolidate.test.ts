/**
 * ka-workbench consolidate (#12, SPEC §5.1): three departments' HR exports (one from an en-US
 * workbook) merge into one workbook whose row count is the sum, whose grade counts per department
 * equal each export's, with a conflict for a duplicated 工号 + 期间, and with no customer or
 * personal column; a workbench is exported first; a file that is neither is refused by name.
 */
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../../src/cli/io';
import { run as generate } from '../../src/cli/commands/generate';
import { run as exportHr } from '../../src/cli/commands/exportHr';
import { run as consolidate } from '../../src/cli/commands/consolidate';
import { openXlsx } from '../../src/adapters/xlsx';
import type { TableData } from '../../src/core/port/types';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { allTables } from '../../src/core/model/lookup';

function io(): CliIo & { text: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { lang: 'zh-CN', out: (s) => out.push(s), err: (s) => err.push(s), text: () => out.join('\n'), errText: () => err.join('\n') };
}

const DEPTS = ['华北项目部', '华东项目部', 'South projects'];

describe('ka-workbench consolidate', () => {
  const prevToday = process.env.KA_TODAY;
  let dir: string;
  const exports: string[] = [];
  const gradeCounts: Record<string, number>[] = [];
  let summaryRows = 0;
  let workbench = '';

  beforeAll(async () => {
    process.env.KA_TODAY = '2026-11-20';
    dir = mkdtempSync(join(tmpdir(), 'ka-consolidate-'));
    for (const [i, dept] of DEPTS.entries()) {
      const book = join(dir, `dept${i}.xlsx`);
      expect(await generate(['--out', book, '--sample', ...(i === 2 ? ['--lang', 'en-US'] : [])], io())).toBe(0);
      if (i === 0) workbench = book;
      const hr = join(dir, `hr${i}.xlsx`);
      expect(await exportHr(['--in', book, '--from', '2026-08', '--to', '2026-10', '--out', hr], io())).toBe(0);
      // Each department's own 工号 (prefixed) and 部门; department 1 repeats one of department 0's rows.
      const wb = await openXlsx(hr);
      const [staff, summary] = (await wb.readTables(['Staff', 'KpiSummary'])) as TableData[];
      if (!staff || !summary) throw new Error('no tables');
      const cells = (t: TableData, col: number, f: (v: unknown, r: number) => string) =>
        t.rows.map((row, r) => ({ row: t.headerRow + 1 + r, header: t.headers[col] as string, value: f(row[col], r) }));
      await wb.apply([
        { op: 'setCells', table: 'Staff', cells: [...cells(staff, 0, (v) => `D${i}-${String(v)}`), ...cells(staff, 2, () => dept)] },
        { op: 'setCells', table: 'KpiSummary', cells: cells(summary, 1, (v, r) => (i === 1 && r === 0 ? `D0-${String(v)}` : `D${i}-${String(v)}`)) },
      ]);
      await wb.save(hr);
      exports.push(hr);
      summaryRows += summary.rows.length;
      const counts: Record<string, number> = {};
      for (const row of summary.rows) if (typeof row[6] === 'string' && row[6] !== '') counts[row[6]] = (counts[row[6]] ?? 0) + 1;
      gradeCounts.push(counts);
    }
  }, 180_000);
  afterAll(() => {
    if (prevToday === undefined) delete process.env.KA_TODAY;
    else process.env.KA_TODAY = prevToday;
    rmSync(dir, { recursive: true, force: true });
  });

  it('merges every row, counts grades per department, and reports the duplicated 工号 + 期间', async () => {
    const out = join(dir, '合并.xlsx');
    const c = io();
    expect(await consolidate(['--out', out, ...exports], c)).toBe(0);
    expect(c.errText()).toMatch(/冲突:工号 d0-/i);
    const book = await openXlsx(out);
    const tables = await book.readTables();
    const all = tables.find((t) => t.name === 'HrKpi') as TableData;
    expect(all.rows.length).toBe(summaryRows);
    // Grade counts per department, summed over the periods, equal each export's.
    const grades = tables.find((t) => t.name === 'HrGrades') as TableData;
    DEPTS.forEach((dept, i) => {
      const sum: Record<string, number> = {};
      for (const r of grades.rows.filter((x) => x[1] === dept)) ['A', 'B', 'C', 'D'].forEach((g, k) => (sum[g] = (sum[g] ?? 0) + Number(r[2 + k])));
      const want = gradeCounts[i] ?? {};
      // The row moved to department 0's 工号 has no Staff row in its file: department unknown ("").
      const moved = i === 1 ? (all.rows.find((r) => (r[1] ?? '') === '' && r[0] === 'hr1.xlsx')?.[8] as string | undefined) : undefined;
      const expected = Object.fromEntries(['A', 'B', 'C', 'D'].map((g) => [g, (want[g] ?? 0) - (moved === g ? 1 : 0)]));
      expect(sum).toEqual(expected);
    });
    const conflicts = tables.find((t) => t.name === 'HrConflicts') as TableData;
    expect(conflicts.rows.some((r) => String(r[3]).includes('hr0.xlsx') && String(r[3]).includes('hr1.xlsx'))).toBe(true);
    // No customer table, no personal column, values only.
    const personal = allTables(WORKBOOK_MODEL).flatMap((t) => t.columns.filter((x) => x.personal).flatMap((x) => [x.header.zh, x.header.en]));
    const customerTables = ['Customers', 'Contacts', 'Competitors', 'FollowUps', 'CustomerValue', 'Visits', 'VisitDaily', 'RelationPlan', 'GiftPlans', 'GiftRequests', 'ReceptionRequests', 'ReceptionReports'];
    const customerHeaders = new Set(allTables(WORKBOOK_MODEL).filter((t) => customerTables.includes(t.name)).flatMap((t) => t.columns.map((x) => x.header.zh)));
    for (const t of tables) {
      expect(customerTables).not.toContain(t.name);
      for (const h of t.headers) {
        expect(personal).not.toContain(h);
        if (!['姓名', '日期', '备注', '期间', '工号', '部门'].includes(h)) expect(customerHeaders.has(h)).toBe(false);
      }
    }
  }, 120_000);

  it('exports a workbench first, and refuses a file that is neither by name', async () => {
    const out = join(dir, 'wb.xlsx');
    const c = io();
    expect(await consolidate(['--out', out, '--from', '2026-08', '--to', '2026-10', workbench, exports[2] as string], c)).toBe(0);
    const bad = io();
    const csv = join(dir, 'dept0.xlsx');
    expect(await consolidate(['--out', join(dir, 'no.xlsx'), exports[0] as string, csv], bad)).toBe(1);
    expect(bad.errText()).toContain('dept0.xlsx');
    expect(existsSync(join(dir, 'no.xlsx'))).toBe(false);
    await expect(consolidate(['--out', exports[0] as string, exports[0] as string, exports[1] as string], io())).rejects.toThrow(/--out/);
  }, 120_000);

  it('never replaces an existing file without --force (issue #9.1), and verifies what it writes', async () => {
    const out = join(dir, 'notes.xlsx');
    writeFileSync(out, 'not a workbook: a note the user keeps');
    const sha = () => createHash('sha256').update(readFileSync(out)).digest('hex');
    const before = sha();
    const refused = io();
    expect(await consolidate(['--out', out, exports[0] as string, exports[2] as string], refused)).toBe(2);
    expect(refused.errText()).toContain('--force');
    expect(sha()).toBe(before);
    expect(await consolidate(['--out', out, '--force', exports[0] as string, exports[2] as string], io())).toBe(0);
    expect((await (await openXlsx(out)).readTables(['HrKpi']))[0]?.rows.length).toBeGreaterThan(0);
    const txt = io();
    expect(await consolidate(['--out', join(dir, 'merged.csv'), exports[0] as string, exports[2] as string], txt)).toBe(2);
    expect(existsSync(join(dir, 'merged.csv'))).toBe(false);
  }, 120_000);
});
