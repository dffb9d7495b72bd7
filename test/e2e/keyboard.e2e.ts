/**
 * The director's month with the keyboard alone (Tab, Shift+Tab, arrow keys, Enter, Space, Escape;
 * no mouse): generate with sample data, check and select a problem with Enter, start a period,
 * enter the KPI inputs in the Scoring page's form, read the grades, and export for HR.
 */
import { NOVEMBER_INPUTS, enterInputsByKeyboard, inputsForm, openInputsButton, waitForFocusIn } from './support/kpiInputs';
import { isFocused, openTabByKeyboard, tabTo } from './support/keyboard';
import { panel, selectionStatus, waitForCounts, waitForOutcome } from './support/pane';
import { foreignRequests, openPreview, screenshot, startSession } from './support/session';
import type { PreviewPage, Session } from './support/session';

const TODAY = '2026-11-10';
const PERIOD = '2026-11';

let session: Session;
let p: PreviewPage | undefined;

beforeAll(async () => {
  session = await startSession();
}, 60_000);

afterAll(async () => {
  await p?.context.close();
  await session?.close();
});

test('the month with the keyboard alone (zh-CN)', async () => {
  p = await openPreview(session, { today: TODAY });
  const { page } = p;
  page.setDefaultTimeout(20_000);
  await page.getByRole('heading', { name: '生成/升级工作簿', level: 2 }).waitFor();

  // 1. Generate with sample data: Space ticks the checkbox, Enter presses the button.
  const forms = panel(page, 'forms');
  await forms.getByText('将要进行的更改').waitFor();
  await tabTo(page, forms.getByRole('checkbox', { name: /填入示例数据/ }));
  await page.keyboard.press('Space');
  expect(await forms.getByRole('checkbox', { name: /填入示例数据/ }).isChecked()).toBe(true);
  await forms.getByText(/新建表格 Customers[((]\d+ 行[))]/).waitFor();
  await tabTo(page, forms.getByRole('button', { name: '生成/升级工作簿' }));
  await page.keyboard.press('Enter');
  await waitForOutcome(forms, /工作簿已生成\/升级,共 \d+ 项更改/, 60_000);

  // 2. Check, then select a problem's cell with Enter.
  await openTabByKeyboard(page, '检查');
  const check = panel(page, 'check');
  await tabTo(page, check.getByRole('button', { name: '检查工作簿' }));
  await page.keyboard.press('Enter');
  await check.getByText(/^错误 \d+ 个,警告 \d+ 个$/).waitFor({ timeout: 60_000 });
  const problem = check.locator('ul button').first();
  const sheet = await problem.locator('xpath=ancestor::section[@aria-label][1]').getAttribute('aria-label');
  await tabTo(page, problem);
  await page.keyboard.press('Enter');
  await page.getByText(new RegExp(`^已选中:${(sheet ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}!`)).waitFor();
  expect(await selectionStatus(page).getAttribute('aria-live')).toBe('polite');

  // 3. Start a period: the month picker is a native select, so the arrow keys change it.
  await openTabByKeyboard(page, '考核');
  const scoring = panel(page, 'scoring');
  const month = scoring.getByRole('combobox', { name: '考核期间 月' });
  await tabTo(page, month);
  expect(await month.inputValue()).toBe('10');
  await page.keyboard.press('ArrowDown');
  expect(await month.inputValue()).toBe('11');
  await scoring.getByText('该期间还没有考核记录。请先新建考核期。').waitFor();
  await tabTo(page, scoring.getByRole('button', { name: '新建考核期' }));
  await page.keyboard.press('Enter');
  await waitForOutcome(scoring, new RegExp(`已为 \\d+ 位员工新建 ${PERIOD} 考核期`));

  // 4. Inputs through the form. Escape closes a form without saving and gives focus back to its button.
  const zhao = openInputsButton(scoring, '赵磊');
  await tabTo(page, zhao);
  await page.keyboard.press('Enter');
  await waitForFocusIn(inputsForm(scoring, '赵磊'));
  await page.keyboard.press('Escape');
  await inputsForm(scoring, '赵磊').waitFor({ state: 'detached' });
  expect(await isFocused(zhao)).toBe(true);
  // 赵磊 is exempt this month (hired 40 days ago): the others are enough for every row to be scored.
  const schemes: string[] = [];
  for (const name of ['张晓梅', '陈浩', '李思远', '王建国']) schemes.push(await enterInputsByKeyboard(page, scoring, name, NOVEMBER_INPUTS));
  // Back up the list for the first row, 刘芳 (S1).
  await tabTo(page, openInputsButton(scoring, '刘芳'), { back: true });
  schemes.push(await enterInputsByKeyboard(page, scoring, '刘芳', NOVEMBER_INPUTS));
  expect(schemes).toEqual(['L1', 'L1', 'L3', 'L4', 'S1']);

  // 5. The grades, refreshed after each save.
  const counts = await waitForCounts(page, '各等级人数', (c) => c['待录入'] === 0);
  expect(counts).toEqual({ A: 1, B: 1, C: 1, D: 2, 免考: 1, 待录入: 0, 输入有误: 0 });
  await screenshot(page, 'zh-CN-keyboard-scoring');

  // 6. Export for HR.
  await openTabByKeyboard(page, '导出');
  const exp = panel(page, 'export');
  for (const name of ['起始期间 月', '截止期间 月']) {
    const select = exp.getByRole('combobox', { name });
    await tabTo(page, select);
    await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe('11');
  }
  await tabTo(page, exp.getByRole('button', { name: '导出给人力资源部' }));
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`绩效考核_${PERIOD}.xlsx`);
  await waitForOutcome(exp, `已下载「绩效考核_${PERIOD}.xlsx」。`);
  await screenshot(page, 'zh-CN-keyboard-export');

  expect(foreignRequests(p)).toEqual([]);
  expect(p.errors).toEqual([]);
});
