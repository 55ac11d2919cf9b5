/**
 * Java `\p{…}` names → ECMAScript. Resolution follows java.util.regex.Pattern (JDK 9+, without
 * UNICODE_CHARACTER_CLASS): `In…` is a block, `Is…` a binary property (case-insensitive), then a
 * category or POSIX name, then a script; a bare name is a category, an ASCII POSIX class or a
 * `java…` method of java.lang.Character; `key=value` picks script, block or category. The sets are
 * those of CharPredicates.java.
 */
import { refuse } from './ast.js';

/**
 * A set of code points as ECMAScript writes it: `escape` is one `\p{…}` escape (negated by writing
 * `\P`), `body` the inside of a character class (always positive).
 */
export type CharSet = { escape: string } | { body: string };

/** The ASCII POSIX classes Java gives bare `\p{Lower}`, `\p{Graph}`, …. */
const POSIX_ASCII: ReadonlyMap<string, string> = new Map(Object.entries({
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
}));

const CATEGORIES = new Set('Cn Lu Ll Lt Lm Lo Mn Me Mc Nd Nl No Zs Zl Zp Cc Cf Co Cs Pd Ps Pe Pc Po Sm Sc Sk So Pi Pf L M N Z C P S LC'.split(' '));
const CASED = '\\p{Lowercase}\\p{Uppercase}\\p{Lt}';
const IGNORABLE = '\\x00-\\x08\\x0E-\\x1B\\x7F-\\x9F\\p{Cf}';
const GRAPH = '\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Cf}\\p{Co}';

const esc = (name: string): CharSet => ({ escape: `\\p{${name}}` });

/** Bare names (CharPredicates.forProperty), beyond the categories. */
function forProperty(name: string, caseInsensitive: boolean): CharSet | undefined {
  if (caseInsensitive && (name === 'Lu' || name === 'Ll' || name === 'Lt')) return esc('LC');
  if (CATEGORIES.has(name)) return esc(name);
  if (caseInsensitive && (name === 'Lower' || name === 'Upper')) return { body: 'a-zA-Z' };
  const posix = POSIX_ASCII.get(name);
  if (posix !== undefined) return { body: posix };
  switch (name) {
    case 'LD': return { body: '\\p{L}\\p{Nd}' };
    case 'L1': return { body: '\\x00-\\xFF' };
    case 'all': return { body: '\\s\\S' };
    case 'javaLowerCase': return caseInsensitive ? { body: CASED } : esc('Lowercase');
    case 'javaUpperCase': return caseInsensitive ? { body: CASED } : esc('Uppercase');
    case 'javaTitleCase': return caseInsensitive ? { body: CASED } : esc('Lt');
    case 'javaAlphabetic': return esc('Alphabetic');
    case 'javaIdeographic': return esc('Ideographic');
    case 'javaDigit': return esc('Nd');
    case 'javaDefined': return esc('Assigned');
    case 'javaLetter': return esc('L');
    case 'javaLetterOrDigit': return { body: '\\p{L}\\p{Nd}' };
    case 'javaJavaIdentifierStart': return { body: '\\p{L}\\p{Nl}\\p{Sc}\\p{Pc}' };
    case 'javaJavaIdentifierPart': return { body: `\\p{L}\\p{Sc}\\p{Pc}\\p{Nd}\\p{Nl}\\p{Mc}\\p{Mn}${IGNORABLE}` };
    case 'javaIdentifierIgnorable': return { body: IGNORABLE };
    case 'javaSpaceChar': return esc('Z');
    // Character.isWhitespace: Z minus the no-break spaces, plus \t-\r and \x1C-\x1F.
    case 'javaWhitespace': return { body: '\\t-\\r\\x1C-\\x20\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000' };
    case 'javaISOControl': return { body: '\\x00-\\x1F\\x7F-\\x9F' };
    case 'javaMirrored': return esc('Bidi_Mirrored');
    default: return undefined;
  }
}

