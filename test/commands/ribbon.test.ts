/**
 * The ribbon's function file under a fake Office global and the strict fake Excel: every
 * <FunctionName> of manifest.xml is associated while the script loads (before Office.onReady
 * resolves), and the 检查 command prefers a problem on a visible sheet and never fails because the
 * first error sits on a hidden one (the fake, like Excel, refuses to activate a hidden sheet).
 */
import * as fs from 'fs';
import * as path from 'path';
import { OfficePort } from '../../src/adapters/office/officePort';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { checkWorkbook } from '../../src/core/services/api';
import { excelValidationFor } from '../../src/core/validate';
import { serialOfLocalDate } from '../../src/core/validate/dates';
import { parseCheckResultSearch } from '../../src/taskpane/views/checkResultQuery';
import { createFakeExcel } from '../fake-excel';
import type { FakeExcel } from '../fake-excel';

type Handler = (event: { completed(): void }) => Promise<void>;

interface FakeOffice {
  readonly associated: Map<string, Handler>;
  readonly dialogs: string[];
  readonly onReadyResolved: () => boolean;
}

function installGlobals(fake: FakeExcel): FakeOffice {
  const associated = new Map<string, Handler>();
  const dialogs: string[] = [];
  let ready = false;
  const office = {
    actions: { associate: (name: string, fn: Handler) => void associated.set(name, fn) },
    onReady: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          ready = true;
          resolve({ host: 'Excel', platform: 'PC' });
        }, 0),
      ),
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      displayLanguage: 'zh-CN',
      requirements: { isSetSupported: (set: string, version: string) => fake.isSetSupported(set, version) },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          dialogs.push(url);
          const dialog = {
            close: () => undefined,
            // The user closes the dialog at once.
            addEventHandler: (type: string, handler: () => void) => {
              if (type === 'dialogMessageReceived') setTimeout(handler, 0);
            },
          };
          callback({ status: 'succeeded', value: dialog });
        },
      },
    },
  };
  Object.assign(globalThis, {
    Office: office,
    Excel: { run: fake.run },
    window: { location: { href: 'https://localhost:3000/commands.html' } },
  });
  return { associated, dialogs, onReadyResolved: () => ready };
}

function loadCommands(): void {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/commands/commands');
  });
}

async function press(office: FakeOffice, name: string) {
  const handler = office.associated.get(name);
  if (!handler) throw new Error(`${name} is not associated`);
  let completed = 0;
  await handler({ completed: () => void completed++ });
  expect(completed).toBe(1);
  const url = office.dialogs[office.dialogs.length - 1] ?? '';
  const result = parseCheckResultSearch(new URL(url).search);
  if (!result) throw new Error(`no check result in ${url}`);
  return result;
}

afterEach(() => {
  for (const k of ['Office', 'Excel', 'window']) delete (globalThis as Record<string, unknown>)[k];
});

describe('ribbon function file', () => {
  it('associates every manifest FunctionName while the script loads, before Office.onReady resolves', () => {
    const office = installGlobals(createFakeExcel());
    loadCommands();
    expect(office.onReadyResolved()).toBe(false);
    const manifest = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(office.associated.has(name as string)).toBe(true);
  });
});

describe('检查 ribbon command', () => {
  const today = serialOfLocalDate(new Date(2026, 10, 10));

  async function sampleBook() {
    const fake = createFakeExcel();
    const port = new OfficePort(fake.run, { isSetSupported: (s, v) => fake.isSetSupported(s, v) });
    const plan = await generateWorkbook(port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor, sampleAsOf: today });
    expect(plan.conflicts).toEqual([]);
    const problems = await checkWorkbook(port, { lang: 'zh-CN', today: serialOfLocalDate(new Date()) });
    const errors = problems.filter((p) => p.severity === 'error' && p.sheet !== undefined && p.address !== undefined);
    return { fake, errors };
  }

  it('selects the first error when its sheet is visible', async () => {
    const { fake, errors } = await sampleBook();
    expect(errors.length).toBeGreaterThan(0);
    const office = installGlobals(fake);
    loadCommands();
    const result = await press(office, 'runCheck');
    expect(result.failure).toBeUndefined();
    expect(result.selected).toBe(true);
    expect(fake.snapshot().selection).toEqual({ sheet: errors[0]?.sheet, address: errors[0]?.address });
  });

  it('skips errors on hidden and very hidden sheets, and still reports the counts', async () => {
    const { fake, errors } = await sampleBook();
    const first = errors[0]?.sheet ?? '';
    fake.workbook.getSheet(first).visibility = 'Hidden';
    const office = installGlobals(fake);
    loadCommands();
    const result = await press(office, 'runCheck');
    expect(result.failure).toBeUndefined();
    expect(result.errors).toBeGreaterThanOrEqual(errors.length);
    const onVisible = errors.find((e) => e.sheet !== first);
    expect(result.selected).toBe(onVisible !== undefined);
    expect(fake.snapshot().selection?.sheet).toBe(onVisible?.sheet);

    // Every sheet with an error hidden: nothing to select, and no failure.
    for (const e of errors) fake.workbook.getSheet(e.sheet ?? '').visibility = 'VeryHidden';
    const again = await press(office, 'runCheck');
    expect(again).toMatchObject({ selected: false, errors: result.errors });
    expect(again.failure).toBeUndefined();
  });
});
