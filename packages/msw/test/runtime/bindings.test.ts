import { describe, expect, it } from 'vitest';
import type { MemberBinding } from '../../src/runtime/bindings.js';
import { readInput } from '../../src/runtime/input.js';
import { prepareOutput } from '../../src/runtime/output.js';
import { modeledErrorResponse } from '../../src/runtime/responses.js';
import { base64ToBytes, bytesToBase64, fromWire, toWire } from '../../src/runtime/wire-values.js';

// Stands in for a zod codec: wire {n: "1"} ⇄ app {n: 1}.
const codec = {
  decode: (w: unknown) => ({ n: Number((w as { n: string }).n) }),
  encode: (a: unknown) => ({ n: String((a as { n: number }).n) }),
};

const bindings: MemberBinding[] = [
  { member: 'id', in: 'label', name: 'id', type: { scalar: 'string' } },
  { member: 'count', in: 'query', name: 'count', type: { scalar: 'integer' } },
  { member: 'tags', in: 'query', name: 'tag', type: { list: 'string' } },
  { member: 'since', in: 'header', name: 'x-since', type: { scalar: 'timestamp', format: 'http-date' } },
  { member: 'ids', in: 'header', name: 'x-ids', type: { list: 'string' } },
  { member: 'meta', in: 'prefixHeaders', name: 'x-meta-', type: { map: 'string' } },
  { member: 'rest', in: 'queryParams', name: 'rest', type: { map: 'string' } },
  { member: 'when', in: 'body', name: 'when', type: { scalar: 'timestamp', format: 'epoch-seconds' } },
  { member: 'data', in: 'body', name: 'data', type: { scalar: 'blob' } },
  { member: 'ratio', in: 'body', name: 'ratio', type: { scalar: 'float' } },
  { member: 'nested', in: 'body', name: 'nestedJson', type: { codec } },
];

describe('wire values', () => {
  it('round-trips base64 and rejects bad text', () => {
    // Longer than one 32 KiB chunk of bytesToBase64.
    const bytes = Uint8Array.from({ length: 40_000 }, (_, i) => (i * 7) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(base64ToBytes(text)!).equals(Buffer.from(bytes))).toBe(true);
    expect(bytesToBase64(Uint8Array.of(1, 2, 3))).toBe('AQID');
    expect(base64ToBytes('AQI')).toBeUndefined();
    expect(base64ToBytes('A*==')).toBeUndefined();
  });

  it('converts timestamps like the AWS SDK (epoch seconds rounded to ms)', () => {
    expect(fromWire('timestamp', 1700000000.1234)).toEqual(new Date(1700000000123));
    expect(toWire('timestamp', new Date(1700000000123))).toBe(1700000000.123);
    expect(toWire('timestamp', new Date(0), 'http-date')).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    expect(fromWire('timestamp', '2023-11-14T22:13:20Z', 'date-time')).toEqual(new Date('2023-11-14T22:13:20Z'));
    expect(fromWire('timestamp', 'not a number')).toBe('not a number');
  });

  it('carries non-finite doubles as strings', () => {
    expect(toWire('float', Number.NaN)).toBe('NaN');
    expect(toWire('float', Number.NEGATIVE_INFINITY)).toBe('-Infinity');
    expect(fromWire('float', 'Infinity')).toBe(Number.POSITIVE_INFINITY);
    expect(fromWire('float', 1.5)).toBe(1.5);
  });
});

