import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bindsContentEncoding, decodeContentEncoding, decodedHeaders, decodeRequestBody, DEFAULT_MAX_DECODED_BODY_BYTES } from '../../src/runtime/content-encoding.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/server/http-bridge.js';

const json = '{"data":"hello"}';
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (body: Uint8Array) => new TextDecoder().decode(body);
const gzip = (body: string | Uint8Array) => new Uint8Array(gzipSync(body));

describe('decodeContentEncoding', () => {
  it('undoes gzip, x-gzip, deflate and identity, and leaves a body without the header as it is', async () => {
    for (const [coding, body] of [['gzip', gzip(json)], ['GZIP', gzip(json)], ['x-gzip', gzip(json)], ['deflate', new Uint8Array(deflateSync(json))], ['identity', bytes(json)]] as const) {
      const decoded = await decodeContentEncoding(coding, body, { modeled: false });
      expect(decoded.ok && [coding, text(decoded.body), decoded.contentEncoding]).toEqual([coding, json, null]);
    }
    const plain = bytes(json);
    expect(await decodeContentEncoding(null, plain, { modeled: false })).toEqual({ ok: true, body: plain, contentEncoding: null });
  });

  it('undoes the codings outermost first (the last listed) and stops at one it does not know', async () => {
    const twice = await decodeContentEncoding('gzip, gzip', gzip(gzip(json)), { modeled: false });
    expect(twice.ok && text(twice.body)).toBe(json);
    // @requestCompression appends gzip after the caller's own coding: the member bound to Content-Encoding gets `custom`.
    const custom = await decodeContentEncoding('custom, gzip', gzip(json), { modeled: true });
    expect(custom.ok && [text(custom.body), custom.contentEncoding]).toEqual([json, 'custom']);
    const inner = await decodeContentEncoding('gzip, custom', bytes('opaque'), { modeled: true });
    expect(inner.ok && [text(inner.body), inner.contentEncoding]).toEqual(['opaque', 'gzip, custom']);
  });

  it('answers a coding it cannot undo as unsupported when no member takes the header', async () => {
    expect(await decodeContentEncoding('br', bytes('x'), { modeled: false })).toEqual({ ok: false, problem: 'unsupported', message: 'Content-Encoding br is not supported (the mock decodes gzip, deflate and identity)' });
    expect((await decodeContentEncoding('custom, gzip', gzip(json), { modeled: false })).ok).toBe(false);
  });

  it('reports a body that is not what its coding says as malformed', async () => {
    const good = gzip(json);
    for (const body of [bytes(json), good.subarray(0, good.length - 4), new Uint8Array([...good, 1, 2])]) {
      expect(await decodeContentEncoding('gzip', body, { modeled: false })).toEqual({ ok: false, problem: 'malformed', message: 'body: is not valid gzip data (Content-Encoding: gzip)' });
    }
  });

  it('has nothing to undo for an empty body', async () => {
    expect(await decodeContentEncoding('gzip', new Uint8Array(0), { modeled: true })).toEqual({ ok: true, body: new Uint8Array(0), contentEncoding: null });
  });

  it('stops a gzip bomb at the size bound, by default the body limit of ota-mock', async () => {
    expect(DEFAULT_MAX_DECODED_BODY_BYTES).toBe(DEFAULT_MAX_BODY_BYTES);
    const bomb = gzip(new Uint8Array(16 * 1024 * 1024)); // 16 MiB of zeros in ~16 KB
    expect(bomb.length).toBeLessThan(20_000);
    expect(await decodeContentEncoding('gzip', bomb, { modeled: false })).toEqual({ ok: false, problem: 'tooLarge', message: `the request body decompresses to more than ${DEFAULT_MAX_BODY_BYTES} bytes` });
    const exact = await decodeContentEncoding('gzip', gzip(new Uint8Array(1000)), { modeled: false, maxBytes: 1000 });
    expect(exact.ok && exact.body.length).toBe(1000);
    expect((await decodeContentEncoding('gzip', gzip(new Uint8Array(1001)), { modeled: false, maxBytes: 1000 })).ok).toBe(false);
  });
});

describe('decodedHeaders', () => {
  it('shows the codings left and the decoded length, and every other header as it was', () => {
    const original = new Headers({ 'content-encoding': 'custom, gzip', 'content-length': '40', 'x-other': 'y' });
    const seen = decodedHeaders(original, 'custom', 16);
    expect([seen.get('Content-Encoding'), seen.get('content-length'), seen.get('x-other')]).toEqual(['custom', '16', 'y']);
    const all: string[] = [];
    decodedHeaders(original, null, 16).forEach((v, k) => all.push(`${k}: ${v}`));
    expect(all).toEqual(['content-length: 16', 'x-other: y']);
    expect(decodedHeaders(new Headers({ 'content-encoding': 'gzip' }), null, 3).get('content-length')).toBeNull();
  });
});

describe('bindsContentEncoding', () => {
  it('is true when an input member is bound to the Content-Encoding header, whatever its case', () => {
    expect(bindsContentEncoding([{ member: 'encoding', in: 'header', name: 'Content-Encoding', type: { scalar: 'string' } }])).toBe(true);
    expect(bindsContentEncoding([{ member: 'data', in: 'body', name: 'Content-Encoding', type: { scalar: 'string' } }])).toBe(false);
  });
});

describe('decodeRequestBody', () => {
  const request = (headers: Record<string, string>, body: Uint8Array) => ({ headers: new Headers(headers), body, text: async () => 'raw', arrayBuffer: async () => new ArrayBuffer(0), extra: 1 });

  it('hands back the request itself when it names no coding', async () => {
    const plain = request({}, bytes(json));
    expect(await decodeRequestBody(plain, { modeled: false })).toEqual({ ok: true, request: plain });
  });

  it('replaces the body, its readers and the headers, and keeps the rest of the request', async () => {
    const decoded = await decodeRequestBody(request({ 'content-encoding': 'custom, gzip' }, gzip(json)), { modeled: true });
    if (!decoded.ok) throw new Error(decoded.message);
    expect([text(decoded.request.body), await decoded.request.text(), text(new Uint8Array(await decoded.request.arrayBuffer()))]).toEqual([json, json, json]);
    expect([decoded.request.headers.get('content-encoding'), decoded.request.extra]).toEqual(['custom', 1]);
  });

  it('says how each failure is answered', async () => {
    expect(await decodeRequestBody(request({ 'content-encoding': 'gzip' }, bytes('no')), { modeled: false })).toMatchObject({ ok: false, malformed: true, status: 400, name: 'SerializationException' });
    expect(await decodeRequestBody(request({ 'content-encoding': 'br' }, bytes('no')), { modeled: false })).toMatchObject({ ok: false, malformed: false, status: 415, name: 'UnsupportedMediaTypeException' });
    expect(await decodeRequestBody(request({ 'content-encoding': 'gzip' }, gzip(new Uint8Array(2000))), { modeled: false, maxBytes: 1000 })).toMatchObject({ ok: false, malformed: false, status: 413, name: 'RequestEntityTooLargeException' });
  });
});
