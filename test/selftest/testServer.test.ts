/**
 * The task pane's side of npm run test:excel: without KA_TEST_SERVER_PORT (every build but the
 * one test:excel makes) nothing is sent; with it, the report goes to office-addin-test-server
 * through office-addin-test-helpers (ping, then post), and a refused post is an error, not a skip.
 */
const ping = jest.fn();
const send = jest.fn();
jest.mock('office-addin-test-helpers', () => ({ pingTestServer: ping, sendTestResults: send }));

import { selfTestAutoRun, sendToTestServer } from '../../src/selftest/testServer';

afterEach(() => {
  delete process.env.KA_TEST_SERVER_PORT;
  ping.mockReset();
  send.mockReset();
});

it('sends nothing in an ordinary build', async () => {
  expect(selfTestAutoRun()).toBe(false);
  await sendToTestServer({ x: 1 });
  expect(ping).not.toHaveBeenCalled();
});

it('pings and posts to the test server in a test:excel build', async () => {
  process.env.KA_TEST_SERVER_PORT = '4201';
  ping.mockResolvedValue({ status: 200, platform: 'Windows', error: null });
  send.mockResolvedValue(true);
  expect(selfTestAutoRun()).toBe(true);
  await sendToTestServer({ passed: 16 });
  expect(ping).toHaveBeenCalledWith(4201);
  expect(send).toHaveBeenCalledWith({ passed: 16 }, 4201);

  send.mockResolvedValue(false);
  await expect(sendToTestServer({ passed: 16 })).rejects.toThrow('could not post the self-test results to port 4201');
});