describe('readInput', () => {
  it('reads every location and converts to the application form', async () => {
    const url = new URL('http://h/things/a%20b?count=3&tag=x&tag=y&other=1&other=2');
    const request = new Request(url, {
      method: 'POST',
      headers: { 'x-since': 'Thu, 01 Jan 1970 00:00:01 GMT', 'x-ids': 'a, "b, c", d', 'X-Meta-Color': 'red' },
      body: JSON.stringify({ when: 1.5, data: 'AQID', ratio: 'NaN', nestedJson: { n: '7' } }),
    });
    const read = await readInput(request, url, { id: 'a%20b' }, bindings);
    expect(read).toEqual({
      ok: true,
      input: {
        id: 'a b',
        count: 3,
        tags: ['x', 'y'],
        since: new Date(1000),
        ids: ['a', 'b, c', 'd'],
        meta: { color: 'red' },
        // @httpQueryParams sees the whole query, named parameters too (restJson1 suite: RestJsonServersPutAllQueryParamsInMap).
        rest: { count: '3', tag: 'x', other: '1' },
        when: new Date(1500),
        data: Uint8Array.of(1, 2, 3),
        ratio: Number.NaN,
        nested: { n: 7 },
      },
    });
  });

  it('reports malformed labels and bodies instead of throwing', async () => {
    const url = new URL('http://h/things/%E0%A4%A');
    const read = await readInput(new Request(url, { method: 'POST', body: '{oops' }), url, { id: '%E0%A4%A' }, bindings);
    expect(read).toEqual({ ok: false, issues: ['body: is not valid JSON', 'id: is not valid percent-encoding'] });
  });

  it('reads an empty JSON object for a structure payload as an absent payload, and other payloads as given', async () => {
    const payload: MemberBinding[] = [{ member: 'config', in: 'payload', name: 'config', type: { codec } }];
    const url = new URL('http://h/p');
    expect(await readInput(new Request(url, { method: 'POST', body: '{}' }), url, {}, payload)).toEqual({ ok: true, input: {} });
    expect(await readInput(new Request(url, { method: 'POST', body: ' { } ' }), url, {}, payload)).toEqual({ ok: true, input: {} });
    expect(await readInput(new Request(url, { method: 'POST', body: '{"n":"2"}' }), url, {}, payload)).toEqual({ ok: true, input: { config: { n: 2 } } });
    // A document payload keeps its `{}`: an empty object is a value there.
    const doc: MemberBinding[] = [{ member: 'doc', in: 'payload', name: 'doc', type: { scalar: 'document' } }];
    expect(await readInput(new Request(url, { method: 'POST', body: '{}' }), url, {}, doc)).toEqual({ ok: true, input: { doc: {} } });
  });

  it('reads a scalar list the strict codec refuses with the lenient codec, so the rules compare application values', async () => {
    const strict = { decode: () => { throw new Error('must not contain duplicate items'); }, encode: (a: unknown) => a };
    const lenient = { decode: (w: unknown) => (w as string[]).map((t) => base64ToBytes(t)), encode: (a: unknown) => a };
    const list: MemberBinding[] = [{ member: 'blobs', in: 'body', name: 'blobs', type: { codec: strict, lenient } }];
    const url = new URL('http://h/p');
    const send = (body: string) => readInput(new Request(url, { method: 'POST', body }), url, {}, list);
    expect(await send('{"blobs":["AQI=","AQI="]}')).toEqual({ ok: true, input: { blobs: [Uint8Array.of(1, 2), Uint8Array.of(1, 2)] } });
    // Nulls and structures stay in wire form: the lenient codec would drop or fill what the rules must refuse.
    expect(await send('{"blobs":["AQI=",null]}')).toEqual({ ok: true, input: { blobs: ['AQI=', null] } });
    expect(await send('{"blobs":[{"a":1}]}')).toEqual({ ok: true, input: { blobs: [{ a: 1 }] } });
    // Without a lenient codec the wire value is handed on as before.
    const bare: MemberBinding[] = [{ member: 'blobs', in: 'body', name: 'blobs', type: { codec: strict } }];
    expect(await readInput(new Request(url, { method: 'POST', body: '{"blobs":["AQI="]}' }), url, {}, bare)).toEqual({ ok: true, input: { blobs: ['AQI='] } });
  });

  it('leaves wrongly typed values for the schema to report', async () => {
    const url = new URL('http://h/things/x?count=three');
    const read = await readInput(new Request(url), url, { id: 'x' }, bindings.slice(0, 2));
    expect(read).toEqual({ ok: true, input: { id: 'x', count: 'three' } });
  });
});

describe('prepareOutput', () => {
  it('writes body members as wire JSON and header members as headers', () => {
    const out = prepareOutput(
      { id: 'x', since: new Date(1000), ids: ['a', 'b, c'], meta: { color: 'red' }, when: new Date(1500), data: Uint8Array.of(1, 2, 3), ratio: Number.POSITIVE_INFINITY, nested: { n: 7 } },
      bindings,
    );
    expect(out.json).toEqual({ when: 1.5, data: 'AQID', ratio: 'Infinity', nestedJson: { n: '7' } });
    expect(JSON.parse(out.body as string)).toEqual(out.json);
    expect(out.headers).toEqual({ 'x-since': 'Thu, 01 Jan 1970 00:00:01 GMT', 'x-ids': 'a, "b, c"', 'x-meta-color': 'red' });
  });

  it('sends a blob payload as raw bytes and honours @httpResponseCode', () => {
    const out = prepareOutput({ body: Uint8Array.of(9, 8), code: 201 }, [
      { member: 'body', in: 'payload', name: 'body', type: { scalar: 'blob' } },
      { member: 'code', in: 'responseCode', name: 'code', type: { scalar: 'integer' } },
    ]);
    expect(out).toMatchObject({ body: Uint8Array.of(9, 8), contentType: 'application/octet-stream', status: 201 });
  });
});

