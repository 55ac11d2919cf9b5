/**
 * A real browser (Debian's Chromium, driven by playwright-core) on a page of another origin, against
 * a real `ota-mock`: with that origin listed in `--cors` the page calls an operation with the AWS
 * SDK's headers (a preflight) and reads the error type and request id; the same page's attempts at
 * the control routes (a CSRF-style `text/plain` POST, a JSON POST) change nothing.
 */

import { createServer, type Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../../../../scripts/test-prereqs.mjs';
import { BIN, startMock, type RunningMock } from './spawn.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let page: Server;
let pageOrigin: string;
let mock: RunningMock;
let browser: Browser;

beforeAll(async () => {
  page = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'));
  await new Promise<void>((done) => page.listen(0, '127.0.0.1', done));
  const address = page.address();
  pageOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  [mock, browser] = await Promise.all([startMock(process.execPath, [BIN, '--port', '0', '--quiet', '--cors', pageOrigin]), chromium.launch({ executablePath: requireChromium(), args: ARGS })]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (mock && mock.child.exitCode === null) mock.child.kill('SIGKILL');
  await new Promise((done) => page?.close(done));
});

describe('ota-mock from a browser page on another origin', () => {
  it('the page calls an operation with SigV4-style headers and reads x-amzn-errortype; control routes refuse it', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${pageOrigin}/`);
    const result = await tab.evaluate(async (mockUrl) => {
      const call = await fetch(`${mockUrl}/otaUpdates/none`, {
        headers: { authorization: 'AWS4-HMAC-SHA256 Credential=x', 'x-amz-date': '20261202T000000Z', 'amz-sdk-request': 'attempt=1; max=3', 'x-amz-user-agent': 'aws-sdk-js' },
      });
      const operation = { status: call.status, type: call.headers.get('x-amzn-errortype'), requestId: call.headers.get('x-amzn-requestid'), body: await call.json() };
      // CSRF: a "simple" cross-origin POST the browser sends without asking (no preflight).
      await fetch(`${mockUrl}/__mock/failures`, { method: 'POST', mode: 'no-cors', body: JSON.stringify({ error: 'ThrottlingException', always: true }) });
      // A JSON POST needs a preflight, which the mock refuses for this origin.
      const json = await fetch(`${mockUrl}/__mock/failures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"error":"ThrottlingException","always":true}' }).then(
        () => 'sent',
        (error: Error) => error.name,
      );
      return { operation, json };
    }, mock.url);
    expect(result.operation).toEqual({ status: 404, type: 'ResourceNotFoundException', requestId: expect.stringMatching(/^00000000-0000-4000-8000-/), body: { message: 'OTAUpdateInfo with otaUpdateId "none" not found' } });
    expect(result.json).toBe('TypeError');
    // Nothing was forced: the next call from Node is a plain not-found, not a ThrottlingException.
    const after = await fetch(`${mock.url}/otaUpdates/none`);
    expect(after.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
  }, 60_000);
});
