/**
 * The Scoring page's "where did this number come from" line (issue #11), on the sample workbook in the
 * memory port (the preview's workbook): readKpiInputs derives each pre-filled input and counts its
 * ledger rows with the reference, and prefillHint/originText turn that into the hint under the field,
 * in zh-CN and en-US: a staff member with ledger rows, one with none, and a typed value that wins over
 * the pre-fill (the hint still names the calculation and says the typed number replaces it).
 */
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import type { Lang } from '../../src/core/model/types';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { periodSummary } from '../../src/core/services/periodSummary';
import { readKpiInputs } from '../../src/core/services/api';
import type { KpiInputsSnapshot } from '../../src/core/services/saveKpiInputs';
import { SCHEME_L1, SCHEME_S1 } from '../../src/core/kpi/schemes';
import type { Scheme } from '../../src/core/kpi/types';
import { serialOf } from '../../src/core/kpi/dates';
import { initialDraft } from '../../src/taskpane/pages/Scoring/KpiInputs/kpiInputsDraft';
import { originText, prefillHint } from '../../src/taskpane/pages/Scoring/KpiInputs/prefillHint';
import { UI_ZH_CN } from '../../src/i18n/ui.zh-CN';
import { UI_EN_US } from '../../src/i18n/ui.en-US';

/** The sample as of 2026-11-10 holds 2026-08 … 2026-10; its records give 刘芳 183 of sales in 2026-10 (3 Revenue rows). */
const TODAY = serialOf(2026, 11, 10);
const PERIOD = '2026-10';
const STRINGS = { 'zh-CN': UI_ZH_CN.scoring.inputs, 'en-US': UI_EN_US.scoring.inputs } as const;

async function sampleBook(lang: Lang): Promise<MemoryPort> {
  const port = new MemoryPort();
  const plan = await generateWorkbook(port, { model: WORKBOOK_MODEL, lang, validationFor: excelValidationFor, sampleAsOf: TODAY });
  expect(plan.conflicts).toEqual([]);
  return port;
}

async function inputsOf(port: MemoryPort, name: string, lang: Lang): Promise<KpiInputsSnapshot> {
  const row = (await periodSummary(port, { period: PERIOD })).rows.find((r) => r.name === name);
  if (!row) throw new Error(`${name} has no ${PERIOD} row`);
  return readKpiInputs(port, { table: row.table, row: row.row, period: PERIOD, staffId: row.staffId, lang });
}

/** The hint the form shows under `key`, from the snapshot and the draft the form starts with. */
function hintOf(scheme: Scheme, snap: KpiInputsSnapshot, key: string, lang: Lang): { hint: string | undefined; origin: string; text: string } {
  const input = scheme.inputs.find((i) => i.key === key)!;
  const field = snap.fields.find((f) => f.key === key)!;
  const draft = initialDraft(snap)[key]!;
  return { hint: prefillHint(input, field, draft.override, STRINGS[lang]), origin: originText(input, field, STRINGS[lang]), text: draft.text };
}

describe.each([
  ['zh-CN', {
    sales: '实际销售额(万元) 183 = 业绩台账 3 行',
    salesHint: '自动计算(由业绩台账得出):183 实际销售额(万元) 183 = 业绩台账 3 行',
    plan: '计划销售额(万元) 200 = 销售指标 1 行',
    none: '实际销售额(万元):业绩台账中没有对应记录',
    typedHint: '自动计算(由业绩台账得出):183 实际销售额(万元) 183 = 业绩台账 3 行 勾选后,填写的数值将替代自动计算的结果。',
    overdue: '逾期应收账款(万元) 130 = 应收账款 1 行',
  }],
  ['en-US', {
    sales: 'Actual sales (10k CNY) 183 = Revenue, 3 rows',
    salesHint: 'Calculated automatically (from Revenue): 183 Actual sales (10k CNY) 183 = Revenue, 3 rows',
    plan: 'Planned sales (10k CNY) 200 = Targets, 1 row',
    none: 'Actual sales (10k CNY): no matching rows in Revenue',
    typedHint: 'Calculated automatically (from Revenue): 183 Actual sales (10k CNY) 183 = Revenue, 3 rows When ticked, the number you enter replaces the calculated one.',
    overdue: 'Overdue receivables (10k CNY) 130 = Receivables, 1 row',
  }],
] as const)('the origin of pre-filled numbers, %s', (lang, want) => {
  let port: MemoryPort;
  beforeAll(async () => {
    port = await sampleBook(lang);
  });

  it('names the ledger and its row count for a staff member with ledger rows', async () => {
    const liu = await inputsOf(port, '刘芳', lang);
    const sales = hintOf(SCHEME_S1, liu, 'actualSales', lang);
    expect(sales.origin).toBe(want.sales);
    expect(sales.hint).toBe(want.salesHint);
    // Following the pre-fill: the field shows no typed text of its own.
    expect(sales.text).toBe('');
    expect(hintOf(SCHEME_S1, liu, 'planSales', lang).origin).toBe(want.plan);
    // 上期销售额: last month's rows (2026-09: two customers landed by then).
    expect(hintOf(SCHEME_S1, liu, 'prevSales', lang).origin).toMatch(/ 150 = .* 2 /);
    // A typed input has no origin.
    expect(hintOf(SCHEME_S1, liu, 'marketInfo', lang).origin).toBe('');
    // 张晓梅's 逾期应收账款 is the month's one overdue invoice (the paid ones add nothing and are not named);
    // follow-ups count customers, not rows.
    const zhang = await inputsOf(port, '张晓梅', lang);
    expect(hintOf(SCHEME_L1, zhang, 'overdue', lang).origin).toBe(want.overdue);
    expect(hintOf(SCHEME_L1, zhang, 'followed', lang).origin).toBe('');
  });

  it('says there is no matching row for a staff member with none', async () => {
    const zhao = await inputsOf(port, '赵磊', lang);
    const sales = hintOf(SCHEME_S1, zhao, 'actualSales', lang);
    expect(zhao.fields.find((f) => f.key === 'actualSales')).toMatchObject({ derived: 0, derivedRows: 0, auto: true });
    expect(sales.origin).toBe(want.none);
    expect(sales.hint).toContain(want.none);
  });

  it('keeps naming the calculation when a typed value overrides the pre-fill, and the typed value wins', async () => {
    const liu = (await periodSummary(port, { period: PERIOD })).rows.find((r) => r.name === '刘芳')!;
    expect(liu.total).toBe(79.5);
    const header = lang === 'zh-CN' ? SCHEME_S1.inputs[1]!.header.zh : SCHEME_S1.inputs[1]!.header.en;
    await port.apply([{ op: 'setCells', table: 'KpiS1', cells: [{ row: liu.row, header, value: 190 }] }]);
    const snap = await inputsOf(port, '刘芳', lang);
    expect(snap.fields.find((f) => f.key === 'actualSales')).toMatchObject({ value: 190, derived: 183, derivedRows: 3, auto: false });
    const sales = hintOf(SCHEME_S1, snap, 'actualSales', lang);
    expect(sales.text).toBe('190');
    expect(sales.hint).toBe(want.typedHint);
    // Scored with 190: 190 / 200 = 95 % is still one step short (24), growth 40 gives 4 instead of 3.
    expect((await periodSummary(port, { period: PERIOD })).rows.find((r) => r.name === '刘芳')!.total).toBe(80.5);
  });
});
