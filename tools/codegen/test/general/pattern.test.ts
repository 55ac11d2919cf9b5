/**
 * Java-dialect @pattern → ECMAScript (`u` flag). Each case compiles the translated source and checks
 * it accepts and rejects what java.util.regex would (JDK 9+, `Matcher.find()`, no flags unless the
 * pattern sets them inline). The Java behaviour in the tables follows the JDK's Pattern docs and
 * CharPredicates (ASCII POSIX classes without UNICODE_CHARACTER_CLASS, ASCII-only `(?i)`, nested
 * classes as unions, a leading `^` applying to the whole class).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PatternTranslationError, patternForGeneration, translatePattern } from '../../src/ir/pattern.js';

const compile = (java: string) => new RegExp(translatePattern(java), 'u');

/** given (Java), accepted, rejected: Java's verdicts. */
type Row = [string, string[], string[]];
function checkRows(rows: Row[]) {
  for (const [java, accepted, rejected] of rows) {
    const re = compile(java);
    for (const s of accepted) expect(re.test(s), `${java} should accept ${JSON.stringify(s)} (ECMAScript ${re.source})`).toBe(true);
    for (const s of rejected) expect(re.test(s), `${java} should reject ${JSON.stringify(s)} (ECMAScript ${re.source})`).toBe(false);
  }
}

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
    checkRows([[`^\\p{${name}}+$`, accepted, rejected]]);
  });

  it('inside classes and negated, also a negated class inside a class', () => {
    checkRows([
      ['^[\\p{Upper}\\p{Digit}_]+$', ['A_1', 'ZZ'], ['a', 'A-1']],
      ['^[^\\p{Cntrl}]*$', ['plain text', ''], ['a\nb', 'x\u007f']],
      ['^\\P{Digit}+$', ['abc', ' '], ['a1']],
      ['^[\\P{Digit}a]+$', ['a', 'b', ' '], ['1']], // union of "not a digit" and a
      ['^[^\\P{Digit}a]+$', ['1', '9'], ['a', 'b']], // complement of that union: the digits
    ]);
  });
});

describe('Java property names', () => {
  it.each([
    // given, want (ECMAScript source)
    ['^\\p{IsAlphabetic}+$', '^\\p{Alphabetic}+$'],
    ['^\\p{IsL}\\p{IsLu}$', '^\\p{L}\\p{Lu}$'],
    ['^\\p{IsLatin}+$', '^\\p{Script=Latin}+$'],
    ['^\\p{IsLATIN}$', '^\\p{Script=Latin}$'], // Java script names are case-insensitive
    ['^\\p{script=Greek}$', '^\\p{Script=Greek}$'],
    ['^\\p{javaLowerCase}$', '^\\p{Lowercase}$'],
    ['^[^\\p{C}\\p{IsWhitespace}]+$', '^[^\\p{C}\\p{White_Space}]+$'], // codeartifact; Is… names are case-insensitive
    ['^[\\p{all}]*$', '^[\\s\\S]*$'], // dlm
    ['^\\pL\\PN$', '^\\p{L}\\P{N}$'], // one-letter names without braces
    ['^\\p{IsPunct}$', '^\\p{P}$'], // with Is: the Unicode set; without: ASCII (below)
    ['^\\p{Punct}$', '^[!-\\/:-@\\[-`{-~]$'],
  ])('%s → %s', (given, want) => {
    expect(translatePattern(given)).toBe(want);
  });

  it('match what java.lang.Character says', () => {
    checkRows([
      ['^\\p{javaWhitespace}+$', [' ', '\t', '\u001c', '\u2003', '\u3000'], ['\u00a0', '\u2007', '\u202f', '\u0085']], // isWhitespace: no no-break spaces
      ['^\\p{IsWhite_Space}+$', ['\u0085', '\u00a0', ' '], ['a', '\u200b']],
      ['^\\p{javaLetterOrDigit}+$', ['a', 'é', '٣', '7'], ['_', 'Ⅻ']], // isLetter || isDigit (Nd): not the Nl Ⅻ
      ['^\\p{IsHex_Digit}+$', ['f', 'F', '٣', '\uff21'], ['g']], // Java: any Nd plus the hex letters
      ['^\\p{javaISOControl}$', ['\u0000', '\u009f'], ['\u00a0']],
      ['^\\p{IsTitlecase}$', ['ǅ'], ['A', 'a']],
      ['^\\p{L1}+$', ['ÿ', 'a'], ['Ā']],
      ['^\\p{all}$', ['\n', '😀'], ['']],
      ['^\\p{IsGraph}$', ['a', '€', '😀'], [' ', '\u2028', '\u0007']],
      ['^\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*$', ['$a1', '_x', 'é٣'], ['1a', '-a']],
    ]);
  });

  it.each([
    ['\\p{InGreek}', /Unicode block \\p\{InGreek\} at index 0/],
    ['^a\\p{block=Greek}', /Unicode block .* at index 2/],
    ['\\p{NoSuchThing}', /\\p\{NoSuchThing\} at index 0 is unknown/],
    ['x\\p{javaUnicodeIdentifierStart}', /javaUnicodeIdentifierStart.* at index 1/],
  ])('refuses %s, naming the construct and where it is', (given, message) => {
    expect(() => translatePattern(given)).toThrow(PatternTranslationError);
    expect(() => translatePattern(given)).toThrow(message);
  });

  it('model text never reaches Object.prototype', () => {
    expect(() => translatePattern('\\p{constructor}')).toThrow(PatternTranslationError);
    expect(() => translatePattern('\\p{toString}')).toThrow(PatternTranslationError);
  });
});

