/**
 * A real `ota-mock` under hostile requests over raw sockets: bodies over the limit (declared and
 * chunked, up to 600 MB), malformed request lines, paths, escapes and headers, control values
 * the runtime cannot honour, and a few hundred random requests. Every answer is AWS-shaped JSON
 * (`X-Amzn-ErrorType`, `{"message"}`), never a stack trace or a file path, and the server lives on.
 */

import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, rawRequest, rssMB, startMock, type RawAnswer, type RunningMock } from './spawn.js';

let mock: RunningMock;
let small: RunningMock;
let port: number;

beforeAll(async () => {
  [mock, small] = await Promise.all([startMock(process.execPath, [BIN, '--port', '0', '--quiet']), startMock(process.execPath, [BIN, '--port', '0', '--quiet', '--max-body-bytes', '100'])]);
  port = Number(new URL(mock.url).port);
});

afterAll(() => {
  for (const m of [mock, small]) if (m && m.child.exitCode === null) m.child.kill('SIGKILL');
});

const LEAKS = /\n\s+at |\/work\/|node_modules|\.ts:\d|file:\/\//;

/** An AWS-style error: JSON `{"message"}` and an error type, nothing from the server's insides. */
function expectAwsError(answer: RawAnswer, status: number, type?: string): string {
  expect([answer.status, answer.headers['content-type']], answer.raw.slice(0, 300)).toEqual([status, 'application/json']);
  expect(answer.headers['x-amzn-errortype']).toEqual(type ?? expect.any(String));
  const { message } = JSON.parse(answer.body) as { message: string };
  expect(typeof message).toBe('string');
  expect(answer.raw).not.toMatch(LEAKS);
  return message;
}

