/**
 * `npm run test:excel` (scripts/test-excel.js) builds the add-in with KA_TEST_SERVER_PORT set
 * (development builds only, see webpack.config.js): the task pane then opens on Settings, runs the
 * self-test by itself, and posts the report to Microsoft's office-addin-test-server on
 * https://localhost:<port> with office-addin-test-helpers. Every other build has the variable empty,
 * so webpack drops the branch below and the helpers are never bundled.
 */
import type { SelfTestReport } from './report';

/** Whether this build runs the self-test by itself and reports to a test server. */
export function selfTestAutoRun(): boolean {
  return Boolean(process.env.KA_TEST_SERVER_PORT);
}

/**
 * office-addin-test-server 2.0.3 reads the results from the URL's `data` parameter, and Node limits
 * a request head to 16 KB, so the posted copy is compact: ids, pass/fail and the first 300
 * characters of each error (the page shows the full report).
 */
export function compactReport(report: SelfTestReport): object {
  return {
    suite: report.suite,
    host: report.host,
    platform: report.platform,
    passed: report.passed,
    failed: report.failed,
    results: report.results.map((r) => ({ id: r.id, pass: r.pass, ...(r.error !== undefined ? { error: r.error.slice(0, 300) } : {}) })),
    ...(report.cleanupError !== undefined ? { cleanupError: report.cleanupError.slice(0, 300) } : {}),
  };
}

/** Posts the report (or a refusal) to the test server; does nothing in a build without one. */
export async function sendToTestServer(payload: object): Promise<void> {
  if (process.env.KA_TEST_SERVER_PORT) {
    const port = Number(process.env.KA_TEST_SERVER_PORT);
    const helpers = await import('office-addin-test-helpers');
    const ping = await helpers.pingTestServer(port);
    if (ping.status !== 200) throw new Error(`office-addin-test-server on port ${port} answered ${ping.status}`);
    if (!(await helpers.sendTestResults(payload, port))) throw new Error(`could not post the self-test results to port ${port}`);
  }
}
