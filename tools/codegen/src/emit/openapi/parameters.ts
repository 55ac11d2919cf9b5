/**
 * HTTP-bound members → OpenAPI parameters and headers. Their schemas come from the shared JSON
 * Schema builder, so a label's pattern or a header's http-date format is the same text the JSON
 * Schema package checks.
 */

import type { IrMember, IrModel, StructureShape } from '../../ir/types.js';
import { defineKey, memberValueSchema, type JsonSchema, type JsonSchemaOptions } from '../shared/json-schema-defs.js';

export type OpenApiObject = { [key: string]: unknown };

const described = (member: IrMember): OpenApiObject => (member.docs.text ? { description: member.docs.text } : {});
const deprecated = (member: IrMember): OpenApiObject => (member.docs.deprecated ? { deprecated: true } : {});

/** Path, query and header parameters of an input structure, in member order. */
export function inputParameters(model: IrModel, input: StructureShape | undefined, o: JsonSchemaOptions): OpenApiObject[] {
  const out: OpenApiObject[] = [];
  for (const member of input?.members ?? []) {
    const http = member.http;
    if (!http) continue;
    const schema = memberValueSchema(model, member, o);
    const common = { ...described(member), ...deprecated(member), schema };
    if (http.kind === 'label') out.push({ name: member.name, in: 'path', required: true, ...common });
    else if (http.kind === 'query') out.push({ name: http.name, in: 'query', ...(member.required ? { required: true } : {}), ...common });
    // A map of free-form query parameters: OpenAPI's form/explode object.
    else if (http.kind === 'queryParams') out.push({ name: member.name, in: 'query', style: 'form', explode: true, ...common });
    else if (http.kind === 'header') out.push({ name: http.name, in: 'header', ...(member.required ? { required: true } : {}), ...common });
  }
  return out;
}

/** `@httpPrefixHeaders` has no OpenAPI form: said in the operation's description instead. */
export function prefixHeaderNotes(structure: StructureShape | undefined): string[] {
  return (structure?.members ?? []).flatMap((m) => (m.http?.kind === 'prefixHeaders' ? [`Headers starting with \`${m.http.prefix}\` carry the map member \`${m.name}\`.`] : []));
}

/** Response headers of an output or error structure, keyed by header name. */
export function responseHeaders(model: IrModel, structure: StructureShape | undefined, o: JsonSchemaOptions): Record<string, OpenApiObject> {
  const out: Record<string, OpenApiObject> = {};
  for (const member of structure?.members ?? []) {
    if (member.http?.kind !== 'header') continue;
    // Header names are model text: defined, never assigned (a header `__proto__` is a valid token).
    defineKey(out, member.http.name, { ...described(member), ...(member.required ? { required: true } : {}), schema: memberValueSchema(model, member, o) });
  }
  return out;
}

/**
 * The `content` of a request or response body: the structure's own definition, or its
 * `@httpPayload` member's target (raw bytes or text for a blob or string payload).
 */
export function bodyContent(model: IrModel, structure: StructureShape, ref: (id: string) => JsonSchema, o: JsonSchemaOptions): OpenApiObject | undefined {
  const payload = structure.members.find((m) => m.http?.kind === 'payload');
  if (!payload) {
    return { 'application/json': { schema: ref(structure.id) } };
  }
  const target = model.shapes.get(payload.target);
  if (!target) return undefined;
  // An event stream is framed binary messages (one per union member value), not JSON.
  if (payload.eventStream) return { 'application/vnd.amazon.eventstream': { 'x-smithy-event-stream': target.id } };
  const mediaType = 'mediaType' in target && target.mediaType ? target.mediaType : undefined;
  if (target.kind === 'blob') return { [mediaType ?? 'application/octet-stream']: {} };
  if (target.kind === 'string') return { [mediaType ?? 'text/plain']: { schema: { type: 'string' } } };
  // A `$ref` to the target's component, or the target inlined when it has none (a prelude document).
  return { 'application/json': { schema: memberValueSchema(model, payload, o) } };
}

export function hasBody(structure: StructureShape): boolean {
  return structure.members.some((m) => m.http === undefined || m.http.kind === 'payload');
}
