/**
 * The input rules table of `handlers.gen.ts`: for every shape reachable from an operation input,
 * its kind and, per member, the effective constraints (`@required`, `@length`, `@range`,
 * `@pattern`, `@uniqueItems`, enum values). The runtime walks it (`runtime/input-rules.ts`) to tell
 * a request that cannot be deserialized (wrong types, a union with two members set) from one that
 * breaks a constraint, and to word each violation as Smithy's framework does. Pure data, written
 * as JSON text through the escaping module.
 */

import type { IrMember, IrModel, IrShape, ShapeId } from '../../ir/types.js';
import { jsonText, jsString } from '../../naming/escape.js';

type Rule = Record<string, unknown>;

function memberRule(member: IrMember, withName: boolean): Rule {
  const c = member.constraints;
  return {
    ...(withName ? { name: member.name } : {}),
    target: member.target,
    // A required member with a default is never missing: the server fills the default in.
    ...(member.required && !member.hasDefault ? { required: true } : {}),
    ...(c.length ? { length: c.length } : {}),
    ...(c.range ? { range: { ...(c.range.minText !== undefined ? { min: c.range.minText } : {}), ...(c.range.maxText !== undefined ? { max: c.range.maxText } : {}) } } : {}),
    ...(c.pattern ? { pattern: c.pattern, ...(c.patternSource !== undefined && c.patternSource !== c.pattern ? { patternText: c.patternSource } : {}) } : {}),
    ...(c.uniqueItems ? { uniqueItems: true } : {}),
    ...(member.hasDefault ? { default: member.default } : {}),
  };
}

function shapeRule(shape: IrShape): Rule {
  switch (shape.kind) {
    case 'structure':
    case 'union':
      // An event stream is not checked as a value (its events are, as they are read): no rule.
      return { kind: shape.kind, members: shape.members.filter((m) => !m.eventStream).map((m) => memberRule(m, true)) };
    case 'list':
      return { kind: 'list', member: memberRule(shape.member, false), ...(shape.sparse ? { sparse: true } : {}) };
    case 'map':
      return { kind: 'map', key: memberRule(shape.key, false), value: memberRule(shape.value, false), ...(shape.sparse ? { sparse: true } : {}) };
    case 'enum':
      return { kind: 'enum', values: shape.values.map((v) => v.value), ...(shape.values.some((v) => v.internal) ? { listed: shape.values.filter((v) => !v.internal).map((v) => v.value) } : {}) };
    case 'intEnum':
      return { kind: 'intEnum', values: shape.values.map((v) => v.value) };
    default:
      return { kind: shape.kind };
  }
}

function children(shape: IrShape): ShapeId[] {
  switch (shape.kind) {
    case 'structure':
    case 'union':
      return shape.members.map((m) => m.target);
    case 'list':
      return [shape.member.target];
    case 'map':
      return [shape.key.target, shape.value.target];
    default:
      return [];
  }
}

/** Rules of every shape reachable from `roots`, keyed by shape id, sorted. */
export function inputRules(model: IrModel, roots: readonly ShapeId[]): Record<string, Rule> {
  const seen = new Set<ShapeId>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    const shape = model.shapes.get(id);
    if (!shape) continue;
    seen.add(id);
    stack.push(...children(shape));
  }
  const table: Record<string, Rule> = Object.create(null) as Record<string, Rule>;
  for (const id of [...seen].sort()) table[id] = shapeRule(model.shapes.get(id)!);
  return table;
}

/** The `const inputRules = {...}` statement: one line per shape, its rule as JSON text (shape ids as keys contain `#`, never `__proto__`). */
export function inputRulesStatement(model: IrModel, roots: readonly ShapeId[]): string {
  const lines = Object.entries(inputRules(model, roots)).map(([id, rule]) => `  ${jsString(id)}: ${jsonText(rule)},`);
  return `/** Kinds and constraints of every input shape, for telling malformed input from invalid input (see runtime/input-rules.ts). */\nconst inputRules: InputRuleTable = {\n${lines.join('\n')}\n};`;
}
