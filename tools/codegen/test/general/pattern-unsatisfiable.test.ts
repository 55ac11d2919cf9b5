/**
 * The static "matches no string" proof (ir/pattern/satisfiable.ts). Every row is also checked
 * against the translated ECMAScript: a pattern said to match nothing must reject a spread of
 * strings, and a pattern said to match something must accept the witness given with it.
 */
import { describe, expect, it } from 'vitest';
import { patternMatchesNothing, translatePattern } from '../../src/ir/pattern.js';

/** Patterns no string matches: the `u`-flag, non-multiline `^` holds only at index 0, `$` only at the end. */
const NEVER: string[] = [
  '/^[\\d]{12}$/', // AWS dataexchange: the slashes are part of the pattern
  'a^',
  'x\\Ab',
  '$a',
  'a\\zb',
  '(?:a)+^',
  '(a|b)^c',
  '^/^(?=x)x$/$', // connect's form
  'a{2}^',
  '(a)\\1^', // the group consumes, so ^ fails whatever the backreference does
  '^\\P{C}*$}$', // qbusiness: the `}` after `$` is a literal character (Java reads it so too)
  '(?:^|x)y^', // both branches consume before the second ^
  '(?=a^)', // a lookahead that must match and cannot
  'a(?:$b|^c)',
];

/** Patterns that look odd but match something: [pattern, a string the translation accepts, or null when only Java's reading matches]. */
const SOME: [string, string | null][] = [
  ['^$', ''],
  ['a|^b', 'b'],
  ['(^a)', 'a'],
  ['\\bfoo\\b', 'foo'],
  ['^(?!aws:).*$', 'x'],
  ['(?=abc)a', 'abc'],
  ['^^a$$', 'a'],
  ['a*^b', 'b'], // a* may consume nothing
  ['(?:a?)^b', 'b'],
  ['x{0}^y', 'y'],
  ['$\\n?', ''], // \n? may take nothing
  ['a$', 'a'],
  ['a\\Z', 'a\n'], // Java's \Z: before a final line terminator
  ['(?<!x)^a', 'a'],
  ['()\\1^a', 'a'], // an empty group: its backreference consumes nothing
  ['^/', '/'],
  ['.*$', ''],
  ['[^a]', 'b'],
  ['(?:^|,)x', ',x'],
  ['a$\\n', null], // Java's $ holds before a final line terminator: not judged (the translation rejects it)
];

describe('patternMatchesNothing', () => {
  it.each(NEVER)('%j can match no string', (java) => {
    expect(patternMatchesNothing(java)).toBe(true);
    const re = new RegExp(translatePattern(java), 'u');
    for (const s of ['', 'a', 'b', 'ab', 'x', 'y', '/123456789012/', '123456789012', 'a\n', 'ac', 'xx']) expect(re.test(s), JSON.stringify(s)).toBe(false);
  });

  it.each(SOME)('%j may match (witness %j)', (java, witness) => {
    const claimed = patternMatchesNothing(java);
    const re = new RegExp(translatePattern(java), 'u');
    expect(claimed).toBe(false);
    if (witness !== null) expect(re.test(witness), `${java} accepts ${JSON.stringify(witness)}`).toBe(true);
  });
});
