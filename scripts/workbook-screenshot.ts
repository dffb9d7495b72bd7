/**
 * Renders one sheet of a workbench workbook as an Excel-like PNG, for the README.
 *
 *   npx ts-node scripts/workbook-screenshot.ts OUT.png [--sheet 拜访日报] [--book FILE.xlsx]
 *       [--columns 日期,星期,…] [--formula 可报销] [--zoom 90]
 *
 * Without --book it generates the sample workbook (as of 2026-11-20, with period 2026-11 started).
 * LibreOffice recalculates the file so that formula columns show real values; the page itself is
 * drawn here, because LibreOffice's PDF export does not render Excel table styles. The grid shows
 * the sheet's first table (headers in row 1) in TableStyleMedium2 with the add-in's grey italic
 * marking of computed columns; --columns picks headers (default: the first 12), --formula the column
 * whose row-2 formula the formula bar shows (default: the first computed column shown), --zoom the
 * grid's zoom in percent. Columns left out show as Excel shows hidden ones: their letters skip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { Column, Lang, SheetSpec, TableSpec } from '../src/core/model/types';
import { WORKBOOK_MODEL } from '../src/core/model/workbook';
import { columnByHeader } from '../src/core/model/lookup';
import { numberFormatOf } from '../src/core/model/numberFormats';
import { formulaOf } from '../src/core/plan/columnFormat';
import { generateWorkbook } from '../src/core/services/generateWorkbook';
import { startPeriod } from '../src/core/services/startPeriod';
import { excelValidationFor } from '../src/core/validate/excelValidation';
import { isoOf, serialOf } from '../src/core/validate/dates';
import { newXlsx } from '../src/adapters/xlsx';
import type { CellValue, RecalcResult } from '../test/engine/libreoffice';
import { recalc } from '../test/engine/libreoffice';

const WIDTH = 1280;
const MAX_HEIGHT = 720;
const ROW_PX = 20;
const LETTERS_PX = 22;
const GUTTER_PX = 40;
/** Height of the window around the grid: title, formula bar, sheet tabs, status bar. */
const CHROME_PX = 30 + 32 + 30 + 22;

interface View {
  readonly sheet: string;
  readonly bookName: string;
  /** Headers to show, in order; default the table's first 12. */
  readonly columns?: string;
  /** Header of the column whose row-2 cell is selected and whose formula the formula bar shows. */
  readonly formula?: string;
  /** Excel's zoom, as a fraction: the grid scales, the window around it does not. */
  readonly zoom: number;
}

interface Shown {
  readonly col: number; // 1-based worksheet column
  readonly column?: Column; // undefined right of the table
}

async function sampleBook(dir: string): Promise<string> {
  const port = newXlsx({ lang: 'zh-CN' });
  const lang: Lang = 'zh-CN';
  const plan = await generateWorkbook(port, { model: WORKBOOK_MODEL, lang, validationFor: excelValidationFor, sampleAsOf: serialOf(2026, 11, 20) });
  if (plan.conflicts.length > 0) throw new Error(plan.conflicts.map((c) => c.message).join('\n'));
  const started = await startPeriod(port, { period: '2026-11', lang });
  if (started.error) throw new Error(started.error);
  const file = join(dir, '大客户工作台.xlsx');
  await port.save(file);
  return file;
}

function letters(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Excel column width in characters to pixels (Calibri 11: 7 px a digit plus 5 px padding). */
const px = (chars: number): number => Math.round(chars * 7 + 5);

/** The cell's text as its number format shows it; numbers are right-aligned like Excel's. */
function display(v: CellValue | undefined, format: string | undefined): { text: string; number: boolean } {
  if (v === null || v === undefined || v === '') return { text: '', number: false };
  if (typeof v === 'string') return { text: v, number: false };
  const fixed = (d: number) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: false });
  const text =
    format === 'yyyy-mm-dd' ? isoOf(v)
    : format === '#,##0.00' ? v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : format === '0.0' ? fixed(1)
    : format === '0' ? fixed(0)
    : String(Math.round(v * 1e9) / 1e9);
  return { text, number: true };
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function findSheet(name: string): { spec: SheetSpec; lang: Lang } {
  for (const spec of WORKBOOK_MODEL.sheets) {
    if (spec.name.zh === name) return { spec, lang: 'zh-CN' };
    if (spec.name.en === name) return { spec, lang: 'en-US' };
  }
  throw new Error(`no sheet "${name}" in the model; sheets are: ${WORKBOOK_MODEL.sheets.map((s) => s.name.zh).join(', ')}`);
}

