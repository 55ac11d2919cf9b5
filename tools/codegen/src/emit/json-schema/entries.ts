/**
 * The document's entries: for every operation, the parts of its HTTP messages a contract test
 * checks (path labels, query, headers, request body, response body, every error body), each
 * pointing at a `$defs` key. Bodies point at the structure's own definition; HTTP-bound parts get a
 * synthetic object definition named by `names.jsonSchemaHttpEntry` (`GetOTAUpdateRequestPath`).
 */

import type { IrMember, IrModel, IrOperation, MapShape, StructureShape } from '../../ir/types.js';
import { names } from '../../naming/index.js';
import {
  defineKey,
  isBodyMember,
  memberValueSchema,
  objectSchema,
  type JsonSchema,
  type JsonSchemaOptions,
  type ObjectProperty,
} from '../shared/json-schema-defs.js';

export type EntryRole = 'requestPath' | 'requestQuery' | 'requestHeaders' | 'requestBody' | 'responseHeaders' | 'responseBody' | 'errorBody' | 'errorHeaders';

export interface EntryUsage {
  operation: string;
  role: EntryRole;
  /** HTTP status of a response or error entry. */
  status?: number;
}

export interface SchemaEntry {
  /** Key in the document root's `properties`. */
  name: string;
  /** `$defs` key the entry refers to. */
  def: string;
  /** Export name of the precompiled validator. */
  validator: string;
  /** The definition to add to `$defs` for an HTTP-bound part; absent when `def` is a shape's own. */
  schema?: JsonSchema;
  /** Members of a synthetic object entry, by property name (for its TypeScript type). */
  properties?: ObjectProperty[];
  /** The structure whose definition is the entry (body and error entries). */
  shape?: string;
  /** The `@httpPayload` member whose value a payload entry describes. */
  payload?: IrMember;
  usage: EntryUsage[];
}

type HttpPart = 'Path' | 'Query' | 'Headers';

// Only the syntax characters: with the `u` flag, escaping anything else (`\-`) is an error.
const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** The object schema of one HTTP-bound part of a structure, or undefined when no member is bound there. */
function httpPartSchema(model: IrModel, shape: StructureShape, part: HttpPart, o: JsonSchemaOptions): { schema: JsonSchema; properties: ObjectProperty[] } | undefined {
  const props: ObjectProperty[] = [];
  const open: { pattern?: string; member: IrMember }[] = [];
  for (const member of shape.members) {
    const http = member.http;
    if (!http) continue;
    if (part === 'Path' && http.kind === 'label') props.push({ key: member.name, member });
    if (part === 'Query' && http.kind === 'query') props.push({ key: http.name, member });
    if (part === 'Query' && http.kind === 'queryParams') open.push({ member });
    // Header names are case-insensitive: the entry expects them lower-cased, as fetch and Node give them.
    if (part === 'Headers' && http.kind === 'header') props.push({ key: http.name.toLowerCase(), member });
    // An empty prefix binds every header: the map is the object's other properties (a `^` pattern would overlap the named ones).
    if (part === 'Headers' && http.kind === 'prefixHeaders') open.push({ ...(http.prefix === '' ? {} : { pattern: `^${escapeRegExp(http.prefix.toLowerCase())}` }), member });
  }
  if (props.length === 0 && open.length === 0) return undefined;
  const schema = objectSchema(model, props, o);
  for (const { pattern, member } of open) {
    const map = model.shapes.get(member.target) as MapShape;
    const value = memberValueSchema(model, map.value, o);
    if (pattern === undefined) schema.additionalProperties = value;
    else {
      const patterns = (schema.patternProperties ?? {}) as Record<string, JsonSchema>;
      defineKey(patterns, pattern, value);
      schema.patternProperties = patterns;
    }
  }
  return { schema, properties: props };
}

/**
 * The entry of a structure's body: its own definition, or, with an `@httpPayload` member that is
 * JSON, a definition of the payload's value (the target may be a prelude shape such as
 * `smithy.api#Document`, which has no definition of its own).
 */
