/**
 * The director's month in the browser preview, by mouse, in zh-CN (SPEC §1): generate the workbook
 * with sample data, check it and jump to a problem's cell, start a period, enter the inputs in the
 * Scoring page's form, read the grades, and export for HR. Each page is screenshotted (test-artifacts/screenshots/), checked
 * with axe (no serious or critical violation) and for controls without a name. Nothing may leave
 * the page's origin. A shorter walk in en-US follows.
 *
 * "Today" is fixed at 2026-11-10 (?today=): the sample data then holds 2026-08 … 2026-10, and the
 * new period is 2026-11.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { openXlsxBuffer } from '../../src/adapters/xlsx';
import { axeReport, unnamedControls } from './support/a11y';
import { NOVEMBER_INPUTS, enterInputsByMouse, inputsForm, openInputsButton } from './support/kpiInputs';
import { isFocused } from './support/keyboard';
import { panel, selectionStatus, waitForCounts, waitForOutcome } from './support/pane';
import type { PageId } from './support/pane';
import { ARTIFACTS } from './support/paths';
import { foreignRequests, openPreview, screenshot, startSession } from './support/session';
import type { PreviewPage, Session } from './support/session';

const TODAY = '2026-11-10';
const PERIOD = '2026-11';
const COUNTS = '各等级人数';

let session: Session;

beforeAll(async () => {
  session = await startSession();
}, 60_000);

afterAll(async () => {
  await session?.close();
});

/** Runs one step; a failure names the step. */
async function step(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    e.message = `[${name}] ${e.message}`;
    throw e;
  }
}

