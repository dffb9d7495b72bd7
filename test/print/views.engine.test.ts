/**
 * The eight print views and the data sheets, printed by LibreOffice from the sample workbook
 * (SPEC §2.2, issue #10). One soffice session renders every PDF and sweeps every key.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Lang } from '../../src/core/model/types';
import { textIn } from '../../src/core/model/types';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { findTable } from '../../src/core/model/lookup';
import { withFormulas } from '../../src/core/plan/generate';
import { PRINT_VIEWS } from '../../src/core/print/views';
import { keyAddress, planView } from '../../src/core/print/planView';
import { viewTexts } from '../../src/core/print/texts';
import type { CellInput, TableData } from '../../src/core/port/types';
import { hasLibreOffice, render } from '../../src/cli/print/render';
import type { RenderJob } from '../../src/cli/print/render';
import { sampleBook } from './sampleBook';
import { hasPoppler, keysOf, pdfInfo, pdfPages, printedKey, squash } from './printEngine';

const run = hasLibreOffice() && hasPoppler ? describe : describe.skip;
const BLANK = 'ZZ-EMPTY';
const RANGE = 'A1:AH80';

/** The strings a view prints whatever the record: title, labels, 签字/日期. */
function labelsOf(viewIndex: number, lang: Lang): string[] {
  const view = PRINT_VIEWS[viewIndex]!;
  const ops = planView(WORKBOOK_MODEL, view, lang, textIn(view.sheet, lang));
  const width = view.widths.length;
  return ops.flatMap((op) =>
    op.op === 'writeCells' && op.col === 1 && op.numberFormat === undefined
      ? op.values.flatMap((row) => row.slice(0, width).filter((v): v is string => typeof v === 'string' && !/^_+/.test(v)))
      : [],
  );
}