const get = (path: string, headers = '') => rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}Connection: close\r\n\r\n`);

/** Streams `total` bytes of a chunked body; resolves with the answer and how much was written before it came. */
function streamBody(target: RunningMock, path: string, total: number, headers: Record<string, string> = {}): Promise<{ status: number; body: string; sent: number }> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request({ host: '127.0.0.1', port: new URL(target.url).port, method: 'POST', path, headers: { 'transfer-encoding': 'chunked', ...headers } }, (res) => {
      answered = true;
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body, sent }));
      res.on('error', () => resolve({ status: res.statusCode!, body, sent }));
    });
    // The server stops reading and closes once it has answered: the client's writes may fail
    // (EPIPE, ECONNRESET) around the time the 413 arrives, which is what counts.
    req.on('error', (error) => setTimeout(() => (answered ? undefined : reject(error)), 2000));
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('body size limit', () => {
  it('a declared Content-Length over the limit: 413 before the body is read, connection closed', async () => {
    const answer = await rawRequest(port, `POST /otaUpdates/x HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 600000000\r\n\r\n{"a":`);
    expect(expectAwsError(answer, 413, 'RequestEntityTooLargeException')).toBe('the request body is larger than 1048576 bytes (ota-mock --max-body-bytes)');
    expect(answer.headers.connection).toBe('close');
  });

  it('a 600 MB chunked body: 413 once 1 MiB is crossed, RSS stays flat', async () => {
    const before = rssMB(mock.child.pid!);
    const result = await streamBody(mock, '/__mock/items', 600e6, { 'content-type': 'application/json' });
    const after = rssMB(mock.child.pid!);
    console.info(`600 MB chunked body: 413 after ${(result.sent / 1e6).toFixed(1)} MB written by the client; server RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).message).toContain('larger than 1048576 bytes');
    expect(result.sent).toBeLessThan(100e6);
    expect(after - before).toBeLessThan(50);
    // The server still answers, on a new connection.
    expect((await get('/otaUpdates/none')).status).toBe(404);
  }, 60_000);

  it('--max-body-bytes sets the limit; a body within it works as before', async () => {
    const smallPort = new URL(small.url).port;
    const items = (body: string) => rawRequest(Number(smallPort), `POST /__mock/items HTTP/1.1\r\nHost: 127.0.0.1:${smallPort}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    const ok = await items('{"GetOTAUpdate":[{"otaUpdateId":"fits"}]}');
    expect([ok.status, JSON.parse(ok.body)]).toEqual([200, { stored: [{ operation: 'GetOTAUpdate', keys: ['fits'] }] }]);
    expect(expectAwsError(await items(`{"GetOTAUpdate":[{"otaUpdateId":"${'x'.repeat(100)}"}]}`), 413)).toContain('larger than 100 bytes');
    expect((await streamBody(small, '/__mock/items', 10e6, { 'content-type': 'application/json' })).status).toBe(413);
  });
});

describe('malformed requests get AWS-style errors', () => {
  it.each([
    ['TRACE', `TRACE / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`, 405, 'MethodNotAllowedException'],
    ['TRACK (refused by the parser)', `TRACK / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`, 400, 'BadRequestException'],
    ['CONNECT', `CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n`, 400, 'BadRequestException'],
    ['absolute-form target', `GET http://evil.example/otaUpdates/x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`, 400, 'BadRequestException'],
    ['asterisk target', `OPTIONS * HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`, 400, 'BadRequestException'],
    ['garbage request line', `GARBAGE\r\n\r\n`, 400, 'BadRequestException'],
    ['bad header line', `GET / HTTP/1.1\r\nHost h\r\n\r\n`, 400, 'BadRequestException'],
    ['64 KB header', `GET / HTTP/1.1\r\nHost: h\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`, 431, 'RequestHeaderFieldsTooLargeException'],
    ['10,000 headers', `GET / HTTP/1.1\r\nHost: h\r\n${'a: b\r\n'.repeat(10_000)}\r\n`, 431, 'RequestHeaderFieldsTooLargeException'],
    ['bad chunk size', `POST /otaUpdates/x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`, 400, 'BadRequestException'],
    ['Upgrade', `GET / HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`, 400, 'BadRequestException'],
  ])('%s', async (_name, bytes, status, type) => {
    expectAwsError(await rawRequest(port, bytes), status, type);
  });

  it.each([
    ['GET //[/x', '//[/x', 404, 'UnknownOperationException'],
    ['a lone %', '/otaUpdates/%', 400, 'InvalidRequestException'],
    ['a truncated escape', '/otaUpdates/%E0%A4%A', 400, 'InvalidRequestException'],
    ['an escape that is not UTF-8', '/otaUpdates/%FF', 400, 'InvalidRequestException'],
    ['a % elsewhere', '/%zz/x?%', 404, 'UnknownOperationException'],
    ['dot segments', '/../../etc/passwd', 404, 'UnknownOperationException'],
    ['a control path with [', '/__mock/[', 404, undefined],
  ])('%s', async (_name, path, status, type) => {
    const answer = await get(path);
    if (type === undefined) {
      expect([answer.status, JSON.parse(answer.body).message]).toEqual([status, `no control route GET ${path}`]);
      expect(answer.raw).not.toMatch(LEAKS);
    } else expectAwsError(answer, status, type);
  });

  it('control values the runtime cannot honour: 400 with a clear message', async () => {
    const post = (route: string, body: unknown) =>
      rawRequest(port, `POST /__mock/${route} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${JSON.stringify(body).length}\r\nConnection: close\r\n\r\n${JSON.stringify(body)}`);
    const tooLong = await post('delays', { ms: 2 ** 31 });
    expect([tooLong.status, JSON.parse(tooLong.body).message]).toEqual([400, 'ms must be at most 2147483647 (2^31-1, the longest timer Node.js keeps), got 2147483648']);
    expect((await post('delays', { ms: 2 ** 31 - 1, operation: 'GetOTAUpdate' })).status).toBe(204);
    await post('reset', {});
    const unknown = await post('failures', { error: 'ThrottlingException', operation: 'GetOtaUpdate' });
    expect([unknown.status, JSON.parse(unknown.body).message]).toEqual([400, 'operation "GetOtaUpdate" is not a mocked operation (known: GetOTAUpdate)']);
    expect((await post('delays', { ms: 5, operation: 'DeleteEverything' })).status).toBe(400);
    expect(JSON.parse((await post('items', '{')).body).message).toBe('the body must be a JSON object or array');
    const broken = await rawRequest(port, `POST /__mock/items HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1\r\nConnection: close\r\n\r\n{`);
    expect(broken.status).toBe(400);
    expect(broken.raw).not.toMatch(LEAKS);
  });
});