function render(result: RecalcResult, view: View): { html: string; height: number } {
  const { sheet: sheetName, columns: columnsArg, formula: formulaArg, zoom } = view;
  const { spec, lang } = findSheet(sheetName);
  const sheet = result.sheets[sheetName];
  if (!sheet) throw new Error(`the workbook has no sheet "${sheetName}"`);
  const cell = (row: number, col: number) => sheet.cells[`${letters(col)}${row}`];
  // The sheet's first table starts at A1; its headers run right until one is not a column of it.
  const table: TableSpec = spec.tables[0];
  if (!table) throw new Error(`sheet "${sheetName}" has no table`);
  const header: Column[] = [];
  for (let c = 1; ; c++) {
    const h = cell(1, c)?.v;
    const column = typeof h === 'string' ? columnByHeader(table, h) : undefined;
    if (!column) break;
    header.push(column);
  }
  const headerText = (c: Column) => (lang === 'zh-CN' ? c.header.zh : c.header.en);
  const picked = columnsArg
    ? columnsArg.split(',').map((h) => {
        const i = header.findIndex((c) => headerText(c) === h.trim());
        if (i < 0) throw new Error(`no column "${h}" in ${table.name}; columns are: ${header.map(headerText).join(', ')}`);
        return i + 1;
      })
    : header.slice(0, 12).map((_, i) => i + 1);
  // The table ends at the last row with anything in its columns (a formula giving "" counts).
  const tableLetters = new Set(header.map((_, i) => letters(i + 1)));
  let lastRow = 1;
  for (const key of Object.keys(sheet.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(key);
    if (m && tableLetters.has(m[1])) lastRow = Math.max(lastRow, Number(m[2]));
  }

  // Columns: the picked ones, then the sheet's next ones up to the window's right edge.
  const shown: Shown[] = picked.map((col) => ({ col, column: header[col - 1] }));
  const widthOf = (s: Shown) => px(s.column?.width ?? 8.43);
  let width = GUTTER_PX + shown.reduce((w, s) => w + widthOf(s), 0);
  for (let col = Math.max(...picked) + 1; width * zoom < WIDTH; col++) {
    const next: Shown = { col, column: header[col - 1] };
    shown.push(next);
    width += widthOf(next);
  }
  // A short table gets a short picture (a few empty rows below it) rather than a window of blank grid.
  const fitRows = Math.ceil((MAX_HEIGHT - CHROME_PX) / zoom / ROW_PX - 1);
  const rows = Math.min(fitRows, Math.max(lastRow + 5, 12));
  const gridPx = Math.min(MAX_HEIGHT - CHROME_PX, Math.round((LETTERS_PX + rows * ROW_PX) * zoom));

  // The selected cell is in row 2; the formula bar shows its formula as the model renders it.
  const target = formulaArg
    ? shown.find((s) => s.column && headerText(s.column) === formulaArg)
    : (shown.find((s) => s.column?.type.kind === 'formula') ?? shown[0]);
  if (!target?.column) throw new Error(`--formula ${formulaArg ?? ''}: not a column on screen`);
  const selected = { row: 2, col: target.col };
  const formulaText =
    formulaOf(WORKBOOK_MODEL, table.name, target.column, lang) ?? display(cell(2, target.col)?.v, numberFormatOf(target.column)).text;

  const colgroup = shown.map((s) => `<col style="width:${widthOf(s)}px">`).join('');
  const letterRow = shown
    .map((s, i) => {
      const gap = i > 0 && s.col !== shown[i - 1].col + 1 ? ' gap' : '';
      return `<th class="letter${s.col === selected.col ? ' sel' : ''}${gap}">${letters(s.col)}</th>`;
    })
    .join('');
  const body: string[] = [];
  for (let row = 1; row <= rows; row++) {
    const inTable = row <= lastRow;
    const tds = shown.map((s) => {
      if (!s.column || !inTable) return '<td></td>';
      const c = s.column;
      const classes = [row === 1 ? 'th' : row % 2 === 0 ? 'band' : 'plain'];
      if (row > 1 && c.type.kind === 'formula') classes.push('computed');
      if (row === selected.row && s.col === selected.col) classes.push('active');
      if (row === 1) return `<td class="${classes.join(' ')}"><div><span>${esc(headerText(c))}</span><i class="filter"></i></div></td>`;
      const { text, number } = display(cell(row, s.col)?.v, numberFormatOf(c));
      if (number) classes.push('num');
      return `<td class="${classes.join(' ')}"><div>${esc(text)}</div></td>`;
    });
    body.push(`<tr><th class="rownum${row === selected.row ? ' sel' : ''}">${row}</th>${tds.join('')}</tr>`);
  }

  const tabs = Object.entries(result.sheets)
    .filter(([, s]) => !s.hidden)
    .map(([name]) => {
      const color = WORKBOOK_MODEL.sheets.find((s) => s.name.zh === name || s.name.en === name)?.tabColor;
      const bar = color ? ` style="box-shadow: inset 0 -3px 0 #${color}"` : '';
      return `<div class="tab${name === sheetName ? ' on' : ''}"${bar}>${esc(name)}</div>`;
    })
    .join('');

  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>
<div class="title">${esc(view.bookName)}</div>
<div class="fbar"><div class="namebox">${letters(selected.col)}${selected.row}</div><div class="fx">fx</div><div class="formula">${esc(formulaText)}</div></div>
<div class="grid" style="height:${gridPx}px"><table style="zoom:${zoom};width:${width}px"><colgroup><col style="width:${GUTTER_PX}px">${colgroup}</colgroup>
<thead><tr><th class="corner"></th>${letterRow}</tr></thead><tbody>${body.join('\n')}</tbody></table></div>
<div class="tabs"><div class="nav">◀&nbsp;&nbsp;▶</div>${tabs}<div class="plus">+</div></div>
<div class="status"><span>${lang === 'zh-CN' ? '就绪' : 'Ready'}</span><span>${Math.round(zoom * 100)}%</span></div>
</body></html>`;
  return { html, height: CHROME_PX + gridPx };
}

const CSS = `
* { box-sizing: border-box; margin: 0; padding: 0; }
body { width: ${WIDTH}px; overflow: hidden; background: #fff; color: #000;
  font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; font-size: 13px; display: flex; flex-direction: column; }
.title { height: 30px; line-height: 30px; background: #217346; color: #fff; text-align: center; font-size: 13px; }
.fbar { height: 32px; display: flex; align-items: center; gap: 8px; padding: 0 8px; background: #fff; border-bottom: 1px solid #d4d4d4; }
.namebox { width: 84px; height: 23px; line-height: 21px; border: 1px solid #c6c6c6; padding: 0 6px; font-size: 12px; }
.fx { width: 36px; text-align: center; font-style: italic; font-family: 'Noto Serif', serif; color: #555; border-left: 1px solid #d4d4d4; }
.formula { flex: 1; height: 23px; line-height: 21px; border: 1px solid #c6c6c6; padding: 0 6px; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; font-size: 12px; }
.grid { flex: none; overflow: hidden; }
table { border-collapse: collapse; table-layout: fixed; }
td, th { height: ${ROW_PX}px; padding: 0; border: 1px solid #e1e1e1; white-space: nowrap; overflow: hidden; font-weight: normal; }
th { background: #f3f3f3; color: #444; font-size: 12px; border-color: #d4d4d4; }
th.letter { height: ${LETTERS_PX}px; }
th.gap { border-left: 3px double #b0b0b0; }
th.rownum { text-align: center; }
th.sel { background: #d2d2d2; color: #185c37; font-weight: bold; }
th.letter.sel { box-shadow: inset 0 -2px 0 #217346; }
th.rownum.sel { box-shadow: inset -2px 0 0 #217346; }
td > div { padding: 0 4px; line-height: ${ROW_PX - 1}px; overflow: hidden; text-overflow: clip; }
td.num > div { text-align: right; }
td.th { background: #4472c4; color: #fff; font-weight: bold; border-color: #4472c4; }
td.th > div { display: flex; align-items: center; gap: 2px; }
td.th span { flex: 1; overflow: hidden; }
.filter { flex: none; width: 15px; height: 15px; background: #fff; border: 1px solid #a6a6a6; position: relative; }
.filter::after { content: ''; position: absolute; left: 3px; top: 5px; border: 4px solid transparent; border-top: 4px solid #555; border-bottom: 0; }
td.band { background: #d9e1f2; border-color: #d9e1f2; }
td.band, td.plain { border-top: 1px solid #8ea9db; border-bottom: 1px solid #8ea9db; }
td.computed { background: #f2f2f2; border-left-color: #f2f2f2; border-right-color: #f2f2f2; font-style: italic; }
td.active { outline: 2px solid #217346; outline-offset: -2px; }
.tabs { height: 30px; display: flex; align-items: stretch; background: #f3f3f3; border-top: 1px solid #d4d4d4; font-size: 12px; overflow: hidden; }
.nav { width: 56px; flex: none; color: #999; font-size: 10px; display: flex; align-items: center; justify-content: center; }
.tab { padding: 0 10px; display: flex; align-items: center; border-right: 1px solid #d4d4d4; color: #333; white-space: nowrap; }
.tab.on { background: #fff; color: #217346; font-weight: bold; }
.plus { width: 28px; flex: none; display: flex; align-items: center; justify-content: center; color: #666; font-size: 16px; }
.status { height: 22px; display: flex; justify-content: space-between; align-items: center; padding: 0 12px; background: #f3f3f3;
  border-top: 1px solid #e1e1e1; color: #444; font-size: 11px; }
`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { sheet: { type: 'string' }, book: { type: 'string' }, columns: { type: 'string' }, formula: { type: 'string' }, zoom: { type: 'string' } },
  });
  const out = positionals[0];
  const zoom = Number(values.zoom ?? '100') / 100;
  if (!out || positionals.length > 1 || !(zoom >= 0.5 && zoom <= 2)) {
    throw new Error('usage: workbook-screenshot.ts OUT.png [--sheet NAME] [--book FILE.xlsx] [--columns H1,H2,…] [--formula HEADER] [--zoom 50-200]');
  }
  const dir = mkdtempSync(join(tmpdir(), 'wb-shot-'));
  try {
    const book = values.book ?? (await sampleBook(dir));
    const view: View = { sheet: values.sheet ?? '拜访日报', bookName: basename(book), zoom, columns: values.columns, formula: values.formula };
    const { html, height } = render(await recalc(book), view);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: WIDTH, height } });
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: out });
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
