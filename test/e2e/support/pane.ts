/** Reading the task pane's state in the page: panels, grade counts, the selection status. */
import type { Locator, Page } from 'playwright-core';

export type PageId = 'forms' | 'check' | 'scoring' | 'export' | 'settings';

export const panel = (page: Page, id: PageId): Locator => page.locator(`#panel-${id}`);

/** The preview's status line: the cell the add-in last selected. */
export const selectionStatus = (page: Page): Locator => page.locator('#preview-selection');

/** "A:1 人" … from the Scoring page's count list, as { A: 1, … }. */
export async function gradeCounts(page: Page, listLabel: string): Promise<Record<string, number>> {
  const items = await page.getByRole('list', { name: listLabel }).getByRole('listitem').allTextContents();
  const counts: Record<string, number> = {};
  for (const text of items) {
    const m = /^(.+?)[::]\s*(\d+)/.exec(text.trim());
    if (!m) throw new Error(`unexpected grade count text: ${text}`);
    counts[(m[1] as string).trim()] = Number(m[2]);
  }
  return counts;
}

/** Waits until the grade counts satisfy `ok` (the summary recomputes after a refresh). */
export async function waitForCounts(
  page: Page,
  listLabel: string,
  ok: (counts: Record<string, number>) => boolean,
  timeoutMs = 20_000,
): Promise<Record<string, number>> {
  const until = Date.now() + timeoutMs;
  let last: Record<string, number> = {};
  for (;;) {
    const list = page.getByRole('list', { name: listLabel });
    if ((await list.count()) > 0) {
      last = await gradeCounts(page, listLabel);
      if (ok(last)) return last;
    }
    if (Date.now() > until) throw new Error(`grade counts never matched; last seen ${JSON.stringify(last)}`);
    // Re-poll on the next change of the list rather than on a timer.
    await page
      .waitForFunction(
        ({ label, before }) => {
          const ul = document.querySelector(`ul[aria-label="${label}"]`);
          return (ul?.textContent ?? '') !== before;
        },
        { label: listLabel, before: await list.first().textContent().catch(() => '') },
        { timeout: Math.max(1, until - Date.now()) },
      )
      .catch(() => undefined);
  }
}

/**
 * Waits until `success` shows in `scope`, or the pane's error MessageBar does; in that case fails
 * with what the pane said (its title, message and next step).
 */
export async function waitForOutcome(scope: Locator, success: RegExp | string, timeout = 30_000): Promise<string> {
  const ok = scope.getByText(success);
  const failed = scope.getByText(/^(操作失败|Something went wrong)$/);
  await ok.or(failed).first().waitFor({ state: 'visible', timeout });
  if (await failed.first().isVisible()) {
    const body = await failed.first().locator('xpath=..').textContent();
    throw new Error(`the pane reported an error instead of ${String(success)}: ${body}`);
  }
  return (await ok.first().textContent()) ?? '';
}
