/** The client runtime's header parsing and error-type identification, on their own. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { decodeResponse, errorTypeOf, mediaTypeHeaderText, parseHeaderList, ResponseDecodeError, parseHeaderScalar, sanitizeErrorType, splitHeaderList } from '../../src/runtime/client/index.js';

describe('sanitizeErrorType (restJson1 error identification)', () => {
  it.each([
    ['FooError', 'FooError'],
    ['aws.protocoltests.restjson#FooError', 'FooError'],
    ['FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/', 'FooError'],
    ['aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/', 'FooError'],
    [' FooError , BarError', 'FooError'],
    ['', undefined],
  ])('%j → %j', (raw, name) => expect(sanitizeErrorType(raw)).toBe(name));

  it('takes the header, then code, then __type', () => {
    expect(errorTypeOf('A', { code: 'B', __type: 'C' })).toBe('A');
    expect(errorTypeOf(null, { code: 'B', __type: 'C' })).toBe('B');
    expect(errorTypeOf(null, { __type: 'ns#C' })).toBe('C');
    expect(errorTypeOf(null, { code: 1, __type: 'C' })).toBe('C');
    expect(errorTypeOf(undefined, ['A'])).toBeUndefined();
    expect(errorTypeOf(undefined, JSON.parse('{"__proto__": {"code": "X"}}'))).toBeUndefined();
  });
});

describe('header values', () => {
  it('splits lists, keeping quoted commas and escapes', () => {
    expect(splitHeaderList('a, b,c')).toEqual(['a', 'b', 'c']);
    expect(splitHeaderList('"b,c", "\\"def\\"", a')).toEqual(['b,c', '"def"', 'a']);
    expect(splitHeaderList('')).toEqual([]);
    expect(splitHeaderList('Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT', true)).toEqual(['Mon, 16 Dec 2019 23:48:18 GMT', 'Tue, 17 Dec 2019 23:48:18 GMT']);
  });

  it('parses scalars in their header forms', () => {
    expect(parseHeaderScalar({ scalar: 'integer' }, '-12')).toBe(-12);
    expect(parseHeaderScalar({ scalar: 'integer' }, '1.5')).toBe('1.5');
    expect(parseHeaderScalar({ scalar: 'float' }, 'NaN')).toBeNaN();
    expect(parseHeaderScalar({ scalar: 'float' }, '-Infinity')).toBe(Number.NEGATIVE_INFINITY);
    expect(parseHeaderScalar({ scalar: 'boolean' }, 'false')).toBe(false);
    expect(parseHeaderScalar({ scalar: 'timestamp' }, 'Mon, 16 Dec 2019 23:48:18 GMT')).toEqual(new Date('2019-12-16T23:48:18Z'));
    expect(parseHeaderScalar({ scalar: 'timestamp', format: 'epoch-seconds' }, '1576540098.5')).toEqual(new Date(1576540098500));
    expect(parseHeaderScalar({ scalar: 'timestamp', format: 'date-time' }, '2019-12-16T23:48:18Z')).toEqual(new Date('2019-12-16T23:48:18Z'));
    expect(parseHeaderScalar({ scalar: 'string', mediaType: true }, 'dHJ1ZQ==')).toBe('true');
    expect(parseHeaderScalar({ scalar: 'blob' }, 'AQI=')).toEqual(new Uint8Array([1, 2]));
    expect(parseHeaderScalar({ scalar: 'bigInteger' }, '12345678901234567890')).toBe(12345678901234567890n);
    expect(parseHeaderList({ list: 'integer' }, '1, 2,3')).toEqual([1, 2, 3]);
  });

  it('writes a @mediaType string as the base64 of its UTF-8 bytes, which parses back', () => {
    expect(mediaTypeHeaderText('true')).toBe('dHJ1ZQ==');
    expect(mediaTypeHeaderText('{"a":"é"}')).toBe('eyJhIjoiw6kifQ==');
    expect(parseHeaderScalar({ scalar: 'string', mediaType: true }, mediaTypeHeaderText('{"a":"é"}'))).toBe('{"a":"é"}');
  });

  it('passes text that does not parse through, for the schema to report', () => {
    expect(parseHeaderScalar({ scalar: 'timestamp' }, 'yesterday')).toBe('yesterday');
    expect(parseHeaderScalar({ scalar: 'boolean' }, 'yes')).toBe('yes');
    expect(parseHeaderScalar({ scalar: 'blob' }, 'AQI')).toBe('AQI');
  });
});

describe('a @mediaType header in a response', () => {
  const op = {
    operation: 'MediaTypeHeader',
    output: { codec: z.object({ json: z.string().optional() }), bound: [{ member: 'json', in: 'header' as const, name: 'X-Json', type: { scalar: 'string' as const, mediaType: true } }] },
    errors: new Map(),
  };

  it('is read as the UTF-8 text its base64 holds', async () => {
    expect(await decodeResponse(op, { status: 200, headers: { 'x-json': 'dHJ1ZQ==' } })).toEqual({ ok: true, status: 200, output: { json: 'true' } });
  });

  it('that is not base64 of UTF-8 fails the decoding, naming the member and the header', async () => {
    for (const bad of ['true', 'dHJ1ZQ', '/w==']) {
      const decoding = decodeResponse(op, { status: 200, headers: { 'x-json': bad } });
      await expect(decoding).rejects.toBeInstanceOf(ResponseDecodeError);
      await expect(decoding).rejects.toMatchObject({ issues: ['json: header X-Json must be base64-encoded UTF-8 text (a @mediaType string)'] });
    }
  });
});
