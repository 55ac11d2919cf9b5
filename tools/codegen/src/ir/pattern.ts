/**
 * Smithy's `@pattern` is ECMA-262, but AWS models carry a few Java-only POSIX classes
 * (`\p{Graph}`, `\p{Upper}`, `\p{Digit}`, `\p{Cntrl}`, ...) that do not compile in JS with the `u`
 * flag and mean something else without it. This rewrites each one to the ASCII set Java gives it
 * (java.util.regex.Pattern without UNICODE_CHARACTER_CLASS), inside or outside a character class.
 * Everything else is passed through untouched: this is a token rewrite, not a regex engine.
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

export class PatternTranslationError extends Error {}

export function translatePattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1];
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        const end = source.indexOf('}', i + 3);
        const name = end === -1 ? '' : source.slice(i + 3, end);
        const body = JAVA_POSIX_CLASSES[name];
        if (body !== undefined) {
          const negated = next === 'P';
          if (inClass) {
            if (negated) throw new PatternTranslationError(`\\P{${name}} inside a character class has no ECMAScript equivalent`);
            out += body;
          } else {
            out += negated ? `[^${body}]` : `[${body}]`;
          }
          i = end;
          continue;
        }
      }
      // Any other escape is copied as a pair so an escaped `[` or `]` never toggles class state.
      out += ch + (next ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}
