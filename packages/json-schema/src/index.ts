/**
 * @ota-contract/json-schema, strict mode: precompiled validators of every shape (`validateSJson`)
 * and every request part, response and error body of the model, the strict schema document, and
 * tables to find them by operation. Lenient mode is at `@ota-contract/json-schema/lenient`.
 */
export * from './validators.strict.gen.js';
export { operationValidators } from './operations.strict.gen.js';
export { schemaEntries, type SchemaEntryName } from './entries.gen.js';
export { default as schema } from './strict.gen.json' with { type: 'json' };
export { ajvOptions } from './runtime/ajv-options.js';
export { formatError, formatErrors, formatPath } from './runtime/format-errors.js';
export type { ErrorTypeFields, Lenient, Validator } from './runtime/validator.js';
