/**
 * @ota-contract/zod/lenient — lenient mode: JSON types only, open enums, unknown fields dropped,
 * `null` as absence (a client reading a response, forward compatible). Same export names as the
 * strict entry point. See docs/VALIDATION.md.
 */
export * from './lenient.gen.js';
export * from './runtime/public.js';