/** `Is…` binary properties and the Unicode POSIX names (CharPredicates.forUnicodeProperty); `upper` is upper-cased. */
function forUnicodeProperty(upper: string, caseInsensitive: boolean): CharSet | undefined {
  switch (upper) {
    case 'ALPHABETIC': case 'ALPHA': return esc('Alphabetic');
    case 'ASSIGNED': return esc('Assigned');
    case 'CONTROL': case 'CNTRL': return esc('Cc');
    case 'HEXDIGIT': case 'HEX_DIGIT': case 'XDIGIT': return { body: '\\p{Nd}\\p{Hex_Digit}' };
    case 'IDEOGRAPHIC': return esc('Ideographic');
    case 'JOINCONTROL': case 'JOIN_CONTROL': return esc('Join_Control');
    case 'LETTER': return esc('L');
    case 'LOWERCASE': case 'LOWER': return caseInsensitive ? { body: CASED } : esc('Lowercase');
    case 'UPPERCASE': case 'UPPER': return caseInsensitive ? { body: CASED } : esc('Uppercase');
    case 'TITLECASE': return caseInsensitive ? { body: CASED } : esc('Lt');
    case 'NONCHARACTERCODEPOINT': case 'NONCHARACTER_CODE_POINT': return esc('Noncharacter_Code_Point');
    case 'PUNCTUATION': case 'PUNCT': return esc('P');
    case 'WHITESPACE': case 'WHITE_SPACE': case 'SPACE': return esc('White_Space');
    case 'WORD': return { body: '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}' };
    case 'ALNUM': return { body: '\\p{Alphabetic}\\p{Nd}' };
    case 'DIGIT': return esc('Nd');
    case 'BLANK': return { body: '\\p{Zs}\\t' };
    case 'GRAPH': return { body: GRAPH };
    case 'PRINT': return { body: `${GRAPH}\\p{Zs}` };
    default: return undefined;
  }
}

/** Java script names are case-insensitive (`LATIN`, `latin`, `Latn`); ECMAScript wants `Latin`, `Old_Italic` or `Latn`. */
function forScript(name: string): CharSet | undefined {
  const title = name.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('_');
  for (const candidate of [name, title]) {
    if (!/^[A-Za-z_]+$/.test(candidate)) continue;
    try {
      new RegExp(`\\p{Script=${candidate}}`, 'u');
      return esc(`Script=${candidate}`);
    } catch {
      // not an ECMAScript script name: try the next spelling
    }
  }
  return undefined;
}

/** The set a Java `\p{name}` stands for; refuses what ECMAScript cannot express. `at`: index of the backslash. */
export function javaProperty(name: string, caseInsensitive: boolean, at: number): CharSet {
  const construct = `\\p{${name}}`;
  let set: CharSet | undefined;
  const eq = name.indexOf('=');
  if (eq !== -1) {
    const key = name.slice(0, eq).toLowerCase();
    const value = name.slice(eq + 1);
    if (key === 'sc' || key === 'script') set = forScript(value);
    else if (key === 'gc' || key === 'general_category') set = forProperty(value, caseInsensitive);
    else if (key === 'blk' || key === 'block') refuse(`the Unicode block ${construct}`, at, '(ECMAScript has no block properties)');
  } else if (name.startsWith('In')) {
    refuse(`the Unicode block ${construct}`, at, '(ECMAScript has no block properties)');
  } else if (name.startsWith('Is')) {
    const short = name.slice(2);
    set = forUnicodeProperty(short.toUpperCase(), caseInsensitive) ?? forProperty(short, caseInsensitive) ?? forScript(short);
  } else if (name === 'javaUnicodeIdentifierStart' || name === 'javaUnicodeIdentifierPart') {
    refuse(construct, at, '(its set changed between JDK versions; no fixed ECMAScript form)');
  } else {
    set = forProperty(name, caseInsensitive);
  }
  return set ?? refuse(`the Java character property ${construct}`, at, 'is unknown to java.util.regex or has no ECMAScript equivalent');
}
