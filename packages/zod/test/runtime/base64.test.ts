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

describe('isBase64 on a 6 MiB blob (8.4M characters)', () => {
  // The `{4}` form of the pattern threw "Maximum call stack size exceeded" on this input.
  const big = Buffer.alloc(6_300_000, 7).toString('base64');
  it.each([
    ['valid, unpadded', big, true],
    ['valid, one pad', `${big}AQI=`, true],
    ['valid, two pads', `${big}AQ==`, true],
    ['bad character at the end', `${big.slice(0, -1)}-`, false],
    ['bad character at the start', `!${big.slice(1)}`, false],
    ['padding inside', `${big.slice(0, 4_000_000)}AQ==${big.slice(4_000_004)}`, false],
    ['length not a multiple of 4', `${big}A`, false],
    ['three pads', `${big}A===`, false],
  ])('%s', (_name, given, want) => {
    expect(given.length).toBeGreaterThanOrEqual(8_400_000);
    expect(isBase64(given)).toBe(want);
  });
});

it('accepts exactly the language docs/VALIDATION.md writes with {4}, on short strings', () => {
  const documented = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
  const char = fc.constantFrom('A', 'z', '9', '+', '/', '=', '-', ' ', 'é');
  fc.assert(
    fc.property(fc.array(char, { maxLength: 13 }), (chars) => {
      const text = chars.join('');
      expect(isBase64(text)).toBe(documented.test(text));
    }),
    { numRuns: 2000 },
  );
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
