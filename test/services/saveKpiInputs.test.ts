/**
 * The KPI input services over the memory port (the preview's workbook) on a generated workbook with
 * the demo data and a started period: reading a row for the form, saving checked values in one
 * write, refusing bad ones with messages that name the field, and never writing into a row that
 * no longer holds the staff member meant.
 */
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import type { WorkbookPort, WriteOp } from '../../src/core/port/types';
import type { Lang } from '../../src/core/model/types';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { startPeriod } from '../../src/core/services/startPeriod';
import { periodSummary } from '../../src/core/services/periodSummary';
import { kpiInputIssues, readKpiInputs, saveKpiInputs } from '../../src/core/services/api';
import type { SummaryRow } from '../../src/core/services/periodSummary';
import { SCHEME_L4, SCHEME_S1 } from '../../src/core/kpi/schemes';
import { defaultParamMap } from '../../src/core/kpi/params';
import { serialOf } from '../../src/core/kpi/dates';

/** 2026-11-10: the demo data holds 2026-08 … 2026-10; 2026-11 is started empty. */
const TODAY = serialOf(2026, 11, 10);
const PERIOD = '2026-11';

/** S1 inputs that score A (93) with the default parameters, by key. */
const S1_A = {
  planSales: 100, actualSales: 112, prevSales: 90, planNewCustomers: 2, actualNewCustomers: 3, marketInfo: 9, teamwork: 9,
  knowledge: 10, judgement: 4, communication: 6, attendanceDays: 26, lateCount: 0, unreportedCount: 2, unreportedDeduction: 0,
  violations: 0, responsibility: 5, complaints: 0,
};

async function startedBook(lang: Lang = 'zh-CN'): Promise<MemoryPort> {
  const port = new MemoryPort();
  const plan = await generateWorkbook(port, { model: WORKBOOK_MODEL, lang, validationFor: excelValidationFor, sampleAsOf: TODAY });
  expect(plan.conflicts).toEqual([]);
  const started = await startPeriod(port, { period: PERIOD, lang: 'zh-CN' });
  expect(started.error).toBeUndefined();
  return port;
}

async function rowOf(port: WorkbookPort, name: string): Promise<SummaryRow> {
  const summary = await periodSummary(port, { period: PERIOD });
  const row = summary.rows.find((r) => r.name === name);
  if (!row) throw new Error(`${name} has no ${PERIOD} row`);
  return row;
}

/** Counts apply calls (each is one write round trip). */
function counting(port: WorkbookPort): { port: WorkbookPort; applied: WriteOp[][] } {
  const applied: WriteOp[][] = [];
  return {
    applied,
    port: {
      readStructure: () => port.readStructure(),
      readTables: (names, progress) => port.readTables(names, progress),
      activeCell: () => port.activeCell(),
      apply: (ops, progress) => {
        applied.push([...ops]);
        return port.apply(ops, progress);
      },
      select: (sheet, address) => port.select(sheet, address),
    },
  };
}

