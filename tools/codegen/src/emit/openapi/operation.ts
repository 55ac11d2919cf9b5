/**
 * One operation → its OpenAPI path item entry: parameters, request body, the success response and
 * one response per error status. restJson1 names the error in the `X-Amzn-Errortype` header, so
 * errors that share a status (InvalidRequestException and ThrottlingException both use 400) share
 * one response whose body is any of their schemas and whose header tells them apart.
 */

import type { IrModel, IrOperation, StructureShape } from '../../ir/types.js';
import type { JsonSchema, JsonSchemaOptions } from '../shared/json-schema-defs.js';
import { bodyContent, hasBody, inputParameters, prefixHeaderNotes, responseHeaders, type OpenApiObject } from './parameters.js';

export const ERROR_TYPE_HEADER = 'X-Amzn-Errortype';

/** `/things/{key+}` → `/things/{key}`: OpenAPI has no greedy labels (the parameter says so). */
export function openApiPath(op: IrOperation): string {
  return `/${op.http.path.map((s) => (s.kind === 'literal' ? s.value : `{${s.member}}`)).join('/')}`;
}

function errorResponses(model: IrModel, op: IrOperation, o: JsonSchemaOptions, ref: (id: string) => JsonSchema): Record<string, OpenApiObject> {
  const byStatus = new Map<number, StructureShape[]>();
  for (const id of [...new Set([...op.errors, ...model.service.errors])].sort()) {
    const error = model.shapes.get(id) as StructureShape;
    const status = error.error?.httpStatus ?? 500;
    byStatus.set(status, [...(byStatus.get(status) ?? []), error]);
  }
  const out: Record<string, OpenApiObject> = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const errors = byStatus.get(status)!;
    const errorNames = errors.map((e) => e.name);
    const bodies = errors.map((e) => ref(e.id));
    const headers: Record<string, OpenApiObject> = {
      [ERROR_TYPE_HEADER]: {
        description: `The error's shape name: ${errorNames.join(' or ')}. Legacy servers may prefix a namespace (\`ns#Name\`) or append \`:…\`; keep the text after \`#\` and before \`:\`.`,
        required: true,
        schema: { type: 'string' },
      },
    };
    for (const e of errors) Object.assign(headers, responseHeaders(model, e, o));
    // anyOf, not oneOf: error structures are often identical ({ message }), and oneOf would then
    // reject every body. The header, not the body, says which error it is.
    const schema = bodies.length === 1 ? bodies[0]! : { anyOf: bodies };
    out[String(status)] = {
      description: errors.map((e) => `${e.name}${e.docs.text ? `: ${e.docs.text}` : ''}`).join('\n\n'),
      headers,
      content: { 'application/json': { schema } },
    };
  }
  return out;
}

export function operationObject(model: IrModel, op: IrOperation, o: JsonSchemaOptions, ref: (id: string) => JsonSchema): OpenApiObject {
  const input = op.input ? (model.shapes.get(op.input) as StructureShape) : undefined;
  const output = op.output ? (model.shapes.get(op.output) as StructureShape) : undefined;
  const parameters = inputParameters(model, input, o);
  for (const [name, value] of Object.entries(op.http.queryLiterals)) {
    parameters.push({ name, in: 'query', required: true, description: 'Fixed by the operation\'s URI.', schema: { type: 'string', const: value } });
  }
  const notes = [...prefixHeaderNotes(input), ...prefixHeaderNotes(output)];
  const requestBody = input && hasBody(input) ? bodyContent(model, input, ref, o) : undefined;
  // restJson1 answers `{}` for an output without body members: the body is always there.
  const success: OpenApiObject = {
    description: `${op.name} succeeded.`,
    ...(Object.keys(responseHeaders(model, output, o)).length ? { headers: responseHeaders(model, output, o) } : {}),
    // 204 and 304 carry no body by definition (RFC 9110).
    ...(output && op.http.code !== 204 && op.http.code !== 304 ? { content: bodyContent(model, output, ref, o) } : {}),
  };
  return {
    operationId: op.name,
    ...(op.docs.text || notes.length ? { description: [op.docs.text, ...notes].filter(Boolean).join('\n\n') } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody: { required: input!.members.some((m) => m.required && (m.http === undefined || m.http.kind === 'payload')), content: requestBody } } : {}),
    responses: { [String(op.http.code)]: success, ...errorResponses(model, op, o, ref) },
    ...(op.docs.deprecated ? { deprecated: true } : {}),
    'x-smithy-shape-id': op.id,
  };
}
