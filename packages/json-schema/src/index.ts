/**
 * @ota-contract/json-schema, strict mode: precompiled validators of every shape (`validateSJson`)
 * and every request part, response and error body of the model, the strict schema document, and
 * tables to find them by operation. Lenient mode is at `@ota-contract/json-schema/lenient`.
 */
export * from './validators.strict.gen.js';
export { operationValidators } from './operations.strict.gen.js';
export { schemaEntries, type SchemaEntryName } from './entries.gen.js';
import document from './strict.gen.json' with { type: 'json' };
import type { SchemaDocument } from './runtime/schema-document.js';

/**
 * The strict JSON Schema 2020-12 document. Typed explicitly so the published `.d.ts` does not
 * re-export a JSON module (node16 consumers without `resolveJsonModule` could not load it).
 */
export const schema: SchemaDocument = document;
export type { SchemaDocument } from './runtime/schema-document.js';
export { ajvOptions } from './runtime/ajv-options.js';
export { formatError, formatErrors, formatPath } from './runtime/format-errors.js';
export type { ErrorTypeFields, Lenient, Validator } from './runtime/validator.js';
