/**
 * Smithy's `@pattern` is ECMA-262, but AWS models were written against java.util.regex and carry
 * Java-only syntax that does not compile in JS with the `u` flag, or means something else without
 * it. `pattern/parse.ts` reads the Java dialect into a tree whose leaves are already ECMAScript
 * with Java's meaning (POSIX and Java property classes, nested and intersected classes, inline
 * flags, `\Q…\E`, `\A` `\z` `\Z`, quantified anchors, unescaped `]` `}`, …); `pattern/print.ts`
 * writes the exact form (possessive quantifiers and atomic groups emulated) and the generation form
 * for test-data generators (no lookaround, `\b` or backreference). Constructs ECMAScript accepts
 * as they are keep ECMAScript's meaning. What has no equivalent is refused with a
 * PatternTranslationError naming the construct and its index in the model's text.
 */
import { PatternTranslationError } from './pattern/ast.js';
import { parsePattern } from './pattern/parse.js';
import { printPattern, type Form } from './pattern/print.js';
import { canMatchNothing } from './pattern/satisfiable.js';
import { flattenNestedQuantifiers } from './pattern/star-height.js';

export { PatternTranslationError } from './pattern/ast.js';
export type { Form as PatternForm } from './pattern/print.js';

/**
 * ECMAScript source (to compile with the `u` flag) matching what java.util.regex matches, with
 * directly nested unbounded quantifiers merged (`(R+)+` → `R+`: the same strings, no exponential
 * backtracking; `pattern/star-height.ts`).
 */
export function translatePattern(source: string, form: Form = 'exact'): string {
  const text = printPattern(flattenNestedQuantifiers(parsePattern(source)), form);
  try {
    new RegExp(text, 'u');
  } catch (e) {
    throw new PatternTranslationError(`its ECMAScript form ${JSON.stringify(text)} does not compile (${(e as Error).message})`);
  }
  return text;
}

/**
 * The generation form, or undefined when it is the exact form: strings drawn from it (fast-check's
 * `stringMatching`) are candidates, kept only when the exact form accepts them.
 */
export function patternForGeneration(source: string): string | undefined {
  const generation = translatePattern(source, 'generation');
  return generation === translatePattern(source) ? undefined : generation;
}

/** True only when the pattern is proven to match no string at all (see `pattern/satisfiable.ts`). */
export function patternMatchesNothing(source: string): boolean {
  return canMatchNothing(parsePattern(source).root);
}
