/**
 * The door of a real `ota-mock` (the bin, on 127.0.0.1, OS-chosen ports), probed over HTTP as a
 * hostile page would: cross-origin and DNS-rebinding requests, CSRF-style bodies, a missing or
 * wrong token on the control routes; and CORS on the operation routes as a browser app needs it.
 */

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, startMock, type RunningMock } from './spawn.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http, which (unlike fetch) sends any Host and Origin a page or a rebinding DNS could produce. */
function call(url: string, init: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: init.method ?? 'GET', path: init.path, headers: init.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };
const failure = JSON.stringify({ error: 'ThrottlingException' });

let plain: RunningMock;
let locked: RunningMock;
let port: string;

beforeAll(async () => {
  [plain, locked] = await Promise.all([
    startMock(process.execPath, [BIN, '--port', '0', '--quiet']),
    startMock(process.execPath, [BIN, '--port', '0', '--quiet', '--allow-origin', 'http://tools.test:9000', '--cors', 'http://app.test:8080'], { env: { OTA_MOCK_TOKEN: 's3cret' } }),
  ]);
  port = new URL(plain.url).port;
});

afterAll(() => {
  for (const m of [plain, locked]) if (m && m.child.exitCode === null) m.child.kill('SIGKILL');
});

async function pendingFailures(url: string, headers: Record<string, string> = {}): Promise<boolean> {
  // A forced failure is pending iff the next call fails with it.
  const answer = await call(url, { path: '/otaUpdates/probe', headers });
  if (answer.headers['x-amzn-errortype'] === 'ThrottlingException') return true;
  expect(answer.headers['x-amzn-errortype']).toBe('ResourceNotFoundException');
  return false;
}