run('print views in LibreOffice', () => {
  let dir = '';
  const tables: Record<Lang, TableData[]> = { 'zh-CN': [], 'en-US': [] };
  const pdf = (lang: Lang, id: string) => join(dir, `${lang}-${id}.pdf`);
  const sweepOut = (id: string) => join(dir, `sweep-${id}.json`);
  const keys = new Map<string, (string | number)[][]>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'print-views-'));
    const jobs: RenderJob[] = [];
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const { file, port } = await sampleBook(dir, lang);
      if (lang === 'zh-CN') {
        // A record with every optional field empty, in each table a view prints one record of.
        const structure = await port.readStructure();
        for (const view of PRINT_VIEWS.filter((v) => v.table && v.recordKey)) {
          const spec = findTable(WORKBOOK_MODEL, view.table!)!;
          const row: CellInput[] = spec.columns.map((c) => (c.key === view.recordKey ? BLANK : null));
          const info = structure.tables.find((t) => t.name === spec.name)!;
          const [filled] = withFormulas(WORKBOOK_MODEL, spec, lang, [row]);
          const order = info.headers.map((h) => spec.columns.findIndex((c) => c.header.zh === h));
          await port.apply([{ op: 'appendRows', table: spec.name, rows: [order.map((i) => filled![i] ?? null)] }]);
        }
        await port.save(file);
      }
      tables[lang] = await port.readTables();
      for (const view of PRINT_VIEWS) {
        const all = keysOf(view, tables[lang], lang);
        const sheet = textIn(view.sheet, lang);
        const first = all.find((k) => k[0] !== BLANK)!;
        const sets = first.map((value, i) => ({ sheet, cell: keyAddress(i), value }));
        if (lang === 'zh-CN') {
          const extra = view.id === 'relation-plan' ? [['没有计划的客户']] : view.id === 'visit-day' ? [[first[0]!, 1]] : [];
          keys.set(view.id, [...all, ...extra]);
          jobs.push({
            in: file,
            sets,
            pdf: { out: pdf(lang, view.id), sheets: [sheet] },
            sweep: { sheet, cells: view.keys.map((_, i) => keyAddress(i)), values: [...all, ...extra], range: RANGE, out: sweepOut(view.id) },
          });
        } else {
          jobs.push({ in: file, sets, pdf: { out: pdf(lang, view.id), sheets: [sheet] } });
        }
      }
      if (lang === 'zh-CN') {
        const data = WORKBOOK_MODEL.sheets.filter((s) => s.tables.length > 0).map((s) => textIn(s.name, lang));
        jobs.push({ in: file, pdf: { out: join(dir, 'data.pdf'), sheets: data } });
      }
    }
    await render(jobs);
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(PRINT_VIEWS.map((v, i) => [v.id, i] as const))('%s prints on one A4 page in both languages', (id) => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const info = pdfInfo(pdf(lang, id));
      expect([lang, info.pages]).toEqual([lang, 1]);
      expect(info.size).toMatch(/\(A4\)/);
    }
  });

  it.each(PRINT_VIEWS.map((v, i) => [v.id, i] as const))('%s holds the key, every label and a 签字/日期 block per approval', (id, i) => {
    const view = PRINT_VIEWS[i]!;
    const [text] = pdfPages(pdf('zh-CN', id));
    const first = keys.get(id)!.find((k) => k[0] !== BLANK)!;
    for (const k of first) expect(text).toContain(squash(printedKey(k)));
    for (const label of labelsOf(i, 'zh-CN')) expect([label, text!.includes(squash(label))]).toEqual([label, true]);
    if (id === 'kpi-sheet') {
      // The staff member's own scheme: its items' labels, from whichever Kpi table holds the row.
      const table = ['KpiS1', 'KpiL1', 'KpiL3', 'KpiL4'].map((n) => tables['zh-CN'].find((t) => t.name === n)!).find((t) =>
        t.rows.some((r) => r[0] === first[0] && r[1] === first[1]),
      )!;
      const spec = findTable(WORKBOOK_MODEL, table.name)!;
      const from = spec.columns.findIndex((c) => c.key === 'name');
      const to = spec.columns.findIndex((c) => c.key === 'total');
      for (const c of spec.columns.slice(from + 1, to + 1)) expect([c.header.zh, text!.includes(squash(c.header.zh))]).toEqual([c.header.zh, true]);
    }
    const approvals = view.parts.reduce((n, p) => n + (p.kind === 'approvals' ? p.columns.length : p.kind === 'kpi' ? 2 : 0), 0);
    const T = viewTexts('zh-CN');
    expect(text!.split(T.sign).length - 1).toBe(approvals);
    expect(text!.split(T.dateLine.replace(/\s+/g, '')).length - 1).toBe(approvals);
  });

  it.each(PRINT_VIEWS.map((v) => [v.id] as const))('%s computes without an error for every key of the sample', (id) => {
    const results = JSON.parse(readFileSync(sweepOut(id), 'utf8')) as { values: unknown[]; errors: string[]; text: unknown[][] }[];
    expect(results.length).toBe(keys.get(id)!.length);
    for (const r of results) {
      expect([r.values, r.errors]).toEqual([r.values, []]);
      const shown = r.text.flat().map(String);
      expect(shown.filter((s) => /#N\/A|#VALUE|#REF|Err:|1900-01-00/.test(s))).toEqual([]);
    }
    // The sweep recalculates only what a key change dirties: the views must really follow the key
    // (every key prints something of its own beyond the key cells).
    const bodies = new Set(results.map((r) => JSON.stringify(r.text.slice(4))));
    expect(bodies.size).toBeGreaterThan(results.length / 2);
  });

  it('an empty record prints empty fields, never 0', () => {
    for (const view of PRINT_VIEWS.filter((v) => v.table)) {
      const results = JSON.parse(readFileSync(sweepOut(view.id), 'utf8')) as { values: unknown[]; text: unknown[][] }[];
      const blank = results.find((r) => r.values[0] === BLANK)!;
      const spec = findTable(WORKBOOK_MODEL, view.table!)!;
      const computed = new Set(spec.columns.filter((c) => c.type.kind === 'formula').map((c) => c.header.zh));
      const labels = new Set(labelsOf(PRINT_VIEWS.indexOf(view), 'zh-CN'));
      for (const row of blank.text) {
        row.slice(0, view.widths.length).forEach((v, c) => {
          if (v === '' || labels.has(String(v)) || v === BLANK || /^_+/.test(String(v)) || String(v).includes(viewTexts('zh-CN').noRows)) return;
          // A computed total of nothing is 0: the only number an empty record shows.
          expect([view.id, row[c - 1], v]).toEqual([view.id, row[c - 1], computed.has(String(row[c - 1])) ? 0 : '']);
        });
      }
    }
  });

  it('every data sheet prints one page wide with its header row on every page', () => {
    const pages = pdfPages(join(dir, 'data.pdf'));
    for (const sheet of WORKBOOK_MODEL.sheets.filter((s) => s.tables.length > 0)) {
      const name = squash(sheet.name.zh);
      const mine = pages.filter((p) => p.includes(`${name}第`));
      expect([name, mine.length > 0]).toEqual([name, true]);
      // Tables side by side print one after another: each page shows one table's whole header row.
      const headerRows = sheet.tables.map((t) => {
        const shown = t.columns.filter((c) => !c.header.zh.startsWith('_'));
        return [squash(shown[0]!.header.zh), squash(shown[shown.length - 1]!.header.zh)];
      });
      for (const page of mine) {
        expect([name, headerRows.some(([a, b]) => page.includes(a!) && page.includes(b!))]).toEqual([name, true]);
      }
    }
  });
});
