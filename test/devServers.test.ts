/**
 * The dev servers listen on the loopback interface only (#9.16), and the bundle-budget test fails
 * in CI when there is no build report.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..');

type Config = { devServer?: { host?: string; port?: number } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(join(ROOT, 'webpack.config.js')) as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Config>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require(join(ROOT, 'scripts', 'serve-preview.js')) as {
  startPreviewServer(o: { root: string; port: number }): Promise<{ url: string; close(): Promise<void> }>;
};

describe('dev servers listen on localhost only', () => {
  const prev = process.env.DEV_SERVER_HTTP;
  beforeAll(() => {
    // Plain http: no certificate is generated or installed by this test.
    process.env.DEV_SERVER_HTTP = '1';
  });
  afterAll(() => {
    if (prev === undefined) delete process.env.DEV_SERVER_HTTP;
    else process.env.DEV_SERVER_HTTP = prev;
  });

  it.each([
    ['the add-in (npm start)', {}],
    ['the preview (npm run preview)', { preview: true }],
  ])('webpack-dev-server for %s binds 127.0.0.1', async (_name, env) => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const config = await webpackConfig({ ...env, WEBPACK_SERVE: true }, { mode: 'development' });
    warn.mockRestore();
    expect(config.devServer?.host).toBe('127.0.0.1');
  });

  it('scripts/serve-preview.js binds 127.0.0.1', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ka-preview-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    const server = await startPreviewServer({ root, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await server.close();
    }
  });
});

describe('bundle-budget test in CI', () => {
  it('fails, rather than skips, when CI=true and there is no build report', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'ka-nodist-')), 'bundle-report.json');
    const r = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--runTestsByPath', join(ROOT, 'test', 'bundle.test.ts'), '--maxWorkers=1'], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true', KA_BUNDLE_REPORT: missing },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('CI must run `npm run build`');
  });
});
