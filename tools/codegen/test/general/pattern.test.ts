/**
 * Java-dialect @pattern → ECMAScript (`u` flag). Each case compiles the translated source and checks
 * it accepts and rejects what java.util.regex would (ASCII POSIX classes, no UNICODE_CHARACTER_CLASS).
 */
import { describe, expect, it } from 'vitest';
import { PatternTranslationError, translatePattern } from '../../src/ir/pattern.js';

const compile = (java: string) => new RegExp(translatePattern(java), 'u');

describe('Java POSIX classes', () => {
  it.each([
    // class, accepted, rejected
    ['Graph', ['!', 'a', '~', 'Z9'], [' ', '\u007f', 'é', '\t']],
    ['Upper', ['A', 'Z', 'QRS'], ['a', 'É', '1']],
    ['Digit', ['0', '9', '0123'], ['a', '٣', ' ']], // ASCII digits only, not Arabic-Indic ٣
    ['Cntrl', ['\u0000', '\u001f', '\u007f', '\n'], [' ', 'a', '\u0080']],
    ['Lower', ['a', 'z'], ['A', 'é']],
    ['Alpha', ['a', 'Z'], ['1', 'é']],
    ['Alnum', ['a', '7'], ['_', 'é']],
    ['Punct', ['!', '/', '@', '[', '`', '~'], ['a', ' ', '1']],
    ['Print', [' ', '~'], ['\u007f', '\n']],
    ['Blank', [' ', '\t'], ['\n', 'a']],
    ['Space', [' ', '\n', '\u000b', '\f', '\r'], ['a', '\u00a0']],
    ['XDigit', ['0', 'f', 'F'], ['g', 'G']],
    ['ASCII', ['\u0000', '\u007f'], ['\u0080', 'é']],
  ])('\\p{%s} outside a class', (name, accepted, rejected) => {
    const re = compile(`^\\p{${name}}+$`);
    for (const s of accepted) expect(re.test(s), JSON.stringify(s)).toBe(true);
    for (const s of rejected) expect(re.test(s), JSON.stringify(s)).toBe(false);
  });

  it.each([
    ['^[\\p{Upper}\\p{Digit}_]+$', ['A_1', 'ZZ'], ['a', 'A-1']],
    ['^[^\\p{Cntrl}]*$', ['plain text', ''], ['a\nb', 'x\u007f']],
    ['^\\P{Digit}+$', ['abc', ' '], ['a1']],
  ])('inside classes and negated: %s', (java, accepted, rejected) => {
    const re = compile(java);
    for (const s of accepted) expect(re.test(s), JSON.stringify(s)).toBe(true);
    for (const s of rejected) expect(re.test(s), JSON.stringify(s)).toBe(false);
  });

  it('a negated class inside a class has no ECMAScript form and says so', () => {
    expect(() => translatePattern('[\\P{Digit}a]')).toThrow(PatternTranslationError);
  });
});

describe('other Java-only syntax', () => {
  it.each([
    // given, want (ECMAScript source)
    ['^[a-z\\_\\-\\.]+$', '^[a-z_\\-\\.]+$'], // \_ is not a u-mode escape; \- in a class is
    ['^a\\-b\\@c\\:d\\#e$', '^a-b@c:d#e$'],
    ['^\\/path\\/$', '^\\/path\\/$'], // \/ is a valid u-mode escape and stays
    ['\\Aabc\\z', '^abc$'],
    ['^\\p{IsAlphabetic}+$', '^\\p{Alphabetic}+$'],
    ['^\\p{IsL}\\p{IsLu}$', '^\\p{L}\\p{Lu}$'],
    ['^\\p{IsLatin}+$', '^\\p{Script=Latin}+$'],
    ['^\\p{javaLowerCase}$', '^\\p{Lowercase}$'],
    ['^\\x{1F600}$', '^\\u{1F600}$'],
    ['^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$', '^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$'], // already ECMAScript: untouched
    ['^[^\\p{C}]+$', '^[^\\p{C}]+$'],
    ['\\[\\p{Digit}\\]', '\\[[0-9]\\]'], // escaped brackets never open a class
  ])('%s → %s', (given, want) => {
    expect(translatePattern(given)).toBe(want);
    expect(() => new RegExp(want, 'u')).not.toThrow();
  });

  it('translated patterns keep their meaning', () => {
    expect(compile('^[a-z\\_]+$').test('a_b')).toBe(true);
    expect(compile('\\Aab\\Z').test('ab\n')).toBe(true);
    expect(compile('\\Aab\\z').test('ab\n')).toBe(false);
    expect(compile('^\\p{IsLatin}+$').test('Ωmega')).toBe(false);
    expect(compile('^\\e\\a$').test('\u001b\u0007')).toBe(true);
  });
});

