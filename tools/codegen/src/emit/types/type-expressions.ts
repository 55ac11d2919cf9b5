/**
 * TypeScript type expressions for a member's target, in the application form (what the AWS SDK
 * hands out: Date, Uint8Array) or the JSON wire form (restJson1: epoch seconds, base64 strings).
 */

import type { IrMember, IrModel, IrShape, SimpleKind, TimestampFormat } from '../../ir/types.js';
import { names } from '../../naming/index.js';

export type Form = 'app' | 'json';

/** Name of the JSON-value type exported beside the shapes, used for `document` shapes. */
export const DOCUMENT_TYPE = 'SmithyDocument';

const APP_SIMPLE: Record<SimpleKind, string> = {
  string: 'string',
  boolean: 'boolean',
  byte: 'number',
  short: 'number',
  integer: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bigInteger: 'bigint',
  bigDecimal: 'string',
  blob: 'Uint8Array',
  document: DOCUMENT_TYPE,
  timestamp: 'Date',
};

const NON_FINITE = `number | 'NaN' | 'Infinity' | '-Infinity'`;

const JSON_SIMPLE: Record<SimpleKind, string> = {
  ...APP_SIMPLE,
  float: NON_FINITE,
  double: NON_FINITE,
  bigInteger: 'number',
  bigDecimal: 'number',
  blob: 'string',
  timestamp: 'number',
};

export function timestampJsonType(format: TimestampFormat | undefined): string {
  return format === undefined || format === 'epoch-seconds' ? 'number' : 'string';
}

export function simpleType(kind: SimpleKind, form: Form): string {
  return (form === 'app' ? APP_SIMPLE : JSON_SIMPLE)[kind];
}

/** The type a member refers to: a named shape type where one exists, inline for prelude shapes. */
export function memberType(model: IrModel, member: IrMember, form: Form): string {
  const target = model.shapes.get(member.target)!;
  // An event stream member is the union's events as they arrive (sent or received), not one value.
  if (member.eventStream && form === 'app') return `AsyncIterable<${names.type(target)}>`;
  // A body timestamp's wire type depends on the member's format, not on the target shape alone.
  if (target.kind === 'timestamp' && form === 'json') return timestampJsonType(member.timestampFormat);
  if (target.prelude) return target.kind === 'structure' ? '{}' : simpleType(target.kind as SimpleKind, form);
  return form === 'app' ? names.type(target) : names.jsonType(target);
}

export function isSimple(shape: IrShape): shape is IrShape & { kind: SimpleKind } {
  return !['enum', 'intEnum', 'list', 'map', 'structure', 'union'].includes(shape.kind);
}
