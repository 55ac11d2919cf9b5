/**
 * @ota-contract/json-schema/lenient: the same names as the package root, validating in lenient
 * mode (a client reading a response: JSON types only, unknown fields and enum values pass).
 */
export * from './validators.lenient.gen.js';
export { operationValidators } from './operations.lenient.gen.js';
export { schemaEntries, type SchemaEntryName } from './entries.gen.js';
export { default as schema } from './lenient.gen.json' with { type: 'json' };
export { ajvOptions } from './runtime/ajv-options.js';
export { formatError, formatErrors, formatPath } from './runtime/format-errors.js';
export type { Lenient, Validator } from './runtime/validator.js';