describe('readKpiInputs', () => {
  it('gives the scheme, the row and every input with its header, prefills as derived values that follow the logs', async () => {
    const port = await startedBook();
    const liu = await rowOf(port, '刘芳');
    const snap = await readKpiInputs(port, { table: liu.table, row: liu.row, period: PERIOD, staffId: liu.staffId, lang: 'zh-CN' });
    expect(snap).toMatchObject({ table: 'KpiS1', row: liu.row, scheme: 'S1', period: PERIOD, staffId: liu.staffId, name: '刘芳', missingColumns: [] });
    expect(snap.fields.map((f) => f.key)).toEqual(SCHEME_S1.inputs.map((i) => i.key));
    expect(snap.fields.find((f) => f.key === 'marketInfo')).toEqual({ key: 'marketInfo', header: '市场信息收集', value: null });
    // The target comes from the demo Targets row of this period (one row found).
    expect(snap.fields[0]).toMatchObject({ key: 'planSales', header: '计划销售额(万元)', value: null, auto: true, derivedRows: 1 });
    expect(typeof snap.fields[0]!.derived).toBe('number');
    // The memory port does not compute formulas: the prefill cell reads empty, and counts as automatic.
    const newCustomers = snap.fields.find((f) => f.key === 'actualNewCustomers');
    expect(newCustomers).toMatchObject({ header: '实际新客户数', value: null, auto: true });
    expect(typeof newCustomers?.derived).toBe('number');
    expect(snap.periodEnd).toBe(serialOf(2026, 11, 30));
    expect(snap.params.get('s1.unreported.limit')).toBe(5);
  });

  it('refuses a row that no longer holds the staff member meant, and a table that is not a scheme table', async () => {
    const port = await startedBook();
    const liu = await rowOf(port, '刘芳');
    await expect(readKpiInputs(port, { table: liu.table, row: liu.row, staffId: 'E999', lang: 'zh-CN' })).rejects.toMatchObject({
      name: 'PortError',
      code: 'conflict',
      message: expect.stringMatching(/已不是 E999 的记录.*请刷新考核汇总后重试/),
    });
    await expect(readKpiInputs(port, { table: 'Staff', row: 2, lang: 'en-US' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('not a KPI scheme table') });
    await expect(readKpiInputs(port, { table: 'KpiS1', row: 9999, lang: 'zh-CN' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('第 9999 行不在表格 KpiS1 中') });
  });
});

describe('saveKpiInputs', () => {
  it('writes valid inputs in one setCells and the row scores (S1 → A)', async () => {
    const base = await startedBook();
    const liu = await rowOf(base, '刘芳');
    expect(liu.status).toBe('待录入');
    const { port, applied } = counting(base);
    const result = await saveKpiInputs(port, { table: liu.table, row: liu.row, period: PERIOD, staffId: liu.staffId, lang: 'zh-CN', values: S1_A });
    expect(result).toEqual({ saved: true, written: 17, issues: [] });
    expect(applied).toHaveLength(1);
    expect(applied[0]).toHaveLength(1);
    expect(applied[0]![0]).toMatchObject({ op: 'setCells', table: 'KpiS1' });
    const after = await rowOf(base, '刘芳');
    expect(after).toMatchObject({ status: '正常', grade: 'A', total: 93 });
  });

  it('refuses invalid values without writing, naming each field in the chosen language', async () => {
    const base = await startedBook();
    const liu = await rowOf(base, '刘芳');
    const { port, applied } = counting(base);
    const bad = { ...S1_A, planSales: 0, judgement: 3.7, knowledge: 10.5, attendanceDays: 31, unreportedDeduction: 1, responsibility: 4, marketInfo: '九' };
    const result = await saveKpiInputs(port, { table: liu.table, row: liu.row, lang: 'zh-CN', values: bad });
    expect(applied).toEqual([]);
    expect(result.saved).toBe(false);
    expect(Object.fromEntries(result.issues.map((i) => [i.key, i.message]))).toEqual({
      planSales: '「计划销售额(万元)」必须大于 0(它是比率的分母)。',
      marketInfo: '「市场信息收集」须为 0–10 之间的数字。',
      knowledge: '「专业知识」须为 0–10 的整数。',
      judgement: '「分析判断能力」只能是 4、3.5、3 或 2.5。',
      responsibility: '「责任感」须为 0–3 之间的数字,或 5、4.5。',
      attendanceDays: '「实际出勤天数」不能超过本月的天数(30 天)。',
      unreportedDeduction: '「未报到直接下市场次数」不超过 5 次时,「未报到扣分」只能为 0。',
    });
    const en = await saveKpiInputs(port, { table: liu.table, row: liu.row, lang: 'en-US', values: { judgement: 3.7 } });
    expect(en.issues).toEqual([{ key: 'judgement', kind: 'invalid', message: '"Judgement" must be 4, 3.5, 3 or 2.5.' }]);
  });

  it('checks a value against the rest of the row, but not the cells it does not write', async () => {
    const base = await startedBook();
    const liu = await rowOf(base, '刘芳');
    await saveKpiInputs(base, { table: liu.table, row: liu.row, lang: 'zh-CN', values: { unreportedCount: 7, unreportedDeduction: 1 } });
    // Lowering the count makes the stored deduction wrong: refused, on the deduction.
    const lower = await saveKpiInputs(base, { table: liu.table, row: liu.row, lang: 'zh-CN', values: { unreportedCount: 3 } });
    expect(lower.issues.map((i) => [i.key, i.kind])).toEqual([['unreportedDeduction', 'deductionNotAllowed']]);
    // A bad cell typed in the grid does not block saving another input.
    await base.apply([{ op: 'setCells', table: 'KpiS1', cells: [{ row: liu.row, header: '团队协作', value: 'abc' }] }]);
    expect(await saveKpiInputs(base, { table: liu.table, row: liu.row, lang: 'zh-CN', values: { planSales: 80 } })).toEqual({ saved: true, written: 1, issues: [] });
  });

  it('writes yes/no as 是/否, empties with null, keeps text that looks like a formula out of number cells', async () => {
    const base = await startedBook();
    const wang = await rowOf(base, '王建国');
    expect(wang.table).toBe('KpiL4');
    const ok = await saveKpiInputs(base, { table: wang.table, row: wang.row, lang: 'zh-CN', values: { staffLoss: '否', profit: -20, deptRevenue: null } });
    expect(ok).toEqual({ saved: true, written: 3, issues: [] });
    const snap = await readKpiInputs(base, { table: wang.table, row: wang.row, lang: 'zh-CN' });
    expect(Object.fromEntries(snap.fields.map((f) => [f.key, f.value]))).toMatchObject({ staffLoss: '否', profit: -20, deptRevenue: null });
    const bad = await saveKpiInputs(base, { table: wang.table, row: wang.row, lang: 'zh-CN', values: { staffLoss: 'yes', profit: '=1+1' } });
    expect(bad.issues.map((i) => i.message)).toEqual(['「利润额(万元)」须为数字。', '「人员重大流失或项目无报备流失」只能填「是」或「否」。']);
  });

  it.each(['zh-CN', 'en-US'] as const)('overrides a prefilled input with a number, and gives it back its formula on request (%s workbook)', async (lang) => {
    const base = await startedBook(lang);
    const zhang = await rowOf(base, '张晓梅');
    const ref = { table: zhang.table, row: zhang.row, lang };
    const header = (await readKpiInputs(base, ref)).fields.find((f) => f.key === 'followed')!.header;
    const col = async () => {
      const t = (await base.readTables([zhang.table]))[0]!;
      return { t, j: t.headers.indexOf(header) };
    };
    const { t, j } = await col();
    const formula = base.formulaAt(t.sheet, zhang.row, t.firstCol + j);
    expect(formula).toMatch(/^=IFERROR\(/);

    await saveKpiInputs(base, { ...ref, values: { followed: 3 } });
    const over = (await readKpiInputs(base, ref)).fields.find((f) => f.key === 'followed');
    expect(over).toMatchObject({ value: 3, auto: false });
    expect(base.formulaAt(t.sheet, zhang.row, t.firstCol + j)).toBeUndefined();

    expect(await saveKpiInputs(base, { ...ref, values: {}, auto: ['followed'] })).toEqual({ saved: true, written: 1, issues: [] });
    expect(base.formulaAt(t.sheet, zhang.row, t.firstCol + j)).toBe(formula);
    // Every L1 input is pre-filled now (issue #11): ask for an S1 input that is not.
    const liu = await rowOf(base, '刘芳');
    await expect(saveKpiInputs(base, { table: liu.table, row: liu.row, lang, values: {}, auto: ['marketInfo'] })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses an unknown input key or a row that moved, writing nothing', async () => {
    const base = await startedBook();
    const liu = await rowOf(base, '刘芳');
    const { port, applied } = counting(base);
    await expect(saveKpiInputs(port, { table: liu.table, row: liu.row, lang: 'zh-CN', values: { nope: 1 } })).rejects.toMatchObject({ code: 'conflict', message: '表格 KpiS1 没有考核项「nope」。' });
    await expect(saveKpiInputs(port, { table: liu.table, row: liu.row, period: '2026-10', lang: 'zh-CN', values: { planSales: 1 } })).rejects.toMatchObject({ code: 'conflict' });
    expect(applied).toEqual([]);
  });
});

describe('kpiInputIssues', () => {
  const context = { params: defaultParamMap(), periodEnd: serialOf(2026, 2, 28), lang: 'zh-CN' as const };

  it('leaves empty inputs alone: the row stays 待录入 until they are filled', () => {
    expect(kpiInputIssues(SCHEME_S1, {}, context)).toEqual([]);
  });

  it('checks attendance against the days of the period\'s month', () => {
    expect(kpiInputIssues(SCHEME_S1, { attendanceDays: 29 }, context).map((i) => i.message)).toEqual(['「实际出勤天数」不能超过本月的天数(28 天)。']);
    expect(kpiInputIssues(SCHEME_S1, { attendanceDays: 28 }, context)).toEqual([]);
  });

  it('accepts a loss as profit but not a negative amount of money', () => {
    expect(kpiInputIssues(SCHEME_L4, { profit: -5, deptRevenue: -1 }, { ...context, lang: 'en-US' }).map((i) => i.message)).toEqual([
      '"Department revenue (10k CNY)" must be a number of at least 0 (the unit is in the column name).',
    ]);
  });
});