function bodyEntry(model: IrModel, shape: StructureShape, usage: EntryUsage, always: boolean, o: JsonSchemaOptions): SchemaEntry | undefined {
  const payload = shape.members.find((m) => m.http?.kind === 'payload' && !m.eventStream); // an event stream is no JSON payload
  if (payload) {
    const target = model.shapes.get(payload.target);
    // A blob or string payload is the raw body, not JSON: nothing for a JSON Schema to check.
    if (!target || !['structure', 'union', 'document', 'list', 'map'].includes(target.kind)) return undefined;
    const name = names.jsonSchemaHttpEntry(shape.name, 'Payload');
    return { name, def: name, validator: names.entryValidator(name), schema: memberValueSchema(model, payload, o), payload, usage: [usage] };
  }
  if (!always && !shape.members.some(isBodyMember)) return undefined;
  return { name: names.jsonSchemaDef(shape), def: names.jsonSchemaDef(shape), validator: names.validator(shape), shape: shape.id, usage: [usage] };
}

function httpEntry(model: IrModel, shape: StructureShape, part: HttpPart, usage: EntryUsage, o: JsonSchemaOptions): SchemaEntry | undefined {
  const built = httpPartSchema(model, shape, part, o);
  if (!built) return undefined;
  const name = names.jsonSchemaHttpEntry(shape.name, part);
  return { name, def: name, validator: names.entryValidator(name), schema: built.schema, properties: built.properties, usage: [usage] };
}

function operationEntries(model: IrModel, op: IrOperation, o: JsonSchemaOptions): (SchemaEntry | undefined)[] {
  const structure = (id: string) => model.shapes.get(id) as StructureShape;
  const out: (SchemaEntry | undefined)[] = [];
  if (op.input) {
    const input = structure(op.input);
    out.push(httpEntry(model, input, 'Path', { operation: op.name, role: 'requestPath' }, o));
    out.push(httpEntry(model, input, 'Query', { operation: op.name, role: 'requestQuery' }, o));
    out.push(httpEntry(model, input, 'Headers', { operation: op.name, role: 'requestHeaders' }, o));
    out.push(bodyEntry(model, input, { operation: op.name, role: 'requestBody' }, false, o));
  }
  if (op.output) {
    const output = structure(op.output);
    out.push(httpEntry(model, output, 'Headers', { operation: op.name, role: 'responseHeaders', status: op.http.code }, o));
    // restJson1 sends `{}` for an output without body members, so the body entry always exists.
    out.push(bodyEntry(model, output, { operation: op.name, role: 'responseBody', status: op.http.code }, true, o));
  }
  for (const id of [...new Set([...op.errors, ...model.service.errors])].sort()) {
    const error = structure(id);
    const status = error.error?.httpStatus;
    const usage = (role: EntryRole): EntryUsage => ({ operation: op.name, role, ...(status !== undefined ? { status } : {}) });
    out.push(httpEntry(model, error, 'Headers', usage('errorHeaders'), o));
    out.push(bodyEntry(model, error, usage('errorBody'), true, o));
  }
  return out;
}

/**
 * Every entry of the model's operations, merged by name (errors are shared between operations) in
 * operation order. Throws when a synthetic entry would take the `$defs` key of a shape.
 */
export function buildEntries(model: IrModel, o: JsonSchemaOptions): SchemaEntry[] {
  const byName = new Map<string, SchemaEntry>();
  const shapeKeys = new Set(model.shapeOrder.map((id) => names.jsonSchemaDef(model.shapes.get(id)!)));
  for (const op of model.operations) {
    for (const entry of operationEntries(model, op, o)) {
      if (!entry) continue;
      if (entry.schema && shapeKeys.has(entry.def)) {
        throw new Error(`json-schema: the ${entry.usage[0]!.role} entry of ${op.id} wants the $defs key ${entry.def}, which a shape of that name already has`);
      }
      const prior = byName.get(entry.name);
      if (prior) prior.usage.push(...entry.usage);
      else byName.set(entry.name, entry);
    }
  }
  return [...byName.values()];
}
