/**
 * The restJson1 mapping between union values and event-stream messages (events.ts), with plans
 * written by hand the way the generator writes them: typed headers, blob / string / JSON payloads,
 * the implicit JSON body without the header members, exceptions and error messages, and the
 * refusals (no or a non-string :message-type / :event-type, a value with two members set).
 * Suite frames (../shared/upstream) decode to the events the suite states.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../src/runtime/base64.js';
import {
  collectBytes,
  decodeEventStream,
  decodeMessage,
  encodeEventStream,
  encodeMessage,
  EventStreamError,
  EventStreamException,
  eventToMessage,
  messageToEvent,
  UnmodeledEventStreamError,
  type EventCodec,
  type EventStreamPlan,
} from '../../src/runtime/event-stream/index.js';

/** A codec like a generated one: `when` travels as epoch seconds, `data` as base64. */
const recordCodec: EventCodec = {
  encode: (v) => {
    const { when, data, ...rest } = v as { when?: Date; data?: Uint8Array };
    return { ...rest, ...(when ? { when: when.getTime() / 1000 } : {}), ...(data ? { data: Buffer.from(data).toString('base64') } : {}) };
  },
  decode: (w) => {
    const { when, data, ...rest } = w as { when?: number; data?: string };
    return { ...rest, ...(when !== undefined ? { when: new Date(when * 1000) } : {}), ...(data !== undefined ? { data: base64ToBytes(data) } : {}) };
  },
};
const identity: EventCodec = { encode: (v) => v, decode: (w) => w };

const plan: EventStreamPlan = {
  union: 'EventStream',
  members: [
    {
      name: 'headers',
      headers: [
        { member: 'booleanHeader', kind: 'boolean' },
        { member: 'byteHeader', kind: 'byte' },
        { member: 'shortHeader', kind: 'short' },
        { member: 'intHeader', kind: 'integer' },
        { member: 'longHeader', kind: 'long' },
        { member: 'blobHeader', kind: 'blob' },
        { member: 'stringHeader', kind: 'string' },
        { member: 'timestampHeader', kind: 'timestamp' },
      ],
    },
    { name: 'blobPayload', headers: [], payload: { member: 'payload', kind: 'blob' } },
    { name: 'stringPayload', headers: [], payload: { member: 'payload', kind: 'string' } },
    { name: 'structurePayload', headers: [], payload: { member: 'payload', kind: 'json', codec: identity } },
    { name: 'headersAndExplicitPayload', headers: [{ member: 'header', kind: 'string' }], payload: { member: 'payload', kind: 'json', codec: identity } },
    { name: 'headersAndImplicitPayload', headers: [{ member: 'header', kind: 'string' }], body: recordCodec, headerJsonNames: ['header'] },
    { name: 'error', error: true, headers: [], body: identity },
  ],
};

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const roundTrip = (value: unknown) => messageToEvent(plan, decodeMessage(encodeMessage(eventToMessage(plan, value))));

