/**
 * KPI inputs for the new period, entered through the Scoring page's input form (录入 ‹姓名›), by
 * mouse or by keyboard alone, as a director without the grid would.
 *
 * Values per scheme, by the form's labels (the zh-CN headers, SPEC §4), chosen to land in a known
 * grade with the default parameters (the same levels as the sample data, src/core/kpi/sample.ts).
 * Every input is given: the prefilled ones (新客户数, 有效跟进客户数 …) are overridden, so the grades
 * do not depend on how many visits the sample happens to hold in the new month.
 */
import type { Locator, Page } from 'playwright-core';
import { isFocused, tabTo } from './keyboard';

export type InputValues = Readonly<Record<string, number | string>>;

/** By scheme: S1 → A (93), L1 → D, L3 → B (86), L4 → C (61). */
export const NOVEMBER_INPUTS: Readonly<Record<string, InputValues>> = {
  S1: {
    '计划销售额(万元)': 100,
    '实际销售额(万元)': 112,
    '上期销售额(万元)': 90,
    计划新客户数: 2,
    实际新客户数: 3,
    市场信息收集: 9,
    团队协作: 9,
    专业知识: 10,
    分析判断能力: 4,
    沟通能力: 6,
    // November has 30 days: required attendance is 30 − 4.
    实际出勤天数: 26,
    迟到次数: 0,
    未报到直接下市场次数: 2,
    未报到扣分: 0,
    违反制度次数: 0,
    责任感: 5,
    客户投诉次数: 0,
  },
  L1: {
    '营业额目标(万元)': 500,
    '实际营业额(万元)': 300,
    新增客户目标数: 5,
    实际新增客户数: 2,
    '应收账款总额(万元)': 100,
    '逾期应收账款(万元)': 40,
    有效跟进客户数: 3,
  },
  L3: {
    '营业额目标(万元)': 300,
    '实际营业额(万元)': 290,
    '部门目标(万元)': 2000,
    '部门实际(万元)': 1400,
    新增客户目标数: 10,
    实际新增客户数: 8,
    '应收账款总额(万元)': 400,
    '逾期应收账款(万元)': 68,
    有效跟进客户数: 8,
  },
  L4: {
    '部门营业额目标(万元)': 3000,
    '部门实际营业额(万元)': 2550,
    '应收回款额(万元)': 800,
    '实际回款额(万元)': 560,
    新增落地客户目标数: 6,
    实际新增落地客户数: 4,
    '利润额(万元)': 300,
    人员重大流失或项目无报备流失: '否',
  },
};

export const openInputsButton = (scope: Locator, name: string): Locator => scope.getByRole('button', { name: `录入 ${name}`, exact: true });

export const inputsForm = (scope: Locator, name: string): Locator => scope.getByRole('form', { name: `录入考核数据:${name}` });

/** The scheme the open form is for, from its caption ("2026-11 · 方案 S1"). */
export async function formScheme(form: Locator): Promise<string> {
  const caption = (await form.getByText(/ · 方案 /).first().textContent()) ?? '';
  const scheme = /方案 (\S+)/.exec(caption)?.[1];
  if (!scheme) throw new Error(`the input form names no scheme: "${caption}"`);
  return scheme;
}

function valuesFor(scheme: string, inputs: Readonly<Record<string, InputValues>>): InputValues {
  const values = inputs[scheme];
  if (!values) throw new Error(`no test inputs for scheme ${scheme}`);
  return values;
}

/** Waits for the pane's "saved" message; fails with what the form says when the save was refused. */
async function expectSaved(scope: Locator, form: Locator, name: string): Promise<void> {
  const saved = scope.getByText(`已保存 ${name} 的考核数据。`, { exact: true });
  const refused = form.getByText(/项需要修改|操作失败/);
  await saved.or(refused).first().waitFor();
  if (!(await saved.isVisible())) throw new Error(`saving ${name}'s inputs was refused: ${await form.textContent()}`);
  await form.waitFor({ state: 'detached' });
}

/** Opens the staff member's form by mouse, fills every input, saves; returns the scheme. */
export async function enterInputsByMouse(scope: Locator, name: string, inputs: Readonly<Record<string, InputValues>>): Promise<string> {
  await openInputsButton(scope, name).click();
  const form = inputsForm(scope, name);
  await form.getByRole('button', { name: '保存', exact: true }).waitFor();
  const scheme = await formScheme(form);
  for (const [label, value] of Object.entries(valuesFor(scheme, inputs))) {
    const override = form.getByRole('checkbox', { name: `改写 ${label}`, exact: true });
    if ((await override.count()) > 0) await override.check();
    const select = form.getByRole('combobox', { name: label, exact: true });
    if ((await select.count()) > 0) await select.selectOption(String(value));
    else await form.getByRole('textbox', { name: label, exact: true }).fill(String(value));
  }
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await expectSaved(scope, form, name);
  return scheme;
}

/** Waits until focus is inside `scope`. */
export async function waitForFocusIn(scope: Locator): Promise<void> {
  await scope.evaluate(
    (el) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
          if (el.contains(document.activeElement)) resolve();
          else if (Date.now() - started > 10_000) reject(new Error(`focus stayed on ${document.activeElement?.outerHTML.slice(0, 120)}`));
          else requestAnimationFrame(poll);
        };
        poll();
      }),
  );
}

/** A native select, by arrow keys: its options' values decide how far to move. */
async function chooseByKeys(page: Page, select: Locator, value: string): Promise<void> {
  const { from, to } = await select.evaluate(
    (el, v) => {
      const s = el as HTMLSelectElement;
      return { from: s.selectedIndex, to: [...s.options].findIndex((o) => o.value === v) };
    },
    value,
  );
  if (to < 0) throw new Error(`the select has no option ${value}`);
  for (let i = from; i !== to; i += to > from ? 1 : -1) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  const now = await select.inputValue();
  if (now !== value) throw new Error(`the arrow keys left the select at "${now}", not "${value}"`);
}

/**
 * The same with the keyboard alone: Tab to the staff member's 录入 button, Enter; focus moves into
 * the form; Tab from input to input (Space on 改写 for a prefilled one, which moves focus to its
 * box), type or use the arrow keys; Tab to 保存, Enter. Focus returns to the 录入 button.
 */
export async function enterInputsByKeyboard(page: Page, scope: Locator, name: string, inputs: Readonly<Record<string, InputValues>>): Promise<string> {
  const open = openInputsButton(scope, name);
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  const form = inputsForm(scope, name);
  await form.getByRole('button', { name: '保存', exact: true }).waitFor();
  await waitForFocusIn(form);
  const scheme = await formScheme(form);
  for (const [label, value] of Object.entries(valuesFor(scheme, inputs))) {
    const override = form.getByRole('checkbox', { name: `改写 ${label}`, exact: true });
    const select = form.getByRole('combobox', { name: label, exact: true });
    const box = form.getByRole('textbox', { name: label, exact: true });
    if ((await override.count()) > 0) {
      await tabTo(page, override);
      await page.keyboard.press('Space');
      if (!(await isFocused(box))) throw new Error(`checking 改写 ${label} did not move focus to its box`);
    } else if ((await select.count()) > 0) {
      await tabTo(page, select);
      await chooseByKeys(page, select, String(value));
      continue;
    } else {
      await tabTo(page, box);
    }
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(String(value));
  }
  await tabTo(page, form.getByRole('button', { name: '保存', exact: true }));
  await page.keyboard.press('Enter');
  await expectSaved(scope, form, name);
  if (!(await isFocused(open))) throw new Error(`after saving, focus did not return to 录入 ${name}`);
  return scheme;
}