describe('@mediaType strings in headers', () => {
  const json: MemberBinding[] = [{ member: 'json', in: 'header', name: 'x-json', type: { scalar: 'string', mediaType: 'application/json' } }];
  const url = new URL('http://h/m');
  const read = (value: string) => readInput(new Request(url, { headers: { 'x-json': value } }), url, {}, json);

  it('reads the base64 of the UTF-8 text and writes it back the same way', async () => {
    expect(await read('dHJ1ZQ==')).toEqual({ ok: true, input: { json: 'true' } });
    expect(await read('eyJhIjoiw6kifQ==')).toEqual({ ok: true, input: { json: '{"a":"é"}' } });
    expect(prepareOutput({ json: '{"a":"é"}' }, json).headers).toEqual({ 'x-json': 'eyJhIjoiw6kifQ==' });
  });

  it('reports text that is not canonical base64, or bytes that are not UTF-8, as malformed', async () => {
    // Padding missing, padding short, characters outside the alphabet, the URL-safe alphabet, then the byte 0xFF.
    for (const bad of ['xyz', 'YmxvYg=', '[][]', '-_==', '/w==']) {
      expect(await read(bad)).toEqual({ ok: false, issues: ['json: header x-json is not base64-encoded UTF-8 text (a @mediaType string travels base64-encoded in a header)'] });
    }
  });

  it('leaves a string header without @mediaType as text', async () => {
    const plain: MemberBinding[] = [{ member: 'json', in: 'header', name: 'x-json', type: { scalar: 'string' } }];
    expect(await readInput(new Request(url, { headers: { 'x-json': 'dHJ1ZQ==' } }), url, {}, plain)).toEqual({ ok: true, input: { json: 'dHJ1ZQ==' } });
    expect(prepareOutput({ json: 'true' }, plain).headers).toEqual({ 'x-json': 'true' });
  });
});

describe('values HTTP cannot carry', () => {
  it('reports header names and values that would not arrive unchanged, and keeps the rest', () => {
    const out = prepareOutput({ meta: { ok: 'fine', 'a b': 'x', nl: 'line\nbreak', pad: ' padded', uni: 'ü', emoji: '🙂' } }, bindings);
    expect(out.headers).toEqual({ 'x-meta-ok': 'fine', 'x-meta-uni': 'ü' });
    expect(out.issues).toEqual([
      'meta["a b"]: cannot travel as an HTTP header: "x-meta-a b" is not a valid header name',
      'meta.nl: cannot travel in the HTTP header x-meta-nl: the value has characters (or edge whitespace) a header cannot hold unchanged',
      'meta.pad: cannot travel in the HTTP header x-meta-pad: the value has characters (or edge whitespace) a header cannot hold unchanged',
      'meta.emoji: cannot travel in the HTTP header x-meta-emoji: the value has characters (or edge whitespace) a header cannot hold unchanged',
    ]);
  });
});

describe('error bodies', () => {
  const errors = {
    Lower: { httpStatus: 400, fault: 'client' },
    Upper: { httpStatus: 409, fault: 'client', message: 'Message' },
    None: { httpStatus: 500, fault: 'server', message: null },
  } as const;

  it('put the message in the member the error structure has, or send {} when it has none', async () => {
    const bodies = await Promise.all(['Lower', 'Upper', 'None'].map((name) => modeledErrorResponse(errors, name, 'text', 'id').json()));
    expect(bodies).toEqual([{ message: 'text' }, { Message: 'text' }, {}]);
    const response = modeledErrorResponse(errors, 'Upper', undefined, 'req-1');
    expect([response.status, response.headers.get('x-amzn-errortype'), response.headers.get('x-amzn-requestid')]).toEqual([409, 'Upper', 'req-1']);
    expect(() => modeledErrorResponse(errors, 'Other', undefined, 'id')).toThrow(/Other is not a modeled error/);
  });
});
