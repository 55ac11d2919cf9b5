/**
 * Leaf values of the validator differential inputs: strings (patterns, code point lengths,
 * date-times) and numbers (bounds) of a schema, clean or noisy.
 */

import fc from 'fast-check';
import { generableSource } from '../../../../packages/fixtures/src/runtime/generable.js';
import { boundaryString, DATE_TIMES } from './validator-mutations.js';
import { prng } from './validator-values.js';

type Schema = Record<string, unknown>;
const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);

/**
 * Strings of a string schema: matching its pattern when fast-check can, at its length bounds,
 * date-times. Noisy ones also break the pattern and go past the bounds (lone surrogates, astral
 * characters); clean ones stay valid where the generator can tell.
 */
export function stringArb(s: Schema, noisy: boolean): fc.Arbitrary<unknown> {
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  // Lengths count code points. A minimum past 4,096 is not met (mutations go near the edges).
  const min = Math.min(num(s.minLength, 0), 4_096);
  const max = num(s.maxLength, Infinity);
  const upTo = Math.max(min, Math.min(max, min + 12));
  if (s.format === 'date-time') {
    const dates = fc.date({ min: new Date(-62e12), max: new Date(25e13), noInvalidDate: true }).map((d) => d.toISOString());
    return noisy ? fc.oneof(dates, fc.constantFrom(...DATE_TIMES)) : dates;
  }
  // Code points: `binary` units are one code point each (astral ones included), as min/maxLength count.
  const sized = fc.oneof(fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: upTo }), fc.string({ unit: 'binary', minLength: min, maxLength: upTo }));
  // At the length bounds (astral characters included): exactly on them when clean, also past them when noisy.
  const edges = fc.nat().map((n) => boundaryString(s, prng(n), !noisy));
  const matching = typeof s.pattern === 'string' ? patternArb(s.pattern, min, upTo) : undefined;
  if (typeof s.pattern !== 'string') return fc.oneof({ weight: 3, arbitrary: sized }, { weight: 1, arbitrary: edges });
  if (!noisy) return matching ?? sized;
  return matching ? fc.oneof({ weight: 4, arbitrary: matching }, { weight: 1, arbitrary: sized }, { weight: 1, arbitrary: edges }) : fc.oneof(sized, edges);
}

/** Characters offered to a negated class that takes no printable ASCII (fixtures' generable.ts: fast-check would never return). */
const OFFERED = ['é', 'ß', 'ÿ', 'Ā', 'Ω', '中', '\u00a0', '\u200b', '\uFFFD', '😀', '𝒳'];
const accepted = (atom: string) => OFFERED.filter((c) => new RegExp(`^(?:${atom})$`, 'u').test(c));

/** Built once per pattern and bounds: fast-check takes up to a second for a Unicode property class. */
const patternArbs = new Map<string, fc.Arbitrary<unknown> | undefined>();

function patternArb(pattern: string, min: number, upTo: number): fc.Arbitrary<unknown> | undefined {
  const key = `${min}:${upTo}:${pattern}`;
  if (!patternArbs.has(key)) patternArbs.set(key, buildPatternArb(pattern, min, upTo));
  return patternArbs.get(key);
}

function buildPatternArb(pattern: string, min: number, upTo: number): fc.Arbitrary<unknown> | undefined {
  const atom = /^\^(\[(?:\\.|[^\]\\])*\]|\\[pP]\{[^}]+\}|\\.|\.|[^\\[()|*+?{}^$])([*+])\$$/u.exec(pattern);
  try {
    if (atom) {
      const one = fc.stringMatching(new RegExp(generableSource(`^${atom[1]}$`, accepted), 'u'));
      const lo = Math.max(min, atom[2] === '+' ? 1 : 0);
      return fc.array(one, { minLength: lo, maxLength: Math.max(lo, upTo) }).map((xs) => xs.join(''));
    }
    const re = new RegExp(generableSource(pattern, accepted), 'u');
    return fc.stringMatching(re).map((m) => {
      const cps = [...m];
      if (cps.length > upTo) return cps.slice(0, upTo).join('');
      return cps.length < min ? m + 'a'.repeat(min - cps.length) : m;
    });
  } catch {
    return undefined;
  }
}

/** Numbers of a numeric schema: inside the bounds, at them, and 0 when allowed. */
export function numberArb(s: Schema): fc.Arbitrary<unknown> {
  const min = num(s.minimum, -Number.MAX_SAFE_INTEGER);
  const max = num(s.maximum, Number.MAX_SAFE_INTEGER);
  const edges = [min, max, ...(min <= 0 && max >= 0 ? [0] : [])];
  if (s.type === 'integer') {
    const lo = Math.max(Math.ceil(min), -(2 ** 31));
    const hi = Math.min(Math.floor(max), 2 ** 31 - 1);
    const inner = lo <= hi ? fc.integer({ min: lo, max: hi }) : fc.constant(Math.ceil(min));
    return fc.oneof({ weight: 4, arbitrary: inner }, { weight: 1, arbitrary: fc.constantFrom(...edges.map(Math.ceil)) });
  }
  return fc.oneof({ weight: 4, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }) }, { weight: 1, arbitrary: fc.constantFrom(...edges) });
}
