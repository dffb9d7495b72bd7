/**
 * One browser and one preview server per test file, and a fresh page (a new browser context, so
 * memory, storage and downloads start empty) per walk. Every request a page makes is recorded, so
 * a test can assert that nothing leaves the page's own origin.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, PREVIEW_DIST, SCREENSHOTS } from './paths';

interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

// The server is plain Node (it also runs from the command line), so it is required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require('../../../scripts/serve-preview.js') as {
  startPreviewServer(options: { root: string; port?: number }): Promise<PreviewServer>;
};

/** The task pane's size in Excel on the web (it is resizable; this is a common width). */
export const TASK_PANE = { width: 420, height: 900 };

export interface Session {
  readonly browser: Browser;
  readonly baseUrl: string;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const server = await startPreviewServer({ root: PREVIEW_DIST, port: 0 });
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    browser,
    baseUrl: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface PreviewPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  /** Console errors and uncaught exceptions: the pane must not throw behind the user's back. */
  readonly errors: string[];
  readonly origin: string;
}

export interface OpenOptions {
  readonly lang?: 'zh-CN' | 'en-US';
  /** YYYY-MM-DD */
  readonly today?: string;
  readonly page?: string;
}

export async function openPreview(session: Session, options: OpenOptions = {}): Promise<PreviewPage> {
  const context = await session.browser.newContext({
    viewport: TASK_PANE,
    acceptDownloads: true,
    // The browser's own language; the URL's ?lang= decides where a test needs another.
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A failed load is reported below with its URL; the console's copy names none.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  const q = new URLSearchParams();
  if (options.lang) q.set('lang', options.lang);
  if (options.today) q.set('today', options.today);
  if (options.page) q.set('page', options.page);
  const query = q.toString();
  await page.goto(`${session.baseUrl}/${query ? `?${query}` : ''}`);
  return { context, page, requests, errors, origin: new URL(session.baseUrl).origin };
}

/** Requests that left the page's origin (blob: and data: URLs of the page's own making stay local). */
export function foreignRequests(p: PreviewPage): string[] {
  return p.requests.filter((u) => {
    if (u.startsWith('data:')) return false;
    const url = u.startsWith('blob:') ? u.slice('blob:'.length) : u;
    try {
      return new URL(url).origin !== p.origin;
    } catch {
      return true;
    }
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
