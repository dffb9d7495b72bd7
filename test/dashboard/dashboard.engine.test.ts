/**
 * The dashboard's formulas, computed by LibreOffice in a workbook the .xlsx adapter wrote: a
 * generated book with the demo data (three scored months), a new period started on top (待录入
 * and 免考 rows), and the dashboard block without its charts (the .xlsx adapter draws none). Its
 * grade counts and its score grid must equal what the reference scorer (kpi/score.ts) gives.
 * One zh-CN book (dashboard at the last scored month) and one en-US book (dashboard at the new
 * period, so the grid's last column is all blank), in one LibreOffice run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cellValue, errorCells, getCell, hasLibreOffice, recalcMany } from '../engine/libreoffice';
import type { RecalcResult } from '../engine/libreoffice';
import { newXlsx } from '../../src/adapters/xlsx';
import type { XlsxWorkbook } from '../../src/adapters/xlsx';
import type { Lang } from '../../src/core/model/types';
import type { CellInput, TableData } from '../../src/core/port/types';
import { PortError } from '../../src/core/port/types';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { STAFF } from '../../src/core/model/tables/staff';
import { planGenerate } from '../../src/core/plan/generate';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { initialRows } from '../../src/core/services/initialRows';
import { planNewPeriod, NEW_PERIOD_TABLES } from '../../src/core/kpi/newPeriod';
import { staffKey } from '../../src/core/kpi/score';
import { scoreTables } from '../../src/core/scoring/scoreTables';
import { lastStageOf, landedDateOf } from '../../src/core/kpi/pipeline';
import { PIPELINE_LAYOUT } from '../../src/core/dashboard/pipelineBlock';
import { listValues } from '../../src/core/model/lists';
import { STATUS } from '../../src/core/kpi/types';
import { periodOfSerial } from '../../src/core/kpi/period';
import { planDashboard } from '../../src/core/dashboard/planDashboard';
import { dashboardStaff } from '../../src/core/dashboard/staffList';
import { periodsEndingAt } from '../../src/core/dashboard/periods';
import { DASHBOARD_GRADES, DASHBOARD_LAYOUT as L } from '../../src/core/dashboard/layout';
import { columnLetters } from '../../src/core/plan/listsSheet';
import { writeDashboard } from '../../src/core/services/writeDashboard';

if (!hasLibreOffice) console.warn('LibreOffice (soffice + python3-uno) not found: skipping the dashboard engine test');
const d = hasLibreOffice ? describe : describe.skip;

/** 2026-11-22: the demo data scores 2026-08 … 2026-10; the new period is 2026-11. */
const TODAY = 46348;
const NEW_PERIOD = periodOfSerial(TODAY);

interface Book {
  readonly lang: Lang;
  readonly path: string;
  readonly period: string;
  readonly sheet: string;
  readonly staff: readonly { readonly id: string | number }[];
  readonly periods: readonly string[];
  /** Reference totals by `${period}|${staffKey}`, and 考核状态/等级 of every scheme row. */
  readonly totals: Map<string, number>;
  readonly rows: readonly { readonly period: string; readonly status: string; readonly grade: string | null }[];
  /** Each customer's 开发阶段 and 成交日期 by the reference (src/core/kpi/pipeline.ts). */
  readonly pipeline: readonly { readonly stage: string; readonly landed: number | null }[];
}

async function generated(lang: Lang): Promise<{ port: XlsxWorkbook; initial: Record<string, readonly (readonly CellInput[])[]> }> {
  const port = newXlsx({ lang });
  const initial = initialRows(lang, TODAY);
  const plan = planGenerate(WORKBOOK_MODEL, await port.readStructure(), lang, { validationFor: excelValidationFor, initialRows: initial });
  expect(plan.conflicts).toEqual([]);
  await port.apply(plan.ops);
  return { port, initial };
}

/**
 * What the reference scorer says of every Kpi row, as the task pane and the CLI score a file: the
 * demo rows, and the new period's, whose pre-filled inputs (targets, ledgers; issue #11) the
 * reference derives as their formulas do, so L1/L3/L4 rows are scored at once.
 */