describe('other Java-only syntax', () => {
  it.each([
    // given, want (ECMAScript source)
    ['^[a-z\\_\\-\\.]+$', '^[a-z_\\-\\.]+$'], // \_ is not a u-mode escape; \- in a class is
    ['^a\\-b\\@c\\:d\\#e$', '^a-b@c:d#e$'],
    ['^\\/path\\/$', '^\\/path\\/$'], // \/ is a valid u-mode escape and stays
    ['\\Aabc\\z', '^abc$'],
    ['^\\x{1F600}$', '^\\u{1F600}$'],
    ['^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$', '^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$'], // already ECMAScript: untouched
    ['^[^\\p{C}]+$', '^[^\\p{C}]+$'],
    ['\\[\\p{Digit}\\]', '\\[[0-9]\\]'], // escaped brackets never open a class
    ['^[a-zA-Z+-=._:/]+$', '^[a-zA-Z+-=._:/]+$'], // `+-=` is a range in both
    // A set escape followed by `-`: Java reads a literal `-` (auditmanager, finspace, notificationscontacts)
    ['^[\\s-_]+$', '^[\\s\\-_]+$'],
    ['[\\w-.~]+', '[\\w\\-.~]+'],
    ['^[\\w-\\/.@+=,]{1,1017}$', '^[\\w\\-\\/.@+=,]{1,1017}$'],
    // Unescaped `}` and `]` outside a class are characters in Java (groundstation, iottwinmaker, qbusiness)
    ['\\{config\\-name}', '\\{config-name\\}'],
    ['^a]b$', '^a\\]b$'],
    ['^\\P{C}*$}$', '^\\P{C}*$\\}$'],
    // Nested classes are unions: `[[:alnum:]]` is the set of `:`, a, l, n, u, m (lookoutmetrics)
    ['^[[:alnum:]\\/\\_]+$', '^[:alnum:\\/_]+$'],
    // A quantifier after an anchor repeats a zero-width match: `$` (chime-sdk-voice)
    ['^[-_a-zA-Z0-9]*${2,64}$', '^[-_a-zA-Z0-9]*$$'],
    // A `{n}` after a quantifier repeats an empty atom in Java (rbin): nothing
    ['^[0-9a-zA-Z]{11}{0,1011}$', '^[0-9a-zA-Z]{11}$'],
    // Inline flags (amplify): (?s) makes `.` match line terminators
    ['^(?s).+$', '^[\\s\\S]+$'],
    ['^(?s)', '^'],
    ['(?i)^ab[c-e]$', '^[aA][bB][c-eC-E]$'],
    ['a(?i:b)c', 'a(?:[bB])c'],
    ['(?x) a b # comment', 'ab'],
    ['\\Qa.b\\E+', 'a\\.b+'], // the quantifier takes the last quoted character, as in Java
    ['\\0101\\cA', 'A\\cA'],
    ['[]a]', '[\\]a]'], // `]` right after `[` is a character in Java
  ])('%s → %s', (given, want) => {
    expect(translatePattern(given)).toBe(want);
    expect(() => new RegExp(want, 'u')).not.toThrow();
  });

  it('translated patterns keep Java\'s meaning', () => {
    checkRows([
      ['^[a-z\\_]+$', ['a_b'], ['a-b']],
      ['\\Aab\\Z', ['ab', 'ab\n', 'ab\r\n', 'ab\u2028'], ['ab\n\n', 'abc']],
      ['\\Aab\\z', ['ab'], ['ab\n']],
      ['^\\p{IsLatin}+$', ['abc'], ['Ωmega']],
      ['^\\e\\a$', ['\u001b\u0007'], ['ea']],
      ['^[\\s-_]+$', [' -_', '\t'], ['a', '.']],
      ['[\\w-.~]+', ['a-b.c~'], ['/', '']],
      ['^[[:alnum:]\\/\\_]+$', [':alnum', 'mun/_'], ['b', 'x1', '9']], // not POSIX: b, x and digits are out
      ['^\\P{C}*$}$', [], ['', 'a}', 'a', '}']], // `$}` never matches: the pattern accepts nothing
      ['^[-_a-zA-Z0-9]*${2,64}$', ['abc', ''], ['a b']],
      ['^[0-9a-zA-Z]{11}{0,1011}$', ['abcdefghijk'], ['abcdefghijkl', 'abc']],
      ['^(?s).+$', ['a\nb', '\r'], ['']],
      ['^.+$', ['ab'], ['a\nb']],
      ['(?i)^ab[c-e]$', ['ABC', 'abE', 'aBd'], ['abf', 'ABF']],
      ['^a(?i:b)c$', ['abc', 'aBc'], ['Abc', 'abC']],
      ['^a(?i)b(?-i)c$', ['aBc'], ['aBC']],
      ['^(?i)[^a-c]$', ['d', 'D'], ['a', 'B']], // case-insensitive negation rejects both cases
      ['^(?i)\\x41$', ['a', 'A'], ['b']],
      ['^\\Qa.b\\E+$', ['a.bbb'], ['axb', 'a.']],
      ['^[a-z&&[^aeiou]]+$', ['bcd'], ['bad', 'B']],
      ['^[^a[b]]$', ['c'], ['a', 'b']], // JDK 9+: `^` applies to the nested class too
      ['^[a[^b]]$', ['a', 'c'], ['b']],
      ['^[]a]+$', [']a'], ['b']],
      ['^\\h+$', [' \t\u00a0\u3000'], ['\n']],
      ['^\\R$', ['\r\n', '\n', '\u2029'], ['a']],
      ['^x\\b', ['x y'], ['xy']],
    ]);
  });

  it.each([
    ['\\X', /grapheme cluster \\X at index 0/],
    ['ab(?m)^c', /inline flag \(\?m\) at index 2/],
    ['(?iu)k', /inline flag \(\?u\) at index 0/],
    ['(?U)\\w', /inline flag \(\?U\) at index 0/],
    ['a**', /quantifier \* at index 2 has nothing to repeat/],
    ['[abc', /unclosed character class at index 0/],
    ['(ab', /unclosed group at index 0/],
    ['ab)', /unmatched \) at index 2/],
    ['[z-a]', /range z-a at index 1 is out of order/],
    ['[a-\\d]', /at index 3 .*set escape cannot end a range/],
    ['\\N{LATIN SMALL LETTER A}', /named character .* at index 0/],
    ['(?i)(a)\\1', /backreference under \(\?i\) at index 7/],
    ['\\q', /escape \\q at index 0 is not valid/],
  ])('refuses %s with a message naming the construct and its index', (given, message) => {
    expect(() => translatePattern(given)).toThrow(PatternTranslationError);
    expect(() => translatePattern(given)).toThrow(message);
  });
});

