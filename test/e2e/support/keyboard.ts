/** Moving through the pane with the keyboard alone: Tab, Shift+Tab and the arrow keys. */
import type { Locator, Page } from 'playwright-core';

export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '(nothing)';
    const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()} role=${el.getAttribute('role') ?? ''}> ${name}`;
  });
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}): Promise<void> {
  const { back = false, max = 80 } = options;
  await target.waitFor();
  const seen: string[] = [];
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (seen.length < 12) seen.push(await focusedDescription(page));
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${String(target)}; focus went through: ${seen.join(' | ')} …`);
}

/**
 * Opens a page of the pane by keyboard: Shift+Tab back to the selected tab, arrow keys along the
 * tab list (a roving focus, as ARIA tabs have), then Enter.
 */
export async function openTabByKeyboard(page: Page, name: string): Promise<void> {
  const target = page.getByRole('tab', { name, exact: true });
  await target.waitFor();
  // Positions in the tab list of the target and of the focused tab.
  const positions = () =>
    target.evaluate((el) => {
      const all = [...(el.closest('[role="tablist"]')?.querySelectorAll('[role="tab"]') ?? [])];
      return { target: all.indexOf(el), focused: all.indexOf(document.activeElement as Element), count: all.length };
    });
  await tabTo(page, page.getByRole('tab', { selected: true }), { back: true });
  for (let pos = await positions(), i = 0; pos.focused !== pos.target && i < pos.count; pos = await positions(), i++) {
    await page.keyboard.press(pos.focused < pos.target ? 'ArrowRight' : 'ArrowLeft');
  }
  if (!(await isFocused(target))) throw new Error(`the arrow keys did not reach the tab ${name}`);
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}
