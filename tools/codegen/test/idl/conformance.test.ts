/**
 * The definition of done for the IDL loader: the reference loader's own cases
 * (../shared/upstream/smithy/smithy-model/src/test/resources/.../model/loader/). Each miss is listed
 * by file; the counts are printed for the record.
 */

import { describe, expect, it } from 'vitest';
import { runFlattenedCases, runInvalidCases, runValidCases } from './conformance.js';

const list = (lines: string[]): string => (lines.length ? `\n  ${lines.join('\n  ')}` : '');

describe('IDL conformance with the reference loader', () => {
  it('every valid/**/X.smithy assembles to the same model as X.json (both with __shared.json)', () => {
    const results = runValidCases();
    const misses = results.filter((r) => !r.ok).map((r) => `${r.file}: ${r.detail}`);
    console.log(`IDL conformance: valid pairs matched ${results.length - misses.length}/${results.length}${list(misses)}`);
    expect(results.length).toBeGreaterThan(50);
    expect(misses).toEqual([]);
  });

  it('every valid/**/X.flattened.smithy is X.smithy with mixins flattened; unpaired valid files load', () => {
    const results = runFlattenedCases();
    const misses = results.filter((r) => !r.ok).map((r) => `${r.file}: ${r.detail}`);
    console.log(`IDL conformance: flattened pairs and unpaired files ${results.length - misses.length}/${results.length}${list(misses)}`);
    expect(results.length).toBeGreaterThan(10);
    expect(misses).toEqual([]);
  });

  it('every invalid/**/*.smithy is refused, at the line (and column) its first line names', () => {
    const results = runInvalidCases();
    const accepted = results.filter((r) => !r.refused).map((r) => `${r.file}: accepted${r.actual ? ` (${r.actual.message})` : ''}`);
    const positioned = results.filter((r) => r.expected);
    const wrongPlace = positioned
      .filter((r) => r.refused && !r.positionMatches)
      .map((r) => `${r.file}: expected ${r.expected!.line}:${r.expected!.column ?? '*'}, got ${r.actual?.line}:${r.actual?.column} (${r.actual?.message})`);
    const matched = positioned.length - wrongPlace.length - positioned.filter((r) => !r.refused).length;
    console.log(
      `IDL conformance: invalid refused ${results.length - accepted.length}/${results.length}, positions matched ${matched}/${positioned.length}` +
        list([...accepted, ...wrongPlace]),
    );
    expect(results.length).toBeGreaterThan(150);
    expect(accepted).toEqual([]);
    expect(wrongPlace).toEqual([]);
  });
});
