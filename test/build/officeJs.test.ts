/**
 * office.js comes from Microsoft's CDN in the production add-in (FACTS.md: the npm package is no
 * longer supported for published add-ins), from the local npm copy in development builds, and not
 * at all in the preview; the Content-Security-Policy allows exactly the CDN's origin for scripts
 * where the CDN is used. Checked twice: on the pages the webpack config renders for each build (no
 * build needed), and on dist/ when a production build is there (`npm run build`; CI builds first).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';

interface HtmlPluginLike {
  readonly constructor: { readonly name: string };
  readonly userOptions: Record<string, unknown> & { filename: string; template: string };
}

// webpack.config.js and lodash (html-webpack-plugin's template engine) are plain CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as (env: object, argv: object) => Promise<{ plugins: unknown[] }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const template = require('lodash/template') as (text: string) => (data: object) => string;

/** Every page a build writes, rendered from its template with the options the config gives it. */
async function renderedPages(env: object, mode: string): Promise<Record<string, string>> {
  const config = await webpackConfig(env, { mode });
  const pages: Record<string, string> = {};
  for (const p of config.plugins as HtmlPluginLike[]) {
    if (p.constructor.name !== 'HtmlWebpackPlugin') continue;
    const text = fs.readFileSync(path.resolve(ROOT, p.userOptions.template), 'utf8');
    pages[p.userOptions.filename] = template(text)({ htmlWebpackPlugin: { options: p.userOptions } });
  }
  return pages;
}

function scriptSources(html: string): string[] {
  // The production minifier drops attribute quotes where it can.
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|([^\s>"]+))/g)].map((m) => (m[1] ?? m[2]) as string);
}

function csp(html: string): Record<string, string[]> {
  const m = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error('no Content-Security-Policy meta tag');
  const directives: Record<string, string[]> = {};
  for (const part of (m[1] as string).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name] = values;
  }
  return directives;
}

function expectCdnPage(html: string): void {
  expect(scriptSources(html).filter((s) => s.includes('office'))).toEqual([CDN]);
  expect(csp(html)['script-src']).toEqual(["'self'", CDN_ORIGIN]);
  expect(csp(html)['connect-src']).toEqual(["'self'"]);
  expect(html).not.toContain('office-js/office.js');
}

describe('office.js source per build (rendered from the webpack config)', () => {
  it('production add-in: taskpane.html and commands.html load office.js from the CDN, allowed by the CSP', async () => {
    const pages = await renderedPages({}, 'production');
    expect(Object.keys(pages).sort()).toEqual(['commands.html', 'taskpane.html']);
    for (const html of Object.values(pages)) expectCdnPage(html);
  });

  it('development add-in: the local npm copy, and the CSP allows only our origin for scripts', async () => {
    const pages = await renderedPages({}, 'development');
    for (const html of Object.values(pages)) {
      expect(scriptSources(html).filter((s) => s.includes('office'))).toEqual(['office-js/office.js']);
      expect(csp(html)['script-src']).toEqual(["'self'"]);
      expect(html).not.toContain('appsforoffice');
    }
  });

  it('preview: no office.js at all, so it never leaves 127.0.0.1', async () => {
    for (const mode of ['production', 'development']) {
      const pages = await renderedPages({ preview: true }, mode);
      expect(Object.keys(pages).sort()).toEqual(['index.html', 'taskpane.html']);
      for (const html of Object.values(pages)) {
        expect(scriptSources(html).filter((s) => s.includes('office'))).toEqual([]);
        expect(html).not.toContain('appsforoffice');
        expect(csp(html)['script-src']).toEqual(["'self'"]);
      }
    }
  });
});

describe('office.js source in dist/ (the last builds)', () => {
  const dist = path.join(ROOT, 'dist');
  // bundle-report.json is written by production builds only, so it tells a production dist/ apart.
  const production = fs.existsSync(path.join(dist, 'bundle-report.json')) && fs.existsSync(path.join(dist, 'taskpane.html'));
  const preview = path.join(dist, 'preview', 'index.html');

  (production ? it : it.skip)('dist/taskpane.html and dist/commands.html load office.js from the CDN and ship no copy', () => {
    for (const page of ['taskpane.html', 'commands.html']) expectCdnPage(fs.readFileSync(path.join(dist, page), 'utf8'));
    expect(fs.existsSync(path.join(dist, 'office-js'))).toBe(false);
  });

  (fs.existsSync(preview) ? it : it.skip)('dist/preview does not load office.js', () => {
    for (const page of ['index.html', 'taskpane.html']) {
      const html = fs.readFileSync(path.join(dist, 'preview', page), 'utf8');
      expect(html).not.toContain('appsforoffice');
      expect(scriptSources(html).filter((s) => s.includes('office'))).toEqual([]);
    }
  });
});
