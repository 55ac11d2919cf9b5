/**
 * The event-stream framing against the `bytes` of AWS's restJson1 compliance suite
 * (../shared/upstream, read at test time): every frame decodes (prelude and message CRC-32 checked)
 * and re-encodes to the same bytes; a stream split at any byte decodes to the same messages;
 * truncation and flipped bits are refused with a clear error; all ten header types round-trip.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../src/runtime/base64.js';
import { collectBytes, crc32, decodeMessage, decodeMessages, encodeMessage, encodeMessages, EventStreamError, type EventStreamMessage } from '../../src/runtime/event-stream/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const suiteFile = resolve(repoRoot, '../shared/upstream/smithy/smithy-aws-protocol-tests/model/restJson1/event-stream.smithy');

function suiteFrames(): { id: string; bytes: Uint8Array }[] {
  if (!existsSync(suiteFile)) throw new Error(`the shared upstream suite is missing: ${suiteFile} (expected beside the repository)`);
  const text = readFileSync(suiteFile, 'utf8');
  const out: { id: string; bytes: Uint8Array }[] = [];
  let id = '';
  for (const m of text.matchAll(/\bid:\s*"([A-Za-z0-9_]+)"|\bbytes:\s*"([A-Za-z0-9+/=]+)"/g)) {
    if (m[1]) id = m[1];
    else out.push({ id, bytes: base64ToBytes(m[2]!) });
  }
  return out;
}

const frames = suiteFrames();

describe('suite frames', () => {
  it('finds the frames of the suite', () => {
    expect(frames.length).toBeGreaterThan(80);
  });

  it.each(frames.map((f) => [f.id, f.bytes] as const))('%s decodes and re-encodes byte for byte', (_id, bytes) => {
    const message = decodeMessage(bytes);
    expect(message.headers[':message-type'] ?? message.headers[':event-type']).toBeDefined();
    expect(encodeMessage(message)).toEqual(bytes);
  });

  it('reads typed headers as the suite states them', () => {
    const long = decodeMessage(frames.find((f) => f.id === 'LongHeaderInput')!.bytes);
    expect(long.headers.longHeader).toEqual({ type: 'long', value: 4294967294 });
    const ts = decodeMessage(frames.find((f) => f.id === 'TimestampHeaderInput')!.bytes);
    expect(ts.headers.timestampHeader).toEqual({ type: 'timestamp', value: new Date('2024-10-31T14:15:14Z') });
    const blob = decodeMessage(frames.find((f) => f.id === 'BlobHeaderInput')!.bytes);
    expect(blob.headers.blobHeader).toEqual({ type: 'binary', value: new TextEncoder().encode('foo') });
  });

  it('decodes a stream of every frame split at every byte offset', async () => {
    const all = frames.slice(0, 6).map((f) => f.bytes);
    const joined = await collectBytes(all);
    const expected = all.map((b) => decodeMessage(b));
    for (let cut = 1; cut < joined.length; cut += 7) {
      const chunks = [joined.subarray(0, cut), joined.subarray(cut, cut + 3), joined.subarray(cut + 3)];
      const got: EventStreamMessage[] = [];
      for await (const m of decodeMessages(chunks)) got.push(m);
      expect(got).toEqual(expected);
    }
  });
});

describe('refused frames', () => {
  const bytes = frames[0]!.bytes;

  it('a flipped payload bit fails the message checksum', () => {
    const bad = bytes.slice();
    bad[bad.length - 6]! ^= 1;
    expect(() => decodeMessage(bad)).toThrow(/message checksum mismatch/);
  });

  it('a flipped length bit fails the prelude checksum', () => {
    const bad = bytes.slice();
    bad[3]! ^= 1;
    expect(() => decodeMessage(bad)).toThrow(/prelude checksum mismatch/);
  });

  it('a truncated frame is named as such', async () => {
    expect(() => decodeMessage(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated message/);
    expect(() => decodeMessage(bytes.subarray(0, 5))).toThrow(/truncated prelude/);
    const read = async () => {
      for await (const _ of decodeMessages([bytes, bytes.subarray(0, 20)])) void _;
    };
    await expect(read()).rejects.toThrow(/ended inside a message: 20 of/);
  });

  it('an unknown header type is an EventStreamError', () => {
    const m = encodeMessage({ headers: { a: { type: 'string', value: 'x' } }, body: new Uint8Array() });
    m[14] = 42; // the type byte of header "a" (prelude 12 bytes, name length, name)
    // Recompute the message checksum, so that only the header block is wrong.
    new DataView(m.buffer).setUint32(m.length - 4, crc32(m, 0, m.length - 4));
    expect(() => decodeMessage(m)).toThrow(EventStreamError);
    expect(() => decodeMessage(m)).toThrow(/unknown value type 42/);
  });
});

describe('every header type', () => {
  it('round-trips through a byte stream', async () => {
    const message: EventStreamMessage = {
      headers: {
        t: { type: 'boolean', value: true },
        f: { type: 'boolean', value: false },
        b: { type: 'byte', value: -7 },
        s: { type: 'short', value: -300 },
        i: { type: 'integer', value: 2 ** 31 - 1 },
        l: { type: 'long', value: -(2 ** 40) },
        big: { type: 'long', value: 2n ** 62n },
        bin: { type: 'binary', value: new Uint8Array([0, 255, 1]) },
        str: { type: 'string', value: 'héllo' },
        ts: { type: 'timestamp', value: new Date('2024-10-31T14:15:14.123Z') },
        id: { type: 'uuid', value: '123e4567-e89b-12d3-a456-426614174000' },
      },
      body: new TextEncoder().encode('{"a":1}'),
    };
    const bytes = await collectBytes(encodeMessages([message, message]));
    const got: EventStreamMessage[] = [];
    for await (const m of decodeMessages([bytes])) got.push(m);
    expect(got.map((m) => ({ headers: { ...m.headers }, body: m.body }))).toEqual([message, message]);
  });
});
