#!/usr/bin/env node
/**
 * npm run test:excel — the port contract inside real Excel (Windows, Mac, or Excel on the web).
 *
 *   1. starts Microsoft's office-addin-test-server on https://localhost:4201 (KA_TEST_SERVER_PORT);
 *      its certificate comes from office-addin-dev-certs, which installs its CA on first use;
 *   2. runs `npm start` (scripts/start.js) with KA_TEST_SERVER_PORT set: a development build whose
 *      task pane opens on Settings, runs the self-test by itself in an empty workbook and posts the
 *      results to the test server (src/selftest/testServer.ts, office-addin-test-helpers); start.js
 *      sideloads into desktop Excel when office-addin-debugging is installed, and otherwise prints
 *      how to upload manifest.xml;
 *   3. waits for the results (KA_TEST_EXCEL_TIMEOUT_S, default 900 s), prints every case, writes
 *      test-artifacts/excel-selftest.json, stops both servers, and exits 0 only if every case passed.
 *
 * It cannot run on a machine without Excel (such as the Linux CI): nothing would ever post results.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { setTimeout, clearTimeout } = require('timers');

const ROOT = path.resolve(__dirname, '..');
const PORT = Number(process.env.KA_TEST_SERVER_PORT || 4201);
const TIMEOUT_MS = Number(process.env.KA_TEST_EXCEL_TIMEOUT_S || 900) * 1000;
const OUT = path.join(ROOT, 'test-artifacts', 'excel-selftest.json');

function say(zh, en) {
  console.log(`${zh}\n${en}`);
}

/** Stops start.js and the webpack dev server it started (on Windows a signal does not reach the child). */
function stopTree(child) {
  if (child.exitCode !== null) return;
  if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
  else child.kill('SIGINT');
}

function printResults(results) {
  if (results.refused) {
    say(
      `✗ 自检拒绝运行:工作簿不是空白的(${JSON.stringify(results.refused)})。请在新建的空白工作簿中打开工作台。`,
      `✗ The self-test refused to run: the workbook is not empty (${JSON.stringify(results.refused)}). Open the workbench in a new blank workbook.`,
    );
    return false;
  }
  const list = Array.isArray(results.results) ? results.results : [];
  for (const r of list) console.log(`${r.pass ? '✓' : '✗'} ${r.id}${r.error ? `\n    ${r.error}` : ''}`);
  console.log(`\n${results.platform || ''}: ${results.passed} passed, ${results.failed} failed`);
  if (results.cleanupError) console.log(`cleanup: ${results.cleanupError}`);
  return list.length > 0 && results.failed === 0;
}

async function main() {
  let TestServer;
  try {
    ({ TestServer } = require('office-addin-test-server'));
  } catch {
    console.error('office-addin-test-server is not installed: run npm install first.');
    process.exit(2);
  }
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    say(
      '注意:此机器上没有桌面版 Excel。只能用 Excel 网页版旁加载 manifest.xml 来提交结果。',
      'Note: no desktop Excel on this machine. Only Excel on the web, with manifest.xml uploaded, can report results.',
    );
  }

  const server = new TestServer(PORT);
  await server.startTestServer();
  console.log(`[test:excel] office-addin-test-server listening on https://localhost:${PORT}`);

  const dev = spawn(process.execPath, [path.join(__dirname, 'start.js')], {
    cwd: ROOT,
    env: { ...process.env, KA_TEST_SERVER_PORT: String(PORT) },
    stdio: 'inherit',
  });
  say(
    '\n[test:excel] 在 Excel 中新建一个空白工作簿并打开「大客户工作台」任务窗格:它会打开「设置」页,自动运行自检并把结果发送到这里。',
    '[test:excel] In Excel, create a new blank workbook and open the Key-Account Workbench task pane: it opens Settings, runs the self-test by itself and sends the results here.',
  );

  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), TIMEOUT_MS);
  });
  let ok = false;
  try {
    const results = await Promise.race([server.getTestResults(), timeout]);
    if (results === null) {
      console.error(`[test:excel] No results within ${TIMEOUT_MS / 1000} s.`);
    } else {
      fs.mkdirSync(path.dirname(OUT), { recursive: true });
      fs.writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
      ok = printResults(results);
      console.log(`[test:excel] Results written to ${path.relative(ROOT, OUT)}`);
    }
  } finally {
    clearTimeout(timer);
    await server.stopTestServer();
    stopTree(dev);
  }
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
