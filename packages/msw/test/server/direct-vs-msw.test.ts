/**
 * Over real HTTP, the server's direct path (operation cores called with a node:http view of the
 * request, no Fetch objects) answers byte for byte as the msw path (the same handlers run through
 * msw's getResponse, forced by a foreign handler in the list) — for found, missing, invalid and
 * malformed ids, refused Accept and Content-Type headers, duplicate headers and a resolver that
 * reads `context.request`.
 */

import { request as httpRequest } from 'node:http';
import { fixtures } from '@ota-contract/fixtures';
import { createGetOTAUpdateStore, createMockControl, getOTAUpdateHandler, mockErrors } from '@ota-contract/msw';
import { startMockServer, type MockServer } from '@ota-contract/msw/server';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const item = fixtures.OTAUpdateInfo.build({ seed: 11 });
const echoed = { ...fixtures.OTAUpdateInfo.build({ seed: 12 }), otaUpdateId: 'echo' };

/** What the resolver saw of `context.request`, per server. */
const seen: Record<'direct' | 'msw', string[]> = { direct: [], msw: [] };

function handlers(side: 'direct' | 'msw') {
  const control = createMockControl(mockErrors);
  const store = createGetOTAUpdateStore().put(item);
  const stored = getOTAUpdateHandler({ store, control });
  const resolved = getOTAUpdateHandler({
    control,
    basePath: '/resolved',
    resolver: (input, context) => {
      seen[side].push(`${context.request.method} ${new URL(context.request.url).pathname} ${context.request.headers.get('x-trace')}`);
      return { otaUpdateInfo: { ...echoed, description: input.otaUpdateId } };
    },
  });
  // A handler from elsewhere sends the whole list through msw (dispatch.ts).
  const foreign = http.get('*/never/matched', () => HttpResponse.json({}));
  return side === 'direct' ? [stored, resolved] : [foreign, stored, resolved];
}

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(server: MockServer, method: string, path: string, headers: [string, string][]): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: server.host, port: server.port, method, path, headers: [['Host', `${server.host}:${server.port}`], ...headers].flat() }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...rest } = res.headers;
        resolve({ status: res.statusCode!, headers: rest, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

let direct: MockServer;
let viaMsw: MockServer;

beforeAll(async () => {
  [direct, viaMsw] = await Promise.all([
    startMockServer({ handlers: handlers('direct'), port: 0, admin: false }),
    startMockServer({ handlers: handlers('msw'), port: 0, admin: false }),
  ]);
});

afterAll(async () => {
  await Promise.all([direct?.close(), viaMsw?.close()]);
});

describe('ota-mock: direct path and msw path give the same bytes', () => {
  const id = () => item.otaUpdateId!;
  it.each<[string, string, () => string, [string, string][], number]>([
    ['found', 'GET', () => `/otaUpdates/${id()}`, [], 200],
    ['found, query string ignored', 'GET', () => `/otaUpdates/${id()}?x=1&x=2`, [], 200],
    ['not found', 'GET', () => '/otaUpdates/none', [], 404],
    ['invalid id', 'GET', () => '/otaUpdates/not%20valid', [], 400],
    ['malformed escape', 'GET', () => '/otaUpdates/%E0%A4%A', [], 400],
    ['unknown path', 'GET', () => '/things', [], 404],
    ['other method', 'DELETE', () => `/otaUpdates/${id()}`, [], 404],
    ['Accept refused', 'GET', () => `/otaUpdates/${id()}`, [['Accept', 'text/html']], 406],
    ['two Accept headers, one admits JSON', 'GET', () => `/otaUpdates/${id()}`, [['Accept', 'text/html'], ['Accept', 'application/json']], 200],
    ['CORS request from the default dev origin', 'GET', () => `/otaUpdates/${id()}`, [['Origin', 'http://localhost:5173']], 200],
    ['resolver', 'GET', () => '/resolved/otaUpdates/abc', [['X-Trace', 'a'], ['X-Trace', 'b']], 200],
  ])('%s', async (_name, method, path, headers, status) => {
    const [a, b] = await Promise.all([send(direct, method, path(), headers), send(viaMsw, method, path(), headers)]);
    expect(a).toEqual(b);
    expect(a.status).toBe(status);
  });

  it('a resolver gets a Fetch Request with the method, path and (joined) headers on both paths', () => {
    expect(seen.direct).toEqual(['GET /resolved/otaUpdates/abc a, b']);
    expect(seen.direct).toEqual(seen.msw);
  });
});
