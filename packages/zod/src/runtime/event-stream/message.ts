/**
 * One message of the `application/vnd.amazon.eventstream` framing, encoded and decoded:
 *
 *   prelude: total length (u32 BE) | headers length (u32 BE) | prelude CRC-32 (of the 8 bytes before)
 *   headers: repeated [name length (u8) | name (UTF-8) | type (u8) | value]
 *   payload: the rest, up to the message CRC-32 (u32 BE, of everything before it)
 *
 * Header value types: 0 true, 1 false (no value), 2 byte (i8), 3 short (i16), 4 integer (i32),
 * 5 long (i64), 6 byte array (u16 length + bytes), 7 string (u16 length + UTF-8), 8 timestamp
 * (i64 epoch milliseconds), 9 uuid (16 bytes). Multi-byte numbers are big-endian.
 */

import { crc32 } from './crc32.js';

export type HeaderValue =
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'byte'; readonly value: number }
  | { readonly type: 'short'; readonly value: number }
  | { readonly type: 'integer'; readonly value: number }
  /** A number when it is a safe integer, else a bigint. */
  | { readonly type: 'long'; readonly value: number | bigint }
  | { readonly type: 'binary'; readonly value: Uint8Array }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'timestamp'; readonly value: Date }
  /** Lower-case hex with dashes (`123e4567-e89b-12d3-a456-426614174000`). */
  | { readonly type: 'uuid'; readonly value: string };

/** Headers in wire order (a name may appear once). */
export type MessageHeaders = Readonly<Record<string, HeaderValue>>;

export interface EventStreamMessage {
  readonly headers: MessageHeaders;
  readonly body: Uint8Array;
}

/** A frame that cannot be read: truncated, a checksum mismatch, an unknown header type, lengths that disagree. */
export class EventStreamError extends Error {
  override name = 'EventStreamError';
}

const PRELUDE = 12;
const OVERHEAD = PRELUDE + 4;
/** 16 MiB, the limit AWS services apply; anything bigger is treated as a corrupt length. */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
const UTF8 = new TextEncoder();
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

function headerBytes(name: string, h: HeaderValue): Uint8Array {
  const nameBytes = UTF8.encode(name);
  if (nameBytes.length === 0 || nameBytes.length > 255) throw new EventStreamError(`header name ${JSON.stringify(name)}: must be 1 to 255 UTF-8 bytes`);
  let value: Uint8Array;
  let type: number;
  const fixed = (n: number, write: (v: DataView) => void) => {
    value = new Uint8Array(n);
    write(new DataView(value.buffer));
  };
  switch (h.type) {
    case 'boolean':
      type = h.value ? 0 : 1;
      value = new Uint8Array(0);
      break;
    case 'byte':
      type = 2;
      fixed(1, (v) => v.setInt8(0, h.value));
      break;
    case 'short':
      type = 3;
      fixed(2, (v) => v.setInt16(0, h.value));
      break;
    case 'integer':
      type = 4;
      fixed(4, (v) => v.setInt32(0, h.value));
      break;
    case 'long':
      type = 5;
      fixed(8, (v) => v.setBigInt64(0, BigInt(h.value)));
      break;
    case 'binary':
    case 'string': {
      type = h.type === 'binary' ? 6 : 7;
      const data = h.type === 'binary' ? h.value : UTF8.encode(h.value);
      if (data.length > 0xffff) throw new EventStreamError(`header ${name}: a ${h.type} value holds at most 65535 bytes`);
      value = new Uint8Array(2 + data.length);
      new DataView(value.buffer).setUint16(0, data.length);
      value.set(data, 2);
      break;
    }
    case 'timestamp':
      type = 8;
      if (Number.isNaN(h.value.getTime())) throw new EventStreamError(`header ${name}: invalid Date`);
      fixed(8, (v) => v.setBigInt64(0, BigInt(h.value.getTime())));
      break;
    case 'uuid': {
      type = 9;
      const hex = h.value.replace(/-/g, '');
      if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new EventStreamError(`header ${name}: ${JSON.stringify(h.value)} is not a UUID`);
      value = new Uint8Array(16);
      for (let i = 0; i < 16; i++) value[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
      break;
    }
  }
  const out = new Uint8Array(1 + nameBytes.length + 1 + value!.length);
  out[0] = nameBytes.length;
  out.set(nameBytes, 1);
  out[1 + nameBytes.length] = type;
  out.set(value!, 2 + nameBytes.length);
  return out;
}

export function encodeMessage(message: EventStreamMessage): Uint8Array {
  const parts = Object.keys(message.headers).map((name) => headerBytes(name, message.headers[name]!));
  const headersLength = parts.reduce((n, p) => n + p.length, 0);
  const total = OVERHEAD + headersLength + message.body.length;
  if (total > MAX_MESSAGE_BYTES) throw new EventStreamError(`a message of ${total} bytes exceeds the ${MAX_MESSAGE_BYTES}-byte limit`);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, total);
  view.setUint32(4, headersLength);
  view.setUint32(8, crc32(out, 0, 8));
  let at = PRELUDE;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  out.set(message.body, at);
  view.setUint32(total - 4, crc32(out, 0, total - 4));
  return out;
}

