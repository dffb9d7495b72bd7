/**
 * Upgrading a v1 workbook (#12): generate rewrites the Visits helpers _月键 and _首访 and VisitDaily's
 * totals (s4-scale) with the v2 formulas in every existing row, adds the Visits_InOrder cell and
 * name, and keeps every row.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import type { CliIo } from '../../src/cli/io';
import { run as generate } from '../../src/cli/commands/generate';
import { openXlsx } from '../../src/adapters/xlsx';
import { VISITS_IN_ORDER_NAME } from '../../src/core/model/tables/visits';

const quiet: CliIo = { lang: 'zh-CN', out: () => undefined, err: () => undefined };

describe('upgrade of the Visits helpers from model version 1', () => {
  const prevToday = process.env.KA_TODAY;
  let dir: string;
  beforeAll(() => {
    process.env.KA_TODAY = '2026-11-20';
    dir = mkdtempSync(join(tmpdir(), 'ka-upgrade12-'));
  });
  afterAll(() => {
    if (prevToday === undefined) delete process.env.KA_TODAY;
    else process.env.KA_TODAY = prevToday;
    rmSync(dir, { recursive: true, force: true });
  });

  it('rewrites _月键 and _首访 in every row and keeps the rows', async () => {
    const file = join(dir, 'v1.xlsx');
    expect(await generate(['--out', file, '--sample'], quiet)).toBe(0);
    // Make it a v1 book: version 1, the old helper formulas, no order flag.
    const v1 = await openXlsx(file);
    const [visits, daily] = await v1.readTables(['Visits', 'VisitDaily']);
    await v1.apply([
      { op: 'writeCells', sheet: 'Lists', row: 2, col: 2, values: [[1]] },
      { op: 'writeCells', sheet: 'Lists', row: 4, col: 1, values: [[null, null]] },
      { op: 'setColumnFormula', table: 'Visits', column: { header: '_首访', formula: '=1' } },
      { op: 'setColumnFormula', table: 'Visits', column: { header: '_月键', formula: '=2' } },
      { op: 'setColumnFormula', table: 'VisitDaily', column: { header: '本日拜访数目', formula: '=3' } },
    ]);
    await v1.save(file);

    expect(await generate(['--out', file], quiet)).toBe(0);
    const book = await openXlsx(file);
    const s = await book.readStructure();
    expect(s.meta.modelVersion).toBe(2);
    expect(s.names).toContain(VISITS_IN_ORDER_NAME);
    const [after, dailyAfter] = await book.readTables(['Visits', 'VisitDaily']);
    expect(after?.rows.length).toBe(visits?.rows.length);
    expect(dailyAfter?.rows.length).toBe(daily?.rows.length);
    // Every row's formulas are the new ones (the sheet XML holds no "=1"/"=2" helper left).
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheetXml = await Promise.all(Object.keys(zip.files).filter((f) => /worksheets\/sheet\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const visitsXml = sheetXml.find((x) => x.includes('Visits_InOrder')) ?? '';
    expect((visitsXml.match(/Visits_InOrder/g) ?? []).length).toBeGreaterThanOrEqual(visits?.rows.length ?? 1);
    expect(visitsXml).not.toMatch(/<f>1<\/f>|<f>2<\/f>|<f>3<\/f>/);
    const tables = await Promise.all(Object.keys(zip.files).filter((f) => /tables\/table\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(tables.some((x) => x.includes('Visits_InOrder'))).toBe(true);
  }, 120_000);
});
