/**
 * Settings → 自检 (Self-test) in the preview host: the runner that checks the live Office adapter in
 * Excel runs here against the preview's memory port, started with the keyboard. Every contract
 * case must pass, the JSON must say so and copy to the clipboard, the self-test's own sheets must be
 * gone afterwards, and a workbook holding data is refused. Nothing leaves 127.0.0.1.
 */
import { UI_ZH_CN } from '../../src/i18n/ui.zh-CN';
import { CONTRACT_CASES } from '../../src/selftest/cases';
import type { SelfTestReport } from '../../src/selftest/report';
import { axeReport, unnamedControls } from './support/a11y';
import { openTabByKeyboard, tabTo } from './support/keyboard';
import { panel, waitForOutcome } from './support/pane';
import { foreignRequests, openPreview, screenshot, startSession } from './support/session';
import type { PreviewPage, Session } from './support/session';

const t = UI_ZH_CN.selfTest;
let session: Session;
const pages: PreviewPage[] = [];

beforeAll(async () => {
  session = await startSession();
}, 60_000);

afterAll(async () => {
  for (const p of pages) await p.context.close();
  await session?.close();
});

test('the self-test passes every contract case against the preview host (zh-CN, keyboard)', async () => {
  const p = await openPreview(session, { today: '2026-11-10' });
  pages.push(p);
  const { page, context } = p;
  page.setDefaultTimeout(30_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: p.origin });
  await page.getByRole('heading', { name: '生成/升级工作簿', level: 2 }).waitFor();

  await openTabByKeyboard(page, UI_ZH_CN.app.tabs.settings);
  const settings = panel(page, 'settings');
  await settings.getByRole('heading', { name: t.heading, level: 3 }).waitFor();
  const run = settings.getByRole('button', { name: t.run });
  await tabTo(page, run);
  await page.keyboard.press('Enter');

  await waitForOutcome(settings, t.allPassed(CONTRACT_CASES.length), 60_000);
  const items = settings.getByRole('list', { name: t.resultsLabel }).getByRole('listitem');
  expect(await items.count()).toBe(CONTRACT_CASES.length);
  for (const c of CONTRACT_CASES) await settings.getByText(t.cases[c.id], { exact: true }).waitFor();
  expect(await settings.getByText(t.fail, { exact: true }).count()).toBe(0);
  expect(await settings.getByText(t.pass, { exact: true }).count()).toBe(CONTRACT_CASES.length);

  const json = await settings.getByRole('textbox', { name: t.json }).inputValue();
  const report = JSON.parse(json) as SelfTestReport;
  expect(report).toMatchObject({ suite: 'ka-workbench port contract', host: 'preview', passed: CONTRACT_CASES.length, failed: 0 });
  expect(report.results.map((r) => [r.id, r.pass, r.error])).toEqual(CONTRACT_CASES.map((c) => [c.id, true, undefined]));
  expect(report.cleanupError).toBeUndefined();

  // Copy with the keyboard; the clipboard then holds the same JSON.
  await tabTo(page, settings.getByRole('button', { name: t.copy }));
  await page.keyboard.press('Enter');
  await settings.getByText(t.copied).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(json);

  // The self-test deleted what it made: the preview's workbook is as empty as it was.
  const after = await page.evaluate(async () => {
    const s = await window.__kaPreview?.port.readStructure();
    return s ? { sheets: s.sheets.length, tables: s.tables.length, names: s.names.length } : null;
  });
  expect(after).toEqual({ sheets: 0, tables: 0, names: 0 });

  await screenshot(page, 'zh-CN-selftest');
  const { serious, naming } = await axeReport(page);
  expect([...serious, ...naming]).toEqual([]);
  expect((await unnamedControls(page)).unnamed).toEqual([]);
  expect(foreignRequests(p)).toEqual([]);
  expect(p.errors).toEqual([]);
});

test('the self-test refuses a workbook that holds data, and changes nothing', async () => {
  const p = await openPreview(session, { today: '2026-11-10' });
  pages.push(p);
  const { page } = p;
  page.setDefaultTimeout(30_000);
  const forms = panel(page, 'forms');
  await forms.getByText('将要进行的更改').waitFor();
  await forms.getByRole('button', { name: '生成/升级工作簿' }).click();
  await waitForOutcome(forms, /工作簿已生成\/升级,共 \d+ 项更改/, 60_000);
  const before = await page.evaluate(async () => JSON.stringify(await window.__kaPreview?.port.readTables()));

  await page.getByRole('tab', { name: UI_ZH_CN.app.tabs.settings, exact: true }).click();
  const settings = panel(page, 'settings');
  await settings.getByRole('button', { name: t.run }).click();
  await settings.getByText(t.refusedTitle).waitFor();
  await settings.getByText(t.refusedNext, { exact: false }).waitFor();
  expect(await settings.getByRole('list', { name: t.resultsLabel }).count()).toBe(0);
  expect(await page.evaluate(async () => JSON.stringify(await window.__kaPreview?.port.readTables()))).toBe(before);
  expect(foreignRequests(p)).toEqual([]);
  expect(p.errors).toEqual([]);
});