/** Total length of the message that starts at `bytes[0]`, after checking the prelude (12 bytes needed). */
export function messageLength(bytes: Uint8Array): number {
  if (bytes.length < PRELUDE) throw new EventStreamError(`truncated prelude: ${bytes.length} of 12 bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, PRELUDE);
  const total = view.getUint32(0);
  const headersLength = view.getUint32(4);
  const expected = view.getUint32(8);
  const actual = crc32(bytes, 0, 8);
  if (expected !== actual) throw new EventStreamError(`prelude checksum mismatch: the frame says ${hex(expected)}, its bytes give ${hex(actual)}`);
  if (total < OVERHEAD || total > MAX_MESSAGE_BYTES) throw new EventStreamError(`message length ${total} is outside 16..${MAX_MESSAGE_BYTES}`);
  if (headersLength > total - OVERHEAD) throw new EventStreamError(`headers length ${headersLength} does not fit a ${total}-byte message`);
  return total;
}

const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;

/** Decodes exactly one whole message (`bytes` is the frame, no more, no less). */
export function decodeMessage(bytes: Uint8Array): EventStreamMessage {
  const total = messageLength(bytes);
  if (bytes.length !== total) throw new EventStreamError(bytes.length < total ? `truncated message: ${bytes.length} of ${total} bytes` : `${bytes.length - total} bytes after the ${total}-byte message`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const expected = view.getUint32(total - 4);
  const actual = crc32(bytes, 0, total - 4);
  if (expected !== actual) throw new EventStreamError(`message checksum mismatch: the frame says ${hex(expected)}, its bytes give ${hex(actual)}`);
  const headersEnd = PRELUDE + view.getUint32(4);
  return { headers: decodeHeaders(bytes, view, PRELUDE, headersEnd), body: bytes.slice(headersEnd, total - 4) };
}

function decodeHeaders(bytes: Uint8Array, view: DataView, start: number, end: number): MessageHeaders {
  const headers: Record<string, HeaderValue> = Object.create(null);
  let at = start;
  const need = (n: number, what: string) => {
    if (at + n > end) throw new EventStreamError(`header block truncated reading ${what} at byte ${at}`);
  };
  while (at < end) {
    need(1, 'a name length');
    const nameLength = bytes[at++]!;
    need(nameLength + 1, 'a name');
    const name = utf8(bytes.subarray(at, at + nameLength), 'a header name');
    at += nameLength;
    const type = bytes[at++]!;
    let value: HeaderValue;
    switch (type) {
      case 0:
      case 1:
        value = { type: 'boolean', value: type === 0 };
        break;
      case 2:
        need(1, name);
        value = { type: 'byte', value: view.getInt8(at) };
        at += 1;
        break;
      case 3:
        need(2, name);
        value = { type: 'short', value: view.getInt16(at) };
        at += 2;
        break;
      case 4:
        need(4, name);
        value = { type: 'integer', value: view.getInt32(at) };
        at += 4;
        break;
      case 5: {
        need(8, name);
        const big = view.getBigInt64(at);
        value = { type: 'long', value: big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big };
        at += 8;
        break;
      }
      case 6:
      case 7: {
        need(2, name);
        const length = view.getUint16(at);
        at += 2;
        need(length, name);
        const data = bytes.slice(at, at + length);
        at += length;
        value = type === 6 ? { type: 'binary', value: data } : { type: 'string', value: utf8(data, `header ${name}`) };
        break;
      }
      case 8:
        need(8, name);
        value = { type: 'timestamp', value: new Date(Number(view.getBigInt64(at))) };
        at += 8;
        break;
      case 9: {
        need(16, name);
        const h = [...bytes.subarray(at, at + 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
        value = { type: 'uuid', value: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}` };
        at += 16;
        break;
      }
      default:
        throw new EventStreamError(`header ${name}: unknown value type ${type}`);
    }
    if (name in headers) throw new EventStreamError(`header ${name} appears twice`);
    headers[name] = value;
  }
  return headers;
}

function utf8(bytes: Uint8Array, what: string): string {
  try {
    return UTF8_STRICT.decode(bytes);
  } catch {
    throw new EventStreamError(`${what} is not valid UTF-8`);
  }
}
