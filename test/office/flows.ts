/**
 * The user's operations through the Office adapter over the strict fake, for the workflow and
 * partial-failure tests: a workbook at the point before each operation, and the operation itself.
 */
import { OfficePort } from '../../src/adapters/office/officePort';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { startPeriod } from '../../src/core/services/startPeriod';
import { periodSummary } from '../../src/core/services/periodSummary';
import { saveKpiInputs } from '../../src/core/services/saveKpiInputs';
import { signOff } from '../../src/core/services/signOff';
import { writeDashboard } from '../../src/core/services/writeDashboard';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { createFakeExcel } from '../fake-excel';
import type { FakeExcel, FakeExcelOptions, WorkbookSnapshot } from '../fake-excel';

/** 2026-11-22: the demo data scores 2026-08 … 2026-10. */
export const TODAY = 46348;
export const PERIOD = '2026-11';

/** S1 inputs that score A with the default parameters. */
export const S1_INPUTS = {
  planSales: 100, actualSales: 112, prevSales: 90, planNewCustomers: 2, marketInfo: 9, teamwork: 9,
  knowledge: 10, judgement: 4, communication: 6, attendanceDays: 26, lateCount: 0, unreportedCount: 2, unreportedDeduction: 0,
  violations: 0, responsibility: 5, complaints: 0,
};

export interface Book {
  readonly fake: FakeExcel;
  readonly port: OfficePort;
}

export function book(opts: FakeExcelOptions = {}): Book {
  const fake = createFakeExcel(opts);
  return { fake, port: new OfficePort(fake.run, { isSetSupported: fake.isSetSupported, lang: 'zh-CN' }) };
}

/** A copy of a prepared workbook, with its own port. */
export function fork(b: Book): Book {
  const fake = b.fake.fork();
  return { fake, port: new OfficePort(fake.run, { isSetSupported: fake.isSetSupported, lang: 'zh-CN' }) };
}

export async function generate(b: Book): Promise<void> {
  const plan = await generateWorkbook(b.port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor, sampleAsOf: TODAY });
  if (plan.conflicts.length > 0) throw new Error(`generate refused: ${plan.conflicts.map((c) => c.message).join(' ')}`);
}

export async function newPeriod(b: Book): Promise<void> {
  const plan = await startPeriod(b.port, { period: PERIOD, lang: 'zh-CN' });
  if (plan.error) throw new Error(`new period refused: ${plan.error}`);
}

/** The Kpi row of 刘芳 (scheme S1) in the new period. */
export async function liuRow(b: Book): Promise<{ table: string; row: number; staffId: string }> {
  const summary = await periodSummary(b.port, { period: PERIOD, today: TODAY });
  const row = summary.rows.find((r) => r.name === '刘芳');
  if (!row) throw new Error('刘芳 has no row in the new period');
  return { table: row.table, row: row.row, staffId: row.staffId };
}

export async function saveInputs(b: Book): Promise<void> {
  const at = await liuRow(b);
  const result = await saveKpiInputs(b.port, { ...at, period: PERIOD, lang: 'zh-CN', values: S1_INPUTS, auto: ['actualNewCustomers'] });
  if (!result.saved) throw new Error(`inputs refused: ${result.issues.map((i) => i.message).join(' ')}`);
}

export async function signFirst(b: Book): Promise<void> {
  const at = await liuRow(b);
  await signOff(b.port, { table: at.table, row: at.row, stage: 'first', reviewer: '王经理', date: TODAY });
}

export async function dashboard(b: Book): Promise<void> {
  const result = await writeDashboard(b.port, { period: '2026-10', lang: 'zh-CN' });
  if (!result.written) throw new Error(`dashboard refused: ${result.message}`);
}

/** What a test compares: every cell, table, name and chart (not the selection or active sheet). */
export function contents(fake: FakeExcel): Omit<WorkbookSnapshot, 'activeSheet' | 'selection'> {
  const { activeSheet: _a, selection: _s, ...rest } = fake.snapshot();
  return rest;
}
