/**
 * The one place where model text becomes generated source text. A model is data: every string
 * taken from it (documentation, uri, rename, jsonName, enum values, patterns, messages, header
 * names, the model path) passes through the function for the context it lands in, and no emitter
 * concatenates raw model text into code. Identifiers are not escaped here: they come from
 * `naming/`, which only accepts Smithy identifiers (checked when the model loads).
 */

/** Lone surrogates cannot be written as UTF-8 (they become U+FFFD), so they are always escaped. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hex4 = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Characters a string literal escapes beyond what JSON.stringify does: C1 controls and DEL (invisible),
 * U+2028/U+2029 (line terminators before ES2019 and in many tools), U+FEFF, and `<` so neither
 * `</script>` nor `<!--` can appear when the code is inlined into HTML.
 */
const STRING_EXTRA = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/** The extra escapes; `<` by a plain string replacement (no callback per match: 1 MB of `<` is a model we meet). */
const escapeExtra = (json: string): string => json.replace(/</g, '\\u003c').replace(STRING_EXTRA, hex4);

/**
 * A JS/TS string literal with the value `s`, for any `s`: double-quoted, or single-quoted where a
 * file's style asks for it (the fixtures package).
 */
export function jsString(s: string, quote: '"' | "'" = '"'): string {
  // JSON.stringify escapes `"`, `\`, C0 controls and (Node >= 12) lone surrogates.
  const json = escapeExtra(JSON.stringify(String(s)));
  return quote === '"' ? json : `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A property key in an object literal. `__proto__` is written computed (`["__proto__"]`): bare or
 * quoted, it would set the object's prototype instead of adding a property.
 */
export function propertyKey(k: string, quote: '"' | "'" = '"'): string {
  if (k === '__proto__') return `[${jsString(k, quote)}]`;
  return IDENTIFIER_NAME.test(k) ? k : jsString(k, quote);
}

/** A property key that is always a string literal (files that quote every key), `__proto__` computed. */
export function stringKey(k: string, quote: '"' | "'" = '"'): string {
  return k === '__proto__' ? `[${jsString(k, quote)}]` : jsString(k, quote);
}

/** A property key in a type literal or interface (no prototype concerns there). */
export function typePropertyKey(k: string, quote: '"' | "'" = '"'): string {
  return IDENTIFIER_NAME.test(k) ? k : jsString(k, quote);
}

/** `object.key`, or `object["key"]` when the key is not an identifier name or is `__proto__`. */
export function memberAccess(object: string, k: string): string {
  return IDENTIFIER_NAME.test(k) && k !== '__proto__' ? `${object}.${k}` : `${object}[${jsString(k)}]`;
}

/** JSON text for `value` that is also safe inside JS source or an HTML `<script>`: same value once parsed. */
export function jsonText(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, null, indent);
  if (text === undefined) throw new TypeError('jsonText: value has no JSON form');
  return escapeExtra(text);
}

/** Any line terminator JS knows (LF, CR, CRLF, U+2028, U+2029). */
const LINE_TERMINATOR = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * Text safe inside a block comment (`/* *\/` or JSDoc). `*\/` would end the comment, `/*` nests
 * confusingly in tools, a leading `/` would close it right after a `/**` or ` *`, and a trailing `*`
 * before a closing `/`; each is broken with a backslash, which Markdown hovers render away. Line
 * terminators become `\n` so `jsDocLines` can prefix every line; control characters are shown
 * as `\uXXXX`. Idempotent, so text escaped once (by `jsdoc()`) may pass again where it is wrapped.
 */
export function blockComment(s: string): string {
  return String(s)
    .replace(LINE_TERMINATOR, '\n')
    .replace(LONE_SURROGATE, hex4)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, hex4)
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/^\//gm, '\\/')
    .replace(/(?<!\\)\*$/gm, '\\*');
}

/** The lines of a JSDoc block for `text`: `/**`, ` * line`..., ` *\/`. Single-line text stays on one line. */
export function jsDocLines(text: string, indent = ''): string[] {
  const lines = blockComment(text).split('\n');
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`];
}

/** Text safe in a `//` comment: line terminators and other controls appear as visible escapes. */
export function lineComment(s: string): string {
  return String(s)
    .replace(LONE_SURROGATE, hex4)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => (ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : hex4(ch)));
}

/**
 * The inside of a template literal (between the backticks) whose cooked value is `s`. CR is escaped
 * because a raw CR or CRLF in a template is normalised to LF.
 */
export function templateLiteralText(s: string): string {
  return String(s)
    .replace(/[\\`]|\$\{/g, (m) => `\\${m}`)
    .replace(LONE_SURROGATE, hex4)
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff<]/g, hex4);
}

const REGEX_FLAGS = /^(?!.*(.).*\1)[dgimsuvy]*$/;

/**
 * An expression evaluating to the regular expression `source` with `flags`, in the form
 * `new RegExp("<source>", "<flags>")` rather than a `/.../` literal. Why: a literal's end depends on
 * the regex grammar (a `/` inside `[...]`, escapes, line terminators that cannot be escaped in a
 * literal at all), so its safety would rest on re-parsing the pattern; the constructor form's safety
 * rests only on `jsString`. The source is compiled here, so a pattern that does not compile fails
 * generation instead of throwing when the generated module loads.
 */
export function regexLiteral(source: string, flags: string): string {
  if (!REGEX_FLAGS.test(flags)) throw new Error(`regexLiteral: invalid flags ${jsString(flags)}`);
  new RegExp(source, flags); // throws SyntaxError for a pattern that would throw at import time
  // Flags are checked against [dgimsuvy] above: printed as they are, in the single quotes the
  // generated files already use.
  return `new RegExp(${jsString(source)}, '${flags}')`;
}
