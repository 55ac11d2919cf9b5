/**
 * An OpenAPI 3.1 document of the model's operations, written beside the JSON Schema documents
 * (`@ota-contract/json-schema/openapi.json`) for teams that generate clients in other languages
 * with openapi-generator (`pnpm generate:clients`).
 *
 * `components.schemas` come from the same builder as the JSON Schema package's `$defs`
 * (`emit/shared/json-schema-defs.ts`, strict mode: the contract as the service states it), with
 * `$ref`s pointing at `#/components/schemas/`; a test holds the two equal.
 */

import type { IrModel } from '../../ir/types.js';
import { generatedPath, names } from '../../naming/index.js';
import { generatedHeader } from '../../write/header.js';
import type { Emitter, GeneratedFile } from '../emitter.js';
import { buildJsonSchemaDefs, type JsonSchema, type JsonSchemaOptions } from '../shared/json-schema-defs.js';
import { openApiPath, operationObject } from './operation.js';
import type { OpenApiObject } from './parameters.js';
import { jsonText } from '../../naming/escape.js';

export const OPENAPI_VERSION = '3.1.0';
export const COMPONENTS_PREFIX = '#/components/schemas/';

export function buildOpenApiDocument(model: IrModel): OpenApiObject {
  const o: JsonSchemaOptions = { mode: 'strict', refPrefix: COMPONENTS_PREFIX };
  const schemas = buildJsonSchemaDefs(model, o);
  const ref = (id: string): JsonSchema => ({ $ref: `${COMPONENTS_PREFIX}${encodeURI(names.jsonSchemaDef(model.shapes.get(id)!).replace(/~/g, '~0').replace(/\//g, '~1'))}` });
  const paths: Record<string, Record<string, OpenApiObject>> = {};
  for (const op of model.operations) {
    let path = openApiPath(op);
    const method = op.http.method.toLowerCase();
    // Two operations on one path and method differ only by query literals (`?tagging`): OpenAPI
    // keys paths without the query, so the later one is keyed with its literals to stay distinct.
    if (paths[path]?.[method]) path = `${path}?${Object.entries(op.http.queryLiterals).map(([k, v]) => (v ? `${k}=${v}` : k)).join('&')}`;
    paths[path] = { ...paths[path], [method]: operationObject(model, op, o, ref) };
  }
  const sortedPaths: typeof paths = {};
  for (const key of Object.keys(paths).sort()) sortedPaths[key] = paths[key]!;
  const service = model.service;
  return {
    openapi: OPENAPI_VERSION,
    'x-generated': generatedHeader(model.source),
    info: {
      title: service.title ?? service.name,
      version: service.version || '0',
      description: [
        service.docs.text,
        `restJson1 wire form of ${model.operations.map((op) => op.name).join(', ')}, generated from the Smithy model. Schemas are the strict ones of @ota-contract/json-schema: a client reading responses should tolerate unknown enum values and properties, as Smithy asks. Requests to AWS are signed with SigV4${service.signingName ? ` (signing name \`${service.signingName}\`)` : ''}, which this document does not model.`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    paths: sortedPaths,
    components: { schemas },
  };
}

function emitOpenApi(model: IrModel): GeneratedFile[] {
  // In a directory of its own: `generate --only json-schema` treats *.gen.* files it does not
  // produce in its own directory as stale, and would delete this one if it sat beside them.
  return [{ path: generatedPath('jsonSchema', 'openapi/openapi.gen.json'), contents: `${jsonText(buildOpenApiDocument(model), 2)}\n` }];
}

export const openApiEmitter: Emitter = { name: 'openapi', emit: emitOpenApi };
