/**
 * The formula and prefill templates of the non-KPI tables, computed by a real engine (LibreOffice)
 * on the demo data in both workbook languages, and compared with what the data says they must be.
 * ExcelJS writes no calculated columns, so every data cell carries its own formula here.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CellInput } from '../../src/core/port/types';
import type { Lang, TableSpec, WorkbookModel } from '../../src/core/model/types';
import { LISTS } from '../../src/core/model/lists';
import { createFormulaContext } from '../../src/core/model/formulaContext';
import { sampleData } from '../../src/core/sample';
import { STAFF } from '../../src/core/model/tables/staff';
import { CUSTOMERS } from '../../src/core/model/tables/customers';
import { CONTACTS } from '../../src/core/model/tables/contacts';
import { VISITS } from '../../src/core/model/tables/visits';
import { VISIT_DAILY } from '../../src/core/model/tables/visitDaily';
import { GIFT_PLANS } from '../../src/core/model/tables/giftPlans';
import { GIFT_REQUESTS } from '../../src/core/model/tables/giftRequests';
import { RECEPTION_REQUESTS } from '../../src/core/model/tables/receptionRequests';
import { RECEPTION_REPORTS } from '../../src/core/model/tables/receptionReports';
import { STAGE_LOG } from '../../src/core/model/tables/stageLog';
import { REVENUE } from '../../src/core/model/tables/revenue';
import { RECEIVABLES } from '../../src/core/model/tables/receivables';
import { toFileFormula } from '../../src/adapters/xlsx/formulas';
import { lastStageOf, landedDateOf } from '../../src/core/kpi/pipeline';
import { ymdOf } from '../../src/core/kpi/dates';
import { cellValue, errorCells, hasLibreOffice, recalcMany } from '../engine/libreoffice';
import type { RecalcResult } from '../engine/libreoffice';

const d = hasLibreOffice ? describe : describe.skip;

const TABLES: TableSpec[] = [
  STAFF, CUSTOMERS, CONTACTS, VISITS, VISIT_DAILY, GIFT_PLANS, GIFT_REQUESTS, RECEPTION_REQUESTS, RECEPTION_REPORTS,
  STAGE_LOG, REVENUE, RECEIVABLES,
];
const MODEL: WorkbookModel = { version: 1, sheets: [{ key: 'all', name: { zh: '全部', en: 'All' }, tables: TABLES }], lists: LISTS };
const TODAY = 46348;
const DATA = sampleData(TODAY, 1);
/** Rows whose prefilled inputs are written as formulas instead of values, to compare the two. */
const PREFILLED_ROWS = 3;

const letters = (n: number): string => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

async function write(path: string, lang: Lang): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const t of TABLES) {
    const f = createFormulaContext(MODEL, t.name, lang);
    // A trailing row with no inputs at all: its computed cells must stay blank, never 0 or 否.
    const rows: CellInput[][] = [...(DATA[t.name] ?? []), t.columns.map(() => null)];
    wb.addWorksheet(t.name).addTable({
      name: t.name,
      ref: 'A1',
      headerRow: true,
      columns: t.columns.map((c) => ({ name: lang === 'zh-CN' ? c.header.zh : c.header.en })),
      rows: rows.map((r, ri) =>
        t.columns.map((c, i) => {
          // As the .xlsx adapter stores formulas: _xlfn. before AGGREGATE (Customers.开发阶段, 成交日期).
          if (c.type.kind === 'formula') return { formula: toFileFormula(c.type.formula(f)) };
          if (c.prefill && ri < PREFILLED_ROWS) return { formula: toFileFormula(c.prefill(f)) };
          return r[i] ?? null;
        }),
      ) as ExcelJS.CellValue[][],
    });
  }
  await wb.xlsx.writeFile(path);
}

/** A computed cell of a table by column key; data row 0 is worksheet row 2. */
function at(result: RecalcResult, table: TableSpec, row: number, key: string): unknown {
  const col = table.columns.findIndex((c) => c.key === key) + 1;
  return cellValue(result, table.name, `${letters(col)}${row + 2}`);
}

const input = (table: TableSpec, row: readonly CellInput[], key: string): CellInput => row[table.columns.findIndex((c) => c.key === key)]!;

/** 1-based row of the first record whose column matches `value` case-insensitively (MATCH), or 0. */
const rowOf = (table: TableSpec, key: string, value: string): number =>
  DATA[table.name]!.findIndex((r) => String(input(table, r, key)).toLowerCase() === value.toLowerCase()) + 1;

