/**
 * IR → JSON Schema draft 2020-12 definitions, one per shape, in either validation mode of
 * docs/VALIDATION.md. Pure. The JSON Schema package and the OpenAPI 3.1 document both build their
 * schemas here, so the two documents carry identical schemas; `refPrefix` says where the
 * definitions live (`#/$defs/` or `#/components/schemas/`).
 *
 * Every schema keeps to what `Ajv2020` accepts in `strict: true` without a warning: a `type` beside
 * every type-specific keyword, no type arrays (`anyOf` with `{ type: 'null' }` instead), `required`
 * only for declared properties, `format` only where ajv-formats checks it.
 */

import type { Constraints, IrMember, IrModel, IrShape, StructureShape, TimestampFormat } from '../../ir/types.js';
import { names } from '../../naming/index.js';
import { simpleSchema } from './json-schema-simple.js';

export { BASE64_PATTERN, EPOCH_SECONDS_LIMIT, HTTP_DATE_PATTERN, INTEGER_WIDTHS, NON_FINITE_STRINGS, base64Pattern, simpleSchema } from './json-schema-simple.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
/** An object schema (this module never emits the boolean forms). */
export type JsonSchema = { [key: string]: JsonValue };
export type ValidationMode = 'strict' | 'lenient';

export interface JsonSchemaOptions {
  mode: ValidationMode;
  /** Where `$ref`s point, followed by the `$defs` key. @default '#/$defs/' */
  refPrefix?: string;
  /** Emit `description`, `default` and `deprecated` annotations. @default true */
  annotations?: boolean;
}

/** Fields a restJson1 server may add to an error body to carry its type (allowed in strict mode). */
export const ERROR_TYPE_FIELDS = ['__type', 'code'] as const;

