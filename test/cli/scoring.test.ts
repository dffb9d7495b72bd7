/**
 * The director's month on the command line: generate --sample, new-period, score, export-hr; and
 * the HR file carries no customer data and no personal column.
 */
import { mkdtempSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { openXlsx } from '../../src/adapters/xlsx';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { allTables } from '../../src/core/model/lookup';

function captureIo(): CliIo & { text: () => string } {
  const lines: string[] = [];
  const io = { lang: 'zh-CN' as const, out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
  return { ...io, text: () => lines.join('\n') };
}

async function cli(args: string[]): Promise<{ code: number; text: string }> {
  const io = captureIo();
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (io.out(String(s).trimEnd()), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (io.err(String(s).trimEnd()), true));
  try {
    const code = await main(args, { KA_LANG: 'zh-CN' });
    return { code, text: io.text() };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('scoring on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ka-scoring-'));
  const book = join(dir, '工作台.xlsx');
  const prevToday = process.env.KA_TODAY;
  beforeAll(async () => {
    process.env.KA_TODAY = '2026-11-20';
    expect((await cli(['generate', '--out', book, '--sample'])).code).toBe(0);
  });
  afterAll(() => {
    if (prevToday === undefined) delete process.env.KA_TODAY;
    else process.env.KA_TODAY = prevToday;
  });

  it('starts a period once and refuses to duplicate it', async () => {
    const first = await cli(['new-period', '--in', book, '--period', '2026-11']);
    expect(first.code).toBe(0);
    expect(first.text).toContain('已新建考核期 2026-11');
    const again = await cli(['new-period', '--in', book, '--period', '2026-11']);
    expect(again.code).toBe(1);
    // A bad period is a usage error, the same for every command (#9.12).
    const bad = await cli(['new-period', '--in', book, '--period', '2026-13']);
    expect(bad.code).toBe(2);
  });

  it('prints one JSON object per row with the fields HR and the director need', async () => {
    const res = await cli(['score', '--in', book, '--json']);
    expect(res.code).toBe(0);
    const rows = JSON.parse(res.text.slice(res.text.indexOf('['))) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(6);
    for (const r of rows) {
      for (const k of ['期间', '工号', '总分', '等级', '连续D次数', '处理建议', '考核状态']) expect(r).toHaveProperty(k);
    }
    const started = rows.filter((r) => r['期间'] === '2026-11');
    // S1 and L4 have typed inputs, still empty; every L1 and L3 input is pre-filled from the records, so
    // those rows score at once, on the month's records so far (as the formulas do in Excel).
    expect(started.filter((r) => r['方案'] === 'S1' || r['方案'] === 'L4').every((r) => r['考核状态'] === '待录入' || r['考核状态'] === '免考')).toBe(true);
    expect(started.filter((r) => r['方案'] === 'L1' || r['方案'] === 'L3').every((r) => r['考核状态'] === '正常')).toBe(true);
    expect(started.length).toBe(6);
    expect(rows.some((r) => r['考核状态'] === '正常' && typeof r['总分'] === 'number')).toBe(true);
  });

  it('exports values only, with no customer table and no personal column', async () => {
    const out = join(dir, 'hr.xlsx');
    const res = await cli(['export-hr', '--in', book, '--from', '2026-08', '--to', '2026-10', '--out', out]);
    expect(res.code).toBe(0);
    const hr = await openXlsx(out);
    const s = await hr.readStructure();
    expect(s.tables.map((t) => t.name).sort()).toEqual(['KpiL1', 'KpiL3', 'KpiL4', 'KpiS1', 'KpiSummary', 'Staff']);
    const forbidden = ['Customers', 'Contacts', 'Competitors', 'FollowUps', 'CustomerValue', 'Visits', 'VisitDaily', 'RelationPlan', 'GiftPlans', 'GiftRequests', 'ReceptionRequests', 'ReceptionReports'];
    const customerHeaders = new Set(
      allTables(WORKBOOK_MODEL)
        .filter((t) => forbidden.includes(t.name))
        .flatMap((t) => t.columns.filter((c) => !['档案编号'].includes(c.header.zh)).map((c) => c.header.zh)),
    );
    const personal = allTables(WORKBOOK_MODEL).flatMap((t) => t.columns.filter((c) => c.personal).map((c) => c.header.zh));
    expect(personal.length).toBeGreaterThan(0);
    const staffHeaders = s.tables.find((t) => t.name === 'Staff')!.headers;
    expect(staffHeaders).toEqual(['工号', '姓名', '部门', '岗位', '职级']);
    for (const t of s.tables) {
      for (const h of t.headers) {
        expect(personal).not.toContain(h);
        if (!['姓名', '日期', '备注', '期间', '工号'].includes(h)) expect(customerHeaders.has(h)).toBe(false);
      }
    }
    const data = await hr.readTables(['KpiSummary']);
    expect(data[0]!.rows.length).toBe(res.text.includes('已导出') ? Number(/已导出 (\d+)/.exec(res.text)![1]) : -1);
    // Values only: no sheet of the file holds a formula.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBe(6);
    for (const f of sheets) expect(await zip.file(f)!.async('string')).not.toMatch(/<f[ >]/);
  });
});
