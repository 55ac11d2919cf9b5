/** `@requestCompression` on the client side: when a body is gzipped and what Content-Encoding says. */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressRequestBody, DEFAULT_MIN_COMPRESSION_BYTES } from '../../src/runtime/client/compression.js';

const gzipOnly = { encodings: ['gzip'] };
const large = JSON.stringify({ data: 'RjCEL3kBwqPivZUXGiyA5JCujtWgJAkKRlnTEsNYfBRGOS0f7LT6R3bCSOXeJ4auSHzQ4BEZZTklUyj5'.repeat(200) });
const gunzip = (body: Uint8Array | string) => gunzipSync(body as Uint8Array).toString('utf8');

describe('compressRequestBody', () => {
  it('gzips a body of at least 10240 bytes and says so in Content-Encoding', async () => {
    expect(DEFAULT_MIN_COMPRESSION_BYTES).toBe(10240);
    const out = await compressRequestBody(large, undefined, gzipOnly);
    expect(out.contentEncoding).toBe('gzip');
    expect(out.body).toBeInstanceOf(Uint8Array);
    expect((out.body as Uint8Array).length).toBeLessThan(large.length);
    expect(gunzip(out.body)).toBe(large);
    const bytes = await compressRequestBody(new TextEncoder().encode(large), null, gzipOnly);
    expect(gunzip(bytes.body)).toBe(large);
  });

  it('appends gzip after the Content-Encoding the caller set', async () => {
    const out = await compressRequestBody(large, 'custom', gzipOnly);
    expect([out.contentEncoding, gunzip(out.body)]).toEqual(['custom, gzip', large]);
  });

  it('leaves the body and the caller\'s Content-Encoding as they are below the threshold, when disabled, or with no encoding it knows', async () => {
    const small = '{"data":"x"}';
    expect(await compressRequestBody(small, 'custom', gzipOnly)).toEqual({ body: small, contentEncoding: 'custom' });
    expect(await compressRequestBody(large, undefined, gzipOnly, { disable: true })).toEqual({ body: large, contentEncoding: undefined });
    expect(await compressRequestBody(large, '', { encodings: ['br', 'zstd'] })).toEqual({ body: large, contentEncoding: undefined });
    // The first encoding the client knows is used, whatever precedes it.
    expect((await compressRequestBody(large, undefined, { encodings: ['br', 'gzip'] })).contentEncoding).toBe('gzip');
  });

  it('takes the threshold from the options (0 compresses even an empty body) and refuses one out of range', async () => {
    const tiny = await compressRequestBody('{}', undefined, gzipOnly, { minBytes: 0 });
    expect([tiny.contentEncoding, gunzip(tiny.body)]).toEqual(['gzip', '{}']);
    expect((await compressRequestBody('12345', undefined, gzipOnly, { minBytes: 6 })).contentEncoding).toBeUndefined();
    for (const minBytes of [-1, 1.5, 10_485_761]) {
      await expect(compressRequestBody(large, undefined, gzipOnly, { minBytes })).rejects.toThrow(/minBytes must be an integer from 0 to 10485760/);
    }
  });
});
