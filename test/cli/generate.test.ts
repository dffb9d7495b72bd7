import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../../src/cli/io';
import type { Lang } from '../../src/core/model/types';
import { run } from '../../src/cli/commands/generate';
import { main } from '../../src/cli/main';
import { newXlsx, openXlsx } from '../../src/adapters/xlsx';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { allTables } from '../../src/core/model/lookup';
import { STAFF } from '../../src/core/model/tables/staff';
import { hasLibreOffice, recalc } from '../engine/libreoffice';
import { addForeignParts } from '../xlsx/foreign';
import { partBytes } from '../xlsx/helpers';
import { columnLetters } from '../../src/core/model/a1';

function captureIo(lang: Lang = 'zh-CN'): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { lang, out: (s) => out.push(s), err: (s) => err.push(s), outText: () => out.join('\n'), errText: () => err.join('\n') };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'ka-generate-'));

describe('ka-workbench generate', () => {
  const prevToday = process.env.KA_TODAY;
  beforeAll(() => {
    process.env.KA_TODAY = '2026-11-20';
  });
  afterAll(() => {
    if (prevToday === undefined) delete process.env.KA_TODAY;
    else process.env.KA_TODAY = prevToday;
  });

  it('writes a new workbook with every table of the model, in zh-CN by default', async () => {
    const out = join(tmp(), '工作台.xlsx');
    const io = captureIo();
    expect(await run(['--out', out], io)).toBe(0);
    expect(io.outText()).toContain(`已生成 ${out}`);
    const s = await (await openXlsx(out)).readStructure();
    expect(s.meta).toEqual({ modelVersion: WORKBOOK_MODEL.version, lang: 'zh-CN' });
    expect(s.tables.map((t) => t.name).sort()).toEqual(allTables(WORKBOOK_MODEL).map((t) => t.name).sort());
    expect(s.tables.find((t) => t.name === 'Staff')!.headers).toEqual(STAFF.columns.map((c) => c.header.zh));
    expect(s.sheets.find((x) => x.name === 'Lists')!.visibility).toBe('veryHidden');
  });

  it('writes English headers with --lang en-US, and sample rows with --sample', async () => {
    const out = join(tmp(), 'book.xlsx');
    expect(await run(['--out', out, '--lang', 'en-US', '--sample'], captureIo('en-US'))).toBe(0);
    const wb = await openXlsx(out);
    const s = await wb.readStructure();
    expect(s.meta.lang).toBe('en-US');
    expect(s.tables.find((t) => t.name === 'Staff')!.headers).toEqual(STAFF.columns.map((c) => c.header.en));
    const [visits] = await wb.readTables(['Visits']);
    expect(visits!.rows.length).toBeGreaterThan(10);
  });

  it('leaves an up-to-date workbook alone', async () => {
    const out = join(tmp(), 'book.xlsx');
    await run(['--out', out], captureIo());
    const before = readFileSync(out);
    const io = captureIo();
    expect(await run(['--out', out], io)).toBe(0);
    expect(io.outText()).toContain('已是最新');
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('upgrades an older workbook in place: adds missing tables and columns, keeps rows and foreign parts', async () => {
    const out = join(tmp(), 'old.xlsx');
    // An "old" workbook: Staff without its last two columns, one row of data, and a chart.
    const wb = newXlsx();
    const short = STAFF.columns.slice(0, -2).map((c) => ({ header: c.header.zh }));
    await wb.apply([
      { op: 'addSheet', name: '员工与参数', visibility: 'visible' },
      { op: 'createTable', sheet: '员工与参数', name: 'Staff', row: 1, col: 1, columns: short, rows: [['E001', '张三']], style: 'TableStyleMedium2' },
    ]);
    writeFileSync(out, await addForeignParts(await wb.toBuffer(), 'xl/worksheets/sheet1.xml', '员工与参数'));
    const charts = await partBytes(readFileSync(out));

    const io = captureIo();
    expect(await run(['--out', out], io)).toBe(0);
    expect(io.outText()).toContain('已升级');
    expect(io.outText()).toContain('表格 Staff 新增列');
    const back = await openXlsx(out);
    const s = await back.readStructure();
    expect(s.tables.find((t) => t.name === 'Staff')!.headers).toEqual(STAFF.columns.map((c) => c.header.zh));
    expect(s.tables.length).toBe(allTables(WORKBOOK_MODEL).length);
    const [staff] = await back.readTables(['Staff']);
    expect(staff!.rows[0]!.slice(0, 2)).toEqual(['E001', '张三']);
    const after = await partBytes(readFileSync(out));
    expect(after.get('xl/charts/chart1.xml')!.equals(charts.get('xl/charts/chart1.xml')!)).toBe(true);
    expect(after.get('xl/webextensions/taskpanes.xml')!.equals(charts.get('xl/webextensions/taskpanes.xml')!)).toBe(true);
  });

  it('reports a newer workbook as a conflict and writes nothing', async () => {
    const out = join(tmp(), 'newer.xlsx');
    const wb = newXlsx();
    await wb.apply([
      { op: 'addSheet', name: 'Lists', visibility: 'veryHidden' },
      { op: 'writeCells', sheet: 'Lists', row: 1, col: 1, values: [['key', 'value'], ['modelVersion', 999], ['lang', 'zh-CN']] },
    ]);
    await wb.save(out);
    const before = readFileSync(out);
    const io = captureIo();
    expect(await run(['--out', out], io)).toBe(1);
    expect(io.errText()).toContain('999');
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('refuses a file that is not a workbook, without touching it', async () => {
    const out = join(tmp(), 'notes.xlsx');
    writeFileSync(out, 'just text');
    const io = captureIo('en-US');
    expect(await run(['--out', out], io)).toBe(2);
    expect(io.errText()).toContain('not an .xlsx workbook');
    expect(readFileSync(out, 'utf8')).toBe('just text');
  });

  it('rejects a bad --lang as a usage error', async () => {
    const out = join(tmp(), 'x.xlsx');
    const code = await main(['generate', '--out', out, '--lang', 'fr-FR'], { ...process.env, KA_LANG: 'en-US' });
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  (hasLibreOffice ? it : it.skip)('writes formulas that compute without errors in LibreOffice', async () => {
    const out = join(tmp(), 'sample.xlsx');
    expect(await run(['--out', out, '--sample'], captureIo())).toBe(0);
    const r = await recalc(out);
    const errors: string[] = [];
    let formulas = 0;
    for (const [sheet, { cells }] of Object.entries(r.sheets)) {
      for (const [addr, c] of Object.entries(cells)) {
        if (c.f) formulas++;
        if (c.t === 'e' || (typeof c.v === 'string' && /^(#|Err:)/.test(c.v))) errors.push(`${sheet}!${addr} ${c.v} ${c.f ?? ''}`);
      }
    }
    expect(formulas).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    // Every table of SPEC §2 is there, as LibreOffice reads it, with the zh-CN headers of the spec.
    const structure = await (await openXlsx(out)).readStructure();
    for (const spec of allTables(WORKBOOK_MODEL)) {
      const t = structure.tables.find((x) => x.name === spec.name);
      expect(t).toBeDefined();
      const cells = r.sheets[t!.sheet]!.cells;
      const headers = spec.columns.map((_, i) => cells[`${columnLetters(t!.firstCol + i)}${t!.headerRow}`]?.v);
      expect(headers).toEqual(spec.columns.map((c) => c.header.zh));
    }
  });
});
