/**
 * `decodeResponse` (what every generated `decode<Op>Response` calls) for an output with an event
 * stream: the initial response's headers go through the codec as usual, and the stream member
 * decodes the body of a fetch `Response` as it arrives (the first event is read while the server
 * has not finished sending); given `{ status, headers, body }`, the body bytes are the stream.
 */

import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { decodeResponse, type OperationDecoding } from '../../src/runtime/client/index.js';
import { encodeMessage, eventToMessage, type EventStreamPlan } from '../../src/runtime/event-stream/index.js';

const plan: EventStreamPlan = { union: 'Progress', members: [{ name: 'update', headers: [{ member: 'percent', kind: 'integer' }] }] };
const op: OperationDecoding = {
  operation: 'Watch',
  output: {
    codec: z.object({ room: z.string().optional() }),
    bound: [
      { member: 'room', in: 'header', name: 'x-room', type: { scalar: 'string' } },
      { member: 'stream', in: 'payload', jsonName: 'stream', payload: 'eventStream', plan },
    ],
  },
  errors: new Map(),
};
const frame = (percent: number) => encodeMessage(eventToMessage(plan, { update: { percent } }));

describe('an event-stream output', () => {
  it('from a fetch Response: events are decoded as the body arrives', async () => {
    let push!: (b: Uint8Array | null) => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (b) => (b ? controller.enqueue(b) : controller.close());
      },
    });
    push(frame(10));
    const decoded = await decodeResponse(op, new Response(body, { status: 200, headers: { 'x-room': 'r1', 'content-type': 'application/vnd.amazon.eventstream' } }));
    expect(decoded.ok).toBe(true);
    const output = (decoded as { output: { room: string; stream: AsyncIterable<unknown> } }).output;
    expect(output.room).toBe('r1');
    const events = output.stream[Symbol.asyncIterator]();
    // The server has sent one message and not closed the body: the first event is there already.
    expect(await events.next()).toEqual({ done: false, value: { update: { percent: 10 } } });
    push(frame(90));
    push(null);
    expect(await events.next()).toEqual({ done: false, value: { update: { percent: 90 } } });
    expect((await events.next()).done).toBe(true);
  });

  it('from { status, headers, body }: the bytes are the stream', async () => {
    const bytes = new Uint8Array([...frame(1), ...frame(2)]);
    const decoded = await decodeResponse(op, { status: 200, headers: { 'x-room': 'r2' }, body: bytes });
    const got: unknown[] = [];
    for await (const e of (decoded as { output: { stream: AsyncIterable<unknown> } }).output.stream) got.push(e);
    expect(got).toEqual([{ update: { percent: 1 } }, { update: { percent: 2 } }]);
  });

  it('an error response is decoded as an error, not as a stream', async () => {
    const decoded = await decodeResponse(op, new Response('{"message":"no"}', { status: 500, headers: { 'x-amzn-errortype': 'Boom' } }));
    expect(decoded).toMatchObject({ ok: false, modeled: false, name: 'Boom', body: { message: 'no' } });
  });
});
