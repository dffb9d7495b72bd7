/**
 * Browser preview entry (npm run preview, http://localhost:3001): the task pane's App over an
 * in-memory workbook, with no Office and no office.js (its page is built without the script).
 * Everything stays in this page: the HR export is a download, and nothing goes over the network.
 *
 * For tests and screenshots, the URL may fix the display language and "today" (see params.ts), and
 * window.__kaPreview exposes the memory port, so a test can look at what the pane wrote (e.g. the
 * dashboard's recorded charts). KPI inputs go in through the Scoring page's form, as in Excel.
 */
import { createRoot } from 'react-dom/client';
import { MemoryPort } from '../adapters/memory/memoryPort';
import { App } from '../taskpane/App';
import type { Host } from '../taskpane/host';
import { initialPageOf } from '../taskpane/model/pages';
import { previewParamsOf } from './params';
import { PreviewChrome } from './PreviewChrome';
import { createPreviewHost } from './previewHost';

declare global {
  interface Window {
    /** The preview's workbook and host, for tests and for poking around in the devtools. */
    __kaPreview?: { readonly port: MemoryPort; readonly host: Host };
  }
}

const container = document.getElementById('root');
if (container) {
  const search = window.location.search;
  const params = previewParamsOf(search);
  const port = new MemoryPort();
  const host = createPreviewHost(port, { params, browserLanguage: navigator.language });
  window.__kaPreview = { port, host };
  document.title = `${document.title} — 预览 Preview`;
  createRoot(container).render(
    <App host={host} initialPage={initialPageOf(search)} banner={<PreviewChrome port={port} rejected={params.rejected} />} />,
  );
}
