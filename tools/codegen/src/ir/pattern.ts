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
 * - `\A` / `\z` / `\Z` anchors, `\x{h..h}`, `\e`, `\a`;
 * - possessive quantifiers (`[^\p{C}]*+`, in AWS models) and atomic groups `(?>…)`: dropped where
 *   nothing after them could backtrack (the same language), else emulated: `(?>X)` is `(?=(X))\1`,
 *   a lookahead (atomic in ECMAScript) whose capture a backreference then consumes.
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

/** How possessive quantifiers (`a*+`) and atomic groups (`(?>a)`), which ECMAScript lacks, are written. */
export type AtomicSyntax =
  /** Same language: dropped where nothing after them could backtrack, else emulated with a lookahead and a backreference. */
  | 'exact'
  /** Plain greedy quantifiers and non-capturing groups: the same strings or more, and no lookahead; for test-data generators, whose output is then checked against the exact form. */
  | 'relaxed';

/** A capturing group we insert, or a backreference to it; numbered once the whole pattern is known. */
interface GroupMarker {
  kind: 'open' | 'backref';
  id: number;
}
type Token = string | GroupMarker;

const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})/;

/** The group-opening text at `i` (`(`, `(?:`, `(?=`, `(?<name>`, …), and whether it captures. */
function groupOpening(source: string, i: number): { text: string; capturing: boolean; atomic: boolean } {
  if (source[i + 1] !== '?') return { text: '(', capturing: true, atomic: false };
  const named = /^\(\?<([A-Za-z_$][\w$]*)>/.exec(source.slice(i));
  if (named) return { text: named[0], capturing: true, atomic: false };
  const prefix = /^\(\?(?:<=|<!|[:=!>])/.exec(source.slice(i));
  const text = prefix ? prefix[0] : '(?';
  return { text, capturing: false, atomic: text === '(?>' };
}

/**
 * True when nothing after position `i` (at the top level) could make a regex engine backtrack into
 * what comes before it: the end of the pattern, a final `$` or `\z`, or the end of the alternative.
 * A possessive quantifier there matches exactly what the greedy one does.
 */
function nothingCanBacktrack(source: string, i: number, depth: number): boolean {
  if (depth > 0) return false;
  const rest = source.slice(i);
  return rest === '' || rest === '$' || rest === '\\z' || rest.startsWith('|');
}

export function translatePattern(source: string, atomic: AtomicSyntax = 'exact'): string {
  const out: Token[] = [];
  let inClass = false;
  /** Token index where the last complete atom starts (what a quantifier applies to), or -1. */
  let atomStart = -1;
  const groups: { atomic: boolean; start: number; id?: number }[] = [];
  let nextId = 0;
  let emulated = false;

  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (inClass) {
      if (ch === ']') inClass = false;
      if (ch !== '\\') {
        out.push(ch);
        continue;
      }
    } else if (ch === '[') {
      atomStart = out.length;
      inClass = true;
      out.push(ch);
      continue;
    } else if (ch === '(') {
      const opening = groupOpening(source, i);
      groups.push({ atomic: opening.atomic, start: out.length });
      if (opening.atomic && atomic === 'exact') {
        const id = nextId++;
        groups[groups.length - 1]!.id = id;
        out.push('(?=', { kind: 'open', id });
        emulated = true;
      } else {
        out.push(opening.atomic ? '(?:' : opening.text);
      }
      i += opening.text.length - 1;
      atomStart = -1;
      continue;
    } else if (ch === ')') {
      const group = groups.pop();
      if (group?.id !== undefined) out.push('))', { kind: 'backref', id: group.id });
      else out.push(ch);
      atomStart = group ? group.start : -1;
      continue;
    } else if (ch === '|' || ch === '^' || ch === '$') {
      out.push(ch);
      atomStart = -1;
      continue;
    } else if (QUANTIFIER.test(source.slice(i))) {
      const quantifier = QUANTIFIER.exec(source.slice(i))![0];
      i += quantifier.length - 1;
      const mark = source[i + 1];
      if (mark === '?') {
        out.push(quantifier, '?');
        i++;
      } else if (mark === '+' && atomStart >= 0) {
        // Possessive: the greedy quantifier that never gives back what it matched.
        i++;
        if (atomic === 'relaxed' || nothingCanBacktrack(source, i + 1, groups.length)) {
          out.push(quantifier);
        } else {
          const id = nextId++;
          out.splice(atomStart, 0, '(?=', { kind: 'open', id });
          out.push(quantifier, '))', { kind: 'backref', id });
          emulated = true;
        }
      } else {
        out.push(quantifier);
      }
      atomStart = -1;
      continue;
    } else if (ch !== '\\') {
      atomStart = out.length;
      // A surrogate pair is one code point (one atom) under the u flag.
      const pair = /[\uD800-\uDBFF]/.test(ch) && /[\uDC00-\uDFFF]/.test(source[i + 1] ?? '');
      out.push(pair ? ch + source[++i] : ch);
      continue;
    }
    if (!inClass) atomStart = out.length;
    const escape = translateEscape(source, i, inClass);
    out.push(escape.text);
    i = escape.end;
  }
  if (emulated && /(?:^|[^\\])(?:\\\\)*\\[1-9]/.test(source)) {
    throw new PatternTranslationError('a possessive quantifier or atomic group in a pattern with numbered backreferences has no ECMAScript form here (the emulation renumbers groups)');
  }
  return numberGroups(out);
}

/** Prints the tokens, numbering our capturing groups among the pattern's own. */
function numberGroups(tokens: readonly Token[]): string {
  const numbers = new Map<number, number>();
  let captures = 0;
  let text = '';
  let inClass = false;
  for (const token of tokens) {
    if (typeof token !== 'string') {
      if (token.kind === 'open') {
        numbers.set(token.id, ++captures);
        text += '(';
      } else {
        text += `\\${numbers.get(token.id)}`;
      }
      continue;
    }
    // Count the pattern's own capturing groups: `(` not escaped, not in a class, not `(?` unless `(?<name>`.
    for (let i = 0; i < token.length; i++) {
      const c = token[i]!;
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(' && (token[i + 1] !== '?' || /^\?<[A-Za-z_$]/.test(token.slice(i + 1)))) captures++;
    }
    text += token;
  }
  return text;
}

/** The ECMAScript text for the escape at `i` (a backslash) and the index of its last character. */
function translateEscape(source: string, i: number, inClass: boolean): { text: string; end: number } {
  const ch = source[i]!;
  const next = source[i + 1];
  if (next === undefined) return { text: ch, end: i };
  if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
    const end = source.indexOf('}', i + 3);
    const name = end === -1 ? '' : source.slice(i + 3, end);
    const negated = next === 'P';
    const posix = JAVA_POSIX_CLASSES[name];
    if (posix !== undefined) {
      if (inClass && negated) throw new PatternTranslationError(`\\P{${name}} inside a character class has no ECMAScript equivalent`);
      return { text: inClass ? posix : negated ? `[^${posix}]` : `[${posix}]`, end };
    }
    const property = unicodeProperty(name);
    if (property !== undefined) return { text: `\\${next}{${property}}`, end };
  }
  if (next === 'x' && source[i + 2] === '{') {
    const end = source.indexOf('}', i + 3);
    if (end !== -1) return { text: `\\u{${source.slice(i + 3, end)}}`, end };
  }
  if (!inClass && (next === 'A' || next === 'z' || next === 'Z')) {
    return { text: next === 'A' ? '^' : next === 'z' ? '$' : '(?=\\n?$)', end: i + 1 };
  }
  if (next in SIMPLE_ESCAPES) return { text: SIMPLE_ESCAPES[next]!, end: i + 1 };
  if (!/[A-Za-z0-9]/.test(next) && !SYNTAX.has(next) && !(inClass && next === '-')) {
    // Java allows escaping any punctuation; `u` mode only the syntax characters (and `-` in a class).
    return { text: next, end: i + 1 };
  }
  // Any other escape is copied as a pair so an escaped `[` or `]` never toggles class state.
  return { text: ch + next, end: i + 1 };
}
