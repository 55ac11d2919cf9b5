/**
 * The request half of runtime/client: value → text (http-text.ts), nested `@default` filling
 * (defaults.ts) and request assembly (encode.ts) on hand-written tables, one rule per test. The
 * generated tables are exercised by the restJson1 suite (tools/protocol-tests, client-request).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { decodeMessages, type EventStreamPlan } from '../../src/runtime/event-stream/index.js';
import { compressRequest, fillDefaults, headerListText, md5, percentEncode, requestUrl, scalarText, serializeRequest, type OperationEncoding } from '../../src/runtime/client/index.js';

describe('http-text', () => {
  it('percent-encodes everything but the unreserved characters; a greedy label keeps its slashes', () => {
    expect(percentEncode("a b/c!'()*~._-😹")).toBe('a%20b%2Fc%21%27%28%29%2A~._-%F0%9F%98%B9');
    expect(percentEncode('a b/c', true)).toBe('a%20b/c');
  });

  it('writes timestamps in the given format, floats with NaN/Infinity, @mediaType strings as base64', () => {
    const date = new Date('2019-12-16T23:48:18Z');
    expect(scalarText({ scalar: 'timestamp', format: 'date-time' }, date)).toBe('2019-12-16T23:48:18Z');
    expect(scalarText({ scalar: 'timestamp', format: 'http-date' }, date)).toBe('Mon, 16 Dec 2019 23:48:18 GMT');
    expect(scalarText({ scalar: 'timestamp', format: 'epoch-seconds' }, new Date(1576540098123))).toBe('1576540098.123');
    expect([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5].map((n) => scalarText({ scalar: 'float' }, n))).toEqual(['NaN', 'Infinity', '-Infinity', '1.5']);
    expect(scalarText({ scalar: 'string', mediaType: true }, 'true')).toBe('dHJ1ZQ==');
    expect(scalarText({ scalar: 'blob' }, new TextEncoder().encode('hi'))).toBe('aGk=');
  });

  it('joins header lists, quoting elements with a comma or a quote; http-dates stay unquoted', () => {
    expect(headerListText({ list: 'string' }, ['a', 'b,c', 'say "hi"'])).toBe('a, "b,c", "say \\"hi\\""');
    const d = new Date('2019-12-16T23:48:18Z');
    expect(headerListText({ list: 'timestamp', format: 'http-date' }, [d, d])).toBe('Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT');
  });
});

describe('fillDefaults', () => {
  const table = {
    root: 'In',
    nodes: new Map([
      ['In', { kind: 'structure' as const, members: [{ jsonName: 'top', hasValue: true, value: 'x' }, { jsonName: 'nested', hasValue: false, node: 'N' }, { jsonName: 'items', hasValue: false, node: 'L' }] }],
      ['N', { kind: 'structure' as const, members: [{ jsonName: 'greeting', hasValue: true, value: 'hi' }, { jsonName: 'list', hasValue: true, value: [] }] }],
      ['L', { kind: 'list' as const, element: 'N' }],
    ]),
  };

  it('fills nested members only, keeps given values, and copies each default', () => {
    const out = fillDefaults(table, { nested: { greeting: 'bye' }, items: [{}, {}] }) as { top?: string; nested: unknown; items: { list: unknown[] }[] };
    expect(out).toEqual({ nested: { greeting: 'bye', list: [] }, items: [{ greeting: 'hi', list: [] }, { greeting: 'hi', list: [] }] });
    expect(out.top).toBeUndefined();
    expect(out.items[0]!.list).not.toBe(out.items[1]!.list);
  });

  it('leaves an absent nested structure absent', () => {
    expect(fillDefaults(table, {})).toEqual({});
  });
});

describe('serializeRequest', () => {
  const codec = z.object({
    id: z.string(),
    q: z.string().optional(),
    qs: z.array(z.string()).optional(),
    qmap: z.record(z.string(), z.string()).optional(),
    h: z.string().optional(),
    ph: z.record(z.string(), z.string()).optional(),
    token: z.string().optional(),
    name: z.string().optional(),
  });
  const op: OperationEncoding = {
    operation: 'Op',
    method: 'POST',
    path: [{ literal: 'things' }, { label: 'id' }],
    queryLiterals: [['flag', ''], ['k', 'v w']],
    input: {
      codec,
      bound: [
        { member: 'id', in: 'label', greedy: false, type: { scalar: 'string' } },
        { member: 'q', in: 'query', name: 'q', type: { scalar: 'string' } },
        { member: 'qs', in: 'query', name: 'qs', type: { list: 'string' } },
        { member: 'qmap', in: 'queryParams', list: false },
        { member: 'h', in: 'header', name: 'X-Name', type: { scalar: 'string' } },
        { member: 'ph', in: 'prefixHeaders', prefix: 'x-' },
        { member: 'token', in: 'query', name: 'token', type: { scalar: 'string' } },
      ],
      body: ['name'],
      tokens: ['token'],
    },
  };

  it('labels, literal and member query, query map (a set @httpQuery wins), repeated list keys, empty lists omitted', () => {
    const r = serializeRequest(op, { id: 'a/b', q: 'named', qs: ['1', '2'], qmap: { q: 'fromMap', other: 'x y' }, token: 't' });
    expect(r.path).toBe('/things/a%2Fb?flag&k=v%20w&q=named&qs=1&qs=2&token=t&other=x%20y');
    expect(serializeRequest(op, { id: 'a', qs: [], token: 't' }).path).toBe('/things/a?flag&k=v%20w&token=t');
  });

  it('a greedy label keeps its slashes, each segment encoded', () => {
    const greedy: OperationEncoding = { ...op, path: [{ literal: 'files' }, { label: 'id' }, { literal: 'meta' }], input: { ...op.input!, bound: [{ member: 'id', in: 'label', greedy: true, type: { scalar: 'string' } }] } };
    expect(serializeRequest(greedy, { id: 'a b/c?d/e' }, { idempotencyToken: () => 't' }).path).toBe('/files/a%20b/c%3Fd/e/meta?flag&k=v%20w');
  });

  it('a modeled header wins over a prefix header of the same name; names are lower case', () => {
    const r = serializeRequest(op, { id: 'a', h: 'modeled', ph: { name: 'prefixed', other: 'o' } });
    expect(r.headers).toMatchObject({ 'x-name': 'modeled', 'x-other': 'o' });
  });

  it('a JSON body with Content-Type and Content-Length whenever the input has body members', () => {
    const r = serializeRequest(op, { id: 'a', name: 'é' }, { idempotencyToken: () => 't' });
    expect(r.body).toBe('{"name":"é"}');
    expect(r.headers).toMatchObject({ 'content-type': 'application/json', 'content-length': '13' });
    expect(serializeRequest(op, { id: 'a' }).body).toBe('{}');
  });

  it('an absent idempotency token is a fresh UUID (v4) unless the caller makes it', () => {
    const a = serializeRequest(op, { id: 'a' }).path;
    const b = serializeRequest(op, { id: 'a' }).path;
    expect(a).toMatch(/token=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}(&|$)/);
    expect(a).not.toBe(b);
    expect(serializeRequest(op, { id: 'a' }, { idempotencyToken: () => 'fixed' }).path).toContain('token=fixed');
    expect(serializeRequest(op, { id: 'a', token: 'mine' }, { idempotencyToken: () => 'fixed' }).path).toContain('token=mine');
  });

  it('a payload: blob raw with its media type, absent structure as {}, absent blob as no body', () => {
    const blobOp: OperationEncoding = { ...op, input: { codec: z.object({ data: z.string().optional() }), bound: [], body: [], payload: { jsonName: 'data', payload: 'blob', mediaType: 'image/png' }, tokens: [] }, path: [{ literal: 'p' }] };
    const r = serializeRequest(blobOp, { data: 'aGk=' });
    expect([...(r.body as Uint8Array)]).toEqual([104, 105]);
    expect(r.headers['content-type']).toBe('image/png');
    expect(serializeRequest(blobOp, {})).toMatchObject({ body: undefined, headers: {} });
    const structOp: OperationEncoding = { ...blobOp, input: { ...blobOp.input!, codec: z.object({ data: z.object({}).optional() }), payload: { jsonName: 'data', payload: 'structure' } } };
    expect(serializeRequest(structOp, {})).toMatchObject({ body: '{}', headers: { 'content-type': 'application/json' } });
  });

  it('@requestCompression: compressRequest gzips a large body (after a Content-Encoding the input set), leaves a small one', async () => {
    const zipped: OperationEncoding = { ...op, requestCompression: { encodings: ['gzip'] } };
    const big = serializeRequest(zipped, { id: 'a', name: 'x'.repeat(20_000), h: 'y' }, { idempotencyToken: () => 't' });
    expect(big.requestCompression).toEqual({ encodings: ['gzip'] });
    const sent = await compressRequest({ ...big, headers: { ...big.headers, 'content-encoding': 'custom' } });
    expect(sent.headers['content-encoding']).toBe('custom, gzip');
    const bytes = sent.body as Uint8Array;
    expect(sent.headers['content-length']).toBe(String(bytes.length));
    const unzipped = await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    expect(unzipped).toBe(big.body);
    const small = serializeRequest(zipped, { id: 'a', name: 'x' }, { idempotencyToken: () => 't' });
    expect(await compressRequest(small)).toBe(small);
    expect(serializeRequest(op, { id: 'a' }).requestCompression).toBeUndefined();
  });

  it('@endpoint: the host prefix with its @hostLabel filled goes before the endpoint host; a label that would leave the host is refused', () => {
    const prefixed: OperationEncoding = { ...op, hostPrefix: [{ literal: 'foo.' }, { label: 'name' }, { literal: '.' }] };
    const r = serializeRequest(prefixed, { id: 'a', name: 'bar' }, { idempotencyToken: () => 't' });
    expect(r.hostPrefix).toBe('foo.bar.');
    expect(requestUrl('https://example.com/base', r)).toBe('https://foo.bar.example.com/base/things/a?flag&k=v%20w&token=t');
    expect(serializeRequest(prefixed, { id: 'a', name: 'bar' }, { disableHostPrefix: true }).hostPrefix).toBeUndefined();
    for (const name of ['evil.com/', 'a@b', '-x', 'a.b', '']) expect(() => serializeRequest(prefixed, { id: 'a', name })).toThrow(/Op: the host label name (is required|must be one DNS label)/);
    const dashed: OperationEncoding = { ...op, hostPrefix: [{ literal: 'analytics-' }] };
    expect(requestUrl('https://example.com', serializeRequest(dashed, { id: 'a' }, { idempotencyToken: () => 't' }))).toMatch(/^https:\/\/analytics-example\.com\/things\/a\?/);
  });

  it('@httpChecksumRequired: Content-MD5 of the body as sent (recomputed after compression)', async () => {
    const checked: OperationEncoding = { ...op, checksumRequired: true, requestCompression: { encodings: ['gzip'] } };
    const r = serializeRequest(checked, { id: 'a', name: 'm' }, { idempotencyToken: () => 't' });
    expect(r.headers['content-md5']).toBe(createHash('md5').update('{"name":"m"}').digest('base64'));
    const big = await compressRequest(serializeRequest(checked, { id: 'a', name: 'x'.repeat(20_000) }, { idempotencyToken: () => 't' }));
    expect(big.headers['content-md5']).toBe(createHash('md5').update(big.body as Uint8Array).digest('base64'));
    expect(serializeRequest(op, { id: 'a', name: 'm' }).headers['content-md5']).toBeUndefined();
  });
});

describe('serializeRequest with an event stream', () => {
  it('frames the input\'s events as application/vnd.amazon.eventstream messages, streamed (duplex half, no length)', async () => {
    const plan: EventStreamPlan = { union: 'Events', members: [{ name: 'greeting', headers: [{ member: 'text', kind: 'string' }] }] };
    const op: OperationEncoding = {
      operation: 'Stream',
      method: 'POST',
      path: [{ literal: 'stream' }],
      queryLiterals: [],
      input: { codec: z.object({ events: z.any().optional() }), bound: [], body: [], payload: { member: 'events', payload: 'eventStream', plan }, tokens: [] },
    };
    async function* events() {
      yield { greeting: { text: 'hi' } };
      yield { greeting: { text: 'there' } };
    }
    const r = serializeRequest(op, { events: events() });
    expect(r.headers).toEqual({ 'content-type': 'application/vnd.amazon.eventstream' });
    expect(r.duplex).toBe('half');
    expect(r.body).toBeInstanceOf(ReadableStream);
    const texts: unknown[] = [];
    for await (const message of decodeMessages(r.body as ReadableStream<Uint8Array>)) texts.push([message.headers[':event-type'], message.headers.text]);
    expect(texts).toEqual([
      [{ type: 'string', value: 'greeting' }, { type: 'string', value: 'hi' }],
      [{ type: 'string', value: 'greeting' }, { type: 'string', value: 'there' }],
    ]);
    expect(serializeRequest(op, {})).toMatchObject({ body: undefined, headers: {} });
  });
});

describe('md5', () => {
  it('matches RFC 1321 and node:crypto on every length around the block and padding boundaries', () => {
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    expect(hex(md5(new Uint8Array()))).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(hex(md5(new TextEncoder().encode('abc')))).toBe('900150983cd24fb0d6963f7d28e17f72');
    for (let n = 0; n <= 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(hex(md5(bytes)), `length ${n}`).toBe(createHash('md5').update(bytes).digest('hex'));
    }
  });
});
