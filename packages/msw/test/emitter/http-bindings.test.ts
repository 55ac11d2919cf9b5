/**
 * The msw emitter beyond GetOTAUpdate: the codegen feature model `http-bindings.json` (greedy and
 * query-literal URIs, query lists and maps, headers, prefix headers, payloads, response codes,
 * a 204 operation; no modeled errors, so invalid input gets a plain `ValidationException`) generated into a scratch workspace, then exercised under msw/node in a child
 * process with plain fetch.
 */

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleScript, generateWorkspace, modelsDir, removeWorkspace, type Workspace } from '../../../../tools/codegen/test/general/harness.js';

let ws: Workspace;
beforeAll(() => {
  ws = generateWorkspace(join(modelsDir, 'http-bindings.json'), { only: ['types', 'zod', 'fixtures', 'msw'] }, 'msw-http-bindings');
});
afterAll(() => removeWorkspace(ws));

const CHECK = String.raw`
import { getResponse } from 'msw';
import { handlers, mockStores } from '@ota-contract/msw';

const results = {};
const call = async (name, method, url, init = {}) => {
  const response = await getResponse(handlers, new Request('http://mock.test' + url, { method, ...init }));
  if (!response) return (results[name] = 'unhandled');
  const bytes = new Uint8Array(await response.arrayBuffer());
  results[name] = {
    status: response.status,
    type: response.headers.get('x-amzn-errortype'),
    contentType: response.headers.get('content-type'),
    headers: Object.fromEntries([...response.headers].filter(([k]) => k.startsWith('x-meta-') || k === 'etag')),
    body: bytes.length ? new TextDecoder().decode(bytes) : null,
  };
};

mockStores.GetObject.set({ bucket: 'my-bucket', key: 'a/b/c' }, { body: new Uint8Array([104, 105]), contentType: 'text/plain', status: 206, metadata: { color: 'red' } });
mockStores.PutConfig.set({ bucket: 'my-bucket' }, { config: { enabled: true, retention: 30 }, etag: '"v1"' });

await call('greedy', 'GET', '/buckets/my-bucket/objects/a/b/c?x-id=GetObject&versionId=v&field=x&field=y', { headers: { 'X-Meta-Who': 'me' } });
await call('noQueryLiteral', 'GET', '/buckets/my-bucket/objects/a/b/c');
await call('missing', 'GET', '/buckets/my-bucket/objects/zzz?x-id=GetObject');
await call('badInteger', 'GET', '/buckets/my-bucket/objects/a/b/c?x-id=GetObject&partNumber=abc');
await call('putConfig', 'PUT', '/buckets/my-bucket/config', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ enabled: true, retention: 7 }) });
await call('putConfigRange', 'PUT', '/buckets/my-bucket/config', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ enabled: true, retention: 400 }) });
await call('putConfigUnseeded', 'PUT', '/buckets/other-bucket/config', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ enabled: false }) });
await call('delete', 'DELETE', '/things/7?force=true');
await call('badIntegerLabel', 'DELETE', '/things/0');
console.log(JSON.stringify(results));
`;

/** Bundles the check with the scratch `@ota-contract/*` packages (third-party ones stay external) and runs it. */
async function runCheck(source: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const entry = join(ws.dir, 'msw-check.entry.ts');
  const outfile = join(ws.dir, 'msw-check.bundle.mjs');
  writeFileSync(entry, source);
  await bundleScript(entry, outfile);
  const run = spawnSync(process.execPath, [outfile], { cwd: ws.dir, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

it('serves every binding kind as restJson1 says', async () => {
  const run = await runCheck(CHECK);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const results = JSON.parse(run.stdout) as Record<string, unknown>;
  expect(results.greedy).toEqual({ status: 206, type: null, contentType: 'text/plain', headers: { 'x-meta-color': 'red' }, body: 'hi' });
  expect(results.noQueryLiteral).toBe('unhandled');
  expect(results.missing).toMatchObject({ status: 404 });
  // Not an integer: the request cannot be deserialized (Smithy: SerializationException; the model has no validation error of its own).
  expect(results.badInteger).toMatchObject({ status: 400, type: 'SerializationException', body: expect.stringContaining('partNumber') });
  expect(results.putConfig).toEqual({ status: 200, type: null, contentType: 'application/json', headers: { etag: '"v1"' }, body: '{"config":{"enabled":true,"retention":30}}' });
  expect(results.putConfigRange).toMatchObject({ status: 400, body: expect.stringContaining('retention') });
  expect(results.putConfigUnseeded).toMatchObject({ status: 200, body: '{}' });
  expect(results.delete).toMatchObject({ status: 204, body: null });
  expect(results.badIntegerLabel).toMatchObject({ status: 400, body: '{"message":"thingId: must be ≥ 1"}' });
});