d('non-KPI formulas in LibreOffice', () => {
  let dir: string;
  let results: RecalcResult[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'model-formulas-'));
    const paths = [join(dir, 'zh.xlsx'), join(dir, 'en.xlsx')];
    await write(paths[0]!, 'zh-CN');
    await write(paths[1]!, 'en-US');
    results = await recalcMany(paths);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('computes without error cells', () => {
    for (const r of results) expect(errorCells(r)).toEqual([]);
  });

  it('computes each customer’s 开发阶段 and 成交日期 from StageLog, and the ledgers’ month and department', () => {
    const log = DATA.StageLog!.map((r) => ({ customer: input(STAGE_LOG, r, 'customer') as string, date: input(STAGE_LOG, r, 'date') as number, stage: input(STAGE_LOG, r, 'stage') as string }));
    for (const r of results) {
      DATA.Customers!.forEach((row, i) => {
        const name = input(CUSTOMERS, row, 'name') as string;
        expect([name, at(r, CUSTOMERS, i, 'devStage')]).toEqual([name, lastStageOf(log, name)]);
        expect([name, at(r, CUSTOMERS, i, 'landedDate')]).toEqual([name, landedDateOf(log, name) ?? '']);
        expect(at(r, CUSTOMERS, i, 'dept')).not.toBe('');
      });
      DATA.Revenue!.forEach((row, i) => {
        const [y, m] = String(input(REVENUE, row, 'period')).split('-').map(Number) as [number, number];
        expect(at(r, REVENUE, i, 'monthKey')).toBe(y * 12 + m - 1);
      });
    }
  });

  it('computes 星期, 回访期限 and 可报销 of every visit', () => {
    for (const r of results) {
      DATA.Visits!.forEach((row, i) => {
        const date = input(VISITS, row, 'date') as number;
        expect(at(r, VISITS, i, 'weekday')).toBe('日一二三四五六'[(date - 1) % 7]);
        expect(at(r, VISITS, i, 'revisitBy')).toBe(date + 7);
        expect(at(r, VISITS, i, 'reimbursable')).toBe(input(VISITS, row, 'summary') ? '是' : '否');
      });
      const empty = DATA.Visits!.length;
      for (const k of ['weekday', 'revisitBy', 'reimbursable']) expect([k, at(r, VISITS, empty, k) ?? '']).toEqual([k, '']);
    }
  });

  it('gives every visit its month and key, and marks the first of each (填表人, 客户, month) with its month', () => {
    const seen = new Set<string>();
    const want = DATA.Visits!.map((row) => {
      const { year, month } = ymdOf(input(VISITS, row, 'date') as number);
      const m = year * 12 + month - 1;
      const [reporter, customer] = [String(input(VISITS, row, 'reporter')), String(input(VISITS, row, 'customer'))];
      const text = `${reporter.length}|${reporter}|${customer}|${m}`;
      // A number (month, Staff row, Customers row) when both names resolve, else the text key.
      const [si, ci] = [rowOf(STAFF, 'name', reporter), rowOf(CUSTOMERS, 'name', customer)];
      const key: string | number = si > 0 && ci > 0 ? (m * 16384 + si) * 1048576 + ci : text;
      const first = !seen.has(text.toLowerCase());
      seen.add(text.toLowerCase());
      return [m, key, first ? m : ''];
    });
    // The demo has repeat visits within a month, so some rows are not first visits.
    expect(want.filter(([, , first]) => first === '').length).toBeGreaterThan(10);
    for (const r of results) {
      DATA.Visits!.forEach((_, i) =>
        expect([i, at(r, VISITS, i, 'monthKey'), at(r, VISITS, i, 'visitKey'), at(r, VISITS, i, 'firstVisit') ?? '']).toEqual([i, ...want[i]!]),
      );
      const empty = DATA.Visits!.length;
      for (const k of ['monthKey', 'visitKey', 'firstVisit']) expect([k, at(r, VISITS, empty, k) ?? '']).toEqual([k, '']);
    }
  });

  it('computes the VisitDaily totals from Visits', () => {
    const visits = DATA.Visits!;
    for (const r of results) {
      DATA.VisitDaily!.forEach((row, i) => {
        const mine = visits.filter((v) => v[0] === row[0] && v[2] === row[1]);
        const plan = (s: string) => mine.filter((v) => input(VISITS, v, 'plan') === 'b 处理问题' && input(VISITS, v, 'problemStatus') === s).length;
        expect(at(r, VISIT_DAILY, i, 'visits')).toBe(mine.length);
        expect(at(r, VISIT_DAILY, i, 'problemsHandled')).toBe(plan('已处理'));
        expect(at(r, VISIT_DAILY, i, 'problemsOpen')).toBe(plan('未处理'));
        const sum = mine.reduce((s, v) => s + ((input(VISITS, v, 'amount') as number | null) ?? 0), 0);
        expect(at(r, VISIT_DAILY, i, 'expenses') as number).toBeCloseTo(sum, 6);
      });
      const empty = DATA.VisitDaily!.length;
      for (const k of ['visits', 'problemsHandled', 'problemsOpen', 'expenses']) expect([k, at(r, VISIT_DAILY, empty, k) ?? '']).toEqual([k, '']);
    }
  });

  it('adds up the reception totals', () => {
    const total = (t: TableSpec, row: readonly CellInput[], keys: readonly string[]) =>
      keys.reduce((s, k) => s + ((input(t, row, k) as number | null) ?? 0), 0);
    for (const r of results) {
      DATA.ReceptionRequests!.forEach((row, i) =>
        expect(at(r, RECEPTION_REQUESTS, i, 'total')).toBe(total(RECEPTION_REQUESTS, row, ['hospitality', 'meeting', 'ceremony', 'gifts', 'other'])),
      );
      DATA.ReceptionReports!.forEach((row, i) =>
        expect(at(r, RECEPTION_REPORTS, i, 'total')).toBe(total(RECEPTION_REPORTS, row, ['meeting', 'meals', 'lodging', 'gifts', 'transport'])),
      );
    }
  });

  it('prefills inputs with the values the demo data types in', () => {
    const prefilled: [TableSpec, string][] = [
      [CONTACTS, 'unit'], [VISITS, 'supervisor'], [GIFT_PLANS, 'industry'], [GIFT_REQUESTS, 'recipient'],
      [RECEPTION_REPORTS, 'customer'], [RECEPTION_REPORTS, 'purpose'],
    ];
    for (const r of results) {
      for (const [t, key] of prefilled) {
        for (let i = 0; i < PREFILLED_ROWS; i++) {
          expect([t.name, key, i, at(r, t, i, key) ?? null]).toEqual([t.name, key, i, input(t, DATA[t.name]![i]!, key) ?? null]);
        }
      }
    }
  });
});
