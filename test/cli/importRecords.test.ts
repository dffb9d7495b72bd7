/**
 * The four record tables of issue #11 import from CSV like every other table (the import command is
 * model-driven): periods stay text YYYY-MM, dates become serials, amounts numbers, and the helper
 * formulas (_月序, _部门, _键) are filled in, not imported.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../../src/cli/io';
import { run as generate } from '../../src/cli/commands/generate';
import { run } from '../../src/cli/commands/import';

/** Excel serial of a YYYY-MM-DD date (days since 1899-12-30). */
const dateSerial = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
import { openXlsx } from '../../src/adapters/xlsx';

const io = (): CliIo & { text: () => string } => {
  const lines: string[] = [];
  return { lang: 'zh-CN', out: (s) => lines.push(s), err: (s) => lines.push(s), text: () => lines.join('\n') };
};

const CSV: Record<string, string> = {
  StageLog: '客户,日期,阶段,下一步,记录人,备注\n东方物流,2026-10-08,已成交,首月回顾,李明,\n',
  Revenue: '期间,客户,负责人,营业额(万元),利润(万元)\n2026-10,东方物流,李明,183.5,20\n',
  Receivables: '单据编号,客户,负责人,开票日期,应收日期,应收金额(万元),回款日期,回款金额(万元)\nFP-1,东方物流,李明,2026-10-05,2026-11-04,50,2026-10-31,20\n',
  Targets: '期间,工号,计划销售额(万元),计划新客户数,设定人,设定日期,变更审批\n2026-11,E005,200,3,王建国,2026-10-31,\n',
};

describe('ka-workbench import of the record tables', () => {
  let dir: string;
  let book: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ka-import-records-'));
    book = join(dir, 'base.xlsx');
    expect(await generate(['--out', book], io())).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Object.keys(CSV))('imports %s rows by header', async (table) => {
    const xlsx = join(dir, `${table}.xlsx`);
    const csv = join(dir, `${table}.csv`);
    writeFileSync(xlsx, readFileSync(book));
    writeFileSync(csv, CSV[table]!);
    const out = io();
    expect([await run(['--in', xlsx, '--table', table, '--csv', csv], out), out.text()]).toEqual([0, expect.stringContaining(`已向表格 ${table} 导入 1 行`)]);
    const [t] = await (await openXlsx(xlsx)).readTables([table]);
    const row = t!.rows[0]!;
    const at = (h: string) => row[t!.headers.indexOf(h)];
    if (table === 'Revenue') expect([at('期间'), at('营业额(万元)')]).toEqual(['2026-10', 183.5]);
    if (table === 'Receivables') expect([at('开票日期'), at('回款金额(万元)')]).toEqual([dateSerial('2026-10-05'), 20]);
    if (table === 'Targets') expect([at('期间'), at('工号'), at('计划销售额(万元)')]).toEqual(['2026-11', 'E005', 200]);
    if (table === 'StageLog') expect([at('日期'), at('阶段')]).toEqual([dateSerial('2026-10-08'), '已成交']);
  });
});
