/**
 * One draft 2020-12 document per mode: `$defs` for every shape plus the HTTP-part entries, and a
 * root object schema whose `properties` map each entry name to its `$ref`, so a reader finds every
 * request, response and error body by name (and the root validates a bundle `{ [entry]: payload }`).
 */

import type { IrModel } from '../../ir/types.js';
import { generatedHeader } from '../../write/header.js';
import { buildJsonSchemaDefs, defineKey, type JsonSchema, type ValidationMode } from '../shared/json-schema-defs.js';
import type { SchemaEntry } from './entries.js';
import { defPointer } from './job.js';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const ID_BASE = 'https://ota-contract.dev/schemas';

/** `GetOTAUpdate` → `get-ota-update`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
}

/**
 * `https://ota-contract.dev/schemas/<service>/<version>/<operation>.<mode>.json`: named after the
 * operation when the model has one, after the service when it has several. Stable across
 * regenerations of the same model; it is a name, nothing is served there.
 */
export function schemaId(model: IrModel, mode: ValidationMode): string {
  // sdkIds are words (`IoT`, `API Gateway`): lower-cased, not split at case changes.
  const service = model.service.sdkId ? model.service.sdkId.toLowerCase().replace(/[^a-z0-9]+/g, '-') : kebab(model.service.name);
  // A service version is free text in Smithy (`2024 beta`, `v1#2`): one URI path segment here.
  const version = model.service.version ? encodeURIComponent(model.service.version) : 'unversioned';
  const subject = model.operations.length === 1 ? kebab(model.operations[0]!.name) : service;
  return `${ID_BASE}/${service}/${version}/${subject}.${mode}.json`;
}

const sortedKeys = <T>(record: Record<string, T>): Record<string, T> => {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) defineKey(out, key, record[key]!);
  return out;
};

const MODE_TEXT: Record<ValidationMode, string> = {
  strict:
    'Strict mode (a server checking its input, a contract test checking a producer): every constraint, closed enums, no unknown properties, no nulls.',
  lenient:
    'Lenient mode (a client reading a response): JSON types only; unknown properties and enum values, nulls and missing required members pass; constraints are not enforced.',
};

export function buildDocument(model: IrModel, mode: ValidationMode, entries: readonly SchemaEntry[]): JsonSchema {
  const defs: Record<string, JsonSchema> = buildJsonSchemaDefs(model, { mode });
  for (const entry of entries) if (entry.schema) defineKey(defs, entry.def, entry.schema);
  const properties: Record<string, JsonSchema> = {};
  for (const entry of entries) {
    const usage = entry.usage.map((u) => `${u.operation} ${u.role}${u.status !== undefined ? ` (HTTP ${u.status})` : ''}`).join('; ');
    defineKey(properties, entry.name, { description: usage, $ref: defPointer(entry.def) });
  }
  const title = `${model.service.title ?? model.service.name} ${model.service.version}`.trim();
  return {
    $comment: generatedHeader(model.source),
    $schema: JSON_SCHEMA_DIALECT,
    $id: schemaId(model, mode),
    title: `${title} (${mode})`,
    description: `Wire form (restJson1 JSON) of ${model.operations.map((o) => o.name).join(', ')}. ${MODE_TEXT[mode]} Entries are the root properties; validate a payload against #/$defs/<entry's definition>. Semantics: docs/VALIDATION.md of ota-contract.`,
    type: 'object',
    properties,
    additionalProperties: false,
    $defs: sortedKeys(defs),
  };
}
