/**
 * ajv errors as the issue lines of docs/VALIDATION.md ("Error messages"), the texts zod uses too:
 * `otaUpdateInfo.otaUpdateFiles[0].fileType: must be ≤ 255`. The data is consulted to tell a list
 * index (`[0]`) from a map key that looks like one (`["0"]`).
 *
 * Limits (ajv reports less than zod knows): the precompiled validators stop at the first failure;
 * an epoch-seconds timestamp of the wrong type reads `must be a number`; a blob whose byte length
 * is out of range reads `must be base64 text`; an empty union reads `must have at least 1 entry`.
 */

import type { ErrorObject } from 'ajv';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const NON_FINITE = ['NaN', 'Infinity', '-Infinity'];
const DOUBLE_TEXT = 'must be a number or one of "NaN", "Infinity", "-Infinity"';
// The patterns the documents use for blobs and http-date timestamps (see json-schema-simple.ts).
const BASE64_PATTERN = /^\^\(\?:(\(\?:)?\[A-Za-z0-9\+\/\]/;
const HTTP_DATE_PATTERN = '^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$';

function step(container: unknown, token: string): { text: string; next: unknown } {
  if (Array.isArray(container) && /^(0|[1-9][0-9]*)$/.test(token)) return { text: `[${token}]`, next: container[Number(token)] };
  const next = container !== null && typeof container === 'object' && Object.hasOwn(container, token) ? (container as Record<string, unknown>)[token] : undefined;
  return { text: IDENTIFIER.test(token) ? `.${token}` : `[${JSON.stringify(token)}]`, next };
}

/** JSON Pointer (`/a/0/b~1c`) → `a[0]["b/c"]`, relative to the validated root (`(root)` for it). */
export function formatPath(instancePath: string, data?: unknown, extra?: string): string {
  const tokens = instancePath === '' ? [] : instancePath.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) tokens.push(extra);
  let text = '';
  let node = data;
  for (const token of tokens) {
    const s = step(node, token);
    text += s.text;
    node = s.next;
  }
  return text.startsWith('.') ? text.slice(1) : text || '(root)';
}

const ARTICLE: Record<string, string> = { integer: 'an integer', object: 'an object', array: 'an array' };
const count = (n: unknown, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

function rule(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return `must be ${String(p.type).split(',').map((t) => ARTICLE[t] ?? `a ${t}`).join(' or ')}`;
    case 'minimum':
      return `must be ≥ ${String(p.limit)}`;
    case 'maximum':
      return `must be ≤ ${String(p.limit)}`;
    case 'minLength':
      return `must have at least ${count(p.limit, 'Unicode code point', 'Unicode code points')}`;
    case 'maxLength':
      return `must have at most ${count(p.limit, 'Unicode code point', 'Unicode code points')}`;
    case 'pattern':
      if (BASE64_PATTERN.test(String(p.pattern))) return 'must be base64 text';
      if (p.pattern === HTTP_DATE_PATTERN) return 'must be an IMF-fixdate HTTP date';
      return `must match the pattern ${String(p.pattern)}`;
    case 'format':
      return p.format === 'date-time' ? 'must be an RFC 3339 date-time with a time zone' : `must be a valid ${String(p.format)}`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'minItems':
    case 'minProperties':
      if (/\/(?:then|else)\/minProperties$/.test(e.schemaPath)) return 'must set exactly one member';
      return `must have at least ${count(p.limit, 'entry', 'entries')}`;
    case 'maxProperties':
      // A union is an object of at most (and at least) one property (lenient: two with a `__type`, in then/else).
      if (p.limit === 1 || /\/(?:then|else)\/maxProperties$/.test(e.schemaPath)) return 'must set exactly one member';
      return `must have at most ${count(p.limit, 'entry', 'entries')}`;
    case 'maxItems':
      return `must have at most ${count(p.limit, 'entry', 'entries')}`;
    case 'uniqueItems':
      return 'must not contain duplicate items';
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not allowed (unknown property)';
    case 'not':
      return 'must not be null';
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}

type Line = ErrorObject | { instancePath: string; text: string };

const typeOf = (e: ErrorObject) => (e.keyword === 'type' ? String((e.params as { type?: string }).type) : undefined);
/** The string branch of a double (`"NaN"`, `"Infinity"`, `"-Infinity"`) counts as a type alternative. */
const isNonFiniteEnum = (e: ErrorObject) => e.keyword === 'enum' && ((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).every((v) => NON_FINITE.includes(String(v)));

/**
 * Keeps what explains the failure, not ajv's structure: `anyOf`/`propertyNames` wrappers go; where
 * an `anyOf` failed, the type alternatives at that place go when a more specific error exists
 * (a range, a nested member), the `null` branch of a lenient nullable member goes, and a double's
 * number and string branches become one text.
 */
function meaningful(errors: readonly ErrorObject[]): Line[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const rest = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'propertyNames' && e.keyword !== 'if');
  const out: Line[] = [];
  for (const path of new Set(rest.map((e) => e.instancePath))) {
    const here = rest.filter((e) => e.instancePath === path);
    if (!anyOfPaths.has(path)) {
      out.push(...here);
      continue;
    }
    const alternatives = here.filter((e) => typeOf(e) !== undefined || isNonFiniteEnum(e));
    const specific = here.filter((e) => !alternatives.includes(e));
    const deeper = rest.some((e) => e.instancePath.startsWith(`${path}/`));
    if (specific.length || deeper) out.push(...specific);
    else if (alternatives.some((e) => typeOf(e) === 'number') && alternatives.some((e) => typeOf(e) === 'string' || isNonFiniteEnum(e))) out.push({ instancePath: path, text: DOUBLE_TEXT });
    else out.push(...(alternatives.filter((e) => typeOf(e) !== 'null').length ? alternatives.filter((e) => typeOf(e) !== 'null') : alternatives));
  }
  return out;
}

/** One issue line. Pass the validated data for exact list/map paths. */
export function formatError(error: ErrorObject, data?: unknown): string {
  const p = error.params as Record<string, unknown>;
  const propertyName = (error as { propertyName?: string }).propertyName;
  if (propertyName !== undefined) return `${formatPath(error.instancePath, data, propertyName)}: key ${rule(error)}`;
  const member = error.keyword === 'required' ? String(p.missingProperty) : error.keyword === 'additionalProperties' ? String(p.additionalProperty) : undefined;
  return `${formatPath(error.instancePath, data, member)}: ${rule(error)}`;
}

/** The issue lines of a failed validation (`validator.errors`), `[]` for none. */
export function formatErrors(errors: readonly ErrorObject[] | null | undefined, data?: unknown): string[] {
  const lines = meaningful(errors ?? []).map((e) => ('text' in e ? `${formatPath(e.instancePath, data)}: ${e.text}` : formatError(e, data)));
  return [...new Set(lines)];
}
