/**
 * Incremental framing over a byte stream: `decodeMessages` reads messages from chunks split
 * anywhere (inside a prelude, a header or a checksum), `encodeMessages` frames a message sequence
 * as a `ReadableStream` of bytes (an HTTP body). A stream that ends inside a message is an error.
 */

import { decodeMessage, encodeMessage, EventStreamError, messageLength, type EventStreamMessage } from './message.js';

/** What a body can be read from: a Fetch body stream, or any async (or sync) iterable of chunks. */
export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (typeof (source as { getReader?: unknown }).getReader === 'function' && !(Symbol.asyncIterator in source)) {
    const reader = (source as unknown as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* source as AsyncIterable<Uint8Array>;
}

/** Messages of a byte stream, one as soon as its last byte arrives. */
export async function* decodeMessages(source: ByteSource): AsyncGenerator<EventStreamMessage> {
  let buffer = new Uint8Array(0);
  for await (const chunk of chunksOf(source)) {
    if (chunk.length === 0) continue;
    const joined = new Uint8Array(buffer.length + chunk.length);
    joined.set(buffer);
    joined.set(chunk, buffer.length);
    buffer = joined;
    while (buffer.length >= 12) {
      const total = messageLength(buffer);
      if (buffer.length < total) break;
      yield decodeMessage(buffer.subarray(0, total));
      buffer = buffer.slice(total);
    }
  }
  if (buffer.length > 0) {
    const total = buffer.length >= 12 ? messageLength(buffer) : 12;
    throw new EventStreamError(`the stream ended inside a message: ${buffer.length} of ${total} bytes`);
  }
}

/** A byte stream of the messages, framed one by one as the source yields them. */
export function encodeMessages(messages: AsyncIterable<EventStreamMessage> | Iterable<EventStreamMessage>): ReadableStream<Uint8Array> {
  const iterator = (async function* () {
    for await (const m of messages) yield encodeMessage(m);
  })();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
}

/** Every chunk of a source, concatenated (for tests and small bodies). */
export async function collectBytes(source: ByteSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunksOf(source)) parts.push(chunk);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
