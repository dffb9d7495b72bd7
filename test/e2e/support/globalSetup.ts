/**
 * Runs once before the e2e files: makes sure dist/preview holds a production build of the preview
 * that is not older than the sources. A fresh checkout (CI) always builds; locally, a build older
 * than any file under src/ (or the webpack config) is rebuilt, so the suite never tests stale code.
 * KA_E2E_SKIP_BUILD=1 uses whatever dist/preview holds.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { PREVIEW_DIST, ROOT } from './paths';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function previewBuildIsCurrent(): boolean {
  const index = path.join(PREVIEW_DIST, 'index.html');
  if (!fs.existsSync(index)) return false;
  const built = fs.statSync(index).mtimeMs;
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'src')),
    fs.statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs,
  );
  return built >= sources;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.KA_E2E_SKIP_BUILD === '1') {
    if (!fs.existsSync(path.join(PREVIEW_DIST, 'index.html'))) {
      throw new Error('KA_E2E_SKIP_BUILD=1 but dist/preview/index.html is missing: build with npx webpack --mode production --env preview');
    }
    return;
  }
  if (previewBuildIsCurrent()) return;
  process.stdout.write('\n[e2e] building the preview (npx webpack --mode production --env preview)…\n');
  const started = Date.now();
  // webpack's own output goes to the console, so a failing build shows why.
  execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'preview'], { cwd: ROOT, stdio: 'inherit' });
  process.stdout.write(`[e2e] preview built in ${Math.round((Date.now() - started) / 1000)} s\n`);
}