describe('control routes refuse what a web page could send', () => {
  it('a foreign Origin: 403 naming --allow-origin, and nothing is changed', async () => {
    const answer = await call(plain.url, { method: 'POST', path: '/__mock/failures', headers: { ...JSON_TYPE, origin: 'https://evil.example' }, body: failure });
    expect(answer.status).toBe(403);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers['x-amzn-errortype']).toBe('ForbiddenOriginException');
    expect(JSON.parse(answer.body).message).toBe(
      'control routes refuse cross-origin requests: Origin "https://evil.example" is not this server\'s own; start ota-mock with --allow-origin https://evil.example to allow it',
    );
    expect(await pendingFailures(plain.url)).toBe(false);
    expect((await call(plain.url, { method: 'POST', path: '/__mock/failures', headers: { ...JSON_TYPE, origin: 'null' }, body: failure })).status).toBe(403);
  });

  it("the server's own origin passes", async () => {
    const answer = await call(plain.url, { method: 'POST', path: '/__mock/failures', headers: { ...JSON_TYPE, origin: `http://localhost:${port}` }, body: failure });
    expect(answer.status).toBe(204);
    expect(await pendingFailures(plain.url)).toBe(true);
  });

  it('a Host that is not a loopback name with this port (DNS rebinding): 403, the store is not read', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, `localhost.evil.example:${port}`]) {
      const answer = await call(plain.url, { path: '/__mock/items', headers: { host } });
      expect([host, answer.status, answer.headers['x-amzn-errortype']]).toEqual([host, 403, 'ForbiddenHostException']);
      expect(JSON.parse(answer.body).message).toContain(`got Host ${JSON.stringify(host)}`);
      expect(answer.body).not.toContain('GetOTAUpdate');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      const answer = await call(plain.url, { path: '/__mock/items', headers: { host } });
      expect([host, answer.status, JSON.parse(answer.body)]).toEqual([host, 200, { GetOTAUpdate: [] }]);
    }
  });

  it('a body that is not application/json (what a page sends without a preflight): 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      const headers: Record<string, string> = type === undefined ? {} : { 'content-type': type };
      const answer = await call(plain.url, { method: 'POST', path: '/__mock/delays', headers, body: '{"ms":1}' });
      expect([type, answer.status, answer.headers['x-amzn-errortype']]).toEqual([type, 415, 'UnsupportedMediaTypeException']);
      expect(JSON.parse(answer.body).message).toContain('send Content-Type: application/json');
    }
    const ok = await call(plain.url, { method: 'POST', path: '/__mock/reset', headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{}' });
    expect(ok.status).toBe(204);
    expect((await call(plain.url, { method: 'POST', path: '/__mock/reset' })).status).toBe(204); // no body, nothing to type
  });

  it('with a token (OTA_MOCK_TOKEN): 401 without it or with a wrong one, 204 with it', async () => {
    const post = (headers: Record<string, string>) => call(locked.url, { method: 'POST', path: '/__mock/failures', headers: { ...JSON_TYPE, ...headers }, body: failure });
    const missing = await post({});
    expect([missing.status, missing.headers['x-amzn-errortype']]).toEqual([401, 'MissingAuthenticationTokenException']);
    expect(JSON.parse(missing.body).message).toBe('control routes need the token given with --token (or OTA_MOCK_TOKEN): send it in the x-ota-mock-token header');
    expect((await post({ 'x-ota-mock-token': 's3cre' })).status).toBe(401);
    expect((await post({ 'x-ota-mock-token': 's3cret!' })).status).toBe(401);
    expect((await call(locked.url, { path: '/__mock/items' })).status).toBe(401);
    expect(await pendingFailures(locked.url)).toBe(false);
    expect((await post({ 'x-ota-mock-token': 's3cret' })).status).toBe(204);
    expect(await pendingFailures(locked.url)).toBe(true);
  });

  it('--allow-origin lets that origin in, with CORS on the control routes (and a preflight for the token)', async () => {
    const preflight = await call(locked.url, {
      method: 'OPTIONS',
      path: '/__mock/failures',
      headers: { origin: 'http://tools.test:9000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-ota-mock-token' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://tools.test:9000');
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type, x-ota-mock-token');
    const answer = await call(locked.url, { path: '/__mock/items', headers: { origin: 'http://tools.test:9000', 'x-ota-mock-token': 's3cret' } });
    expect([answer.status, answer.headers['access-control-allow-origin']]).toEqual([200, 'http://tools.test:9000']);
    const foreign = await call(locked.url, { method: 'OPTIONS', path: '/__mock/failures', headers: { origin: 'http://app.test:8080', 'access-control-request-method': 'POST' } });
    expect([foreign.status, foreign.headers['access-control-allow-origin']]).toEqual([403, undefined]);
  });
});

describe('CORS on the operation routes', () => {
  // What @aws-sdk/client-iot sends from a browser (SigV4 and retry headers), as its preflight lists them.
  const SDK_HEADERS = 'amz-sdk-invocation-id,amz-sdk-request,authorization,content-type,x-amz-content-sha256,x-amz-date,x-amz-security-token,x-amz-user-agent';

  it('default: a Vite dev server on loopback gets a preflight with the SDK headers, and reads error type and request id', async () => {
    const preflight = await call(plain.url, {
      method: 'OPTIONS',
      path: '/otaUpdates/x',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': SDK_HEADERS },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(preflight.headers['access-control-allow-methods']).toContain('GET');
    expect(preflight.headers['access-control-allow-headers']).toBe(SDK_HEADERS.split(',').join(', '));
    const answer = await call(plain.url, { path: '/otaUpdates/none', headers: { origin: 'http://127.0.0.1:3000' } });
    expect(answer.status).toBe(404);
    expect(answer.headers['access-control-allow-origin']).toBe('http://127.0.0.1:3000');
    expect(String(answer.headers['access-control-expose-headers']).split(', ')).toEqual(expect.arrayContaining(['x-amzn-errortype', 'x-amzn-requestid']));
    expect(answer.headers.vary).toBe('Origin');
  });

  it('other origins get no CORS headers, and their preflight a 403', async () => {
    const answer = await call(plain.url, { path: '/otaUpdates/none', headers: { origin: 'https://evil.example' } });
    expect([answer.status, answer.headers['access-control-allow-origin']]).toEqual([404, undefined]);
    const preflight = await call(plain.url, { method: 'OPTIONS', path: '/otaUpdates/x', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect([preflight.status, preflight.headers['x-amzn-errortype']]).toEqual([403, 'CorsPreflightRefusedException']);
    expect(JSON.parse(preflight.body).message).toContain('add it with --cors <origin>');
  });

  it('--cors replaces the default list', async () => {
    const listed = await call(locked.url, { path: '/otaUpdates/none', headers: { origin: 'http://app.test:8080' } });
    expect(listed.headers['access-control-allow-origin']).toBe('http://app.test:8080');
    const vite = await call(locked.url, { path: '/otaUpdates/none', headers: { origin: 'http://localhost:5173' } });
    expect(vite.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('operation routes take any Host and content type, as before (boto3, the AWS CLI, curl)', async () => {
    const answer = await call(plain.url, { path: '/otaUpdates/none', headers: { host: 'iot.us-east-1.amazonaws.com' } });
    expect([answer.status, answer.headers['x-amzn-errortype']]).toEqual([404, 'ResourceNotFoundException']);
  });
});
