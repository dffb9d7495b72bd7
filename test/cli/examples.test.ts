/**
 * The example CSV files (#9.15): imported in the README's order into the sample workbook, each
 * imports every row with nothing kept as text, and validate finds no problem it did not find before.
 * Checked on two dates, since the sample's data follows "today".
 */
import { copyFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { CliIo } from '../../src/cli/io';
import { run as generate } from '../../src/cli/commands/generate';
import { run as importCsv } from '../../src/cli/commands/import';
import { run as validate } from '../../src/cli/commands/validate';

const EXAMPLES = resolve(__dirname, '..', '..', 'examples');

/** The README's order: references point to rows imported earlier. */
const ORDER: [string, string][] = [
  ['staff', 'Staff'],
  ['customers', 'Customers'],
  ['stage-log', 'StageLog'],
  ['contacts', 'Contacts'],
  ['competitors', 'Competitors'],
  ['followups', 'FollowUps'],
  ['customer-value', 'CustomerValue'],
  ['visits', 'Visits'],
  ['visit-daily', 'VisitDaily'],
  ['relation-plan', 'RelationPlan'],
  ['gift-plans', 'GiftPlans'],
  ['gift-requests', 'GiftRequests'],
  ['reception-requests', 'ReceptionRequests'],
  ['reception-reports', 'ReceptionReports'],
];

function captureIo(): CliIo & { text: () => string } {
  const lines: string[] = [];
  return { lang: 'zh-CN', out: (s) => lines.push(s), err: (s) => lines.push(s), text: () => lines.join('\n') };
}

type Problem = { table: string; rule: string; message: string };

async function problems(file: string): Promise<Set<string>> {
  const io = captureIo();
  await validate(['--in', file, '--json'], io);
  return new Set((JSON.parse(io.text()) as Problem[]).map((p) => `${p.table} ${p.rule} ${p.message}`));
}

describe('examples/*.csv', () => {
  const prev = process.env.KA_TODAY;
  afterAll(() => {
    if (prev === undefined) delete process.env.KA_TODAY;
    else process.env.KA_TODAY = prev;
  });

  it.each(['2026-12-06', '2027-08-15'])('import into the sample (as of %s) without a new problem', async (today) => {
    process.env.KA_TODAY = today;
    const dir = mkdtempSync(join(tmpdir(), 'ka-examples-'));
    const base = join(dir, 'base.xlsx');
    expect(await generate(['--out', base, '--sample'], captureIo())).toBe(0);
    const book = join(dir, 'all.xlsx');
    copyFileSync(base, book);
    for (const [file, table] of ORDER) {
      const io = captureIo();
      expect({ file, code: await importCsv(['--in', book, '--table', table, '--csv', join(EXAMPLES, `${file}.csv`)], io) }).toEqual({ file, code: 0 });
      expect(io.text()).toContain(`已向表格 ${table} 导入`);
      expect(io.text()).not.toContain('保留为文本');
    }
    const before = await problems(base);
    const after = [...(await problems(book))].filter((p) => !before.has(p));
    expect(after).toEqual([]);
  }, 120_000);
});