describe('event → message → event', () => {
  it('header members are typed headers, with :message-type and :event-type, and no body', () => {
    const event = { headers: { booleanHeader: false, byteHeader: -1, shortHeader: 300, intHeader: -70000, longHeader: 2 ** 40, blobHeader: new Uint8Array([1, 2]), stringHeader: 'é', timestampHeader: new Date('2024-10-31T14:15:14Z') } };
    const m = eventToMessage(plan, event);
    expect(m.headers[':message-type']).toEqual({ type: 'string', value: 'event' });
    expect(m.headers[':event-type']).toEqual({ type: 'string', value: 'headers' });
    expect(m.headers.longHeader).toEqual({ type: 'long', value: 2 ** 40 });
    expect(m.headers[':content-type']).toBeUndefined();
    expect(m.body.length).toBe(0);
    expect(roundTrip(event)).toEqual(event);
  });

  it('an @eventPayload blob is the raw body, a string its UTF-8, a structure its JSON, each with its :content-type', () => {
    const blob = eventToMessage(plan, { blobPayload: { payload: new Uint8Array([0, 255]) } });
    expect(blob.headers[':content-type']).toEqual({ type: 'string', value: 'application/octet-stream' });
    expect([...blob.body]).toEqual([0, 255]);
    const string = eventToMessage(plan, { stringPayload: { payload: 'héllo' } });
    expect(string.headers[':content-type']).toEqual({ type: 'string', value: 'text/plain' });
    expect(text(string.body)).toBe('héllo');
    const json = eventToMessage(plan, { headersAndExplicitPayload: { header: 'h', payload: { structureMember: 'x' } } });
    expect(json.headers[':content-type']).toEqual({ type: 'string', value: 'application/json' });
    expect(json.headers.header).toEqual({ type: 'string', value: 'h' });
    expect(JSON.parse(text(json.body))).toEqual({ structureMember: 'x' });
    for (const v of [{ blobPayload: { payload: new Uint8Array([0, 255]) } }, { stringPayload: { payload: 'héllo' } }, { headersAndExplicitPayload: { header: 'h', payload: { structureMember: 'x' } } }]) expect(roundTrip(v)).toEqual(v);
  });

  it('without @eventPayload the other members are the JSON body of the codec, header members left out', () => {
    const event = { headersAndImplicitPayload: { header: 'h', payload: 'p', when: new Date(1500), data: new Uint8Array([7]) } };
    const m = eventToMessage(plan, event);
    expect(JSON.parse(text(m.body))).toEqual({ payload: 'p', when: 1.5, data: 'Bw==' });
    expect(roundTrip(event)).toEqual(event);
  });

  it('an error member is an exception message; reading it throws EventStreamException with the decoded error', () => {
    const m = eventToMessage(plan, { error: { message: 'boom' } });
    expect(m.headers[':message-type']).toEqual({ type: 'string', value: 'exception' });
    expect(m.headers[':exception-type']).toEqual({ type: 'string', value: 'error' });
    let thrown: unknown;
    try {
      messageToEvent(plan, m);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(EventStreamException);
    expect(thrown).toMatchObject({ errorName: 'error', error: { message: 'boom' } });
  });
});

describe('refused messages and values', () => {
  const message = (headers: Record<string, { type: 'string' | 'binary'; value: string | Uint8Array }>) => ({ headers: headers as never, body: new Uint8Array() });

  it('an error message is an UnmodeledEventStreamError with its code and message', () => {
    expect(() => messageToEvent(plan, message({ ':message-type': { type: 'string', value: 'error' }, ':error-code': { type: 'string', value: 'internal' }, ':error-message': { type: 'string', value: 'oops' } }))).toThrow(UnmodeledEventStreamError);
  });

  it('no :message-type, a blob :message-type, no :event-type and a blob :event-type are EventStreamErrors', () => {
    expect(() => messageToEvent(plan, message({ ':event-type': { type: 'string', value: 'headers' } }))).toThrow(/without a :message-type/);
    expect(() => messageToEvent(plan, message({ ':message-type': { type: 'binary', value: new TextEncoder().encode('event') } }))).toThrow(EventStreamError);
    expect(() => messageToEvent(plan, message({ ':message-type': { type: 'string', value: 'event' } }))).toThrow(/without an :event-type/);
    expect(() => messageToEvent(plan, message({ ':message-type': { type: 'string', value: 'event' }, ':event-type': { type: 'binary', value: new Uint8Array([1]) } }))).toThrow(/must be a string header/);
  });

  it('an unknown event type is skipped (forward compatible); a wrongly typed header member is refused', () => {
    expect(messageToEvent(plan, message({ ':message-type': { type: 'string', value: 'event' }, ':event-type': { type: 'string', value: 'newKind' } }))).toBeUndefined();
    expect(() => messageToEvent(plan, { headers: { ':message-type': { type: 'string', value: 'event' }, ':event-type': { type: 'string', value: 'headers' }, intHeader: { type: 'string', value: '1' } }, body: new Uint8Array() })).toThrow(/expected a integer header, got string/);
  });

  it('a value must set exactly one known member', () => {
    expect(() => eventToMessage(plan, {})).toThrow(/exactly one member/);
    expect(() => eventToMessage(plan, { headers: {}, stringPayload: { payload: 'x' } })).toThrow(/exactly one member/);
    expect(() => eventToMessage(plan, { nope: {} })).toThrow(/nope is not an event of EventStream/);
  });
});

describe('streams', () => {
  it('encodeEventStream frames events as they come; decodeEventStream reads them back, an exception ends it', async () => {
    async function* events() {
      yield { stringPayload: { payload: 'a' } };
      yield { headers: { intHeader: 1 } };
      yield { error: { message: 'stop' } };
    }
    const bytes = await collectBytes(encodeEventStream(plan, events()));
    const got: unknown[] = [];
    const read = async () => {
      for await (const e of decodeEventStream(plan, [bytes.subarray(0, 10), bytes.subarray(10)])) got.push(e);
    };
    await expect(read()).rejects.toThrow(EventStreamException);
    expect(got).toEqual([{ stringPayload: { payload: 'a' } }, { headers: { intHeader: 1 } }]);
  });
});

describe('suite frames', () => {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..', '../shared/upstream/smithy/smithy-aws-protocol-tests/model/restJson1/event-stream.smithy');
  const frame = (id: string): Uint8Array => {
    if (!existsSync(file)) throw new Error(`the shared upstream suite is missing: ${file} (expected beside the repository)`);
    const source = readFileSync(file, 'utf8');
    const at = source.indexOf(`id: "${id}"`);
    const m = /bytes:\s*"([A-Za-z0-9+/=]+)"/.exec(source.slice(at));
    if (at < 0 || !m) throw new Error(`no frame for ${id} in ${file}`);
    return base64ToBytes(m[1]!);
  };

  it.each([
    ['TimestampHeaderInput', { headers: { timestampHeader: new Date('2024-10-31T14:15:14Z') } }],
    ['LongHeaderInput', { headers: { longHeader: 4294967294 } }],
    ['StringPayloadInput', { stringPayload: { payload: 'foo' } }],
    ['BlobPayloadInput', { blobPayload: { payload: new TextEncoder().encode('bar') } }],
    ['HeadersAndExplicitPayloadInput', { headersAndExplicitPayload: { header: 'foo', payload: { structureMember: 'bar' } } }],
    ['HeadersAndImplicitPayloadInput', { headersAndImplicitPayload: { header: 'foo', payload: 'bar' } }],
  ] as const)('%s decodes to the suite params', (id, expected) => {
    expect(messageToEvent(plan, decodeMessage(frame(id)))).toEqual(expected);
  });

  it('MissingMessageTypeInput and MalformedEventTypeInput are refused', () => {
    expect(() => messageToEvent(plan, decodeMessage(frame('MissingMessageTypeInput')))).toThrow(EventStreamError);
    expect(() => messageToEvent(plan, decodeMessage(frame('MalformedEventTypeInput')))).toThrow(EventStreamError);
  });
});

describe('a plan with strict checks (the mock server)', () => {
  const strict: EventStreamPlan = {
    union: 'Chat',
    members: [
      {
        name: 'said',
        headers: [{ member: 'from', kind: 'string' }],
        payload: { member: 'text', kind: 'string' },
        check: {
          safeParse: (v) => (typeof (v as { from?: unknown }).from === 'string' ? { success: true, data: v } : { success: false, error: { issues: [{ path: ['from'], message: 'is required' }] } }),
        },
      },
    ],
  };

  it('reads and writes events that meet the check', () => {
    const event = { said: { from: 'ann', text: 'hi' } };
    expect(messageToEvent(strict, eventToMessage(strict, event))).toEqual(event);
  });

  it('refuses to write, and refuses to read, an event that breaks it, naming the member', () => {
    expect(() => eventToMessage(strict, { said: { text: 'hi' } })).toThrow('the said event breaks the contract: said.from: is required');
    const unchecked = eventToMessage({ ...strict, members: [{ ...strict.members[0]!, check: undefined }] }, { said: { text: 'hi' } });
    expect(() => messageToEvent(strict, unchecked)).toThrow(EventStreamError);
  });
});
