import { describe, expect, it } from 'vitest';
import { codePointLength, hasAtLeastCodePoints, hasAtMostCodePoints } from '../../src/runtime/code-points.js';

const emoji = '😀'; // U+1F600: one code point, two UTF-16 units

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    [emoji, 1],
    [emoji.repeat(128), 128],
    ['a😀b', 3],
    ['\uD800', 1], // lone high surrogate
    ['\uDC00\uD800', 2], // low before high: two lone surrogates
    ['\uD800a', 2],
  ])('%j has %i code points', (given, want) => {
    expect(codePointLength(given)).toBe(want);
    expect(codePointLength(given)).toBe([...given].length);
  });
});

describe('bounds without counting where the UTF-16 length decides', () => {
  // Every string of up to 6 units over a small alphabet mixing BMP, astral and lone surrogates.
  const units = ['a', '\uD83D', '\uDE00'];
  const strings: string[] = [''];
  for (let len = 1; len <= 6; len++) for (const s of strings.filter((x) => x.length === len - 1)) for (const u of units) strings.push(s + u);

  it('agree with counting for every bound 0..7', () => {
    for (const s of strings) {
      const n = [...s].length;
      for (let bound = 0; bound <= 7; bound++) {
        expect(hasAtLeastCodePoints(s, bound), `${JSON.stringify(s)} >= ${bound}`).toBe(n >= bound);
        expect(hasAtMostCodePoints(s, bound), `${JSON.stringify(s)} <= ${bound}`).toBe(n <= bound);
      }
    }
  });

  it.each([
    [emoji.repeat(128), 128, true],
    [emoji.repeat(129), 128, false],
    ['a'.repeat(129), 128, false],
  ])('max: %#', (s, max, want) => expect(hasAtMostCodePoints(s, max)).toBe(want));
});
