/**
 * Where each member of an operation's input or output travels in the HTTP message, as the emitter
 * writes it from the model (restJson1 HTTP bindings). Data only: `input.ts` and `output.ts` read it.
 */

import type { ScalarKind, TimestampFormat } from './wire-values.js';

/** The zod codec surface used for aggregate members (structure, list, map, union). */
export interface MemberCodec {
  decode(wire: unknown): unknown;
  encode(app: unknown): unknown;
}

/** How a member's value is converted: a scalar the runtime knows, or an aggregate with its codec. */
export type ValueType =
  | { readonly scalar: ScalarKind; readonly format?: TimestampFormat; /** `@mediaType` of a blob or string payload (its Content-Type), or of a header string (which then travels base64-encoded). */ readonly mediaType?: string }
  /**
   * `lenient`: the same shape's lenient codec (no constraint checks), to read a value the strict
   * codec refuses, so the input rules see application values and can tell a constraint violation
   * (duplicate bytes or instants) from a type error.
   */
  | { readonly codec: MemberCodec; readonly lenient?: MemberCodec }
  /** A list bound to a query string or header: each element is a scalar. */
  | { readonly list: ScalarKind; readonly format?: TimestampFormat }
  /** `@httpQueryParams` / `@httpPrefixHeaders` maps: string values, or lists of strings. */
  | { readonly map: 'string' | 'list' };

export type MemberLocation = 'label' | 'query' | 'queryParams' | 'header' | 'prefixHeaders' | 'payload' | 'body' | 'responseCode';

export interface MemberBinding {
  /** Member name in the application form. */
  readonly member: string;
  readonly in: MemberLocation;
  /** JSON property (body), query key, header name or prefix; the member name for labels. */
  readonly name: string;
  readonly type: ValueType;
}
