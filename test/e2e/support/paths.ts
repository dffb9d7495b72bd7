import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const PREVIEW_DIST = path.join(ROOT, 'dist', 'preview');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots');
/** Debian's Chromium: the suite never downloads a browser. */
export const CHROMIUM = process.env.KA_E2E_CHROMIUM ?? '/usr/bin/chromium';
