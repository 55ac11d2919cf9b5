import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ByteLength, base64ToBytes, bytesToBase64, isBase64 } from '../../src/runtime/base64.js';

describe('isBase64', () => {
  it.each([
    ['', true],
    ['AQID', true],
    ['AQI=', true],
    ['AQ==', true],
    ['+/+/', true],
    ['AQIDBA==', true],
    ['AQ', false], // length not a multiple of 4
    ['AQ=', false],
    ['A===', false],
    ['AQ==AQID', false], // padding only at the end
    ['AQ-_', false], // base64url alphabet
    ['AQ ID', false],
    ['AQID\n', false],
    ['éééé', false],
  ])('%j → %s', (given, want) => expect(isBase64(given)).toBe(want));
});

describe('encode / decode', () => {
  it.each([
    [[], ''],
    [[1, 2, 3], 'AQID'],
    [[1, 2], 'AQI='],
    [[1], 'AQ=='],
    [[0xfb, 0xff], '+/8='],
  ])('%j ⇄ %j', (bytes, text) => {
    expect(bytesToBase64(new Uint8Array(bytes))).toBe(text);
    expect([...base64ToBytes(text)]).toEqual(bytes);
    expect(base64ByteLength(text)).toBe(bytes.length);
  });

  it('matches Node Buffer on random bytes, both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(bytesToBase64(bytes)).toBe(text);
        expect(isBase64(text)).toBe(true);
        expect(base64ToBytes(text)).toEqual(new Uint8Array(bytes));
        expect(base64ByteLength(text)).toBe(bytes.length);
      }),
    );
  });

  it('decoding a character outside the alphabet throws', () => {
    expect(() => base64ToBytes('AQ!D')).toThrow(/not base64/);
  });
});
