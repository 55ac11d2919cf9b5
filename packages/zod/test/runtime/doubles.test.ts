import { describe, expect, it } from 'vitest';
import { doubleToWire, isWireDouble, wireToDouble } from '../../src/runtime/doubles.js';

describe('non-finite doubles', () => {
  it.each([
    [1.5, true],
    [0, true],
    ['NaN', true],
    ['Infinity', true],
    ['-Infinity', true],
    ['nan', false],
    ['inf', false],
    ['1.5', false],
    [Number.NaN, false], // not JSON: the wire form carries the string
    [Number.POSITIVE_INFINITY, false],
    [null, false],
  ])('isWireDouble(%j) = %s', (v, want) => expect(isWireDouble(v)).toBe(want));

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    [2.5, 2.5],
  ] as const)('%j ⇄ %d', (wire, app) => {
    expect(wireToDouble(wire)).toBe(app);
    expect(doubleToWire(app)).toBe(wire);
  });
});
