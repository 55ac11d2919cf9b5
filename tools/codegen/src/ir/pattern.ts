/**
 * Smithy's `@pattern` is ECMA-262, but AWS models were written against java.util.regex and carry
 * Java-only syntax that does not compile in JS with the `u` flag, or means something else without
 * it. This rewrites those tokens to their ECMAScript equivalents, inside or outside a character
 * class; everything else passes through untouched (a token rewrite, not a regex engine):
 *
 * - POSIX classes `\p{Graph}`, `\p{Upper}`, `\p{Digit}`, `\p{Cntrl}`, ... → the ASCII set Java gives
 *   them (java.util.regex.Pattern without UNICODE_CHARACTER_CLASS);
 * - `\p{IsAlphabetic}`, `\p{IsL}`, `\p{IsLatin}`, `\p{javaLowerCase}`, ... → Unicode property escapes;
 * - escaped punctuation that ECMAScript's `u` mode refuses (`\_`, `\@`, `\:`, `\-` outside a class) → the character;
 * - `\A` / `\z` / `\Z` anchors, `\x{h..h}`, `\e`, `\a`.
 */

/** Java POSIX class → the ECMAScript class body (without brackets). */
export const JAVA_POSIX_CLASSES: Readonly<Record<string, string>> = {
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
};

/** Java's `java.lang.Character` classes → ECMAScript Unicode properties. */
const JAVA_CHARACTER_CLASSES: Readonly<Record<string, string>> = {
  javaLowerCase: 'Lowercase',
  javaUpperCase: 'Uppercase',
  javaWhitespace: 'White_Space',
  javaAlphabetic: 'Alphabetic',
  javaLetter: 'L',
  javaDigit: 'Nd',
  javaLetterOrDigit: 'Alphabetic',
};

/** Characters ECMAScript lets a `u`-mode pattern escape with a backslash. */
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { e: '\\x1B', a: '\\x07' };

export class PatternTranslationError extends Error {}

/** The Unicode property a Java `\p{...}` name stands for, or undefined when it needs no rewrite. */
function unicodeProperty(name: string): string | undefined {
  if (name in JAVA_CHARACTER_CLASSES) return JAVA_CHARACTER_CLASSES[name];
  const is = /^Is(.+)$/.exec(name);
  if (!is) return undefined;
  const rest = is[1]!;
  // `IsL`, `IsLu`: a general category; `IsAlphabetic`, `IsWhite_Space`: a binary property;
  // anything else (`IsLatin`, `IsGreek`): a script.
  if (/^[A-Z][a-z&]?$/.test(rest)) return rest;
  if (['Alphabetic', 'Ideographic', 'Letter', 'Lowercase', 'Uppercase', 'Titlecase', 'Punctuation', 'Control', 'White_Space', 'WhiteSpace', 'Digit', 'Hex_Digit', 'HexDigit', 'Join_Control', 'JoinControl', 'Noncharacter_Code_Point', 'Assigned', 'Emoji'].includes(rest)) {
    return ({ Letter: 'L', Punctuation: 'P', Control: 'Cc', Digit: 'Nd', WhiteSpace: 'White_Space', HexDigit: 'Hex_Digit', JoinControl: 'Join_Control' } as Record<string, string>)[rest] ?? rest;
  }
  return `Script=${rest}`;
}

export function translatePattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch !== '\\') {
      if (ch === '[' && !inClass) inClass = true;
      else if (ch === ']' && inClass) inClass = false;
      out += ch;
      continue;
    }
    const next = source[i + 1];
    if (next === undefined) {
      out += ch;
      continue;
    }
    if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
      const end = source.indexOf('}', i + 3);
      const name = end === -1 ? '' : source.slice(i + 3, end);
      const negated = next === 'P';
      const posix = JAVA_POSIX_CLASSES[name];
      if (posix !== undefined) {
        if (inClass && negated) throw new PatternTranslationError(`\\P{${name}} inside a character class has no ECMAScript equivalent`);
        out += inClass ? posix : negated ? `[^${posix}]` : `[${posix}]`;
        i = end;
        continue;
      }
      const property = unicodeProperty(name);
      if (property !== undefined) {
        out += `\\${next}{${property}}`;
        i = end;
        continue;
      }
    }
    if (next === 'x' && source[i + 2] === '{') {
      const end = source.indexOf('}', i + 3);
      if (end !== -1) {
        out += `\\u{${source.slice(i + 3, end)}}`;
        i = end;
        continue;
      }
    }
    if (!inClass && (next === 'A' || next === 'z' || next === 'Z')) {
      out += next === 'A' ? '^' : next === 'z' ? '$' : '(?=\\n?$)';
      i++;
      continue;
    }
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i++;
      continue;
    }
    if (!/[A-Za-z0-9]/.test(next) && !SYNTAX.has(next) && !(inClass && next === '-')) {
      // Java allows escaping any punctuation; `u` mode only the syntax characters (and `-` in a class).
      out += next;
      i++;
      continue;
    }
    // Any other escape is copied as a pair so an escaped `[` or `]` never toggles class state.
    out += ch + next;
    i++;
  }
  return out;
}
