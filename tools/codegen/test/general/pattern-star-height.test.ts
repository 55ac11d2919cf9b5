/**
 * Nested unbounded quantifiers merged (`pattern/star-height.ts`): the translation accepts exactly
 * the strings the pattern as written accepts (checked on every string over a small alphabet up to
 * length 8), and `^([0-9]+)+$` on AWS's ReDoS input finishes at once.
 */
import { describe, expect, it } from 'vitest';
import { translatePattern } from '../../src/ir/pattern.js';

/** Every string over `alphabet` of length 0..max. */
function* strings(alphabet: string, max: number): Generator<string> {
  let level = [''];
  for (let n = 0; n <= max; n++) {
    yield* level;
    level = level.flatMap((s) => [...alphabet].map((c) => s + c));
  }
}

describe('nested quantifiers', () => {
  it.each([
    ['^([0-9]+)+$', '^[0-9]+$'],
    ['^(a*)*$', '^a*$'],
    ['^(?:a+)*b$', '^a*b$'],
    ['^(a*)+b$', '^a*b$'],
    ['^((a+)+)+$', '^a+$'],
    ['^(?<n>a+)+$', '^a+$'],
    ['^(?:(?:ab)+)+$', '^(?:ab)+$'],
    ['x(a+)+|(b*)*y', 'xa+|b*y'],
  ])('%s is translated as %s', (java, ecma) => expect(translatePattern(java)).toBe(ecma));

  it.each([
    ['^(a+?)+$', 'a lazy inner quantifier'],
    ['^(a++)+$', 'a possessive inner quantifier'],
    ['^(a+)+\\1$', 'a backreference'],
    ['^(ab+)+$', 'a body that is more than the inner quantifier'],
    ['^([a-z]+){2,}$', 'a bounded outer quantifier'],
    ['^(a+)?$', 'an optional outer'],
    ['^(a+|b*)*$', 'an alternation between them (still ambiguous: only a linear-time matcher helps)'],
    ['^(?>(a+)+)b$', 'an atomic group around them'],
    ['^(?=(a+)+)a', 'a lookahead around them'],
  ])('%s is left as written (%s)', (java) => {
    const asWritten = java.replace('(?>(a+)+)', '(?=((a+)+))\\1'); // the printer's atomic-group emulation
    expect(translatePattern(java)).toBe(asWritten.replace('a++', '(?=(a+))\\2'));
  });

  it('accepts exactly the strings the pattern as written accepts', () => {
    const patterns = ['^(a+)+$', '^(a*)*b$', '^(?:(a|b)+)*$', '^((ab|a)+)+$', '(a+)+b', '^(?:(?:a|)+)+$', '^((a*)+b)+$', '^(?:(a+)*)+c?$'];
    for (const java of patterns) {
      const translated = new RegExp(translatePattern(java), 'u');
      expect(translated.source, java).not.toBe(java); // the rewrite applied
      const written = new RegExp(java, 'u');
      for (const s of strings('abc', 8)) expect(translated.test(s), `${java} on ${JSON.stringify(s)}`).toBe(written.test(s));
    }
  });

  it('answers the ReDoS case of the restJson1 suite in linear time', () => {
    const evil = `${'0'.repeat(84)}!`;
    const re = new RegExp(translatePattern('^([0-9]+)+$'), 'u');
    const start = performance.now();
    expect(re.test(evil)).toBe(false);
    expect(re.test('0'.repeat(100_000))).toBe(true);
    expect(re.test(`${'0'.repeat(100_000)}!`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