describe('quantified lookarounds (efs) and anchors', () => {
  it.each([
    ['^(?=[a-z])+[a-z0-9]*$', '^(?=[a-z])[a-z0-9]*$'],
    ['^(?=[a-z]){3}x', '^(?=[a-z])x'],
    ['^(?![0-9])*a$', '^a$'], // optional assertion: always satisfied
    ['^\\b+a', '^\\ba'],
    ['^(?=(a))?\\1?b', '^(?:(?=(a)))?\\1?b'], // kept, optional, for its capture
  ])('%s → %s', (given, want) => {
    expect(translatePattern(given)).toBe(want);
  });

  it('mean what Java means', () => {
    checkRows([
      ['^(?=[a-z])+[a-z0-9]*$', ['a1', 'abc'], ['1a', '']],
      ['^(?![0-9])*a$', ['a'], ['1a']],
    ]);
  });
});

describe('possessive quantifiers and atomic groups', () => {
  it.each([
    // given, exact, generation
    ['[^\\p{C}]*+', '[^\\p{C}]*', '[^\\p{C}]*'], // the AWS form: nothing follows, so possessive ≡ greedy
    ['^x?+$', '^x?$', '^x?$'],
    ['a*+|b', 'a*|b', 'a*|b'],
    ['^[a-z]++[0-9]{2}$', '^(?=([a-z]+))\\1[0-9]{2}$', '^[a-z]+[0-9]{2}$'],
    ['a{2,3}+c', '(?=(a{2,3}))\\1c', 'a{2,3}c'],
    ['^(?>ab|a)c$', '^(?=(ab|a))\\1c$', '^(?:ab|a)c$'],
    ['[\\]+]*+x', '(?=([\\]+]*))\\1x', '[\\]+]*x'], // `]` and `+` inside the class are not syntax
    ['^a+?b$', '^a+?b$', '^a+?b$'], // lazy stays lazy
  ])('%s → %s (generation %s)', (given, exact, generation) => {
    expect(translatePattern(given)).toBe(exact);
    expect(translatePattern(given, 'generation')).toBe(generation);
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
    checkRows([
      ['^a*+a$', [], ['aaa']],
      ['^a*a$', ['aaa'], []],
      ['^(?>b|bc)c$', ['bc'], ['bcc']], // (?>b|bc) commits to "b"
      ['^[a-z]++[0-9]{2}$', ['abc12'], ['abc1']],
    ]);
  });

  it('renumbers the pattern\'s own backreferences around the groups the emulation inserts', () => {
    expect(translatePattern('(a)\\1*+b')).toBe('(a)(?=(\\1*))\\2b');
    expect(translatePattern('(?>x)(a)\\1')).toBe('(?=(x))\\1(a)\\2');
    checkRows([['^(?>x)(a)\\1$', ['xaa'], ['xa', 'xab']]]);
    expect(translatePattern('(a)\\1*+')).toBe('(a)\\1*'); // nothing to emulate
  });
});

