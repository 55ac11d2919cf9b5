/**
 * The JSON Schema keywords the validator emitter understands, grouped and ordered the way ajv 8
 * (Ajv2020) evaluates them. With `allErrors: false` the first failing check decides the error a
 * caller sees, so the order is part of the contract: ajv runs the keywords that apply to any type
 * first, then one group per data type, each in vocabulary order (`ajv/dist/vocabularies/*`:
 * validation before applicator, `items` placed before `uniqueItems`, format last).
 */

import type { JsonSchema, JsonValue } from '../../shared/json-schema-defs.js';

/** A schema the emitter cannot turn into code (the message names the keyword and where). */
export class SchemaError extends Error {}

export type TypedGroup = 'number' | 'string' | 'array' | 'object';

/** Keywords evaluated whatever the data's type, in ajv's order (`then`/`else` belong to `if`). */
export const UNTYPED_KEYWORDS = ['$ref', 'enum', 'not', 'anyOf', 'if'] as const;

/** Per data type, the keywords that apply only to it, in ajv's order. */
export const TYPED_GROUPS: readonly { type: TypedGroup; keywords: readonly string[] }[] = [
  { type: 'number', keywords: ['maximum', 'minimum', 'format'] },
  { type: 'string', keywords: ['maxLength', 'minLength', 'pattern', 'format'] },
  { type: 'array', keywords: ['maxItems', 'minItems', 'items', 'uniqueItems'] },
  { type: 'object', keywords: ['maxProperties', 'minProperties', 'required', 'propertyNames', 'additionalProperties', 'properties', 'patternProperties'] },
];

/** Keywords that hold no check of their own (`then`/`else` are read by `if`). */
const INERT = new Set(['then', 'else', '$id', '$schema', '$defs']);

/** Every keyword the emitter accepts; any other one is refused, never silently ignored. */
export const KNOWN_KEYWORDS: ReadonlySet<string> = new Set(['type', ...UNTYPED_KEYWORDS, ...TYPED_GROUPS.flatMap((g) => g.keywords), ...INERT]);

/** Keywords that check something (a schema holding none of them accepts everything). */
const CHECKING = new Set([...KNOWN_KEYWORDS].filter((k) => !INERT.has(k)));

export const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);

export function isSchemaObject(schema: JsonValue | undefined): schema is JsonSchema {
  return typeof schema === 'object' && schema !== null && !Array.isArray(schema);
}

/**
 * A schema that accepts every value: `true`, or an object without a checking keyword (`if`
 * without `then` or `else` checks nothing either). Skipping it changes no result and no error.
 */
export function alwaysValid(schema: JsonValue | undefined): boolean {
  if (schema === true || schema === undefined) return true;
  if (!isSchemaObject(schema)) return false;
  for (const key of Object.keys(schema)) {
    if (!CHECKING.has(key)) continue;
    if (key === 'if' && alwaysValid(schema.then) && alwaysValid(schema.else)) continue;
    return false;
  }
  return true;
}

/** ajv's `hasRef`: whether a `$ref` occurs anywhere in the schema (then ajv calls its function rather than inlining it). */
export function hasRef(schema: JsonValue): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  if (Array.isArray(schema)) return schema.some(hasRef);
  for (const key of Object.keys(schema)) {
    if (key === '$ref') return true;
    if (hasRef(schema[key]!)) return true;
  }
  return false;
}

/** Whether the schema holds a keyword of the data type's group (then ajv checks the type inside that group). */
export function hasRulesForType(schema: JsonSchema, type: string): boolean {
  const group = TYPED_GROUPS.find((g) => g.type === type);
  return group !== undefined && group.keywords.some((k) => schema[k] !== undefined);
}