describe('command line', () => {
  it('--delay above the timer limit: exit 2 with a clear message, nothing listens', () => {
    const run = spawnSync(process.execPath, [BIN, '--port', '0', '--delay', String(2 ** 31)], { encoding: 'utf8', timeout: 60_000 });
    expect([run.status, run.stderr.trim()]).toEqual([2, 'ota-mock: --delay must be at most 2147483647 ms (2^31-1, the longest timer Node.js keeps), got 2147483648']);
    expect(run.stdout).not.toContain('listening');
  }, 60_000);
});

describe('fuzz', () => {
  it('400 random raw requests: every answer is AWS-shaped or a closed socket, and the server keeps answering', async () => {
    // mulberry32: a fixed seed, so a failure reproduces.
    let seed = 20261201;
    const rand = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;
    const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => rand(256))).toString('latin1');
    // Mostly well-formed (so requests reach the handlers and control routes), some broken.
    const methods = ['GET', 'GET', 'GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'get', 'G\u00e9T', '', bytes(5)];
    const paths = ['/', '/otaUpdates/x', '/otaUpdates/%', '/__mock/items', '/__mock/failures', '/__mock/delays', '//[/x', '*', 'http://a/b', `/${bytes(20)}`, `/otaUpdates/${'%'.repeat(rand(50))}`, `/${'a/'.repeat(rand(2000))}`];
    const headerLines = [
      'Content-Type: application/json',
      'Content-Type: text/plain',
      `Content-Length: ${rand(10_000)}`,
      'Content-Length: -1',
      'Content-Length: 1, 2',
      'Transfer-Encoding: chunked',
      'Transfer-Encoding: gzip, chunked',
      'Origin: https://evil.example',
      'Origin: null',
      `Host: ${rand(4) ? 'evil.example' : bytes(8)}`,
      'Expect: 100-continue',
      `X-Long: ${'b'.repeat(rand(40_000))}`,
      `X-Bytes: ${bytes(30)}`,
      'Access-Control-Request-Method: GET',
    ];
    const requests = Array.from({ length: 400 }, () => {
      const head = [`${pick(methods)} ${pick(paths)} ${pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', ''])}`, `Host: 127.0.0.1:${port}`];
      for (let i = rand(5); i > 0; i--) head.push(pick(headerLines));
      if (rand(2)) head.push('Connection: close');
      const body = pick(['', '{}', '{"error":"ThrottlingException"}', '5\r\nhello\r\n0\r\n\r\n', bytes(rand(3000))]);
      // Usually a length that frames the body; otherwise the body is read as a next request.
      if (body !== '' && rand(4)) head.push(`Content-Length: ${Buffer.byteLength(body, 'latin1')}`);
      return `${head.join(rand(8) ? '\r\n' : '\n')}\r\n\r\n${body}`;
    });
    const statuses = new Map<string, number>();
    for (let i = 0; i < requests.length; i += 20) {
      const answers = await Promise.all(requests.slice(i, i + 20).map((r) => rawRequest(port, Buffer.from(r, 'latin1'), 3000)));
      for (const answer of answers) {
        expect(answer.raw).not.toMatch(LEAKS);
        if (answer.raw !== '' && answer.status >= 400) expect(answer.headers['content-type'], answer.raw.slice(0, 200)).toBe('application/json');
        const key = answer.raw === '' ? 'closed' : String(answer.status);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
    }
    console.info(`fuzz answers by status: ${[...statuses].map(([k, v]) => `${k}×${v}`).join(', ')}`);
    expect(statuses.get('500')).toBeUndefined(); // no request reached the "bug in the mock" path
    expect(mock.child.exitCode).toBeNull();
    expect((await get('/otaUpdates/none')).headers['x-amzn-errortype']).toBe('ResourceNotFoundException');
    expect(mock.child.exitCode).toBeNull();
  }, 120_000);
});
