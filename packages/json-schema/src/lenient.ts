/**
 * @ota-contract/json-schema/lenient: the same names as the package root, validating in lenient
 * mode (a client reading a response: JSON types only, unknown fields and enum values pass).
 */
export * from './validators.lenient.gen.js';
export { operationValidators } from './operations.lenient.gen.js';
export { schemaEntries, type SchemaEntryName } from './entries.gen.js';
import document from './lenient.gen.json' with { type: 'json' };
import type { SchemaDocument } from './runtime/schema-document.js';

/**
 * The lenient JSON Schema 2020-12 document. Typed explicitly so the published `.d.ts` does not
 * re-export a JSON module (node16 consumers without `resolveJsonModule` could not load it).
 */
export const schema: SchemaDocument = document;
export type { SchemaDocument } from './runtime/schema-document.js';
export { ajvOptions } from './runtime/ajv-options.js';
export { formatError, formatErrors, formatPath } from './runtime/format-errors.js';
export type { Lenient, Validator } from './runtime/validator.js';
