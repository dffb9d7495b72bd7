#!/usr/bin/env node
/**
 * npm start: development build + dev server (webpack serve --mode development, port 3000).
 *
 * Once the server answers, it sideloads into desktop Excel with office-addin-debugging, but
 * only if that package is installed (it is not a dependency of this project) and a desktop
 * Excel exists (never on Linux). Otherwise it prints how to sideload manifest.xml into Excel
 * on the web, in Chinese and English. Ctrl+C stops the dev server.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const http = require('http');
const https = require('https');
const { spawn } = require('child_process');
const { setTimeout } = require('timers');

const ROOT = path.resolve(__dirname, '..');
const PORT = 3000;
const MANIFEST = path.join(ROOT, 'manifest.xml');

function desktopExcel() {
  if (process.platform === 'win32') {
    const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
    for (const r of roots) {
      for (const sub of ['Microsoft Office\\root\\Office16', 'Microsoft Office\\Office16']) {
        const exe = path.join(r, sub, 'EXCEL.EXE');
        if (fs.existsSync(exe)) return exe;
      }
    }
    return null;
  }
  if (process.platform === 'darwin') {
    const app = '/Applications/Microsoft Excel.app';
    return fs.existsSync(app) ? app : null;
  }
  return null; // Linux and others: no desktop Excel.
}

function debuggingCli() {
  try {
    const pkg = require.resolve('office-addin-debugging/package.json', { paths: [ROOT] });
    const dir = path.dirname(pkg);
    const { bin } = JSON.parse(fs.readFileSync(pkg, 'utf8'));
    const rel = typeof bin === 'string' ? bin : bin && (bin['office-addin-debugging'] || Object.values(bin)[0]);
    return rel ? path.join(dir, rel) : null;
  } catch {
    return null;
  }
}

/** Resolves 'https' or 'http' once the dev server answers on PORT, or null after timeoutMs. */
function waitForServer(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const probe = (mod) =>
    new Promise((resolve) => {
      const req = mod.get(
        { host: '127.0.0.1', port: PORT, path: '/taskpane.html', rejectUnauthorized: false, timeout: 2000 },
        (res) => {
          res.resume();
          resolve(res.statusCode !== undefined && res.statusCode < 500);
        },
      );
      req.on('error', () => resolve(false));
      req.on('timeout', () => {
        req.destroy();
        resolve(false);
      });
    });
  return new Promise((resolve) => {
    const tick = async () => {
      if (await probe(https)) return resolve('https');
      if (await probe(http)) return resolve('http');
      if (Date.now() > deadline) return resolve(null);
      setTimeout(tick, 1000);
    };
    tick();
  });
}

function printWebInstructions(scheme) {
  const url = `${scheme}://localhost:${PORT}`;
  const lines = [
    '',
    '────────────────────────────────────────────────────────────────────────',
    ` 大客户工作台 dev server: ${url}/taskpane.html`,
    '────────────────────────────────────────────────────────────────────────',
  ];
  if (scheme !== 'https') {
    lines.push(
      ' ⚠ 开发服务器是 http：Office 只加载 https 的加载项。请先生成并信任证书（npx office-addin-dev-certs install）。',
      ' ⚠ The dev server is plain http: Office only loads https add-ins. Create and trust certificates first',
      '   (npx office-addin-dev-certs install).',
      '',
    );
  }
  lines.push(
    ' 在 Excel 网页版中旁加载（sideload）：',
    `   1. 在浏览器中打开 ${url}/taskpane.html；如提示证书不受信任，请信任 ~/.office-addin-dev-certs/ca.crt 或接受警告。`,
    '   2. 在 https://www.office.com 用 Excel 网页版打开或新建一个工作簿。',
    '   3. 插入 → 加载项（或“开始 → 加载项”）→ 更多设置 / 我的加载项 → 上传我的加载项。',
    `   4. 选择 ${MANIFEST}，点击“上传”。“开始”选项卡上会出现“大客户工作台”组。`,
    '',
    ' Sideload into Excel on the web:',
    `   1. Open ${url}/taskpane.html in the browser; if the certificate is not trusted, trust`,
    '      ~/.office-addin-dev-certs/ca.crt or accept the warning.',
    '   2. Open or create a workbook in Excel on the web (https://www.office.com).',
    '   3. Insert → Add-ins (or Home → Add-ins) → More Settings / My Add-ins → Upload My Add-in.',
    `   4. Choose ${MANIFEST} and select Upload. The "Key-Account Workbench" group appears on the Home tab.`,
    '',
    ' 按 Ctrl+C 停止开发服务器。 Press Ctrl+C to stop the dev server.',
    '',
  );
  console.log(lines.join('\n'));
}

async function main() {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    if (server.exitCode === null) server.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

  const scheme = await waitForServer(180000);
  if (!scheme) {
    console.error(`[start] The dev server did not answer on port ${PORT} within 3 minutes.`);
    return;
  }

  const excel = desktopExcel();
  const cli = debuggingCli();
  if (excel && cli && scheme === 'https') {
    console.log(`[start] Sideloading into desktop Excel (${excel}) with office-addin-debugging…`);
    const dbg = spawn(
      process.execPath,
      [cli, 'start', MANIFEST, 'desktop', '--app', 'excel', '--dev-server-port', String(PORT)],
      { cwd: ROOT, stdio: 'inherit' },
    );
    dbg.on('exit', (code) => {
      if (code !== 0) {
        console.warn(`[start] office-addin-debugging exited with code ${code}; sideload by hand instead:`);
        printWebInstructions(scheme);
      }
    });
    return;
  }
  if (!cli && excel) console.log('[start] Desktop Excel found, but office-addin-debugging is not installed.');
  printWebInstructions(scheme);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