function reference(all: readonly TableData[]) {
  const totals = new Map<string, number>();
  const rows: { period: string; status: string; grade: string | null }[] = [];
  for (const r of scoreTables(all).rows) {
    rows.push({ period: r.period, status: r.scored.status, grade: r.scored.grade });
    if (r.scored.status === STATUS.ok && r.scored.total !== null) totals.set(`${r.period}|${staffKey(r.staffId)}`, r.scored.total);
  }
  return { totals, rows };
}

async function buildBook(dir: string, lang: Lang, period: string): Promise<Book> {
  const { port } = await generated(lang);
  const staffTable = (await port.readTables([STAFF.name]))[0];
  const kpiBefore = await port.readTables(NEW_PERIOD_TABLES);
  const np = planNewPeriod({ model: WORKBOOK_MODEL, staff: staffTable, kpiTables: kpiBefore, period: NEW_PERIOD, lang });
  expect(np.error).toBeUndefined();
  expect(np.added).toBeGreaterThan(0);
  await port.apply(np.ops);

  const structure = await port.readStructure();
  const sheetInfo = structure.sheets.find((s) => s.name === (lang === 'zh-CN' ? '仪表板' : 'Dashboard'))!;
  const [staff, summary] = await port.readTables([STAFF.name, 'KpiSummary']);
  const periods = periodsEndingAt(period, L.periodCount)!;
  const members = dashboardStaff(staff, summary, periods);
  const plan = planDashboard({
    period,
    lang,
    summaryLang: lang,
    sheet: { name: sheetInfo.name, exists: true, lastRow: sheetInfo.lastRow },
    staff: members,
  });
  // The .xlsx adapter draws no charts: the block alone.
  await port.apply(plan.ops.filter((op) => op.op !== 'addChart'));

  const all = await port.readTables();
  const { totals, rows } = reference(all);
  const log = all.find((t) => t.name === 'StageLog')!.rows.map((r) => ({ customer: r[0] ?? null, date: r[1] ?? null, stage: r[2] ?? null }));
  const customers = all.find((t) => t.name === 'Customers')!;
  const nameAt = customers.headers.findIndex((h) => h === '客户名称' || h === 'Customer');
  const pipeline = customers.rows.map((r) => ({ stage: lastStageOf(log, r[nameAt] ?? null), landed: landedDateOf(log, r[nameAt] ?? null) }));
  const path = join(dir, `dashboard-${lang}.xlsx`);
  writeFileSync(path, await port.toBuffer());
  return { lang, path, period, sheet: sheetInfo.name, staff: members, periods, totals, rows, pipeline };
}

