/**
 * The copy of a schema document that ajv compiles into the precompiled validators. Same meaning as
 * the document, faster code: annotations dropped, patterns that match every string dropped, each
 * entry's `$ref`s inlined, and nothing at the root but the definitions.
 */

import { defineKey, type JsonSchema, type JsonValue } from '../shared/json-schema-defs.js';
import { mergeIdenticalDefs } from './merge-defs.js';

const ANNOTATIONS = new Set(['description', 'title', 'default', 'deprecated', 'examples', '$comment']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['anyOf', 'allOf', 'oneOf', 'prefixItems']);
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'contains', 'unevaluatedProperties', 'unevaluatedItems']);

/** Patterns that every string matches (with the `u` flag, lone surrogates included): no check at all. */
const UNIVERSAL_PATTERNS = new Set(['', '^[\\s\\S]*$', '^[\\S\\s]*$', '^[^]*$']);

/** Keywords of the compiled copy that change nothing: annotations, and patterns every string matches. */
const changesNothing = (key: string, value: JsonValue): boolean => ANNOTATIONS.has(key) || (key === 'pattern' && typeof value === 'string' && UNIVERSAL_PATTERNS.has(value));

/**
 * A copy of the schema object `schema` with each direct subschema (by keyword: a property *named*
 * `enum` is a subschema, the `enum` keyword's values are data) replaced by `fn(subschema)`, and
 * without the keywords `drop` picks.
 */
export function mapSubschemas(schema: JsonSchema, fn: (sub: JsonValue) => JsonValue, drop?: (key: string, value: JsonValue) => boolean): JsonSchema {
  const out: JsonSchema = {};
  for (const key in schema) {
    if (!Object.hasOwn(schema, key)) continue;
    const value = schema[key]!;
    if (drop?.(key, value)) continue;
    let next: JsonValue = value;
    if (SCHEMA_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      const map: JsonSchema = {};
      for (const k in value) if (Object.hasOwn(value, k)) defineKey(map, k, fn(value[k]!));
      next = map;
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) next = value.map(fn);
    else if (SUBSCHEMAS.has(key)) next = fn(value);
    defineKey(out, key, next);
  }
  return out;
}

/** The direct subschemas of the schema object `schema`, by keyword (see `mapSubschemas`). */
export function subschemasOf(schema: JsonSchema): JsonValue[] {
  const out: JsonValue[] = [];
  for (const key in schema) {
    if (!Object.hasOwn(schema, key)) continue;
    const value = schema[key]!;
    if (SCHEMA_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const k in value) if (Object.hasOwn(value, k)) out.push(value[k]!);
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out.push(...value);
    else if (SUBSCHEMAS.has(key)) out.push(value);
  }
  return out;
}

/**
 * Walks a schema by keyword (so a property *named* `description` is kept), calling `visit` on every
 * schema object and, when `strip` is set, dropping the keywords that change nothing.
 */
export function walkSchema(schema: JsonValue, visit: (s: JsonSchema) => void, strip = false): JsonValue {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  visit(schema);
  return mapSubschemas(schema, (sub) => walkSchema(sub, visit, strip), strip ? changesNothing : undefined);
}

/** How local references to a definition begin. */
export const LOCAL_DEF = '#/$defs/';

/** JSON Pointer token of a `$defs` key, URI-encoded for use in a fragment. */
export function defPointer(key: string): string {
  return `${LOCAL_DEF}${encodeURI(key.replace(/~/g, '~0').replace(/\//g, '~1'))}`;
}

