/**
 * Smithy 2.0 `@default` values a client writes into a request (https://smithy.io/2.0/spec/type-refinement-traits.html#default-value-serialization):
 * a member of a nested structure that the caller left out is sent with its default, so the server
 * sees the value the client assumed. Top-level input members are not filled (a service may change
 * their defaults), nor are `@clientOptional` members; the generated table lists only the members
 * that are filled. The walk runs over the JSON body (wire form), so the defaults are wire values.
 */

/** One node of the walk, by structure / collection shape (keyed by an opaque id of the table). */
export type DefaultsNode =
  | { kind: 'structure'; members: readonly DefaultMember[] }
  | { kind: 'list' | 'map'; element: string }
  | { kind: 'union'; members: readonly (readonly [jsonName: string, node: string])[] };

export interface DefaultMember {
  jsonName: string;
  /** The wire value to write when the member is absent (`hasValue` false: only descend). */
  hasValue: boolean;
  value?: unknown;
  /** The node of the member's target, when something below it has defaults. */
  node?: string;
}

export interface DefaultsTable {
  /** The input structure: its members are descended into but never filled themselves. */
  root: string;
  nodes: ReadonlyMap<string, DefaultsNode>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date);
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
/** Defaults are JSON values; each fill gets its own copy, so no two places share one array or object. */
const copy = (v: unknown): unknown => (typeof v === 'object' && v !== null ? JSON.parse(JSON.stringify(v)) : v);

function walk(table: DefaultsTable, id: string, value: unknown, fill: boolean): unknown {
  const node = table.nodes.get(id);
  if (node === undefined) return value;
  switch (node.kind) {
    case 'list':
      return Array.isArray(value) ? value.map((v) => (v === null ? v : walk(table, node.element, v, true))) : value;
    case 'map': {
      if (!isObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value)) Object.defineProperty(out, k, { value: value[k] === null ? null : walk(table, node.element, value[k], true), enumerable: true, writable: true, configurable: true });
      return out;
    }
    case 'union': {
      if (!isObject(value)) return value;
      const out: Record<string, unknown> = { ...value };
      for (const [jsonName, child] of node.members) if (has(out, jsonName) && out[jsonName] !== null) out[jsonName] = walk(table, child, out[jsonName], true);
      return out;
    }
    case 'structure': {
      if (!isObject(value)) return value;
      const out: Record<string, unknown> = { ...value };
      for (const m of node.members) {
        const present = has(out, m.jsonName) && out[m.jsonName] !== undefined && out[m.jsonName] !== null;
        if (present) {
          if (m.node !== undefined) out[m.jsonName] = walk(table, m.node, out[m.jsonName], true);
        } else if (fill && m.hasValue) {
          out[m.jsonName] = m.node === undefined ? copy(m.value) : walk(table, m.node, copy(m.value), true);
        }
      }
      return out;
    }
  }
}

/** The JSON body (and JSON payload) of an input with the nested defaults written in. */
export function fillDefaults(table: DefaultsTable | undefined, encoded: Record<string, unknown>): Record<string, unknown> {
  if (table === undefined) return encoded;
  return walk(table, table.root, encoded, false) as Record<string, unknown>;
}
