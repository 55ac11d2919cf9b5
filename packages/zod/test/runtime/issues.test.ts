import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { formatIssues, formatPath } from '../../src/runtime/issues.js';
import { objectError } from '../../src/runtime/leaves.js';

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['otaUpdateInfo'], 'otaUpdateInfo'],
    [['otaUpdateInfo', 'otaUpdateFiles', 0, 'fileType'], 'otaUpdateInfo.otaUpdateFiles[0].fileType'],
    [['attributes', 'a b'], 'attributes["a b"]'],
    [['attributes', '0'], 'attributes["0"]'],
    [['attributes', '__proto__'], 'attributes.__proto__'],
    [['attributes', 'say "hi"'], 'attributes["say \\"hi\\""]'],
    [['attributes', ''], 'attributes[""]'],
    [[3, 'x'], '[3].x'],
    [['a-b', 'c'], '["a-b"].c'],
    [['$unknown'], '$unknown'],
  ] as [PropertyKey[], string][])('%j → %s', (path, want) => expect(formatPath(path)).toBe(want));
});

describe('formatIssues', () => {
  it('renders path: rule, one line per unknown property', () => {
    const schema = z.strictObject({ a: z.strictObject({ n: z.number({ error: 'must be a number' }) }, { error: objectError }) }, { error: objectError });
    const r = schema.safeParse({ a: { n: 'x', extra: 1, 'odd key': 2 } });
    expect(r.success).toBe(false);
    expect(formatIssues(r.error!)).toEqual(['a.n: must be a number', 'a.extra: is not allowed (unknown property)', 'a["odd key"]: is not allowed (unknown property)']);
    // The issue list itself is accepted too.
    expect(formatIssues(r.error!.issues)).toEqual(formatIssues(r.error!));
  });

  it('names the root', () => {
    const r = z.string({ error: 'must be a string' }).safeParse(1);
    expect(formatIssues(r.error!)).toEqual(['(root): must be a string']);
  });
});