describe('possessive quantifiers and atomic groups', () => {
  it.each([
    // given, exact, relaxed
    ['[^\\p{C}]*+', '[^\\p{C}]*', '[^\\p{C}]*'], // the AWS form: nothing follows, so possessive ≡ greedy
    ['^x?+$', '^x?$', '^x?$'],
    ['a*+|b', 'a*|b', 'a*|b'],
    ['^[a-z]++[0-9]{2}$', '^(?=([a-z]+))\\1[0-9]{2}$', '^[a-z]+[0-9]{2}$'],
    ['a{2,3}+c', '(?=(a{2,3}))\\1c', 'a{2,3}c'],
    ['^(?>ab|a)c$', '^(?=(ab|a))\\1c$', '^(?:ab|a)c$'],
    ['[\\]+]*+x', '(?=([\\]+]*))\\1x', '[\\]+]*x'], // `]` and `+` inside the class are not syntax
    ['^a+?b$', '^a+?b$', '^a+?b$'], // lazy stays lazy
  ])('%s → %s (relaxed %s)', (given, exact, relaxed) => {
    expect(translatePattern(given)).toBe(exact);
    expect(translatePattern(given, 'relaxed')).toBe(relaxed);
    expect(() => new RegExp(exact, 'u')).not.toThrow();
  });

  it('numbers the inserted groups among the pattern\'s own, nested or after named ones', () => {
    expect(translatePattern('^(?<n>a)(?>b|bc)c$')).toBe('^(?<n>a)(?=(b|bc))\\2c$');
    expect(translatePattern('^(ab)*+(c)\\p{Digit}$')).toBe('^(?=((ab)*))\\1(c)[0-9]$');
    expect(translatePattern('((?>a)b)*+c')).toBe('(?=(((?=(a))\\3b)*))\\1c');
    expect(new RegExp(translatePattern('((?>a)b)*+c'), 'u').exec('ababc')?.[0]).toBe('ababc');
  });

  it('match what java.util.regex matches: no backtracking into what they took', () => {
    // Java: "aaa".matches("a*+a") is false (the possessive run leaves nothing for the last a).
    expect(compile('^a*+a$').test('aaa')).toBe(false);
    expect(compile('^a*a$').test('aaa')).toBe(true);
    // Java: (?>b|bc)c commits to "b", so "bcc" fails while "bc" matches.
    expect(compile('^(?>b|bc)c$').test('bcc')).toBe(false);
    expect(compile('^(?>b|bc)c$').test('bc')).toBe(true);
    expect(compile('^[a-z]++[0-9]{2}$').test('abc12')).toBe(true);
    expect(compile('^[a-z]++[0-9]{2}$').test('abc1')).toBe(false);
  });

  it('refuses to emulate in a pattern with numbered backreferences, which the emulation would renumber', () => {
    expect(() => translatePattern('(a)\\1*+b')).toThrow(PatternTranslationError);
    expect(translatePattern('(a)\\1*+')).toBe('(a)\\1*'); // nothing to emulate: fine
  });
});
