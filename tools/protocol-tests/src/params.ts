/**
 * A case's `params` (a Smithy node value: timestamps as epoch seconds, blobs as text, `"NaN"` for
 * floats) in the application form the generated packages use for the shape: `Date`, `Uint8Array`
 * (the text's UTF-8 bytes), `bigint` for bigInteger, decimal text for bigDecimal, numbers for floats.
 */

import type { IrModel, IrShape } from '../../codegen/src/ir/types.js';
import type { NodeValue } from './types.js';

const NON_FINITE: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY };

function timestamp(value: NodeValue): unknown {
  if (typeof value === 'number') return new Date(Math.round(value * 1000));
  if (typeof value === 'string') return new Date(value);
  return value;
}

function simple(shape: IrShape, value: NodeValue): unknown {
  switch (shape.kind) {
    case 'timestamp':
      return timestamp(value);
    case 'blob':
      return typeof value === 'string' ? new TextEncoder().encode(value) : value;
    case 'float':
    case 'double':
      return typeof value === 'string' && value in NON_FINITE ? NON_FINITE[value] : value;
    case 'bigInteger':
      return typeof value === 'number' || typeof value === 'string' ? BigInt(value) : value;
    case 'bigDecimal':
      return typeof value === 'number' ? String(value) : value;
    default:
      return value;
  }
}

/** `value` of shape `shapeId` in application form; unknown members pass unchanged. */
export function toApplication(model: IrModel, shapeId: string, value: NodeValue): unknown {
  const shape = model.shapes.get(shapeId);
  if (!shape || value === null) return value;
  switch (shape.kind) {
    case 'structure':
    case 'union': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const member = shape.members.find((m) => m.name === k);
        out[k] = member ? toApplication(model, member.target, v) : v;
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((v) => toApplication(model, shape.member.target, v)) : value;
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: toApplication(model, shape.value.target, v), enumerable: true, writable: true, configurable: true });
      return out;
    }
    default:
      return simple(shape, value);
  }
}
