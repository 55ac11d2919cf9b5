import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as check from '../../src/runtime/checks.js';

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('code-point lengths', () => {
  const id = z.string().check(check.minCodePoints(1), check.maxCodePoints(128));
  it.each([
    ['', ['must have at least 1 Unicode code point']],
    ['a', []],
    ['😀'.repeat(128), []],
    ['😀'.repeat(129), ['must have at most 128 Unicode code points']],
    ['a'.repeat(129), ['must have at most 128 Unicode code points']],
    ['😀'.repeat(64) + 'a'.repeat(64), []],
  ])('%#', (given, want) => expect(messages(id, given)).toEqual(want));
});

describe('integer', () => {
  const fileType = z.number().check(check.integer(0, 255));
  it.each([
    [-1, ['must be ≥ 0']],
    [0, []],
    [255, []],
    [256, ['must be ≤ 255']],
    [1.5, ['must be an integer']],
    [255.5, ['must be an integer', 'must be ≤ 255']],
  ])('fileType %d', (given, want) => expect(messages(fileType, given)).toEqual(want));

  it('uses the model text of a bound when given', () => {
    expect(messages(z.number().check(check.integer(1, 10, '1', '1e1')), 11)).toEqual(['must be ≤ 1e1']);
  });

  it('lenient: integer-valued only, any size', () => {
    const any = z.number().check(check.integer());
    expect(messages(any, 2 ** 60)).toEqual([]);
    expect(messages(any, 0.5)).toEqual(['must be an integer']);
  });
});

describe('range on doubles, wire strings included', () => {
  const both = z.unknown().check(check.range(1, 5));
  const minOnly = z.unknown().check(check.range(1, undefined));
  const maxOnly = z.unknown().check(check.range(undefined, 5));
  it.each([
    [both, 1, []],
    [both, 5, []],
    [both, 0.5, ['must be ≥ 1']],
    [both, 'NaN', ['must be ≥ 1', 'must be ≤ 5']],
    [both, 'Infinity', ['must be ≤ 5']],
    [minOnly, 'Infinity', []],
    [minOnly, '-Infinity', ['must be ≥ 1']],
    [maxOnly, '-Infinity', []],
    [maxOnly, Number.NaN, ['must be ≤ 5']],
  ])('%#', (schema, given, want) => expect(messages(schema, given)).toEqual(want));
});

describe('entries, bytes, uniqueness', () => {
  it.each([
    [z.array(z.string()).check(check.arrayLength(1, 2)), [], ['must have at least 1 entry']],
    [z.array(z.string()).check(check.arrayLength(1, 2)), ['a', 'b', 'c'], ['must have at most 2 entries']],
    [z.record(z.string(), z.string()).check(check.mapLength(2, undefined)), { a: 'x' }, ['must have at least 2 entries']],
    [z.string().check(check.byteLength(1, 2, 'wire')), '', ['must have at least 1 byte']],
    [z.string().check(check.byteLength(1, 2, 'wire')), 'AQID', ['must have at most 2 bytes']],
    [z.string().check(check.byteLength(1, 2, 'wire')), 'AQI=', []],
    [z.custom<Uint8Array>().check(check.byteLength(1, 2, 'app')), new Uint8Array(3), ['must have at most 2 bytes']],
    [z.array(z.unknown()).check(check.uniqueItems()), [1, 2, 1], ['must not contain duplicate items']],
    [z.array(z.unknown()).check(check.uniqueItems()), [{ a: 1, b: [2] }, { b: [2], a: 1 }], ['must not contain duplicate items']],
    [z.array(z.unknown()).check(check.uniqueItems()), [{ a: 1 }, { a: 2 }, [1], 1, '1'], []],
    [z.array(z.unknown()).check(check.uniqueItems()), [new Date(5), new Date(5)], ['must not contain duplicate items']],
    [z.array(z.unknown()).check(check.uniqueItems()), [new Uint8Array([1]), new Uint8Array([2])], []],
  ] as [z.ZodType, unknown, string[]][])('%#', (schema, given, want) => expect(messages(schema, given)).toEqual(want));
});

describe('pattern (u flag, searched)', () => {
  const description = z.string().check(check.pattern(new RegExp('^[^\\p{C}]+$', 'u'), '^[^\\p{C}]+$'));
  it.each([
    ['plain text', []],
    ['pC{}', []], // without the u flag \p{C} would mean these letters
    ['a\u0007b', ['must match the pattern ^[^\\p{C}]+$']],
    ['line\nbreak', ['must match the pattern ^[^\\p{C}]+$']],
  ])('%j', (given, want) => expect(messages(description, given)).toEqual(want));
});
