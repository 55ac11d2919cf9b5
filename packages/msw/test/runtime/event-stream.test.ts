/**
 * An operation with event streams through `createEventStreamHandler` (runtime/event-stream.ts) and
 * msw's `getResponse`, with the framing of @ota-contract/zod/client: the request body's messages
 * reach the resolver as an AsyncIterable of union values (a bad frame throws from the iteration),
 * the strict input check still runs on the other members, and the resolver's output stream is the
 * response body, `application/vnd.amazon.eventstream`, one message per event.
 */

import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as es from '@ota-contract/zod/client';
import { createMockControl } from '../../src/runtime/control.js';
import { createEventStreamHandler, type EventStreamSpec } from '../../src/runtime/event-stream.js';
import type { MemberBinding } from '../../src/runtime/bindings.js';
import type { MockResolver } from '../../src/runtime/resolver.js';
import type { OperationSpec } from '../../src/runtime/operation.js';
import type { SafeParser } from '../../src/runtime/validation.js';

const plan: es.EventStreamPlan = {
  union: 'Chat',
  members: [
    { name: 'message', headers: [{ member: 'from', kind: 'string' }], payload: { member: 'text', kind: 'string' } },
    { name: 'failed', error: true, headers: [], body: { encode: (v) => v, decode: (w) => w } },
  ],
};

const stream: MemberBinding = { member: 'stream', in: 'payload', name: 'stream', type: { scalar: 'document' } };
const room: MemberBinding = { member: 'room', in: 'header', name: 'x-room', type: { scalar: 'string' } };
/** A strict check of the other members: `room` is required and a string; no other member. */
const roomSchema: SafeParser = {
  safeParse: (v) => {
    const keys = Object.keys(v as object);
    const ok = typeof (v as { room?: unknown }).room === 'string' && keys.every((k) => k === 'room');
    return ok ? { success: true, data: v } : { success: false, error: { issues: [{ path: ['room'], message: 'is required' }] } };
  },
};
const anyObject: SafeParser = { safeParse: (v) => ({ success: true, data: v }) };

type Input = { room: string; stream: AsyncIterable<unknown> };
const spec: OperationSpec<Input, never> = {
  name: 'Chat',
  method: 'POST',
  path: { segments: ['chat'] },
  successCode: 200,
  input: { schema: roomSchema, members: [room, stream] },
  output: { members: [stream], itemName: 'ChatOutput', schema: anyObject, onMissing: 'empty' },
  resolver: { outputSchema: anyObject, errors: {} },
};
const streams: EventStreamSpec<es.EventStreamPlan> = { codec: es, input: { member: 'stream', plan }, output: { member: 'stream', plan } };

const frames = (...events: unknown[]) => es.collectBytes(es.encodeEventStream(plan, events));

async function call(resolver: MockResolver<Input, unknown>, body: Uint8Array, headers: Record<string, string> = { 'x-room': 'r1' }) {
  const handler = createEventStreamHandler(spec, streams, undefined, createMockControl({}), { resolver });
  const request = new Request('https://example.com/chat', { method: 'POST', headers: { 'content-type': 'application/vnd.amazon.eventstream', ...headers }, body: body as Uint8Array<ArrayBuffer> });
  return (await getResponse([handler], request))!;
}

describe('createEventStreamHandler', () => {
  it('hands the request events to the resolver and writes its output stream as the response body', async () => {
    const seen: unknown[] = [];
    const response = await call(async ({ room: r, stream: events }) => {
      for await (const e of events) seen.push(e);
      return { stream: (async function* () { yield { message: { from: 'bot', text: `hello ${r}` } }; yield { failed: { reason: 'bye' } }; })() };
    }, await frames({ message: { from: 'ann', text: 'hi' } }, { message: { from: 'bob', text: 'yo' } }));
    expect(seen).toEqual([{ message: { from: 'ann', text: 'hi' } }, { message: { from: 'bob', text: 'yo' } }]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    const got: unknown[] = [];
    const read = async () => {
      for await (const e of es.decodeEventStream(plan, [new Uint8Array(await response.arrayBuffer())])) got.push(e);
    };
    await expect(read()).rejects.toMatchObject({ name: 'EventStreamException', errorName: 'failed', error: { reason: 'bye' } });
    expect(got).toEqual([{ message: { from: 'bot', text: 'hello r1' } }]);
  });

  it('a corrupt frame throws from the iteration, where the resolver reads it', async () => {
    const bytes = await frames({ message: { from: 'ann', text: 'hi' } });
    bytes[bytes.length - 1]! ^= 0xff;
    let error: unknown;
    await call(async ({ stream: events }) => {
      try {
        for await (const _ of events) void _;
      } catch (e) {
        error = e;
      }
      return {};
    }, bytes);
    expect(error).toBeInstanceOf(es.EventStreamError);
    expect(String(error)).toMatch(/message checksum mismatch/);
  });

  it('still checks the other input members strictly (a missing required header is refused before the resolver)', async () => {
    let called = false;
    const response = await call(() => ((called = true), {}), await frames(), {});
    expect(called).toBe(false);
    expect(response.status).toBe(400);
  });

  it('refuses a request body that is not declared as an event stream', async () => {
    const handler = createEventStreamHandler(spec, streams, undefined, createMockControl({}), { resolver: () => ({}) });
    const response = await getResponse([handler], new Request('https://example.com/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'x-room': 'r' }, body: '{}' }));
    expect(response!.status).toBe(415);
  });
});