describe('generation form', () => {
  it.each([
    // given, generation form (undefined: the exact form is generable as it is)
    ['^(?!aws:)[a-zA-Z+-=._:/]+$', '^[a-zA-Z+-=._:/]+$'],
    ['^(?=^.{2,256}$)(?!.*\\s)[0-9a-zA-Z-_.:=+@]*$', '^[0-9a-zA-Z-_.:=+@]*$'],
    ['^[0-9A-Za-z\\.\\-_]*(?<!\\.)$', '^[0-9A-Za-z\\.\\-_]*$'],
    ['^[0-9a-f]{8}\\b-[0-9a-f]{4}$', '^[0-9a-f]{8}-[0-9a-f]{4}$'],
    ['^(?!.*?(.)\\1{3})[-_!@#$a-zA-Z0-9]*$', '^[-_!@#$a-zA-Z0-9]*$'], // the backreference goes with its lookahead
    ['^(a|b)\\1$', '^(a|b)(?:a|b)$'], // a backreference: its group's text again (a superset)
    ['^(?<x>[a-c])\\k<x>$', '^(?<x>[a-c])(?:[a-c])$'],
    ['^[a-z&&[^aeiou]]$', '^[a-z]$'],
    ['\\Aab\\Z', '^ab$'],
    ['^(?:(?=a))?b$', '^(?:)?b$'],
    ['^[a-z]+$', undefined],
  ])('%s → %s', (given, want) => {
    expect(patternForGeneration(given)).toBe(want);
  });

  it('fast-check draws from it, and enough of its strings pass the exact form', () => {
    const cases = ['^(?!aws:)[a-zA-Z+-=._:/]+$', '^(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$', '^(?:(?:25[0-5]|(?:2[0-4]|1\\d|[0-9]|)\\d)\\.?\\b){4}$', '^(a|b)\\1$'];
    for (const java of cases) {
      const exact = compile(java);
      const drawn = fc.sample(fc.stringMatching(new RegExp(patternForGeneration(java)!, 'u')), { numRuns: 200, seed: 1 });
      const kept = drawn.filter((s) => exact.test(s)).length;
      expect(kept, `${java}: ${kept}/200 drawn strings pass`).toBeGreaterThanOrEqual(5); // at least 1 in 40: the fixtures retry a bounded number of times
    }
  });
});