/** axe and the accessibility tree, for the page state on screen. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const { serious, naming } = await axeReport(page);
  expect({ where, serious }).toEqual({ where, serious: [] });
  expect({ where, naming }).toEqual({ where, naming: [] });
  const { count, unnamed } = await unnamedControls(page);
  expect(count).toBeGreaterThan(0);
  expect({ where, unnamed }).toEqual({ where, unnamed: [] });
}

async function openTab(page: Page, name: string, id: PageId): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await panel(page, id).waitFor({ state: 'visible' });
}

async function visibleTexts(page: Page, texts: readonly string[]): Promise<void> {
  for (const text of texts) await page.getByText(text).filter({ visible: true }).first().waitFor();
}

describe('the director\'s month in the preview', () => {
  let p: PreviewPage;

  afterEach(async () => {
    await p?.context.close();
  });

  test('zh-CN, by mouse: generate, check, start a period, enter inputs, grades, export for HR', async () => {
    p = await openPreview(session, { today: TODAY });
    const { page } = p;
    page.setDefaultTimeout(20_000);

    await step('the preview host', async () => {
      await page.getByRole('heading', { name: '生成/升级工作簿', level: 2 }).waitFor();
      await visibleTexts(page, ['预览模式 — 未连接 Excel,数据只保存在本页内存中', '大客户工作台', '尚未选中单元格']);
      for (const tab of ['表单', '检查', '考核', '导出', '设置']) await page.getByRole('tab', { name: tab }).waitFor();
      // No office.js: the App runs on the preview host alone.
      expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('undefined');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    });

    await step('1. generate with sample data', async () => {
      const forms = panel(page, 'forms');
      await forms.getByText('将要进行的更改').waitFor();
      await forms.getByText(/新建工作表「拜访日报」/).waitFor();
      await visibleTexts(page, ['工作簿语言', '填入示例数据']);
      await screenshot(page, 'zh-CN-1-forms-preview');
      await expectAccessible(page, 'forms (preview of changes)');

      await forms.getByRole('checkbox', { name: /填入示例数据/ }).check();
      // The preview is redone with the sample's rows.
      await forms.getByText(/新建表格 Customers[((]\d+ 行[))]/).waitFor();
      await forms.getByRole('button', { name: '生成/升级工作簿' }).click();
      const done = await waitForOutcome(forms, /工作簿已生成\/升级,共 \d+ 项更改/, 60_000);
      expect(done).toMatch(/共 [1-9]\d* 项更改/);
      await forms.getByText('工作簿已是最新版本,无需更改。').waitFor();
      await screenshot(page, 'zh-CN-2-forms-generated');
      await expectAccessible(page, 'forms (generated)');
    });

    await step('2. check, and select a problem\'s cell', async () => {
      await openTab(page, '检查', 'check');
      const check = panel(page, 'check');
      await visibleTexts(page, ['检查数据', '点击「检查工作簿」开始检查。']);
      await check.getByRole('button', { name: '检查工作簿' }).click();
      const summary = await check.getByText(/^错误 \d+ 个,警告 \d+ 个$/).textContent({ timeout: 60_000 });
      const [, errors, warnings] = /^错误 (\d+) 个,警告 (\d+) 个$/.exec(summary ?? '') ?? [];
      // The sample is valid (no errors) but realistic: some warnings to follow up.
      expect(Number(errors)).toBe(0);
      expect(Number(warnings)).toBeGreaterThan(0);
      await check.getByText(`警告 ${warnings}`, { exact: true }).waitFor();
      await check.getByText('点击问题(或按 Enter)可在工作表中选中对应单元格。').waitFor();

      const first = check.locator('ul button').first();
      const sheet = await first.locator('xpath=ancestor::section[@aria-label][1]').getAttribute('aria-label');
      expect(sheet).toBeTruthy();
      await first.click();
      await page.getByText(new RegExp(`^已选中:${escapeRe(sheet as string)}!\\$?[A-Z]{1,3}\\$?\\d+`)).waitFor();
      const where = ((await selectionStatus(page).textContent()) ?? '').replace(/^已选中:/, '');
      // The inspector shows the table around that cell, so a person sees what was selected.
      await page.getByRole('button', { name: '查看选中位置' }).click();
      await page.getByRole('table').filter({ hasText: `${where} 附近` }).waitFor();
      await page.getByRole('cell', { name: /已选中/ }).waitFor();
      await screenshot(page, 'zh-CN-3-check');
      await expectAccessible(page, 'check (problem selected, inspector open)');
      await page.getByRole('button', { name: '查看选中位置' }).click();
    });

    let added = 0;
    await step('3. start a period', async () => {
      await openTab(page, '考核', 'scoring');
      const scoring = panel(page, 'scoring');
      await visibleTexts(page, ['绩效考核', '考核期间', '新建考核期', '考核汇总']);
      // Last month (2026-10) is in the sample: its grades, and its D grades with what to do.
      await waitForCounts(page, COUNTS, (c) => (c.A ?? 0) + (c.B ?? 0) + (c.C ?? 0) + (c.D ?? 0) > 0);
      await scoring.getByText('D 等级人员与处理建议').waitFor();

      await scoring.getByRole('combobox', { name: '考核期间 月' }).selectOption('11');
      await scoring.getByText('该期间还没有考核记录。请先新建考核期。').waitFor();
      await scoring.getByRole('button', { name: '新建考核期' }).click();
      const started = await waitForOutcome(scoring, new RegExp(`已为 \\d+ 位员工新建 ${PERIOD} 考核期`));
      added = Number(/已为 (\d+) 位/.exec(started)?.[1]);
      expect(added).toBeGreaterThan(0);
      // Nothing entered yet: everyone not exempt is waiting for inputs.
      const counts = await waitForCounts(page, COUNTS, (c) => (c['待录入'] ?? 0) > 0);
      expect(sum(counts)).toBe(added);
    });

    await step('4. enter the inputs through the form, by mouse', async () => {
      const scoring = panel(page, 'scoring');
      // Every staff member of the period has a 录入 button.
      expect(await scoring.getByRole('button', { name: /^录入 / }).count()).toBe(added);

      // The form checks as it goes and refuses to save a bad value, saying what to fix.
      await openInputsButton(scoring, '刘芳').click();
      const form = inputsForm(scoring, '刘芳');
      const days = form.getByRole('textbox', { name: '实际出勤天数', exact: true });
      await days.waitFor();
      await form.getByText('2026-11 · 方案 S1').waitFor();
      expect(await openInputsButton(scoring, '刘芳').getAttribute('aria-expanded')).toBe('true');
      await form.getByText('自动计算(由开发阶段得出):', { exact: false }).waitFor();
      await form.getByRole('combobox', { name: '分析判断能力', exact: true }).selectOption('3.5');
      await days.fill('31');
      await form.getByText('「实际出勤天数」不能超过本月的天数(30 天)。').waitFor();
      await form.getByRole('button', { name: '保存', exact: true }).click();
      await form.getByText('有 1 项需要修改,请按提示修改后再保存。').waitFor();
      expect(await isFocused(days)).toBe(true);
      await screenshot(page, 'zh-CN-4-inputs-form');
      await expectAccessible(page, 'scoring (input form with a validation message)');
      // 取消 writes nothing and gives focus back to the button.
      await form.getByRole('button', { name: '取消', exact: true }).click();
      await form.waitFor({ state: 'detached' });
      expect(await isFocused(openInputsButton(scoring, '刘芳'))).toBe(true);
      expect((await waitForCounts(page, COUNTS, () => true))['待录入']).toBeGreaterThan(0);

      const schemes: string[] = [];
      for (const name of ['刘芳', '赵磊', '张晓梅', '陈浩', '李思远', '王建国']) schemes.push(await enterInputsByMouse(scoring, name, NOVEMBER_INPUTS));
      expect(schemes).toEqual(['S1', 'S1', 'L1', 'L1', 'L3', 'L4']);
    });

    await step('5. see the grades', async () => {
      const scoring = panel(page, 'scoring');
      // Each save refreshed the summary.
      const counts = await waitForCounts(page, COUNTS, (c) => c['待录入'] === 0);
      // Six staff in the sample; 赵磊 was hired 40 days ago, so this month is exempt (免考).
      expect(counts).toEqual({ A: 1, B: 1, C: 1, D: 2, 免考: 1, 待录入: 0, 输入有误: 0 });
      for (const text of ['A:1 人', 'D:2 人', '免考:1 人']) await scoring.getByText(text, { exact: true }).waitFor();
      // D grades come with the consequence (004 ch. 3-3.2); the sample's second L1 member had D twice before.
      const dSection = scoring.getByRole('region', { name: 'D 等级人员与处理建议' });
      expect(await dSection.getByRole('listitem').count()).toBe(2);
      await dSection.getByText(/连续 D 3 次/).waitFor();
      await dSection.getByText('调岗或解除劳动关系').first().waitFor();
      await screenshot(page, 'zh-CN-4-scoring');
      await expectAccessible(page, 'scoring (grades)');
    });

    await step('6. export for HR', async () => {
      await openTab(page, '导出', 'export');
      const exp = panel(page, 'export');
      await visibleTexts(page, ['导出给人力资源部', '导出文件不含任何客户资料、联系人或个人信息列。', '起始期间', '截止期间']);
      await exp.getByRole('combobox', { name: '起始期间 月' }).selectOption('11');
      await exp.getByRole('combobox', { name: '截止期间 月' }).selectOption('11');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        exp.getByRole('button', { name: '导出给人力资源部' }).click(),
      ]);
      const fileName = download.suggestedFilename();
      expect(fileName).toBe(`绩效考核_${PERIOD}.xlsx`);
      await waitForOutcome(exp, `已下载「${fileName}」。`);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, fileName);
      await download.saveAs(file);
      await expectHrExport(file, added);
      await screenshot(page, 'zh-CN-5-export');
      await expectAccessible(page, 'export (downloaded)');
    });

    await step('settings page', async () => {
      await openTab(page, '设置', 'settings');
      const settings = panel(page, 'settings');
      await visibleTexts(page, ['界面语言', 'KPI 参数']);
      await settings.getByRole('button', { name: '保存参数' }).waitFor();
      expect(await settings.getByRole('textbox', { name: / 的值$/ }).count()).toBeGreaterThan(0);
      await screenshot(page, 'zh-CN-6-settings');
      await expectAccessible(page, 'settings');
    });

    await step('no request left the page\'s origin, and nothing threw', async () => {
      expect(p.requests.length).toBeGreaterThan(0);
      expect(foreignRequests(p)).toEqual([]);
      expect(p.errors).toEqual([]);
    });
  });

  test('dashboard: the preview records the charts (it does not draw them)', async () => {
    p = await openPreview(session, { today: TODAY, page: 'forms' });
    const { page } = p;
    page.setDefaultTimeout(20_000);
    const forms = panel(page, 'forms');
    await forms.getByRole('checkbox', { name: /填入示例数据/ }).check();
    await forms.getByText(/新建表格 Customers[((]\d+ 行[))]/).waitFor();
    await forms.getByRole('button', { name: '生成/升级工作簿' }).click();
    await waitForOutcome(forms, /工作簿已生成\/升级/, 60_000);

    // Last month (2026-10, in the sample) is the default period.
    await openTab(page, '考核', 'scoring');
    const scoring = panel(page, 'scoring');
    await waitForCounts(page, COUNTS, (c) => (c.A ?? 0) + (c.B ?? 0) + (c.C ?? 0) + (c.D ?? 0) > 0);
    await scoring.getByRole('button', { name: /写入仪表板/ }).click();
    // The service's own message: what was written, where.
    await waitForOutcome(scoring, /^已在「仪表板」工作表写入 2026-10 的仪表板:等级分布,以及 6 名员工近 12 期的总分。$/, 60_000);
    const charts = await page.evaluate(() => (window as unknown as { __kaPreview: { port: { charts: unknown[] } } }).__kaPreview.port.charts.length);
    expect(charts).toBeGreaterThan(0);
    // The status bar's own parentheses are ASCII: escaped, they are text, not a regex group.
    await page.getByText(new RegExp(`^${escapeRe(`已记录 ${charts} 个图表(预览不绘制)`)}`)).waitFor();
    await screenshot(page, 'zh-CN-7-dashboard');
    expect(foreignRequests(p)).toEqual([]);
    expect(p.errors).toEqual([]);
  });

  test('en-US (?lang=en-US): English pane, bilingual banner, screenshots', async () => {
    p = await openPreview(session, { today: TODAY, lang: 'en-US' });
    const { page } = p;
    page.setDefaultTimeout(20_000);
    await page.getByRole('heading', { name: 'Generate or upgrade the workbook', level: 2 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await visibleTexts(page, ["Preview — not connected to Excel; data lives in this page's memory only", 'Key-Account Workbench', 'No cell selected yet']);
    for (const tab of ['Forms', 'Check', 'Scoring', 'Export', 'Settings']) await page.getByRole('tab', { name: tab }).waitFor();

    const forms = panel(page, 'forms');
    await forms.getByRole('checkbox', { name: /Fill in sample data/ }).check();
    await forms.getByRole('button', { name: 'Generate or upgrade' }).click();
    await forms.getByText(/^Done/).waitFor({ timeout: 60_000 });
    await screenshot(page, 'en-US-1-forms-generated');
    await expectAccessible(page, 'en-US forms');

    await openTab(page, 'Scoring', 'scoring');
    await page.getByRole('heading', { name: 'KPI scoring', level: 2 }).waitFor();
    // Last month (2026-10) is in the sample: graded, with a D among them.
    const counts = await waitForCounts(page, 'Staff per grade', (c) => (c.D ?? 0) > 0);
    expect(Object.keys(counts)).toEqual(expect.arrayContaining(['A', 'B', 'C', 'D', 'Exempt']));
    await screenshot(page, 'en-US-2-scoring');
    await expectAccessible(page, 'en-US scoring');
    expect(foreignRequests(p)).toEqual([]);
    expect(p.errors).toEqual([]);
  });
});

test('URL parameters that cannot be used are reported, not silently ignored', async () => {
  const p = await openPreview(session, { today: '2026-13-01', lang: 'en-US' });
  try {
    await p.page.getByText('today=2026-13-01').waitFor();
    // The UI still starts, in English.
    await p.page.getByRole('tab', { name: 'Forms' }).waitFor();
  } finally {
    await p.context.close();
  }
});

/** The HR workbook: scores and staff basics only; no customer data and no personal column (SPEC §5). */
async function expectHrExport(file: string, rows: number): Promise<void> {
  const book = await openXlsxBuffer(new Uint8Array(fs.readFileSync(file)));
  const structure = await book.readStructure();
  const tables = structure.tables.map((t) => t.name);
  expect(tables).toContain('KpiSummary');
  const forbidden = tables.filter((t) => /^(Customers|Contacts|Competitors|FollowUps|CustomerValue|Visits|VisitDaily|RelationPlan|Gift.*|Reception.*)$/.test(t));
  expect(forbidden).toEqual([]);

  const personal = ['生日', '兴趣爱好', '联系电话', '电话', '地址', '客户名称', '面谈者', '所属单位', '入职日期', '转岗日期', '直属上级'];
  for (const t of structure.tables) {
    expect({ table: t.name, personal: t.headers.filter((h) => personal.includes(h)) }).toEqual({ table: t.name, personal: [] });
  }
  const staff = structure.tables.find((t) => t.name === 'Staff');
  if (staff) expect([...staff.headers].sort()).toEqual(['姓名', '岗位', '工号', '职级', '部门'].sort());

  const [summary] = await book.readTables(['KpiSummary']);
  expect(summary?.rows.length).toBe(rows);
  const iPeriod = summary?.headers.indexOf('期间') ?? -1;
  expect(iPeriod).toBeGreaterThanOrEqual(0);
  expect(new Set(summary?.rows.map((r) => r[iPeriod]))).toEqual(new Set([PERIOD]));
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
