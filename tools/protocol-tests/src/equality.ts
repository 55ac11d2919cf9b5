/**
 * Smithy's equality for protocol-test values: blobs by bytes, timestamps by instant, `NaN` equal to
 * `NaN`, documents and maps by content (key order ignored), bigints by value, and a member absent on
 * one side equal to the other side's value when that value is the member's default (a server
 * fills defaults in; `params` may or may not spell them out). Returns the first difference as a
 * JSON-pointer path with both values, or undefined when equal.
 */

import type { IrModel, IrShape } from '../../codegen/src/ir/types.js';

const show = (v: unknown): string => {
  if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()})`;
  if (v instanceof Uint8Array) return `bytes(${JSON.stringify(new TextDecoder().decode(v))})`;
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? show(x) : x)) ?? String(v);
  } catch {
    return String(v);
  }
};

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);

function sameScalar(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || a === b;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** The member default of `memberName` in `shape`, as an application-form-comparable value. */
function memberDefault(model: IrModel | undefined, shape: IrShape | undefined, name: string): { has: boolean; value?: unknown } {
  if (!model || !shape || (shape.kind !== 'structure' && shape.kind !== 'union')) return { has: false };
  const member = shape.members.find((m) => m.name === name);
  if (!member || !member.hasDefault) return { has: false };
  return { has: true, value: member.default };
}

function memberShape(model: IrModel | undefined, shape: IrShape | undefined, key: string): IrShape | undefined {
  if (!model || !shape) return undefined;
  if (shape.kind === 'structure' || shape.kind === 'union') {
    const m = shape.members.find((x) => x.name === key);
    return m ? model.shapes.get(m.target) : undefined;
  }
  if (shape.kind === 'list') return model.shapes.get(shape.member.target);
  if (shape.kind === 'map') return model.shapes.get(shape.value.target);
  return undefined;
}

/** A default (node value) equals an application value: timestamps, blobs and the like compared loosely. */
function equalsDefault(def: unknown, value: unknown): boolean {
  if (value instanceof Date) return typeof def === 'number' ? value.getTime() === def * 1000 : typeof def === 'string' && value.getTime() === new Date(def).getTime();
  if (value instanceof Uint8Array) return typeof def === 'string' && new TextDecoder().decode(value) === def;
  if (typeof value === 'bigint') return (typeof def === 'number' || typeof def === 'string') && BigInt(def) === value;
  return smithyDiff(def, value) === undefined;
}

export function smithyDiff(expected: unknown, actual: unknown, model?: IrModel, shape?: IrShape, path = ''): string | undefined {
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return `${path || '/'}: expected ${show(expected)}, got ${show(actual)}`;
    if (expected.length !== actual.length) return `${path || '/'}: expected ${expected.length} elements ${show(expected)}, got ${actual.length} ${show(actual)}`;
    const element = memberShape(model, shape, '0');
    for (let i = 0; i < expected.length; i++) {
      const d = smithyDiff(expected[i], actual[i], model, element, `${path}/${i}`);
      if (d) return d;
    }
    return undefined;
  }
  if (isPlain(expected) || isPlain(actual)) {
    if (!isPlain(expected) || !isPlain(actual)) return `${path || '/'}: expected ${show(expected)}, got ${show(actual)}`;
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of [...keys].sort()) {
      const e = expected[key];
      const a = actual[key];
      if (e === undefined || a === undefined) {
        const present = e === undefined ? a : e;
        const def = memberDefault(model, shape, key);
        if (present === undefined || (def.has && equalsDefault(def.value, present))) continue;
        return `${path}/${key}: expected ${show(e)}, got ${show(a)}`;
      }
      const d = smithyDiff(e, a, model, memberShape(model, shape, key), `${path}/${key}`);
      if (d) return d;
    }
    return undefined;
  }
  return sameScalar(expected, actual) ? undefined : `${path || '/'}: expected ${show(expected)}, got ${show(actual)}`;
}
