/**
 * Smithy 2.0 `@default` on the server side: a member absent from a request is read as its default,
 * and so is a member absent from the output a resolver returns, at every depth (a required member
 * with a default is never missing). The generated rule table carries each member's default as the
 * model's node value; this module converts it to the application form (base64 text → bytes,
 * epoch seconds or date-time text → `Date`) and fills it in, without touching the caller's object.
 */

import type { InputRuleTable, MemberRule, ShapeRule } from './input-rules.js';
import { fromJson, type ScalarKind } from './wire-values.js';

/** Rule kinds (IR shape kinds) whose application form differs from the model's node value. */
const CONVERTED: Readonly<Record<string, ScalarKind>> = { blob: 'blob', timestamp: 'timestamp', bigInteger: 'bigInteger', bigDecimal: 'bigDecimal', float: 'float', double: 'float' };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);

function defaultValue(table: InputRuleTable, rule: MemberRule): unknown {
  const node = rule.default;
  const kind = Object.hasOwn(table, rule.target) ? CONVERTED[table[rule.target]!.kind] : undefined;
  if (kind === undefined) return structuredClone(node);
  return fromJson(kind, node, kind === 'timestamp' && typeof node === 'string' ? 'date-time' : 'epoch-seconds');
}

function fill(table: InputRuleTable, id: string, value: unknown, depth: number): unknown {
  const rule: ShapeRule | undefined = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!rule || value === null || value === undefined || depth > 200) return value;
  switch (rule.kind) {
    case 'structure':
    case 'union': {
      if (!isRecord(value)) return value;
      const out: Record<string, unknown> = { ...value };
      for (const m of (rule as ShapeRule as { members: readonly MemberRule[] }).members) {
        const name = m.name!;
        const present = Object.hasOwn(out, name) && out[name] !== undefined && out[name] !== null;
        if (present) out[name] = fill(table, m.target, out[name], depth + 1);
        // Unions hold exactly one member: their members' defaults do not apply.
        else if (rule.kind === 'structure' && m.default !== undefined) Object.defineProperty(out, name, { value: fill(table, m.target, defaultValue(table, m), depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'list': {
      const member = (rule as ShapeRule as { member: MemberRule }).member;
      return Array.isArray(value) ? value.map((v) => fill(table, member.target, v, depth + 1)) : value;
    }
    case 'map': {
      if (!isRecord(value)) return value;
      const target = (rule as ShapeRule as { value: MemberRule }).value.target;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: fill(table, target, v, depth + 1), enumerable: true, writable: true, configurable: true });
      return out;
    }
    default:
      return value;
  }
}

/** `value` (application form of shape `root`) with every absent member that has a `@default` filled in. */
export function fillDefaults(table: InputRuleTable, root: string, value: unknown): unknown {
  return fill(table, root, value, 0);
}
