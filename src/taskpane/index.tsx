/**
 * Task-pane entry in Excel. Waits for Office.onReady() and then renders one of:
 * - the App, with the Office host (Office.js port + requirement sets);
 * - the ribbon check's result, when opened as its dialog (?view=checkResult);
 * - how to load the add-in, when the page is opened outside Office (onReady gives host null).
 */
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { OfficePort } from '../adapters/office/officePort';
import type { ExcelRun } from '../adapters/office/officePort';
import { selfTestAutoRun } from '../selftest/testServer';
import { stringsFor, uiLangOf } from '../i18n/uiLang';
import { App } from './App';
import { initialPageOf } from './model/pages';
import { createOfficeHost } from './officeHost';
import { officeSelfTestTarget } from './officeSelfTest';
import { CheckResult } from './views/CheckResult';
import { parseCheckResultSearch } from './views/checkResultQuery';
import { NotInOffice } from './views/NotInOffice';

async function main(root: Root): Promise<void> {
  const search = window.location.search;
  const browserLang = uiLangOf(navigator.language);
  // No office.js (opened in a browser, or the CDN unreachable): certainly not in Office.
  if (typeof Office === 'undefined') {
    root.render(<NotInOffice lang={browserLang} />);
    return;
  }
  const info = await Office.onReady();

  const dialog = parseCheckResultSearch(search);
  if (dialog) {
    root.render(
      <CheckResult
        lang={uiLangOf(Office.context.displayLanguage)}
        result={dialog}
        onClose={() => Office.context.ui.messageParent('close')}
      />,
    );
    return;
  }

  if (info.host !== Office.HostType.Excel) {
    root.render(<NotInOffice lang={browserLang} />);
    return;
  }
  const run: ExcelRun = (batch) => Excel.run(batch);
  const isSetSupported = (set: string, version: string) => Office.context.requirements.isSetSupported(set, version);
  const port = new OfficePort(run, { isSetSupported });
  const host = createOfficeHost(port, officeSelfTestTarget(run, isSetSupported));
  root.render(<App host={host} initialPage={initialPageOf(search, selfTestAutoRun() ? 'settings' : 'forms')} />);
}

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  main(root).catch((err: unknown) => {
    // Nothing else can show it: the App never rendered. Plain text, in the browser's language.
    console.error(err);
    const detail = err instanceof Error ? err.message : String(err);
    container.textContent = stringsFor(uiLangOf(navigator.language)).app.startFailed(detail);
  });
}