d('dashboard formulas in LibreOffice', () => {
  let dir: string;
  let books: Book[];
  let results: RecalcResult[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
    books = [await buildBook(dir, 'zh-CN', '2026-10'), await buildBook(dir, 'en-US', NEW_PERIOD)];
    results = await recalcMany(books.map((b) => b.path));
    // LibreOffice's start-up can take long on a loaded machine (other engine tests run in parallel).
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([0, 1])('counts each grade and 免考 of the period as the reference scorer does (book %i)', (i) => {
    const book = books[i];
    const want = DASHBOARD_GRADES.map((g) => book.rows.filter((r) => r.period === book.period && (g === '免考' ? r.status === STATUS.exempt : r.grade === g)).length);
    const got = DASHBOARD_GRADES.map((_, k) => cellValue(results[i], book.sheet, `B${L.gradeHeaderRow + 1 + k}`));
    expect(got).toEqual(want);
    expect(want.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('has a varied distribution in the scored month, and only 免考 in the new one', () => {
    const [zh, en] = [0, 1].map((i) => DASHBOARD_GRADES.map((_, k) => cellValue(results[i], books[i].sheet, `B${L.gradeHeaderRow + 1 + k}`) as number));
    expect(zh.slice(0, 4).filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    // The new period: S1 rows wait for their typed inputs; the L rows are pre-filled and scored (D
    // early in the month, their actuals still small); the recent hire is 免考.
    expect(en.slice(0, 3)).toEqual([0, 0, 0]);
    expect(en[4]).toBeGreaterThan(0);
  });

  it.each([0, 1])("fills the score grid with each member's total, blank where there is none (book %i)", (i) => {
    const book = books[i];
    const mismatches: string[] = [];
    let filled = 0;
    book.staff.forEach((s, r) => {
      book.periods.forEach((p, j) => {
        const row = L.scoreHeaderRow + 1 + r;
        const address = `${columnLetters(L.firstPeriodCol + j)}${row}`;
        const want = book.totals.get(`${p}|${staffKey(s.id)}`);
        const got = cellValue(results[i], book.sheet, address);
        const ok = want === undefined ? got === '' || got === null : typeof got === 'number' && Math.abs(got - want) < 1e-9;
        if (!ok) mismatches.push(`${address} (${p}, ${s.id}): LibreOffice ${JSON.stringify(got)}, reference ${want ?? 'blank'}`);
        if (want !== undefined) filled++;
        // The chart's copy: the same number, or #N/A where the grid is blank.
        const point = getCell(results[i], book.sheet, `${columnLetters(L.chartDataCol + 1 + j)}${row}`);
        const pointOk = want === undefined ? point.t === 'e' && point.v === '#N/A' : point.v === got;
        if (!pointOk) mismatches.push(`chart data for ${address}: ${JSON.stringify(point)}`);
      });
    });
    expect(mismatches).toEqual([]);
    expect(filled).toBeGreaterThanOrEqual(10);
  });

  it.each([0, 1])('counts customers per stage and landed per month as the pipeline reference does (book %i)', (i) => {
    const book = books[i];
    const P = PIPELINE_LAYOUT;
    const stages = listValues('devStage');
    const got = stages.map((_, k) => cellValue(results[i], book.sheet, `${columnLetters(P.firstCol + 1)}${P.stageHeaderRow + 1 + k}`));
    expect(got).toEqual(stages.map((s) => book.pipeline.filter((c) => c.stage === s).length));
    expect((got as number[]).reduce((a, b) => a + b, 0)).toBe(book.pipeline.length);
    const landed = book.periods.map((_, k) => cellValue(results[i], book.sheet, `${columnLetters(P.firstCol + 1)}${P.landedHeaderRow + 1 + k}`));
    expect(landed).toEqual(book.periods.map((p) => book.pipeline.filter((c) => c.landed !== null && periodOfSerial(c.landed) === p).length));
    expect((landed as number[]).some((n) => n > 0)).toBe(true);
  });

  it.each([0, 1])('writes the periods as text headers and leaves no other formula in error (book %i)', (i) => {
    const book = books[i];
    const headers = book.periods.map((_, j) => cellValue(results[i], book.sheet, `${columnLetters(L.firstPeriodCol + j)}${L.scoreHeaderRow}`));
    expect(headers).toEqual(book.periods);
    expect(getCell(results[i], book.sheet, 'B2')).toEqual({ v: book.period, t: 's' });
    const chartData = (address: string) => {
      const col = [...address.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return col > L.chartDataCol && col <= L.chartDataCol + L.periodCount;
    };
    const unexpected = errorCells(results[i]).filter((e) => !(e.sheet === book.sheet && e.v === '#N/A' && chartData(e.address)));
    expect(unexpected).toEqual([]);
  });
});

describe('the dashboard through the .xlsx adapter', () => {
  it('is refused with a clear message, and nothing of the plan is written', async () => {
    const { port } = await generated('zh-CN');
    const before = await port.toBuffer();
    const err = await writeDashboard(port, { period: '2026-10', lang: 'zh-CN' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect((err as PortError).code).toBe('unsupported');
    expect((err as PortError).message).toMatch(/加载项/);
    expect(Buffer.from(await port.toBuffer()).equals(Buffer.from(before))).toBe(true);
  });
});