/** The `$defs` key of a local reference `#/$defs/…` (the inverse of `defPointer`). */
export function defKeyOf(pointer: string): string {
  return decodeURI(pointer.slice(LOCAL_DEF.length)).replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Replaces every `{ $ref: '#/$defs/X' }` inside `schema` by a copy of X, recursively, except where X
 * is already being expanded (a recursive shape keeps its `$ref`). ajv then compiles the entry as one
 * function: no call, no options object and no `instancePath` string per nested structure, about 20%
 * faster on a full GetOTAUpdateResponse.
 */
export function inlineRefs(schema: JsonValue, defs: Record<string, JsonValue>, expanding: readonly string[] = []): JsonValue {
  if (schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema;
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith(LOCAL_DEF) && Object.keys(schema).length === 1) {
    const key = defKeyOf(ref);
    if (Object.hasOwn(defs, key) && !expanding.includes(key)) return inlineRefs(defs[key]!, defs, [...expanding, key]);
    return schema;
  }
  // By keyword: `enum`, `const` and `required` hold data, while a property may be *named* `enum`.
  return mapSubschemas(schema, (sub) => inlineRefs(sub, defs, expanding));
}

/**
 * How many schema objects `inlineRefs(defs[key], defs, [key])` would hold, counted without building
 * it and given up past `limit` (then `limit + 1`): an entry over a shared subtree expands it once per
 * use, so the inlined size can be far beyond the document's (batch's lenient DescribeJobsResponse:
 * 242 KB of JSON from a 270 KB document).
 */
export function inlinedSizeWithin(key: string, defs: Readonly<Record<string, JsonValue>>, limit: number): number {
  let count = 0;
  const visit = (schema: JsonValue, expanding: readonly string[]): boolean => {
    if (schema === null || typeof schema !== 'object') return true;
    if (Array.isArray(schema)) return schema.every((s) => visit(s, expanding));
    const ref = schema.$ref;
    if (typeof ref === 'string' && ref.startsWith(LOCAL_DEF) && Object.keys(schema).length === 1) {
      const target = defKeyOf(ref);
      if (Object.hasOwn(defs, target) && !expanding.includes(target)) return visit(defs[target]!, [...expanding, target]);
    }
    if (++count > limit) return false;
    return subschemasOf(schema).every((sub) => visit(sub, expanding));
  };
  visit(defs[key]!, [key]);
  return Math.min(count, limit + 1);
}

export interface CompileCopy {
  schema: JsonSchema;
  formats: string[];
  needsOwnProperties: boolean;
  /** `$defs` key of the document → the key compiled for it (merge-defs.ts). */
  representative: ReadonlyMap<string, string>;
}

/**
 * The copy of the document that ajv compiles: annotations and patterns that match every string
 * dropped, identical definitions merged, entries inlined. Also tells whether a property name is one
 * `Object.prototype` has (`constructor`, `toString`): only then must ajv check own properties, which
 * costs about as much as the rest of the validation.
 *
 * `inlineInto`: the `$defs` keys (entries) to compile with their `$ref`s inlined, each only while its
 * inlined copy holds at most `inlineUpTo` schema objects (`inlinedSizeWithin`); larger ones keep
 * their calls.
 */
export function compileCopy(document: JsonSchema, inlineInto: readonly string[] = [], inlineUpTo = Infinity): CompileCopy {
  const formats = new Set<string>();
  let needsOwnProperties = false;
  const schema = walkSchema(document, (s) => {
    if (typeof s.format === 'string') formats.add(s.format);
    const props = s.properties && typeof s.properties === 'object' ? Object.keys(s.properties) : [];
    if (props.some((k) => k in Object.prototype)) needsOwnProperties = true;
  }, true) as JsonSchema;
  const stripDefs = schema.$defs as Record<string, JsonValue>;
  const inlining = new Set(inlineInto.filter((key) => Object.hasOwn(stripDefs, key) && inlinedSizeWithin(key, stripDefs, inlineUpTo) <= inlineUpTo));
  // Inlined entries merge only with each other: merged with a shape's definition, they would be
  // compiled with calls.
  const { defs, representative } = mergeIdenticalDefs(stripDefs, (key) => (inlining.has(key) ? 'inlined' : ''));
  const inlined: Record<string, JsonValue> = {};
  for (const key of Object.keys(defs)) {
    defineKey(inlined, key, inlining.has(key) ? inlineRefs(defs[key]!, defs, [key]) : defs[key]!);
  }
  // Only the definitions are compiled: ajv compiles the document root the first time anything in
  // it is looked up, and the root's `properties` (an index of the entries) would compile every
  // entry there, ahead of and apart from the exported functions, which ajv then compiles again.
  return { schema: { $schema: schema.$schema!, $id: schema.$id!, $defs: inlined }, formats: [...formats].sort(), needsOwnProperties, representative };
}
