/**
 * Types of the precompiled validators. Hand-written and model-independent: the generated
 * `validators.*.gen.d.ts` import them.
 */

import type { ErrorObject } from 'ajv';

/**
 * A precompiled (ajv standalone) validator: a type guard that records why it said no. Compiled
 * with `allErrors: false`, so `errors` holds the first failure (plus the branches of an `anyOf`).
 */
export interface Validator<T> {
  (data: unknown): data is T;
  /** Errors of the last call that returned `false`; `null` after a `true`. */
  errors?: ErrorObject[] | null;
}

/** The two protocol fields a restJson1 error body may carry its type in (allowed in strict mode). */
export interface ErrorTypeFields {
  __type?: string | undefined;
  code?: string | undefined;
}

/**
 * What a lenient validator guarantees about a wire type `T`: the JSON types, nothing more. Strings
 * (enums included, since they are open) widen to `string`; structure members become optional and
 * nullable; list entries and map values may be `null` (lenient mode accepts them in dense lists and
 * maps too; the zod lenient codec drops them). Structures and maps are told apart by the index
 * signature that only maps have.
 */
export type Lenient<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer E)[]
        ? (Lenient<E> | null)[]
        : T extends object
          ? string extends keyof T
            ? { [K in keyof T]: Lenient<T[K]> | null }
            : { [K in keyof T]?: Lenient<T[K]> | null | undefined }
          : T;