/** Own enumerable property, also for keys like `__proto__` that a plain assignment would not create. */
export function defineKey<T>(target: Record<string, T>, key: string, value: T): void {
  // Only `__proto__` is an accessor on Object.prototype; any other key assigns an own property
  // (and assignment is several times cheaper than defineProperty on large models).
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function refTo(shape: IrShape, o: JsonSchemaOptions): JsonSchema {
  const key = names.jsonSchemaDef(shape).replace(/~/g, '~0').replace(/\//g, '~1');
  return { $ref: `${o.refPrefix ?? '#/$defs/'}${encodeURI(key)}` };
}

const strict = (o: JsonSchemaOptions) => o.mode === 'strict';
const nullable = (s: JsonSchema): JsonSchema => ({ anyOf: [s, { type: 'null' }] });

function annotate(schema: JsonSchema, docs: IrShape['docs'], o: JsonSchemaOptions, defaultValue?: { present: boolean; value: unknown }): JsonSchema {
  if (o.annotations === false) return schema;
  return {
    ...(docs.text ? { description: docs.text } : {}),
    ...schema,
    ...(defaultValue?.present ? { default: defaultValue.value as JsonValue } : {}),
    ...(docs.deprecated ? { deprecated: true } : {}),
  };
}

/** JSON text with object keys sorted at every level, to compare constraint objects by value. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

const sameConstraints = (a: Constraints, b: Constraints) => canonical(a) === canonical(b);

/**
 * The schema of a member's value: a `$ref` to the target's definition, or the target inlined when
 * the member overrides its constraints (Smithy member traits win over the target's) or its
 * timestamp format, or when the target is a prelude shape (`smithy.api#String`), which has no definition.
 */
export function memberValueSchema(model: IrModel, member: IrMember, o: JsonSchemaOptions): JsonSchema {
  const target = model.shapes.get(member.target);
  // Union members may target the prelude Unit, which the IR leaves out: on the wire it is `{}`.
  if (!target) {
    if (member.target === 'smithy.api#Unit') return strict(o) ? { type: 'object', additionalProperties: false } : { type: 'object' };
    throw new Error(`json-schema: member ${member.name} targets ${member.target}, which is not in the model`);
  }
  const ownFormat = target.kind === 'timestamp' ? ((target as { timestampFormat?: TimestampFormat }).timestampFormat ?? 'epoch-seconds') : undefined;
  const formatDiffers = target.kind === 'timestamp' && (member.timestampFormat ?? 'epoch-seconds') !== ownFormat;
  // Constraints matter only on simple shapes, lists and maps; enums are closed by their values.
  const constrainable = !['structure', 'union', 'enum', 'intEnum'].includes(target.kind);
  // The member's constraints come from traits; the target's may hold more (a Smithy 1 `set` is a list with uniqueItems).
  const effective = { ...target.constraints, ...member.constraints };
  const constraintsDiffer = strict(o) && constrainable && !sameConstraints(effective, target.constraints);
  if (target.prelude || formatDiffers || constraintsDiffer) return shapeSchema(model, target, o, effective, member.timestampFormat);
  return refTo(target, o);
}

/** A structure member as an object property: annotated, and `null`-tolerant in lenient mode (documents take null as a value). */
export function propertySchema(model: IrModel, member: IrMember, o: JsonSchemaOptions): JsonSchema {
  const value = memberValueSchema(model, member, o);
  const isDocument = model.shapes.get(member.target)?.kind === 'document';
  return annotate(strict(o) || isDocument ? value : nullable(value), member.docs, o, { present: member.hasDefault, value: member.default });
}

/** Members that travel in the JSON body (the payload member stays, as in the `SJson` types). */
export function isBodyMember(member: IrMember): boolean {
  // An event stream is framed binary messages, never JSON: no property, no schema.
  return (member.http === undefined || member.http.kind === 'payload') && !member.eventStream;
}

export interface ObjectProperty {
  key: string;
  member: IrMember;
}

/**
 * `properties`, except that a property named `__proto__` goes to `patternProperties` as
 * `^__proto__$`: ajv ignores a `__proto__` key of `properties` (a prototype-pollution guard), so
 * it would neither check that member nor count it as known.
 */
function propertyKeywords(props: Record<string, JsonValue>): JsonSchema {
  if (!Object.hasOwn(props, '__proto__')) return { properties: props };
  const rest: Record<string, JsonValue> = {};
  for (const key of Object.keys(props)) if (key !== '__proto__') defineKey(rest, key, props[key]!);
  return { properties: rest, patternProperties: { '^__proto__$': props.__proto__! } };
}

/**
 * An object of members: closed with `required` in strict mode, open in lenient mode. A required
 * member named `__proto__` cannot be required in a schema strict ajv accepts (`strictRequired`
 * wants it in `properties`, where ajv ignores it); it is checked when present.
 */
export function objectSchema(model: IrModel, properties: readonly ObjectProperty[], o: JsonSchemaOptions, extra: Record<string, JsonSchema> = {}): JsonSchema {
  const props: Record<string, JsonValue> = {};
  for (const { key, member } of properties) defineKey(props, key, propertySchema(model, member, o));
  for (const [key, schema] of Object.entries(extra)) if (!Object.hasOwn(props, key)) defineKey(props, key, schema);
  const required = properties.filter((p) => p.member.required && p.key !== '__proto__').map((p) => p.key);
  return {
    type: 'object',
    ...propertyKeywords(props),
    ...(strict(o) && required.length ? { required } : {}),
    ...(strict(o) ? { additionalProperties: false } : {}),
  };
}

function structureSchema(model: IrModel, shape: StructureShape, o: JsonSchemaOptions): JsonSchema {
  const body = shape.members.filter(isBodyMember).map((member) => ({ key: member.jsonName, member }));
  const errorFields: Record<string, JsonSchema> = {};
  if (shape.error && strict(o)) {
    for (const f of ERROR_TYPE_FIELDS) errorFields[f] = { type: 'string', ...(o.annotations === false ? {} : { description: 'restJson1 error type (shape name), when the server sends it in the body' }) };
  }
  return objectSchema(model, body, o, errorFields);
}

/**
 * A shape's schema. `constraints`/`timestampFormat` default to the shape's own; a member that
 * overrides them gets an inline copy built with its effective values.
 */
export function shapeSchema(model: IrModel, shape: IrShape, o: JsonSchemaOptions, constraints: Constraints = shape.constraints, timestampFormat?: TimestampFormat): JsonSchema {
  const s = strict(o);
  switch (shape.kind) {
    case 'enum':
      return s ? { type: 'string', enum: shape.values.map((v) => v.value) } : { type: 'string' };
    case 'intEnum':
      return s ? { type: 'integer', enum: shape.values.map((v) => v.value) } : { type: 'integer' };
    // Lenient dense lists and maps accept `null` entries (the codec drops them, docs/VALIDATION.md).
    case 'list': {
      const item = memberValueSchema(model, shape.member, o);
      return {
        type: 'array',
        items: shape.sparse || !s ? nullable(item) : item,
        ...(s && constraints.length?.min ? { minItems: constraints.length.min } : {}),
        ...(s && constraints.length?.max !== undefined ? { maxItems: constraints.length.max } : {}),
        ...(s && constraints.uniqueItems ? { uniqueItems: true } : {}),
      };
    }
    case 'map': {
      const value = memberValueSchema(model, shape.value, o);
      const keyTarget = model.shapes.get(shape.key.target);
      const keyConstrained = keyTarget?.kind === 'enum' || Object.keys(shape.key.constraints).length > 0;
      return {
        type: 'object',
        ...(s && keyConstrained ? { propertyNames: memberValueSchema(model, shape.key, o) } : {}),
        additionalProperties: shape.sparse || !s ? nullable(value) : value,
        ...(s && constraints.length?.min ? { minProperties: constraints.length.min } : {}),
        ...(s && constraints.length?.max !== undefined ? { maxProperties: constraints.length.max } : {}),
      };
    }
    case 'structure':
      return structureSchema(model, shape, o);
    case 'union': {
      const props: Record<string, JsonValue> = {};
      for (const m of shape.members) {
        const value = memberValueSchema(model, m, o);
        // A document member takes null as a value; a union member must not be null.
        const nonNull = model.shapes.get(m.target)?.kind === 'document' ? { ...value, not: { type: 'null' } } : value;
        defineKey(props, m.jsonName, annotate(nonNull, m.docs, o));
      }
      // Lenient: a `__type` property beside the member is ignored (restJson1 clients), unless a member is so named.
      const ignoresType = !s && !shape.members.some((m) => m.jsonName === '__type');
      if (ignoresType) defineKey(props, '__type', true);
      const count = (n: number) => ({ minProperties: n, maxProperties: n });
      return {
        type: 'object',
        ...propertyKeywords(props),
        ...(ignoresType ? { if: { properties: { __type: true }, required: ['__type'] }, then: count(2), else: count(1) } : count(1)),
        additionalProperties: s ? false : { not: { type: 'null' } },
      };
    }
    default:
      return simpleSchema(shape.kind, constraints, o, timestampFormat ?? shape.timestampFormat ?? 'epoch-seconds');
  }
}

/**
 * `$defs` of every non-prelude shape of the model, keyed by `names.jsonSchemaDef`, in the model's
 * sorted shape order.
 */
export function buildJsonSchemaDefs(model: IrModel, o: JsonSchemaOptions): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = {};
  for (const id of model.shapeOrder) {
    const shape = model.shapes.get(id)!;
    if (shape.prelude) continue;
    defineKey(defs, names.jsonSchemaDef(shape), annotate(shapeSchema(model, shape, o), shape.docs, o, { present: 'default' in shape, value: shape.default }));
  }
  return defs;
}
