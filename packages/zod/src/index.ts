/**
 * @ota-contract/zod — strict mode: every constraint of the model, closed enums, unknown fields
 * rejected (a server checking its input, a contract test checking a producer). See docs/VALIDATION.md.
 */
export * from './schemas.gen.js';
export * from './runtime/public.js';
