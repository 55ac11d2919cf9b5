/**
 * What the validator emitter (validator-code/) is given and gives back, and the ajv options whose
 * behaviour the precompiled code reproduces.
 */

import type { JsonSchema } from '../shared/json-schema-defs.js';

/**
 * Options the precompiled code behaves as, and that README tells ajv users to pass. `ownProperties`
 * makes a member named `constructor` or `toString` be looked up on the payload, not its prototype;
 * the precompiled code turns it off when no property name of the model is an `Object.prototype` one,
 * where it changes nothing but speed.
 */
export const AJV_OPTIONS = { strict: true, allErrors: false, ownProperties: true, unicodeRegExp: true } as const;

export { defPointer } from './compile-copy.js';

/** One document to precompile: `exports` maps export name → `$defs` key. */
export interface ValidatorJob {
  document: JsonSchema;
  exports: Readonly<Record<string, string>>;
  /** `$defs` keys (entries) compiled with every `$ref` inlined, each while no larger than `inlineUpTo`. */
  inlineInto: readonly string[];
  /** Schema objects an inlined entry may hold (compile-copy.ts `inlinedSizeWithin`); default no limit. */
  inlineUpTo?: number;
  /** `ajvInlineRefs`: inline a `$ref` whose target holds no `$ref`, as ajv's `inlineRefs` does (default true). */
  options: { ajvInlineRefs?: boolean };
}

export interface ValidatorModule {
  code: string;
  /** Module specifiers the code imports (only `ajv/dist/runtime/*`, plus ajv-formats when a format is used). */
  imports: string[];
}
