/**
 * A handler with a gzip body (Smithy `@requestCompression`): the operation core decodes it before
 * reading the input, hands the caller's own coding to the member bound to Content-Encoding, and
 * answers a corrupt, unknown or oversized body as a restJson1 service would.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createMockControl } from '../../src/runtime/control.js';
import { createOperationCore, type OperationHandlerOptions, type OperationSpec } from '../../src/runtime/operation.js';
import type { MemberBinding } from '../../src/runtime/bindings.js';
import { wireFromFetch } from '../../src/runtime/wire.js';

const data: MemberBinding = { member: 'data', in: 'body', name: 'data', type: { scalar: 'string' } };
const encoding: MemberBinding = { member: 'encoding', in: 'header', name: 'Content-Encoding', type: { scalar: 'string' } };

function core(members: MemberBinding[], options: OperationHandlerOptions<Record<string, unknown>> = {}) {
  const seen: unknown[] = [];
  const spec: OperationSpec<Record<string, unknown>, never> = {
    name: 'PutWithContentEncoding',
    method: 'POST',
    path: { segments: ['put'] },
    successCode: 200,
    input: { members },
    resolver: { errors: {} },
  };
  const op = createOperationCore(spec, undefined, createMockControl({}), { ...options, resolver: (input) => (seen.push(input), {}) });
  const call = async (headers: Record<string, string>, body: Uint8Array<ArrayBuffer> | string) => {
    const response = await op.call(await wireFromFetch(new Request('http://h.test/put', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })), {});
    return { status: response.status, type: response.headers['x-amzn-errortype'], body: typeof response.body === 'string' ? response.body : '' };
  };
  return { call, seen };
}

const json = JSON.stringify({ data: 'hello' });

describe('a gzip request body', () => {
  it('is read decoded; the member bound to Content-Encoding gets what is left of the header', async () => {
    const { call, seen } = core([encoding, data]);
    expect((await call({ 'content-encoding': 'gzip' }, gzipSync(json))).status).toBe(200);
    expect((await call({ 'content-encoding': 'custom, gzip' }, gzipSync(json))).status).toBe(200);
    expect(seen).toEqual([{ data: 'hello' }, { encoding: 'custom', data: 'hello' }]);
  });

  it('that does not decompress is malformed: 400 SerializationException', async () => {
    const { call, seen } = core([data]);
    expect(await call({ 'content-encoding': 'gzip' }, json)).toMatchObject({ status: 400, type: 'SerializationException' });
    expect(seen).toEqual([]);
  });

  it('with a coding the mock cannot undo and no member for the header: 415', async () => {
    const { call } = core([data]);
    const answer = await call({ 'content-encoding': 'br' }, json);
    expect(answer).toMatchObject({ status: 415, type: 'UnsupportedMediaTypeException' });
    expect(JSON.parse(answer.body).message).toBe('Content-Encoding br is not supported (the mock decodes gzip, deflate and identity)');
  });

  it('that decompresses past maxBodyBytes: 413, before the input is read', async () => {
    const { call, seen } = core([data], { maxBodyBytes: 1024 });
    const big = JSON.stringify({ data: 'x'.repeat(2000) });
    expect(await call({ 'content-encoding': 'gzip' }, gzipSync(big))).toMatchObject({ status: 413, type: 'RequestEntityTooLargeException' });
    expect((await call({ 'content-encoding': 'gzip' }, gzipSync(json))).status).toBe(200);
    expect(seen).toEqual([{ data: 'hello' }]);
  });
});
